// Excel exports. Load with `await import('../render/xlsx')` when exporting: ExcelJS is large.
export { formWorkbook } from './form-workbook';
export { registerWorkbook } from './register-workbook';
export { formulaCell } from './cells';
export { DATA_SHEET, DATA_FORMAT, MARKER } from './data-format';
