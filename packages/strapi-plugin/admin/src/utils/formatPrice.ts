/** A price as the storefront shows it: in its currency when the catalog maps one. */
export function formatPrice(amount: number, currency?: string): string {
  try {
    return new Intl.NumberFormat('en', currency ? { style: 'currency', currency } : undefined).format(amount);
  } catch {
    // An unknown currency code: the number, then the code.
    return `${new Intl.NumberFormat('en').format(amount)} ${currency ?? ''}`.trim();
  }
}
