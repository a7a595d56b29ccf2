/** The store's one price format, the same as the lists' (the provider's locale). */
export const LOCALE = 'en-IE';

export function formatPrice(amount: number, currency: string): string {
  return new Intl.NumberFormat(LOCALE, { style: 'currency', currency }).format(amount);
}
