import type { FormDef } from './kit/define';
import { visitRecord } from './visit-record';

/** The one list of forms: pages, exporters and importers loop over it. */
export const FORMS: FormDef[] = [visitRecord];

export const formById = (id: string): FormDef | undefined => FORMS.find((f) => f.id === id);
