// The first values of a new entry: each field's defaultFrom, filled from settings or today.
import type { FormDef } from './define';
import type { EntryData } from './field';

/** The settings a new entry's first values come from (Field.defaultFrom). */
export type DefaultSettings = Partial<Record<'unit' | 'town' | 'teacher' | 'position', string>>;

/**
 * The first values of a new entry: each field's `defaultFrom` filled from settings, or with
 * today's date. The editor starts a new entry with them, and a report that was never typed
 * into (so never stored) is evaluated with them: both then show the same status.
 */
export function presetData(form: FormDef, settings: DefaultSettings, today: string): EntryData {
  const preset: EntryData = {};
  for (const f of form.fields)
    if (f.defaultFrom) preset[f.key] = f.defaultFrom === 'today' ? today : settings[f.defaultFrom] ?? '';
  return preset;
}
