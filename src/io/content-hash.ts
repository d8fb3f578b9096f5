import type { EntryData } from '../forms/kit/field';
import { isEmpty } from '../forms/kit/kinds';

// Strings JSON writes as they are, between quotes (no escape): most of a record's text.
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;
const quoted = (s: string) => (PLAIN.test(s) ? `"${s}"` : JSON.stringify(s));

/**
 * JSON with keys sorted and empty values left out: equal contents give equal text. Built
 * by hand rather than with map/filter/join: a 200,000-entry restore hashes every entry.
 */
function canonical(v: unknown): string {
  if (typeof v === 'string') return quoted(v);
  if (Array.isArray(v)) {
    let out = '[';
    // A hole writes nothing (as join does), unlike undefined (null).
    for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + (i in v ? canonical(v[i]) : '');
    return `${out}]`;
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys: string[] = [];
    for (const k of Object.keys(o)) if (!isEmpty(o[k] as never)) keys.push(k);
    keys.sort();
    let out = '{';
    for (let i = 0; i < keys.length; i++) out += `${i ? ',' : ''}${quoted(keys[i]!)}:${canonical(o[keys[i]!])}`;
    return `${out}}`;
  }
  return JSON.stringify(v ?? null);
}

/**
 * A short fingerprint of an entry's data (cyrb53, 53 bits): enough to tell versions of one
 * record apart, fast enough for 200,000 entries, and stable across devices and versions
 * because it ignores key order and empty fields.
 */
export function contentHash(data: EntryData): string {
  const s = canonical(data);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
