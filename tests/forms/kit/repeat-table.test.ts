// The kit's `table` kind: a fixed list of rows with the same columns (附件2-2's items).
import { describe, expect, it } from 'vitest';
import { archive, BOXES, itemRow, paths } from '../../../src/forms/archive';
import { defineForm } from '../../../src/forms/kit/define';
import { evaluate, REQUIRED_MESSAGE } from '../../../src/forms/kit/evaluate';
import type { EntryData } from '../../../src/forms/kit/field';
import { scenario } from '../scenario';

const form = defineForm({
  id: 't', version: 1, annex: 'T', title: '测试表', summary: '', subjectKey: 'name', listKeys: ['name'],
  fields: [
    { key: 'name', label: '名称', kind: 'text' },
    { key: 'items', label: '明细', kind: 'table', rows: ['甲①', '甲②'], columns: [
      { key: 'state', label: '情况', kind: 'choice', required: true, options: [{ value: 'y', label: '有' }, { value: 'n', label: '无' }] },
      { key: 'n', label: '数量', kind: 'int', min: 1 },
      { key: 'note', label: '备注', kind: 'text' },
    ] },
  ],
  sections: [{ keys: ['name', 'items'] }],
  paper: {
    orientation: 'portrait', columns: [10, 6, 6], head: [], foot: [],
    rows: [{ cells: [{ t: '{name}' }, { t: '{items.1.state}' }, { t: '{items.1.n}' }] }],
  },
});

describe('table field', () => {
  it('starts empty, and every row of a required column is missing, named by its row', () => {
    const s = scenario(form).load(form.emptyData());
    expect(form.emptyData().items).toEqual([]);
    expect(s.status).toBe('draft');
    expect(s.missing()).toEqual(['甲① 情况', '甲② 情况']);
    expect(form.check(form.emptyData())).toEqual({ 'items.0.state': '必填', 'items.1.state': '必填' });
  });

  it('says each problem beside its cell, by path', () => {
    const ev = evaluate(form, { items: [{ state: 'y', n: 0 }, { state: 'x' }] });
    expect(ev.fields.items!.issues.map((i) => [i.at, i.message, i.source])).toEqual([
      ['items.0.n', '请填写不小于1的整数', 'format'],
      ['items.1.state', '请从选项中选择', 'format'],
    ]);
    expect(ev.formIssues).toEqual([]);
    const empty = evaluate(form, { items: [{ state: 'y' }] });
    expect(empty.fields.items!.issues).toEqual([{ message: REQUIRED_MESSAGE, blocking: true, source: 'required', at: 'items.1.state' }]);
  });

  it('is complete when every required cell is filled and right', () => {
    const s = scenario(form).load({}).answer('items', [{ state: 'y', n: 2 }, { state: 'n', note: '缺' }]);
    expect(s.status).toBe('complete');
    expect(s.missing()).toEqual([]);
  });

  it('prints a cell by its path, a choice by its option label, and names cells', () => {
    const data: EntryData = { name: '表', items: [{}, { state: 'n', n: 3 }] };
    expect(form.text(data, 'items.1.state')).toBe('无');
    expect(form.text(data, 'items.1.n')).toBe('3');
    expect(form.text(data, 'items.0.n')).toBe('');
    expect(form.fill('{items.1.state}/{items.1.n}', data)).toBe('无/3');
    expect(form.valueAt(data, 'items.1.n')).toEqual({ kind: 'int', value: 3 });
    expect(form.text(data, 'items')).toBe('甲② 无 3');
    expect(form.labelOf('items.1.n')).toBe('甲② 数量');
    expect(form.labelOf('name')).toBe('名称');
  });

  it('keeps a draft of the wrong length or with empty rows, and refuses junk', () => {
    expect(form.draftSchema.parse({ items: [{ state: 'y' }] })).toEqual({ items: [{ state: 'y' }] });
    expect(() => form.draftSchema.parse({ items: 'y' })).toThrow();
    expect(() => form.draftSchema.parse({ items: [{ state: { a: 1 } }] })).toThrow();
  });
});

describe('附件2-2 declared as tables', () => {
  it('declares one row per item and per box, with the item names of its messages', () => {
    const items = archive.fieldByKey.get('items')!;
    const volumes = archive.fieldByKey.get('volumes')!;
    expect(items.kind === 'table' && items.rows.length).toBe(27);
    expect(volumes.kind === 'table' && volumes.rows).toEqual(['Ⅰ类', 'Ⅱ类', 'Ⅲ类', 'Ⅳ类', 'Ⅴ类', 'Ⅵ类', 'Ⅶ类', 'Ⅷ类']);
    expect(itemRow(BOXES[2]!, 1)).toBe(9);
    expect(paths.state(BOXES[2]!, 1)).toBe('items.9.state');
    expect(archive.labelOf(paths.state(BOXES[2]!, 1))).toBe('Ⅲ类② 情况');
  });

  it('is a draft until every item has a state, saying which', () => {
    const s = scenario(archive).load({ unit: '城关中学', year: '2021-2022', semester: '上学期' });
    expect(s.missing()).toHaveLength(27);
    expect(s.missing().slice(0, 4)).toEqual(['Ⅰ类① 情况', 'Ⅰ类② 情况', 'Ⅰ类③ 情况', 'Ⅱ类① 情况']);
    s.answer('items', Array.from({ length: 27 }, () => ({ state: '齐全' })));
    expect(s.status).toBe('complete');
  });
});
