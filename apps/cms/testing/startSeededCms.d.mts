export interface StartSeededCmsOptions {
  /** Loopback port the CMS listens on. */
  port: number;
  /**
   * Where this run keeps its SQLite database and uploads. Reused when it holds a database already (to restart a
   * CMS on the same data); filled from the seeded cache otherwise. Default: a temporary directory removed by stop().
   */
  dataDir?: string;
}

export interface SeededCms {
  /** `http://127.0.0.1:<port>`: the admin panel at /admin, the storefront API at /api/recommendations/... */
  url: string;
  /** A Super Admin of the seeded database. */
  admin: { email: string; password: string };
  /** That admin's JWT from /admin/login, for `Authorization: Bearer ...` on admin routes. */
  adminToken: string;
  /** The CMS's AISLE_SHOPPER_TOKEN_SECRET, for a store that signs its customers. */
  shopperTokenSecret: string;
  /** The directory holding this run's database (`data.db`) and uploads (`public/uploads`). */
  dataDir: string;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s) and removes a temporary data directory. */
  stop(): Promise<void>;
}

/**
 * Starts the demo CMS seeded with the synthetic store (small: 1,000 products with pictures, 100,000 events, a
 * trained model) as a `strapi start` child process, and resolves once it answers. The first call after a change
 * to the seed's inputs seeds a cache (about 2 minutes); later calls copy it (a start then takes about 5 s).
 * Needs the admin panel built (`pnpm build`).
 */
export function startSeededCms(options: StartSeededCmsOptions): Promise<SeededCms>;
