// 附件2-2 “控辍保学”档案材料分类目录: the eight archive boxes, copied from the seed.
// Spine, front title and item texts are verbatim (including the seed's own spellings,
// e.g. Ⅷ's spine without 类 and Ⅴ⑤'s 人藉): schools and inspectors know these words.

export interface ArchiveItem {
  /** ①, ②, … as printed before the item. */
  mark: string;
  /** The item's text after its mark, verbatim. */
  text: string;
}

export interface ArchiveBox {
  /** Ⅰ … Ⅷ. */
  roman: string;
  /** 1 … 8: the box's row in the `volumes` table is n - 1; paper-only keys use it (b1VolsText). */
  n: number;
  /** 盒脊: the seed's spine text without its table line breaks. */
  spine: string;
  /** 盒正面书写, below the school's name (the seed's “**学校”). */
  title: string;
  /** 盒内资料. */
  items: ArchiveItem[];
}

const items = (...texts: string[]): ArchiveItem[] =>
  texts.map((t) => ({ mark: t[0], text: t.slice(1) }));

export const BOXES: ArchiveBox[] = [
  {
    roman: 'Ⅰ', n: 1, spine: '控辍保学Ⅰ类', title: '控辍保学规章制度',
    items: items(
      '①上级下发及学校制定的有关控辍保学政策文件。',
      '②学校控辍保学制度方案及“控辍保学”工作领导机构、成员分工。',
      '③上、下学期学校控辍保学工作安排、总结等。',
    ),
  },
  {
    roman: 'Ⅱ', n: 2, spine: '控辍保学Ⅱ类', title: '控辍保学目标责任书',
    items: items(
      '①局长与校长签订的控辍保学目标责任书。',
      '②中心校校长与教学点校长签订的控辍保学目标责任书。',
      '③校长与班主任签订的控辍保学目标责任书。',
      '④校长与教师签订的控辍保学目标责任书。',
      '⑤班主任与家长签订的控辍保学目标责任书。',
    ),
  },
  {
    roman: 'Ⅲ', n: 3, spine: '控辍保学Ⅲ类', title: '辖区内6-15周岁适龄儿童少年就学情况台账',
    items: items(
      '①辖区内6-15周岁适龄儿童少年就学情况摸排统计报告。',
      '②辖区内6-15周岁适龄儿童少年统计表。',
      '③辖区内6-15周岁适龄儿童少年花名册。',
      '④辖区内6-15周岁适龄儿童少年特殊情况分类花名册',
      '⑤辖区内6-15周岁适龄儿童少年佐证资料。',
    ),
  },
  {
    roman: 'Ⅳ', n: 4, spine: '控辍保学Ⅳ类', title: '控辍保学月报、网报表',
    items: items(
      '①控辍保学月报表。(以实际在校生人数为准，含请假、休学)',
      '②控辍保学系统上报导出报表。',
    ),
  },
  {
    roman: 'Ⅴ', n: 5, spine: '控辍保学Ⅴ类', title: '学籍管理档案资料',
    items: items(
      '①有关学籍管理制度的文件。',
      '②近三年小学毕业库学生花名册及佐证材料。',
      '③上、下学期在校生花名册。',
      '④上、下学期学籍异动（转学、休学、复学等）学生花名册及办理资料。',
      '⑤学校人藉不符学生花名册及佐证材料。（学籍人数=在校生人数+籍在人不在人数-人在籍不在人数）',
    ),
  },
  {
    roman: 'Ⅵ', n: 6, spine: '控辍保学Ⅵ类', title: '特殊群体学生关爱资料',
    items: items(
      '①留守、随迁、学困、特殊家庭等特殊儿童花名册及关爱、帮扶活动记录。（附图片）',
      '②残疾送教儿童花名册。',
      '③送教方案及送教记录。（每月至少2次，附图片）',
    ),
  },
  {
    roman: 'Ⅶ', n: 7, spine: '控辍保学Ⅶ类', title: '疑似失、辍学报告、劝返资料',
    items: items(
      '①疑似失、辍学学生花名册。',
      '②疑似失、辍学学生劝返记录。',
    ),
  },
  {
    roman: 'Ⅷ', n: 8, spine: '控辍保学Ⅷ', title: '控辍保学政策宣传培训等材料',
    items: items(
      '①学校有关控辍保学的会议简报、宣传稿件、美篇、会议记录、领导的发言稿和影像资料。',
      '②学校向家长宣传控辍保学政策的过程性资料。',
    ),
  },
];

/** The seed's notes under the table. */
export const ARCHIVE_NOTES = [
  '1.档案资料整理按控辍资料目录分学期、学年整理装订；如果资料较多，可以在盒脊书写内容后增添“盒（一）、盒（二）”等标签。',
  '2.每个档案盒内必须有盒内详细目录，便于查询。',
];

/** Item states, as the school marks them. */
export const ITEM_STATES = ['无', '部分', '齐全'] as const;
export type ItemState = (typeof ITEM_STATES)[number];

/** Spine widths (cm) of the archive boxes schools buy. */
export const SPINE_WIDTHS = [3, 4, 5, 6] as const;
export const DEFAULT_SPINE_WIDTH = 5;

/** More volumes than this per box would be a filing problem, not a labelling one. */
export const MAX_VOLUMES = 9;

/** Short name of an item in labels and messages: Ⅲ类①. */
export const itemName = (b: ArchiveBox, i: number) => `${b.roman}类${b.items[i].mark}`;

const FIRST_ROW = BOXES.map((_, k) => BOXES.slice(0, k).reduce((n, b) => n + b.items.length, 0));

/** The row of box b's item i in the catalogue's `items` table (every box's items in order). */
export const itemRow = (b: ArchiveBox, i: number): number => FIRST_ROW[b.n - 1]! + i;

/** The rows of the `items` table, named as in messages (Ⅰ类① …), and of the `volumes` table (Ⅰ类 …). */
export const ITEM_ROWS: readonly string[] = BOXES.flatMap((b) => b.items.map((_, i) => itemName(b, i)));
export const BOX_ROWS: readonly string[] = BOXES.map((b) => `${b.roman}类`);

// Paths of the catalogue's values (table cells, as templates and issues name them), in one
// place so renderers never spell them.
export const paths = {
  volumes: (b: ArchiveBox) => `volumes.${b.n - 1}.count`,
  state: (b: ArchiveBox, i: number) => `items.${itemRow(b, i)}.state`,
  count: (b: ArchiveBox, i: number) => `items.${itemRow(b, i)}.count`,
  pages: (b: ArchiveBox, i: number) => `items.${itemRow(b, i)}.pages`,
  volume: (b: ArchiveBox, i: number) => `items.${itemRow(b, i)}.volume`,
  note: (b: ArchiveBox, i: number) => `items.${itemRow(b, i)}.note`,
};

/** Texts only the paper has (paperValues): 共2盒 under a split box's spine, 盒（二） beside an item. */
export const paperKeys = {
  volumesText: (b: ArchiveBox) => `b${b.n}VolsText`,
  volumeMark: (b: ArchiveBox, i: number) => `b${b.n}i${i + 1}Box`,
};
