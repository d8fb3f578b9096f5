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
  /** Set from settings when a new entry is made (e.g. 单位名称). */
  defaultFrom?: 'unit';
  /** Wide fields take a whole row on desktop. */
  wide?: boolean;
}

export type Field =
  | (FieldBase & { kind: 'text' | 'textarea' | 'phone' | 'date' })
  | (FieldBase & { kind: 'int'; min?: number })
  | (FieldBase & { kind: 'choice' | 'multi'; options: Option[] });

export type FieldKind = Field['kind'];
export type FieldValue = string | string[] | number | null;
export type EntryData = Record<string, FieldValue | undefined>;
