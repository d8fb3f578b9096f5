// Findings 7, 8 and 9 of issue 10: big and hostile files are read whole or refused by name.
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { makeBackup } from '../../src/io/backup';
import { MAX_COLS, MAX_ROWS, TOO_BIG_PART, TOO_BIG_UNZIPPED, TOO_MANY_COLS, TOO_MANY_ROWS } from '../../src/io/limits';
import { planImport, tallyPlan } from '../../src/io/merge';
import { readImportFiles } from '../../src/io/read-files';
import { matchHeaders } from '../../src/io/roster-import/headers';
import { rowsToChildren } from '../../src/io/roster-import/rows';
import { readSheet, type SheetData } from '../../src/io/roster-import/sheet';
import { declaredSizes } from '../../src/io/zip-guard';
import { defaultSettings } from '../../src/settings/schema';
import { newEntry } from '../../src/storage/entry-parse';

const ok = (r: ReturnType<typeof readSheet>): SheetData => {
  if ('error' in r) throw new Error(r.error);
  return r;
};
const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));
const rosterCsv = (n: number) => csv(['姓名,身份证号码', ...Array.from({ length: n }, (_, i) => `儿童${i},`)]);

const xlsx = (aoa: unknown[][], extra?: unknown[][]) => {
  const wb = utils.book_new();
  utils.book_append_sheet(wb, utils.aoa_to_sheet(aoa), '花名册');
  if (extra) utils.book_append_sheet(wb, utils.aoa_to_sheet(extra), '其他');
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
};

/** The same bytes with one part's declared uncompressed size set to `size`. */
function declare(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(part);
  for (let o = 0; o + 46 < out.length; o++) {
    if (view.getUint32(o, true) !== 0x02014b50) continue;
    const len = view.getUint16(o + 28, true);
    if (len === name.length && name.every((b, i) => out[o + 46 + i] === b)) {
      view.setUint32(o + 24, size, true);
      return out;
    }
  }
  throw new Error(`no ${part}`);
}

describe('finding 7: a roster is read whole, or refused naming the limit', () => {
  it('reads every row of a 60,000-row file', () => {
    const s = ok(readSheet(rosterCsv(60_000), 'big.csv'));
    expect(s.rows).toHaveLength(60_000);
    expect(s.rows.at(-1)?.[0]).toBe('儿童59999');
  });

  it('reads a 就学状态 column at position 250', () => {
    const header = ['姓名', '身份证号码', ...Array.from({ length: 247 }, (_, i) => `备注${i}`), '就学状态'];
    const row = ['张三', '', ...Array.from({ length: 247 }, () => ''), '县域内实际就读'];
    const s = ok(readSheet(xlsx([header, row]), 'wide.xlsx'));
    expect(s.headers[249]).toBe('就学状态');
    const [child] = rowsToChildren(s.rows, matchHeaders(s.headers).mapping, { firstRow: s.firstRow });
    expect(child?.data.status).toBe('县域内实际就读');
  });

  it('refuses a file over the row limit, naming it', () => {
    expect(readSheet(rosterCsv(MAX_ROWS), 'huge.csv')).toEqual({ error: TOO_MANY_ROWS });
    expect(TOO_MANY_ROWS).toContain('100,000 行');
  });

  it('refuses a file over the column limit, naming it', () => {
    const header = ['姓名', '身份证号码', ...Array.from({ length: MAX_COLS }, (_, i) => `列${i}`)];
    expect(readSheet(csv([header.join(','), '张三,']), 'wide.csv')).toEqual({ error: TOO_MANY_COLS });
    expect(TOO_MANY_COLS).toContain(`${MAX_COLS} 列`);
  });

  it('reads only the first sheet', () => {
    const s = ok(readSheet(xlsx([['姓名', '身份证号码'], ['张三', '']], [['x'], ['y']]), 'a.xlsx'));
    expect(s.sheetName).toBe('花名册');
  });
});

describe('finding 8: a compression bomb is refused before it is inflated', () => {
  const book = xlsx([['姓名', '身份证号码'], ['张三', '']]);

  it('reads the declared sizes of every part', () => {
    const sizes = declaredSizes(book);
    expect(sizes?.length).toBeGreaterThan(3);
    expect(sizes?.every((n) => n > 0 && n < 100_000)).toBe(true);
  });

  it('refuses a sheet declared at 0.4 GB, naming the limit', () => {
    const bomb = declare(book, 'xl/worksheets/sheet1.xml', 400 * 1024 * 1024);
    expect(readSheet(bomb, 'bomb.xlsx')).toEqual({ error: TOO_BIG_PART });
    expect(TOO_BIG_PART).toMatch(/200 MB/);
  });

  it('refuses parts that together are over the limit', () => {
    let bomb = declare(book, 'xl/worksheets/sheet1.xml', 190 * 1024 * 1024);
    bomb = declare(bomb, 'xl/styles.xml', 190 * 1024 * 1024);
    expect(readSheet(bomb, 'bomb.xlsx')).toEqual({ error: TOO_BIG_UNZIPPED });
  });

  it('refuses an own workbook declared at 0.4 GB on /data/ too', async () => {
    const bomb = declare(book, 'xl/worksheets/sheet1.xml', 400 * 1024 * 1024);
    const r = await readImportFiles([new File([bomb as Uint8Array<ArrayBuffer>], 'bomb.xlsx')]);
    expect(r.errors).toEqual([`bomb.xlsx：${TOO_BIG_PART}`]);
    expect(r.incoming).toEqual([]);
  });
});

describe('finding 9: a 200,000-entry backup is read and planned', () => {
  it('reads every entry and plans each as new', async () => {
    const base = newEntry('3-1', { student: '学生' });
    const entries = Array.from({ length: 200_000 }, (_, i) => ({ ...base, id: crypto.randomUUID(), data: { ...base.data, student: `学生${i}` } }));
    const file = new File([makeBackup(entries, defaultSettings())], 'backup.json');
    const r = await readImportFiles([file]);
    expect(r.errors).toEqual([]);
    expect(r.incoming).toHaveLength(200_000);
    expect(tallyPlan(planImport(new Map(), r.incoming, { now: Date.now() }))).toEqual({ new: 200_000, updated: 0, unchanged: 0, rejected: 0, conflict: 0, edited: 0 });
  }, 120_000);
});
