import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe-core on a rendered element and fails with the rules that are broken. */
export async function expectNoAxeViolations(element: Element) {
  // jsdom computes no colours or layout: those rules are checked by the Storybook tests in Chromium.
  const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}
