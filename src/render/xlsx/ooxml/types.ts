// The style and value shapes the workbook writers use: the subset of ExcelJS's model that
// src/render/xlsx needs, under the same names, so the writers read as they did with ExcelJS.

export interface Color {
  argb: string;
}

export interface Font {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  color: Partial<Color>;
}

export type BorderStyle = 'thin' | 'medium' | 'thick' | 'dotted' | 'dashed' | 'double' | 'hair';

export interface Border {
  style: BorderStyle;
  color: Partial<Color>;
}

export interface Borders {
  top: Partial<Border>;
  left: Partial<Border>;
  bottom: Partial<Border>;
  right: Partial<Border>;
}

export interface Alignment {
  horizontal: 'left' | 'center' | 'right' | 'fill' | 'justify' | 'centerContinuous' | 'distributed';
  vertical: 'top' | 'middle' | 'bottom' | 'distributed' | 'justify';
  wrapText: boolean;
  shrinkToFit: boolean;
  indent: number;
}

export interface Style {
  font: Partial<Font>;
  border: Partial<Borders>;
  alignment: Partial<Alignment>;
  numFmt: string;
}

/** A formula (without "=") with its result cached, for readers that do not calculate. */
export interface CellFormulaValue {
  formula: string;
  result?: number | string | boolean;
}

export type CellValue = string | number | boolean | null | undefined | CellFormulaValue;

export interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export interface PageSetup {
  paperSize: number;
  orientation: 'portrait' | 'landscape';
  fitToPage: boolean;
  fitToWidth: number;
  fitToHeight: number;
  scale: number;
  horizontalCentered: boolean;
  verticalCentered: boolean;
  margins: Partial<Margins>;
  /** e.g. "A1:J12" ("$" are added). */
  printArea: string;
  /** e.g. "3:3": rows repeated at the top of every printed page. */
  printTitlesRow: string;
}

export interface WorksheetView {
  state: 'frozen' | 'normal';
  xSplit: number;
  ySplit: number;
}

export interface HeaderFooter {
  oddHeader: string;
  oddFooter: string;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface ColumnInit {
  width?: number;
  style?: Partial<Style>;
}
