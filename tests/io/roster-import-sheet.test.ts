// Reading a roster file: text encodings, header names, Excel and CSV sheets, broken input.
import { readFileSync } from 'node:fs';
import { utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { DAMAGED_ZIP } from '../../src/io/limits';
import { decodeText } from '../../src/io/roster-import/decode';
import { isSynonymOf, matchHeaders } from '../../src/io/roster-import/headers';
import { DAMAGED, EMPTY, NO_HEADER, readSheet, UNSUPPORTED } from '../../src/io/roster-import/sheet';
import { idFor, ok, xlsxBytes } from './roster-import-fixtures';

/** Same number with a wrong check character. */
const badCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

describe('decodeText', () => {
  const utf8 = new TextEncoder().encode('姓名,身份证号码\n张三,1');
  it('reads UTF-8 with a BOM, dropping the BOM', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]));
    expect(r).toEqual({ text: '姓名,身份证号码\n张三,1', encoding: 'utf-8' });
  });
  it('reads strict UTF-8 without a BOM', () => {
    expect(decodeText(utf8)).toEqual({ text: '姓名,身份证号码\n张三,1', encoding: 'utf-8' });
  });
  it('falls back to GB18030 for GBK bytes', () => {
    // 张三 in GBK: D5C5 C8FD
    expect(decodeText(new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd]))).toEqual({ text: '张三', encoding: 'gb18030' });
    const fixture = new Uint8Array(readFileSync(new URL('../fixtures/roster-gbk.csv', import.meta.url)));
    const r = decodeText(fixture);
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toContain('序号,学生姓名,性别,身份证号,所在村');
    expect(r.text).toContain('√');
  });
});

describe('isSynonymOf (a header line repeated in the data)', () => {
  it('knows a field\'s synonyms written as headers are, and nothing else', () => {
    expect(isSynonymOf('name', '姓名')).toBe(true);
    expect(isSynonymOf('name', '姓 名')).toBe(true);
    expect(isSynonymOf('name', '姓名：')).toBe(true);
    expect(isSynonymOf('idNumber', '身份证号码')).toBe(true);
    expect(isSynonymOf('name', '身份证号码')).toBe(false);
    expect(isSynonymOf('name', '张三')).toBe(false);
    expect(isSynonymOf('name', '姓名'.repeat(40))).toBe(false);
  });
});

describe('matchHeaders', () => {
  it('maps synonyms and reports what it does not know', () => {
    const m = matchHeaders([
      '序号', '学生姓名', '性别', '身份证号', '村委会名称', '出生年月', '家庭住址', '监护人', '联系电话', '状态', '就读学校',
      '年级', '易地搬迁户', '是否残疾', '特殊群体', '备注', '民族', '',
    ]);
    expect(m.mapping).toEqual({
      1: 'name', 2: 'sex', 3: 'idNumber', 4: 'village', 5: 'birth', 6: 'address', 7: 'parent', 8: 'phone', 9: 'status',
      10: 'school', 11: 'grade', 12: 'relocated', 13: 'disabled', 14: 'groups', 15: 'note',
    });
    expect(m.unknown).toEqual([{ index: 16, header: '民族' }]);
    expect(m.ignored).toEqual([0]);
  });

  it('accepts each documented synonym', () => {
    const cases: [string, string][] = [
      ['姓名', 'name'], ['身份证号码', 'idNumber'], ['证件号码', 'idNumber'], ['村', 'village'], ['村委会', 'village'],
      ['所在村', 'village'], ['出生日期', 'birth'], ['住址', 'address'], ['家长姓名', 'parent'], ['电话', 'phone'],
      ['手机', 'phone'], ['就学状态', 'status'], ['学校', 'school'], ['残疾儿童', 'disabled'],
    ];
    for (const [h, key] of cases) expect(matchHeaders(['x', h]).mapping[1], h).toBe(key);
  });

  it('copes with spaces, line breaks, full-width brackets, stars and notes in brackets', () => {
    const m = matchHeaders(['姓　名', '身份证\n号码', '*性别', '出生日期（年-月-日）', '村（社区）', '联系电话：']);
    expect(Object.values(m.mapping)).toEqual(['name', 'idNumber', 'sex', 'birth', 'village', 'phone']);
  });

  it('falls back to key words, phone before parent and parent before name', () => {
    const m = matchHeaders(['家长联系手机', '监护人（父/母）姓名', '适龄儿童少年姓名（户籍）', '学生身份证件号']);
    expect(m.mapping).toEqual({ 0: 'phone', 1: 'parent', 2: 'name', 3: 'idNumber' });
  });

  it('lets an exact header win over a key word, and gives each field one column', () => {
    const m = matchHeaders(['儿童姓名及曾用名', '姓名', '电话', '手机']);
    expect(m.mapping).toEqual({ 1: 'name', 2: 'phone' });
    expect(m.unknown.map((u) => u.header)).toEqual(['儿童姓名及曾用名', '手机']);
  });
});

describe('readSheet: Excel', () => {
  const id1 = idFor('2010-03-15', '123');
  const ws = utils.aoa_to_sheet([
    ['某镇6-15周岁适龄儿童少年花名册'],
    [],
    ['序号', '姓名', '身份证号码', '性别', '出生日期', '村委会名称', '联系电话', '就学状态', '残疾儿童'],
    [1, '张三', id1, '男', new Date(2010, 2, 15), '东街村', 13912345678, '县域内实际就读', '√'],
    [2, '李四', 610526201207012240, '女', '', '', '', '幼儿园', ''],
    [3, '老号', 610526991231011, '男', '', '西街村', '', '', ''],
    [],
    [4, '  王五 ', badCheck(idFor('2008-09-09', '031')), '男', '2008/9/9', '西街村', '', '厌学', '否'],
  ]);
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 8 } }, // title across
    { s: { r: 3, c: 5 }, e: { r: 4, c: 5 } }, // 东街村 merged down over 张三 and 李四
  ];
  (ws['E4'] as { z?: string }).z = 'yyyy"年"m"月"d"日"';

  it('finds the header row under a title, keeps ID numbers as text and dates as ISO', () => {
    const s = ok(readSheet(xlsxBytes(ws), '花名册.xlsx'));
    expect(s.headerRow).toBe(3);
    expect(s.firstRow).toBe(4);
    expect(s.sheetName).toBe('花名册');
    expect(s.headers.slice(0, 3)).toEqual(['序号', '姓名', '身份证号码']);
    expect(s.rows[0]).toEqual(['1', '张三', id1, '男', '2010-03-15', '东街村', '13912345678', '县域内实际就读', '√']);
    // Vertically merged village reaches the second child; the blank row is kept in place.
    expect(s.rows[1]![5]).toBe('东街村');
    expect(s.rows[3]!.every((c) => c === '')).toBe(true);
    expect(s.rows[4]![1]).toBe('王五');
  });

  it('writes whole numbers below 10^15 in full and larger ones in scientific form', () => {
    const s = ok(readSheet(xlsxBytes(ws), 'a.xlsx'));
    expect(s.rows[2]![2]).toBe('610526991231011'); // old 15-digit number: all digits survive
    expect(s.rows[1]![2]).toMatch(/^6\.10526201207\d*E\+17$/); // 18 digits: the last ones are gone
  });

  it('reads legacy .xls and WPS .et (same container) the same way', () => {
    const xls = xlsxBytes(ws, 'xls');
    for (const name of ['a.xls', 'a.et', 'a.XLS']) {
      const s = ok(readSheet(xls, name));
      expect(s.rows[0]!.slice(0, 3)).toEqual(['1', '张三', id1]);
      expect(s.rows[0]![4]).toBe('2010-03-15');
    }
  });

  it('reads an HTML table saved under an .xls name, keeping digits as text', () => {
    const html = `<html><head><meta charset="utf-8"></head><body><table><tr><td>姓名</td><td>身份证号码</td></tr><tr><td>张三</td><td>${id1}</td></tr></table></body></html>`;
    const s = ok(readSheet(new TextEncoder().encode(html), '学籍导出.xls'));
    expect(s.rows).toEqual([['张三', id1]]);
  });
});

describe('readSheet: CSV', () => {
  it('reads the GBK fixture made with iconv', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/roster-gbk.csv', import.meta.url)));
    const s = ok(readSheet(bytes, 'roster.csv'));
    expect(s.encoding).toBe('gb18030');
    expect(s.headerRow).toBe(2);
    expect(s.headers[1]).toBe('学生姓名');
    expect(s.rows[0]!.slice(0, 4)).toEqual(['1', '张三', '男', '610526201003151230']);
  });

  it('reads UTF-8 with a BOM and keeps long digit strings and dates as typed', () => {
    const text = '\uFEFF姓名,身份证号码,出生日期\r\n张三,610526201003151230,2010/3/15\r\n';
    const s = ok(readSheet(new TextEncoder().encode(text), 'x.CSV'));
    expect(s.encoding).toBe('utf-8');
    expect(s.headers).toEqual(['姓名', '身份证号码', '出生日期']);
    expect(s.rows).toEqual([['张三', '610526201003151230', '2010/3/15']]);
  });

  it('gives a Chinese error when no row within the first ten looks like a header', () => {
    const text = `${'说明\n'.repeat(10)}姓名,身份证号码\n张三,1\n`;
    expect(readSheet(new TextEncoder().encode(text), 'x.csv')).toEqual({ error: NO_HEADER });
    expect(readSheet(new TextEncoder().encode('a,b\n1,2\n'), 'x.csv')).toEqual({ error: NO_HEADER });
  });
});

describe('readSheet: broken input never throws', () => {
  it.each([
    ['random bytes named .xlsx', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 'a.xlsx', DAMAGED],
    ['a truncated ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.xlsx', DAMAGED_ZIP],
    ['a ZIP header and then text (not a password)', new TextEncoder().encode('PK\x03\x04garbage'), 'a.xlsx', DAMAGED_ZIP],
    ['an empty file', new Uint8Array(), 'a.csv', EMPTY],
    ['a blank CSV', new TextEncoder().encode(' \r\n\r\n'), 'a.csv', EMPTY],
    ['a PDF', new TextEncoder().encode('%PDF-1.7'), 'a.pdf', UNSUPPORTED],
    ['no extension', new TextEncoder().encode('姓名,身份证号码'), '花名册', UNSUPPORTED],
  ])('%s', (_, bytes, name, error) => {
    expect(readSheet(bytes, name)).toEqual({ error });
  });

  it('a truncated real workbook', () => {
    const ws = utils.aoa_to_sheet([['姓名', '身份证号码'], ['张三', '1']]);
    const full = xlsxBytes(ws);
    const r = readSheet(full.slice(0, Math.floor(full.length / 2)), 'a.xlsx');
    expect('error' in r && r.error).toBe(DAMAGED_ZIP);
  });
});
