// Migrations: a stored entry of an earlier version is brought up step by step on read.
// (Real forms' data of version 1: tests/fixtures/v1/.)
import { describe, expect, it } from 'vitest';
import { defineForm } from '../../../src/forms/kit/define';
import { visitRecord } from '../../../src/forms/visit-record';

describe('form migrations', () => {
  const v2 = defineForm({
    ...visitRecord,
    version: 3,
    migrations: {
      1: (d) => ({ ...d, companions: [d.companion1, d.companion2].filter(Boolean).join('、') }),
      2: (d) => ({ ...d, mode: d.mode === '实地' ? 'face' : d.mode }),
    },
  });
  it('runs each step from the stored version up to the current one', () => {
    expect(v2.migrate({ companion1: '甲', companion2: '乙', mode: '实地' }, 1)).toMatchObject({ companions: '甲、乙', mode: 'face' });
    expect(v2.migrate({ mode: '实地' }, 2)).toEqual({ mode: 'face' });
  });
  it('refuses to guess when a step is missing', () => {
    const broken = defineForm({ ...visitRecord, version: 2 });
    expect(() => broken.migrate({}, 1)).toThrow(/no migration/);
  });
});
