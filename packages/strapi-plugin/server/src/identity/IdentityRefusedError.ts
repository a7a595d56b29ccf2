/**
 * A request that names a shopper it may not name (401: a shopper token that cannot be used; 403: a raw user id
 * without the shop server's API token). Answered with its own message: Strapi's own 401 and 403 say only
 * "Unauthorized" and "Forbidden".
 */
export class IdentityRefusedError extends Error {
  constructor(
    readonly status: 400 | 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = status === 400 ? 'ValidationError' : status === 401 ? 'UnauthorizedError' : 'ForbiddenError';
  }
}
