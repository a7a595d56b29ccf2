import { BUNDLE_HEIGHT, LIST_HEIGHT } from './ProductLists';
import { Section } from './Section';

/** What the product page's lists' place shows while they stream in: their boxes, so nothing moves when they come. */
export function ProductListsPlaceholder() {
  return (
    <div aria-hidden="true">
      <Section minHeight={BUNDLE_HEIGHT}>{null}</Section>
      <Section minHeight={LIST_HEIGHT}>{null}</Section>
      <Section minHeight={LIST_HEIGHT}>{null}</Section>
    </div>
  );
}
