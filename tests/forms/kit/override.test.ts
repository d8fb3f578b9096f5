// Overrides: an 'overridable' derived value can be typed over, says so, and comes back to the
// computed value when the typed one is cleared.
import { describe, expect, it } from 'vitest';
import { scenario } from '../scenario';
import { toy } from './toy';

const ctx = { sources: { x: [{}, {}] } };

describe('typed over a derived value', () => {
  it('shows the typed value, keeps the computed one beside it, and says it is typed over', () => {
    const s = scenario(toy, ctx).answer({ a: 'x', n: 5 });
    expect(s.value('n')).toBe(5);
    expect(s.evaluation.fields.n).toMatchObject({ value: 5, computed: 2, overridden: true, text: '5' });
    expect(s.evaluation.fields.a).toMatchObject({ value: 'x', text: 'x', enabled: true, derived: false });
  });

  it('comes back to the computed value when the typed one is cleared (重置)', () => {
    const s = scenario(toy, ctx).answer({ a: 'x', n: 5 }).clear('n');
    expect(s.value('n')).toBe(2);
    expect(s.evaluation.fields.n).toMatchObject({ overridden: false, computed: 2 });
  });

  it('computed() ignores what was typed over, so the editor can always show the computed value', () => {
    const s = scenario(toy, ctx).answer({ a: 'x', n: 5 });
    expect(toy.computed(s.data, ctx).n).toBe(2);
  });

  it('a typed 0 is a value, not an empty field', () => {
    const s = scenario(toy, ctx).answer({ a: 'x', n: 0 });
    expect(s.value('n')).toBe(0);
    expect(s.warnings('')).toEqual(['N 为 0']);
  });
});
