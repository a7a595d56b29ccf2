import type { ErrorResponse } from './errors';

/** DELETE /recommendations/users/:userId/events */
export declare namespace ForgetUser {
  /** The user's (or session's) id as the storefront sends it; it is hashed first when ids are pseudonymized. */
  interface Request {
    params: { userId: string };
  }
  /** The number of events deleted; the next training no longer knows the user. */
  interface Response {
    data: { deleted: number };
  }
  type ErrorBody = ErrorResponse;
}
