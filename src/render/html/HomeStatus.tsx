import { FORMS } from '../../forms/registry';
import { inYear, type Settings } from '../../settings/schema';
import { deriveContext } from '../../storage/context';
import { readEntries } from '../../storage/entries';
import { loadSettings } from '../../storage/settings';
import { useLive } from './hooks';
import { daysLeft } from '../../calc/deadline';
import { UnreadableNote } from './UnreadableNote';

/** Live counts and deadlines on the home page's static list of forms. */
export default function HomeStatus({ formId }: { formId: string }) {
  const form = FORMS.find((f) => f.id === formId)!;
  const data = useLive(async () => {
    const settings: Settings = await loadSettings();
    const own = await readEntries(formId);
    const count = own.entries.length;
    // Rows that no longer parse, of this form and of those its line is computed from.
    let unreadable = own.unreadable.length;
    // A report's own line (e.g. 3-2: visits and students so far) from its resolved values.
    let progress = '';
    if (form.progress) {
      const ctx = await deriveContext(form);
      progress = form.progress(form.resolve(own.entries[0]?.data ?? {}, ctx));
      unreadable += ctx.unreadable;
    }
    if (form.overview) {
      const ids = form.overview.sources;
      const reads = await Promise.all(ids.map((id) => (id === formId ? own : readEntries(id))));
      progress = form.overview.line(Object.fromEntries(ids.map((id, i) => [id, reads[i].entries.map((e) => (
        { id: e.id, data: e.data, complete: e.status === 'complete' }))])), inYear(settings, settings.ageRef));
      unreadable += reads.reduce((n, r, i) => n + (ids[i] === formId ? 0 : r.unreadable.length), 0);
    }
    return { settings, count, progress, unreadable };
  }, [formId]);
  if (!data) return null;
  const due = form.deadline && inYear(data.settings, data.settings[form.deadline]);
  const left = due ? daysLeft(due, new Date()) : null;
  return (
    <span class="home-status">
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
