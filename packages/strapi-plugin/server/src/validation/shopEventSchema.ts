import { LIST_NAMES } from '@aisle/engine';
import { z } from 'zod';

import { EVENT_TYPES } from '../../../shared/contracts/events';

const id = z.string().min(1).max(200);
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

const listName = z
  .string()
  .max(200)
  .refine(
    (value) =>
      (LIST_NAMES as readonly string[]).includes(value) || /^editorial:[a-z0-9-]{1,100}$/.test(value),
    {
      message: `expected one of ${LIST_NAMES.join(', ')} or editorial:<slug>`,
    },
  );

/** One storefront event; `timestamp` comes out as milliseconds since the epoch. */
export const shopEventSchema = z
  .object({
    type: z.enum(EVENT_TYPES),
    productId: id,
    userId: id.optional(),
    sessionId: id.optional(),
    /** A signed shopper identity (see the shopper-token contract), in place of `userId` from a browser. */
    shopperToken: z.string().min(1).max(1000).optional(),
    timestamp: z
      .union([z.number().int().nonnegative(), z.string().datetime({ offset: true })])
      .transform((value) => (typeof value === 'number' ? value : Date.parse(value)))
      .refine((value) => value <= Date.now() + FUTURE_TOLERANCE_MS, { message: 'is in the future' })
      .optional(),
    quantity: z.number().int().min(1).max(10_000).optional(),
    price: z.number().nonnegative().max(1e9).optional(),
    orderId: id.optional(),
    list: listName.optional(),
    placement: z
      .string()
      .max(200)
      .regex(/^[a-z0-9-]{1,100}:[a-z0-9-]{1,40}:[a-z0-9-]{1,40}$/, {
        message: 'expected <slot>:<module>:<variant>',
      })
      .optional(),
  })
  .strict()
  .superRefine((event, context) => {
    if (event.userId === undefined && event.sessionId === undefined && event.shopperToken === undefined) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['userId'],
        message: 'userId or sessionId is required',
      });
    }
    if (event.type === 'purchase' && event.orderId === undefined) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['orderId'],
        message: 'required for a purchase',
      });
    }
  });

export type ValidShopEvent = z.infer<typeof shopEventSchema>;
