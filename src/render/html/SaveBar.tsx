import type { FormDef } from '../../forms/kit/define';
import type { EntryData } from '../../forms/kit/field';
import type { EntryStatus } from '../../storage/entry';
import type { SaveState } from '../../storage/session';
import { StatusBadge } from './StatusBadge';

const SAVE_TEXT: Record<'idle' | 'saving' | 'saved', string> = { idle: '', saving: '正在保存…', saved: '已保存' };

/** The words of a save state outside a conflict or an error: the same in every editor. */
export const saveText = (state: SaveState): string => (state.kind in SAVE_TEXT ? SAVE_TEXT[state.kind as keyof typeof SAVE_TEXT] : '');

/**
 * The sticky line over every editor: 草稿/完成, whether the last change is saved, and a
 * conflict with another tab where the eye is, with both versions of each field.
 */
export function SaveBar({ status, state, form, mine, resolve }: {
  status: EntryStatus;
  state: SaveState;
  form?: FormDef;
  /** This page's values, to show beside the other tab's in a conflict. */
  mine?: EntryData;
  resolve?: (choice: 'mine' | 'theirs') => unknown;
}) {
  return (
    <div class="editor-bar" aria-live="polite">
      <StatusBadge status={status} />
      {state.kind === 'error' ? (
        <span class="save error" role="alert">{state.message}</span>
      ) : state.kind === 'conflict' ? (
        <div class="conflict" role="alert" data-testid="conflict">
          <p><strong>此记录已在另一个标签页中修改</strong>，以下内容两边不同，暂停保存，请选择：</p>
          <table>
            <thead><tr><th>项目</th><th>本页</th><th>另一页</th></tr></thead>
            <tbody>
              {state.keys.map((k) => (
                <tr key={k}>
                  <th>{form?.fieldByKey.get(k)?.label ?? '其他内容'}</th>
                  <td>{(form && mine ? form.text(mine, k) : '') || '（空）'}</td>
                  <td>{(form ? form.text(state.theirs.data, k) : '') || '（空）'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => resolve?.('mine')}>保留本页内容</button>
          <button type="button" onClick={() => resolve?.('theirs')}>采用另一页的内容</button>
        </div>
      ) : (
        <span class={`save ${state.kind}`} data-testid="save-state">{saveText(state)}</span>
      )}
    </div>
  );
}
