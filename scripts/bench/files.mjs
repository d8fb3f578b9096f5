// Big and hostile files, generated on demand (never committed): used by `npm run bench`
// and by tests/e2e/big-files.spec.ts.
import { randomUUID, webcrypto } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { utils, write } from '@e965/xlsx';

const ROSTER_HEADER = ['姓名', '性别', '身份证号码', '村委会', '家庭住址', '家长姓名', '联系电话', '就学状态', '就读学校', '年级'];
const STATUSES = ['县域内实际就读', '县域内实际就读', '县域内实际就读', '县域外就读', '初中已毕业', '延缓入学', '外迁无法联系'];
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export function idNumber(i) {
  const y = 2006 + (i % 10);
  const body = `610526${y}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
  const sum = [...body].reduce((s, d, k) => s + Number(d) * W[k], 0);
  return body + '10X98765432'[sum % 11];
}

const rosterRow = (i) => [`儿童${i}`, i % 2 ? '男' : '女', idNumber(i), `第${i % 40}村`, '某镇某村', `家长${i}`, '13912345678',
  STATUSES[i % STATUSES.length], '城关中学', '七年级'];

/** A roster .xlsx as schools keep them: one row per child. */
export function rosterXlsx(path, n) {
  const wb = utils.book_new();
  utils.book_append_sheet(wb, utils.aoa_to_sheet([ROSTER_HEADER, ...Array.from({ length: n }, (_, i) => rosterRow(i))]), '花名册');
  writeFileSync(path, write(wb, { type: 'buffer', bookType: 'xlsx' }));
  return path;
}

/** A roster CSV of n children (cheap to make at any size). */
export function rosterCsv(path, n) {
  const lines = [ROSTER_HEADER.join(',')];
  for (let i = 0; i < n; i++) lines.push(rosterRow(i).join(','));
  writeFileSync(path, lines.join('\n'));
  return path;
}

/** A backup of n roster entries, as /data/'s 备份 writes it. */
export function backupJson(path, n) {
  const now = Date.now() - 60_000;
  const entries = [];
  for (let i = 0; i < n; i++) {
    const [name, sex, idNumber, village, address, parent, phone, status] = rosterRow(i);
    entries.push(JSON.stringify({ id: randomUUID(), formId: 'roster', formVersion: 1, createdAt: now, updatedAt: now, status: 'complete',
      data: { name, sex, idNumber, village, address, parent, phone, status, sub: '' } }));
  }
  const doc = `{"app":"jiafang-form-pack","format":1,"exportedAt":"${new Date(now).toISOString()}","settings":{"unit":"城关中学"},"entries":[${entries.join(',')}]}`;
  writeFileSync(path, doc);
  return path;
}

/**
 * The same backup encrypted as /data/'s 备份 does by default (src/io/backup-crypto.ts, README
 * "Backup file format"): AES-GCM, key from PBKDF2-SHA-256 with `iterations` rounds.
 */
export async function encryptedBackupJson(path, n, passphrase, iterations = 600_000) {
  backupJson(path, n);
  const { subtle } = webcrypto;
  const salt = webcrypto.getRandomValues(new Uint8Array(16));
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  const base = await subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  const key = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const sealed = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv }, key, readFileSync(path)));
  const b64 = (b) => Buffer.from(b).toString('base64');
  writeFileSync(path, `{"app":"jiafang-form-pack","format":"encrypted-backup","version":1,"kdf":{"name":"PBKDF2","hash":"SHA-256","iterations":${iterations},"salt":"${b64(salt)}"},"cipher":{"name":"AES-GCM","iv":"${b64(iv)}"},"data":"${b64(sealed)}"}`);
  return path;
}

/**
 * A compression bomb shaped like an .xlsx: its one sheet inflates to `mb` MB of blanks
 * inside <sheetData>; the file itself is about mb KB. Sizes are declared honestly.
 */
export function zipBomb(path, mb) {
  const head = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const tail = '</sheetData></worksheet>';
  const blank = Buffer.alloc(1024 * 1024, 0x20);
  const parts = [
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'],
    ['xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>'],
    ['xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'],
  ].map(([name, text]) => [name, Buffer.from(text)]);
  // The sheet: deflated once per MB of blanks (identical input, identical output).
  const oneMb = deflateRawSync(blank, { level: 9, finishFlush: 2 /* Z_SYNC_FLUSH */ });
  let crc = crc32(head);
  for (let i = 0; i < mb; i++) crc = crc32(blank, crc);
  crc = crc32(tail, crc);
  const size = head.length + mb * blank.length + tail.length;
  const sheetData = Buffer.concat([deflateRawSync(Buffer.from(head), { finishFlush: 2 }), ...Array(mb).fill(oneMb), deflateRawSync(Buffer.from(tail))]);

  const chunks = [];
  const central = [];
  let offset = 0;
  const add = (name, method, data, size, crc) => {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x800, 6); local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(size, 22); local.writeUInt16LE(n.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0); cd.writeUInt16LE(20, 4); cd.writeUInt16LE(20, 6); cd.writeUInt16LE(0x800, 8); cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(crc, 16); cd.writeUInt32LE(data.length, 20); cd.writeUInt32LE(size, 24); cd.writeUInt16LE(n.length, 28); cd.writeUInt32LE(offset, 42);
    chunks.push(local, n, data);
    central.push(cd, n);
    offset += 30 + n.length + data.length;
  };
  for (const [name, text] of parts) add(name, 0, text, text.length, crc32(text));
  add('xl/worksheets/sheet1.xml', 8, sheetData, size, crc);
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length + 1, 8); end.writeUInt16LE(parts.length + 1, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...chunks, cd, end]));
  return path;
}
