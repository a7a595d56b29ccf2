import { z } from 'zod';

const fieldName = z.string().min(1).max(100);
const optionalFieldName = fieldName.nullable();

/** A five- or six-field cron expression (node-schedule syntax). */
const cron = z
  .string()
  .max(100)
  .refine((value) => {
    const parts = value.trim().split(/\s+/);
    return (
      (parts.length === 5 || parts.length === 6) && parts.every((part) => /^[\d*/,\-?A-Za-z#L]+$/.test(part))
    );
  }, 'expected a cron expression of 5 or 6 fields, for example "0 * * * *"');

export const settingsUpdateSchema = z
  .object({
    catalog: z
      .object({
        contentType: z
          .string()
          .regex(/^(api|plugin)::[\w-]+\.[\w-]+$/, 'expected a content type uid such as api::product.product')
          .optional(),
        fields: z
          .object({
            id: fieldName,
            title: fieldName,
            price: optionalFieldName,
            currency: optionalFieldName,
            image: optionalFieldName,
            category: optionalFieldName,
            brand: optionalFieldName,
            tags: optionalFieldName,
            description: optionalFieldName,
            launchDate: optionalFieldName,
            availability: optionalFieldName,
          })
          .strict()
          .partial()
          .optional(),
      })
      .strict()
      .optional(),
    training: z
      .object({
        schedule: cron.nullable(),
        memoryLimitMb: z.number().int().min(16).max(65_536),
        retrainAfterPurchasesSeconds: z.number().int().min(1).max(86_400).nullable(),
      })
      .strict()
      .partial()
      .optional(),
    // The engine validates its own configuration and names the field it refuses.
    engine: z.record(z.string(), z.unknown()).optional(),
    events: z
      .object({
        pseudonymizeUserIds: z.boolean(),
        rateLimitPerMinute: z.number().int().min(1).max(1_000_000),
      })
      .strict()
      .partial()
      .optional(),
  })
  .strict();

export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;
