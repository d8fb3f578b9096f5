// What an imported file may hold. A county roster is about 20,000 children in one sheet of
// a dozen columns (a few MB of sheet XML); the limits leave five times that and more, and
// stop a hostile or mistaken file long before it can exhaust a phone's memory. Stated in
// README.md ("Limits"); every refusal names the limit it hit.

/** Rows of a roster sheet, header rows included. */
export const MAX_ROWS = 100_000;
/** Columns of a roster sheet. */
export const MAX_COLS = 256;
/** Size on disk of an Excel or CSV file. */
export const MAX_FILE_MB = 100;
/** Size on disk of a backup (.json): 200,000 records are about 100 MB. */
export const MAX_BACKUP_MB = 500;
/** Declared uncompressed size of everything in an .xlsx, and of any one part (a sheet). */
export const MAX_UNZIPPED_MB = 300;
export const MAX_PART_MB = 200;

const MB = 1024 * 1024;
const n = (x: number) => x.toLocaleString('en-US');

export const TOO_MANY_ROWS = `文件超过 ${n(MAX_ROWS)} 行（每个文件最多 ${n(MAX_ROWS)} 行），请把它分成几个文件分别导入。`;
export const TOO_MANY_COLS = `文件超过 ${MAX_COLS} 列（每个文件最多 ${MAX_COLS} 列），请删去不需要的列后再导入。`;
export const tooBig = (limitMb: number) => `文件超过 ${limitMb} MB（最大 ${limitMb} MB），请把它分成几个文件分别导入。`;
export const TOO_BIG_UNZIPPED = `文件解压后超过 ${MAX_UNZIPPED_MB} MB（解压后最大 ${MAX_UNZIPPED_MB} MB），可能不是正常的表格文件。请删去不需要的工作表，或分成几个文件后再导入。`;
export const TOO_BIG_PART = `文件中有一张工作表解压后超过 ${MAX_PART_MB} MB（每张最大 ${MAX_PART_MB} MB），可能不是正常的表格文件。请删去不需要的内容，或分成几个文件后再导入。`;
/** A part of the .xlsx does not inflate to what its directory declares (damaged in transfer). */
export const DAMAGED_ZIP = '文件已损坏（压缩数据校验失败），无法读取，未导入任何内容。请让对方重新导出或重新发送文件后再导入。';
/** The parsing worker died (most often out of memory). */
export const WORKER_DIED = '文件太大或已损坏，无法读取，未导入任何内容。请检查文件，或把它分成几个较小的文件后再导入。';

export const bytesOver = (bytes: number, limitMb: number) => bytes > limitMb * MB;
