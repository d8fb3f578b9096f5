// Turning roster rows into children: ID numbers, ages, statuses and the value parsers.
import { readFileSync } from 'node:fs';
import { utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { planRosterImport } from '../../src/io/roster-plan';
import { matchHeaders } from '../../src/io/roster-import/headers';
import { ID_AS_NUMBER, REJECTED, rowsToChildren } from '../../src/io/roster-import/rows';
import { readSheet } from '../../src/io/roster-import/sheet';
import { parseDateText, parseGroups, parseStatus, parseSub, parseYesNo } from '../../src/io/roster-import/values';
import { idFor, ok, xlsxBytes } from './roster-import-fixtures';

const TODAY = new Date(2021, 9, 20);
const AGE_REF = '2021-08-31';

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
