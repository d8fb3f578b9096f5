/**
 * Percentages shown in the annex tables, always with one decimal place.
 */

/** Shown where a share cannot be computed (e.g. the total is unknown or zero). */
export const NO_PERCENT = '\u2014';

/**
 * Raw percentage (0..100 for a proper share), or null when it cannot be computed.
 * Rounding is left to formatPercent so sums and comparisons use the exact value.
 */
export function percent(part: number, whole: number): number | null {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole === 0) return null;
  // Multiplying first keeps integer counts exact, leaving a single rounding in the division.
  let p = (part * 100) / whole;
  if (!Number.isFinite(p)) p = (part / whole) * 100;
  return Number.isFinite(p) ? p : null;
}

/**
 * One decimal, rounding half away from zero on the decimal value a person would
 * compute by hand. Binary floats store 1.15 as 1.14999…, so rounding x*10 directly
 * gives wrong answers; instead the value is first cut to 15 significant digits
 * (the precision a double reliably carries) and then rounded as a decimal string.
 */
export function formatPercent(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return NO_PERCENT;
  return roundToTenthString(p);
}

function roundToTenthString(x: number): string {
  const negative = x < 0;
  const a = Math.abs(x);
  let tenths: bigint;
  if (a >= 1e15) {
    // No fractional digits survive at this magnitude.
    tenths = BigInt(Math.round(a)) * 10n;
  } else {
    const s = a.toPrecision(15);
    // Exponent notation only appears for values below 1e-6, which round to 0.0.
    if (s.includes('e')) return '0.0';
    const [intPart, frac = ''] = s.split('.');
    const d1 = frac.length > 0 ? Number(frac.charAt(0)) : 0;
    const d2 = frac.length > 1 ? Number(frac.charAt(1)) : 0;
    tenths = BigInt(intPart ?? '0') * 10n + BigInt(d1) + (d2 >= 5 ? 1n : 0n);
  }
  const digits = tenths.toString().padStart(2, '0');
  const text = `${digits.slice(0, -1)}.${digits.slice(-1)}`;
  // "-0.0" would read as a real negative share.
  return negative && tenths !== 0n ? `-${text}` : text;
}
