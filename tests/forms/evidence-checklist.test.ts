// The 附件2-1 checklist: items per status, state from the 2-1 record and 附件4, summary, filters, record form.
import { describe, expect, it } from 'vitest';
import type { EntryData } from '../../src/forms/kit/field';
import {
  ANY_MISSING, checklistOf, evidenceRecord, EVIDENCE_ITEMS, filterChecklist, filterOptions, isComplete, itemKeys, summarize,
  withRecord, type Linked,
} from '../../src/forms/evidence';
import { formPage } from '../../src/forms/registry';
import { SIGNATURES, verification } from '../../src/forms/verification';
import { build, child, REF } from './evidence-fixtures';

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

describe('附件2-1: a change shown before the list is read again', () => {
  const form4 = (c: Linked, complete: boolean): Linked => ({
    id: `f-${c.id}`, complete, updatedAt: 1,
    data: { childId: c.id, name: '张三', sex: '男', idNumber: c.data.idNumber, nonDropoutClass: '出国在外' },
  });
  // Every state an item can be in: no 附件4, a draft one that says what it lacks, a complete one.
  const cases: [string, (c: Linked) => Linked[]][] = [['no 附件4', () => []], ['a draft 附件4', (c) => [form4(c, false)]], ['a complete 附件4', (c) => [form4(c, true)]]];
  const records: [string, EntryData][] = [
    ['marks an item', { abroadProof: true, abroadProofDate: '2021-09-01' }],
    ['marks the item a 附件4 gives', { form4: true, form4Note: '已交' }],
    ['unmarks everything', { abroadProof: false, form4: false }],
  ];
  it.each(cases.flatMap(([f, forms]) => records.map(([r, data]) => [`${f}, a record that ${r}`, forms, data] as const)))(
    'withRecord gives what buildChecklist gives once stored: %s', (_, forms, data) => {
      const c = child('其他情况', '出国在外');
      const before: Linked = { id: 'r', data: { childId: c.id, abroadProof: true, form4: true }, updatedAt: 1 };
      const [old] = build([c], [before], forms(c));
      const record: Linked = { id: 'r', data: { childId: c.id, ...data }, updatedAt: 2 };
      const [stored] = build([c], [record], forms(c));
      expect(withRecord(old, record)).toEqual(stored);
    });

  it('checklistOf reads stored entries: 附件4 counts when its stored status is 完成, and counts who the age rule leaves out', () => {
    const c = child('其他情况', '出国在外');
    const old = child('其他情况', '出国在外', { idNumber: '', birthDate: '2000-01-01' });
    const f = form4(c, false);
    const stored = (complete: boolean) => ({ id: f.id, data: f.data, status: complete ? 'complete' : 'draft' });
    const draft = checklistOf([c, old], [], [stored(false)], REF);
    expect(draft.leftOut).toBe(1);
    expect(draft.list.map((x) => x.childId)).toEqual([c.id]);
    expect(draft.list[0].items.find((i) => i.item.id === 'form4')!.collected).toBe(false);
    expect(checklistOf([c], [], [stored(true)], REF).list[0].items.find((i) => i.item.id === 'form4')).toMatchObject({ collected: true, by: 'form' });
  });
});
