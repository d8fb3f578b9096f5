// The one narrowing of a stored value to text (kit/text-of.ts), and the guard that keeps it one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellTextOf, inputTextOf, textOf, trimmedOf } from '../../src/forms/kit/text-of';
import { ROOT, sourceFiles } from '../architecture-imports';

describe('text of a stored value', () => {
  it('textOf keeps text as it is and gives "" for anything else', () => {
    expect(textOf(' 王 ')).toBe(' 王 ');
    for (const v of [3, null, undefined, true, ['a'], {}]) expect(textOf(v)).toBe('');
  });

  it('trimmedOf trims text and gives "" for anything else, numbers too', () => {
    expect(trimmedOf('  七年级（2）班 ')).toBe('七年级（2）班');
    for (const v of [3, null, undefined, false, ['a']]) expect(trimmedOf(v)).toBe('');
  });

  it('cellTextOf trims text and writes a number out, as a spreadsheet cell holds either', () => {
    expect(cellTextOf(' 东村 ')).toBe('东村');
    expect(cellTextOf(610_102)).toBe('610102');
    expect(cellTextOf(0)).toBe('0');
    for (const v of [null, undefined, true, ['1']]) expect(cellTextOf(v)).toBe('');
  });

  it('inputTextOf keeps what is being typed, spaces too, and writes a number out', () => {
    expect(inputTextOf('张 ')).toBe('张 ');
    expect(inputTextOf(12)).toBe('12');
    for (const v of [null, undefined, false, ['1']]) expect(inputTextOf(v)).toBe('');
  });

  it('is written once: no other source file defines its own one-line narrowing', () => {
    const own = /const \w+ = \(v: [^)]*\)(?:: string)? => \(?(?:typeof v === 'string' \? v(?:\.trim\(\))? :|v == null \? '' : String\(v\))/;
    const copies = sourceFiles('src')
      .filter((f) => f !== 'src/forms/kit/text-of.ts')
      .filter((f) => own.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(copies).toEqual([]);
  });
});
