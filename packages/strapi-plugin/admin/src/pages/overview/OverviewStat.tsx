import { Box, Flex, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

/** One figure of the overview on its own card: what it is, the figure, and a line about it. */
export const OverviewStat = ({
  label,
  value,
  hint,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
}) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} height="100%">
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="sigma" textColor="neutral600">
        {label}
      </Typography>
      <Typography variant="beta" tag="p">
        {value}
      </Typography>
      {hint !== undefined && (
        <Typography variant="pi" textColor="neutral600">
          {hint}
        </Typography>
      )}
    </Flex>
  </Box>
);
