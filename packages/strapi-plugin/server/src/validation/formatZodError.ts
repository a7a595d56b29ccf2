import type { ZodError } from 'zod';

/** One line per problem, each starting with the path of the field (`events[3].productId: Required`). */
export function formatZodError(error: ZodError, prefix = ''): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.reduce<string>(
        (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
        prefix,
      );
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
