import { FORMS } from '../../forms/registry';
import { inYear, type Settings } from '../../settings/schema';
import { countEntries } from '../../storage/entries';
import { loadSettings } from '../../storage/settings';
import { useLive } from './hooks';
import { daysLeft } from '../../calc/deadline';

/** Live counts and deadlines on the home page's static list of forms. */
export default function HomeStatus({ formId }: { formId: string }) {
  const data = useLive(async () => {
    const settings: Settings = await loadSettings();
    return { settings, count: await countEntries(formId) };
  }, [formId]);
  if (!data) return null;
  const form = FORMS.find((f) => f.id === formId)!;
  const due = form.deadline && inYear(data.settings, data.settings[form.deadline]);
  const left = due ? daysLeft(due, new Date()) : null;
  return (
    <span class="home-status">
      <span data-testid={`count-${formId}`}>已保存 {data.count} 条</span>
      {due && (
        <span class={left != null && left < 0 ? 'late' : ''}>
          {' · '}截止 {due.slice(5).replace('-', '月')}日
          {left != null && (left >= 0 ? `（还有 ${left} 天）` : `（已过 ${-left} 天）`)}
        </span>
      )}
    </span>
  );
}
