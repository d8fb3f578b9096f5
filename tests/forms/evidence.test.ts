import { describe, expect, it } from 'vitest';
import { checkDigit } from '../../src/calc/idcard';
import type { EntryData } from '../../src/forms/kit/field';
import {
  ANY_MISSING, buildChecklist, evidenceRecord, EVIDENCE_ITEMS, filterChecklist, filterOptions, isComplete, itemKeys,
  leftOutByAge, specialRoster, summarize, suspectedRoster, type Linked,
} from '../../src/forms/evidence';
import { returnText, verificationText } from '../../src/forms/evidence/suspected-roster';
import { tally11 } from '../../src/calc/roster-tally';
import { formPage } from '../../src/forms/registry';
import { chineseNumber, evidenceText } from '../../src/forms/evidence/special-roster';
import { SIGNATURES, verification } from '../../src/forms/verification';

const id = (n: number) => {
  const body = `6105262010031${String(n).padStart(3, '0')}1`;
  return body + checkDigit(body);
};
/** 附件1-1's reference date: the test children (born 2010-03) are 11. */
const REF = '2021-08-31';
const build = (children: Linked[], records: Linked[], forms4: Linked[]) => buildChecklist(children, records, forms4, REF);
let seq = 0;
const child = (status: string, sub = '', more: EntryData = {}): Linked => {
  seq++;
  return { id: `c${seq}`, data: { name: `儿童${seq}`, idNumber: id(seq), village: '东村', status, sub, ...more } };
};
const itemsOf = (status: string, sub = '') => {
  const list = build([child(status, sub)], [], []);
  return list.length ? list[0].items.map((i) => i.item.id) : [];
};

describe('附件2-1: each status maps to its evidence items', () => {
  const police = ['form4Police', 'related'];
  const cases: [string, string, string[]][] = [
    ['县域内实际就读', '', []],
    ['县域内实际就读', '幼儿园就读', ['kindergarten']],
    ['县域外就读', '', ['outOfCountyRecord', 'outOfCountyProof']],
    ['初中已毕业', '', ['graduated']],
    ['延缓入学', '', ['deferApplication', 'deferProof']],
    ['外迁无法联系', '', police],
    ['多重户籍', '', police],
    ['查无此人', '', police],
    ['死亡', '', police],
    ['死亡', '死亡未注销', police],
    ['其他情况', '丢失（或送人）', police],
    ['其他情况', '失踪失联', police],
    ['其他情况', '出国在外', ['form4', 'abroadProof']],
    ['其他情况', '重度重残', ['severeDisability']],
    ['因病因残辍学', '', ['form4', 'persuasion']],
    ['厌学辍学', '', ['form4', 'persuasion']],
    ['其他情况', '打工务农', ['form4', 'persuasion']],
  ];
  it.each(cases)('%s %s', (status, sub, want) => expect(itemsOf(status, sub)).toEqual(want));

  it('counts alternatives as one item, satisfied by either', () => {
    const [c] = build([child('初中已毕业')], [], []);
    expect(c.items).toHaveLength(1);
    expect(c.items[0].item.label).toBe('学籍截图 或 九年义务教育毕业证书');
  });

  it('leaves out children without a (known) status', () => {
    expect(build([child(''), child('不知道')], [], [])).toEqual([]);
  });
});

describe('附件2-1 state from the 2-1 record and the child\'s 附件4', () => {
  const form4 = (childId: string, over: EntryData, complete: boolean): Linked => ({
    id: `f-${childId}`, data: { childId, ...over }, complete, updatedAt: 1,
  });
  const signed = () => Object.fromEntries(SIGNATURES.filter((s) => !s.police).map((s) => [s.key, true]));

  it('a 外迁无法联系 child misses its 核查认定表 until the 附件4 is complete with the police stamps', () => {
    const c = child('外迁无法联系');
    const [none] = build([c], [], []);
    expect(none.missing.map((m) => m.item.id)).toEqual(['form4Police', 'related']);
    expect(none.items[0].viaForm4).toBe(true);

    const draft = { name: '张三', sex: '男', idNumber: c.data.idNumber, nonDropoutClass: '外迁无法联系', ...signed() };
    const [pending] = build([c], [], [form4(c.id, draft, false)]);
    expect(pending.items[0]).toMatchObject({ collected: false, reason: '核查认定表（附件4）是草稿，尚缺：公安部门核查结果、公安部门盖章' });

    const done = { ...draft, policeResult: true, policeStamp: true };
    expect(Object.keys(verification.check(done))).toEqual([]);
    const [ok] = build([c], [], [form4(c.id, done, true)]);
    expect(ok.items[0]).toMatchObject({ collected: true, by: 'form' });
    expect(ok.complete).toBe(false); // 相关佐证资料 is still to collect
  });

  it('finds a 附件4 made from scratch by the ID number', () => {
    const c = child('其他情况', '出国在外');
    const scratch: Linked = { id: 'f', data: { idNumber: ` ${String(c.data.idNumber).toLowerCase()} ` }, complete: true };
    const [r] = build([c], [], [scratch]);
    expect(r.form4?.id).toBe('f');
    expect(r.items.find((i) => i.item.id === 'form4')).toMatchObject({ collected: true, by: 'form' });
  });

  it('takes an unsigned draft 附件4 as no evidence, and says what it still lacks', () => {
    const c = child('其他情况', '出国在外');
    const rec: Linked = { id: 'r', data: { childId: c.id, abroadProof: true } };
    // Filled in but not signed or stamped: 草稿.
    const draft = { name: '张三', sex: '男', idNumber: c.data.idNumber, nonDropoutClass: '出国在外' };
    expect(Object.keys(verification.check(draft)).length).toBeGreaterThan(0);
    const [r] = build([c], [rec], [form4(c.id, draft, false)]);
    const item = r.items.find((i) => i.item.id === 'form4')!;
    expect(item).toMatchObject({ collected: false, by: null });
    expect(item.reason).toBe(`核查认定表（附件4）是草稿，尚缺：${SIGNATURES.filter((x) => !x.police).map((x) => x.label).join('、')}`);
    expect(r.complete).toBe(false);
    expect(summarize([r])).toMatchObject({ children: 1, complete: 0 });

    // A draft that lacks fields too names them, in the order of the form.
    const [bare] = build([c], [rec], [form4(c.id, { idNumber: '123' }, false)]);
    expect(bare.items.find((i) => i.item.id === 'form4')!.reason).toMatch(
      /^核查认定表（附件4）是草稿，尚缺：姓名、性别、核查认定类别、监护人（近邻或亲友）签名、.*镇（办）盖章；有误：身份证号码$/);

    // The same form once complete (stored status 完成) gives the item: the child is 资料齐全.
    const signedDraft = { ...draft, ...signed() };
    expect(Object.keys(verification.check(signedDraft))).toEqual([]);
    const [done] = build([c], [rec], [form4(c.id, signedDraft, isComplete({ status: 'complete' }))]);
    expect(done.items.find((i) => i.item.id === 'form4')).toMatchObject({ collected: true, by: 'form' });
    expect(done.complete).toBe(true);
  });

  it('decides 完成 from the stored status, in one place', () => {
    expect(isComplete({ status: 'complete' })).toBe(true);
    expect(isComplete({ status: 'draft' })).toBe(false);
    expect(isComplete({})).toBe(false);
  });

  it('keeps a dropout\'s 劝返记录 from a draft 附件4, but not its 核查认定表', () => {
    const c = child('厌学辍学');
    const draft = { name: '李四', dropoutClass: '厌学辍学', returnLog: [{ date: '2021-10-20', way: '上门家访', result: '同意返校' }] };
    const [r] = build([c], [], [form4(c.id, draft, false)]);
    expect(r.items.map((i) => [i.item.id, i.collected])).toEqual([['form4', false], ['persuasion', true]]);
    expect(r.complete).toBe(false);
  });

  it('prefers a complete 附件4 over a newer draft', () => {
    const c = child('外迁无法联系');
    const done = form4(c.id, { policeResult: true, policeStamp: true }, true);
    const draft = { ...form4(c.id, {}, false), id: 'newer', updatedAt: 9 };
    expect(build([c], [], [draft, done])[0].form4?.id).toBe(done.id);
  });

  it('takes items marked 已收集 on the checklist, with date and note', () => {
    const c = child('初中已毕业');
    const k = itemKeys('graduated');
    const rec: Linked = { id: 'r', data: { childId: c.id, [k.done]: true, [k.date]: '2021-10-20', [k.note]: '毕业证复印件' } };
    const [r] = build([c], [rec], []);
    expect(r.items[0]).toMatchObject({ collected: true, by: 'manual', date: '2021-10-20', note: '毕业证复印件' });
    expect(r.complete).toBe(true);
    // A record kept under an old roster id still finds its child by the ID number.
    const moved: Linked = { id: 'r2', data: { childId: 'old', idNumber: c.data.idNumber, [k.done]: true } };
    expect(build([c], [moved], [])[0].complete).toBe(true);
  });
});

describe('附件2-1 summary and filters', () => {
  const a = child('外迁无法联系', '', { village: '东村' });
  const b = child('初中已毕业', '', { village: '西村' });
  const c = child('初中已毕业', '', { village: '东村' });
  const rec: Linked = { id: 'r', data: { childId: c.id, graduated: true } };
  const list = build([a, b, c], [rec], []);

  it('counts complete children and who misses what', () => {
    const s = summarize(list);
    expect(s.children).toBe(3);
    expect(s.complete).toBe(1);
    expect(Object.fromEntries(s.missing.map((m) => [m.item.id, m.children]))).toEqual({
      form4Police: 1, related: 1, graduated: 1,
    });
  });

  it('filters by village, status and missing item', () => {
    expect(filterChecklist(list, { village: '东村' }).map((x) => x.childId)).toEqual([c.id, a.id]);
    expect(filterChecklist(list, { status: '初中已毕业' }).map((x) => x.childId)).toEqual([c.id, b.id]);
    expect(filterChecklist(list, { missing: 'graduated' }).map((x) => x.childId)).toEqual([b.id]);
    expect(filterChecklist(list, { missing: ANY_MISSING }).map((x) => x.childId)).toEqual([b.id, a.id]);
    expect(filterOptions(list).statuses.map((s) => s.value)).toEqual(['初中已毕业', '外迁无法联系']);
  });

  it('lists the children in the taxonomy order of their status', () => {
    expect(list.map((x) => x.statusKey)).toEqual(['初中已毕业', '初中已毕业', '外迁无法联系']);
  });
});

describe('特殊情况分类花名册', () => {
  it('groups the children by status, numbered, with their evidence state', () => {
    const a = child('外迁无法联系');
    const b = child('其他情况', '出国在外');
    const c = child('初中已毕业');
    const rec: Linked = { id: 'r', data: { childId: c.id, graduated: true, graduatedDate: '2021-10-20' } };
    const t = specialRoster(build([a, b, c], [rec], []), '城关中学');
    expect(t.groups.map((g) => g.title)).toEqual([
      '一、初中已毕业（1人）', '二、外迁无法联系（1人）', '三、其他情况（出国在外）（1人）',
    ]);
    expect(t.groups.flatMap((g) => g.rows.map((r) => r[0]))).toEqual(['1', '2', '3']);
    const col = t.columns.findIndex((x) => x.label === '佐证资料');
    expect(t.groups[0].rows[0][col]).toBe('齐全');
    expect(t.groups[1].rows[0][col]).toBe('缺：加盖校、村、镇及公安部门公章的核查认定表（附件4）；相关佐证资料');
    expect(t.infoRight).toBe('共 3 人，佐证资料齐全 1 人');
  });

  it('names collected items with their date when some are still missing', () => {
    const c = child('县域外就读');
    const rec: Linked = { id: 'r', data: { childId: c.id, outOfCountyProof: true, outOfCountyProofDate: '2021-10-21' } };
    const [r] = build([c], [rec], []);
    expect(evidenceText(r)).toBe('缺：非小学毕业库的学籍截图 或 核查认定表（附件4）\n已收集：其它能证明实际就读的材料（2021年10月21日）');
  });

  it('names an item the child\'s 附件4 gives once as 附件4, never （附件4）（附件4）', () => {
    const c = child('其他情况', '出国在外');
    const done: Linked = { id: 'f', data: { childId: c.id, idNumber: c.data.idNumber }, complete: true, updatedAt: 1 };
    const [r] = build([c], [], [done]);
    expect(r.items.find((i) => i.item.id === 'form4')).toMatchObject({ collected: true, by: 'form' });
    const text = evidenceText(r);
    expect(text).toContain('已收集：核查认定表（附件4）');
    expect(text).not.toContain('（附件4）（附件4）');
  });

  it('numbers groups in Chinese', () => {
    expect([1, 9, 10, 11, 20, 23].map(chineseNumber)).toEqual(['一', '九', '十', '十一', '二十', '二十三']);
  });
});

describe('the 2-1 record form', () => {
  it('stores, for every evidence item, collected / date / note', () => {
    for (const item of EVIDENCE_ITEMS) {
      const k = itemKeys(item.id);
      expect(evidenceRecord.fieldByKey.get(k.done)?.kind).toBe('flag');
      expect(evidenceRecord.fieldByKey.get(k.date)?.kind).toBe('date');
      expect(evidenceRecord.fieldByKey.get(k.note)?.kind).toBe('text');
    }
    expect(formPage(evidenceRecord)).toBe('/forms/2-1/');
    expect(evidenceRecord.view).toBe('evidence');
  });
});

describe('附件2-1 counts the children 附件1-1 counts (6–15 on the reference date)', () => {
  // 附件1-1 on real data said 初中已毕业 5 while 2-1 and its 花名册 listed 6: one was 16.
  const aged = (status: string, birth: string, n: number): Linked => {
    const body = `610526${birth.replace(/-/g, '')}${String(n).padStart(3, '0')}`;
    return { id: `a${n}`, data: { name: `毕业${n}`, idNumber: body + checkDigit(body), village: '东村', status, sub: '' } };
  };
  const grads = [
    ...[1, 2, 3, 4, 5].map((n) => aged('初中已毕业', '2006-09-01', n)), // 14 on 2021-08-31
    aged('初中已毕业', '2005-08-30', 6), // 16: not 6–15
  ];
  const young = aged('延缓入学', '2015-09-01', 7); // 5
  const undated: Linked = { id: 'u', data: { name: '无号', idNumber: '', status: '外迁无法联系' } };
  const roster = [...grads, young, undated];

  it('leaves out the children 附件1-1 leaves out, and says how many', () => {
    const list = build(roster, [], []);
    const t = tally11(roster.map((c) => c.data as never), REF);
    expect(t.byCategory['初中已毕业']).toBe(5);
    expect(list.filter((c) => c.statusKey === '初中已毕业')).toHaveLength(5);
    expect(list.map((c) => c.childId)).not.toContain('a6');
    expect(list).toHaveLength(t.total);
    expect(leftOutByAge(roster, REF)).toBe(3);
    const table = specialRoster(list, '城关中学');
    expect(table.groups.map((g) => g.title)).toEqual(['一、初中已毕业（5人）']);
    expect(table.infoRight).toBe('共 5 人，佐证资料齐全 0 人');
  });

  it('gives the home page the same count', () => {
    const lists = { roster: roster.map((c) => ({ id: c.id, data: c.data, complete: true })), '2-1': [], '4': [] };
    expect(evidenceRecord.overview!.line(lists, REF)).toBe('需佐证 5 人，已齐全 0 人，缺资料 5 人');
  });

  it('follows the reference date of the settings', () => {
    // A year earlier the 16-year-old was 15, and is counted.
    expect(build(roster, [], []).length).toBe(5);
    expect(buildChecklist(roster, [], [], '2020-08-31').filter((c) => c.statusKey === '初中已毕业')).toHaveLength(6);
  });
});

describe('疑似失、辍学学生花名册 (附件2-2 Ⅶ①)', () => {
  const suspect = child('其他情况', '疑似辍学', { name: '赵疑', sex: '男', school: '城关中学', grade: '七年级' });
  const legacy = child('疑似辍学', '', { name: '钱疑' }); // stored as the status itself
  const weary = child('厌学辍学', '', { name: '孙厌' });
  const farm = child('其他情况', '打工务农', { name: '李工' });
  const abroad = child('其他情况', '出国在外', { name: '周外' });
  const grad = child('初中已毕业', '', { name: '吴毕' });
  const f4 = (c: Linked, data: EntryData, complete: boolean): Linked => ({ id: `f-${c.id}`, data: { childId: c.id, ...data }, complete });
  const log = [{ date: '2021-10-20', way: '上门家访', result: '同意返校' }];
  const forms = [
    f4(legacy, { name: '钱疑', nonDropoutClass: '实际就读' }, false),
    f4(weary, { name: '孙厌', dropoutClass: '厌学辍学', returnLog: log }, true),
  ];
  const list = build([grad, abroad, farm, weary, legacy, suspect], [], forms);

  it('needs a 核查认定表 for a suspected dropout', () => {
    expect(list.find((c) => c.childId === suspect.id)?.items.map((i) => i.item.id)).toEqual(['form4']);
    expect(list.find((c) => c.childId === suspect.id)?.statusLabel).toBe('其他情况（疑似辍学）');
  });

  it('lists 疑似辍学 first, then the dropouts; not the other special children', () => {
    const t = suspectedRoster(list, '城关中学');
    expect(t.title).toBe('疑似失、辍学学生花名册');
    expect(t.groups.map((g) => g.title)).toEqual(['一、疑似辍学（2人）', '二、厌学辍学（1人）', '三、打工务农（1人）']);
    const names = t.groups.flatMap((g) => g.rows.map((r) => r[1]));
    expect(names).toEqual(expect.arrayContaining(['赵疑', '钱疑', '孙厌', '李工']));
    expect(names).not.toContain('周外');
    expect(names).not.toContain('吴毕');
    expect(t.groups.flatMap((g) => g.rows.map((r) => r[0]))).toEqual(['1', '2', '3', '4']);
    expect(t.infoRight).toBe('共 4 人，其中疑似辍学（待核查认定） 2 人');
    const col = (label: string) => t.columns.findIndex((c) => c.label === label);
    const row = (name: string) => t.groups.flatMap((g) => g.rows).find((r) => r[1] === name)!;
    expect(row('赵疑')[col('原就读学校、年级')]).toBe('城关中学 七年级');
    expect(row('赵疑')[col('核查认定情况（附件4）')]).toBe('未填写核查认定表');
    expect(row('钱疑')[col('核查认定情况（附件4）')]).toBe('核查认定表是草稿，尚缺：性别、身份证号码、监护人（近邻或亲友）签名等 10 项');
    expect(row('孙厌')[col('核查认定情况（附件4）')]).toBe('已认定：失（辍）学 2 厌学辍学');
    expect(row('孙厌')[col('劝返情况')]).toBe('2021年10月20日 上门家访 结果：同意返校');
  });

  it('has an empty row when there is nobody to list', () => {
    const t = suspectedRoster(build([grad], [], []), '城关中学');
    expect(t.groups).toEqual([]);
    expect(t.empty).toBe('（没有疑似失、辍学学生）');
  });

  it('reads the verification and 劝返 texts from the child\'s 附件4', () => {
    const [w] = list.filter((c) => c.childId === weary.id);
    expect(verificationText(w)).toBe('已认定：失（辍）学 2 厌学辍学');
    expect(returnText(w)).toBe('2021年10月20日 上门家访 结果：同意返校');
  });
});
