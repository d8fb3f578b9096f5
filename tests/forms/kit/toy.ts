// One made-up form with one of each feature the kit offers, for the feature tests beside it.
import { defineForm } from '../../../src/forms/kit/define';

/** A toy form with one of each channel: required, format, rule, cross-field problem, warning. */
export const toy = defineForm({
  id: 'toy', version: 1, annex: 'toy', title: 'toy', summary: '', subjectKey: 'a', listKeys: ['a'],
  fields: [
    { key: 'a', label: 'A', kind: 'text', required: true },
    { key: 'b', label: 'B', kind: 'phone' },
    { key: 'c', label: 'C', kind: 'flag' },
    { key: 'd', label: 'D', kind: 'text', required: true, enabledWhen: (d) => d.c === true },
    { key: 'n', label: 'N', kind: 'int', derived: 'overridable' },
  ],
  sections: [{ keys: ['a', 'b', 'c', 'd', 'n'] }],
  paper: { orientation: 'portrait', columns: [10], head: [], rows: [], foot: [] },
  derive: (data, ctx) => ({ n: typeof data.n === 'number' ? data.n : (ctx.sources.x?.length ?? null) }),
  rules: (v): Record<string, string> => (v.a === 'stop' ? { a: '不能是 stop' } : {}),
  fieldProblems: (d): Record<string, string> => (d.b === '13912345678' && d.a === 'x' ? { b: '与 A 不符' } : {}),
  warnings: (v) => (v.n === 0 ? ['N 为 0'] : []),
});
