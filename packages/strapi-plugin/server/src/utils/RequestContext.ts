/** The part of Strapi's Koa context the plugin's controllers use. */
export interface RequestContext {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  /** The raw query string, without the `?`. */
  querystring: string;
  request: { body?: unknown; length?: number };
  ip: string;
  /** Set by Strapi's authentication: which strategy let the request in (`content-api-token` for API tokens). */
  state: { auth?: { strategy?: { name?: string } } };
  status: number;
  body: unknown;
  type: string;
  get(field: string): string;
  set(field: string, value: string): void;
  conflict(message: string): void;
}
