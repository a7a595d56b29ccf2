import { Box } from '@strapi/design-system';
import { useTheme } from 'styled-components';

export interface MeterProps {
  /** 0 to 100; undefined for a task whose progress is unknown (the bar then stays full and says "busy"). */
  value: number | undefined;
  label: string;
  /** Design-system colour of the filled part (default primary600). */
  color?: 'primary600' | 'success500' | 'warning500' | 'danger500';
  width?: string;
}

/**
 * A progress bar for light pages. The design system's ProgressBar is made for dark overlays (white on grey, a
 * fixed width) and does not pass its value to assistive technologies, so this one is drawn with the theme's own
 * tokens and carries role="progressbar" with its value.
 */
export const Meter = ({ value, label, color = 'primary600', width = '100%' }: MeterProps) => {
  const theme = useTheme();
  const shown = value === undefined ? 100 : Math.max(0, Math.min(100, value));
  return (
    <Box
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value === undefined ? undefined : Math.round(shown)}
      aria-busy={value === undefined ? true : undefined}
      width={width}
      height="0.8rem"
      background="neutral150"
      hasRadius
      overflow="hidden"
    >
      <div
        style={{
          width: `${shown}%`,
          height: '100%',
          background: theme.colors[color],
          opacity: value === undefined ? 0.4 : 1,
          transition: 'width 320ms ease-out',
        }}
      />
    </Box>
  );
};
