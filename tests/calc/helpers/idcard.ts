// Shared by the idcard tests: a fixed today, and an accepted number unwrapped (anything else throws).
import type { IdResult } from '../../../src/calc/idcard';

export const TODAY = new Date(2025, 5, 1); // 2025-06-01 local

export function expectOk(r: IdResult): Extract<IdResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.error}`);
  return r;
}
