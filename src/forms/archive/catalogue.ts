// What the catalogue's outputs (labels, in-box directories, overview) are made of, computed
// once from the entry's values so the PDF, the Excel file and the print view agree.
import type { EntryData, RowItem } from '../kit/field';
import {
  BOX_ROWS, BOXES, DEFAULT_SPINE_WIDTH, ITEM_ROWS, ITEM_STATES, itemRow, MAX_VOLUMES, SPINE_WIDTHS, type ArchiveBox, type ItemState,
} from './boxes';

const CN_DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 -> 盒（一）: the seed's volume label. */
export const volumeMark = (n: number): string => `盒（${CN_DIGITS[n - 1] ?? String(n)}）`;

const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

const rowOf = (v: EntryData, key: 'items' | 'volumes', r: number): RowItem => {
  const rows = v[key];
  const row = Array.isArray(rows) ? rows[r] : undefined;
  return row && typeof row === 'object' ? (row as RowItem) : {};
};

/** What is written for box b's item i: state, count, pages, volume, note (absent when not written). */
export const itemAt = (v: EntryData, b: ArchiveBox, i: number): RowItem => rowOf(v, 'items', itemRow(b, i));

/** The entry with some cells of box b's item i changed; the other rows as they were. */
export function withItem(v: EntryData, b: ArchiveBox, i: number, cells: RowItem): EntryData {
  const items = ITEM_ROWS.map((_, r) => rowOf(v, 'items', r));
  items[itemRow(b, i)] = { ...items[itemRow(b, i)], ...cells };
  return { ...v, items };
}

/** The entry with box b split into n volumes. */
export function withVolumes(v: EntryData, b: ArchiveBox, n: number): EntryData {
  const volumes = BOX_ROWS.map((_, r) => rowOf(v, 'volumes', r));
  volumes[b.n - 1] = { count: n };
  return { ...v, volumes };
}

/** How many volumes a box is split into (1 when not set). */
export const volumeCount = (v: EntryData, b: ArchiveBox): number =>
  clamp(int(rowOf(v, 'volumes', b.n - 1).count) ?? 1, 1, MAX_VOLUMES);

/** The volume an item is filed in: 1 when not set, the last volume when set beyond it. */
export const itemVolume = (v: EntryData, b: ArchiveBox, i: number): number =>
  clamp(int(itemAt(v, b, i).volume) ?? 1, 1, volumeCount(v, b));

export const itemState = (v: EntryData, b: ArchiveBox, i: number): ItemState | null => {
  const s = itemAt(v, b, i).state;
  return (ITEM_STATES as readonly unknown[]).includes(s) ? (s as ItemState) : null;
};

/** The spine width in cm the user chose, or the default. */
export const spineWidth = (v: EntryData): number => {
  const w = Number(v.spineWidth);
  return (SPINE_WIDTHS as readonly number[]).includes(w) ? w : DEFAULT_SPINE_WIDTH;
};

/** 2021-2022学年上学期. */
export const termText = (v: EntryData): string => {
  const year = String(v.year ?? '').trim();
  const sem = String(v.semester ?? '').trim();
  return `${year ? `${year}学年` : ''}${sem}`;
};

export interface DirectoryRow {
  /** 序号 within the volume: 1, 2, … */
  no: number;
  /** ①… of the item in the box. */
  mark: string;
  /** 资料名称: the seed's item text. */
  name: string;
  count: number | null;
  pages: number | null;
  note: string;
  state: ItemState | null;
}

export interface Volume {
  box: ArchiveBox;
  /** 1-based. */
  n: number;
  of: number;
  /** 盒（一） when the box has more than one volume, else ''. */
  mark: string;
  /** 盒内详细目录: the items filed in this volume, except those marked 无 (not in the box). */
  rows: DirectoryRow[];
}

/** Every box's volumes in order: one spine label, front label and directory each. */
export function volumes(v: EntryData): Volume[] {
  return BOXES.flatMap((box) => {
    const of = volumeCount(v, box);
    return Array.from({ length: of }, (_, k): Volume => {
      const n = k + 1;
      const rows: DirectoryRow[] = [];
      box.items.forEach((item, i) => {
        const state = itemState(v, box, i);
        if (itemVolume(v, box, i) !== n || state === '无') return;
        rows.push({
          no: rows.length + 1,
          mark: item.mark,
          name: item.text,
          count: int(itemAt(v, box, i).count),
          pages: int(itemAt(v, box, i).pages),
          note: String(itemAt(v, box, i).note ?? '').trim(),
          state,
        });
      });
      return { box, n, of, mark: of > 1 ? volumeMark(n) : '', rows };
    });
  });
}

/** 份数 and 页数 of a directory, for its 合计 row; null where no row gives one. */
export function directoryTotals(rows: DirectoryRow[]): { count: number | null; pages: number | null } {
  const total = (xs: (number | null)[]) => (xs.some((x) => x != null) ? xs.reduce<number>((a, x) => a + (x ?? 0), 0) : null);
  return { count: total(rows.map((r) => r.count)), pages: total(rows.map((r) => r.pages)) };
}

export interface MissingItem {
  index: number;
  mark: string;
  text: string;
  state: '无' | '部分';
}

/** 缺项一览: per box, the items marked 无 or 部分. Boxes with nothing missing are left out. */
export function missingByBox(v: EntryData): { box: ArchiveBox; items: MissingItem[] }[] {
  return BOXES.map((box) => ({
    box,
    items: box.items.flatMap((item, i): MissingItem[] => {
      const state = itemState(v, box, i);
      return state === '无' || state === '部分' ? [{ index: i, mark: item.mark, text: item.text, state }] : [];
    }),
  })).filter((b) => b.items.length > 0);
}

export interface StateTally {
  total: number;
  full: number;
  partial: number;
  none: number;
  unset: number;
}

export function tallyStates(v: EntryData): StateTally {
  const t: StateTally = { total: 0, full: 0, partial: 0, none: 0, unset: 0 };
  for (const box of BOXES)
    box.items.forEach((_, i) => {
      t.total++;
      const s = itemState(v, box, i);
      if (s === '齐全') t.full++;
      else if (s === '部分') t.partial++;
      else if (s === '无') t.none++;
      else t.unset++;
    });
  return t;
}

/**
 * The school year and semester a date falls in, to start a catalogue with: 上学期 runs
 * from August to January, 下学期 from February to July.
 */
export function termOf(date: Date): { year: string; semester: '上学期' | '下学期' } {
  const y = date.getFullYear();
  const m = date.getMonth() + 1;
  if (m >= 8) return { year: `${y}-${y + 1}`, semester: '上学期' };
  return { year: `${y - 1}-${y}`, semester: m === 1 ? '上学期' : '下学期' };
}
