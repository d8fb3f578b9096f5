import type { DeriveContext, FormDef } from '../forms/kit/define';
import { refDateOf } from '../settings/schema';
import { localIsoDate } from '../calc/calendar';
import { readParsed } from './entries';
import { loadSettings } from './settings';

/** A derive context that also says how many source rows it had to leave out. */
export interface SourceContext extends DeriveContext {
  /** Stored rows of the sources that no longer parse, not counted in any derived number. */
  unreadable: number;
}

/**
 * The one derive context of the app: the editor, storage's status of a computed report, the
 * home page, 附件2-2 and the exporters all evaluate with it.
 *
 * What a form derives its numbers from: the entries of its sources (e.g. 附件3-2 from every
 * 附件3-1 record, 附件1-1 from the roster) and the settings they depend on (the reference
 * date of ages, the town and year of a title).
 */
export async function deriveContext(form: FormDef): Promise<SourceContext> {
  const ids = form.sources ?? [];
  const [settings, ...reads] = await Promise.all([loadSettings(), ...ids.map((id) => readParsed(id))]);
  return {
    sources: Object.fromEntries(ids.map((id, i) => [id, reads[i]!.entries.map((e) => e.data)])),
    sourceIds: Object.fromEntries(ids.map((id, i) => [id, reads[i]!.entries.map((e) => e.id)])),
    unreadable: reads.reduce((n, r) => n + r!.unreadable.length, 0),
    refDate: refDateOf(settings),
    settings: { unit: settings.unit, town: settings.town, year: settings.year },
    today: localIsoDate(new Date()),
  };
}
