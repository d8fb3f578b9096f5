import { describe, expect, it } from 'vitest';
import { agreement, identityOf, likelyDuplicates, mergePlan } from '../../src/calc/roster-identity';
import type { EntryData } from '../../src/forms/kit/field';
import { idFor } from '../forms/roster-reports-fixture';

let n = 0;
const rec = (data: EntryData, createdAt = ++n, updatedAt = createdAt) => ({ id: `c${createdAt}`, createdAt, updatedAt, data });

describe('roster identity', () => {
  it('one child: same name and birth date, or same name and village where the birth dates do not disagree', () => {
    const valid = identityOf({ name: '张 三', idNumber: idFor('2010-03-15'), village: '东街村' });
    expect(valid.birth).toBe('2010-03-15'); // from the number
    expect(agreement(valid, identityOf({ name: '张三', idNumber: 'bad', birth: '2010-03-15' }))).toBe('birth');
    expect(agreement(valid, identityOf({ name: '张三', idNumber: 'bad', village: '东 街村' }))).toBe('village');
    expect(agreement(valid, identityOf({ name: '张三', idNumber: 'bad', birth: '2010-03-16', village: '东街村' }))).toBeNull();
    expect(agreement(valid, identityOf({ name: '张四', birth: '2010-03-15' }))).toBeNull();
  });

  it('finds children entered twice under different numbers, not the same number twice nor namesakes', () => {
    const a = rec({ name: '王五', idNumber: idFor('2011-01-01', 5), village: '东街村' });
    const b = rec({ name: '王五', idNumber: '61052620110101051', birth: '2011-01-01', village: '东街村' }); // the mistyped copy
    const c = rec({ name: '王五', idNumber: idFor('2011-01-01', 7), village: '南村' }); // valid, same birth date
    const d = rec({ name: '王五', idNumber: idFor('2012-02-02', 8), village: '东街村' }); // another 王五
    const e = rec({ name: '赵六', idNumber: idFor('2009-09-09', 1) });
    const f = rec({ name: '赵六', idNumber: idFor('2009-09-09', 1) }); // same number: the 身份证重复 flag's
    expect(likelyDuplicates([a, b, c, d, e, f]).map((g) => g.map((x) => x.id))).toEqual([[a.id, b.id, c.id]]);
  });

  it('merges into the oldest record, with the chosen number and fields, blanks filled from the others', () => {
    const old = rec({ name: '李四', idNumber: '6105262012070102', status: '县域内实际就读', parent: '李明', note: '旧' }, 1, 50);
    const copy = rec({ name: '李四', idNumber: idFor('2012-07-01', 2), status: '厌学辍学', school: '', phone: '13912345678', note: '新' }, 9, 10);
    const { kept, others } = mergePlan([old, copy], copy.id);
    expect(kept.id).toBe(old.id);
    expect(kept.data).toMatchObject({
      idNumber: idFor('2012-07-01', 2), status: '厌学辍学', parent: '李明', phone: '13912345678', note: '新；旧',
    });
    expect(others).toEqual([copy.id]);
  });
});
