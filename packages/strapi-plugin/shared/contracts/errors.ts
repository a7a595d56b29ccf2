/**
 * The body of every error answer, as Strapi writes it: `status` repeats the HTTP status and `message` names the
 * field or the value that is wrong.
 */
export interface ErrorResponse {
  data: null;
  error: {
    status: number;
    name: string;
    message: string;
    details?: unknown;
  };
}
