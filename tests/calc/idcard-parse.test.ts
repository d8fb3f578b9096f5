// ID numbers checked and parsed: check character, public vectors, normalization, errors, 15-digit numbers.
import { describe, expect, it } from 'vitest';
import { checkDigit, parseChildId, parseIdNumber, type IdResult } from '../../src/calc/idcard';
import { expectOk, TODAY } from './helpers/idcard';

function expectErr(r: IdResult, code: string): Extract<IdResult, { ok: false }> {
  if (r.ok) throw new Error(`expected ${code}, got ok ${r.id}`);
  expect(r.code).toBe(code);
  // Every rejection must explain itself to the teacher in Chinese.
  expect(r.error).toMatch(/[\u4e00-\u9fff]/);
  return r;
}

describe('checkDigit', () => {
  it('matches published examples', () => {
    expect(checkDigit('36042619910101007')).toBe('1');
    expect(checkDigit('44011320141005001')).toBe('X');
    expect(checkDigit('11010519491231002')).toBe('X');
    expect(checkDigit('44052418800101001')).toBe('4');
    expect(checkDigit('36042619910102009')).toBe('3');
  });

  it('maps each remainder through "10X98765432"', () => {
    // With only the first digit (weight 7) non-zero the sum is 7k, so the table index is known.
    const table = '10X98765432';
    for (let k = 0; k <= 9; k++) {
      const body = `${k}0000000000000000`;
      expect(checkDigit(body)).toBe(table[(7 * k) % 11]);
    }
  });

  it('rejects anything that is not 17 ASCII digits', () => {
    for (const bad of ['', '1234567890123456', '123456789012345678', '1234567890123456X', '１２３４５６７８９０１２３４５６７']) {
      expect(() => checkDigit(bad)).toThrow(RangeError);
    }
  });
});

describe('parseIdNumber: public vectors', () => {
  it('accepts 360426199101010071', () => {
    const r = expectOk(parseIdNumber('360426199101010071', TODAY));
    expect(r).toEqual({ ok: true, id: '360426199101010071', birth: '1991-01-01', sex: '男', converted15: false });
  });

  it('accepts 44011320141005001x and uppercases the X', () => {
    const r = expectOk(parseIdNumber('44011320141005001x', TODAY));
    expect(r.id).toBe('44011320141005001X');
    expect(r.birth).toBe('2014-10-05');
    expect(r.sex).toBe('男');
  });

  it('rejects 360426199113010079 for its month 13 even though its check digit is right', () => {
    expect(checkDigit('36042619911301007')).toBe('9');
    const r = expectErr(parseIdNumber('360426199113010079', TODAY), 'date');
    expect(r.error).toContain('出生日期');
  });

  it('rejects 36042619910102009X without inviting a change of the last character', () => {
    // The real typo is as likely in any of the 18; "应为3" would make a valid-looking wrong number.
    const r = expectErr(parseIdNumber('36042619910102009X', TODAY), 'check');
    expect(r.error).toBe('身份证号码有误：其中某一位填错了（不一定是最后一位），请对照户口本逐位核对');
    expect(r.error).not.toMatch(/应为|校验位错误/);
    expectOk(parseIdNumber('360426199101020093', TODAY));
  });

  it('accepts the textbook examples, including an 1880 birth', () => {
    expect(expectOk(parseIdNumber('11010519491231002X', TODAY)).sex).toBe('女');
    expect(expectOk(parseIdNumber('440524188001010014', TODAY)).birth).toBe('1880-01-01');
  });
});

describe('parseIdNumber: normalization', () => {
  it('trims ASCII, full-width and no-break spaces', () => {
    for (const raw of ['  360426199101010071 ', '\u3000360426199101010071\u3000', '\u00a0360426199101010071\t\n']) {
      expect(expectOk(parseIdNumber(raw, TODAY)).id).toBe('360426199101010071');
    }
  });

  it('converts full-width digits and a full-width x', () => {
    expect(expectOk(parseIdNumber('３６０４２６１９９１０１０１００７１', TODAY)).id).toBe('360426199101010071');
    expect(expectOk(parseIdNumber('44011320141005001ｘ', TODAY)).id).toBe('44011320141005001X');
    expect(expectOk(parseIdNumber('44011320141005001Ｘ', TODAY)).id).toBe('44011320141005001X');
  });

  it('does not silently drop spaces inside the number', () => {
    expectErr(parseIdNumber('360426 199101010071', TODAY), 'length');
    expectErr(parseIdNumber('360426 19910101007', TODAY), 'chars');
  });
});

describe('parseIdNumber: errors', () => {
  it('reports empty input', () => {
    for (const raw of ['', '   ', '\u3000\u3000']) expectErr(parseIdNumber(raw, TODAY), 'empty');
  });

  it('reports wrong lengths with the current length', () => {
    expect(expectErr(parseIdNumber('12345', TODAY), 'length').error).toBe('身份证号码应为18位（当前5位）');
    expect(expectErr(parseIdNumber('36042619910101007', TODAY), 'length').error).toContain('当前17位');
    expect(expectErr(parseIdNumber('3604261991010100711', TODAY), 'length').error).toContain('当前19位');
    expect(expectErr(parseIdNumber('3604261991010100', TODAY), 'length').error).toContain('当前16位');
  });

  it('counts a non-BMP character as one position', () => {
    expect(expectErr(parseIdNumber('36042619910101007😀', TODAY), 'chars').code).toBe('chars');
  });

  it('rejects letters and X anywhere but the last place', () => {
    expectErr(parseIdNumber('36042619910101007A', TODAY), 'chars');
    expectErr(parseIdNumber('3604261991010100X1', TODAY), 'chars');
    expectErr(parseIdNumber('X60426199101010071', TODAY), 'chars');
    expectErr(parseIdNumber('36042691010100X', TODAY), 'chars');
    expect(expectErr(parseIdNumber('36042619910101007-', TODAY), 'chars').error).toContain('非法字符');
  });

  it('rejects impossible calendar dates and respects leap years', () => {
    const withDate = (yyyymmdd: string): string => {
      const body = `360426${yyyymmdd}007`;
      return body + checkDigit(body);
    };
    for (const bad of ['19910230', '19910229', '19000229', '21000229', '19910431', '19910100', '19910001', '19911301', '19910132', '17991231']) {
      expectErr(parseIdNumber(withDate(bad), TODAY), 'date');
    }
    for (const good of ['20000229', '19960229', '20240229', '19910228', '19911231', '18000101']) {
      expectOk(parseIdNumber(withDate(good), TODAY));
    }
  });

  it('rejects a birth after today but accepts a birth today', () => {
    const body = '36042620250602001';
    const r = expectErr(parseIdNumber(body + checkDigit(body), TODAY), 'future');
    expect(r.error).toBe('出生日期（2025-06-02）晚于今天');
    const sameDay = '36042620250601001';
    expectOk(parseIdNumber(sameDay + checkDigit(sameDay), TODAY));
  });

  it('uses the current date by default', () => {
    const nextYear = new Date().getFullYear() + 1;
    const body = `360426${nextYear}0101001`;
    expectErr(parseIdNumber(body + checkDigit(body)), 'future');
  });

  it('checks the date before the check character', () => {
    // Both wrong: the date is the more useful message.
    expectErr(parseIdNumber('360426199113010070', TODAY), 'date');
  });
});

describe('parseIdNumber: sex', () => {
  it('reads the 17th digit: odd 男, even 女', () => {
    for (let d = 0; d <= 9; d++) {
      const body = `3604261991010100${d}`;
      expect(expectOk(parseIdNumber(body + checkDigit(body), TODAY)).sex).toBe(d % 2 === 1 ? '男' : '女');
    }
  });
});

describe('parseIdNumber: 15-digit numbers', () => {
  it('converts by inserting 19 and appending the check character', () => {
    const r = expectOk(parseIdNumber('360426910101007', TODAY));
    expect(r).toEqual({ ok: true, id: '360426199101010071', birth: '1991-01-01', sex: '男', converted15: true });
  });

  it('can produce an X check character and reads sex from the last digit', () => {
    const r = expectOk(parseIdNumber('440113800229028', TODAY));
    expect(r.id).toBe('44011319800229028X');
    expect(r.sex).toBe('女');
    expect(r.birth).toBe('1980-02-29');
  });

  it('validates the date of old numbers too', () => {
    expectErr(parseIdNumber('360426911301007', TODAY), 'date');
    expectErr(parseIdNumber('360426810229007', TODAY), 'date');
  });
});

describe('parseChildId: 15-digit numbers on a child’s row', () => {
  const REF = '2026-08-31';
  const NOW = new Date(2026, 8, 1);

  it('refuses a guardian’s old number instead of making the child 44', () => {
    const r = expectErr(parseChildId('610526820305123', REF, NOW), 'adult');
    expect(r.error).toBe(
      '这是15位旧身份证号码，出生日期为1982年3月5日（44周岁），像是成年人（如监护人）的号码，不是儿童本人的；请对照户口本填写儿童的身份证号码，未作转换',
    );
    // parseIdNumber alone (a guardian's own field) still converts it.
    expect(expectOk(parseIdNumber('610526820305123', NOW)).converted15).toBe(true);
  });

  it('says a child’s 18-digit number cut to 15 is truncated, not “出生日期无效（19201512）”', () => {
    // 610526 20151201 2… cut after 15 digits.
    expectErr(parseIdNumber('610526201512012', NOW), 'date');
    const r = expectErr(parseChildId('610526201512012', REF, NOW), 'truncated');
    expect(r.error).toBe('身份证号码只有15位，像是18位号码少了最后3位（按前8位出生日期为2015年12月1日）；请对照户口本补全18位号码，未作转换');
    expect(r.error).not.toContain('19201512');
  });

  it('converts when the converted number gives a child of 6–15 on the reference date', () => {
    const r = expectOk(parseChildId('610526891231011', '1999-08-31', NOW));
    expect([r.id, r.birth, r.converted15]).toEqual(['610526198912310118', '1989-12-31', true]);
    expect(parseChildId('610526891231011', '2005-08-31', NOW).ok).toBe(true); // 15
    expectErr(parseChildId('610526891231011', '2006-08-31', NOW), 'notChild'); // 16
    expectErr(parseChildId('610526891231011', '2008-08-31', NOW), 'adult'); // 18
    expectErr(parseChildId('610526891231011', '1992-08-31', NOW), 'notChild'); // 2
  });

  it('leaves 18-digit numbers and a missing reference date to parseIdNumber', () => {
    expect(parseChildId('360426199101020093', REF, NOW)).toEqual(parseIdNumber('360426199101020093', NOW));
    expect(parseChildId('610526820305123', '', NOW).ok).toBe(true);
  });
});

describe('parseChildId asked again for the same number (an import reads each row several times)', () => {
  const body = '61052620261203123';
  const id = body + checkDigit(body); // born 2026-12-03
  it('answers by the day it is asked on, not by the first answer', () => {
    expectErr(parseChildId(id, '2026-08-31', new Date(2026, 11, 2)), 'future');
    const later = parseChildId(id, '2026-08-31', new Date(2026, 11, 4));
    expect(later.ok).toBe(true);
    expect(parseChildId(id, '2026-08-31', new Date(2026, 11, 2)).ok).toBe(false);
  });
  it('answers by the reference date too, and the same every time', () => {
    const old = '610526120315123'; // 15 digits: 2012-03-15 if it were a cut 18-digit number, 1912 if converted
    const a = parseChildId(old, '2020-08-31', new Date(2026, 11, 2));
    expect(parseChildId(old, '2020-08-31', new Date(2026, 11, 2))).toEqual(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(parseChildId(old, '1925-08-31', new Date(2026, 11, 2))).not.toEqual(a);
  });
});
