/**
 * Proleptic Gregorian calendar rules shared by the date checks. Plain arithmetic
 * rather than Date: Date.UTC maps years 0..99 to 1900..1999 and depends on nothing
 * we want here.
 */

/** Local calendar date as YYYY-MM-DD, because "today" for a teacher is the date on their wall. */
export function localIsoDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isRealDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
