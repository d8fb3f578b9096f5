import type { FormSpec } from '../forms/kit/define';
import type { Role, Settings } from './schema';

// Roles are a convenience, not a security boundary: they only choose what a device shows
// first, which settings it asks for and where 发送 goes. All data stays on the device.

export const ROLE_LABELS: Record<Role, string> = {
  teacher: '教师',
  school: '学校',
  town: '镇（中心校）',
  bureau: '教育局',
};

/** Before the user picks a role the app behaves as it always did: like a school. */
export const effectiveRole = (s: Pick<Settings, 'role'>): Role => s.role ?? 'school';

/** Which forms a teacher fills herself is said by each form's definition (`filledBy`). */
type Owned = Pick<FormSpec, 'filledBy' | 'summedByBureau'>;

/** Whether a form's deadline is this role's to meet (a teacher is not alarmed by the school's reports). */
export const ownsForm = (role: Role, form: Owned): boolean => role !== 'teacher' || form.filledBy === 'teacher';

type Field = Exclude<keyof Settings, 'role'>;
const TEACHER_FIELDS: Field[] = ['unit', 'teacher', 'position', 'schoolEmail'];
const ALL_FIELDS: Field[] = ['unit', 'town', 'teacher', 'position', 'schoolEmail', 'bureau', 'mailbox', 'year', 'deadline1', 'deadline3', 'ageRef'];

/** The settings a role fills: a teacher only her own, no admin fields. */
export const settingsFields = (role: Role): Field[] => (role === 'teacher' ? TEACHER_FIELDS : ALL_FIELDS);

/**
 * Where 发送 goes for this role and form: a teacher's 3-1 to her school; a school's or town's
 * forms to the bureau; nowhere for a teacher looking at the school's reports.
 */
export const sendTarget = (role: Role, form: Owned): 'school' | 'bureau' | null =>
  role !== 'teacher' ? 'bureau' : form.filledBy === 'teacher' ? 'school' : null;

export const SEND_LABELS = { school: '发送给学校', bureau: '发送给教育局' } as const;
