import { roster } from '../../../forms/roster';
import type { GroupedTable } from '../../../forms/kit/grouped-table';
import { tableWarning } from '../../../io/export-privacy';

/** 2-1's lists are made from the roster: its fields say which columns are a child's ID or health. */
export const rosterListWarning = (table: GroupedTable): string | null => tableWarning(table, roster);
