import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/render/pdf/wrap';

// Every character 10 wide: a 40-wide line holds four.
const measure = (s: string) => [...s].length * 10;
const wrap = (t: string, width = 40) => wrapText(t, width, measure);

describe('wrapText', () => {
  it('breaks between hanzi and at newlines, keeping blank lines', () => {
    expect(wrap('一二三四五六七')).toEqual(['一二三四', '五六七']);
    expect(wrap('甲\n\n乙')).toEqual(['甲', '', '乙']);
    expect(wrap('')).toEqual(['']);
  });

  it('never starts a line with closing punctuation', () => {
    expect(wrap('一二三四。五')).toEqual(['一二三', '四。五']);
    expect(wrap('占家访数比例（%）')).toEqual(['占家访数', '比例', '（%）']);
  });

  it('never ends a line with opening punctuation', () => {
    expect(wrap('一二三（四）')).toEqual(['一二三', '（四）']);
  });

  it('keeps numbers whole and cuts only runs longer than a line', () => {
    expect(wrap('电话13912345678', 200)).toEqual(['电话13912345678']);
    expect(wrap('电话1391', 50)).toEqual(['电话', '1391']);
    expect(wrap('123456789')).toEqual(['1234', '5678', '9']);
  });

  it('drops the space at a break', () => {
    expect(wrap('ab cd', 30)).toEqual(['ab', 'cd']);
  });
});
