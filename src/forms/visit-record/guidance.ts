import type { EntryData } from '../kit/field';
import { ON_SITE_GROUPS } from './groups';

const onSiteHits = (v: EntryData) => {
  const groups: readonly unknown[] = Array.isArray(v.groups) ? v.groups : [];
  return ON_SITE_GROUPS.filter((g) => groups.includes(g));
};

/**
 * Whether the record needs the teacher's 已知悉: the student is in a group the notice sends an
 * on-site visit to, and the visit was made another way. Only then is the checkbox in play.
 */
export const needsOnSiteAck = (v: EntryData): boolean => onSiteHits(v).length > 0 && !!v.mode && v.mode !== 'face';

/**
 * Section 二 of the notice sends an on-site visit to four groups; remote students may be
 * visited by phone or letter, so this is a reminder the teacher can acknowledge, not an error.
 */
export function onSiteWarnings(v: EntryData): string[] {
  if (!needsOnSiteAck(v) || v.onSiteAck === true) return [];
  return [`该生属于“${onSiteHits(v).join('、')}”，通知要求实地家访。偏远且交通不便的，可采用电话、信件等形式：请勾选下方“已知悉”。`];
}
