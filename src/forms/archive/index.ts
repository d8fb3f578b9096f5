import { defineForm } from '../kit/define';
import type { EntryData, Option } from '../kit/field';
import type { PaperRow } from '../kit/paper';
import type { CellOf } from '../kit/typed';
import { ARCHIVE_NOTES, BOX_ROWS, BOXES, ITEM_ROWS, ITEM_STATES, itemName, paperKeys, paths, SPINE_WIDTHS, type ArchiveBox } from './boxes';
import { itemAt, itemState, itemVolume, tallyStates, termText, volumeCount, volumeMark } from './catalogue';
import { flatToTables } from './migrate';

export * from './boxes';
export * from './catalogue';
export * from './links';
export * from './migrate';

const opts = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: v }));

/** The texts only the paper has: the term in words, and which box an item is in when there are several. */
function paperTexts(data: EntryData): Record<string, string> {
  const out: Record<string, string> = { term: termText(data) };
  for (const b of BOXES) {
    const of = volumeCount(data, b);
    out[paperKeys.volumesText(b)] = of > 1 ? `共${of}盒` : '';
    b.items.forEach((_, i) => {
      out[paperKeys.volumeMark(b, i)] = of > 1 ? volumeMark(itemVolume(data, b, i)) : '';
    });
  }
  return out;
}

const YEAR = /^(\d{4})\s*[-—–至]\s*(\d{4})$/;

/**
 * Problems of one item by the path of the cell they concern (evaluate() gives them to the
 * `items` field with that path, and the editor says them beside the item). Never blocking.
 */
export function itemProblems(v: EntryData, b: ArchiveBox, i: number): Record<string, string> {
  const out: Record<string, string> = {};
  const name = itemName(b, i);
  const of = volumeCount(v, b);
  const item = itemAt(v, b, i);
  const vol = item.volume;
  if (typeof vol === 'number' && vol > of) out[paths.volume(b, i)] = `${name} 所在盒（${vol}）超过${b.roman}类的盒数（${of}），按${volumeMark(of)}计。`;
  const { count, pages } = item;
  const state = itemState(v, b, i);
  if (state === '无' && ((typeof count === 'number' && count > 0) || (typeof pages === 'number' && pages > 0)))
    out[paths.count(b, i)] = `${name} 标为“无”，却填写了份数或页数，请核对。`;
  if (state === '齐全' && count === 0) out[paths.count(b, i)] = `${name} 标为“齐全”，份数却为 0，请核对。`;
  return out;
}

/** Problems of the catalogue as a whole (not of one item). */
export function termWarnings(v: EntryData): string[] {
  const year = String(v.year ?? '').trim();
  const m = YEAR.exec(year);
  return year && (!m || Number(m[2]) !== Number(m[1]) + 1) ? [`学年“${year}”应写作相邻两年，如“2021-2022”。`] : [];
}

const catalogueProblems = (v: EntryData): Record<string, string> =>
  Object.assign({}, ...BOXES.flatMap((b) => b.items.map((_, i) => itemProblems(v, b, i))));

function catalogueProgress(v: EntryData): string {
  const t = tallyStates(v);
  const term = termText(v);
  return `${term ? `${term}：` : ''}齐全 ${t.full} / ${t.total} 项，部分 ${t.partial} 项，无 ${t.none} 项${t.unset ? `，未核对 ${t.unset} 项` : ''}`;
}

const center = <T extends string>(t: T): CellOf<T> => ({ t, align: 'center' });

const boxRows = (b: ArchiveBox): PaperRow[] =>
  b.items.map((item, i) => ({
    height: 30,
    cells: [
      ...(i === 0
        ? [
          { t: `${b.spine}\n{${paperKeys.volumesText(b)}}`, label: true, rowSpan: b.items.length },
          { t: `{unit}\n${b.title}`, align: 'center' as const, rowSpan: b.items.length },
        ]
        : []),
      { t: `${item.mark}${item.text}` },
      center(`{${paths.state(b, i)}}`),
      center(`{${paths.count(b, i)}}`),
      center(`{${paths.pages(b, i)}}`),
      center(`{${paperKeys.volumeMark(b, i)}}`),
      { t: `{${paths.note(b, i)}}` },
    ],
  }));

/**
 * 附件2-2 “控辍保学”档案材料分类目录: one per school, for a school year and semester. Per
 * item its state, 份数 and 页数; per box how many volumes and which item goes in which.
 * The labels and in-box directories are computed from it (catalogue.ts).
 */
export const archive = defineForm({
  id: '2-2',
  // 2: boxes and items as the `volumes` and `items` tables instead of flat b1i1State… fields.
  version: 2,
  migrations: { 1: flatToTables },
  annex: '附件2-2',
  title: '“控辍保学”档案材料分类目录',
  summary: '八类档案盒逐项登记，打印盒脊、盒正面标签和盒内详细目录',
  single: true,
  // The catalogue needs more than the generic editor: labels, directories, the overview.
  view: 'archive',
  // The school is in every file name already; the school year tells the files apart.
  subjectKey: 'year',
  listKeys: ['unit', 'year', 'semester'],
  register: { title: '“控辍保学”档案材料分类目录', keys: ['unit', 'year', 'semester'] },
  paperValues: paperTexts,
  warnings: termWarnings,
  fieldProblems: catalogueProblems,
  progress: catalogueProgress,
  fields: [
    { key: 'unit', label: '学校', kind: 'text', required: true, defaultFrom: 'unit' },
    { key: 'year', label: '学年', kind: 'text', required: true, placeholder: '如 2021-2022' },
    { key: 'semester', label: '学期', kind: 'choice', required: true, options: opts(['上学期', '下学期']) },
    {
      key: 'spineWidth', label: '盒脊宽度', kind: 'choice', hint: '量一量档案盒侧面的宽度',
      options: SPINE_WIDTHS.map((w) => ({ value: String(w), label: `${w} 厘米` })),
    },
    {
      key: 'volumes', label: '盒数', kind: 'table', rows: BOX_ROWS, wide: true,
      hint: '资料较多时分装几盒：盒（一）、盒（二）…',
      columns: [{ key: 'count', label: '盒数', kind: 'int', min: 1 }],
    },
    {
      key: 'items', label: '盒内资料', kind: 'table', rows: ITEM_ROWS, wide: true,
      columns: [
        { key: 'state', label: '情况', kind: 'choice', options: opts(ITEM_STATES), required: true },
        { key: 'count', label: '份数', kind: 'int' },
        { key: 'pages', label: '页数', kind: 'int' },
        { key: 'volume', label: '所在盒', kind: 'int', min: 1 },
        { key: 'note', label: '备注', kind: 'text' },
      ],
    },
  ],
  sections: [
    { keys: ['unit', 'year', 'semester', 'spineWidth'] },
    { title: '盒内资料', keys: ['volumes', 'items'] },
  ],
  paper: {
    orientation: 'landscape',
    columns: [10, 16, 52, 6, 6, 6, 8, 14],
    head: [
      { t: '附件2-2', align: 'left', size: 12 },
      { t: '“控辍保学”档案材料分类目录', align: 'center', size: 18, bold: true },
      { t: '学校：{unit}', align: 'left', size: 12, right: '{term}' },
    ],
    rows: [
      { height: 26, cells: ['盒脊', '盒正面书写', '盒  内  资  料', '情况', '份数', '页数', '所在盒', '备注'].map((t) => ({ t, label: true })) },
      ...BOXES.flatMap(boxRows),
    ],
    foot: [{ t: '注：', size: 11 }, ...ARCHIVE_NOTES.map((t) => ({ t, size: 11 }))],
  },
});
