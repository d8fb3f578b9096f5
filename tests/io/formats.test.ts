// Each file format is defined once (src/io/formats/): what the writer writes is what the
// reader checks, by the same constants.
import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup } from '../../src/io/backup';
import { encryptBackup, isEncrypted, looksEncrypted } from '../../src/io/backup-crypto';
import { APP, BACKUP_FORMAT, BACKUP_KEYS, ENCRYPTED_FORMAT, parseBackupDoc } from '../../src/io/formats/backup';
import { defaultSettings } from '../../src/settings/schema';

const settings = defaultSettings();

describe('backup format (io/formats/backup.ts)', () => {
  it('writes the keys of the format, in its order, with its app mark and version', () => {
    const doc = JSON.parse(makeBackup([], settings, {}, new Date('2021-10-26T01:02:03Z')));
    expect(Object.keys(doc)).toEqual([...BACKUP_KEYS]);
    expect([doc.app, doc.format, doc.exportedAt]).toEqual([APP, BACKUP_FORMAT, '2021-10-26T01:02:03.000Z']);
  });

  it('reads what the writer wrote, and refuses a newer format or another app', () => {
    const text = makeBackup([], settings, { 'expected-teachers': [{ name: '张三' }] });
    expect(parseBackupDoc(JSON.parse(text))).toMatchObject({ entries: [], lists: { 'expected-teachers': [{ name: '张三' }] } });
    expect(parseBackupDoc({ ...JSON.parse(text), format: BACKUP_FORMAT + 1 })).toEqual({ refused: 'newer' });
    expect(parseBackupDoc({ ...JSON.parse(text), app: 'other' })).toEqual({ refused: 'notOurs' });
    expect(readBackup(JSON.stringify({ ...JSON.parse(text), format: BACKUP_FORMAT + 1 }), 'a.json'))
      .toEqual({ error: 'a.json：此备份来自更新版本的应用，请先更新应用。' });
  });

  it('marks an encrypted backup with the format\'s app and envelope, which the page recognises from its first bytes', async () => {
    const sealed = await encryptBackup(makeBackup([], settings), '12345678', 1);
    expect(JSON.parse(sealed)).toMatchObject({ app: APP, format: ENCRYPTED_FORMAT });
    expect(isEncrypted(JSON.parse(sealed))).toBe(true);
    expect(looksEncrypted(sealed.slice(0, 80))).toBe(true);
    expect(looksEncrypted(makeBackup([], settings).slice(0, 80))).toBe(false);
  });
});
