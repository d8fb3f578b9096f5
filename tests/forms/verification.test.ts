import { describe, expect, it } from 'vitest';
import { checkDigit } from '../../src/calc/idcard';
import type { EntryData } from '../../src/forms/kit/field';
import { DROPOUT_CLASSES, NON_DROPOUT_CLASSES } from '../../src/forms/vocabulary';
import {
  CLASSIFICATION, form4Satisfies, needsForm4, prefillFromChild, SIGNATURES, verification,
} from '../../src/forms/verification';
import { NO_SOURCES } from '../../src/forms/kit/define';
import { placeCells } from '../../src/forms/kit/paper';

const id = (body17: string) => body17 + checkDigit(body17);
const BOY = id('61052620100312001'); // 17th digit odd: 男

/** Everything filled in and every non-police box done: only the class and police vary. */
function form(over: EntryData = {}): EntryData {
  const base: EntryData = { ...verification.emptyData(), name: '张三', sex: '男', idNumber: BOY };
  for (const s of SIGNATURES) if (!s.police) base[s.key] = true;
  return { ...base, ...over };
}
const complete = (d: EntryData) => Object.keys(verification.check(d)).length === 0;
const withClass = (label: string): EntryData =>
  DROPOUT_CLASSES.some((c) => c.label === label) ? form({ dropoutClass: label }) : form({ nonDropoutClass: label });

describe('附件4 police rule (备注)', () => {
  const all = [...DROPOUT_CLASSES, ...NON_DROPOUT_CLASSES];

  it('blocks completion for exactly 户籍原因, 外迁无法联系 and 失踪失联', () => {
    const blocked = all.filter((c) => !complete(withClass(c.label))).map((c) => c.label);
    expect(blocked).toEqual(['户籍原因（查无此人、多重户籍）', '外迁无法联系', '失踪失联']);
  });

  it('lets every class complete once 公安部门核查结果 and 公安部门盖章 are done', () => {
    for (const c of all) expect(complete({ ...withClass(c.label), policeResult: true, policeStamp: true }), c.label).toBe(true);
  });

  it('needs both police items, and says why on each', () => {
    const d = withClass('外迁无法联系');
    expect(verification.check({ ...d, policeResult: true })).toEqual({
      policeStamp: expect.stringContaining('认定为“外迁无法联系”的，须有公安部门核查认定并盖章'),
    });
    expect(Object.keys(verification.check(d)).sort()).toEqual(['policeResult', 'policeStamp']);
  });

  it('still needs the other signatures and stamps', () => {
    const d = { ...withClass('实际就读'), stampTown: false };
    expect(verification.check(d)).toEqual({ stampTown: '必填' });
  });
});

describe('附件4 classification', () => {
  it('wants exactly one of the two', () => {
    expect(verification.check(form())[CLASSIFICATION]).toContain('选择一项');
    expect(verification.check(form({ dropoutClass: '厌学辍学', nonDropoutClass: '实际就读' }))[CLASSIFICATION]).toContain('只能选择一项');
    expect(verification.check(form({ dropoutClass: '厌学辍学' }))[CLASSIFICATION]).toBeUndefined();
  });

  it('greys out the other side: its fields are neither checked nor printed', () => {
    const d = form({ nonDropoutClass: '实际就读', persuasion: '劝返三次', details: '在西安就读' });
    const dropout = verification.fieldByKey.get('dropoutClass')!;
    const details = verification.fieldByKey.get('details')!;
    expect(dropout.enabledWhen!(d)).toBe(false);
    expect(details.enabledWhen!(d)).toBe(true);
    expect(verification.text(d, 'persuasion')).toBe('');
    expect(verification.text(d, 'details')).toBe('在西安就读');
    // Both filled (an imported file): both stay open so one can be cleared.
    const both = form({ dropoutClass: '厌学辍学', nonDropoutClass: '实际就读' });
    expect(dropout.enabledWhen!(both)).toBe(true);
  });

  it('marks the chosen class on the printed lists', () => {
    const v = verification.paperValues!(verification.resolve(form({ nonDropoutClass: '外迁无法联系' }), NO_SOURCES));
    // Texts only the paper has: not fields, so never stored or edited.
    expect(verification.fieldByKey.has('nonDropoutList')).toBe(false);
    expect(v.nonDropoutList).toContain('■6：外迁无法联系');
    expect(String(v.nonDropoutList).match(/■/g)).toHaveLength(1);
    expect(v.dropoutList).not.toContain('■');
    expect(String(v.dropoutList).match(/□/g)).toHaveLength(8);
  });

  it('prints the 劝返 log under 劝返情况 and the blank date line for ink', () => {
    const v = verification.paperValues!(verification.resolve(form({
      dropoutClass: '厌学辍学', persuasion: '多次上门', date: '',
      returnLog: [{ date: '2021-10-20', way: '班主任上门', result: '同意返校' }],
    }), NO_SOURCES));
    expect(v.dropoutDetails).toBe('多次上门\n2021年10月20日　班主任上门　结果：同意返校');
    expect(v.dateLine).toMatch(/^\s*年\s*月\s*日$/u);
  });
});

describe('附件4 from a roster child', () => {
  const child: EntryData = {
    name: '李四', sex: '女', idNumber: BOY, address: '东街1号', parent: '李父', phone: '13800001111/13900002222',
    village: '东村', status: '外迁无法联系', sub: '',
  };

  it('prefills the details and the class the status suggests', () => {
    expect(prefillFromChild(child)).toEqual({
      name: '李四', sex: '女', idNumber: BOY, address: '东街1号', parent: '李父',
      phone1: '13800001111', phone2: '13900002222', nonDropoutClass: '外迁无法联系',
    });
    expect(prefillFromChild({ ...child, status: '厌学辍学' }).dropoutClass).toBe('厌学辍学');
    expect(prefillFromChild({ ...child, status: '初中已毕业' })).not.toHaveProperty('dropoutClass');
  });

  it('is offered for children whose evidence a 核查认定表 gives', () => {
    expect(needsForm4(child)).toBe(true);
    expect(needsForm4({ status: '县域外就读' })).toBe(true);
    expect(needsForm4({ status: '其他情况', sub: '出国在外' })).toBe(true);
    expect(needsForm4({ status: '县域内实际就读' })).toBe(false);
    expect(needsForm4({ status: '初中已毕业' })).toBe(false);
    expect(needsForm4({ status: '延缓入学' })).toBe(false);
  });

  it('is offered for a suspected dropout (疑似辍学), with no class chosen for it', () => {
    expect(needsForm4({ status: '其他情况', sub: '疑似辍学' })).toBe(true);
    expect(needsForm4({ status: '疑似辍学' })).toBe(true);
    const p = prefillFromChild({ ...child, status: '其他情况', sub: '疑似辍学' });
    expect(p).not.toHaveProperty('dropoutClass');
    expect(p).not.toHaveProperty('nonDropoutClass');
    expect(p.name).toBe('李四');
  });

  it('flags a sex that disagrees with the ID number, without blocking', () => {
    const d = form({ sex: '女', nonDropoutClass: '实际就读' });
    expect(verification.fieldProblems!(d, NO_SOURCES).sex).toContain('不一致');
    expect(complete(d)).toBe(true);
  });
});

describe('附件4 as 附件2-1 evidence', () => {
  it('gives the police-stamped 核查认定表 only when complete with the police items', () => {
    const d = withClass('外迁无法联系');
    expect(form4Satisfies('form4Police', { data: d, complete: false })).toEqual({
      ok: false, reason: '核查认定表（附件4）是草稿，尚缺：公安部门核查结果、公安部门盖章',
    });
    // Complete for a class that needs no police, while 附件2-1 asks for their stamp.
    const plain = withClass('实际就读');
    expect(form4Satisfies('form4Police', { data: plain, complete: complete(plain) })).toEqual({
      ok: false, reason: '核查认定表尚缺：公安部门核查结果、公安部门盖章',
    });
    const done = { ...d, policeResult: true, policeStamp: true };
    expect(form4Satisfies('form4Police', { data: done, complete: complete(done) })).toEqual({ ok: true });
  });

  it('gives a plain 核查认定表 only once complete, and 劝返记录 from its log', () => {
    expect(form4Satisfies('form4', { data: {}, complete: false })).toEqual({
      ok: false, reason: `核查认定表（附件4）是草稿，尚缺：${SIGNATURES.filter((x) => !x.police).map((x) => x.label).join('、')}`,
    });
    expect(form4Satisfies('form4', { data: {}, complete: false, todo: '尚缺：学校盖章' })).toEqual({
      ok: false, reason: '核查认定表（附件4）是草稿，尚缺：学校盖章',
    });
    expect(form4Satisfies('outOfCountyRecord', { data: {}, complete: false }).ok).toBe(false);
    const done = withClass('出国在外');
    expect(form4Satisfies('form4', { data: done, complete: complete(done) }).ok).toBe(true);
    expect(form4Satisfies('outOfCountyRecord', { data: done, complete: complete(done) }).ok).toBe(true);
    expect(form4Satisfies('persuasion', { data: {}, complete: true }).ok).toBe(false);
    expect(form4Satisfies('persuasion', { data: { returnLog: [{ date: '2021-10-20' }] }, complete: false }).ok).toBe(true);
    expect(form4Satisfies('kindergarten', { data: {}, complete: true }).ok).toBe(false);
  });
});

describe('附件4 paper', () => {
  it('has every signature and stamp box, two to a row, and fits the grid', () => {
    const texts = placeCells(verification.paper).map((p) => p.cell.t);
    for (const s of SIGNATURES) expect(texts).toContain(`${s.label}：`);
    expect(verification.paper.foot.map((l) => l.t).join()).toContain('户籍原因、外迁无法联系、失踪失联3类情况认定必须有公安部门核查认定并盖章');
  });

  it('uses the seed labels', () => {
    const labels = verification.fields.map((f) => f.label);
    for (const l of ['姓名', '性别', '身份证号码', '家庭住址', '家长姓名', '联系电话1', '联系电话2', '失（辍）学类别', '劝返情况', '非辍学类别', '详细情况'])
      expect(labels).toContain(l);
  });
});
