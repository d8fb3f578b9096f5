import type { EntryData } from '../kit/field';
import { visitRecord } from './index';

/**
 * Whether a 附件3-1 record counts as a visit in 附件3-2: it is complete, i.e. its stored
 * status is 完成 (every field the record table asks for is filled in and valid). A record
 * holding only a student and a class is a draft, perhaps a visit not made yet; counting it
 * would report visits that the school cannot show on paper.
 */
export const isCountedVisit = (data: EntryData): boolean => Object.keys(visitRecord.check(data)).length === 0;
