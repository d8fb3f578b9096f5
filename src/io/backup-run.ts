import { recovered } from '../storage/journal-recovery';
import { flushAll } from '../storage/open-sessions';
import { loadSettings } from '../storage/settings';
import { backupFileName } from './backup';
import { runBackup } from './backup-writer';

// What 备份全部数据 runs, loaded when the user asks for it: the journal's recovery needs the
// form definitions, which the settings page otherwise never loads.

/** Edits still waiting for their write, and copies left by closed tabs, belong in the backup. */
async function settled() {
  await flushAll();
  await recovered();
  return loadSettings();
}

export async function countBackup() {
  return runBackup({ settings: await settled(), countOnly: true });
}

export async function makeBackup(passphrase: string | undefined, onStep: (step: string) => void) {
  const settings = await settled();
  const made = await runBackup({ settings, ...(passphrase !== undefined ? { passphrase } : {}) }, onStep);
  return { ...made, fileName: backupFileName(settings) };
}
