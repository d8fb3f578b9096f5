import { describe, expect, it } from 'vitest';
import { checkDigit } from '../../src/calc/idcard';
import { KINDS } from '../../src/forms/kit/kinds';
import { placeCells } from '../../src/forms/kit/paper';
import { checkChild, roster, ROSTER_KEYS } from '../../src/forms/roster';
import { CATEGORIES, SUB_STATUSES } from '../../src/forms/vocabulary';

/** A valid ID number in 蒲城县 (610526) for a birth date and a sequence of three digits. */
const idFor = (birth: string, seq = '123') => {
  const body = `610526${birth.replace(/-/g, '')}${seq}`;
  return body + checkDigit(body);
};

const TODAY = new Date(2021, 9, 20);
const SETTINGS = { ageRef: '2021-08-31' };

const child = {
  name: '张三',
  sex: '男',
  idNumber: idFor('2010-03-15', '123'), // 3rd sequence digit odd: 男
  birth: '2010-03-15',
  village: '东街村',
  status: '县域内实际就读',
};

describe('roster definition', () => {
  it('has the fields, labels and options of the brief', () => {
    expect(roster.id).toBe('roster');
    expect(roster.version).toBe(1);
    expect(roster.annex).toBe('花名册');
    expect(roster.title).toBe('辖区内6-15周岁适龄儿童少年花名册');
    expect(ROSTER_KEYS).toEqual([
      'name', 'sex', 'idNumber', 'birth', 'village', 'address', 'parent', 'phone', 'status', 'sub', 'school',
      'grade', 'relocated', 'disabled', 'groups', 'note',
    ]);
    expect(roster.fields.map((f) => f.label)).toEqual([
      '姓名', '性别', '身份证号码', '出生日期', '村委会', '家庭住址', '家长姓名', '电话', '就学状态', '子类', '就读学校',
      '年级', '易地搬迁户', '残疾儿童', '特殊群体', '备注',
    ]);
    const options = (k: string) => {
      const f = roster.fieldByKey.get(k)!;
      return 'options' in f ? f.options.map((o) => o.value) : [];
    };
    expect(options('status')).toEqual([...CATEGORIES]);
    expect(options('sub')).toEqual(SUB_STATUSES.map((s) => s.value));
    expect(options('sex')).toEqual(['男', '女']);
    expect(options('relocated')).toEqual(['是', '否']);
    expect(options('groups')).toEqual(expect.arrayContaining(['留守', '随迁', '学困', '脱贫家庭', '低保', '孤儿']));
    expect(roster.fieldByKey.get('idNumber')!.kind).toBe('idcard');
  });

  it('accepts a complete child and reports a bad ID number through the idcard kind', () => {
    expect(roster.check(child)).toEqual({});
    const bad = `${child.idNumber.slice(0, 17)}${child.idNumber[17] === '0' ? '1' : '0'}`;
    expect(roster.check({ ...child, idNumber: bad }).idNumber).toBe('身份证号码有误：其中某一位填错了（不一定是最后一位），请对照户口本逐位核对');
    expect(roster.check({ ...child, idNumber: '' }).idNumber).toBe('必填');
  });

  it('prints the normalized ID number and the sub-status label', () => {
    const withX = idFor('2010-03-15', '006');
    expect(withX.endsWith('X')).toBe(true);
    // Typed on a phone: full-width digits and a lowercase x.
    const typed = withX.replace('X', 'x').replace(/0/g, '０');
    expect(roster.text({ idNumber: typed }, 'idNumber')).toBe(withX);
    expect(roster.text({ idNumber: 'abc' }, 'idNumber')).toBe('abc');
    expect(roster.text({ sub: '幼儿园就读' }, 'sub')).toBe('幼儿园就读（县域内实际就读）');
    expect(roster.text({ groups: ['留守', '孤儿'] }, 'groups')).toBe('留守、孤儿');
  });

  it('keeps typed drafts of an ID number whatever they hold', () => {
    expect(roster.draftSchema.parse({ idNumber: '6105' })).toEqual({ idNumber: '6105' });
    expect(() => roster.draftSchema.parse({ idNumber: 610526 })).toThrow();
  });

  it('has a landscape paper table: one header row, one value row, full width', () => {
    expect(roster.paper.orientation).toBe('landscape');
    const width = roster.paper.columns.length;
    expect(width).toBe(ROSTER_KEYS.length);
    const placed = placeCells(roster.paper);
    expect(placed.filter((p) => p.row === 0).map((p) => p.cell.t)).toEqual(roster.fields.map((f) => f.label));
    expect(placed.filter((p) => p.row === 1).map((p) => p.cell.t)).toEqual(ROSTER_KEYS.map((k) => `{${k}}`));
    expect(roster.fill(roster.paper.rows[1]!.cells[2]!.t, child)).toBe(child.idNumber);
  });
});

describe('idcard field kind', () => {
  const field = { key: 'id', label: '身份证号码', kind: 'idcard' as const };
  it('checks with parseIdNumber and leaves the other kinds alone', () => {
    expect(KINDS.idcard.check(idFor('2012-01-01'), field)).toBeNull();
    expect(KINDS.idcard.check('123', field)).toMatch(/18位/);
    expect(KINDS.idcard.empty).toBe('');
    for (const k of ['text', 'textarea', 'phone', 'date', 'int', 'choice', 'multi'] as const) expect(KINDS[k]).toBeDefined();
  });
});

const codes = (data: Record<string, unknown>, settings = SETTINGS) =>
  checkChild(data as never, settings, TODAY).map((p) => p.code);

describe('checkChild', () => {
  it('finds nothing wrong with a consistent child', () => {
    expect(checkChild(child, SETTINGS, TODAY)).toEqual([]);
  });

  it('reports an invalid ID number with parseIdNumber’s message', () => {
    const bad = `${child.idNumber.slice(0, 17)}${child.idNumber[17] === '0' ? '1' : '0'}`;
    const problems = checkChild({ ...child, idNumber: bad }, SETTINGS, TODAY);
    expect(problems[0]).toMatchObject({ key: 'idNumber', code: 'idInvalid', level: 'error' });
    expect(problems[0]!.message).toMatch(/^身份证号码有误：其中某一位填错了/);
    expect(problems[0]!.message).not.toMatch(/应为/);
    expect(codes({ ...child, idNumber: '' })).toEqual(['idMissing']);
    expect(codes({ ...child, idNumber: '6105262010' })).toEqual(['idInvalid']);
  });

  it('reports a typed birth date or sex that disagrees with the ID number', () => {
    const problems = checkChild({ ...child, birth: '2010-03-16', sex: '女' }, SETTINGS, TODAY);
    expect(problems.map((p) => p.code)).toEqual(['birthMismatch', 'sexMismatch']);
    expect(problems[0]!.message).toBe('出生日期（2010年3月16日）与身份证号码中的出生日期（2010年3月15日）不一致');
    expect(problems[1]!.message).toBe('性别（女）与身份证号码显示的性别（男）不一致');
    expect(codes({ ...child, birth: '2010-02-30' })).toEqual(['birthInvalid']);
  });

  it('flags an old 15-digit number as converted, as a warning, when it gives a child of 6–15', () => {
    const problems = checkChild({ ...child, idNumber: '610526891231011', birth: '', sex: '' }, { ageRef: '1999-08-31' }, TODAY);
    expect(problems).toEqual([
      { key: 'idNumber', code: 'converted15', level: 'warning', message: '15位旧身份证号码，已转换为18位：610526198912310118' },
    ]);
  });

  it('refuses an adult’s 15-digit number: no conversion, no age from it', () => {
    // 15-digit numbers are from the 1900s: on 2021-08-31 this one is a 21-year-old's.
    const problems = checkChild({ ...child, idNumber: '610526991231011', birth: '', sex: '' }, SETTINGS, TODAY);
    expect(problems.map((p) => p.code)).toEqual(['idInvalid', 'noBirth']);
    expect(problems[0]!.message).toContain('像是成年人（如监护人）的号码');
    // A typed birth date then gives the age, and is not compared with the guardian's.
    expect(codes({ ...child, idNumber: '610526991231011', birth: '2012-01-01' })).toEqual(['idInvalid']);
  });

  it('reports ages outside 6–15 on the reference date, at the exact boundaries', () => {
    const at = (birth: string) => codes({ name: 'x', idNumber: idFor(birth), status: '县域内实际就读' });
    expect(at('2015-08-31')).toEqual([]); // turns 6 on the reference date
    expect(at('2015-09-01')).toEqual(['ageOutOfRange']); // turns 6 the day after: 5
    expect(at('2005-09-01')).toEqual([]); // 15, turns 16 the day after
    expect(at('2005-08-31')).toEqual(['ageOutOfRange']); // turns 16 on the reference date
    expect(at('2021-09-15')).toEqual(['bornAfterRef']); // born after the reference date
    expect(at('2022-01-01')).toEqual(['idInvalid', 'bornAfterRef']); // and after today
    const msg = checkChild({ idNumber: idFor('2005-08-31') }, SETTINGS, TODAY).at(-1)!.message;
    expect(msg).toBe('按基准日（2021年8月31日）计算为16周岁，不在6-15周岁范围内');
  });

  it('uses the typed birth date when the ID number is unusable, and warns when there is none', () => {
    expect(codes({ idNumber: 'x', birth: '2004-01-01' })).toEqual(['idInvalid', 'ageOutOfRange']);
    expect(codes({ idNumber: 'x', birth: '2012-01-01' })).toEqual(['idInvalid']);
    expect(codes({ idNumber: '' })).toEqual(['idMissing', 'noBirth']);
  });

  it('reports a sub-status that does not belong to the status', () => {
    expect(codes({ ...child, sub: '幼儿园就读' })).toEqual([]);
    const p = checkChild({ ...child, sub: '出国在外' }, SETTINGS, TODAY);
    expect(p.map((x) => x.message)).toEqual(['子类“出国在外”不属于就学状态“县域内实际就读”']);
    expect(codes({ ...child, status: '', sub: '出国在外' })).toEqual(['subMismatch']);
  });
});
