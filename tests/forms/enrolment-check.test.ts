import { describe, expect, it } from 'vitest';
import { identityCheck, signed, threeWay } from '../../src/calc/enrolment-check';
import { enrolmentCheck } from '../../src/forms/enrolment-check';
import { NO_SOURCES } from '../../src/forms/kit/define';

const counts = { registry: 500, lastTerm: 498, enrolled: 495, absentOnRoll: 8, presentOffRoll: 3 };

describe('人籍一致: 学籍人数 = 在校生人数 + 籍在人不在人数 − 人在籍不在人数', () => {
  it('holds when the roll equals the present pupils plus the absent minus the unregistered', () => {
    expect(identityCheck(counts)).toEqual({ expected: 500, diff: 0 });
  });

  it('gives the roll minus the expected number when it does not hold', () => {
    expect(identityCheck({ ...counts, registry: 503 })).toEqual({ expected: 500, diff: 3 });
    expect(identityCheck({ ...counts, presentOffRoll: 5 })).toEqual({ expected: 498, diff: 2 });
    expect(identityCheck({ ...counts, absentOnRoll: 10 })).toEqual({ expected: 502, diff: -2 });
  });

  it('says nothing while a number is missing, and treats 0 as a number', () => {
    expect(identityCheck({ ...counts, absentOnRoll: null })).toEqual({ expected: null, diff: null });
    expect(identityCheck({ ...counts, registry: null })).toEqual({ expected: 500, diff: null });
    expect(identityCheck({ registry: 0, lastTerm: 0, enrolled: 0, absentOnRoll: 0, presentOffRoll: 0 })).toEqual({ expected: 0, diff: 0 });
  });
});

describe('三比对 of 学籍系统人数, 上学期在校人数 and 本学期入学报到人数', () => {
  it('gives the three pairwise differences', () => {
    expect(threeWay(counts)).toEqual({ registryVsLastTerm: 2, registryVsEnrolled: 5, enrolledVsLastTerm: -3 });
  });
  it('is all zero when the three agree, and null where a count is missing', () => {
    expect(threeWay({ ...counts, lastTerm: 500, enrolled: 500 })).toEqual({ registryVsLastTerm: 0, registryVsEnrolled: 0, enrolledVsLastTerm: 0 });
    expect(threeWay({ ...counts, lastTerm: null })).toEqual({ registryVsLastTerm: null, registryVsEnrolled: 5, enrolledVsLastTerm: null });
  });
  it('writes differences with their sign', () => {
    expect([signed(3), signed(-2), signed(0)]).toEqual(['+3', '-2', '0']);
  });
});

describe('the 三比对 form', () => {
  const resolve = (d: Record<string, unknown>) => enrolmentCheck.resolve(d as never, NO_SOURCES);

  it('shows the differences and the result as derived values', () => {
    const v = resolve({ year: '2021-2022', semester: '下学期', ...counts, registry: 503 });
    expect(enrolmentCheck.text(v, 'term')).toBe('2021-2022学年下学期');
    expect(enrolmentCheck.fieldByKey.has('term')).toBe(false);
    expect(enrolmentCheck.text(v, 'registryVsLastTerm')).toBe('+5');
    expect(enrolmentCheck.text(v, 'registryVsEnrolled')).toBe('+8');
    expect(enrolmentCheck.text(v, 'enrolledVsLastTerm')).toBe('-3');
    expect(enrolmentCheck.text(v, 'expected')).toBe('500');
    expect(enrolmentCheck.text(v, 'identityDiff')).toBe('+3');
    expect(v.result).toBe('人籍不一致（相差 +3 人）');
  });

  it('warns live about a broken identity with the numbers, and about 三比对 differences', () => {
    const w = enrolmentCheck.warnings!(resolve({ ...counts, registry: 503 }));
    expect(w[0]).toContain('人籍不一致');
    expect(w[0]).toContain('= 500，相差 +3 人');
    expect(w[1]).toMatch(/^三比对不一致：学籍系统人数与上学期在校人数相差 \+5 人；/);
  });

  it('has no warning when everything agrees, and calls it 人籍一致', () => {
    const agree = { registry: 500, lastTerm: 500, enrolled: 495, absentOnRoll: 8, presentOffRoll: 3 };
    const v = resolve({ ...agree, enrolled: 500, absentOnRoll: 3 });
    expect(enrolmentCheck.warnings!(v)).toEqual([]);
    expect(v.result).toBe('人籍一致');
  });

  it('is complete once the five counts, the unit and the term are filled', () => {
    const data = { unit: '城关中学', year: '2021-2022', semester: '上学期', ...counts };
    expect(enrolmentCheck.check(data)).toEqual({});
    expect(Object.keys(enrolmentCheck.check({ ...data, presentOffRoll: null }))).toEqual(['presentOffRoll']);
  });

  it('prints every count and derived value in its paper layout', () => {
    const v = resolve({ unit: '城关中学', year: '2021-2022', semester: '上学期', ...counts });
    const text = enrolmentCheck.paper.rows.flatMap((r) => r.cells.map((c) => enrolmentCheck.fill(c.t, v))).join('|');
    for (const s of ['500', '498', '495', '8', '3', '+2', '+5', '-3', '人籍一致']) expect(text).toContain(s);
  });
});
