// A definition read back: checks, paper text, the storage boundary, the paper grid.
import { describe, expect, it } from 'vitest';
import { defineForm } from '../../../src/forms/kit/define';
import { placeCells } from '../../../src/forms/kit/paper';
import { FORMS } from '../../../src/forms/registry';
import { visitRecord } from '../../../src/forms/visit-record';

const complete = {
  unit: '城关中学', date: '2021-10-25', teacher: '王老师', student: '张三', className: '七年级（2）班',
  parent: '张建国', phone1: '13912345678', address: '东街12号', time: '15:00', mode: 'face',
  family: 'a', personal: 'b', points: 'c', effect: 'd', recorder: '王老师',
};

describe('附件3-1 definition', () => {
  it('accepts a complete record and names what is missing or wrong otherwise', () => {
    expect(visitRecord.check(complete)).toEqual({});
    const issues = visitRecord.check({ ...complete, phone1: '1234', date: '2021-02-30', student: ' ' });
    expect(issues.phone1).toMatch(/手机号码/);
    expect(issues.date).toMatch(/有效日期/);
    expect(issues.student).toBe('必填');
    expect(Object.keys(issues)).toHaveLength(3);
  });

  it('accepts landlines with an area code and rejects other numbers', () => {
    for (const ok of ['0913-7212345', '09137212345', '010-12345678', '13912345678'])
      expect(visitRecord.check({ ...complete, phone1: ok }).phone1).toBeUndefined();
    for (const bad of ['12912345678', '1391234567', '7212345', 'abc'])
      expect(visitRecord.check({ ...complete, phone1: bad }).phone1).toBeDefined();
  });

  it('prints values as on paper: Chinese dates and option labels', () => {
    const data = { ...complete, groups: ['孤儿', '残疾学生'] };
    expect(visitRecord.text(data, 'date')).toBe('2021年10月25日');
    expect(visitRecord.text(data, 'mode')).toBe('面对面（实地）');
    expect(visitRecord.fill('电话1：{phone1}', data)).toBe('电话1：13912345678');
    expect(visitRecord.text(data, 'groups')).toBe('孤儿、残疾学生');
  });

  it('keeps drafts whatever their content, but not values of the wrong type', () => {
    expect(visitRecord.draftSchema.parse({ student: '李四', phone1: '1' })).toEqual({ student: '李四', phone1: '1' });
    expect(() => visitRecord.draftSchema.parse({ groups: 'not a list' })).toThrow();
    expect(visitRecord.draftSchema.parse({ student: 'x', junk: 1 })).toEqual({ student: 'x' });
  });
});

describe('paper grids', () => {
  it.each(FORMS.map((f) => [f.id, f] as const))('%s fills every row to its full width', (_, form) => {
    const width = form.paper.columns.length;
    const used = new Map<number, number>();
    for (const p of placeCells(form.paper))
      for (let r = p.row; r < p.row + p.rowSpan; r++) used.set(r, (used.get(r) ?? 0) + p.colSpan);
    for (const [, n] of used) expect(n).toBe(width);
  });

  it('places cells after row spans from the rows above', () => {
    const placed = placeCells(visitRecord.paper);
    const phone2 = placed.find((p) => p.cell.t === '电话2：{phone2}')!;
    expect([phone2.row, phone2.col, phone2.colSpan]).toEqual([3, 3, 3]);
  });

  it('every placeholder names a field of its form, or a text only its paper has', () => {
    for (const form of FORMS) {
      const paperOnly = new Set(Object.keys(form.paperValues?.(form.emptyData()) ?? {}));
      const texts = [...form.paper.head, ...form.paper.foot].flatMap((l) => [l.t, l.right ?? ''])
        .concat(form.paper.rows.flatMap((r) => r.cells.map((c) => c.t)));
      for (const t of texts)
        for (const [, key] of t.matchAll(/\{(\w+)\}/g)) expect(form.fieldByKey.has(key) || paperOnly.has(key), `${form.id} {${key}}`).toBe(true);
    }
  });
});
