/**
 * What an anonymous session is stored and served under: its id in a namespace of its own, so that a browser
 * sending `sessionId=u1017` reads and steers an empty session, never user u1017's history.
 */
export function sessionKey(sessionId: string): string {
  return `session:${sessionId}`;
}
