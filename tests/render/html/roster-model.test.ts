import { describe, expect, it } from 'vitest';
import { likelyDuplicates } from '../../../src/calc/roster-identity';
import { rosterModel } from '../../../src/render/html/roster/model';
import { newEntry } from '../../../src/storage/entries';
import { idFor } from '../../forms/roster-reports-fixture';

describe('the roster list model', () => {
  it('flags repeated numbers and children entered twice among many, as over the whole roster', async () => {
    const birth = (i: number) => `2011-${String(1 + (i % 12)).padStart(2, '0')}-01`;
    const many = Array.from({ length: 300 }, (_, i) =>
      newEntry('roster', { name: `儿童${i}`, idNumber: idFor(birth(i), Math.floor(i / 12)), village: '东街村' }, i));
    // 儿童7 again, the number mistyped (one digit short): the same child, to be merged.
    const typo = newEntry('roster', { name: '儿童7', idNumber: idFor(birth(7), 0).slice(0, 17), birth: birth(7), village: '东街村' }, 400);
    const again = newEntry('roster', { name: '又一个', idNumber: many[9]!.data.idNumber }, 401);
    const all = [...many, typo, again];
    const model = await rosterModel(all, '2021-08-31');
    expect(model.rows).toHaveLength(302);
    expect([...model.dups]).toEqual([many[9]!.data.idNumber]);
    expect(model.twice.map((g) => g.map((e) => e.id))).toEqual([[many[7]!.id, typo.id]]);
    expect(model.twice).toEqual(likelyDuplicates(model.rows.map((r) => r.entry)));
  });
});
