import { createListComponent } from './createListComponent';

/** For the provider's shopper, from what they viewed and bought; each item can say why (`showReasons`). */
export const PicksForYou = createListComponent<{ category?: string }>('picks-for-you');
