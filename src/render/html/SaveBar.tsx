import type { EntryStatus } from '../../storage/entry';
import type { SaveState } from './autosave';
import { StatusBadge } from './StatusBadge';

const SAVE_TEXT: Record<SaveState['kind'], string> = { idle: '', saving: '正在保存…', saved: '已保存', error: '' };

/** The sticky line over every editor: 草稿/完成, and whether the last change is saved. */
export function SaveBar({ status, state }: { status: EntryStatus; state: SaveState }) {
  return (
    <div class="editor-bar" aria-live="polite">
      <StatusBadge status={status} />
      {state.kind === 'error' ? (
        <span class="save error" role="alert">{state.message}</span>
      ) : (
        <span class={`save ${state.kind}`} data-testid="save-state">{SAVE_TEXT[state.kind]}</span>
      )}
    </div>
  );
}
