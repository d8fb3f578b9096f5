import type { EntryStatus } from '../../storage/entry';

export const STATUS_TEXT: Record<EntryStatus, string> = { draft: '草稿', complete: '完成' };

export function StatusBadge({ status }: { status: EntryStatus }) {
  return <span class={`badge ${status}`} data-testid="status">{STATUS_TEXT[status]}</span>;
}
