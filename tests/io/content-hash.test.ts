// The hash a device stores as an entry's agreed version (base) must never change across
// versions of the app, however it is computed: these values were made by the first version.
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/io/content-hash';

describe('contentHash', () => {
  it('gives the values earlier versions stored, whatever the text holds', () => {
    expect(contentHash({ name: '张三', sex: '男', idNumber: '61052620061201001X', note: '', items: [] })).toBe('1b662k2hd0o');
    expect(contentHash({
      student: '李"四\\', text: '第一行\n第二行\u0001', emoji: '😀', lone: '\ud800', ls: '\u2028', blank: '  ', off: false,
    })).toBe('25cuqomv3u7');
    expect(contentHash({ rows: [{ b: 2, a: '甲' }, { a: null }], n: 3.5, tags: ['x', 'y'] } as never)).toBe('vsia67amog');
  });

  it('ignores key order and empty values', () => {
    expect(contentHash({ a: '1', b: ['x'], c: '', d: [] })).toBe(contentHash({ b: ['x'], a: '1', e: '  ', f: null }));
  });
});
