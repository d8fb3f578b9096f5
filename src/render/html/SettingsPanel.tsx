import { useEffect, useRef, useState } from 'preact/hooks';
import { SETTINGS_LABELS, settingsSchema, type Role, type Settings } from '../../settings/schema';
import { effectiveRole, settingsFields } from '../../settings/roles';
import { RolePicker } from './RolePicker';
import { openSaver, type SaveState } from '../../storage/open-sessions';
import { journalSettings, readSettings } from '../../storage/settings-read';

// The database code loads with the first change, not with the page.
const saveSettings = async (s: Settings) => (await import('../../storage/settings')).saveSettings(s);
import { OfflinePrep } from './OfflinePrep';
import StorageInfo from './StorageInfo';

type Key = Exclude<keyof Settings, 'role'>;
const MONTH_DAY: Key[] = ['deadline1', 'deadline3', 'ageRef'];

/** Settings are saved as they are typed (not on leaving a field); each value is checked by the settings schema. */
export default function SettingsPanel() {
  const [s, setS] = useState<Settings | null>(null);
  const [msg, setMsg] = useState('');
  const saver = useRef<ReturnType<typeof openSaver<Settings>>>();
  useEffect(() => {
    void readSettings().then(setS);
    const show = (st: SaveState) => setMsg(st.kind === 'error' ? st.message : st.kind === 'saving' ? '正在保存…' : '已保存');
    saver.current = openSaver(saveSettings, journalSettings, show);
    return () => void saver.current?.close();
  }, []);
  if (!s) return <p class="muted">正在读取…</p>;

  const change = (key: Key, raw: string) => {
    const value = key === 'year' ? Number(raw) : MONTH_DAY.includes(key) ? raw.slice(5) : raw;
    const next = { ...s, [key]: value };
    setS(next as Settings);
    const ok = settingsSchema.safeParse(next);
    if (!ok.success) return setMsg(`${SETTINGS_LABELS[key]}格式不正确，未保存`);
    saver.current?.update(ok.data);
  };

  const pick = (role: Role) => {
    const next = { ...s, role };
    setS(next);
    saver.current?.update(next);
    void saver.current?.flush();
  };

  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <h2>使用身份</h2>
      <RolePicker value={s.role} onPick={pick} />
      {settingsFields(effectiveRole(s)).map((key) => {
        const id = `s-${key}`;
        const isDay = MONTH_DAY.includes(key);
        return (
          <div class="field" key={key}>
            <label for={id}>{SETTINGS_LABELS[key]}</label>
            <input id={id} type={isDay ? 'date' : key === 'year' ? 'number' : key === 'mailbox' || key === 'schoolEmail' ? 'email' : 'text'}
              value={isDay ? `${s.year}-${s[key]}` : String(s[key])}
              onInput={(e) => change(key, e.currentTarget.value)} onBlur={() => saver.current?.flush()} />
          </div>
        );
      })}
      <p class="muted" role="status" data-testid="settings-msg">{msg}</p>
      <h2>本机存储</h2>
      <StorageInfo />
      <h2>离线准备</h2>
      <OfflinePrep />
    </form>
  );
}
