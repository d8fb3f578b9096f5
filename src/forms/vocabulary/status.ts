// The schooling status (就学状态): 附件1-1's 11 categories, their sub-statuses, and the rules looked up from them.
/**
 * The schooling status (就学状态) of a child on the roster, as data in one place.
 *
 * Three annexes talk about the same children in different vocabularies:
 * - 附件1-1 counts them in 11 categories;
 * - 附件2-1 says which evidence (佐证资料) each situation needs, in finer terms
 *   (幼儿园就读, 死亡未注销, 丢失（或送人）, 出国在外, 重度重残 …);
 * - 附件4 classifies each suspected dropout into one of 8 dropout or 8 non-dropout classes.
 * A roster row stores one of the 11 categories plus, where the finer terms matter, a
 * sub-status. Everything else (evidence checklist, suggested 附件4 class, tallies) is looked
 * up here (the classes in classes.ts, the evidence items in evidence.ts), so no screen or exporter grows its own `if (status === …)` chain.
 *
 * Stored values are the seed's Chinese wording itself: the words are official, stable and
 * what users type in the spreadsheets we import, so no separate code table is needed.
 */
import { dropoutClass as dropout, nonDropoutClass as nonDropout, type AnnexClass } from './classes';
import { DROPOUT_EVIDENCE, EVIDENCE, POLICE_EVIDENCE, type EvidenceItem } from './evidence';

/**
 * A child reported out of school whose situation is not verified yet (附件4 is the
 * verification; 附件2-2 Ⅶ① lists these children). The seed words it 疑似失（辍）学 and
 * 疑似失、辍学; schools write 疑似辍学.
 */
export const SUSPECTED = '疑似辍学';

/** 附件1-1's 11 categories, in seed order. */
export const CATEGORIES = [
  '县域内实际就读',
  '县域外就读',
  '初中已毕业',
  '延缓入学',
  '外迁无法联系',
  '多重户籍',
  '查无此人',
  '死亡',
  '因病因残辍学',
  '厌学辍学',
  '其他情况',
] as const;

export type Category = (typeof CATEGORIES)[number];

export interface StatusRule {
  /** Evidence items a child in this (sub-)status needs; empty = none. */
  evidence: readonly EvidenceItem[];
  /** The class to tick on 附件4 if one is filled in, or null when none applies. */
  suggested: AnnexClass | null;
  /** Why this rule was chosen where the seed leaves room; shown as a hint. */
  note?: string;
}

export interface SubStatus extends StatusRule {
  /** Seed wording where the seed has it; stored as the value. */
  value: string;
  category: Category;
}

export interface CategoryDef extends StatusRule {
  value: Category;
  subs: readonly SubStatus[];
}

type SubSpec = Omit<SubStatus, 'category'>;

const def = (value: Category, rule: StatusRule, subs: SubSpec[] = []): CategoryDef =>
  Object.freeze({
    value,
    ...rule,
    subs: Object.freeze(subs.map((s) => Object.freeze({ ...s, category: value }))),
  });

/**
 * The taxonomy. A category's own rule applies when no sub-status is chosen; each sub-status
 * carries its complete rule (not a delta), so a lookup is one step and reads like 附件2-1.
 *
 * Decisions where the seed leaves room (each also in the `note`):
 * - 县域内实际就读 without a sub-status needs nothing (附件2-1 item 1). 送教上门 is a sub-status
 *   because the notice (三（八）) keeps severely disabled children on the rolls through 送教;
 *   they need the 重度重残 evidence.
 * - 初中已毕业 has finished compulsory education: no 附件4 class fits, so none is suggested.
 * - 死亡 without a sub-status is treated as 死亡未注销 (the roster comes from the police's
 *   户籍 list, so a dead child on it usually still has a 户籍): police-stamped 附件4.
 *   户籍已注销 is the lighter case.
 * - 因病因残辍学 and 厌学辍学 are dropouts: 附件2-1 is silent, 附件4 + 劝返记录 are required.
 * - 其他情况 holds every situation of 附件2-1/附件4 that 附件1-1 has no column for: the
 *   non-dropout ones (出国在外, 丢失（或送人）, 失踪失联, 超龄离校, 重度重残) and the dropout
 *   reasons other than illness and 厌学 (在家上学, 打工务农, 入寺入教, 早婚失学, 扶贫异地搬迁,
 *   其他原因).
 * - 丢失（或送人） suggests 失踪失联: 附件4 has no class of its own for it, and both need the
 *   police (附件2-1 item 3 and 附件4 备注).
 * - 疑似辍学 (a child reported out of school, not yet verified) is a sub-status of 其他情况:
 *   附件1-1 has no column for it, and a child must fall in exactly one column, so it counts
 *   as 其他情况 until 附件4 decides and the roster gets the verified status. It needs a
 *   核查认定表 (附件4) and suggests no class: deciding one is what the verification is for.
 */
export const STATUS_TAXONOMY: readonly CategoryDef[] = Object.freeze([
  def('县域内实际就读', { evidence: [], suggested: nonDropout(2) }, [
    { value: '幼儿园就读', evidence: [EVIDENCE.kindergarten], suggested: nonDropout(2) },
    {
      value: '送教上门',
      evidence: [EVIDENCE.severeDisability],
      suggested: nonDropout(2),
      note: '重度残疾、由学校送教上门的儿童，按重度重残要求提供评估认定意见或诊断证明',
    },
  ]),
  def('县域外就读', {
    evidence: [EVIDENCE.outOfCountyRecord, EVIDENCE.outOfCountyProof],
    suggested: nonDropout(2),
  }),
  def('初中已毕业', {
    evidence: [EVIDENCE.graduated],
    suggested: null,
    note: '已完成义务教育，不属于核查认定表的任何类别',
  }),
  def('延缓入学', {
    evidence: [EVIDENCE.deferApplication, EVIDENCE.deferProof],
    suggested: nonDropout(3),
    note: '年满6周岁未进入小学一年级',
  }),
  def('外迁无法联系', { evidence: POLICE_EVIDENCE, suggested: nonDropout(6) }),
  def('多重户籍', { evidence: POLICE_EVIDENCE, suggested: nonDropout(1) }),
  def('查无此人', { evidence: POLICE_EVIDENCE, suggested: nonDropout(1) }),
  def(
    '死亡',
    {
      evidence: POLICE_EVIDENCE,
      suggested: nonDropout(1),
      note: '未选子类时按“死亡未注销”（户籍原因）要求佐证',
    },
    [
      { value: '死亡未注销', evidence: POLICE_EVIDENCE, suggested: nonDropout(1) },
      {
        value: '户籍已注销',
        evidence: [EVIDENCE.deathRecord],
        suggested: null,
        note: '户籍已注销的不属于户籍原因，附件2-1 未列佐证要求，建议留存死亡证明或户籍注销证明',
      },
    ],
  ),
  def('因病因残辍学', { evidence: DROPOUT_EVIDENCE, suggested: dropout(3) }),
  def('厌学辍学', { evidence: DROPOUT_EVIDENCE, suggested: dropout(2) }),
  def(
    '其他情况',
    { evidence: [EVIDENCE.form4], suggested: null, note: '请选择子类，以确定佐证要求和核查认定类别' },
    [
      {
        value: SUSPECTED,
        evidence: [EVIDENCE.form4],
        suggested: null,
        note: '疑似失（辍）学、尚未核查认定：填写核查认定表（附件4），认定后改为相应的就学状态；附件1-1 计入“其他情况”',
      },
      { value: '出国在外', evidence: [EVIDENCE.form4, EVIDENCE.abroadProof], suggested: nonDropout(7) },
      {
        value: '丢失（或送人）',
        evidence: POLICE_EVIDENCE,
        suggested: nonDropout(8),
        note: '核查认定表无单独类别，按“失踪失联”认定，须公安部门核查盖章',
      },
      { value: '失踪失联', evidence: POLICE_EVIDENCE, suggested: nonDropout(8) },
      { value: '超龄离校', evidence: [EVIDENCE.form4, EVIDENCE.related], suggested: nonDropout(4) },
      { value: '重度重残', evidence: [EVIDENCE.severeDisability], suggested: nonDropout(5) },
      { value: '在家上学', evidence: DROPOUT_EVIDENCE, suggested: dropout(4) },
      { value: '打工务农', evidence: DROPOUT_EVIDENCE, suggested: dropout(1) },
      { value: '入寺入教', evidence: DROPOUT_EVIDENCE, suggested: dropout(5) },
      { value: '早婚失学', evidence: DROPOUT_EVIDENCE, suggested: dropout(6) },
      { value: '扶贫异地搬迁', evidence: DROPOUT_EVIDENCE, suggested: dropout(7), note: '因扶贫异地搬迁而失学' },
      { value: '其他原因', evidence: DROPOUT_EVIDENCE, suggested: dropout(8), note: '其他原因失学' },
    ],
  ),
]);

/** Every sub-status, in taxonomy order (the options of the roster's 子类 field). */
export const SUB_STATUSES: readonly SubStatus[] = STATUS_TAXONOMY.flatMap((c) => c.subs);

const CATEGORY_BY_VALUE = new Map<string, CategoryDef>(STATUS_TAXONOMY.map((c) => [c.value, c]));
const SUB_BY_VALUE = new Map<string, SubStatus>(SUB_STATUSES.map((s) => [s.value, s]));

// A sub-status value must name one situation; a repeat would make lookups ambiguous.
if (SUB_BY_VALUE.size !== SUB_STATUSES.length || SUB_STATUSES.some((s) => CATEGORY_BY_VALUE.has(s.value)))
  throw new Error('status taxonomy: duplicate sub-status value');

export function isCategory(v: unknown): v is Category {
  return typeof v === 'string' && CATEGORY_BY_VALUE.has(v);
}

export function categoryDef(category: string): CategoryDef | undefined {
  return CATEGORY_BY_VALUE.get(category);
}

export function subStatusDef(sub: string): SubStatus | undefined {
  return SUB_BY_VALUE.get(sub);
}

/**
 * The 附件1-1 category of a stored status: a category maps to itself, a sub-status to its
 * category (so '幼儿园就读' counts as 县域内实际就读). Anything else gives null.
 */
export function categoryOf(status: string | null | undefined): Category | null {
  if (!status) return null;
  const s = status.trim();
  if (isCategory(s)) return s;
  return SUB_BY_VALUE.get(s)?.category ?? null;
}

/** The rule that applies: the sub-status's when it belongs to the category, else the category's. */
function ruleFor(status: string | null | undefined, sub?: string | null): StatusRule | null {
  const category = categoryOf(status);
  if (!category) return null;
  // A sub-status passed as the status itself ('出国在外') is as good as the pair.
  const subValue = sub?.trim() || (isCategory(status?.trim()) ? '' : status?.trim() ?? '');
  const s = subValue ? SUB_BY_VALUE.get(subValue) : undefined;
  if (s && s.category === category) return s;
  return CATEGORY_BY_VALUE.get(category) as CategoryDef;
}

/** The 附件2-1 evidence items a child with this status needs (empty: none, or unknown status). */
export function evidenceFor(status: string | null | undefined, sub?: string | null): readonly EvidenceItem[] {
  return ruleFor(status, sub)?.evidence ?? [];
}

/** The 附件4 class to suggest when the child's 核查认定表 is filled in, or null. */
export function suggestedClass(status: string | null | undefined, sub?: string | null): AnnexClass | null {
  return ruleFor(status, sub)?.suggested ?? null;
}

/** Whether a sub-status may go with a category ('' goes with any). */
export function subBelongsTo(sub: string | null | undefined, status: string | null | undefined): boolean {
  if (!sub || !sub.trim()) return true;
  const s = SUB_BY_VALUE.get(sub.trim());
  return !!s && s.category === categoryOf(status);
}

/**
 * Where a child stands as to dropping out, for 附件2-2 Ⅶ① (疑似失、辍学学生花名册):
 * 'suspected' (疑似辍学, to verify on 附件4), 'dropout' (a status whose 附件4 class is a
 * 失（辍）学 class), or null (in school or not a dropout).
 */
export function dropoutStage(status: string | null | undefined, sub?: string | null): 'suspected' | 'dropout' | null {
  const rule = ruleFor(status, sub);
  if (!rule) return null;
  if (rule === SUB_BY_VALUE.get(SUSPECTED)) return 'suspected';
  return rule.suggested?.kind === 'dropout' ? 'dropout' : null;
}
