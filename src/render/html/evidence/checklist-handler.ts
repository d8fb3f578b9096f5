// 附件2-1's checklist as a worker job (src/worker/app.worker.ts runs it): the roster, the 2-1
// records and the 附件4 forms read, parsed and linked off the page's thread. On the page, a
// county's 20,000 children made one task of over a second on a phone, again after every change.
import { checklistOf, evidenceRecord } from '../../../forms/evidence';
import { roster } from '../../../forms/roster';
import { verification } from '../../../forms/verification';
import { listHandler } from '../../../worker/list-job';
import { parseStored } from '../../../storage/entries';
import type { ChecklistDone } from './checklist-client';

export const onMessage = listHandler(async (refDate) => {
  const [children, records, forms4] = await Promise.all([parseStored(roster.id), parseStored(evidenceRecord.id), parseStored(verification.id)]);
  const { list, leftOut } = checklistOf(children.entries, records.entries, forms4.entries, refDate);
  return { rows: list, done: { leftOut } satisfies ChecklistDone };
});
