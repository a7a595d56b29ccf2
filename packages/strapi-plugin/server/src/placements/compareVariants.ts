/** The two-sided 95% level of the intervals and of the test. */
const Z_95 = 1.959963985;
const ALPHA = 0.05;
/** A z-test needs enough clicks and non-clicks in every variant to be trusted (the usual rule of five). */
const MIN_OUTCOMES = 5;

export interface VariantCounts {
  variant: string;
  impressions: number;
  clicks: number;
}

export interface VariantComparison {
  /** The 95% Wilson interval of each variant's click-through rate (null without impressions), in input order. */
  intervals: ([number, number] | null)[];
  verdict: 'better' | 'too-early' | 'no-test';
  /** The variant of the highest click-through rate (null for one variant or without impressions). */
  leader: string | null;
}

/**
 * What an A/B test's click-through rates say so far. The leader (highest rate) is `better` when a two-proportion
 * z-test (pooled) finds it above every other variant at the 5% level, Bonferroni-corrected for the m − 1
 * comparisons, and every variant has at least five clicks and five impressions without one; otherwise
 * `too-early`. Peeking daily inflates the error of any fixed-level test: the admin says so beside the verdict.
 */
export function compareVariants(variants: readonly VariantCounts[]): VariantComparison {
  const intervals = variants.map(({ impressions, clicks }) => wilsonInterval(clicks, impressions));
  if (variants.length < 2) return { intervals, verdict: 'no-test', leader: null };
  const rate = (v: VariantCounts) => (v.impressions > 0 ? v.clicks / v.impressions : -1);
  const leader = variants.reduce((best, v) => (rate(v) > rate(best) ? v : best));
  if (leader.impressions === 0) return { intervals, verdict: 'too-early', leader: null };
  const enough = variants.every((v) => v.clicks >= MIN_OUTCOMES && v.impressions - v.clicks >= MIN_OUTCOMES);
  const alpha = ALPHA / (variants.length - 1);
  const beatsAll = variants.every((other) => other === leader || twoProportionPValue(leader, other) < alpha);
  return { intervals, verdict: enough && beatsAll ? 'better' : 'too-early', leader: leader.variant };
}

/** Wilson's score interval for k successes in n trials at 95%. */
export function wilsonInterval(k: number, n: number): [number, number] | null {
  if (n <= 0) return null;
  const p = k / n;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z_95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** The two-sided p-value of the pooled two-proportion z-test. */
function twoProportionPValue(a: VariantCounts, b: VariantCounts): number {
  const pooled = (a.clicks + b.clicks) / (a.impressions + b.impressions);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.impressions + 1 / b.impressions));
  if (!(se > 0)) return 1;
  const z = Math.abs(a.clicks / a.impressions - b.clicks / b.impressions) / se;
  return 2 * (1 - normalCdf(z));
}

/** Φ(x) for x ≥ 0 by Abramowitz and Stegun 7.1.26 (absolute error under 1.5e-7). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (x / Math.SQRT2));
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 1 - 0.5 * poly * Math.exp(-(x * x) / 2);
}
