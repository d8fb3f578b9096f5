import { describe, expect, it } from 'vitest';
import {
  changeRefusal, CLOSE_NO_EVIDENCE, CLOSE_NOT_COLLECTED, closeRefusal, graduateProgress, graduateYears, KEEP_EVIDENCE,
  planGraduateImport, planLines, progressText, type StoredGraduate,
} from '../../src/calc/graduates';
import { checkDigit } from '../../src/calc/idcard';
import type { Person } from '../../src/calc/recheck';

const idFor = (birth: string, serial: number) => {
  const body = `610526${birth.replace(/-/g, '')}${String(serial).padStart(3, '0')}`;
  return body + checkDigit(body);
};
const person = (name: string, birth: string, serial: number, school = '城关小学'): Person =>
  ({ name, idNumber: idFor(birth, serial), birth, sex: serial % 2 ? '男' : '女', school });
const LIST_2021 = [
  person('张一', '2009-03-01', 11), person('李二', '2009-05-12', 22), person('王三', '2009-11-30', 33),
];
const stored = (plan: ReturnType<typeof planGraduateImport>, prefix = 'g'): StoredGraduate[] =>
  plan.add.map((data, i) => ({ id: `${prefix}${i}`, data }));

describe('the three years of 小学毕业库', () => {
  it('are the campaign year and the two before it', () => {
    expect(graduateYears(2021)).toEqual([2019, 2020, 2021]);
    expect(graduateYears(2026)).toEqual([2024, 2025, 2026]);
  });
});

describe('销号 needs the evidence', () => {
  it('is refused without an evidence item, then without it collected, and allowed with both', () => {
    expect(closeRefusal({})).toBe(CLOSE_NO_EVIDENCE);
    expect(closeRefusal({ juniorSchool: '城关中学', collected: true })).toBe(CLOSE_NO_EVIDENCE);
    expect(closeRefusal({ evidence: '学籍截图' })).toBe(CLOSE_NOT_COLLECTED);
    expect(closeRefusal({ evidence: '学籍截图', collected: true })).toBeNull();
    expect(CLOSE_NO_EVIDENCE).toMatch(/不能销号/);
  });

  it('refuses a change that ticks 销号 too early, or takes the evidence from a graduate already 销号', () => {
    expect(changeRefusal({}, { closed: true })).toBe(CLOSE_NO_EVIDENCE);
    expect(changeRefusal({ evidence: '学籍截图' }, { closed: true })).toBe(CLOSE_NOT_COLLECTED);
    const done = { evidence: '学籍截图', collected: true, closed: true };
    expect(changeRefusal({ evidence: '学籍截图', collected: true }, { closed: true })).toBeNull();
    expect(changeRefusal(done, { collected: false })).toBe(KEEP_EVIDENCE);
    expect(changeRefusal(done, { evidence: '' })).toBe(KEEP_EVIDENCE);
    // Another document is fine; so is taking 销号 back, then the evidence.
    expect(changeRefusal(done, { evidence: '非小学毕业库的学籍截图' })).toBeNull();
    expect(changeRefusal(done, { closed: false })).toBeNull();
    expect(changeRefusal({ ...done, closed: false }, { collected: false })).toBeNull();
    expect(changeRefusal(done, { note: '已核实' })).toBeNull();
  });
});

describe('progress per year', () => {
  it('counts 销号 with evidence out of each year’s graduates', () => {
    const list = [
      { year: 2021, evidence: '学籍截图', collected: true, closed: true },
      { year: 2021, evidence: '学籍截图', collected: true },
      { year: 2021 },
      // 销号 whose evidence is gone (a file edited elsewhere): not counted as 销号.
      { year: 2020, closed: true },
      { year: 2019, evidence: '学籍截图', collected: true, closed: true },
      { year: 2018, closed: true },
    ];
    const p = graduateProgress(list, [2019, 2020, 2021]);
    expect(p).toEqual([
      { year: 2019, total: 1, closed: 1, collected: 1 },
      { year: 2020, total: 1, closed: 0, collected: 0 },
      { year: 2021, total: 3, closed: 1, collected: 2 },
    ]);
    expect(p.map(progressText)).toEqual(['2019年 销号 1 / 1', '2020年 销号 0 / 1', '2021年 销号 1 / 3']);
  });
});

describe('importing a year’s list', () => {
  it('adds every graduate of a new list, the school filled from the unit when the file has none', () => {
    const plan = planGraduateImport(2021, [...LIST_2021, { name: '赵四', idNumber: '', birth: '2009-01-02' }], [], { school: '城关小学' });
    expect(plan.add).toHaveLength(4);
    expect(plan.add[0]).toEqual({ year: 2021, name: '张一', sex: '男', idNumber: LIST_2021[0]!.idNumber, birth: '2009-03-01', school: '城关小学' });
    expect(plan.add[3]!.school).toBe('城关小学');
    expect(planLines(plan)[0]).toBe('2021年毕业生：新增 4 人');
  });

  it('adds nobody when the same list is imported again', () => {
    const first = stored(planGraduateImport(2021, LIST_2021, []));
    const again = planGraduateImport(2021, LIST_2021, first);
    expect(again.add).toHaveLength(0);
    expect(again.update).toHaveLength(0);
    expect(again.same).toBe(3);
    expect(planLines(again)).toEqual(['2021年毕业生：新增 0 人', '已在台账中 3 人（不重复添加）']);
  });

  it('matches an ID written with spaces, full-width digits or a lower-case x', () => {
    // The first serial whose check digit is X.
    let id = '';
    for (let s = 100; !id.endsWith('X'); s++) id = idFor('2009-01-01', s);
    const g = { name: '钱五', idNumber: id, birth: '2009-01-01' };
    const first = stored(planGraduateImport(2021, [g], []));
    const folded = ` ${id.slice(0, 6)} ${id.slice(6, 17).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}x`;
    expect(planGraduateImport(2021, [{ ...g, idNumber: folded }], first).same).toBe(1);
  });

  it('meets a graduate stored with a wrong ID again by name and birth date, and takes the corrected ID', () => {
    const wrong = { ...LIST_2021[1]!, idNumber: LIST_2021[1]!.idNumber.slice(0, 17) + (LIST_2021[1]!.idNumber.endsWith('1') ? '2' : '1') };
    const first = stored(planGraduateImport(2021, [LIST_2021[0]!, wrong], []));
    const plan = planGraduateImport(2021, LIST_2021.slice(0, 2), first);
    expect(plan.add).toHaveLength(0);
    expect(plan.update).toEqual([{ id: 'g1', change: { idNumber: LIST_2021[1]!.idNumber }, idCorrected: true }]);
    expect(planLines(plan)[1]).toBe('已在台账中 2 人（不重复添加，其中 1 人补充了空缺信息、1 人更正了身份证号）');
  });

  it('never writes over what the school recorded, only fills what the graduate lacks', () => {
    const school = { juniorSchool: '城关中学', grade: '七年级', evidence: '学籍截图', collected: true, closed: true, note: '已核实' };
    const mine: StoredGraduate[] = [{ id: 'a', data: { year: 2021, name: '张一', idNumber: LIST_2021[0]!.idNumber, sex: '', birth: '', school: '', ...school } }];
    const file = { ...LIST_2021[0]!, juniorSchool: '别的中学', grade: '八年级', note: '文件备注' } as Person;
    const plan = planGraduateImport(2021, [file], mine);
    expect(plan.update).toEqual([{ id: 'a', change: { sex: '男', birth: '2009-03-01', school: '城关小学' }, idCorrected: false }]);
  });

  it('keeps two valid, different ID numbers apart even with the same name and birth date', () => {
    const first = stored(planGraduateImport(2021, [LIST_2021[0]!], []));
    const other = { ...LIST_2021[0]!, idNumber: idFor('2009-03-01', 99) };
    expect(planGraduateImport(2021, [other], first).add).toHaveLength(1);
  });

  it('counts a row repeated in the file once, and matches only within the year', () => {
    const plan = planGraduateImport(2021, [...LIST_2021, LIST_2021[0]!], []);
    expect(plan.add).toHaveLength(3);
    expect(plan.repeats).toBe(1);
    expect(planLines(plan)).toContain('文件中重复的 1 行只计一次');
    const in2020 = stored(planGraduateImport(2020, LIST_2021, []));
    expect(planGraduateImport(2021, LIST_2021, in2020).add).toHaveLength(3);
  });

  it('skips rows with neither a name nor an ID number', () => {
    expect(planGraduateImport(2021, [{ name: '', idNumber: '' }, LIST_2021[0]!], []).add).toHaveLength(1);
  });
});
