/** The anonymous shopper's id: set by proxy.ts on the first request, sent with every list request and event. */
export const SESSION_COOKIE = 'aisle_session';
