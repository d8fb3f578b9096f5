// A small .xlsx writer with the part of ExcelJS's API the workbook writers use.
export { Cell, Column, Row, Workbook, Worksheet } from './model';
export type * from './types';
