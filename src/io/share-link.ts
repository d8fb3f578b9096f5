// A link for the school's group chat that opens a new 附件3-1 with the unit (and optionally
// the teacher) filled in. Only these keys are taken from a URL, and only as defaults.
export const LINK_KEYS = ['unit', 'teacher', 'position'] as const;
export type LinkKey = (typeof LINK_KEYS)[number];

export function makeShareLink(origin: string, formId: string, values: Partial<Record<LinkKey, string>>): string {
  const q = new URLSearchParams();
  for (const k of LINK_KEYS) {
    const v = values[k]?.trim();
    if (v) q.set(k, v);
  }
  return `${origin}/forms/${formId}/?${q}`;
}

export function readShareLink(search: string): Partial<Record<LinkKey, string>> | null {
  const q = new URLSearchParams(search);
  const out: Partial<Record<LinkKey, string>> = {};
  for (const k of LINK_KEYS) {
    const v = q.get(k)?.trim().slice(0, 100);
    if (v) out[k] = v;
  }
  return Object.keys(out).length ? out : null;
}
