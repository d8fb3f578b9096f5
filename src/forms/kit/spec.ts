// What a form declares (FormSpec) and what it may compute from (DeriveContext): the contract defineForm reads.
import type { EntryData } from './field';
import type { PaperLayout } from './paper';
import type { Fields, KeyOf } from './typed';
import type { FormView } from './view';

export interface FormSection<K extends string = string> {
  title?: string;
  keys: K[];
  /** The form's timed reports (出行报备 buttons) are shown in this section, below its fields. */
  reports?: boolean;
}

/** A button that stamps the time into a field and gives a text to send (出行报备). */
export interface FormReport<K extends string = string> {
  key: K;
  label: string;
  /**
   * `{key}` placeholders as on paper; `{now}` is the time of the report. A part in `[…]` is
   * left out when a placeholder in it is empty (see kit/report.ts).
   */
  template: string;
}

/** Timed reports in order (出发, 结束); an entry with the first but not the last is pending. */
export type FormReports<K extends string = string> = { pendingLabel: string; steps: FormReport<K>[] };

/**
 * What a form declares: fields `F`, paper `L`, `paperValues` keys `V`, reports `R`, inferred by
 * defineForm so that every key is checked (typed.ts); the defaults are any form.
 */
export interface FormSpec<F extends Fields = Fields, L extends PaperLayout = PaperLayout, V extends string = string,
  R extends FormReports<KeyOf<F>> = FormReports<KeyOf<F>>> {
  id: string;
  /** Rises when the stored shape of `data` changes; see `migrations`. */
  version: number;
  annex: string;
  title: string;
  /** One line for the home page. */
  summary: string;
  /** Settings key of the deadline, if the notice sets one. */
  deadline?: 'deadline1' | 'deadline3';
  fields: F;
  sections: FormSection<KeyOf<F>>[];
  paper: L;
  /** Who or what an entry is about: list titles and file names. */
  subjectKey: KeyOf<F>;
  dateKey?: KeyOf<F>;
  /** Keys shown as list columns. */
  listKeys: KeyOf<F>[];
  /**
   * The 表册 of all entries: its title, columns (default: every field), and the field that
   * names the file when all entries share it (a teacher's own 表册).
   */
  register?: {
    title: string;
    keys?: KeyOf<F>[];
    subjectKey?: KeyOf<F>;
    /** Row order of the 表册, by these keys in turn (see kit/register.ts). */
    sortKeys?: KeyOf<F>[];
    /** Column widths in Excel character units, by key, where the kind's default is wrong. */
    widths?: Partial<Record<KeyOf<F>, number>>;
    /** What a row is in 共 N …: 人 for children; default 份. */
    countUnit?: string;
    /**
     * 'optional': the .xlsx gets its hidden data sheet only when the user asks (the roster's
     * carries phones and addresses for moving it between the school's own devices; a bureau
     * receiving the 表册 does not need it). Default: always (the file is re-imported).
     */
    dataSheet?: 'optional';
  };
  /** data of version v -> data of version v+1. */
  migrations?: Record<number, (data: EntryData) => EntryData>;
  /** One entry per unit (a report), rather than a list of entries. */
  single?: boolean;
  /** Filled by each teacher herself (3-1), not by the school: her 发送 goes to the school, and its deadline is hers. */
  filledBy?: 'teacher';
  /**
   * A report the bureau's 汇总 adds up (1-1, 1-2, 3-2): 发送给教育局 sends its Excel file, which
   * the 汇总 reads; other forms are sent as PDF, for the archive.
   */
  summedByBureau?: true;
  /** Form ids whose entries `derive` reads. */
  sources?: string[];
  /** Values of the derived fields; overridable ones typed by hand are in `data`. */
  derive?(data: EntryData, ctx: DeriveContext): EntryData;
  /**
   * Texts that exist only on paper (class lists with the chosen one marked, a date in words),
   * from the resolved values. Paper templates name them `{key}` like fields, but they are no
   * fields: never stored, edited, imported or checked.
   */
  paperValues?(values: EntryData): Record<V, string>;
  /** Consistency problems of the resolved values, in Chinese (shown, never blocking a save). */
  warnings?(values: EntryData): string[];
  /**
   * What the computed numbers leave out of the sources, in Chinese, said above the report
   * (3-2: the 3-1 records that are still drafts).
   */
  sourceNotes?(ctx: DeriveContext): string[];
  /** One line for the home page from the resolved values. */
  progress?(values: EntryData): string;
  /**
   * One line for the home page from whole lists of entries (by form id), for forms whose
   * progress is not one entry's values (2-1: children complete out of those needing proof).
   */
  overview?: { sources: string[]; line(lists: Record<string, OverviewEntry[]>, refDate: string): string };
  /**
   * Problems that involve several fields (an ID number against the typed birth date), by
   * the key of the field they are shown beside. Shown like format errors; they never block
   * a save and do not change the entry's status.
   */
  fieldProblems?(data: EntryData, ctx: DeriveContext): Record<string, string>;
  /**
   * The ledger page that shows this form together with others (/special/, /monitor/): such a
   * form has no /forms/<id>/ page. Default: its own page, /forms/<id>/ (registry.formPage).
   */
  href?: string;
  /** The editor on the form's own page, by name (kit/view.ts); default the kit's `form`. */
  view?: FormView;
  /**
   * Conditions of a complete entry that involve several fields (附件4 备注: three classes
   * need the police stamp), by the key of the field they concern, in Chinese. Unlike
   * `fieldProblems` they are part of `check`: the entry stays a draft until they are met,
   * and the editor says why.
   */
  rules?(data: EntryData): Issues;
  /**
   * Entries are made from an entry of another form (附件4 from a roster child): the source
   * entry's id is stored in `linkKey`, and `prefill` gives the new entry's first values.
   * The list page offers a search of the source entries; `?from=<id>` opens the entry made
   * from that source, or makes one.
   */
  createFrom?: {
    formId: string;
    linkKey: KeyOf<F>;
    /** Button text, e.g. 从花名册选择儿童. */
    label: string;
    prefill(source: EntryData): EntryData;
    /** Source entries offered before any search (e.g. children whose status needs this form). */
    offer?(source: EntryData): boolean;
  };
  /**
   * Fields filled in the editor from an entry of another form that the user picks (附件3-1:
   * a roster child's name, parent, phone and address). Unlike `createFrom` it makes no entry
   * of its own: many entries may come from one source. The source's id is kept in `linkKey`.
   */
  fillFrom?: {
    formId: string;
    linkKey: KeyOf<F>;
    /** Button text, e.g. 从花名册选择学生. */
    label: string;
    fill(source: EntryData): EntryData;
  };
  /** Export buttons of the list page (default: the 表册 in Excel and PDF); `pdf` = every entry, a page each. */
  listExports?: { kind: 'xlsx' | 'pdf' | 'register-xlsx' | 'register-pdf'; label: string }[];
  reports?: R;
}

export type Issues = Record<string, string>;

export interface OverviewEntry {
  id: string;
  data: EntryData;
  complete: boolean;
}

/** The settings a form may compute from (a subset of src/settings/schema.ts's Settings). */
export interface DeriveSettings {
  unit: string;
  town: string;
  year: number;
}

/** What a form may compute from: other forms' entries (by form id) and settings. */
export interface DeriveContext {
  sources: Record<string, EntryData[]>;
  /** The stored ids of `sources`' entries, index for index, where a form needs them (家访总结). */
  sourceIds?: Record<string, string[]>;
  /** The reference date of ages in 周岁, YYYY-MM-DD (settings: campaign year + ageRef). */
  refDate?: string;
  settings?: DeriveSettings;
  /** Today on this device, YYYY-MM-DD: dates of things done cannot be after it. */
  today?: string;
}
export const NO_SOURCES: DeriveContext = { sources: {} };
