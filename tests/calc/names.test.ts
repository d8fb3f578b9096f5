import { describe, expect, it } from 'vitest';
import { normalizeName, splitNames } from '../../src/calc/names';

describe('normalizeName', () => {
  it('treats spaced variants of a name as the same person', () => {
    const variants = ['张三', '张 三', ' 张三　', '\u3000张\u3000三', '张\u00a0三', '\t张三\n', '张\u200b三', '\ufeff张三'];
    for (const v of variants) expect(normalizeName(v)).toBe('张三');
  });

  it('keeps everything that is not whitespace', () => {
    expect(normalizeName('欧阳·娜娜')).toBe('欧阳·娜娜');
    expect(normalizeName('Li Lei')).toBe('LiLei');
    expect(normalizeName('张三（班主任）')).toBe('张三（班主任）');
  });

  it('returns an empty string for blank input', () => {
    expect(normalizeName('')).toBe('');
    expect(normalizeName(' \u3000\u00a0\r\n')).toBe('');
  });
});

describe('splitNames', () => {
  it('splits on every listed separator and newlines', () => {
    expect(splitNames('甲、乙，丙,丁;戊；己/庚\n辛\r\n壬')).toEqual(['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬']);
    expect(splitNames('甲／乙')).toEqual(['甲', '乙']);
  });

  it('does not split on spaces, since they are ignored inside names', () => {
    expect(splitNames('张 三、李　四')).toEqual(['张三', '李四']);
    expect(splitNames('张三 李四')).toEqual(['张三李四']);
  });

  it('drops empty entries from doubled or trailing separators', () => {
    expect(splitNames('、、张三,,，李四；\n')).toEqual(['张三', '李四']);
    expect(splitNames('  、 ，　')).toEqual([]);
    expect(splitNames('')).toEqual([]);
  });

  it('keeps duplicates so callers decide how to count them', () => {
    expect(splitNames('张三、张 三')).toEqual(['张三', '张三']);
  });
});
