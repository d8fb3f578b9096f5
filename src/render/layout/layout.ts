// One layout pass for every painter: the Excel writer, the PDF writer and the print view
// paint the boxes laid out here and decide nothing about text, alignment or height.
// Pure (no DOM, no jsPDF): what differs between the media is injected as a `Medium`.
import type { EntryData } from '../../forms/kit/field';
import { expandPaper, placeCells, type PaperLayout, type PaperLine } from '../../forms/kit/paper';

export const total = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** What a painter's medium says about measuring text; the layout decides with it. */
export interface Medium {
  /** Points of paper one column width unit (`paper.columns`) takes. */
  unit: number;
  /** Points kept blank inside a box on the left and on the right. */
  pad: number;
  /** The lines `text` wraps into `widthPt` wide at `sizePt` (PDF: the font's widths; else an estimate). */
  measure(text: string, widthPt: number, sizePt: number): string[];
  /** Points a box needs for `lines` lines of grid text, padding included. */
  boxHeight(lines: number): number;
  /** Height of a row that declares none. */
  rowHeight: number;
  /** The tallest row the medium can hold (Excel: 409 pt). */
  maxRowHeight?: number;
  /** Grid text size in points. */
  size: number;
}

/** A cell of the grid as every painter draws it. */
export interface Box {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Left edge and width in column units; a painter multiplies by its own unit. */
  x: number;
  w: number;
  /** The cell's template (`{key}` …), for painters that keep a number as a number. */
  template: string;
  /** The filled text, and the lines it wraps into. */
  text: string;
  lines: string[];
  /** Bold. */
  label: boolean;
  align: 'left' | 'center' | 'right';
  valign: 'middle' | 'top';
  /** A column total: the grid rows (first, last) it adds up. */
  sumRows?: [number, number];
}

/** A line outside the grid, filled. */
export interface LaidLine {
  template: string;
  text: string;
  /** The text at the right end of the line, if any, and its template. */
  right?: string;
  rightTemplate?: string;
  align: 'left' | 'center' | 'right';
  size: number;
  bold: boolean;
}

export interface Layout {
  orientation: PaperLayout['orientation'];
  /** Column widths in column units. */
  columns: number[];
  head: LaidLine[];
  boxes: Box[];
  /** Row heights in points, after measuring every box's text. */
  heights: number[];
  /** Runs of rows (first, last) tied by a row span: a page break never falls inside one. */
  blocks: [number, number][];
  foot: LaidLine[];
}

/** What the layout needs of a form: its paper and its template filling. */
export interface Printable {
  paper: PaperLayout;
  fill(template: string, data: EntryData): string;
}

/** A paper line filled by `fill` (as is without), its defaults made explicit. */
export const laidLine = (l: PaperLine, fill: (t: string) => string = (t) => t): LaidLine => ({
  template: l.t,
  text: fill(l.t),
  ...(l.right == null ? {} : { right: fill(l.right), rightTemplate: l.right }),
  align: l.align ?? 'left',
  size: l.size ?? 12,
  bold: !!l.bold,
});

/** Lays out `form.paper` for `values` (resolved): repeated rows written out, every box filled, measured and placed. */
export function layoutPaper(form: Printable, values: EntryData, medium: Medium): Layout {
  const paper = expandPaper(form.paper, values);
  const fill = (t: string) => form.fill(t, values);
  const left = paper.columns.map((_, i) => total(paper.columns.slice(0, i)));
  const boxes: Box[] = placeCells(paper).map((p) => {
    const w = total(paper.columns.slice(p.col, p.col + p.colSpan));
    const text = fill(p.cell.t);
    return {
      row: p.row, col: p.col, rowSpan: p.rowSpan, colSpan: p.colSpan, x: left[p.col]!, w,
      template: p.cell.t, text, lines: medium.measure(text, w * medium.unit - 2 * medium.pad, medium.size),
      label: !!p.cell.label, align: p.align, valign: p.valign,
      ...(p.cell.sumRows ? { sumRows: p.cell.sumRows } : {}),
    };
  });
  const heights = paper.rows.map((r) => r.height ?? medium.rowHeight);
  // Single-row boxes first, so that a row-spanning box only adds what its rows still lack.
  for (const b of [...boxes].sort((a, c) => a.rowSpan - c.rowSpan)) {
    const need = medium.boxHeight(b.lines.length);
    const have = total(heights.slice(b.row, b.row + b.rowSpan));
    if (need > have) heights[b.row + b.rowSpan - 1]! += need - have;
  }
  const max = medium.maxRowHeight;
  return {
    orientation: paper.orientation,
    columns: paper.columns,
    head: paper.head.map((l) => laidLine(l, fill)),
    boxes,
    heights: max ? heights.map((h) => Math.min(h, max)) : heights,
    blocks: blocksOf(boxes, heights.length),
    foot: paper.foot.map((l) => laidLine(l, fill)),
  };
}

function blocksOf(boxes: Box[], rows: number): [number, number][] {
  const blocks: [number, number][] = [];
  for (let r = 0; r < rows; ) {
    let end = r;
    for (let i = r; i <= end; i++)
      for (const b of boxes) if (b.row === i) end = Math.max(end, b.row + b.rowSpan - 1);
    blocks.push([r, end]);
    r = end + 1;
  }
  return blocks;
}
