import type { KeyboardEvent, ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';

import { useRecommendationsContext } from '../context/useRecommendationsContext';
import type { Labels, ListViewProps, Recommendation, TrackedList } from '../types';
import { slots } from '../utils/slots';
import { ProductCard } from './ProductCard';

const LABELS: Labels = {
  previous: 'Previous',
  next: 'Next',
  error: 'Could not load.',
  retry: 'Retry',
  total: 'Total',
  add: 'Add all to cart',
};

// Other lists are titled by their name ("people also like"); the stylesheet capitalizes the first letter. The
// engine's list descriptors hold each list's heading: listTitles.test.ts checks these against them.
const TITLES: Record<string, string> = {
  new: 'New arrivals',
  similar: 'Similar products',
  'buy-again': 'Buy it again',
};

/** A list's default title: its descriptor's heading (in lower case but its first letter, shown capitalized). */
export const defaultTitle = (list: string) => TITLES[list] ?? list.replace(/-/g, ' ');

type Slot = ReturnType<typeof slots>;

export type ListViewInternalProps = ListViewProps & {
  list: TrackedList;
  /** Undefined while loading. */
  items: Recommendation[] | undefined;
  error: Error | undefined;
  retry: () => void;
  /** Rendered in each item after the item component (the checkboxes of frequently bought together). */
  extra?: (recommendation: Recommendation, slot: Slot, labels: Labels) => ReactNode;
  footer?: (slot: Slot, labels: Labels) => ReactNode;
};

/**
 * Renders a list in every state: skeleton (same boxes as the items, so nothing moves when they arrive), error
 * with retry, empty (`emptyComponent` or nothing), and items in a carousel or a grid. Tracks an impression of
 * each item when half of the items' box is visible, and each click on an item's link.
 */
export function ListView({
  list,
  items,
  error,
  retry,
  extra,
  footer,
  title = defaultTitle(list),
  layout = 'carousel',
  itemComponent: Item = ProductCard,
  headerComponent: Header,
  emptyComponent: Empty,
  classNames,
  labels,
  showReasons,
  skeletonCount = 4,
  placement,
  className,
  ...props
}: ListViewInternalProps) {
  const { track } = useRecommendationsContext();
  const id = useId();
  const content = useRef<HTMLDivElement>(null);
  const slot = slots(classNames);
  const text = { ...LABELS, ...labels };
  const carousel = layout !== 'grid';

  // An impression is a card at least half visible for a moment: a carousel's slides off screen are not seen.
  useEffect(() => {
    const el = content.current;
    if (!el || !items?.length || !window.IntersectionObserver) return;
    const cards = [...el.children];
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries)
          if (entry.intersectionRatio >= 0.5) {
            observer.unobserve(entry.target);
            track({
              type: 'impression',
              productId: items[cards.indexOf(entry.target)]!.product.id,
              list,
              placement,
            });
          }
      },
      { threshold: 0.5 },
    );
    for (const card of cards) observer.observe(card);
    return () => observer.disconnect();
  }, [items, list, placement, track]);

  if (items && !items.length) return Empty ? <Empty list={list} /> : null;

  // Arrow keys move between slides (focus scrolls the slide into view); Home and End go to the ends.
  const onKeyDown = (event: KeyboardEvent) => {
    const slides = [...content.current!.children];
    const current = slides.findIndex((slide) => slide.contains(document.activeElement));
    // Any other key indexes nothing: slides[undefined] is undefined.
    const target =
      slides[
        { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: slides.length - 1 }[event.key]!
      ];
    if (target) {
      event.preventDefault();
      ((target.querySelector('a,button,input') ?? target) as HTMLElement).focus();
    }
  };
  const shown = items ?? [...Array<undefined>(skeletonCount)];
  const Content = (carousel ? 'div' : 'ul') as 'div';
  const ItemTag = (carousel ? 'div' : 'li') as 'div';

  return (
    <section
      {...props}
      {...slot('root', className)}
      data-layout={layout}
      aria-labelledby={id}
      aria-roledescription={carousel ? 'carousel' : undefined}
      aria-busy={!items && !error}
    >
      {Header ? (
        <Header id={id} title={title} list={list} classNames={classNames} />
      ) : (
        <header {...slot('header')}>
          {/* An editorial list's title arrives with its items: until then the empty heading is hidden. */}
          <h2 {...slot('title')} id={id} aria-hidden={!title || undefined}>
            {title}
          </h2>
        </header>
      )}
      {error && !items ? (
        <div {...slot('error')} role="alert">
          {text.error}
          <button {...slot('retry')} type="button" onClick={retry}>
            {text.retry}
          </button>
        </div>
      ) : (
        <>
          {carousel && (
            <div {...slot('controls')}>
              {(['previous', 'next'] as const).map((name, index) => (
                <button
                  {...slot(name)}
                  key={name}
                  type="button"
                  aria-controls={id + 'c'}
                  onClick={() =>
                    content.current!.scrollBy?.({ left: (index * 2 - 1) * content.current!.clientWidth })
                  }
                >
                  <span aria-hidden="true">{index ? '›' : '‹'}</span>
                  <span className="sr-only">{text[name]}</span>
                </button>
              ))}
            </div>
          )}
          <Content
            {...slot('content')}
            id={id + 'c'}
            ref={content}
            onKeyDown={onKeyDown}
            aria-hidden={!items || undefined}
          >
            {shown.map((recommendation, position) => (
              <ItemTag
                {...slot('item')}
                key={recommendation?.product.id ?? position}
                role={carousel ? 'group' : undefined}
                aria-roledescription={carousel ? 'slide' : undefined}
                aria-label={carousel ? `${position + 1} / ${shown.length}` : undefined}
                onClick={(event) =>
                  recommendation &&
                  (event.target as Element).closest('a') &&
                  track({ type: 'click', productId: recommendation.product.id, list, placement })
                }
              >
                {recommendation ? (
                  <>
                    <Item
                      recommendation={recommendation}
                      product={recommendation.product}
                      list={list}
                      position={position}
                      showReasons={showReasons}
                      classNames={classNames}
                    />
                    {extra?.(recommendation, slot, text)}
                  </>
                ) : (
                  <div {...slot('skeleton')}>
                    <span {...slot('media')} />
                    <span {...slot('name')} />
                    <span {...slot('price')} />
                    {showReasons && <span {...slot('reason')} />}
                  </div>
                )}
              </ItemTag>
            ))}
          </Content>
          {items && footer?.(slot, text)}
        </>
      )}
    </section>
  );
}
