// Storage failures in words a teacher understands. Whatever happens, what was saved before
// stays: each write is a single put inside a transaction.

export class StorageError extends Error {}

/** A newer copy of the entry was stored elsewhere (another tab, an import) since this one was read. */
export class ConflictError extends StorageError {
  constructor(readonly current: unknown) {
    super('此记录已在另一个标签页中修改');
  }
}

/** What the user reads when a write fails for a reason we did not foresee. */
export const UNKNOWN_FAILURE = '保存失败，本次修改未写入。请重试；如仍失败，请先在“数据”页备份，再刷新页面。';
/** The same for opening a record or a page's data: nothing was changed. */
export const READ_FAILED = '读取失败，没有做任何修改。请刷新页面重试；如仍失败，请先在“数据”页备份。';
/** What the user reads when an export fails for a reason we did not foresee. */
export const EXPORT_RETRY = '请重试；如仍失败，请刷新页面后再导出。';

/** `fallback` for what we did not foresee: a failed save unless the caller was only reading. */
export function explain(err: unknown, fallback = UNKNOWN_FAILURE): string {
  const name = (err as { name?: string; inner?: { name?: string } })?.name ?? '';
  const inner = (err as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
    return '设备存储空间已满，本次修改未能保存。请清理手机或浏览器空间后再试；之前已保存的内容不受影响。';
  if (name === 'InvalidStateError' || name === 'DatabaseClosedError' || name === 'OpenFailedError')
    return '浏览器不允许本页面保存数据（可能处于无痕模式或存储被禁用）。请换用普通模式打开。';
  if (name === 'VersionError' || name === 'UpgradeError')
    return '此页面版本较旧，请关闭其他标签页后刷新。';
  return inChinese(err, fallback);
}

const HAN = /\p{Script=Han}/u;

/**
 * The error's own message when it is one of ours (written in Chinese), otherwise `fallback`:
 * a library's English text helps whoever debugs it, never the teacher, so it goes to the
 * console only.
 */
export function inChinese(err: unknown, fallback: string): string {
  const message = (err as { message?: unknown })?.message;
  if (typeof message === 'string' && HAN.test(message)) return message;
  console.error(err);
  return fallback;
}
