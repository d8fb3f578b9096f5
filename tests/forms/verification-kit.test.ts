// The kit features 附件4 brought in, on a toy form: `rules` keep an entry a draft, and a
// field switched off by `enabledWhen` is neither checked nor printed.
import { describe, expect, it } from 'vitest';
import { defineForm } from '../../src/forms/kit/define';

const toy = defineForm({
  id: 'toy', version: 1, annex: 'T', title: 'T', summary: '', subjectKey: 'a', listKeys: ['a'],
  fields: [
    { key: 'a', label: 'A', kind: 'text', required: true },
    { key: 'b', label: 'B', kind: 'phone', required: true, enabledWhen: (d) => d.a !== 'off' },
    { key: 'c', label: 'C', kind: 'flag' },
  ],
  sections: [{ keys: ['a', 'b', 'c'] }],
  paper: { orientation: 'portrait', columns: [1], head: [], rows: [], foot: [] },
  rules: (d): Record<string, string> => (d.a === 'x' && d.c !== true ? { c: '须勾选 C', a: '不会盖过 A 自己的问题' } : {}),
});

describe('kit: rules and enabledWhen', () => {
  it('a rule keeps the entry a draft until met; a field\'s own problem wins', () => {
    expect(toy.check({ a: 'x', b: '13800001111', c: false })).toEqual({ c: '须勾选 C', a: '不会盖过 A 自己的问题' });
    expect(toy.check({ a: 'x', b: '13800001111', c: true })).toEqual({});
    expect(toy.check({ a: '', b: '13800001111' })).toEqual({ a: '必填' });
  });

  it('a disabled field is not required, not checked, not printed, but keeps its value', () => {
    expect(toy.check({ a: 'off', b: '' })).toEqual({});
    expect(toy.check({ a: 'off', b: 'not a phone' })).toEqual({});
    expect(toy.check({ a: 'on', b: 'not a phone' }).b).toBeTruthy();
    expect(toy.text({ a: 'off', b: '13800001111' }, 'b')).toBe('');
    expect(toy.text({ a: 'on', b: '13800001111' }, 'b')).toBe('13800001111');
  });
});
