import { Box, Flex, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

/** A titled block of a page, on the admin's white card. */
export const Section = ({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} tag="section" aria-label={title}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="delta" tag="h2">
          {title}
        </Typography>
        {hint !== undefined && <Typography textColor="neutral600">{hint}</Typography>}
      </Flex>
      {children}
    </Flex>
  </Box>
);
