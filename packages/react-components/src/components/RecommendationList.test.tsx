import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from '../test/axe';
import { captureBeacons, hidePage } from '../test/beacons';
import { setVisible } from '../test/intersection';
import { renderWithProvider } from '../test/renderWithProvider';
import type { HeaderProps, ItemProps } from '../types';
import { RecommendationList } from './RecommendationList';

const loaded = () => screen.findByRole('link', { name: /Linen napkins/ });

describe('RecommendationList', () => {
  it('shows a skeleton of the final size while loading, then the items', async () => {
    const { container } = renderWithProvider(
      <RecommendationList request={{ list: 'similar', productId: 'p1', limit: 3 }} />,
    );
    const region = screen.getByRole('region', { name: 'Similar products' });
    expect(region).toHaveAttribute('aria-busy', 'true');
    expect(region).toHaveAttribute('aria-roledescription', 'carousel');
    expect(container.querySelectorAll('[data-slot="aisle-skeleton"]')).toHaveLength(3);
    await expectNoAxeViolations(container);

    await loaded();
    expect(region).toHaveAttribute('aria-busy', 'false');
    expect(container.querySelectorAll('[data-slot="aisle-skeleton"]')).toHaveLength(0);
    const slides = within(region).getAllByRole('group');
    expect(slides.map((slide) => slide.getAttribute('aria-label'))).toEqual(['1 / 3', '2 / 3', '3 / 3']);
    expect(slides.map((slide) => slide.getAttribute('aria-roledescription'))).toEqual([
      'slide',
      'slide',
      'slide',
    ]);
    const link = within(slides[0]!).getByRole('link');
    expect(link).toHaveAttribute('href', '/products/p4');
    expect(link).toHaveTextContent('Linen napkins, set of four €22.25');
    await expectNoAxeViolations(container);
  });

  it('has previous and next buttons with labels for screen readers, controlling the slides', async () => {
    renderWithProvider(<RecommendationList request={{ list: 'similar', productId: 'p1' }} />);
    await loaded();
    const previous = screen.getByRole('button', { name: 'Previous' });
    const next = screen.getByRole('button', { name: 'Next' });
    const content = document.getElementById(next.getAttribute('aria-controls')!)!;
    expect(content).toHaveAttribute('data-slot', 'aisle-content');
    expect(previous.getAttribute('aria-controls')).toBe(content.id);
    expect(within(next).getByText('Next')).toHaveClass('sr-only');
    let scrolled = 0;
    content.scrollBy = ((options: ScrollToOptions) => (scrolled += options.left!)) as typeof content.scrollBy;
    Object.defineProperty(content, 'clientWidth', { value: 600 });
    await userEvent.click(next);
    await userEvent.click(next);
    await userEvent.click(previous);
    expect(scrolled).toBe(600);
  });

  it('moves between slides with the arrow keys, Home and End', async () => {
    renderWithProvider(<RecommendationList request={{ list: 'best-selling', limit: 4 }} />);
    await screen.findByRole('link', { name: /Merino/ });
    const links = screen.getAllByRole('link');
    links[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(links[1]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(links[3]).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(links[2]).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(links[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(links[0]).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(links[3]).toHaveFocus();
  });

  it('renders a grid as a list of items, without carousel roles or buttons', async () => {
    const { container } = renderWithProvider(
      <RecommendationList
        request={{ list: 'best-selling', limit: 2 }}
        layout="grid"
        title="Our best sellers"
      />,
    );
    await screen.findByRole('link', { name: /Merino/ });
    const region = screen.getByRole('region', { name: 'Our best sellers' });
    expect(region).not.toHaveAttribute('aria-roledescription');
    expect(within(region).getAllByRole('listitem')).toHaveLength(2);
    expect(within(region).queryByRole('button')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('puts classNames on their slots and className last on the root', async () => {
    renderWithProvider(
      <RecommendationList
        request={{ list: 'best-selling', limit: 1 }}
        className="my-list"
        classNames={{ root: 'root-class', title: 'text-3xl', card: 'card-class', price: 'text-red-700' }}
        data-testid="list"
      />,
    );
    await screen.findByRole('link', { name: /Merino/ });
    expect(screen.getByTestId('list').className).toBe('root-class my-list');
    expect(screen.getByRole('heading')).toHaveClass('text-3xl');
    expect(screen.getByRole('link')).toHaveClass('card-class');
    expect(screen.getByText('€9.50')).toHaveClass('text-red-700');
  });

  it('renders the given item and header components', async () => {
    function Item({ product, position, list }: ItemProps) {
      return (
        <a href={`/p/${product.id}`}>
          {position + 1}. {product.title} ({list})
        </a>
      );
    }
    function Header({ id, title }: HeaderProps) {
      return (
        <h3 id={id} className="custom">
          {title}!
        </h3>
      );
    }
    const { container } = renderWithProvider(
      <RecommendationList
        request={{ list: 'trending', limit: 2 }}
        itemComponent={Item}
        headerComponent={Header}
        title="Hot"
      />,
    );
    expect(await screen.findByRole('link', { name: '2. Enamel camping mug (trending)' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Hot!' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('renders nothing for an empty list, or the empty component', async () => {
    const { container, fetch } = renderWithProvider(
      <RecommendationList request={{ list: 'recently-viewed' }} data-testid="list" />,
      { api: { empty: ['recently-viewed'] } },
    );
    await waitFor(() => expect(fetch.requests).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('list')).toBeNull());
    expect(container).toBeEmptyDOMElement();

    renderWithProvider(
      <RecommendationList
        request={{ list: 'recently-viewed' }}
        emptyComponent={({ list }) => <p>Nothing in {list} yet</p>}
      />,
      { api: { empty: ['recently-viewed'] } },
    );
    expect(await screen.findByText('Nothing in recently-viewed yet')).toBeInTheDocument();
  });

  it('shows an error with a retry button that asks again', async () => {
    const { container, fetch } = renderWithProvider(
      <RecommendationList
        request={{ list: 'trending' }}
        options={{ shouldRetryOnError: false }}
        labels={{ error: 'Oops.', retry: 'Again' }}
      />,
      { api: { status: 502 } },
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Oops.Again');
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'false');
    await expectNoAxeViolations(container);
    fireEvent.click(within(alert).getByRole('button', { name: 'Again' }));
    await waitFor(() => expect(fetch.requests).toHaveLength(2));
  });

  it('shows a reason a shopper can read with showReasons, never the merchandising ones', async () => {
    renderWithProvider(
      <>
        <RecommendationList request={{ list: 'picks-for-you', limit: 1 }} showReasons />
        <RecommendationList request={{ list: 'trending', limit: 1 }} showReasons />
      </>,
    );
    const picks = await screen.findByRole('link', { name: /Cast iron/ });
    expect(picks).toHaveTextContent('Because you viewed Merino wool scarf');
    const trending = screen.getByRole('link', { name: /Walnut/ });
    expect(trending.querySelector('[data-slot="aisle-reason"]')).toBeEmptyDOMElement();
  });

  it("tracks an impression of each card once half of it is visible, and clicks with the list's name", async () => {
    const beacons = captureBeacons();
    renderWithProvider(<RecommendationList request={{ list: 'similar', productId: 'p1', limit: 2 }} />, {
      userId: 'u1',
    });
    const link = await loaded();
    const [first, second] = link.closest('[data-slot="aisle-content"]')!.children;
    setVisible(first!, 0.3);
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    fireEvent.click(link.closest('[data-slot="aisle-item"]')!);
    // Half of the first card, then all of it: one impression; the second card (off screen) is not seen yet.
    setVisible(first!, 0.5);
    setVisible(first!, 1);
    setVisible(second!, 0.4);
    hidePage();
    const [events] = await beacons.events();
    expect(beacons.urls()).toEqual(['http://cms.test/api/recommendations/events']);
    expect(events!.map(({ type, productId, list, userId }) => ({ type, productId, list, userId }))).toEqual([
      { type: 'click', productId: 'p4', list: 'similar', userId: 'u1' },
      { type: 'impression', productId: 'p4', list: 'similar', userId: 'u1' },
    ]);
    expect(events!.every((event) => typeof event.timestamp === 'number')).toBe(true);
  });
});
