import type { EntryData } from '../kit/field';
import { ON_SITE_GROUPS } from './groups';

/**
 * Section 二 of the notice sends an on-site visit to four groups; remote students may be
 * visited by phone or letter, so this is a reminder the teacher can acknowledge, not an error.
 */
export function onSiteWarnings(v: EntryData): string[] {
  const groups: readonly unknown[] = Array.isArray(v.groups) ? v.groups : [];
  const hit = ON_SITE_GROUPS.filter((g) => groups.includes(g));
  if (!hit.length || !v.mode || v.mode === 'face' || v.onSiteAck === true) return [];
  return [`该生属于“${hit.join('、')}”，通知要求实地家访。偏远且交通不便的，可采用电话、信件等形式：请勾选下方“已知悉”。`];
}
