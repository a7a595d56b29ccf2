import { Flex, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

/** One titled part of the rules editor. */
export const RulesSection = ({ title, children }: { title: string; children: ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={3} tag="section" aria-label={title}>
    <Typography variant="sigma" textColor="neutral600" tag="h3">
      {title}
    </Typography>
    {children}
  </Flex>
);
