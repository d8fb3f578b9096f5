import { defineForm } from '../kit/define';
import type { EntryData, Field, Option } from '../kit/field';
import type { PaperRow } from '../kit/paper';
import type { CellOf } from '../kit/typed';
import { ARCHIVE_NOTES, BOXES, ITEM_STATES, itemName, keys, SPINE_WIDTHS, type ArchiveBox } from './boxes';
import { itemState, itemVolume, tallyStates, termText, volumeCount, volumeMark } from './catalogue';

export * from './boxes';
export * from './catalogue';
export * from './links';

const opts = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: v }));

const boxFields = (b: ArchiveBox): Field[] => [
  { key: keys.volumes(b), label: `${b.roman}类 盒数`, kind: 'int', min: 1, hint: '资料较多时分装几盒：盒（一）、盒（二）…' },
  ...b.items.flatMap((_, i): Field[] => {
    const name = itemName(b, i);
    return [
      { key: keys.state(b, i), label: `${name} 情况`, kind: 'choice', options: opts(ITEM_STATES), required: true },
      { key: keys.count(b, i), label: `${name} 份数`, kind: 'int' },
      { key: keys.pages(b, i), label: `${name} 页数`, kind: 'int' },
      { key: keys.volume(b, i), label: `${name} 所在盒`, kind: 'int', min: 1 },
      { key: keys.note(b, i), label: `${name} 备注`, kind: 'text' },
    ];
  }),
];

/** The texts only the paper has: the term in words, and which box an item is in when there are several. */
function paperTexts(data: EntryData): Record<string, string> {
  const out: Record<string, string> = { term: termText(data) };
  for (const b of BOXES) {
    const of = volumeCount(data, b);
    out[`b${b.n}VolsText`] = of > 1 ? `共${of}盒` : '';
    b.items.forEach((_, i) => {
      out[keys.volumeMark(b, i)] = of > 1 ? volumeMark(itemVolume(data, b, i)) : '';
    });
  }
  return out;
}

const YEAR = /^(\d{4})\s*[-—–至]\s*(\d{4})$/;

/** Problems of one item, shown beside it (and among the form's warnings). */
export function itemWarnings(v: EntryData, b: ArchiveBox, i: number): string[] {
  const out: string[] = [];
  const name = itemName(b, i);
  const of = volumeCount(v, b);
  const vol = v[keys.volume(b, i)];
  if (typeof vol === 'number' && vol > of) out.push(`${name} 所在盒（${vol}）超过${b.roman}类的盒数（${of}），按${volumeMark(of)}计。`);
  const count = v[keys.count(b, i)];
  const pages = v[keys.pages(b, i)];
  const state = itemState(v, b, i);
  if (state === '无' && ((typeof count === 'number' && count > 0) || (typeof pages === 'number' && pages > 0)))
    out.push(`${name} 标为“无”，却填写了份数或页数，请核对。`);
  if (state === '齐全' && count === 0) out.push(`${name} 标为“齐全”，份数却为 0，请核对。`);
  return out;
}

/** Problems of the catalogue as a whole (not of one item). */
export function termWarnings(v: EntryData): string[] {
  const year = String(v.year ?? '').trim();
  const m = YEAR.exec(year);
  return year && (!m || Number(m[2]) !== Number(m[1]) + 1) ? [`学年“${year}”应写作相邻两年，如“2021-2022”。`] : [];
}

function catalogueWarnings(v: EntryData): string[] {
  return [...termWarnings(v), ...BOXES.flatMap((b) => b.items.flatMap((_, i) => itemWarnings(v, b, i)))];
}

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
          { t: `${b.spine}\n{b${b.n}VolsText}`, label: true, rowSpan: b.items.length },
          { t: `{unit}\n${b.title}`, align: 'center' as const, rowSpan: b.items.length },
        ]
        : []),
      { t: `${item.mark}${item.text}` },
      center(`{${keys.state(b, i)}}`),
      center(`{${keys.count(b, i)}}`),
      center(`{${keys.pages(b, i)}}`),
      center(`{${keys.volumeMark(b, i)}}`),
      { t: `{${keys.note(b, i)}}` },
    ],
  }));

/**
 * 附件2-2 “控辍保学”档案材料分类目录: one per school, for a school year and semester. Per
 * item its state, 份数 and 页数; per box how many volumes and which item goes in which.
 * The labels and in-box directories are computed from it (catalogue.ts).
 */
export const archive = defineForm({
  id: '2-2',
  version: 1,
  annex: '附件2-2',
  title: '“控辍保学”档案材料分类目录',
  summary: '八类档案盒逐项登记，打印盒脊、盒正面标签和盒内详细目录',
  single: true,
  // The catalogue needs more than the generic editor: labels, directories, the overview.
  href: '/forms/2-2/',
  // The school is in every file name already; the school year tells the files apart.
  subjectKey: 'year',
  listKeys: ['unit', 'year', 'semester'],
  register: { title: '“控辍保学”档案材料分类目录', keys: ['unit', 'year', 'semester'] },
  paperValues: paperTexts,
  warnings: catalogueWarnings,
  progress: catalogueProgress,
  fields: [
    { key: 'unit', label: '学校', kind: 'text', required: true, defaultFrom: 'unit' },
    { key: 'year', label: '学年', kind: 'text', required: true, placeholder: '如 2021-2022' },
    { key: 'semester', label: '学期', kind: 'choice', required: true, options: opts(['上学期', '下学期']) },
    {
      key: 'spineWidth', label: '盒脊宽度', kind: 'choice', hint: '量一量档案盒侧面的宽度',
      options: SPINE_WIDTHS.map((w) => ({ value: String(w), label: `${w} 厘米` })),
    },
    ...BOXES.flatMap(boxFields),
  ],
  sections: [
    { keys: ['unit', 'year', 'semester', 'spineWidth'] },
    ...BOXES.map((b) => ({
      title: `${b.spine} ${b.title}`,
      keys: [keys.volumes(b), ...b.items.flatMap((_, i) => [keys.state(b, i), keys.count(b, i), keys.pages(b, i), keys.volume(b, i), keys.note(b, i)])],
    })),
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
