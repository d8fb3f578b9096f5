import type { DeriveContext, FormDef } from '../forms/kit/define';
import { listEntries } from './entries';

/** The entries a form derives its numbers from (e.g. 附件3-2 from every 附件3-1 record). */
export async function deriveContext(form: FormDef): Promise<DeriveContext> {
  const ids = form.sources ?? [];
  const lists = await Promise.all(ids.map((id) => listEntries(id)));
  return { sources: Object.fromEntries(ids.map((id, i) => [id, lists[i].map((e) => e.data)])) };
}
