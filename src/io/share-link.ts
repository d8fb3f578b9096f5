import { ROLES } from '../settings/role-ids';
import type { Settings } from '../settings/schema';

// A link for the school's group chat that opens a new 附件3-1 with the unit (and optionally
// the teacher) filled in, sets the device up as a teacher's and says where her records go.
// Only these keys are read from a URL, and none is saved until the user answers 采用.
export const LINK_KEYS = ['role', 'unit', 'teacher', 'position', 'schoolEmail'] as const;
export type LinkKey = (typeof LINK_KEYS)[number];
export type LinkValues = Partial<Record<LinkKey, string>>;

export const LINK_LABELS: Record<LinkKey, string> = {
  role: '身份', unit: '单位名称', teacher: '教师姓名', position: '职务', schoolEmail: '学校邮箱',
};

export function makeShareLink(origin: string, formId: string, values: LinkValues): string {
  const q = new URLSearchParams();
  for (const k of LINK_KEYS) {
    const v = values[k]?.trim();
    if (v) q.set(k, v);
  }
  return `${origin}/forms/${formId}/?${q}`;
}

export function readShareLink(search: string): LinkValues | null {
  const q = new URLSearchParams(search);
  const out: LinkValues = {};
  for (const k of LINK_KEYS) {
    const v = q.get(k)?.trim().slice(0, k === 'schoolEmail' ? 200 : 100);
    if (!v) continue;
    if (k === 'role' && !(ROLES as readonly string[]).includes(v)) continue;
    out[k] = v;
  }
  return Object.keys(out).length ? out : null;
}

export interface LinkDiffer { key: LinkKey; link: string; here: string }
export interface LinkPlan {
  /** Settings that are empty here: the link would fill them (if the user agrees). */
  fill: LinkValues;
  /** Settings set here to something else: the link would replace them (if the user agrees). */
  differ: LinkDiffer[];
}

/** What a shared link would change in this device's settings. */
export function planShareLink(s: Settings, shared: LinkValues): LinkPlan {
  const plan: LinkPlan = { fill: {}, differ: [] };
  for (const k of LINK_KEYS) {
    const v = shared[k];
    if (!v) continue;
    const here = s[k] ?? '';
    if (!here) plan.fill[k] = v;
    else if (here !== v) plan.differ.push({ key: k, link: v, here });
  }
  return plan;
}
