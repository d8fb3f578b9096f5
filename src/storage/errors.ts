// Storage failures in words a teacher understands. Whatever happens, what was saved before
// stays: each write is a single put inside a transaction.

export class StorageError extends Error {}

/** A newer copy of the entry was stored elsewhere (another tab, an import) since this one was read. */
export class ConflictError extends StorageError {
  constructor(readonly current: unknown) {
    super('此记录已在另一个标签页中修改');
  }
}

export function explain(err: unknown): string {
  const name = (err as { name?: string; inner?: { name?: string } })?.name ?? '';
  const inner = (err as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
    return '设备存储空间已满，本次修改未能保存。请清理手机或浏览器空间后再试；之前已保存的内容不受影响。';
  if (name === 'InvalidStateError' || name === 'DatabaseClosedError' || name === 'OpenFailedError')
    return '浏览器不允许本页面保存数据（可能处于无痕模式或存储被禁用）。请换用普通模式打开。';
  if (name === 'VersionError' || name === 'UpgradeError')
    return '此页面版本较旧，请关闭其他标签页后刷新。';
  if (err instanceof StorageError) return err.message;
  return `保存失败：${(err as Error)?.message ?? String(err)}`;
}
