import { Box, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

/** A titled white card of a page, named by its title for assistive technology. */
export const SectionCard = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius tag="section" aria-label={title}>
    <Typography variant="delta" tag="h2" style={{ display: 'block', marginBottom: '1.6rem' }}>
      {title}
    </Typography>
    {children}
  </Box>
);
