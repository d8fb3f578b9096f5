// Shared by the roster-import unit tests: valid ID numbers, a workbook in bytes, a sheet read without error.
import { utils, write } from '@e965/xlsx';
import { checkDigit } from '../../src/calc/idcard';
import { readSheet, type SheetData } from '../../src/io/roster-import/sheet';

export const idFor = (birth: string, seq = '123') => {
  const body = `610526${birth.replace(/-/g, '')}${seq}`;
  return body + checkDigit(body);
};

export const ok = (r: ReturnType<typeof readSheet>): SheetData => {
  if ('error' in r) throw new Error(r.error);
  return r;
};
export const xlsxBytes = (ws: ReturnType<typeof utils.aoa_to_sheet>, bookType: 'xlsx' | 'xls' = 'xlsx') => {
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, '花名册');
  utils.book_append_sheet(wb, utils.aoa_to_sheet([['姓名', '身份证号码'], ['不读', '第二张表']]), '其他');
  return new Uint8Array(write(wb, { type: 'array', bookType }) as ArrayBuffer);
};
