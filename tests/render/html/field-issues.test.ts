import { describe, expect, it } from 'vitest';
import { evaluate, REQUIRED_MESSAGE } from '../../../src/forms/kit/evaluate';
import { visitRecord } from '../../../src/forms/visit-record';
import { shownIssues } from '../../../src/render/html/field-issues';

const ctx = { sources: {}, settings: { unit: '', town: '', year: 2026 }, today: '2026-12-01' };

describe('what a field shows beside it', () => {
  it('an empty required field: nothing until the user left it or tried to finish, then the message', () => {
    const ev = evaluate(visitRecord, {}, ctx);
    expect(shownIssues(ev.fields.student, false)).toEqual({ issue: undefined, warning: undefined });
    expect(shownIssues(ev.fields.student, true)).toEqual({ issue: REQUIRED_MESSAGE, warning: undefined });
  });

  it('a wrong value at once; a date that makes no sense as a warning, apart', () => {
    const ev = evaluate(visitRecord, { phone1: '1234', date: '2035-01-01' }, ctx);
    expect(shownIssues(ev.fields.phone1, false).issue).toMatch(/电话|手机/);
    expect(shownIssues(ev.fields.date, false)).toEqual({ issue: undefined, warning: expect.stringMatching(/晚于今天/) });
  });
});
