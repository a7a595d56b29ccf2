import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

// Debian's Chromium; the flags keep it from reaching for hosts that do not answer here (see ENVIRONMENT.md).
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium at /usr/bin/chromium (or CHROMIUM_PATH); nothing is downloaded. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
}
