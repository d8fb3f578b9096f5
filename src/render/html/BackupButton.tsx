import { useEffect, useState } from 'preact/hooks';
import { MIN_PASSPHRASE } from '../../io/backup-crypto';
import { downloadUrl } from '../../io/download';
import { plainBackupWarning } from '../../io/export-privacy';
import { inChinese } from '../../storage/errors';

// The backup's code (the worker's client, the journal's recovery and the forms it needs)
// loads when it is asked for, not with the settings and data pages.
const backupRun = () => import('../../io/backup-run');

const FAILED = '备份失败，没有生成文件。请重试；如仍失败，请刷新页面后再备份。';

/**
 * One file with every entry, the settings and the lists typed once: the protection against a
 * cleared browser. Encrypted with a passphrase unless the user chooses otherwise, after being
 * told what anyone holding a plain file can read.
 */
export default function BackupButton() {
  const [encrypt, setEncrypt] = useState(true);
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [plainOk, setPlainOk] = useState(false);
  const [warning, setWarning] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' | 'error'; msg: string }>({ kind: 'idle', msg: '' });

  // The warning names what this device's backup would hold: counted when the user turns encryption off.
  useEffect(() => {
    setState({ kind: 'idle', msg: '' }); // a message about the other way no longer applies
    if (encrypt) return;
    let live = true;
    setWarning(plainBackupWarning(0));
    void (async () => {
      const n = await (await backupRun()).countBackup();
      if (live) setWarning(plainBackupWarning(n.children, n.entries));
    })().catch(() => {});
    return () => { live = false; };
  }, [encrypt]);

  const run = async () => {
    if (encrypt) {
      if ([...pass].length < MIN_PASSPHRASE) return setState({ kind: 'error', msg: `密码至少需要 ${MIN_PASSPHRASE} 位。` });
      if (pass !== again) return setState({ kind: 'error', msg: '两次输入的密码不一致，请重新输入。' });
    } else if (!plainOk) return setState({ kind: 'error', msg: '请先勾选“我知道此文件未加密”，或改为加密备份。' });
    setState({ kind: 'busy', msg: '正在备份…' });
    try {
      const made = await (await backupRun()).makeBackup(encrypt ? pass : undefined,
        (step) => setState({ kind: 'busy', msg: `${step}…` }));
      downloadUrl(made.url!, made.fileName);
      setPass('');
      setAgain('');
      setState({
        kind: 'done',
        msg: encrypt
          ? `已加密备份 ${made.entries} 条记录和设置。请把文件保存到电脑或网盘，并记住密码：恢复时需要它，密码丢失后无法恢复。`
          : `已备份 ${made.entries} 条记录和设置（未加密）。请妥善保管文件，不要发到群里。`,
      });
    } catch (err) {
      setState({ kind: 'error', msg: inChinese(err, FAILED) });
    }
  };

  const busy = state.kind === 'busy';
  return (
    <div class="backup">
      <div class="checks" role="radiogroup" aria-label="备份方式">
        <label class="check"><input type="radio" name="backup-mode" checked={encrypt} onChange={() => setEncrypt(true)} />加密备份（推荐）</label>
        <label class="check"><input type="radio" name="backup-mode" checked={!encrypt} onChange={() => setEncrypt(false)} />不加密</label>
      </div>
      {encrypt ? (
        <>
          <div class="field">
            <label for="backup-pass">备份密码（至少 {MIN_PASSPHRASE} 位）</label>
            <input id="backup-pass" type="password" autocomplete="new-password" value={pass} onInput={(e) => setPass(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="backup-pass2">再次输入备份密码</label>
            <input id="backup-pass2" type="password" autocomplete="new-password" value={again} onInput={(e) => setAgain(e.currentTarget.value)} />
          </div>
          <p class="muted">恢复时需要这个密码。本应用不保存密码，密码丢失后备份无法恢复，请记在安全的地方。</p>
        </>
      ) : (
        <>
          <p class="banner warn" role="status" data-testid="plain-backup-warning">{warning}</p>
          <label class="check"><input type="checkbox" checked={plainOk} onChange={(e) => setPlainOk(e.currentTarget.checked)} />我知道此文件未加密，会妥善保管</label>
        </>
      )}
      <button type="button" class="primary" disabled={busy} onClick={run}>备份全部数据</button>
      {state.msg && <p class={state.kind === 'error' ? 'banner error' : 'muted'} role={state.kind === 'error' ? 'alert' : 'status'}
        data-testid="backup-msg">{state.msg}</p>}
    </div>
  );
}
