/** The part of Strapi's Koa context the plugin's controllers use. */
export interface RequestContext {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  request: { body?: unknown; length?: number };
  ip: string;
  status: number;
  body: unknown;
  get(field: string): string;
  set(field: string, value: string): void;
  conflict(message: string): void;
}
