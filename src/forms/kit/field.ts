// The field kinds our forms are made of. Renderers look kinds up in tables keyed by
// `kind`; a form never needs a renderer change to add a field of an existing kind.

export interface Option {
  value: string;
  label: string;
}

interface FieldBase {
  key: string;
  /** Seed wording, shown as the visible label. */
  label: string;
  required?: boolean;
  hint?: string;
  placeholder?: string;
  /** Filled in when a new entry is made: from settings (单位名称, the teacher's own name), or today's date. */
  defaultFrom?: 'unit' | 'teacher' | 'position' | 'today';
  /** Set by an action of the form (e.g. the time of 出发报备), not typed. */
  readOnly?: boolean;
  /** Wide fields take a whole row on desktop. */
  wide?: boolean;
  /**
   * Computed by the form's `derive`: 'auto' is never stored; 'overridable' stores a value
   * typed by hand (null = use the computed one).
   */
  derived?: 'auto' | 'overridable';
}

export type Field =
  | (FieldBase & { kind: 'text' | 'textarea' | 'phone' | 'date' | 'idcard' })
  | (FieldBase & { kind: 'int'; min?: number })
  | (FieldBase & { kind: 'percent' | 'flag' })
  | (FieldBase & { kind: 'choice' | 'multi'; options: Option[] });

export type FieldKind = Field['kind'];
export type FieldValue = string | string[] | number | boolean | null;
export type EntryData = Record<string, FieldValue | undefined>;
