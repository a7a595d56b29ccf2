import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';

import { installIntersectionObserver } from './intersection';

// A test that makes React (or anything) print an error fails: warnings are bugs here.
beforeEach(() => {
  vi.spyOn(console, 'error');
  vi.spyOn(console, 'warn');
  // Server rendering tests run in Node, without a window.
  if (typeof window !== 'undefined') installIntersectionObserver();
});

afterEach(() => {
  if (typeof window !== 'undefined') cleanup();
  expect(console.error).not.toHaveBeenCalled();
  expect(console.warn).not.toHaveBeenCalled();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});
