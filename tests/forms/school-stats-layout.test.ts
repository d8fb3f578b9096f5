import { describe, expect, it } from 'vitest';
import { schoolStats } from '../../src/forms/school-stats';
import type { KeyOf } from '../../src/forms/kit/typed';

/** Where each field lands on a laptop's two-column grid: wide fields take a row of their own. */
function placements(keys: string[]): Map<string, { row: number; col: number }> {
  const at = new Map<string, { row: number; col: number }>();
  let row = 0;
  let col = 0;
  for (const k of keys) {
    if (schoolStats.fieldByKey.get(k)!.wide) {
      if (col) row++;
      at.set(k, { row, col: 0 });
      row++;
      col = 0;
      continue;
    }
    at.set(k, { row, col });
    if (col) { row++; col = 0; } else col = 1;
  }
  return at;
}

describe('附件3-2 on a laptop', () => {
  type Key = KeyOf<typeof schoolStats.fields>;
  const pairs: [Key, Key][] = [
    ['staffVisited', 'staffShare'], ['studentsVisited', 'studentShare'],
    ['face', 'faceShare'], ['phone', 'phoneShare'], ['sms', 'smsShare'], ['online', 'onlineShare'],
  ];
  it('puts each count beside its percentage, the count on the left', () => {
    for (const [count, share] of pairs) {
      const section = schoolStats.sections.find((s) => s.keys.includes(count))!;
      const at = placements(section.keys);
      expect(at.get(share), `${count} / ${share}`).toEqual({ row: at.get(count)!.row, col: 1 });
      expect(at.get(count)!.col).toBe(0);
    }
  });
  it('keeps the pairs in the paper\'s order, one below the other', () => {
    const section = schoolStats.sections.find((s) => s.keys.includes('face'))!;
    const at = placements(section.keys);
    const rows = ['face', 'phone', 'sms', 'online'].map((k) => at.get(k)!.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(new Set(rows).size).toBe(4);
  });
});
