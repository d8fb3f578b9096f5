import { roster } from '../../../forms/roster';
import FormApp from '../FormApp';
import { DuplicateNote } from './DuplicateNote';
import { RosterList } from './RosterList';

/**
 * The roster's view: the kit's page (routing by ?id=, creating a child, the generic
 * EntryEditor with its checks and autosave) with the roster's own list (windowed, with
 * import and duplicates) and, below a child, its duplicates and the way to 动态监测.
 */
export default function RosterApp() {
  return (
    <FormApp formId={roster.id} listName="花名册" noun="名儿童"
      list={(create) => <RosterList onCreate={create} />}
      actions={(entry) => (
        <>
          <DuplicateNote entry={entry} />
          <div class="actions" data-testid="monitor-link">
            <a class="button" href="/monitor/">到动态监测登记变动原因</a>
          </div>
        </>
      )} />
  );
}
