// Encrypted backups (issue 16): the file gives nothing away without the passphrase, restores
// with it, and a wrong one reads nothing; the lists typed once travel with the entries.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/schema';
import { makeBackup, readBackupFile } from '../../src/io/backup';
import { decryptBackup, encryptBackup, fromBase64, looksEncrypted, toBase64, WRONG_PASSPHRASE } from '../../src/io/backup-crypto';
import { planImport, toWrite } from '../../src/io/merge';
import { readImportFiles } from '../../src/io/read-files';
import { AppDB, db, useDb } from '../../src/storage/db';
import { allEntries } from '../../src/storage/entries';
import { newEntry } from '../../src/storage/entry-parse';
import { saveEntry } from '../../src/storage/entry-write';
import { knownEntries, putImported } from '../../src/storage/import-entries';
import { listsToRestore, restoreLists, storedLists } from '../../src/storage/stored-list';
import { MemoryStorage } from '../storage/memory-storage';

let n = 0;
beforeEach(() => {
  useDb(new AppDB(`backup-encrypted-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

const NAME = '张小明';
const ID = '610526201203150012';
const child = () => newEntry('roster', { name: NAME, idNumber: ID, birth: '2012-03-15', sex: '男', status: '县域内实际就读', village: '东街村', note: '白血病治疗中' });
const settings = { ...defaultSettings(), unit: '城关中学' };
const PASS = '正确的密码12345';
// Fewer rounds in tests: the same code, a faster key.
const ROUNDS = 1000;

describe('encrypted backup', () => {
  it('holds no child\'s name, ID number or note in its bytes', async () => {
    const plain = makeBackup([child()], settings);
    expect(plain).toContain(NAME);
    const sealed = await encryptBackup(plain, PASS, ROUNDS);
    expect(looksEncrypted(sealed.slice(0, 200))).toBe(true);
    for (const secret of [NAME, ID, '白血病', '城关中学', '东街村']) expect(sealed).not.toContain(secret);
    const doc = JSON.parse(sealed);
    expect(doc).toMatchObject({ app: 'jiafang-form-pack', format: 'encrypted-backup', version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ROUNDS }, cipher: { name: 'AES-GCM' } });
    expect(fromBase64(doc.kdf.salt)).toHaveLength(16);
    expect(fromBase64(doc.cipher.iv)).toHaveLength(12);
    // A fresh salt and IV each time.
    expect(JSON.parse(await encryptBackup(plain, PASS, ROUNDS)).cipher.iv).not.toBe(doc.cipher.iv);
  });

  it('restores with the right passphrase: the entries come back', async () => {
    const kid = child();
    const file = new File([await encryptBackup(makeBackup([kid], settings), PASS, ROUNDS)], '备份.json');
    const read = await readImportFiles([file], undefined, PASS);
    expect(read.errors).toEqual([]);
    expect(read.settings?.unit).toBe('城关中学');
    await putImported(toWrite(planImport(await knownEntries(), read.incoming, { now: Date.now() })));
    const back = await allEntries();
    expect(back.map((e) => [e.id, e.data.name, e.data.idNumber])).toEqual([[kid.id, NAME, ID]]);
  });

  it('refuses a wrong passphrase (or none) with a clear message, reading nothing, and the stored data stays as it was', async () => {
    const mine = await saveEntry(newEntry('roster', { name: '李四', idNumber: '', status: '县域内实际就读' }));
    const file = new File([await encryptBackup(makeBackup([child()], settings), PASS, ROUNDS)], '备份.json');
    for (const p of ['错误的密码00000', undefined]) {
      const read = await readImportFiles([file], undefined, p);
      expect(read.wrongPassphrase).toBe(true);
      expect(read.incoming).toEqual([]);
      expect(read.settings).toBeNull();
      expect(read.errors[0]).toMatch(/^备份\.json：/);
    }
    expect((await readImportFiles([file], undefined, 'x')).errors).toEqual([`备份.json：${WRONG_PASSPHRASE}`]);
    expect((await allEntries()).map((e) => e.id)).toEqual([mine.id]);
  });

  it('refuses a damaged envelope or one from a newer version without deriving anything', async () => {
    const doc = JSON.parse(await encryptBackup('{}', PASS, ROUNDS));
    expect(await decryptBackup({ ...doc, version: 2 }, PASS)).toEqual({ error: '此加密备份来自更新版本的应用，请先更新应用。' });
    expect(await decryptBackup({ ...doc, kdf: { ...doc.kdf, iterations: 1e12 } }, PASS)).toEqual({ error: '加密备份文件已损坏（缺少加密参数）。' });
    expect(await readBackupFile(JSON.stringify({ ...doc, data: doc.data.slice(0, -8) + 'AAAAAAAA' }), 'b.json', PASS))
      .toEqual({ error: `b.json：${WRONG_PASSPHRASE}`, wrongPassphrase: true });
  });

  it('base64 round-trips any length across chunk boundaries', () => {
    for (const len of [0, 1, 2, 3, 98_303, 98_304, 98_305, 300_001]) {
      const bytes = Uint8Array.from({ length: len }, (_, i) => (i * 31 + 7) & 255);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(text)).toEqual(bytes);
    }
  });
});

describe('lists typed once travel with the backup', () => {
  const teachers = [{ name: '王老师', className: '七年级（1）班' }];
  it('are written in the backup and restored where the device has none; a list typed here is kept', async () => {
    await db().settings.put({ key: 'expected-teachers', value: teachers });
    await db().settings.put({ key: 'town-schools', value: ['城关中学', '东街小学'] });
    const backup = makeBackup([], settings, await storedLists());
    const sealed = await encryptBackup(backup, PASS, ROUNDS);
    expect(sealed).not.toContain('王老师');

    // Another device: it has its own town list, no teachers.
    useDb(new AppDB(`backup-encrypted-${n++}`));
    await db().settings.put({ key: 'town-schools', value: ['本机学校'] });
    const read = await readImportFiles([new File([sealed], 'b.json')], undefined, PASS);
    expect(read.lists).toEqual({ 'expected-teachers': teachers, 'town-schools': ['城关中学', '东街小学'] });
    expect(await listsToRestore(read.lists)).toEqual(['expected-teachers']);
    expect(await restoreLists(read.lists)).toEqual(['expected-teachers']);
    expect(await storedLists()).toEqual({ 'expected-teachers': teachers, 'town-schools': ['本机学校'] });
  });

  it('include the 入学再核查 lists and marks, which exist nowhere else on the device', async () => {
    const lists = await storedLists();
    expect(lists['recheck-huji']).toBeUndefined();
    await db().settings.put({ key: 'recheck-huji', value: [{ name: '张三' }] });
    await db().settings.put({ key: 'recheck-checks', value: [{ key: 'x' }] });
    const backup = makeBackup([], settings, await storedLists());
    useDb(new AppDB(`backup-encrypted-${n++}`));
    const read = await readImportFiles([new File([backup], 'b.json')]);
    expect(await restoreLists(read.lists)).toEqual(['recheck-huji', 'recheck-checks']);
    expect(await db().settings.get('recheck-huji')).toMatchObject({ value: [{ name: '张三' }] });
  });
});
