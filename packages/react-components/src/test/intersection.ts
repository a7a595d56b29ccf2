import { act } from '@testing-library/react';

/** jsdom has no layout, hence no IntersectionObserver: this one reports what a test says is visible. */
class TestIntersectionObserver {
  static instances = new Set<TestIntersectionObserver>();
  readonly targets = new Set<Element>();

  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    TestIntersectionObserver.instances.add(this);
  }

  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
    TestIntersectionObserver.instances.delete(this);
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  report(target: Element, ratio: number) {
    const entry = {
      target,
      intersectionRatio: ratio,
      isIntersecting: ratio > 0,
    } as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

export function installIntersectionObserver() {
  TestIntersectionObserver.instances.clear();
  window.IntersectionObserver = TestIntersectionObserver as unknown as typeof IntersectionObserver;
}

/** Reports that `ratio` (0..1) of `element` is visible to every observer watching it. */
export function setVisible(element: Element, ratio: number) {
  act(() => {
    for (const observer of [...TestIntersectionObserver.instances]) {
      if (observer.targets.has(element)) observer.report(element, ratio);
    }
  });
}

/** Reports that `ratio` of each card of a list's content (its children) is visible. */
export function setCardsVisible(content: Element, ratio: number) {
  for (const card of content.children) setVisible(card, ratio);
}
