/** A rate (0 to 1) as a percentage with one decimal, or a dash when there is none. */
export function formatShare(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return `${(value * 100).toLocaleString('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} %`;
}
