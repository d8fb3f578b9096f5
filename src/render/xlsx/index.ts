// Excel exports. Load with `await import('../render/xlsx')` when exporting: the writers are not needed before.
export { formWorkbook } from './form-workbook';
export { registerWorkbook } from './register-workbook';
export { formulaCell } from './cells';
export { DATA_SHEET, DATA_FORMAT, MARKER } from '../../io/formats/data-sheet';
