import type { FormDef } from './kit/define';
import { archive } from './archive';
import { enrolmentCheck } from './enrolment-check';
import { evidenceRecord } from './evidence';
import { roster } from './roster';
import { schoolingReport } from './schooling-report';
import { schoolStats } from './school-stats';
import { townTable } from './town-table';
import { verification } from './verification';
import { visitRecord } from './visit-record';

/** The one list of forms: pages, exporters and importers loop over it. */
export const FORMS: FormDef[] = [schoolingReport, townTable, evidenceRecord, visitRecord, schoolStats, verification, archive, enrolmentCheck, roster];

export const formById = (id: string): FormDef | undefined => FORMS.find((f) => f.id === id);
