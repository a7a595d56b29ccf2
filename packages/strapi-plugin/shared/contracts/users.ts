import type { ErrorResponse } from './errors';

/** DELETE /recommendations/users/:userId/events */
export declare namespace ForgetUser {
  /** The user's (or session's) id as the storefront sends it; it is hashed first when ids are pseudonymized. */
  interface Request {
    params: { userId: string };
  }
  /**
   * The number of events deleted (under the id as sent and pseudonymized). The lists serve the user as a
   * stranger at once, on every instance; a training starts and, when it is served, the snapshots that still
   * held the user are deleted.
   */
  interface Response {
    data: { deleted: number };
  }
  type ErrorBody = ErrorResponse;
}
