// Shared by the evidence unit tests: numbered roster children and the 附件2-1 checklist built from them.
import { checkDigit } from '../../src/calc/idcard';
import type { EntryData } from '../../src/forms/kit/field';
import { buildChecklist, type Linked } from '../../src/forms/evidence';

const id = (n: number) => {
  const body = `6105262010031${String(n).padStart(3, '0')}1`;
  return body + checkDigit(body);
};
/** 附件1-1's reference date: the test children (born 2010-03) are 11. */
export const REF = '2021-08-31';
export const build = (children: Linked[], records: Linked[], forms4: Linked[]) => buildChecklist(children, records, forms4, REF);
let seq = 0;
export const child = (status: string, sub = '', more: EntryData = {}): Linked => {
  seq++;
  return { id: `c${seq}`, data: { name: `儿童${seq}`, idNumber: id(seq), village: '东村', status, sub, ...more } };
};
