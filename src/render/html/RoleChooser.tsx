import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../settings/schema';
import { loadSettings, saveSettings } from '../../storage/settings';
import { RolePicker } from './RolePicker';

/**
 * On first start (no role yet), a short question on the home page; later only in settings.
 * It is in the page's HTML, hidden by app.css once the head script has found a role: on a
 * first visit it is there from the start instead of pushing the page down when the app runs.
 */
export default function RoleChooser() {
  const [s, setS] = useState<Settings | null>(null);
  useEffect(() => void loadSettings().then(setS), []);
  if (s?.role) return null;
  return (
    <section class="banner info role-chooser" data-testid="role-chooser">
      <p><strong>请选择您的身份</strong>（可随时在“设置”中更改）：</p>
      <RolePicker value={undefined} onPick={async (role) => setS(await saveSettings({ ...(await loadSettings()), role }))} />
    </section>
  );
}
