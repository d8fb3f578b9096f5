import { describe, expect, it } from 'vitest';
import { checkDigit } from '../../src/calc/idcard';
import type { EntryData } from '../../src/forms/kit/field';
import {
  ANY_MISSING, buildChecklist, evidenceRecord, EVIDENCE_ITEMS, filterChecklist, filterOptions, itemKeys,
  specialRoster, summarize, type Linked,
} from '../../src/forms/evidence';
import { chineseNumber, evidenceText } from '../../src/forms/evidence/special-roster';
import { SIGNATURES, verification } from '../../src/forms/verification';

const id = (n: number) => {
  const body = `6105262010031${String(n).padStart(3, '0')}1`;
  return body + checkDigit(body);
};
let seq = 0;
const child = (status: string, sub = '', more: EntryData = {}): Linked => {
  seq++;
  return { id: `c${seq}`, data: { name: `儿童${seq}`, idNumber: id(seq), village: '东村', status, sub, ...more } };
};
const itemsOf = (status: string, sub = '') => {
  const list = buildChecklist([child(status, sub)], [], []);
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
    const [c] = buildChecklist([child('初中已毕业')], [], []);
    expect(c.items).toHaveLength(1);
    expect(c.items[0].item.label).toBe('学籍截图 或 九年义务教育毕业证书');
  });

  it('leaves out children without a (known) status', () => {
    expect(buildChecklist([child(''), child('不知道')], [], [])).toEqual([]);
  });
});

describe('附件2-1 state from the 2-1 record and the child\'s 附件4', () => {
  const form4 = (childId: string, over: EntryData, complete: boolean): Linked => ({
    id: `f-${childId}`, data: { childId, ...over }, complete, updatedAt: 1,
  });
  const signed = () => Object.fromEntries(SIGNATURES.filter((s) => !s.police).map((s) => [s.key, true]));

  it('a 外迁无法联系 child misses its 核查认定表 until the 附件4 is complete with the police stamps', () => {
    const c = child('外迁无法联系');
    const [none] = buildChecklist([c], [], []);
    expect(none.missing.map((m) => m.item.id)).toEqual(['form4Police', 'related']);
    expect(none.items[0].viaForm4).toBe(true);

    const draft = { name: '张三', sex: '男', idNumber: c.data.idNumber, nonDropoutClass: '外迁无法联系', ...signed() };
    const [pending] = buildChecklist([c], [], [form4(c.id, draft, false)]);
    expect(pending.items[0]).toMatchObject({ collected: false, reason: '核查认定表尚缺：公安部门核查结果、公安部门盖章' });

    const done = { ...draft, policeResult: true, policeStamp: true };
    expect(Object.keys(verification.check(done))).toEqual([]);
    const [ok] = buildChecklist([c], [], [form4(c.id, done, true)]);
    expect(ok.items[0]).toMatchObject({ collected: true, by: 'form' });
    expect(ok.complete).toBe(false); // 相关佐证资料 is still to collect
  });

  it('finds a 附件4 made from scratch by the ID number', () => {
    const c = child('其他情况', '出国在外');
    const scratch: Linked = { id: 'f', data: { idNumber: ` ${String(c.data.idNumber).toLowerCase()} ` }, complete: false };
    const [r] = buildChecklist([c], [], [scratch]);
    expect(r.form4?.id).toBe('f');
    expect(r.items.find((i) => i.item.id === 'form4')).toMatchObject({ collected: true, by: 'form' });
  });

  it('prefers a complete 附件4 over a newer draft', () => {
    const c = child('外迁无法联系');
    const done = form4(c.id, { policeResult: true, policeStamp: true }, true);
    const draft = { ...form4(c.id, {}, false), id: 'newer', updatedAt: 9 };
    expect(buildChecklist([c], [], [draft, done])[0].form4?.id).toBe(done.id);
  });

  it('takes items marked 已收集 on the checklist, with date and note', () => {
    const c = child('初中已毕业');
    const k = itemKeys('graduated');
    const rec: Linked = { id: 'r', data: { childId: c.id, [k.done]: true, [k.date]: '2021-10-20', [k.note]: '毕业证复印件' } };
    const [r] = buildChecklist([c], [rec], []);
    expect(r.items[0]).toMatchObject({ collected: true, by: 'manual', date: '2021-10-20', note: '毕业证复印件' });
    expect(r.complete).toBe(true);
    // A record kept under an old roster id still finds its child by the ID number.
    const moved: Linked = { id: 'r2', data: { childId: 'old', idNumber: c.data.idNumber, [k.done]: true } };
    expect(buildChecklist([c], [moved], [])[0].complete).toBe(true);
  });
});

describe('附件2-1 summary and filters', () => {
  const a = child('外迁无法联系', '', { village: '东村' });
  const b = child('初中已毕业', '', { village: '西村' });
  const c = child('初中已毕业', '', { village: '东村' });
  const rec: Linked = { id: 'r', data: { childId: c.id, graduated: true } };
  const list = buildChecklist([a, b, c], [rec], []);

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
    const t = specialRoster(buildChecklist([a, b, c], [rec], []), '城关中学');
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
    const [r] = buildChecklist([c], [rec], []);
    expect(evidenceText(r)).toBe('缺：非小学毕业库的学籍截图 或 核查认定表（附件4）\n已收集：其它能证明实际就读的材料（2021年10月21日）');
  });

  it('names an item the child\'s 附件4 gives once as 附件4, never （附件4）（附件4）', () => {
    const c = child('其他情况', '出国在外');
    const done: Linked = { id: 'f', data: { childId: c.id, idNumber: c.data.idNumber }, complete: true, updatedAt: 1 };
    const [r] = buildChecklist([c], [], [done]);
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
    expect(evidenceRecord.href).toBe('/forms/2-1/');
  });
});
