import { FORMS } from '../../forms/registry';
import { inYear, type Settings } from '../../settings/schema';
import { formSummary } from '../../storage/summary';
import { loadSettings } from '../../storage/settings';
import { useLive } from './hooks';
import { daysLeft } from '../../calc/deadline';
import { effectiveRole, ownsForm } from '../../settings/roles';
import { StatusBadge } from './StatusBadge';
import { UnreadableNote } from './UnreadableNote';

/** Live counts, a report's status and deadlines on the home page's static list of forms. */
export default function HomeStatus({ formId }: { formId: string }) {
  const form = FORMS.find((f) => f.id === formId)!;
  const data = useLive(async () => {
    const settings: Settings = await loadSettings();
    // The same evaluation as the form's own page: a report shows the status its editor shows.
    return { settings, ...(await formSummary(form)) };
  }, [formId]);
  // A line kept for the status while it is read: the cards do not grow under the eye.
  if (!data) return <span class="home-status">{'\u00a0'}</span>;
  // A teacher is not alarmed by the deadlines of the school's reports.
  const mine = ownsForm(effectiveRole(data.settings), form);
  const due = mine && form.deadline && inYear(data.settings, data.settings[form.deadline]);
  const left = due ? daysLeft(due, new Date()) : null;
  return (
    <span class="home-status">
      {data.status && <span data-testid={`home-status-${formId}`}><StatusBadge status={data.status} />{' '}</span>}
      {data.progress ? <span data-testid={`progress-${formId}`}>{data.progress}</span>
        : <span data-testid={`count-${formId}`}>已保存 {data.count} 条</span>}
      <UnreadableNote count={data.unreadable} />
      {due && (
        <span class={left != null && left < 0 ? 'late' : ''}>
          {' · '}截止 {due.slice(5).replace('-', '月')}日
          {left != null && (left >= 0 ? `（还有 ${left} 天）` : `（已过 ${-left} 天）`)}
        </span>
      )}
    </span>
  );
}
