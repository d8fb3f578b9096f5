import { identityCheck, signed, threeWay, type EnrolmentCounts } from '../../calc/enrolment-check';
import { defineForm } from '../kit/define';
import type { EntryData } from '../kit/field';
import { textOf, trimmedOf } from '../kit/text-of';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const counts = (v: EntryData): EnrolmentCounts => ({
  registry: num(v.registry),
  lastTerm: num(v.lastTerm),
  enrolled: num(v.enrolled),
  absentOnRoll: num(v.absentOnRoll),
  presentOffRoll: num(v.presentOffRoll),
});
const diffText = (d: number | null) => (d == null ? '' : signed(d));

/** 2021-2022学年下学期: printed beside the unit, and in the list beside the result. */
function termOf(v: EntryData): string {
  const year = trimmedOf(v.year);
  return `${year ? `${year}学年` : ''}${textOf(v.semester)}`;
}

function deriveCheck(data: EntryData): EntryData {
  const c = counts(data);
  const t = threeWay(c);
  const id = identityCheck(c);
  return {
    registryVsLastTerm: diffText(t.registryVsLastTerm),
    registryVsEnrolled: diffText(t.registryVsEnrolled),
    enrolledVsLastTerm: diffText(t.enrolledVsLastTerm),
    expected: id.expected,
    identityDiff: diffText(id.diff),
    result: id.diff == null ? '' : id.diff === 0 ? '人籍一致' : `人籍不一致（相差 ${signed(id.diff)} 人）`,
  };
}

function checkWarnings(v: EntryData): string[] {
  const c = counts(v);
  const out: string[] = [];
  const id = identityCheck(c);
  if (id.diff != null && id.diff !== 0)
    out.push(`人籍不一致：学籍系统人数 ${c.registry} ≠ 在校生人数 ${c.enrolled} + 籍在人不在人数 ${c.absentOnRoll} - 人在籍不在人数 ${c.presentOffRoll} = ${id.expected}，相差 ${signed(id.diff)} 人。请逐人核实，暂不能消除的逐人建立台账。`);
  const t = threeWay(c);
  const pairs: [number | null, string][] = [
    [t.registryVsLastTerm, '学籍系统人数与上学期在校人数'],
    [t.registryVsEnrolled, '学籍系统人数与本学期入学报到人数'],
    [t.enrolledVsLastTerm, '本学期入学报到人数与上学期在校人数'],
  ];
  const off = pairs.filter(([d]) => d != null && d !== 0).map(([d, what]) => `${what}相差 ${signed(d!)} 人`);
  if (off.length) out.push(`三比对不一致：${off.join('；')}。请核实原因（转学、休学、新生入学等）。`);
  if (c.absentOnRoll != null && c.registry != null && c.absentOnRoll > c.registry)
    out.push(`籍在人不在人数（${c.absentOnRoll}）大于学籍系统人数（${c.registry}），请核对。`);
  if (c.presentOffRoll != null && c.enrolled != null && c.presentOffRoll > c.enrolled)
    out.push(`人在籍不在人数（${c.presentOffRoll}）大于本学期入学报到人数（${c.enrolled}），请核对。`);
  return out;
}

function checkProgress(v: EntryData): string {
  const r = String(v.result ?? '');
  return r ? `${termOf(v)} ${r}`.trim() : '尚未填写核查人数';
}

const IDENTITY = '学籍人数=在校生人数+籍在人不在人数-人在籍不在人数';

/**
 * 三比对 of 学籍系统人数, 上学期在校人数 and 本学期入学报到人数 (notice 三（七）) with the 人籍一致
 * identity of 附件2-2 Ⅴ类⑤. Not an annex of its own: the notice asks for the check, and
 * box Ⅴ holds its result, so it files under 附件2-2.
 */
export const enrolmentCheck = defineForm({
  id: 'enrolment-check',
  version: 1,
  annex: '附件2-2（Ⅴ类⑤）',
  title: '“三比对”及人籍一致核查表',
  summary: '开学后学籍系统人数、上学期在校人数、本学期入学报到人数“三比对”，核查人籍是否一致',
  single: true,
  // The school is in every file name already; the school year tells the files apart.
  subjectKey: 'year',
  dateKey: 'date',
  listKeys: ['unit', 'year', 'semester'],
  derive: deriveCheck,
  paperValues: (v: EntryData) => ({ term: termOf(v) }),
  warnings: checkWarnings,
  progress: checkProgress,
  fields: [
    { key: 'unit', label: '单位名称', kind: 'text', required: true, defaultFrom: 'unit' },
    { key: 'year', label: '学年', kind: 'text', required: true, placeholder: '如 2021-2022' },
    { key: 'semester', label: '学期', kind: 'choice', required: true, options: [{ value: '上学期', label: '上学期' }, { value: '下学期', label: '下学期' }] },
    { key: 'date', label: '核查日期', kind: 'date', defaultFrom: 'today' },
    { key: 'registry', label: '学籍系统人数', kind: 'int', required: true },
    { key: 'lastTerm', label: '上学期在校人数', kind: 'int', required: true },
    { key: 'enrolled', label: '本学期入学报到人数', kind: 'int', required: true, hint: '即本学期在校生人数' },
    { key: 'registryVsLastTerm', label: '学籍系统人数-上学期在校人数', kind: 'text', derived: 'auto' },
    { key: 'registryVsEnrolled', label: '学籍系统人数-本学期入学报到人数', kind: 'text', derived: 'auto' },
    { key: 'enrolledVsLastTerm', label: '本学期入学报到人数-上学期在校人数', kind: 'text', derived: 'auto' },
    { key: 'absentOnRoll', label: '籍在人不在人数', kind: 'int', required: true },
    { key: 'presentOffRoll', label: '人在籍不在人数', kind: 'int', required: true },
    { key: 'expected', label: '在校生人数+籍在人不在人数-人在籍不在人数', kind: 'int', derived: 'auto' },
    { key: 'identityDiff', label: '学籍系统人数与上式之差', kind: 'text', derived: 'auto' },
    { key: 'result', label: '核查结果', kind: 'text', derived: 'auto' },
    { key: 'note', label: '差异原因说明', kind: 'textarea', wide: true, hint: '逐人说明不一致的原因及跟踪情况' },
    { key: 'filler', label: '填表人', kind: 'text' },
  ],
  sections: [
    { keys: ['unit', 'year', 'semester', 'date'] },
    { title: '三比对', keys: ['registry', 'lastTerm', 'enrolled', 'registryVsLastTerm', 'registryVsEnrolled', 'enrolledVsLastTerm'] },
    { title: `人籍一致（${IDENTITY}）`, keys: ['absentOnRoll', 'presentOffRoll', 'expected', 'identityDiff', 'result'] },
    { keys: ['note', 'filler'] },
  ],
  paper: {
    orientation: 'portrait',
    columns: [24, 14, 24, 14],
    head: [
      { t: '附件2-2（Ⅴ类⑤）', align: 'left', size: 12 },
      { t: '“三比对”及人籍一致核查表', align: 'center', size: 18, bold: true },
      { t: '单位名称：{unit}', align: 'left', size: 12, right: '{term}' },
    ],
    rows: [
      { height: 30, cells: [{ t: '“三比对”', label: true, colSpan: 4 }] },
      { height: 30, cells: [
        { t: '学籍系统人数', label: true }, { t: '{registry}', align: 'center' },
        { t: '上学期在校人数', label: true }, { t: '{lastTerm}', align: 'center' },
      ] },
      { height: 30, cells: [
        { t: '本学期入学报到人数', label: true }, { t: '{enrolled}', align: 'center' },
        { t: '核查日期', label: true }, { t: '{date}', align: 'center' },
      ] },
      { height: 28, cells: [{ t: '学籍系统人数-上学期在校人数', label: true, colSpan: 3 }, { t: '{registryVsLastTerm}', align: 'center' }] },
      { height: 28, cells: [{ t: '学籍系统人数-本学期入学报到人数', label: true, colSpan: 3 }, { t: '{registryVsEnrolled}', align: 'center' }] },
      { height: 28, cells: [{ t: '本学期入学报到人数-上学期在校人数', label: true, colSpan: 3 }, { t: '{enrolledVsLastTerm}', align: 'center' }] },
      { height: 30, cells: [{ t: `人籍一致核查（${IDENTITY}）`, label: true, colSpan: 4 }] },
      { height: 30, cells: [
        { t: '籍在人不在人数', label: true }, { t: '{absentOnRoll}', align: 'center' },
        { t: '人在籍不在人数', label: true }, { t: '{presentOffRoll}', align: 'center' },
      ] },
      { height: 28, cells: [{ t: '在校生人数+籍在人不在人数-人在籍不在人数', label: true, colSpan: 3 }, { t: '{expected}', align: 'center' }] },
      { height: 28, cells: [{ t: '学籍系统人数与上式之差', label: true, colSpan: 3 }, { t: '{identityDiff}', align: 'center' }] },
      { height: 30, cells: [{ t: '核查结果', label: true }, { t: '{result}', colSpan: 3, align: 'center' }] },
      { height: 140, cells: [{ t: '差异原因说明', label: true }, { t: '{note}', colSpan: 3 }] },
    ],
    foot: [
      { t: '填表人：{filler}', align: 'left', size: 12, right: '校长签字：            学校盖章：            ' },
    ],
  },
});
