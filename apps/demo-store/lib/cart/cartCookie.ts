/** Where the cart lives: a cookie, so that the server renders the cart count and the basket's lists. */
export const CART_COOKIE = 'aisle_cart';
export const LAST_ORDER_COOKIE = 'aisle_last_order';
