import { expect, waitFor, within } from 'storybook/test';

/** The checks the stories run as tests in Chromium, one per state; each takes the list's accessible name. */
type Play = (context: { canvasElement: HTMLElement }) => Promise<void>;

const regionOf = async (canvasElement: HTMLElement, name: string | RegExp) =>
  within(canvasElement).findByRole('region', { name });

const loadedRegion = async (canvasElement: HTMLElement, name: string | RegExp) => {
  const region = await regionOf(canvasElement, name);
  await waitFor(() => expect(region).toHaveAttribute('aria-busy', 'false'));
  return region;
};

const heights = (elements: Iterable<Element>) =>
  [...elements].map((element) => element.getBoundingClientRect().height);

export const plays = {
  /** The items are shown, each a link with a picture of its final size. */
  loaded:
    (name: string | RegExp, count: number): Play =>
    async ({ canvasElement }) => {
      const region = await loadedRegion(canvasElement, name);
      const cards = region.querySelectorAll('[data-slot="aisle-card"]');
      await expect(cards).toHaveLength(count);
      for (const image of region.querySelectorAll('img')) {
        await expect(image.getBoundingClientRect().width).toBeGreaterThan(0);
      }
    },

  /** Under a `.dark` ancestor: light text, dark buttons. */
  dark:
    (name: string | RegExp, count: number): Play =>
    async (context) => {
      await plays.loaded(name, count)(context);
      const region = await regionOf(context.canvasElement, name);
      await expect(getComputedStyle(region).color).toBe('rgb(250, 250, 250)');
      const next = region.querySelector('[data-slot="aisle-next"]');
      if (next) await expect(getComputedStyle(next).backgroundColor).toBe('rgb(24, 24, 27)');
    },

  /** Skeleton boxes, visible, announced as busy. */
  loading:
    (name: string | RegExp): Play =>
    async ({ canvasElement }) => {
      const region = await regionOf(canvasElement, name);
      await expect(region).toHaveAttribute('aria-busy', 'true');
      const skeleton = region.querySelector('[data-slot="aisle-skeleton"] [data-slot="aisle-media"]')!;
      await expect(getComputedStyle(skeleton).backgroundColor).toBe('rgb(244, 244, 245)');
      await expect(skeleton.getBoundingClientRect().height).toBeGreaterThan(0);
    },

  /** By default an empty list renders nothing at all. */
  empty:
    (): Play =>
    async ({ canvasElement }) => {
      await waitFor(() => expect(canvasElement.querySelector('[data-slot="aisle-root"]')).toBeNull());
    },

  /** An alert with a retry button. */
  error:
    (name: string | RegExp): Play =>
    async ({ canvasElement }) => {
      const region = await regionOf(canvasElement, name);
      const alert = await within(region).findByRole('alert');
      await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
    },

  /** Long titles are cut at two lines: every card keeps the same height. */
  longTitles:
    (name: string | RegExp): Play =>
    async ({ canvasElement }) => {
      const region = await loadedRegion(canvasElement, name);
      const cards = heights(region.querySelectorAll('[data-slot="aisle-card"]'));
      // Grid columns can differ by a fraction of a pixel.
      await expect(Math.max(...cards) - Math.min(...cards)).toBeLessThan(1);
      const lineHeight = parseFloat(
        getComputedStyle(region.querySelector('[data-slot="aisle-name"]')!).lineHeight,
      );
      for (const height of heights(region.querySelectorAll('[data-slot="aisle-name"]'))) {
        await expect(height).toBeLessThanOrEqual(2 * lineHeight + 1);
      }
    },

  /** Many items: the carousel scrolls with its buttons and moves between slides with the keyboard. */
  manyItems:
    (name: string | RegExp, count: number): Play =>
    async ({ canvasElement }) => {
      const region = await loadedRegion(canvasElement, name);
      const content = region.querySelector<HTMLElement>('[data-slot="aisle-content"]')!;
      await expect(content.querySelectorAll('[data-slot="aisle-item"]')).toHaveLength(count);
      if (region.dataset.layout !== 'carousel') return;
      await expect(content.scrollWidth).toBeGreaterThan(content.clientWidth);
      within(region).getByRole('button', { name: 'Next' }).click();
      await waitFor(() => expect(content.scrollLeft).toBeGreaterThan(0));
      const links = within(content).getAllByRole('link');
      links[0]!.focus();
      links[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      await expect(links.at(-1)).toHaveFocus();
      // Focus scrolls the last slide into view (smoothly, unless the shopper asks for reduced motion).
      const last = links.at(-1)!.closest('[data-slot="aisle-item"]')!;
      await waitFor(
        () =>
          expect(last.getBoundingClientRect().right).toBeLessThanOrEqual(
            content.getBoundingClientRect().right + 1,
          ),
        { timeout: 5000 },
      );
    },
};
