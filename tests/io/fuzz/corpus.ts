// Hostile files for every importer, generated from a fixed seed so that a failure can be
// replayed: the same seed gives the same bytes on every run and every machine.
import { deflateRawSync } from 'node:zlib';
import { utils, write, type WorkSheet } from '@e965/xlsx';
import { registerWorkbook } from '../../../src/render/xlsx';
import { DATA_SHEET, ENVELOPE_KEYS, MARKER } from '../../../src/io/formats/data-sheet';
import type { Entry } from '../../../src/storage/entry';
import { form, settings, visitEntry } from '../../render/visit-entry';

export interface Hostile {
  /** File name as the user would pick it (the importers look at names too). */
  name: string;
  bytes: Uint8Array;
  /** What is wrong with it, for the failure message. */
  what: string;
}

export const SEED = 20211022;

/** mulberry32: a tiny PRNG, enough to scatter cuts and flips reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = (s: string) => new TextEncoder().encode(s);

// --- a minimal zip writer, so a test can say exactly what an entry declares ---------------

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Uint8Array) => {
  let c = 0xffffffff;
  for (const x of b) c = CRC[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

interface ZipEntry { name: string; data: Uint8Array; /** Lie about the uncompressed size. */ declared?: number }

export function zip(entries: ZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = text(e.name);
    const packed = deflateRawSync(e.data, { level: 9 });
    const crc = crc32(e.data);
    const size = e.declared ?? e.data.length;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // UTF-8 names
    local.setUint16(8, 8, true); // deflate
    local.setUint32(14, crc, true);
    local.setUint32(18, packed.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(8, 0x0800, true);
    central.setUint16(10, 8, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, packed.length, true);
    central.setUint32(24, size, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offset, true);
    locals.push(new Uint8Array(local.buffer), name, packed);
    centrals.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.length + packed.length;
  }
  const dirSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, dirSize, true);
  end.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The smallest xlsx Excel opens: one sheet whose XML is `sheetXml`. */
function xlsxWithSheet(sheetXml: Uint8Array, declared?: number): Uint8Array {
  return zip([
    { name: '[Content_Types].xml', data: text('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>') },
    { name: '_rels/.rels', data: text('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>') },
    { name: 'xl/workbook.xml', data: text('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>') },
    { name: 'xl/_rels/workbook.xml.rels', data: text('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>') },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml, declared },
  ]);
}

const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A sheet of inline strings, past Excel's own 32,767-character limit if asked (SheetJS won't write one). */
function inlineSheet(rows: string[][]): Uint8Array {
  const col = (c: number) => String.fromCharCode(65 + c);
  const body = rows.map((r, i) => `<row r="${i + 1}">${r.map((v, c) =>
    `<c r="${col(c)}${i + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join('')}</row>`).join('');
  return text(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`);
}

const BOMB_BYTES = 50 * 1024 * 1024;

/** A sheet that expands to ~50 MB: a real header row, then a sea of whitespace. */
function bomb(): Uint8Array {
  const head = text('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>身份证号码</t></is></c></row>');
  const tail = text('</sheetData></worksheet>');
  const out = new Uint8Array(BOMB_BYTES).fill(0x20);
  out.set(head, 0);
  out.set(tail, out.length - tail.length);
  return out;
}

// --- workbooks made with SheetJS ------------------------------------------------------------

function book(sheets: Record<string, WorkSheet>): Uint8Array {
  const wb = utils.book_new();
  for (const [name, ws] of Object.entries(sheets)) utils.book_append_sheet(wb, ws, name);
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** A roster whose cells are every type but the text a school would type. */
function wrongTypesRoster(): Uint8Array {
  const ws = utils.aoa_to_sheet([
    ['姓名', '身份证号码', '出生日期', '性别', '村委会', '就学状态'],
    [true, 610526201001011234, 40179, 1, -0, false],
    [12345, 6.10526e17, new Date(Date.UTC(2100, 0, 1)), '男', { toString: () => 'x' }, 3.14],
    [null, '', '', '', '', ''],
    ['张三', '610526201001011234', '2010-01-01', '男', '东槐院村', '在校就读'],
  ] as unknown[][], { cellDates: true });
  ws['A6'] = { t: 'e', v: 7 }; // #DIV/0!
  ws['B6'] = { t: 'e', v: 42 }; // #N/A
  ws['!ref'] = 'A1:F6';
  return book({ 花名册: ws });
}

/** The app's own data sheet, with envelope and field cells of the wrong types. */
function wrongTypesOwn(rows: unknown[][]): Uint8Array {
  const keys = ['student', 'teacher', 'groups'];
  const ws = utils.aoa_to_sheet([[MARKER, 1], [...ENVELOPE_KEYS, ...keys], ...rows] as unknown[][]);
  return book({ 表册: utils.aoa_to_sheet([['家访表册']]), [DATA_SHEET]: ws });
}

const UUID = (n: number) => `9d2f6c1e-3b4a-4c5d-8e6f-${String(n).padStart(12, '0')}`;

// --- JSON ------------------------------------------------------------------------------------

function randomJson(rand: () => number, depth = 0): unknown {
  const r = rand();
  if (depth > 3 || r < 0.3) {
    const pick = Math.floor(rand() * 7);
    return [null, true, -1e308, Math.floor(rand() * 1e6), '', '张三'.repeat(Math.floor(rand() * 5)), 0.5][pick];
  }
  if (r < 0.6) return Array.from({ length: Math.floor(rand() * 5) }, () => randomJson(rand, depth + 1));
  const keys = ['app', 'format', 'entries', 'settings', 'id', 'formId', 'data', 'updatedAt', '__proto__', 'constructor'];
  return Object.fromEntries(Array.from({ length: Math.floor(rand() * 6) }, () => [keys[Math.floor(rand() * keys.length)], randomJson(rand, depth + 1)]));
}

const backup = (entries: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'jiafang-form-pack', format: 1, exportedAt: '2021-10-25T00:00:00.000Z', settings, entries, ...extra });

const Y2100 = Date.UTC(2100, 0, 1);
const MB = 1024 * 1024;

/** Every hostile file, in a fixed order. */
export async function buildCorpus(seed = SEED): Promise<Hostile[]> {
  const rand = prng(seed);
  const files: Hostile[] = [];
  const add = (name: string, bytes: Uint8Array | string, what: string) =>
    files.push({ name, bytes: typeof bytes === 'string' ? text(bytes) : bytes, what });

  const good: Entry[] = [visitEntry(), visitEntry({ student: '王五' }, UUID(2))];
  const real = await registerWorkbook(form, good, settings);

  add('空文件.xlsx', new Uint8Array(0), 'empty .xlsx');
  add('空文件.json', new Uint8Array(0), 'empty .json');
  add('空文件.csv', new Uint8Array(0), 'empty .csv');
  add('只有BOM.csv', '\uFEFF', 'a BOM and nothing else');

  for (let i = 0; i < 6; i++) {
    const cut = Math.floor(rand() * real.length);
    add(`截断${i}.xlsx`, real.slice(0, cut), `own workbook cut at byte ${cut} of ${real.length}`);
  }
  for (let i = 0; i < 6; i++) {
    const bytes = real.slice();
    const flips = 1 + Math.floor(rand() * 20);
    for (let k = 0; k < flips; k++) bytes[4 + Math.floor(rand() * (bytes.length - 4))] ^= 1 + Math.floor(rand() * 255);
    add(`损坏${i}.xlsx`, bytes, `own workbook with ${flips} bytes flipped`);
  }
  add('只有文件头.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'a zip signature only');
  add('旧版文件头.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'a CFB signature only');
  add('随机字节.xlsx', Uint8Array.from({ length: 4096 }, () => Math.floor(rand() * 256)), 'random bytes');

  add('类型错误花名册.xlsx', wrongTypesRoster(), 'roster cells of every wrong type');
  add('类型错误表册.xlsx', wrongTypesOwn([
    [12345, '3-1', 'abc', '昨天', '2100-01-01', 'weird', true, 42, 'not-an-array'],
    [UUID(3), ['3-1'], 1, 1, 2, 'draft', null, null, '[1,2'],
    [UUID(4), '3-1', -1, 1, 2, 'draft', '张三', '王老师', '["留守儿童（含单亲子女）"]'],
  ]), 'own data sheet with wrong envelope and field types');
  add('别的表格的行.xlsx', wrongTypesOwn([
    [UUID(5), 'roster', 1, 1, Y2100, 'draft', '张三', '王老师', '[]'],
    [UUID(6), 'no-such-form', 1, 1, 2, 'draft', '张三', '王老师', '[]'],
  ]), 'a 3-1 data sheet whose rows claim other forms');
  add('巨大单元格花名册.xlsx', xlsxWithSheet(inlineSheet([['姓名', '身份证号码', '村委会'], ['张'.repeat(MB / 3), '610526201001011234', 'x'.repeat(MB)]])),
    'a 1 MB cell in a roster');
  add('巨大单元格.csv', `姓名,身份证号码,村委会\n${'李'.repeat(MB / 3)},610526201001011234,${'y'.repeat(MB)}\n`, 'a 1 MB cell in a CSV');
  add('压缩炸弹.xlsx', xlsxWithSheet(bomb()), 'a sheet that expands to 50 MB');
  add('谎报大小.xlsx', xlsxWithSheet(text('<worksheet/>'), BOMB_BYTES), 'a tiny entry that declares 50 MB');

  add('未来时间表册.xlsx', await registerWorkbook(form, [{ ...good[0]!, updatedAt: Y2100 }], settings), 'an own workbook dated 2100');
  add('损坏的备份.json', '{"app":"jiafang-form-pack","format":1,"entries":[{"id":', 'a backup cut mid-entry');
  for (let i = 0; i < 8; i++) add(`随机${i}.json`, JSON.stringify(randomJson(rand)), 'random JSON');
  for (let i = 0; i < 4; i++)
    add(`随机条目${i}.json`, backup(Array.from({ length: 5 }, () => randomJson(rand))), 'a backup of random entries');
  add('条目不是数组.json', backup({ 0: good[0] }), 'entries as an object');
  add('格式是文字.json', backup([good[0]], { format: '1' }), 'format as a string');
  add('类型错误的备份.json', backup([
    { ...good[0], id: 42 },
    { ...good[0], id: UUID(7), formId: ['3-1'] },
    { ...good[0], id: UUID(8), updatedAt: '2100-01-01' },
    { ...good[0], id: UUID(9), data: '张三' },
    { ...good[0], id: UUID(10), data: { student: { toString: '张三' }, groups: '留守儿童' } },
    null, 7, '张三', [],
  ]), 'a backup whose entries have wrong types');
  add('原型污染.json', `{"app":"jiafang-form-pack","format":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},`
    + `"settings":{"__proto__":{"polluted":true}},"entries":[{"__proto__":{"polluted":true},"id":"${UUID(11)}","formId":"3-1","formVersion":1,`
    + `"createdAt":1,"updatedAt":2,"status":"draft","data":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"student":"张三"}}]}`,
  '__proto__ and constructor keys at every level');
  add('别的表格的备份.json', backup([
    { ...good[0], id: UUID(12), formId: 'roster' },
    { ...good[0], id: UUID(13), formId: '1-1', data: { total: '一百' } },
  ]), 'backup rows of the wrong form');
  add('未来时间.json', backup([
    { ...good[0], id: UUID(14), updatedAt: Y2100 },
    { ...good[0], id: UUID(15), createdAt: Y2100, updatedAt: Number.MAX_SAFE_INTEGER },
    { ...good[0], id: UUID(16), updatedAt: Infinity },
  ]), 'updatedAt in 2100 and beyond');
  add('巨大字段.json', backup([{ ...good[0], id: UUID(17), data: { ...good[0]!.data, family: '家'.repeat(MB) } }]), 'a 1 MB field');
  add('新版本.json', backup([{ ...good[0], id: UUID(18), formVersion: 999 }]), 'an entry from a newer app');
  return files;
}
