// The passphrase of an encrypted backup, asked before any of its files is read.
import { useState } from 'preact/hooks';

/** The passphrase of an encrypted backup; a wrong one is said, and nothing was read or written. */
export function PassphraseForm({ error, onSubmit, onCancel }: { error?: string; onSubmit(p: string): void; onCancel(): void }) {
  const [pass, setPass] = useState('');
  return (
    <form class="preview" data-testid="backup-passphrase" onSubmit={(e) => { e.preventDefault(); if (pass) onSubmit(pass); }}>
      <p>这是加密的备份文件，请输入备份时设置的密码。</p>
      {error && <p class="banner error" role="alert">{error}</p>}
      <div class="field">
        <label for="restore-pass">备份文件的密码</label>
        <input id="restore-pass" type="password" autocomplete="current-password" value={pass} onInput={(e) => setPass(e.currentTarget.value)} />
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={!pass}>解密并预览</button>
        <button type="button" onClick={onCancel}>取消</button>
      </div>
    </form>
  );
}
