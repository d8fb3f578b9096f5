import type { FormDef } from '../../forms/kit/define';
import { deriveContext } from '../../storage/context';
import { useLive } from './hooks';

/** Said beside every total that leaves out stored rows which no longer parse. */
export function UnreadableNote({ count }: { count: number }) {
  if (!count) return null;
  return (
    <span class="unreadable-note" data-testid="unreadable-note">
      {' '}另有 {count} 条记录无法读取，未计入（见<a href="/data/#unreadable">“数据”页</a>）
    </span>
  );
}

/**
 * The note for a report computed from other forms (1-1, 1-2 from the roster; 3-2 from 3-1):
 * what its numbers leave out (rows that no longer parse, the form's own notes such as drafts).
 */
export function SourcesNote({ form }: { form: FormDef }) {
  const ctx = useLive(() => deriveContext(form), [form.id]);
  const notes = (ctx && form.sourceNotes?.(ctx)) || [];
  if (!ctx?.unreadable && !notes.length) return null;
  return (
    <p class="banner warn" role="status" data-testid="sources-note">
      {notes.join(' ')}<UnreadableNote count={ctx?.unreadable ?? 0} />
    </p>
  );
}
