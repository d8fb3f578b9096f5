import type { FormDef } from './kit/define';
import { archive } from './archive';
import { enrolmentCheck } from './enrolment-check';
import { evidenceRecord } from './evidence';
import { graduateLedger } from './graduates';
import { roster } from './roster';
import { disability, homeTeaching } from './special-education';
import { schoolingReport } from './schooling-report';
import { monthlyReport } from './monthly-report';
import { schoolStats } from './school-stats';
import { statusChange } from './status-changes';
import { suggestionLedger } from './suggestions';
import { townTable } from './town-table';
import { verification } from './verification';
import { visitRecord } from './visit-record';
import { visitSummary } from './visit-summary';

/**
 * The one list of forms, in the two campaigns of the notice and in the order a school works
 * through them: pages, exporters and importers loop over it.
 */
export const CAMPAIGNS: { title: string; forms: FormDef[] }[] = [
  { title: '控辍保学', forms: [roster, schoolingReport, townTable, evidenceRecord, verification, archive, enrolmentCheck, graduateLedger, disability, homeTeaching, statusChange, monthlyReport] },
  { title: '教师大家访', forms: [visitRecord, schoolStats, suggestionLedger, visitSummary] },
];

export const FORMS: FormDef[] = CAMPAIGNS.flatMap((c) => c.forms);

export const formById = (id: string): FormDef | undefined => FORMS.find((f) => f.id === id);

/** Where a form is shown: its ledger page (several forms on one page), else /forms/<id>/. */
export const formPage = (f: FormDef): string => f.href ?? `/forms/${f.id}/`;

/** Every form shown on a page of its own, /forms/<id>/: the pages src/pages/forms/[id] builds. */
export const formsWithOwnPage = (): FormDef[] => FORMS.filter((f) => formPage(f) === `/forms/${f.id}/`);
