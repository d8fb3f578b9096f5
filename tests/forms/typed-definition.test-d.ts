// The compiler checks a definition's keys and templates (kit/typed.ts). This file is not run:
// `tsc --noEmit` (part of `npm test`) compiles it, and each `@ts-expect-error` fails the
// type check when the line below it compiles, i.e. when a misspelt key would go unnoticed.
import { defineForm } from '../../src/forms/kit/define';
import type { EntryData } from '../../src/forms/kit/field';
import type { DataOf, Fields, ValueOf } from '../../src/forms/kit/typed';
import { visitRecord } from '../../src/forms/visit-record';
import { townTable } from '../../src/forms/town-table';

/** The fields as literal types, as defineForm infers them. */
const fieldsOf = <const F extends Fields>(fields: F): F => fields;

const base = {
  id: 't', version: 1, annex: 'T', title: '测试表', summary: '',
  paper: { orientation: 'portrait' as const, columns: [10, 10], head: [], rows: [], foot: [] },
};
const FIELDS = fieldsOf([
    { key: 'name', label: '姓名', kind: 'text' },
    { key: 'age', label: '年龄', kind: 'int' },
    { key: 'items', label: '明细', kind: 'rows', keyColumn: 'what', columns: [
      { key: 'what', label: '项目', kind: 'text' },
      { key: 'n', label: '数量', kind: 'int' },
    ] },
    { key: 'total', label: '合计', kind: 'int', derived: 'auto' },
]);

// A definition that uses every kind of key correctly compiles.
export const ok = defineForm({
  ...base,
  fields: FIELDS,
  subjectKey: 'name',
  dateKey: 'name',
  listKeys: ['name', 'age'],
  sections: [{ keys: ['name', 'age', 'items'] }],
  register: { title: '表册', keys: ['name'], subjectKey: 'name', sortKeys: ['age'], widths: { name: 8 } },
  // A paperValues written in place names its parameter's type, so that its keys are known.
  paperValues: (v: EntryData) => ({ ageLine: `${v.age ?? ''}岁` }),
  paper: {
    orientation: 'portrait', columns: [10, 10],
    head: [{ t: '{name}', right: '{ageLine}' }],
    rows: [
      { cells: [{ t: '姓名：{name}' }, { t: '{age}岁，第一项{items.0.what}' }] },
      { repeat: 'items', cells: [{ t: '{#}' }, { t: '{items.what}×{items.n}' }] },
      { cells: [{ t: '合计' }, { t: '{total}', sum: true }] },
    ],
    foot: [{ t: '{ageLine}' }],
  },
  reports: { pendingLabel: '进行中', steps: [{ key: 'name', label: '报备', template: '{name}于{now}出发[（{ageLine}）]' }] },
  createFrom: { formId: 'roster', linkKey: 'name', label: '选', prefill: () => ({}) },
  fillFrom: { formId: 'roster', linkKey: 'name', label: '选', fill: () => ({}) },
});

defineForm({
  ...base, fields: FIELDS, subjectKey: 'name', listKeys: ['name'],
  // @ts-expect-error a misspelt key in a section
  sections: [{ keys: ['name', 'agee'] }],
});

defineForm({
  ...base, fields: FIELDS, subjectKey: 'name', sections: [],
  // @ts-expect-error a misspelt key in listKeys
  listKeys: ['nmae'],
});

defineForm({
  ...base, fields: FIELDS, listKeys: [], sections: [],
  // @ts-expect-error a misspelt subjectKey
  subjectKey: 'nam',
});

defineForm({
  ...base, fields: FIELDS, subjectKey: 'name', listKeys: [], sections: [],
  // @ts-expect-error a misspelt key in the register's sort keys
  register: { title: '表册', sortKeys: ['agg'] },
});

defineForm({
  ...base, fields: FIELDS, subjectKey: 'name', listKeys: [], sections: [],
  // @ts-expect-error a misspelt column width
  register: { title: '表册', widths: { nmae: 8 } },
});

defineForm({
  ...base, fields: FIELDS, subjectKey: 'name', listKeys: [], sections: [],
  // @ts-expect-error a misspelt link key
  createFrom: { formId: 'roster', linkKey: 'childId', label: '选', prefill: () => ({}) },
});

defineForm({
  ...base, fields: FIELDS, subjectKey: 'name', listKeys: [], sections: [],
  paper: {
    orientation: 'portrait', columns: [10], head: [], foot: [],
    // @ts-expect-error a misspelt key in a paper cell template
    rows: [{ cells: [{ t: '姓名：{nmae}' }] }],
  },
});

defineForm({
  ...base, fields: FIELDS, subjectKey: 'name', listKeys: [], sections: [],
  paper: {
    orientation: 'portrait', columns: [10], rows: [], foot: [],
    // @ts-expect-error a misspelt key in a head line's right-hand text
    head: [{ t: '{name}', right: '{dat}' }],
  },
});

defineForm({
  ...base, fields: FIELDS, subjectKey: 'name', listKeys: [], sections: [],
  paper: {
    orientation: 'portrait', columns: [10], head: [], foot: [],
    rows: [
      { cells: [{ t: '{name}' }] },
      // @ts-expect-error a column of a repeated row that its rows field does not have
      { repeat: 'items', cells: [{ t: '{items.count}' }] },
    ],
  },
});

defineForm({
  ...base, fields: FIELDS, subjectKey: 'name', listKeys: [], sections: [],
  paper: {
    orientation: 'portrait', columns: [10], head: [], foot: [],
    // @ts-expect-error `repeat` names a field that is not a `rows` field
    rows: [{ repeat: 'name', cells: [{ t: '{#}' }] }],
  },
});

defineForm({
  ...base, fields: FIELDS, subjectKey: 'name', listKeys: [], sections: [],
  // A `{field.column}` path outside its repeated row, and a paper value the form does not give.
  paper: {
    orientation: 'portrait', columns: [10], head: [], foot: [],
    // @ts-expect-error
    rows: [{ cells: [{ t: '{items.what}' }] }, { cells: [{ t: '{ageLine}' }] }],
  },
});

defineForm({
  ...base, fields: FIELDS, subjectKey: 'name', listKeys: [], sections: [],
  // Rows built from an array spread are checked too (visit-summary's paper).
  paper: {
    orientation: 'portrait', columns: [10], head: [], foot: [],
    // @ts-expect-error
    rows: [...([] as { cells: { t: string }[] }[]), { cells: [{ t: '{nmae}' }] }],
  },
});

defineForm({
  ...base, fields: FIELDS, subjectKey: 'name', listKeys: [], sections: [],
  reports: { pendingLabel: '进行中', steps: [
    // @ts-expect-error a misspelt key in a report template
    { key: 'name', label: '报备', template: '{nmae}于{now}出发' },
  ] },
});

defineForm({
  ...base, fields: FIELDS, subjectKey: 'name', listKeys: [], sections: [],
  // @ts-expect-error a report stamps a field the form does not have
  reports: { pendingLabel: '进行中', steps: [{ key: 'departAt', label: '报备', template: '{name}' }] },
});

defineForm({
  ...base, subjectKey: 'items', listKeys: [], sections: [],
  fields: [
    // @ts-expect-error a rows field whose key column is not one of its columns
    { key: 'items', label: '明细', kind: 'rows', keyColumn: 'whta', columns: [{ key: 'what', label: '项目', kind: 'text' }] },
  ],
});

// Value types per kind, and an entry's data from the draft schema.
const n: ValueOf<'int'> = null;
const flags: ValueOf<'flag'>[] = [true, false];
// @ts-expect-error an int is a number or null, never text
const wrong: ValueOf<'int'> = '3';
type Data = DataOf<typeof ok>;
const data: Data = { name: '甲', age: 3, items: [{ what: '苹果', n: 1 }] };
// @ts-expect-error a derived 'auto' field is never stored
const auto: Data = { total: 3 };
// @ts-expect-error a text field holds text
const typo: Data = { name: 3 };
const visit: DataOf<typeof visitRecord> = { student: '王小明', groups: ['留守儿童'], onSiteAck: true };
// @ts-expect-error 3-1 has no field "studnet"
visit.studnet;
const villages: DataOf<typeof townTable>['villages'] = [{ name: '东村', total: 3 }];
export const used = [n, flags, wrong, data, auto, typo, visit, villages];
