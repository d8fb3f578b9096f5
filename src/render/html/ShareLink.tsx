import { useEffect, useState } from 'preact/hooks';
import { renderSVG } from 'uqr';
import { makeShareLink } from '../../io/share-link';
import type { Settings } from '../../settings/schema';
import { readSettings, SETTINGS_SAVED_EVENT } from '../../storage/settings-read';

/** The school's link and QR code (made on this device), to paste in a group or print. */
export default function ShareLink() {
  // Read once, then followed through this page's saves (SettingsPanel is beside it): a live
  // Dexie query would load the database with the page.
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    // A save heard before the first read answers is newer than what that read returns.
    let saved = false;
    void readSettings().then((s) => saved || setSettings(s));
    const on = (e: Event) => {
      saved = true;
      setSettings((e as CustomEvent<Settings>).detail);
    };
    window.addEventListener(SETTINGS_SAVED_EVENT, on);
    return () => window.removeEventListener(SETTINGS_SAVED_EVENT, on);
  }, []);
  // Follows the unit in settings until the user types another one here.
  const [typedUnit, setUnit] = useState<string | null>(null);
  const unit = typedUnit ?? settings?.unit ?? '';
  const [typedEmail, setEmail] = useState<string | null>(null);
  const schoolEmail = typedEmail ?? settings?.schoolEmail ?? '';
  const [teacher, setTeacher] = useState('');
  const [position, setPosition] = useState('');
  const [copied, setCopied] = useState(false);

  // The link sets the phone up as a teacher's, whose 发送 goes to this school's email.
  const link = makeShareLink(location.origin, '3-1', { role: 'teacher', unit, schoolEmail, teacher, position });
  const svg = renderSVG(link, { ecc: 'M', border: 2 });
  return (
    <div class="share-link">
      <div class="field">
        <label for="l-unit">链接中的单位名称</label>
        <input id="l-unit" value={unit} onInput={(e) => setUnit(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="l-email">链接中的学校邮箱（可不填）</label>
        <input id="l-email" type="email" value={schoolEmail} onInput={(e) => setEmail(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="l-teacher">家访教师姓名（可不填）</label>
        <input id="l-teacher" value={teacher} onInput={(e) => setTeacher(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="l-position">职务（可不填）</label>
        <input id="l-position" value={position} onInput={(e) => setPosition(e.currentTarget.value)} />
      </div>
      <p class="link-text" data-testid="share-url">{link}</p>
      <div class="qr" role="img" aria-label="链接二维码" dangerouslySetInnerHTML={{ __html: svg }} />
      <div class="actions">
        <button type="button" onClick={async () => {
          try { await navigator.clipboard.writeText(link); setCopied(true); } catch { setCopied(false); }
        }}>{copied ? '已复制' : '复制链接'}</button>
        <button type="button" onClick={() => window.print()}>打印二维码</button>
      </div>
    </div>
  );
}
