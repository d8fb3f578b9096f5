/** Whole days from `today` (local date) to an ISO date; negative once it has passed. */
export function daysLeft(isoDate: string, today: Date): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  const due = Date.UTC(y, m - 1, d);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((due - now) / 86_400_000);
}
