import '@testing-library/jest-dom/vitest';

import { setMaxListeners } from 'node:events';

import { server } from '@strapi/strapi/admin/test';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';

// Strapi's test providers were written for Jest and call `jest.fn()` for the app APIs a page does not use.
Object.assign(globalThis, { jest: vi });

// What the admin's index.html sets before the admin starts; the fetch client reads `backendURL`.
Object.assign(window, {
  strapi: {
    backendURL: window.location.origin,
    isEE: false,
    features: { SSO: 'sso', allFeatures: [], isEnabled: () => false },
    future: { isEnabled: () => false },
    flags: { nps: false, promoteEE: false },
    projectType: 'Community',
    telemetryDisabled: true,
  },
});

// Browser APIs the design system uses that jsdom does not implement.
class NoopObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(window, { ResizeObserver: NoopObserver, IntersectionObserver: NoopObserver });
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;
Element.prototype.scrollIntoView ??= () => {};
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.releasePointerCapture ??= () => {};

// A test that makes React, the design system or the router complain fails, as a console error would go unseen.
// The one exception: React Router's notice about its v7 flags, printed because Strapi's test router (like the
// admin's own) does not opt in to them.
const complain =
  (kind: string) =>
  (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes('React Router Future Flag Warning')) return;
    throw new Error(`console.${kind} during a test: ${text}`);
  };
console.error = complain('error');
console.warn = complain('warn');

// A page that loads several resources at once shares one AbortSignal between them, and msw's interceptor adds a
// few listeners to it per request: more than Node's default of 10 before it warns.
setMaxListeners(50);

// The admin renders a lot for each page; on a busy machine a request's answer can take more than the default
// second to show (several under a load of 10 on two cores). A wait limit, not a speed check: a test still fails when the text never comes.
configure({ asyncUtilTimeout: 15_000 });

// Every request a page sends must be answered by a handler of the test (or Strapi's own admin handlers).
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
