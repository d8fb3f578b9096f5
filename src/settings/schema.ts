import { z } from '../forms/kit/zod';
import { ROLES } from './role-ids';

export { ROLES, type Role } from './role-ids';

// Defaults come from the notice (蒲教发〔2021〕119号); another county or year changes
// settings, not code. Month-day values are "MM-DD" within the campaign year.
const monthDay = z.string().check(z.regex(/^\d{2}-\d{2}$/));
const text = (max: number, fallback: string) => z._default(z.string().check(z.maxLength(max)), fallback);

export const settingsSchema = z.object({
  /** Who uses this device; missing until the user picks one (settings from before roles load as that). */
  role: z.optional(z.enum(ROLES)),
  unit: text(100, ''),
  town: text(100, ''),
  /** This device's teacher: filled into new visit records. */
  teacher: text(50, ''),
  position: text(50, ''),
  /** The school's own address for its teachers' records (a teacher's 发送给学校). */
  schoolEmail: text(200, ''),
  bureau: text(100, '蒲城县教育局'),
  mailbox: text(200, 'pcjjyg@163.com'),
  year: z._default(z.int().check(z.gte(2000), z.lte(2100)), () => new Date().getFullYear()),
  deadline1: z._default(monthDay, '10-22'),
  deadline3: z._default(monthDay, '11-15'),
  ageRef: z._default(monthDay, '08-31'),
});

export type Settings = z.infer<typeof settingsSchema>;

export const SETTINGS_LABELS: Record<Exclude<keyof Settings, 'role'>, string> = {
  unit: '单位名称',
  town: '镇（街道）',
  teacher: '本机教师姓名（自动填入家访教师姓名、家访记录人）',
  position: '本机教师职务',
  schoolEmail: '学校收取家访记录的邮箱（可不填）',
  bureau: '教育局名称',
  mailbox: '报送邮箱',
  year: '活动年份',
  deadline1: '附件1-1、1-2 报送截止日期',
  deadline3: '附件3-2 报送截止日期',
  ageRef: '年龄计算基准日',
};

export const defaultSettings = (): Settings => settingsSchema.parse({});

/** "10-22" in year 2021 -> "2021-10-22". */
export const inYear = (s: Settings, monthDay: string): string => `${s.year}-${monthDay}`;
/** The reference date of ages (附件1-1's 6–15) in the settings' campaign year. */
export const refDateOf = (s: Settings): string => inYear(s, s.ageRef);
