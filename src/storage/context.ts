import type { DeriveContext, FormDef } from '../forms/kit/define';
import { inYear } from '../settings/schema';
import { listEntries } from './entries';
import { loadSettings } from './settings';

/**
 * What a form derives its numbers from: the entries of its sources (e.g. 附件3-2 from every
 * 附件3-1 record, 附件1-1 from the roster) and the settings they depend on (the reference
 * date of ages, the town and year of a title).
 */
export async function deriveContext(form: FormDef): Promise<DeriveContext> {
  const ids = form.sources ?? [];
  const [settings, ...lists] = await Promise.all([loadSettings(), ...ids.map((id) => listEntries(id))]);
  return {
    sources: Object.fromEntries(ids.map((id, i) => [id, lists[i]!.map((e) => e.data)])),
    refDate: inYear(settings, settings.ageRef),
    settings: { unit: settings.unit, town: settings.town, year: settings.year },
  };
}
