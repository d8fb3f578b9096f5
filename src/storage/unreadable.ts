import { formById } from '../forms/registry';
import { entryEnvelope } from './entry';
import { StorageError } from './errors';

/** A stored row that no longer parses: kept untouched, listed on /data/, never counted. */
export interface Unreadable {
  id: string;
  /** The form the row claims, as stored (may be unknown or missing). */
  formId: string;
  /** When the row was last changed, if it still says so as a number. */
  updatedAt?: number;
  /** Why it cannot be read, in Chinese. */
  reason: string;
  /** Exactly the stored row, for the raw JSON export. */
  row: unknown;
}

/** The envelope's keys in words a teacher reads (never the keys themselves). */
const ENVELOPE: Record<string, string> = {
  id: '编号', formId: '所属表格', formVersion: '版本号', createdAt: '创建时间', updatedAt: '修改时间',
  status: '状态', data: '内容', deletedAt: '删除时间',
};

type Issue = { path: PropertyKey[] };
const names = (issues: Issue[], name: (key: string) => string) =>
  [...new Set(issues.map((i) => name(String(i.path[0] ?? ''))))].join('、');

/** Why a row fails `parseEntry`, in Chinese, naming fields by their labels. */
function whyUnreadable(row: unknown, err: unknown): string {
  const env = entryEnvelope.safeParse(row);
  if (!env.success) return `记录结构已损坏（${names(env.error.issues, (k) => ENVELOPE[k] ?? '记录结构')}无效）`;
  const form = formById(env.data.formId);
  if (!form) return `所属表格“${env.data.formId}”不是本应用的表格，可能来自其他应用或更新版本`;
  if (err instanceof StorageError) return err.message;
  const issues = (err as { issues?: Issue[] })?.issues;
  if (!issues?.length) return '记录已损坏，无法读取';
  return `内容不符合${form.annex}的要求（${names(issues, (k) => form.fieldByKey.get(k)?.label ?? '其他内容')}）`;
}

/** The facts of an unreadable row that can still be read from it. */
export function unreadable(row: unknown, err: unknown): Unreadable {
  const r = (row ?? {}) as Record<string, unknown>;
  return {
    id: String(r.id ?? ''),
    formId: typeof r.formId === 'string' ? r.formId : '',
    updatedAt: typeof r.updatedAt === 'number' && Number.isFinite(r.updatedAt) ? r.updatedAt : undefined,
    reason: whyUnreadable(row, err),
    row,
  };
}
