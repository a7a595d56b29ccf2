import { describe, expect, it } from 'vitest';

// The engine's registry of list descriptors, each with its default heading: the one source of list names.
import { LISTS } from '../../../engine/src/lists/listRegistry';
import { defaultTitle } from './ListView';

describe('default list titles', () => {
  it("title every list of the engine's registry as its descriptor heads it (the stylesheet capitalizes the first letter)", () => {
    for (const list of LISTS) {
      const title = defaultTitle(list.name);
      expect(title.charAt(0).toUpperCase() + title.slice(1)).toBe(list.heading);
    }
  });
});
