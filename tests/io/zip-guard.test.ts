// The ZIP check that runs before SheetJS: a file cut short in transfer (a WeChat download
// that stopped) must be refused here, since SheetJS can loop for ever on one.
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DAMAGED_ZIP } from '../../src/io/limits';
import { checkZip } from '../../src/io/zip-guard';

const mtime = new Date(2021, 9, 22);
const zip = zipSync({
  '[Content_Types].xml': [strToU8('<Types>' + '<Default Extension="xml"/>'.repeat(20) + '</Types>'), { mtime }],
  'xl/worksheets/sheet1.xml': [strToU8('<worksheet>' + '<row><c t="inlineStr"><is><t>张三</t></is></c></row>'.repeat(50) + '</worksheet>'), { mtime }],
});

describe('checkZip', () => {
  it('lets a whole file through', () => {
    expect(checkZip(zip)).toBeNull();
  });

  it('refuses the file cut at any point as damaged, in Chinese', () => {
    // 120 bytes is where a cut own workbook once sent SheetJS into an endless loop.
    for (const cut of [4, 30, 120, zip.length >> 1, zip.length - 23, zip.length - 1])
      expect(checkZip(zip.slice(0, cut)), `cut at ${cut}`).toBe(DAMAGED_ZIP);
    expect(DAMAGED_ZIP).toMatch(/损坏/);
  });

  it('refuses a part whose bytes were changed in transfer', () => {
    const bytes = zip.slice();
    bytes[60] ^= 0xff; // inside the first part's compressed data
    expect(checkZip(bytes)).toBe(DAMAGED_ZIP);
  });
});
