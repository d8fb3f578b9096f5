// The field kinds our forms are made of. Renderers look kinds up in tables keyed by
// `kind`; a form never needs a renderer change to add a field of an existing kind.

export interface Option {
  value: string;
  label: string;
}

interface FieldBase<K extends string> {
  /** A field built in a loop names its keys' pattern (`Field<`${Mode}Share`>`), so they stay checked. */
  key: K;
  /** Seed wording, shown as the visible label. */
  label: string;
  required?: boolean;
  hint?: string;
  placeholder?: string;
  /** Filled in when a new entry is made: from settings (单位名称, 镇, the teacher's own name), or today's date. */
  defaultFrom?: 'unit' | 'town' | 'teacher' | 'position' | 'today';
  /** Set by an action of the form (e.g. the time of 出发报备), not typed. */
  readOnly?: boolean;
  /** Wide fields take a whole row on desktop. */
  wide?: boolean;
  /**
   * Computed by the form's `derive`: 'auto' is never stored; 'overridable' stores a value
   * typed by hand (null = use the computed one).
   */
  derived?: 'auto' | 'overridable';
  /** Shown under an overridable field: where its computed value comes from (default: 附件3-1). */
  derivedNote?: string;
  /** Printed in place of an empty value (a line to write on, e.g. '______'); default nothing. */
  blank?: string;
  /**
   * Whether the field takes part in the entry, given the entry's data (附件4: the two
   * classifications exclude each other). A disabled field keeps what was typed, so switching
   * back restores it, but it is greyed out, never checked and never printed.
   */
  enabledWhen?(data: EntryData): boolean;
  /** Shown under the field while it is disabled: why, and how to enable it. */
  disabledHint?: string;
  /**
   * Not shown at all while disabled, rather than greyed out: for a confirmation that only
   * some entries ask for (3-1's 已知悉…), which would otherwise sit on every record.
   */
  hiddenWhenDisabled?: boolean;
  /**
   * A child's personal data that a file carries only when its receiver needs it: 'id' a full
   * ID number, 'health' health, disability or hardship, 'note' free text about the child
   * (may hold health details; exported only when the user asks). io/export-privacy.ts reads it.
   */
  sensitive?: 'id' | 'health' | 'note';
}

/**
 * A column of a `rows` field (a table the user extends row by row, e.g. 附件1-2's villages).
 * `derived` columns are filled by the form's `derive` while it has source data (then they
 * are read-only); without source data every column is typed.
 */
export interface RowColumn {
  key: string;
  label: string;
  kind: 'text' | 'int' | 'phone' | 'date';
  derived?: boolean;
  wide?: boolean;
}

/**
 * A column of a `table` field (a fixed list of rows, e.g. 附件2-2's items): like a `rows`
 * column, and it may be a choice, required in every row, or an integer with a minimum.
 */
export interface TableColumn {
  key: string;
  label: string;
  kind: 'text' | 'int' | 'choice';
  options?: Option[];
  /** Every row needs a value in this column for the entry to be complete. */
  required?: boolean;
  /** For an int column: the least value (default 0). */
  min?: number;
}

/** One row of a `rows` field: column key -> value. */
export type RowItem = Record<string, string | number | null>;

export type Field<K extends string = string> =
  | (FieldBase<K> & { kind: 'text' | 'textarea' | 'phone' | 'idcard' })
  | (FieldBase<K> & {
      kind: 'date';
      /**
       * The date is of something done during the campaign (a visit): a date outside the
       * campaign year (settings) or after today gets a warning beside the field. A warning,
       * never a block: a draft is kept whatever its date.
       */
      inCampaign?: boolean;
    })
  | (FieldBase<K> & { kind: 'int'; min?: number })
  | (FieldBase<K> & { kind: 'percent' | 'flag' })
  | (FieldBase<K> & { kind: 'choice' | 'multi'; options: Option[] })
  | (FieldBase<K> & {
      kind: 'rows';
      columns: RowColumn[];
      /** The column that names a row (e.g. 村委会名称): rows are matched by it, and it titles the row. */
      keyColumn: string;
      /** Label of the button that adds a row. */
      addLabel?: string;
    })
  | (FieldBase<K> & {
      kind: 'table';
      /**
       * The names of the fixed rows, in order (附件2-2: Ⅰ类①, Ⅰ类② …). A row is its position:
       * the stored value is one {column: value} per row, in this order, and paths name it
       * by index (`{items.3.state}`). Changing the list needs a migration.
       */
      rows: readonly string[];
      columns: TableColumn[];
    });

export type FieldKind = Field['kind'];
export type FieldValue = string | string[] | number | boolean | null | RowItem[];
export type EntryData = Record<string, FieldValue | undefined>;
