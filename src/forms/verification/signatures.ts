// The signature and stamp boxes of 附件4, in the seed's order (two to a printed row). The
// app only tracks whether each is done and when; the names and stamps go on paper in ink.
import type { EntryData } from '../kit/field';
import { POLICE_CLASSES } from '../vocabulary';
import { chosenClass } from './classes';

export interface SignatureItem<K extends string = string> {
  key: K;
  /** Seed wording, without the colon printed after it. */
  label: string;
  /** 公安部门核查结果 and 公安部门盖章: needed only for the classes of 附件4 备注. */
  police?: boolean;
}

const ITEMS = [
  { key: 'sigGuardian', label: '监护人（近邻或亲友）签名' },
  { key: 'sigChecker', label: '学校核查人签名' },
  { key: 'sigVillage', label: '村（社区）负责人签名' },
  { key: 'stampVillage', label: '村（社区）盖章' },
  { key: 'sigPrincipal', label: '校长签名' },
  { key: 'stampSchool', label: '学校盖章' },
  { key: 'sigTown', label: '镇（办）核查人签名' },
  { key: 'stampTown', label: '镇（办）盖章' },
  { key: 'policeResult', label: '公安部门核查结果', police: true },
  { key: 'policeStamp', label: '公安部门盖章', police: true },
] as const satisfies readonly SignatureItem[];
export type SignatureKey = (typeof ITEMS)[number]['key'];
// Keys as literals (they are field keys of 附件4), items as one shape.
export const SIGNATURES: readonly SignatureItem<SignatureKey>[] = ITEMS;

export const POLICE_ITEMS = SIGNATURES.filter((s) => s.police);
export const dateKey = (s: SignatureItem): `${string}Date` => `${s.key}Date`;

/** Whether the chosen class needs the police (附件4 备注: 户籍原因, 外迁无法联系, 失踪失联). */
export function needsPolice(data: EntryData): boolean {
  const c = chosenClass(data);
  return !!c && POLICE_CLASSES.some((p) => p.label === c.label);
}

/** The police items not yet done, whatever the class. */
export const policeMissing = (data: EntryData): SignatureItem[] => POLICE_ITEMS.filter((s) => data[s.key] !== true);

/** The boxes still to be signed or stamped for this entry to be complete. */
export function outstanding(data: EntryData): SignatureItem[] {
  const police = needsPolice(data);
  return SIGNATURES.filter((s) => data[s.key] !== true && (!s.police || police));
}
