// Forms driven through scenario() (tests/forms/scenario.ts): answers typed as in the editor,
// then what evaluate() says of them. Also, for every registered form, the entry with every
// field filled travels through the Excel data sheet and through the backup and comes back
// with the same values, texts and status.
import { describe, expect, it } from 'vitest';
import type { FormDef } from '../../src/forms/kit/define';
import { FORMS } from '../../src/forms/registry';
import { schoolingReport } from '../../src/forms/schooling-report';
import { schoolStats } from '../../src/forms/school-stats';
import { visitRecord } from '../../src/forms/visit-record';
import { makeBackup, readBackup } from '../../src/io/backup';
import { readOwnWorkbook } from '../../src/io/read-workbook';
import { formWorkbook, registerWorkbook } from '../../src/render/xlsx';
import { defaultSettings } from '../../src/settings/schema';
import type { Entry } from '../../src/storage/entry';
import { parseEntry } from '../../src/storage/entry-parse';
import { everyFieldFilled, scenario, type Scenario } from './scenario';

const CAMPAIGN = { settings: { unit: '城关中学', town: '城关镇', year: 2026 }, today: '2026-12-01' };
const TEACHER = { presets: { unit: '城关中学', teacher: '王老师', position: '班主任' } };

/** A 3-1 record as a teacher fills it in, the unit and her name already preset. */
const visit = (ctx = {}) =>
  scenario(visitRecord, { ...CAMPAIGN, ...TEACHER, ...ctx }, '2026-10-25').answer({
    student: '张三', className: '七年级（2）班', parent: '张建国', phone1: '13912345678', address: '东街12号',
    time: '15:00', mode: 'face', family: 'a', personal: 'b', points: 'c', effect: 'd',
  });

describe('scenario: a 3-1 visit record', () => {
  it('starts from the settings presets and today, and is complete once the rest is typed', () => {
    const s = scenario(visitRecord, { ...CAMPAIGN, ...TEACHER }, '2026-10-25');
    expect([s.value('unit'), s.value('teacher'), s.value('recorder'), s.value('date')]).toEqual(['城关中学', '王老师', '王老师', '2026-10-25']);
    expect(s.status).toBe('draft');
    expect(s.missing()).toContain('受访学生姓名');
    expect(visit().status).toBe('complete');
    expect(visit().missing()).toEqual([]);
  });

  it('warns beside a 日期 outside the campaign year or after today, never blocking', () => {
    for (const [date, msg] of [
      ['2035-01-01', /晚于今天/], ['2019-03-01', /不在活动年份（2026年）内/], ['2026-12-25', /晚于今天/],
    ] as const) {
      const s = visit().answer('date', date);
      expect(s.warnings('date'), date).toEqual([expect.stringMatching(msg)]);
      expect(s.errors('date')).toEqual([]);
      expect(s.status).toBe('complete');
      expect(s.clear('student').status).toBe('draft');
    }
    expect(visit().issues('date')).toEqual([]);
  });

  it('refuses what a person cannot do in the editor', () => {
    expect(() => visit().answer('departAt', '10月25日15:00')).toThrow(/buttons/);
    expect(() => visit().answer('nosuch', 'x')).toThrow(/no field/);
    expect(() => visit().answer('groups', 'not a list')).toThrow();
  });
});

describe('scenario: computed reports', () => {
  it('附件3-2 whose computed count exceeds its base is a draft, with the reason beside the count', () => {
    const visits = ['甲', '乙', '丙'].map((student) => visit().answer('student', student).data);
    const s = scenario(schoolStats, { sources: { '3-1': visits } })
      .answer({ unit: '城关中学', date: '2026-10-25', staffTotal: 5, studentTotal: 2 });
    expect(s.value('studentsVisited')).toBe(3);
    expect(s.status).toBe('draft');
    expect(s.issues('studentsVisited')[0]).toMatchObject({ blocking: true, source: 'rule' });
    // Typing the count over the computed one is what the overridable field is for.
    const typed = s.answer('studentsVisited', 2);
    expect(typed.evaluation.fields.studentsVisited).toMatchObject({ value: 2, computed: 3, overridden: true });
    expect(typed.status).toBe('complete');
  });

  it('附件1-1 whose 11 counts do not add up to 共计 is a draft until confirmed, and its paper says so until then', () => {
    const paper = (s: Scenario) => schoolingReport.paper.head.map((l) => schoolingReport.fill(l.t, s.evaluation.values)).join('\n');
    const s = scenario(schoolingReport, { sources: { roster: [] }, settings: CAMPAIGN.settings }).answer({ total: 115, inCounty: 113 });
    expect(s.status).toBe('draft');
    expect(s.errors('total')).toEqual([expect.stringContaining('11项人数之和（113）与共计（115）不一致，少 2 人')]);
    expect(s.blockedBy()).toEqual(s.errors('total'));
    expect(paper(s)).toContain('（注：11项人数之和（113）与共计（115）不一致，少 2 人，尚未核实。）');

    const confirmed = s.answer('sumConfirmed', true);
    expect(confirmed.status).toBe('complete');
    expect(confirmed.issues('total')).toEqual([]);
    expect(confirmed.warnings('')).toContain('11项人数之和（113）与共计（115）不一致，少 2 人（已核实无误）。');
    expect(paper(confirmed)).not.toContain('尚未核实');
    // The confirmation is stored with the entry (and so in every file's data sheet).
    expect(confirmed.data).toMatchObject({ sumConfirmed: true });
  });
});

// --- every form, every field, through each file the app writes and reads back -------------

const settings = { ...defaultSettings(), unit: '城关中学', town: '城关镇', year: 2026 };
const ctx = { ...CAMPAIGN, sources: {}, refDate: '2026-08-31' };

function filled(form: FormDef): { s: Scenario; entry: Entry } {
  const s = scenario(form, ctx).load(everyFieldFilled(form));
  const entry: Entry = {
    id: '3c9a1f4e-2b7d-4c1a-9e8f-000000000001', formId: form.id, formVersion: form.version,
    createdAt: 1_790_000_000_000, updatedAt: 1_790_000_360_000, status: s.status, data: s.data,
  };
  return { s, entry };
}

/** What the user sees of an entry: every field's value, text, whether enabled, and the status. */
const seen = (s: Scenario) => ({
  status: s.status,
  fields: Object.fromEntries(s.form.fields.map((f) => [f.key, [s.value(f.key), s.text(f.key), s.enabled(f.key)]])),
});

describe.each(FORMS.map((f) => [f.id, f] as const))('%s round trip, every field filled', (_, form) => {
  it('fills every stored field', () => {
    const { entry } = filled(form);
    const stored = form.fields.filter((f) => f.derived !== 'auto');
    for (const f of stored) expect(entry.data[f.key], f.key).not.toBeOneOf([null, '', undefined, []]);
  });

  const writers: [string, (e: Entry) => Promise<Uint8Array>][] = [
    ['form workbook', (e) => formWorkbook(form, [e], settings, ctx)],
    ...(form.single ? [] : [['表册 workbook', (e: Entry) => registerWorkbook(form, [e], settings, { dataSheet: true, notes: true })] as [string, (e: Entry) => Promise<Uint8Array>]]),
  ];
  for (const [name, write] of writers)
    it(`through the Excel data sheet of its ${name}`, async () => {
      const { s, entry } = filled(form);
      const read = readOwnWorkbook(await write(entry));
      expect(read.error).toBeUndefined();
      expect(read.rows).toHaveLength(1);
      const back = parseEntry(read.rows[0]);
      expect(back.data).toEqual(entry.data);
      expect(back).toMatchObject({ id: entry.id, formId: form.id, createdAt: entry.createdAt, updatedAt: entry.updatedAt });
      expect(seen(scenario(form, ctx).load(back.data))).toEqual(seen(s));
    });

  it('through the backup', () => {
    const { s, entry } = filled(form);
    const read = readBackup(makeBackup([entry], settings, {}, new Date(entry.updatedAt)), 'backup.json');
    if ('error' in read) throw new Error(read.error);
    expect(read.settings).toEqual(settings);
    const back = parseEntry(read.incoming[0]!.raw);
    expect(back).toEqual({ ...entry, status: back.status });
    expect(seen(scenario(form, ctx).load(back.data))).toEqual(seen(s));
  });
});
