// The paper form as a grid, once per annex, and where its cells go. The one layout pass
// (render/layout: layoutPaper) builds on these for the Excel, PDF and print painters.

export interface PaperCell {
  /** Text with `{key}` placeholders replaced by the field's paper text. */
  t: string;
  /** Label cells are bold and centred; value cells are left-aligned. */
  label?: boolean;
  colSpan?: number;
  rowSpan?: number;
  align?: 'left' | 'center' | 'right';
  /**
   * A column total of the repeated rows above (the nearest `repeat` block): Excel gets a
   * =SUM() formula with the cell's own value cached; PDF and print show the value.
   */
  sum?: boolean;
  /** Set by expandPaper on `sum` cells: the grid rows (first, last) the total adds up. */
  sumRows?: [number, number];
}

export interface PaperRow {
  /** Minimum height in points (1/72 in); taller for free-text boxes. */
  height?: number;
  cells: PaperCell[];
  /**
   * Key of a `rows` field: this row is printed once per item (expandPaper). Its cells name
   * the item's columns as `{field.column}`; `{#}` is the item's number (1, 2 …). With no
   * items one blank row is printed, for filling in by hand.
   */
  repeat?: string;
}

/** A line outside the grid: title, the unit/date line, the note and signature lines. */
export interface PaperLine {
  t: string;
  align?: 'left' | 'center' | 'right';
  size?: number;
  bold?: boolean;
  /** A second text placed at the right end of the same line (e.g. the date). */
  right?: string;
}

export interface PaperLayout {
  orientation: 'portrait' | 'landscape';
  /** Relative column widths, in Excel character units. */
  columns: number[];
  head: PaperLine[];
  rows: PaperRow[];
  foot: PaperLine[];
}

export interface PlacedCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  cell: PaperCell;
  /** Where its text sits across: as the cell says, else labels centred and values left. */
  align: 'left' | 'center' | 'right';
  /**
   * Where its text sits down: labels, centred values and boxes too low for free text in the
   * middle, free-text boxes from the top. Decided here once, so Excel, PDF and print agree.
   */
  valign: 'middle' | 'top';
}

/** Rows declared this low hold a line or two of text, centred down like the labels beside them. */
const FREE_TEXT_HEIGHT = 50;

/** Puts each cell at its grid position, skipping positions taken by earlier row spans. */
export function placeCells(layout: PaperLayout): PlacedCell[] {
  const width = layout.columns.length;
  const taken = new Set<string>();
  const placed: PlacedCell[] = [];
  layout.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (taken.has(`${r},${c}`)) c++;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      if (c + colSpan > width) throw new Error(`paper row ${r} overflows ${width} columns`);
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) taken.add(`${r + dr},${c + dc}`);
      const align = cell.align ?? (cell.label ? 'center' : 'left');
      const declared = layout.rows.slice(r, r + rowSpan).reduce((h, x) => h + (x.height ?? 0), 0);
      const middle = !!cell.label || align === 'center' || declared < FREE_TEXT_HEIGHT;
      placed.push({ row: r, col: c, rowSpan, colSpan, cell, align, valign: middle ? 'middle' : 'top' });
      c += colSpan;
    }
  });
  return placed;
}

/** Replaces `{key}` (or a path `{field.2.column}`) with the text a lookup gives; unknown keys become empty. */
export function fillTemplate(t: string, text: (key: string) => string): string {
  return t.replace(/\{(\w+(?:\.\w+)*)\}/g, (_, key: string) => text(key));
}

/**
 * The layout with every `repeat` row written out once per item of its field, item cells
 * pointing at `{field.i.column}`, and `sum` cells told which rows they total. The layout
 * pass (layoutPaper) lays out this, never `form.paper` directly, so a repeated table looks
 * the same in Excel, PDF and print. A layout without `repeat` rows comes back unchanged.
 */
export function expandPaper(layout: PaperLayout, values: Record<string, unknown>): PaperLayout {
  if (!layout.rows.some((r) => r.repeat || r.cells.some((c) => c.sum))) return layout;
  const rows: PaperRow[] = [];
  let block: [number, number] | undefined;
  for (const row of layout.rows) {
    if (!row.repeat) {
      rows.push({
        ...row,
        cells: row.cells.map((c) => (c.sum && block ? { ...c, sumRows: block } : c)),
      });
      continue;
    }
    const key = row.repeat;
    const items = values[key];
    const n = Array.isArray(items) ? items.length : 0;
    const item = new RegExp(`\\{${key}\\.(\\w+)\\}`, 'g');
    const first = rows.length;
    if (n === 0) rows.push({ ...row, repeat: undefined, cells: row.cells.map((c) => ({ ...c, t: '' })) });
    for (let i = 0; i < n; i++)
      rows.push({
        ...row,
        repeat: undefined,
        cells: row.cells.map((c) => ({ ...c, t: c.t.replace(item, `{${key}.${i}.$1}`).replace(/\{#\}/g, String(i + 1)) })),
      });
    block = [first, rows.length - 1];
  }
  return { ...layout, rows };
}
