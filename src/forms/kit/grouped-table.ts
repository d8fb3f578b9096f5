// A table whose rows come in titled groups (特殊情况分类花名册: children grouped by status).
// Data only; the Excel and PDF writers of render/ lay it out the same way.

export interface GroupedTableColumn {
  label: string;
  /** Relative width, in Excel character units. */
  width: number;
}

export interface TableGroup {
  /** Printed on a row of its own across the table, above the group's rows ('' for none). */
  title: string;
  rows: string[][];
}

export interface GroupedTable {
  title: string;
  /** Left and right texts of the line under the title (单位, 共 N 人). */
  info: string;
  infoRight?: string;
  columns: GroupedTableColumn[];
  groups: TableGroup[];
  /** Lines under the table (e.g. how the evidence column is read). */
  notes?: string[];
  /** The one row printed when there are no rows at all. */
  empty?: string;
}
