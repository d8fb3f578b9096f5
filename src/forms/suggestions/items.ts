import { collectSuggestions, type Stored, type SuggestionItem } from '../../calc/suggestion-tally';
import type { DeriveContext } from '../kit/define';
import type { EntryData } from '../kit/field';
import { isCountedVisit } from '../visit-record/counted';

/** A source list of a derive context with its ids (entries of a context made without ids get none). */
const stored = (ctx: DeriveContext, formId: string): Stored[] => {
  const ids = ctx.sourceIds?.[formId] ?? [];
  return (ctx.sources[formId] ?? []).map((data, i) => ({ id: ids[i] ?? '', data }));
};

/**
 * The suggestions of the 附件3-1 records 附件3-2 counts (complete ones: drafts are left out
 * of both), with the school's classifications.
 */
export function suggestionItems<C extends Stored>(records: readonly Stored[], classifications: readonly C[]): SuggestionItem<C>[] {
  return collectSuggestions(records.filter((r) => isCountedVisit(r.data as EntryData)), classifications);
}

/** The same from a derive context with sources '3-1' and 'suggestion'. */
export const suggestionItemsOf = (ctx: DeriveContext): SuggestionItem[] =>
  suggestionItems(stored(ctx, '3-1'), stored(ctx, 'suggestion'));
