import type { FormDef } from './kit/define';
import { schoolStats } from './school-stats';
import { visitRecord } from './visit-record';

/** The one list of forms: pages, exporters and importers loop over it. */
export const FORMS: FormDef[] = [visitRecord, schoolStats];

export const formById = (id: string): FormDef | undefined => FORMS.find((f) => f.id === id);
