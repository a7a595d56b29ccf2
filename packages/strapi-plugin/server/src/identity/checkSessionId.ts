import { IdentityRefusedError } from './IdentityRefusedError';

/** 96 bits at least in base 64; a UUID (what the demo store uses) has 36 characters. */
export const MIN_SESSION_ID_LENGTH = 16;

/**
 * A browser's anonymous session id must be hard to guess: whoever knows it reads that session's lists (its
 * recently viewed). Length is all the server can check; the README asks for a random one (crypto.randomUUID()).
 * The shop's server may send shorter ones (imported history keeps the shop's own ids).
 */
export function checkSessionId(sessionId: string, field: string): void {
  if (sessionId.length < MIN_SESSION_ID_LENGTH) {
    throw new IdentityRefusedError(
      400,
      `${field}sessionId: an anonymous session id must be random and at least ${MIN_SESSION_ID_LENGTH} characters (for example crypto.randomUUID()), got ${sessionId.length}`,
    );
  }
}
