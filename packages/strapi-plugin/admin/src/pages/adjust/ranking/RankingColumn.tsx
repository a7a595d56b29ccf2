import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

/** One ranked column of the preview, its items as an ordered list; `busy` while a newer ranking loads. */
export const RankingColumn = ({
  title,
  emptyText,
  busy,
  children,
}: {
  title: string;
  emptyText: string;
  busy?: boolean;
  children: ReactNode[];
}) => (
  <Box
    background="neutral0"
    padding={4}
    hasRadius
    shadow="tableShadow"
    tag="section"
    aria-label={title}
    aria-busy={busy}
  >
    <Flex justifyContent="space-between">
      <Typography variant="delta" tag="h3">
        {title}
      </Typography>
      {busy && <Loader small />}
    </Flex>
    {children.length === 0 ? (
      <Box paddingTop={3}>
        <Typography textColor="neutral600">{emptyText}</Typography>
      </Box>
    ) : (
      <Box tag="ol" paddingTop={2}>
        {children}
      </Box>
    )}
  </Box>
);
