// The machine-readable sheet that every exported workbook carries, so that the app can
// re-import its own files without loss. Shared by the writer and by src/io/read-workbook.ts;
// imports nothing, so the reader does not pull in ExcelJS.

export const DATA_SHEET = '数据';
/** A1 of the data sheet; B1 holds DATA_FORMAT. Tells our workbooks from anyone else's. */
export const MARKER = '__jiafang__';
/** Rises when the layout of the data sheet changes. */
export const DATA_FORMAT = 1;
/** Row 2 starts with these; one column per field key follows. Data rows start at row 3. */
export const ENVELOPE_KEYS = ['id', 'formId', 'formVersion', 'createdAt', 'updatedAt', 'status'] as const;
export const HEADER_ROW = 2;
