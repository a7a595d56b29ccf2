import { Box, Flex, Typography } from '@strapi/design-system';
import { useTheme } from 'styled-components';

export interface ChartSeries {
  name: string;
  /** One value a day; null where there is none (a rate without a denominator). */
  values: (number | null)[];
}

export interface LineChartProps {
  /** What the chart shows, for assistive technologies (the table below holds the same figures). */
  label: string;
  days: string[];
  series: ChartSeries[];
  formatValue: (value: number) => string;
  formatDay: (day: string) => string;
}

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 12, right: 12, bottom: 24, left: 64 };
const COLORS = [
  'primary600',
  'success600',
  'warning600',
  'danger600',
  'secondary600',
  'alternative600',
  'neutral800',
] as const;

/** A small line chart of a few series over days, drawn with the design system's colours. */
export const LineChart = ({ label, days, series, formatValue, formatDay }: LineChartProps) => {
  const theme = useTheme();
  const max = Math.max(
    0,
    ...series.flatMap((entry) => entry.values.filter((value): value is number => value !== null)),
  );
  const top = max === 0 ? 1 : max * 1.1;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) =>
    PAD.left + (days.length <= 1 ? plotWidth / 2 : (index / (days.length - 1)) * plotWidth);
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  const ticks = [0, top / 2, top];
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%">
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke={theme.colors.neutral200}
            />
            <text
              x={PAD.left - 8}
              y={y(tick) + 4}
              textAnchor="end"
              fontSize={11}
              fill={theme.colors.neutral600}
            >
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {days.length > 0 && (
          <>
            <text x={x(0)} y={HEIGHT - 6} fontSize={11} fill={theme.colors.neutral600}>
              {formatDay(days[0] ?? '')}
            </text>
            <text
              x={x(days.length - 1)}
              y={HEIGHT - 6}
              fontSize={11}
              textAnchor="end"
              fill={theme.colors.neutral600}
            >
              {formatDay(days[days.length - 1] ?? '')}
            </text>
          </>
        )}
        {series.map((entry, index) => {
          const color = theme.colors[COLORS[index % COLORS.length] ?? 'primary600'];
          // A missing value breaks the line rather than drawing it down to zero.
          let path = '';
          let pen = false;
          entry.values.forEach((value, day) => {
            if (value === null) {
              pen = false;
              return;
            }
            path += `${pen ? 'L' : 'M'}${x(day).toFixed(1)},${y(value).toFixed(1)}`;
            pen = true;
          });
          return (
            <g key={entry.name}>
              <path d={path} fill="none" stroke={color} strokeWidth={2} />
              {entry.values.map((value, day) =>
                value === null ? null : (
                  <circle key={days[day]} cx={x(day)} cy={y(value)} r={2.5} fill={color}>
                    <title>{`${entry.name}, ${formatDay(days[day] ?? '')}: ${formatValue(value)}`}</title>
                  </circle>
                ),
              )}
            </g>
          );
        })}
      </svg>
      <Flex gap={4} wrap="wrap">
        {series.map((entry, index) => (
          <Flex key={entry.name} gap={2}>
            <Box
              width="1.2rem"
              height="0.4rem"
              hasRadius
              style={{ background: theme.colors[COLORS[index % COLORS.length] ?? 'primary600'] }}
            />
            <Typography variant="pi">{entry.name}</Typography>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
};
