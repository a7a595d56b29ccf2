import type { NextConfig } from 'next';

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The catalog's pictures are small SVGs served by the CMS through proxy.ts: nothing to resize.
  images: { unoptimized: true },
};

export default config;
