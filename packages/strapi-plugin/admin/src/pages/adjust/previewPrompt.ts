import type { IntlShape } from 'react-intl';

import { pluginMessage } from '../../pluginMessage';
import type { PreviewContext } from './context/previewContext';

/** What the admin must still choose before the list can be previewed in this context; undefined when nothing. */
export function previewPrompt(
  formatMessage: IntlShape['formatMessage'],
  context: PreviewContext,
): string | undefined {
  if (context.kind === 'product' && !context.product)
    return formatMessage(
      pluginMessage('adjust.prompt.product', 'Choose a product above to see this list on its page.'),
    );
  if (context.kind === 'basket' && context.basket.length === 0)
    return formatMessage(
      pluginMessage('adjust.prompt.basket', 'Add products to the basket above to see this list for it.'),
    );
  if (context.kind === 'category' && !context.category)
    return formatMessage(
      pluginMessage('adjust.prompt.category', 'Choose a category above to see this list on its page.'),
    );
  if (context.kind === 'shopper' && !context.shopper.trim())
    return formatMessage(
      pluginMessage('adjust.prompt.shopper', 'Enter a shopper or session id above to see their list.'),
    );
  return undefined;
}
