// The paper form as a grid, once per annex. The Excel writer, the PDF writer and the print
// view all place the same cells, so the three outputs cannot drift apart.

export interface PaperCell {
  /** Text with `{key}` placeholders replaced by the field's paper text. */
  t: string;
  /** Label cells are bold and centred; value cells are left-aligned. */
  label?: boolean;
  colSpan?: number;
  rowSpan?: number;
  align?: 'left' | 'center' | 'right';
}

export interface PaperRow {
  /** Minimum height in points (1/72 in); taller for free-text boxes. */
  height?: number;
  cells: PaperCell[];
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
}

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
      placed.push({ row: r, col: c, rowSpan, colSpan, cell });
      c += colSpan;
    }
  });
  return placed;
}

/** Replaces `{key}` with the text a lookup gives; unknown keys become empty. */
export function fillTemplate(t: string, text: (key: string) => string): string {
  return t.replace(/\{(\w+)\}/g, (_, key: string) => text(key));
}
