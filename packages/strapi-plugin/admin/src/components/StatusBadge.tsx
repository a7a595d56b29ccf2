import { Status, Typography } from '@strapi/design-system';
import type { ComponentProps } from 'react';

export type StatusVariant = NonNullable<ComponentProps<typeof Status>['variant']>;

export interface StatusBadgeProps {
  variant: StatusVariant;
  /** S in tables and headers; XS inside a product card, where space is short. */
  size?: 'S' | 'XS';
  children: string;
}

/** A coloured status in words: the one look every status of the plugin takes. */
export const StatusBadge = ({ variant, size = 'S', children }: StatusBadgeProps) => (
  <Status variant={variant} size={size}>
    <Typography fontWeight="bold" variant="pi">
      {children}
    </Typography>
  </Status>
);
