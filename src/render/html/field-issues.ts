import { useState } from 'preact/hooks';
import type { FieldState } from '../../forms/kit/evaluate';

/**
 * Which of evaluate()'s issues a field shows beside it. An empty required field is said once
 * the user has left it or has tried to finish (`said`), not before, when every field of a new
 * entry would be red; every other blocking issue at once; a cross-field problem when nothing
 * blocks. Warnings are shown apart (they never mark the field invalid).
 */
export function shownIssues(st: FieldState | undefined, said: boolean): { issue?: string; warning?: string } {
  const find = (pick: (i: FieldState['issues'][number]) => boolean) => st?.issues.find(pick)?.message;
  return {
    issue: find((i) => i.blocking && (i.source !== 'required' || said)) ?? find((i) => i.source === 'problem'),
    warning: find((i) => i.source === 'warning'),
  };
}

/** The fields the user has left (focus moved out of them), for shownIssues. */
export function useLeftFields() {
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const leave = (key: string) => setLeft((s) => (s.has(key) ? s : new Set([...s, key])));
  return { left, leave };
}
