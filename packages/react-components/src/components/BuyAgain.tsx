import { createListComponent } from './createListComponent';

/** For the provider's shopper, the products they buy again and again, most due first ("You buy this every ~7 days"). */
export const BuyAgain = createListComponent<{ category?: string }>('buy-again');
