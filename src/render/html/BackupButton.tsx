import { useState } from 'preact/hooks';
import { backupFileName, makeBackup } from '../../io/backup';
import { download } from '../../io/download';
import { allEntries } from '../../storage/entries';
import { loadSettings } from '../../storage/settings';
import { flushAll } from '../../storage/session';

/** One file with every entry and the settings: the protection against a cleared browser. */
export default function BackupButton() {
  const [msg, setMsg] = useState('');
  const run = async () => {
    // Edits still waiting for their write belong in the backup.
    await flushAll();
    const [entries, settings] = await Promise.all([allEntries(), loadSettings()]);
    const name = backupFileName(settings);
    download(new Blob([makeBackup(entries, settings)], { type: 'application/json' }), name);
    setMsg(`已备份 ${entries.length} 条记录和设置。请把文件保存到电脑或网盘。`);
  };
  return (
    <div>
      <button type="button" class="primary" onClick={run}>备份全部数据</button>
      {msg && <p class="muted" role="status">{msg}</p>}
    </div>
  );
}
