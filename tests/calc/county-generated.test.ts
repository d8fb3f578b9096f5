// The generator's files (scripts/gen-schools.mjs) read back as the schools' numbers.
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/calc/county';
import { COUNTY_3_2 } from '../../src/calc/county-annexes';
import { readSchoolReport } from '../../src/io/read-school-report';
import { genSchools, schoolFile, schoolSpec } from '../../scripts/gen-schools.mjs';


describe('generated schools', () => {
  it('are read back, summed, and a printed share that does not fit is flagged', async () => {
    const files = await genSchools(5);
    const bad = await schoolFile(schoolSpec(6), { badShare: true });
    const s = summarise(COUNTY_3_2, [
      ...files.map((f) => ({ name: f.name, read: readSchoolReport(new Uint8Array(f.buffer)) })),
      { name: 'bad.xlsx', read: readSchoolReport(new Uint8Array(bad)) },
    ], 2021);
    expect(s.files.map((f) => f.state)).toEqual(['已收', '已收', '已收', '已收', '已收', '有问题']);
    expect(s.files[5].note).toContain('参与家访的干部教师占干部教师总数的比例');
    const sum = (k: 'studentTotal' | 'face' | 'phone' | 'sms' | 'online' | 'letters') =>
      files.reduce((a, f) => a + f.spec[k], 0);
    expect(s.totals.studentTotal).toBe(sum('studentTotal'));
    expect(s.totals.visits).toBe(sum('face') + sum('phone') + sum('sms') + sum('online') + sum('letters'));
  });
});
