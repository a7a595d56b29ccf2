import { Flex, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

/** One kind of rule in the rules panel, under a small heading that names it for assistive technology. */
export const RuleGroup = ({ title, children }: { title: string; children: ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={3} tag="section" aria-label={title}>
    <Typography variant="sigma" textColor="neutral600" tag="h3">
      {title}
    </Typography>
    {children}
  </Flex>
);
