import { useRef } from 'preact/hooks';
import { parseInWorker, type Parsing } from '../../io/parse/client';
import type { ParseJob, ParseResult, Progress } from '../../io/parse/jobs';

/**
 * Reads files in the parsing worker, one job at a time: choosing new files or 取消 ends the
 * job before. `read` gives null for a job that was ended that way (the caller then does
 * nothing: the state already belongs to the newer choice or to the cancel).
 */
export function useParsing() {
  const current = useRef<Parsing<unknown> | null>(null);
  const cancel = () => {
    current.current?.cancel();
    current.current = null;
  };
  async function read<J extends ParseJob>(job: J, onProgress: (p: Progress) => void) {
    cancel();
    const parsing = parseInWorker(job, (p) => current.current === parsing && onProgress(p));
    current.current = parsing;
    const out = await parsing.done;
    if (current.current !== parsing) return null;
    current.current = null;
    return out as ParseResult<J> | { error: string } | null;
  }
  return { read, cancel };
}

/** While the parsing worker reads a file: how far it is, and 取消 (which ends the worker). */
export function ReadingProgress({ progress, onCancel }: { progress: Progress; onCancel(): void }) {
  return (
    <div class="reading" role="status" data-testid="reading">
      <progress max={progress.total || 1} value={progress.done} aria-label="读取进度" />
      <span class="muted"> {progress.step}…</span>{' '}
      <button type="button" onClick={onCancel}>取消</button>
    </div>
  );
}

/** While an import is written (one transaction: it cannot be stopped half-way). */
export function WritingProgress({ progress }: { progress: Progress }) {
  return (
    <div class="reading" role="status" data-testid="writing">
      <progress max={progress.total || 1} value={progress.done} aria-label="写入进度" />
      <span class="muted"> {progress.step}…</span>
    </div>
  );
}
