// The two 台账 of 通知三（八） (更新残疾儿童及送教台账) for a month or a term, as grouped
// tables that the generic Excel and PDF writers print (附件2-2 Ⅵ② and Ⅵ③).
import { inPeriod, monthPeriod, monthsOf, visitCounts, VISITS_PER_MONTH, type Period } from '../../calc/home-teaching';
import type { GroupedTable } from '../kit/grouped-table';
import { formatChineseDate } from '../kit/validators';
import { childName, countedVisits, homeTaught, placementText, type SpecialChild } from './children';
import { DISABILITY_LEDGER_TITLE, HOME_TEACHING, HOME_TEACHING_LEDGER_TITLE, NOT_ASSESSED, PLACEMENTS } from './options';
import { trimmedOf } from '../kit/text-of';


/** Complete visits of a child in a period, by date: what the 送教台账 lists and counts. */
export const visitsIn = (c: SpecialChild, p: Period) =>
  c.visits.filter((v) => v.status === 'complete' && inPeriod(trimmedOf(v.data.date), p));

/**
 * The months of the period that have begun by `today`, each with the 送教上门 children who
 * had fewer than two complete visits in it: 2021年10月：张三（1次）.
 */
export function shortfallLines(children: readonly SpecialChild[], p: Period, today: string): string[] {
  const taught = homeTaught(children);
  const visits = countedVisits(taught);
  return monthsOf(p).filter((m) => `${m}-01` <= today).map((m) => {
    const month = monthPeriod(m);
    const counts = visitCounts(visits, month);
    const short = taught.filter((c) => (counts.get(c.child.id) ?? 0) < VISITS_PER_MONTH)
      .map((c) => `${childName(c)}（${counts.get(c.child.id) ?? 0}次）`);
    return `${month.label}送教未满${VISITS_PER_MONTH}次：${short.length ? short.join('、') : '无'}`;
  });
}

/** 残疾儿童台账: every disabled child by placement, with the 送教 visits of the period. */
export function disabilityLedger(children: readonly SpecialChild[], p: Period, unit: string, today: string): GroupedTable {
  const order = [...PLACEMENTS, NOT_ASSESSED] as string[];
  const groupOf = (c: SpecialChild) => (order.includes(c.placement) ? c.placement : NOT_ASSESSED);
  let no = 0;
  const groups = order.map((title) => ({
    title,
    rows: children.filter((c) => groupOf(c) === title).map((c) => {
      const k = c.child.data;
      const a = c.assessment?.data ?? {};
      return [
        String(++no), childName(c), trimmedOf(k.sex), trimmedOf(k.idNumber), trimmedOf(k.village), trimmedOf(k.parent), trimmedOf(k.phone),
        trimmedOf(a.kind), formatChineseDate(trimmedOf(a.assessDate)), trimmedOf(a.conclusion), placementText(c),
        c.placement === HOME_TEACHING ? String(visitsIn(c, p).length) : '',
      ];
    }),
  })).filter((g) => g.rows.length);
  const taught = homeTaught(children).length;
  return {
    title: DISABILITY_LEDGER_TITLE,
    info: `单位：${unit}　${p.label}`,
    infoRight: `共 ${children.length} 人，其中送教上门 ${taught} 人`,
    columns: [
      { label: '序号', width: 5 }, { label: '姓名', width: 8 }, { label: '性别', width: 5 }, { label: '身份证号码', width: 20 },
      { label: '村委会', width: 9 }, { label: '家长姓名', width: 8 }, { label: '电话', width: 13 }, { label: '残疾类别', width: 9 },
      { label: '评估日期', width: 11 }, { label: '评估认定意见', width: 20 }, { label: '安置方式', width: 10 },
      { label: '送教次数', width: 7 },
    ],
    groups,
    empty: '（花名册中没有残疾儿童）',
    notes: [`评估：残疾人教育专家委员会。送教次数：${p.label}内完成的送教记录。`, ...shortfallLines(children, p, today)],
  };
}

/** 送教台账: each 送教上门 child's complete visits of the period, by date. */
export function homeTeachingLedger(children: readonly SpecialChild[], p: Period, unit: string, today: string): GroupedTable {
  const shown = children.filter((c) => c.placement === HOME_TEACHING || visitsIn(c, p).length);
  let total = 0;
  const groups = shown.map((c) => {
    const own = visitsIn(c, p);
    total += own.length;
    return {
      title: `${childName(c)}（${placementText(c)}）：${p.label}送教 ${own.length} 次`,
      rows: own.map((v, i) => [
        String(i + 1), formatChineseDate(trimmedOf(v.data.date)), trimmedOf(v.data.teachers), trimmedOf(v.data.content),
        typeof v.data.minutes === 'number' ? String(v.data.minutes) : '', v.data.photos === true ? '是' : '',
        trimmedOf(v.data.guardian),
      ]),
    };
  });
  const drafts = shown.reduce((n, c) => n + c.visits.filter((v) => v.status !== 'complete' && inPeriod(trimmedOf(v.data.date), p)).length, 0);
  return {
    title: HOME_TEACHING_LEDGER_TITLE,
    info: `单位：${unit}　${p.label}`,
    infoRight: `送教上门 ${homeTaught(children).length} 人，送教 ${total} 次`,
    columns: [
      { label: '序号', width: 5 }, { label: '送教日期', width: 14 }, { label: '送教教师', width: 14 }, { label: '送教内容', width: 34 },
      { label: '送教时长（分钟）', width: 9 }, { label: '附图片', width: 7 }, { label: '家长确认（签名）', width: 11 },
    ],
    groups,
    empty: '（没有送教上门儿童）',
    notes: [
      `每月至少${VISITS_PER_MONTH}次送教。`,
      ...shortfallLines(children, p, today),
      ...(drafts ? [`另有 ${drafts} 条送教记录尚未填写完整（草稿），未列入、未计次数。`] : []),
    ],
  };
}
