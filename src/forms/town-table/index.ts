import { defineForm } from '../kit/define';
import type { Field, RowColumn } from '../kit/field';
import type { CellOf, CellOptions } from '../kit/typed';
import { AGES, deriveTownTable, NUMBER_KEYS, sumKey, townTableProgress, townTableWarnings } from './derive';

/** The typed columns kept per village, after the counts, as in the seed. */
const TYPED: RowColumn[] = [
  { key: 'note', label: '备注', kind: 'text' },
  { key: 'school', label: '负责学校', kind: 'text' },
  { key: 'principal', label: '校长', kind: 'text' },
  { key: 'chief', label: '总负责', kind: 'text' },
  { key: 'leader', label: '主要负责人', kind: 'text' },
  { key: 'phone', label: '电话', kind: 'phone' },
];
const COLUMNS: RowColumn[] = [
  { key: 'village', label: '村委会名称', kind: 'text' },
  { key: 'total', label: '儿童人数', kind: 'int', derived: true },
  ...AGES.map((a): RowColumn => ({ ...a, kind: 'int', derived: true })),
  { key: 'relocated', label: '易地搬迁户人数', kind: 'int', derived: true },
  { key: 'disabled', label: '残疾儿童', kind: 'int', derived: true },
  ...TYPED,
];
const LABEL = Object.fromEntries(COLUMNS.map((c) => [c.key, c.label]));

const head = <T extends string>(t: T, more: CellOptions = {}): CellOf<T> => ({ t, label: true, rowSpan: 2, ...more });
const centred = <T extends string>(t: T, more: CellOptions = {}): CellOf<T> => ({ t, align: 'center', ...more });

/**
 * 附件1-2 【镇】【年】年6—15周岁儿童少年统计表: one per town, a row per village, computed
 * from the roster (花名册) or typed by a town without one.
 */
export const townTable = defineForm({
  id: '1-2',
  version: 1,
  annex: '附件1-2',
  title: '6—15周岁儿童少年统计表',
  summary: '按村委会统计6—15周岁儿童人数，10月22日前报送',
  deadline: 'deadline1',
  single: true,
  summedByBureau: true,
  sources: ['roster', '1-1'],
  subjectKey: 'town',
  listKeys: ['town', 'year'],
  derive: deriveTownTable,
  warnings: townTableWarnings,
  progress: townTableProgress,
  fields: [
    { key: 'town', label: '镇（街道）', kind: 'text', derived: 'overridable', derivedNote: '取自设置，可手动修改' },
    { key: 'year', label: '年份', kind: 'int', derived: 'overridable', derivedNote: '取自设置中的活动年份，可手动修改' },
    { key: 'title', label: '表名', kind: 'text', derived: 'auto', wide: true },
    {
      key: 'villages', label: '各村委会', kind: 'rows', derived: 'overridable', wide: true,
      columns: COLUMNS, keyColumn: 'village', addLabel: '添加村委会',
      hint: '有花名册时人数自动统计（灰色），负责学校等各列请填写；没有花名册时逐村填写人数',
    },
    ...NUMBER_KEYS.map((k): Field<`sum${string}`> => ({ key: sumKey(k), label: `合计${LABEL[k]}`, kind: 'int', derived: 'auto' })),
    { key: 'total11', label: '附件1-1 共计（应与合计儿童人数一致）', kind: 'int', derived: 'auto', wide: true },
  ],
  sections: [
    { keys: ['town', 'year', 'title'] },
    { title: '各村委会', keys: ['villages'] },
    { title: '合计', keys: [...NUMBER_KEYS.map(sumKey), 'total11'] },
  ],
  paper: {
    orientation: 'landscape',
    columns: [3.5, 10, 6, ...AGES.map(() => 6), 6, 5, 6, 12, 6, 6, 7, 15],
    head: [
      { t: '附件1-2', align: 'left', size: 12 },
      { t: '{title}', align: 'center', size: 16, bold: true },
    ],
    rows: [
      { height: 22, cells: [
        head('序号'), head('村委会\n名称'), head('儿童人数'),
        { t: '各年级段学生分布', label: true, colSpan: AGES.length },
        head('易地搬迁户人数'), head('残疾儿童'), ...TYPED.map((c) => head(c.label)),
      ] },
      // “10周岁” does not fit a narrow column on one line: break before 周岁 rather than inside it.
      { height: 22, cells: AGES.map((a) => ({ t: a.label.replace('周岁', '\n周岁'), label: true })) },
      { height: 22, repeat: 'villages', cells: [
        centred('{#}'), { t: '{villages.village}' },
        ...NUMBER_KEYS.map((k) => centred(`{villages.${k}}`)),
        ...TYPED.map((c) => ({ t: `{villages.${c.key}}` })),
      ] },
      { height: 22, cells: [
        { t: '合计', label: true, colSpan: 2 },
        ...NUMBER_KEYS.map((k) => centred(`{${sumKey(k)}}`, { sum: true })),
        ...TYPED.map(() => ({ t: '' })),
      ] },
    ],
    foot: [],
  },
});
