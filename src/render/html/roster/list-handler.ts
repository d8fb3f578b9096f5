// The roster list's worker job (src/worker/app.worker.ts runs it): the stored children read,
// parsed, checked and sorted off the page's thread. On a phone 4× slower than a PC the same
// work on the page took about 7 s for a county's 20,000 children before the list showed.
import { roster } from '../../../forms/roster';
import { runAtOnce } from '../../../calc/slices';
import { listHandler } from '../../../worker/list-job';
import { parseStored } from '../../../storage/entries';
import { modelSteps } from './model';
import type { RosterListDone } from './list-client';

export const onMessage = listHandler(async (refDate) => {
  const { entries, unreadable } = await parseStored(roster.id);
  const model = runAtOnce(modelSteps(entries, refDate));
  return { rows: model.rows, done: { dups: [...model.dups], twice: model.twice, unreadable: unreadable.length } satisfies RosterListDone };
});
