// The backup worker's job (src/worker/app.worker.ts runs it): a backup built off the page's thread; reads the stored rows (the page has already taken
// in pending edits and journal copies), writes the JSON, encrypts it when asked.
import { formById } from '../forms/registry';
import { db } from '../storage/db';
import type { Entry } from '../storage/entry';
import { errorReply } from '../storage/import-writer';
import { storedLists } from '../storage/stored-list';
import { makeBackup } from './backup';
import { encryptBackup } from './backup-crypto';
import type { BackupJob, BackupReply } from './backup-writer';
import { childrenWithIds } from './export-privacy';

const post = (m: BackupReply) => (self as unknown as Worker).postMessage(m);

export async function onMessage(e: MessageEvent<BackupJob>): Promise<void> {
  const job = e.data;
  try {
    post({ step: '正在读取记录' });
    const entries = (await db().entries.toArray()).filter((r) => !r.deletedAt) as Entry[];
    const count = { entries: entries.length, children: childrenWithIds(formById, entries) };
    if (job.countOnly) return post({ done: true, ...count });
    const lists = await storedLists();
    const plain = makeBackup(entries, job.settings, lists);
    const text = job.passphrase ? (post({ step: '正在加密' }), await encryptBackup(plain, job.passphrase)) : plain;
    // The file stays here: the page downloads it by its URL. Handing 70 MB over (as a Blob or
    // its bytes) held the page's thread for seconds (2 s for 50,000 entries at 4× slower).
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    post({ done: true, ...count, url });
  } catch (err) {
    post({ error: errorReply(err) });
  }
}
