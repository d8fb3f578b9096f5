// A minimal workbook model with the ExcelJS names the writers in src/render/xlsx use
// (getCell, getRow, getColumn, columns, mergeCells, pageSetup, views …); serialize.ts
// turns it into a .xlsx file.
import { colLetter, colNumber, decodeAddress, encodeAddress } from './address';
import { packageWorkbook } from './package';
import type {
  Alignment, Borders, CellValue, ColumnInit, Font, HeaderFooter, PageSetup, SheetState, Style, WorksheetView,
} from './types';

export class Cell {
  /** A new cell takes its column's style, as in ExcelJS (each cell its own copy). */
  style: Partial<Style>;
  value: CellValue = null;
  /** The top-left cell of the merge this cell is hidden under, if any. */
  master?: Cell;

  constructor(readonly row: number, readonly col: number, columnStyle: Partial<Style> | undefined) {
    this.style = { ...columnStyle };
  }

  get address(): string {
    return encodeAddress(this.row, this.col);
  }
  get font() {
    return this.style.font;
  }
  set font(v: Partial<Font> | undefined) {
    this.style.font = v;
  }
  get border() {
    return this.style.border;
  }
  set border(v: Partial<Borders> | undefined) {
    this.style.border = v;
  }
  get alignment() {
    return this.style.alignment;
  }
  set alignment(v: Partial<Alignment> | undefined) {
    this.style.alignment = v;
  }
  get numFmt() {
    return this.style.numFmt;
  }
  set numFmt(v: string | undefined) {
    this.style.numFmt = v;
  }
}

export class Row {
  height?: number;
  readonly cells = new Map<number, Cell>();

  constructor(readonly number: number, private readonly sheet: Worksheet) {}

  getCell(col: number | string): Cell {
    const c = typeof col === 'number' ? col : colNumber(col);
    let cell = this.cells.get(c);
    if (!cell) this.cells.set(c, (cell = new Cell(this.number, c, this.sheet.getColumn(c).style)));
    return cell;
  }

  /** Element 0 goes to column A; undefined leaves a cell alone. */
  set values(values: CellValue[]) {
    values.forEach((v, i) => v !== undefined && (this.getCell(i + 1).value = v));
  }

  /** Cells holding a value, left to right (ExcelJS skips empty ones too). */
  eachCell(fn: (cell: Cell, col: number) => void): void {
    [...this.cells.values()]
      .filter((c) => c.value != null)
      .sort((a, b) => a.col - b.col)
      .forEach((c) => fn(c, c.col));
  }
}

export class Column {
  width?: number;
  style?: Partial<Style>;
  constructor(readonly number: number) {}
  get letter(): string {
    return colLetter(this.number);
  }
}

const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

export class Worksheet {
  readonly rows = new Map<number, Row>();
  readonly cols = new Map<number, Column>();
  readonly merges: [r1: number, c1: number, r2: number, c2: number][] = [];
  pageSetup: Partial<PageSetup> = { orientation: 'portrait', margins: { ...DEFAULT_MARGINS } };
  views: Partial<WorksheetView>[] = [];
  headerFooter: Partial<HeaderFooter> = {};
  autoFilter?: string;

  constructor(readonly name: string, readonly state: SheetState = 'visible') {}

  set columns(list: ColumnInit[]) {
    list.forEach((c, i) => Object.assign(this.getColumn(i + 1), c));
  }
  get columns(): Column[] {
    return [...this.cols.values()].sort((a, b) => a.number - b.number);
  }

  getColumn(col: number | string): Column {
    const c = typeof col === 'number' ? col : colNumber(col);
    let column = this.cols.get(c);
    if (!column) this.cols.set(c, (column = new Column(c)));
    return column;
  }

  getRow(r: number): Row {
    let row = this.rows.get(r);
    if (!row) this.rows.set(r, (row = new Row(r, this)));
    return row;
  }

  getCell(address: string): Cell;
  getCell(row: number, col: number): Cell;
  getCell(a: string | number, col?: number): Cell {
    const [r, c] = typeof a === 'string' ? decodeAddress(a) : [a, col!];
    return this.getRow(r).getCell(c);
  }

  /** The last row holding a cell. */
  get rowCount(): number {
    return Math.max(0, ...[...this.rows.values()].filter((r) => r.cells.size).map((r) => r.number));
  }

  addRow(values: CellValue[]): Row {
    const row = this.getRow(this.rowCount + 1);
    row.values = values;
    return row;
  }

  /** "A1:J1" or (r1, c1, r2, c2); the hidden cells take the top-left cell's style, as in ExcelJS. */
  mergeCells(range: string): void;
  mergeCells(r1: number, c1: number, r2: number, c2: number): void;
  mergeCells(a: string | number, c1?: number, r2?: number, c2?: number): void {
    let box: [number, number, number, number];
    if (typeof a === 'string') {
      const [from, to = from] = a.split(':');
      box = [...decodeAddress(from!), ...decodeAddress(to!)];
    } else box = [a, c1!, r2!, c2!];
    const [top, bottom] = [Math.min(box[0], box[2]), Math.max(box[0], box[2])];
    const [left, right] = [Math.min(box[1], box[3]), Math.max(box[1], box[3])];
    const master = this.getCell(top, left);
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        const cell = this.getCell(r, c);
        cell.master = master;
        cell.style = master.style;
      }
    this.merges.push([top, left, bottom, right]);
  }
}

export class Workbook {
  creator = '';
  title = '';
  readonly worksheets: Worksheet[] = [];

  addWorksheet(name: string, options: { state?: SheetState } = {}): Worksheet {
    const ws = new Worksheet(name, options.state);
    this.worksheets.push(ws);
    return ws;
  }

  getWorksheet(name: string): Worksheet | undefined {
    return this.worksheets.find((w) => w.name === name);
  }

  /** The ExcelJS call shape: `await wb.xlsx.writeBuffer()`. */
  readonly xlsx = {
    writeBuffer: async (): Promise<Uint8Array> => packageWorkbook(this),
  };
}
