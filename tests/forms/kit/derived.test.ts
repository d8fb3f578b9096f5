// Derived fields: computed from the entry and its sources ('auto' never typed), the same value
// in the editor, the lists and every file because all of them ask evaluate().
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/forms/kit/evaluate';
import { schoolingReport } from '../../../src/forms/schooling-report';
import { idFor, REF, ROSTER } from '../roster-reports-fixture';
import { scenario } from '../scenario';
import { toy } from './toy';

const settings = { unit: '城关中学', town: '城关镇', year: 2026 };

describe('derived values', () => {
  it('are computed from the sources, and say when there is nothing to compute from', () => {
    const two = scenario(toy, { sources: { x: [{}, {}] } }).answer('a', 'x');
    expect(two.value('n')).toBe(2);
    expect(two.evaluation.fields.n).toMatchObject({ derived: true, computed: 2, overridden: false, text: '2' });
    expect(scenario(toy).answer('a', 'x').value('n')).toBeNull();
  });

  it('follow their sources: the same entry read with more sources gives the new count', () => {
    const data = scenario(toy).answer('a', 'x').data;
    expect(evaluate(toy, data, { sources: { x: [{}] } }).values.n).toBe(1);
    expect(evaluate(toy, data, { sources: { x: [{}, {}, {}] } }).values.n).toBe(3);
  });
});

describe('derived values: computed reports', () => {
  const withRoster = { sources: { roster: ROSTER.filter((c) => c.status !== '') }, refDate: REF, settings };

  it('an empty 附件1-1 with a roster is complete (its numbers are computed), without one a draft', () => {
    // One unclassified child would make the sums disagree: leave it out.
    const roster = [
      { name: '甲', idNumber: idFor('2014-01-01'), village: '东街村', status: '县域内实际就读' },
      { name: '乙', idNumber: idFor('2012-01-01', 2), village: '东街村', status: '县域外就读' },
    ];
    const ctx = { ...withRoster, sources: { roster } };
    expect(evaluate(schoolingReport, schoolingReport.emptyData(), ctx).status).toBe('complete');
    const none = evaluate(schoolingReport, schoolingReport.emptyData(), { ...ctx, sources: { roster: [] } });
    expect(none.status).toBe('draft');
    expect(none.fields.total!.issues[0]!.source).toBe('required');
  });
  // 附件1-1's unconfirmed sums and 附件3-2's count over its base: tests/forms/scenario.test.ts.
});

