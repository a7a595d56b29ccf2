import { isFetchError } from '@strapi/strapi/admin';

/** The server's own message for a failed request (it names the field or value that is wrong). */
export function errorMessage(error: unknown): string {
  if (isFetchError(error)) {
    return error.response?.data?.error?.message ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
