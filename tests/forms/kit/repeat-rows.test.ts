// The kit's table extensions: a `rows` field, a paper row repeated per item, column totals.
import { describe, expect, it } from 'vitest';
import { defineForm } from '../../../src/forms/kit/define';
import type { EntryData } from '../../../src/forms/kit/field';
import { expandPaper, fillTemplate, placeCells } from '../../../src/forms/kit/paper';
import { FORMS } from '../../../src/forms/registry';

const form = defineForm({
  id: 't', version: 1, annex: 'T', title: '测试表', summary: '', subjectKey: 'name', listKeys: ['name'],
  fields: [
    { key: 'name', label: '名称', kind: 'text' },
    { key: 'items', label: '明细', kind: 'rows', keyColumn: 'what', columns: [
      { key: 'what', label: '项目', kind: 'text' },
      { key: 'n', label: '数量', kind: 'int' },
      { key: 'tel', label: '电话', kind: 'phone' },
    ] },
    { key: 'sum', label: '合计', kind: 'int', derived: 'auto' },
  ],
  sections: [{ keys: ['name', 'items', 'sum'] }],
  paper: {
    orientation: 'portrait', columns: [4, 10, 6], head: [{ t: '{name}' }], foot: [],
    rows: [
      { cells: [{ t: '序号', label: true }, { t: '项目', label: true }, { t: '数量', label: true }] },
      { repeat: 'items', cells: [{ t: '{#}' }, { t: '{items.what}' }, { t: '{items.n}' }] },
      { cells: [{ t: '合计', colSpan: 2 }, { t: '{sum}', sum: true }] },
    ],
  },
  derive: (d) => ({ sum: Array.isArray(d.items) ? d.items.reduce((s, r) => s + (typeof r === 'object' && typeof r.n === 'number' ? r.n : 0), 0) : null }),
});

describe('rows field', () => {
  const data: EntryData = { name: '甲', items: [{ what: '苹果', n: 3 }, { what: '梨', n: 4, tel: '13912345678' }] };

  it('reads cells by path, as text and with their kind', () => {
    expect(form.text(data, 'items.1.what')).toBe('梨');
    expect(form.text(data, 'items.1.n')).toBe('4');
    expect(form.text(data, 'items.0.tel')).toBe('');
    expect(form.text(data, 'items.5.what')).toBe('');
    expect(form.valueAt(data, 'items.0.n')).toEqual({ kind: 'int', value: 3 });
    expect(form.valueAt(data, 'name')).toEqual({ kind: 'text', value: '甲' });
    expect(form.valueAt(data, 'items.0.nope')).toBeUndefined();
    expect(fillTemplate('{items.0.what}×{items.0.n}', (k) => form.text(data, k))).toBe('苹果×3');
  });

  it('prints as the list of its key column, is empty when it has no rows, and checks its cells', () => {
    expect(form.text(data, 'items')).toBe('苹果、梨');
    expect(form.emptyData().items).toEqual([]);
    expect(form.check(data)).toEqual({});
    expect(form.check({ items: [{ what: 'x', n: 1.5 }] }).items).toBe('第1行“数量”：请填写不小于0的整数');
    expect(form.check({ items: [{}, { tel: '12' }] }).items).toMatch(/^第2行“电话”：/);
  });
});

describe('expandPaper', () => {
  it('writes a repeated row once per item, numbered, and points 合计 at those rows', () => {
    const v = form.resolve({ name: '甲', items: [{ what: '苹果', n: 3 }, { what: '梨', n: 4 }] }, { sources: {} });
    const paper = expandPaper(form.paper, v);
    expect(paper.rows.map((r) => r.cells.map((c) => form.fill(c.t, v)))).toEqual([
      ['序号', '项目', '数量'], ['1', '苹果', '3'], ['2', '梨', '4'], ['合计', '7'],
    ]);
    expect(paper.rows[3]!.cells[1]!.sumRows).toEqual([1, 2]);
    expect(placeCells(paper)).toHaveLength(11);
  });

  it('leaves a layout without repeated rows untouched', () => {
    const plain = FORMS.find((f) => f.id === '3-2')!;
    expect(expandPaper(plain.paper, {})).toBe(plain.paper);
  });
});

describe('repeated rows of every form', () => {
  it.each(FORMS.map((f) => [f.id, f] as const))('%s names only columns of its rows fields', (_, f) => {
    for (const row of f.paper.rows) {
      for (const c of row.cells)
        for (const [, key, col] of c.t.matchAll(/\{(\w+)\.(\w+)\}/g)) {
          expect(row.repeat, `${f.id} {${key}.${col}} outside a repeated row`).toBe(key);
          const field = f.fieldByKey.get(key!);
          expect(field?.kind === 'rows' && field.columns.some((x) => x.key === col), `${f.id} {${key}.${col}}`).toBe(true);
        }
    }
  });
});
