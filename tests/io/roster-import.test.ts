import { readFileSync } from 'node:fs';
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { checkDigit } from '../../src/calc/idcard';
import { DAMAGED_ZIP } from '../../src/io/limits';
import { planRosterImport } from '../../src/io/roster-plan';
import { decodeText } from '../../src/io/roster-import/decode';
import { matchHeaders } from '../../src/io/roster-import/headers';
import { ID_AS_NUMBER, REJECTED, rowsToChildren } from '../../src/io/roster-import/rows';
import { DAMAGED, EMPTY, NO_HEADER, readSheet, UNSUPPORTED, type SheetData } from '../../src/io/roster-import/sheet';
import { parseDateText, parseGroups, parseStatus, parseSub, parseYesNo } from '../../src/io/roster-import/values';

const idFor = (birth: string, seq = '123') => {
  const body = `610526${birth.replace(/-/g, '')}${seq}`;
  return body + checkDigit(body);
};
/** Same number with a wrong check character. */
const badCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

const TODAY = new Date(2021, 9, 20);
const AGE_REF = '2021-08-31';

const ok = (r: ReturnType<typeof readSheet>): SheetData => {
  if ('error' in r) throw new Error(r.error);
  return r;
};
const xlsxBytes = (ws: ReturnType<typeof utils.aoa_to_sheet>, bookType: 'xlsx' | 'xls' = 'xlsx') => {
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, '花名册');
  utils.book_append_sheet(wb, utils.aoa_to_sheet([['姓名', '身份证号码'], ['不读', '第二张表']]), '其他');
  return new Uint8Array(write(wb, { type: 'array', bookType }) as ArrayBuffer);
};

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

describe('rowsToChildren', () => {
  const fixture = () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/roster-gbk.csv', import.meta.url)));
    const s = ok(readSheet(bytes, 'roster.csv'));
    const { mapping } = matchHeaders(s.headers);
    return rowsToChildren(s.rows, mapping, { firstRow: s.firstRow, ageRef: AGE_REF, today: TODAY });
  };

  it('refuses a row with a cell longer than a field holds, naming the column as the file spells it', () => {
    const huge = '很'.repeat(20_001);
    const rows = rowsToChildren([['王五', huge], ['赵六', '正常备注']], { 0: 'name', 1: 'note' },
      { firstRow: 2, headers: ['学生姓名', '情况说明'], today: TODAY });
    expect(rows[0]).toMatchObject({ rowNumber: 2, rejected: true });
    expect(rows[0]!.errors[0]).toContain('“情况说明”列的内容超过 20000 字');
    expect(rows[1]).toMatchObject({ rejected: false, data: { name: '赵六', note: '正常备注' } });
    // Nothing of the refused row reaches the plan, so planning cannot throw on it.
    expect(planRosterImport([], rows).counts).toMatchObject({ new: 1, rejected: 1 });
  });

  it('numbers rows as in the file and rejects rows with neither name nor ID number', () => {
    const rows = fixture();
    expect(rows.map((r) => r.rowNumber)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(rows.map((r) => r.rejected)).toEqual([false, false, false, false, true, true, false]);
    expect(rows[4]!.errors).toEqual([REJECTED]);
  });

  it('imports a clean row, filling the day of birth from the ID number', () => {
    const r = fixture()[0]!;
    expect(r.errors).toEqual([]);
    expect(r.data).toMatchObject({
      name: '张三', sex: '男', idNumber: '610526201003151230', birth: '2010-03-15', village: '东街村', parent: '张建国',
      phone: '13912345678', status: '县域内实际就读', sub: '', disabled: '否', relocated: '是', groups: ['留守', '低保'],
    });
  });

  it('maps 幼儿园 to 县域内实际就读 with the sub-status 幼儿园就读', () => {
    const r = fixture()[1]!;
    expect(r.data).toMatchObject({ status: '县域内实际就读', sub: '幼儿园就读', phone: '0913-7212345', relocated: '是' });
    expect(r.errors).toEqual([]);
  });

  it('reports a bad check digit and keeps a disability type in 备注', () => {
    const r = fixture()[2]!;
    expect(r.errors).toEqual(['身份证号码有误：其中某一位填错了（不一定是最后一位），请对照户口本逐位核对']);
    expect(r.data).toMatchObject({ idNumber: '610526200809090310', status: '厌学辍学', disabled: '是' });
    expect(r.data.note).toBe('残疾儿童：肢体二级');
  });

  it('keeps an adult’s 15-digit number on a child’s row as typed, and says so', () => {
    // Converted it would make 赵六 21 on the reference date: it is not his number.
    const r = fixture()[3]!;
    expect(r.data.idNumber).toBe('610526991231011');
    expect(r.data).toMatchObject({ status: '县域外就读', birth: '', sex: '男' });
    expect(r.warnings.join()).not.toContain('已转换');
    expect(r.errors).toEqual([
      '这是15位旧身份证号码，出生日期为1999年12月31日（21周岁），像是成年人（如监护人）的号码，不是儿童本人的；请对照户口本填写儿童的身份证号码，未作转换',
    ]);
  });

  it('converts a 15-digit number that gives a child of 6–15, and says a cut one is cut', () => {
    const map = { 0: 'name', 1: 'idNumber' } as const;
    const [old] = rowsToChildren([['甲', '610526891231011']], map, { ageRef: '1999-08-31', today: new Date(1999, 9, 1) });
    expect(old!.data).toMatchObject({ idNumber: '610526198912310118', birth: '1989-12-31' });
    expect(old!.warnings).toContain('15位旧身份证号码，已转换为18位：610526198912310118');
    const [cut] = rowsToChildren([['乙', '610526201003151']], map, { ageRef: AGE_REF, today: TODAY });
    expect(cut!.data.idNumber).toBe('610526201003151');
    expect(cut!.errors[0]).toMatch(/^身份证号码只有15位，像是18位号码少了最后3位（按前8位出生日期为2010年3月15日）/);
    expect(cut!.errors.join()).not.toContain('19201003');
    // Without a reference date, today decides.
    const [guardian] = rowsToChildren([['丙', '610526820305123']], map, { today: TODAY });
    expect(guardian!.data.idNumber).toBe('610526820305123');
    expect(guardian!.errors[0]).toContain('像是成年人（如监护人）的号码');
  });

  it('normalizes a lowercase x and reports a typed sex that disagrees with the ID number', () => {
    const r = fixture()[6]!;
    expect(r.data.idNumber).toBe('61052620050101017X');
    expect(r.errors).toEqual([
      '性别（女）与身份证号码显示的性别（男）不一致',
      '按基准日（2021年8月31日）计算为16周岁，不在6-15周岁范围内',
    ]);
    expect(r.data.status).toBe('初中已毕业');
  });

  it('asks for 18-digit numbers stored as Excel numbers to be typed again', () => {
    const ws = utils.aoa_to_sheet([['姓名', '身份证号码'], ['李四', 610526201207012240]]);
    const s = ok(readSheet(xlsxBytes(ws), 'a.xlsx'));
    const [r] = rowsToChildren(s.rows, matchHeaders(s.headers).mapping, { today: TODAY });
    expect(r!.errors).toHaveLength(1);
    expect(r!.errors[0]).toContain(ID_AS_NUMBER);
    // The same text in a CSV saved by Excel gives the same message.
    const [c] = rowsToChildren([['李四', '6.10526E+17']], { 0: 'name', 1: 'idNumber' }, { today: TODAY });
    expect(c!.errors[0]).toContain(ID_AS_NUMBER);
  });

  it('skips blank rows and repeated header lines, and warns about duplicate ID numbers', () => {
    const id = idFor('2012-01-01');
    const rows = [['张三', id], ['', ''], ['姓名', '身份证号码'], ['张三', id.toLowerCase()]];
    const out = rowsToChildren(rows, { 0: 'name', 1: 'idNumber' }, { firstRow: 5, today: TODAY });
    expect(out.map((r) => r.rowNumber)).toEqual([5, 8]);
    expect(out[1]!.warnings).toContain('身份证号码与第5行重复');
  });

  it('skips the age check without a reference date, and unwraps ID numbers kept as text', () => {
    const id = idFor('2001-01-01');
    const [r] = rowsToChildren([['甲', `="${id}"`]], { 0: 'name', 1: 'idNumber' }, { today: TODAY });
    expect(r!.data.idNumber).toBe(id);
    expect(r!.errors).toEqual([]);
    const [q] = rowsToChildren([['乙', `'${id}`]], { 0: 'name', 1: 'idNumber' }, { today: TODAY, ageRef: AGE_REF });
    expect(q!.data.idNumber).toBe(id);
    expect(q!.errors).toHaveLength(1);
  });

  it('keeps a row with a name but no ID number, with an error', () => {
    const [r] = rowsToChildren([['丙', '', '2012-05-05']], { 0: 'name', 1: 'idNumber', 2: 'birth' }, { today: TODAY, ageRef: AGE_REF });
    expect(r!.rejected).toBe(false);
    expect(r!.errors).toEqual(['请填写身份证号码']);
    expect(r!.data.birth).toBe('2012-05-05');
  });

  it('keeps unknown status text in 备注 and reports it', () => {
    const id = idFor('2012-01-01');
    const [r] = rowsToChildren([['丁', id, '辍学', '原备注']], { 0: 'name', 1: 'idNumber', 2: 'status', 3: 'note' }, { today: TODAY });
    expect(r!.data.status).toBe('');
    expect(r!.errors).toEqual(['就学状态“辍学”无法对应到11类情况，请核实后选择']);
    expect(r!.data.note).toBe('原备注；原就学状态：辍学');
  });

  it('reports a birth month that disagrees with the ID number, and an unreadable sex', () => {
    const id = idFor('2012-01-01', '224'); // 女
    const [r] = rowsToChildren([['戊', id, '2012.02', '未知']], { 0: 'name', 1: 'idNumber', 2: 'birth', 3: 'sex' }, { today: TODAY });
    expect(r!.errors).toEqual(['性别“未知”无法识别，应为 男 或 女', '出生年月（2012.02）与身份证号码中的出生日期（2012-01-01）不一致']);
    expect(r!.data).toMatchObject({ sex: '女', birth: '2012-01-01' });
  });
});

describe('value parsers', () => {
  it('reads ticks and words as 是/否', () => {
    for (const y of ['是', '√', '有', 'Y', '1', '✔', 'TRUE']) expect(parseYesNo(y).value, y).toBe('是');
    for (const n of ['否', '无', '×', 'N', '0', '不是', 'FALSE']) expect(parseYesNo(n).value, n).toBe('否');
    expect(parseYesNo('')).toEqual({ value: '' });
    expect(parseYesNo('视力二级')).toEqual({ value: '是', other: '视力二级' });
  });

  it('maps status words to the 11 categories and their sub-statuses', () => {
    const s = (t: string) => {
      const r = parseStatus(t);
      return r && r !== 'empty' ? `${r.status}/${r.sub}` : r;
    };
    expect(s('县域内实际就读')).toBe('县域内实际就读/');
    expect(s('幼儿园')).toBe('县域内实际就读/幼儿园就读');
    expect(s('幼儿园就读')).toBe('县域内实际就读/幼儿园就读');
    expect(s('县外就读')).toBe('县域外就读/');
    expect(s('县内就读')).toBe('县域内实际就读/');
    expect(s('死亡未注销')).toBe('死亡/死亡未注销');
    expect(s('死亡')).toBe('死亡/');
    expect(s('丢失(或送人)')).toBe('其他情况/丢失（或送人）');
    expect(s('出国')).toBe('其他情况/出国在外');
    expect(s('重病重残')).toBe('其他情况/重度重残');
    expect(s('因病辍学')).toBe('因病因残辍学/');
    expect(s('其它')).toBe('其他情况/');
    expect(s('小学毕业')).toBeNull();
    expect(s('辍学')).toBeNull();
    expect(s(' ')).toBe('empty');
  });

  it('reads 疑似辍学 and its spellings as the status 其他情况 / 疑似辍学', () => {
    const s = (t: string) => {
      const r = parseStatus(t);
      return r && r !== 'empty' ? `${r.status}/${r.sub}` : r;
    };
    for (const t of ['疑似辍学', '疑似失学', '疑似失（辍）学', '疑似失、辍学', '疑似因病辍学', ' 疑似 辍学 '])
      expect(s(t), t).toBe('其他情况/疑似辍学');
    const sub = parseSub('疑似辍学');
    expect(sub).toEqual({ status: '其他情况', sub: '疑似辍学' });
  });

  it('imports a 疑似辍学 row with its status, not blank', () => {
    const id = idFor('2012-01-01');
    const [r] = rowsToChildren([['丁', id, '疑似辍学']], { 0: 'name', 1: 'idNumber', 2: 'status' }, { today: TODAY, ageRef: AGE_REF });
    expect(r!.data).toMatchObject({ status: '其他情况', sub: '疑似辍学' });
    expect(r!.errors).toEqual([]);
    const [q] = rowsToChildren([['戊', idFor('2012-01-02'), '其他情况', '疑似辍学']],
      { 0: 'name', 1: 'idNumber', 2: 'status', 3: 'sub' }, { today: TODAY, ageRef: AGE_REF });
    expect(q!.data).toMatchObject({ status: '其他情况', sub: '疑似辍学' });
    expect(q!.errors).toEqual([]);
  });

  it('reads dates in the common spellings, and months on their own', () => {
    expect(parseDateText('2010年3月5日')).toEqual({ kind: 'date', iso: '2010-03-05' });
    expect(parseDateText('2010.3.5')).toEqual({ kind: 'date', iso: '2010-03-05' });
    expect(parseDateText('20100305')).toEqual({ kind: 'date', iso: '2010-03-05' });
    expect(parseDateText('２０１０/３/５')).toEqual({ kind: 'date', iso: '2010-03-05' });
    expect(parseDateText('2010年3月')).toEqual({ kind: 'month', ym: '2010-03' });
    expect(parseDateText('201003')).toEqual({ kind: 'month', ym: '2010-03' });
    expect(parseDateText('2010-02-30')).toEqual({ kind: 'bad' });
    expect(parseDateText('去年')).toEqual({ kind: 'bad' });
  });

  it('maps long group names to the options and keeps the rest', () => {
    expect(parseGroups('进城务工随迁子女，孤儿;学习困难 建档立卡户')).toEqual({ groups: ['随迁', '学困', '脱贫家庭', '孤儿'], unknown: [] });
    expect(parseGroups('留守、少数民族')).toEqual({ groups: ['留守'], unknown: ['少数民族'] });
  });
});
