// Rules: required, format, the form's rules, cross-field problems and warnings, said in one
// channel beside their field, and one status from them wherever it is asked.
import { describe, expect, it } from 'vitest';
import { defineForm, NO_SOURCES } from '../../../src/forms/kit/define';
import { evaluate, REQUIRED_MESSAGE, statusOfData } from '../../../src/forms/kit/evaluate';
import { campaignDateWarning } from '../../../src/forms/kit/validators';
import { FORMS } from '../../../src/forms/registry';
import { visitRecord } from '../../../src/forms/visit-record';
import { REF, ROSTER } from '../roster-reports-fixture';
import { toy } from './toy';

const complete = {
  unit: '城关中学', date: '2026-10-25', teacher: '王老师', student: '张三', className: '七年级（2）班',
  parent: '张建国', phone1: '13912345678', address: '东街12号', time: '15:00', mode: 'face',
  family: 'a', personal: 'b', points: 'c', effect: 'd', recorder: '王老师',
};
const campaign = { sources: {}, settings: { unit: '城关中学', town: '城关镇', year: 2026 }, today: '2026-12-01' };

describe('evaluate: one channel of issues and one status', () => {
  it('puts required, format, rule, problem and warning issues beside their field or on the form', () => {
    const empty = evaluate(toy, {}, NO_SOURCES);
    expect(empty.status).toBe('draft');
    expect(empty.fields.a!.issues).toEqual([{ message: REQUIRED_MESSAGE, blocking: true, source: 'required' }]);
    // D is not asked for while C is not ticked.
    expect(empty.fields.d!.enabled).toBe(false);
    expect(empty.fields.d!.issues).toEqual([]);

    const bad = evaluate(toy, { a: 'stop', b: '123', c: true }, { sources: { x: [] } });
    expect(bad.fields.a!.issues).toEqual([{ message: '不能是 stop', blocking: true, source: 'rule' }]);
    expect(bad.fields.b!.issues[0]).toMatchObject({ blocking: true, source: 'format' });
    expect(bad.fields.d!.issues[0]).toMatchObject({ source: 'required', blocking: true });
    expect(bad.formIssues).toEqual([{ message: 'N 为 0', blocking: false, source: 'warning' }]);

    const ok = evaluate(toy, { a: 'x', b: '13912345678' }, NO_SOURCES);
    expect(ok.fields.b!.issues).toEqual([{ message: '与 A 不符', blocking: false, source: 'problem' }]);
    expect(ok.status).toBe('complete');
  });

  it('gives every form the status storage computes, whatever the data', () => {
    const samples = [{}, complete, { ...complete, phone1: '1' }, { total: 3 }, { unit: 'x', staffTotal: 1, studentTotal: 1 }];
    for (const form of FORMS)
      for (const data of samples)
        for (const ctx of [NO_SOURCES, { sources: { roster: ROSTER }, refDate: REF, settings: campaign.settings }]) {
          const full = { ...form.emptyData(), ...form.draftSchema.parse(data) };
          expect(evaluate(form, full, ctx).status, form.id).toBe(statusOfData(form, full, ctx));
          expect(statusOfData(form, full, ctx)).toBe(Object.keys(form.check(form.resolve(full, ctx))).length ? 'draft' : 'complete');
        }
  });
});

describe('evaluate: dates that make no sense (a date field option)', () => {
  // 3-1's 日期 outside the campaign year: tests/forms/scenario.test.ts.
  it('is a reusable check with either bound left out when unknown', () => {
    expect(campaignDateWarning('2026-10-25', { year: 2026, today: '2026-12-01' })).toBeNull();
    expect(campaignDateWarning('2030-10-25', {})).toBeNull();
    expect(campaignDateWarning('2030-10-25', { year: 2026 })).toMatch(/活动年份/);
    expect(campaignDateWarning('bad', { year: 2026 })).toBeNull();
    const form = defineForm({
      id: 'd', version: 1, annex: 'd', title: 'd', summary: '', subjectKey: 'on', listKeys: ['on'],
      fields: [{ key: 'on', label: '日期', kind: 'date', inCampaign: true }, { key: 'born', label: '出生', kind: 'date' }],
      sections: [{ keys: ['on', 'born'] }], paper: { orientation: 'portrait', columns: [10], head: [], rows: [], foot: [] },
    });
    const ev = evaluate(form, { on: '2019-01-01', born: '2019-01-01' }, campaign);
    expect(ev.fields.on!.issues).toHaveLength(1);
    expect(ev.fields.born!.issues).toEqual([]);
  });

  it('says a 结束报备 stamped without a 出发报备', () => {
    const ev = evaluate(visitRecord, { ...complete, returnAt: '10月25日16:00' }, campaign);
    expect(ev.fields.returnAt!.issues).toEqual([{ message: '尚未出发报备，请先出发报备', blocking: false, source: 'warning' }]);
    expect(evaluate(visitRecord, { ...complete, departAt: '10月25日15:00', returnAt: '10月25日16:00' }, campaign).fields.returnAt!.issues).toEqual([]);
  });
});

