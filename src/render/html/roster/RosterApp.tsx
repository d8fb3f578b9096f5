import { useState } from 'preact/hooks';
import { roster } from '../../../forms/roster';
import type { Entry } from '../../../storage/entry';
import { entryExists, getEntry } from '../../../storage/entries';
import { newEntry } from '../../../storage/entry-parse';
import { explain, READ_FAILED } from '../../../storage/errors';
import { EntryEditor } from '../EntryEditor';
import { DuplicateNote } from './DuplicateNote';
import { RosterList } from './RosterList';
import { isEntryId, routeToEntry, useUrlRoute } from '../url-route';

type View =
  | { kind: 'loading' }
  | { kind: 'list' }
  | { kind: 'edit'; entry: Entry }
  | { kind: 'gone'; message: string };

/**
 * The roster page: the list of children (with import), or one child at ?id=. The child is
 * edited by the generic EntryEditor, so the roster's fields, checks and autosave are the
 * same as every other form's.
 */
export default function RosterApp() {
  const [view, setView] = useState<View>({ kind: 'loading' });

  const route = async () => {
    const id = new URLSearchParams(location.search).get('id');
    if (!id) return setView({ kind: 'list' });
    try {
      const found = await getEntry(id);
      if (found) return setView({ kind: 'edit', entry: found });
      if ((await entryExists(id)) || !isEntryId(id))
        return setView({ kind: 'gone', message: '找不到这名儿童（可能已被删除）。' });
      // Made but not yet typed into: start again under the same id.
      setView({ kind: 'edit', entry: { ...newEntry(roster.id, {}), id } });
    } catch (err) {
      setView({ kind: 'gone', message: explain(err, READ_FAILED) });
    }
  };

  const go = useUrlRoute(route);
  const create = () => {
    const e = newEntry(roster.id, {});
    routeToEntry(e.id);
    setView({ kind: 'edit', entry: e });
  };

  return (
    <div class="form-app roster-app">
      {view.kind === 'list' && <RosterList onCreate={create} />}
      {view.kind === 'edit' && (
        <>
          <a href="./" class="back" onClick={(e) => { e.preventDefault(); go(''); }}>← 返回花名册</a>
          <EntryEditor key={view.entry.id} form={roster} initial={view.entry}
            actions={(entry) => (
              <>
                <DuplicateNote entry={entry} />
                <div class="actions" data-testid="monitor-link">
                  <a class="button" href="/monitor/">到动态监测登记变动原因</a>
                </div>
              </>
            )} />
        </>
      )}
      {view.kind === 'gone' && <p class="banner error" role="alert">{view.message} <a href="./">返回花名册</a></p>}
      {view.kind === 'loading' && <p class="muted">正在读取…</p>}
    </div>
  );
}
