// House rule: no source file over 300 lines (small files, named for what they hold). Checked
// on every file under src/, so a file that grows past it fails `npm test` by name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from './architecture-imports';

export const MAX_LINES = 300;

/** Lines as `wc -l` counts them: a last line without its newline still counts. */
export const lineCount = (text: string): number => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

/** `file (N lines)` for every file over the limit. */
export const oversized = (files: { file: string; text: string }[], max = MAX_LINES): string[] =>
  files.filter((f) => lineCount(f.text) > max).map((f) => `${f.file} (${lineCount(f.text)} lines)`);

describe(`no source file over ${MAX_LINES} lines`, () => {
  it('counts lines as wc -l and names the files over the limit', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb'), lineCount('a\n\n')]).toEqual([0, 1, 1, 2, 2]);
    const long = 'x\n'.repeat(MAX_LINES + 1);
    expect(oversized([{ file: 'src/a.ts', text: long }, { file: 'src/b.ts', text: 'x\n'.repeat(MAX_LINES) }]))
      .toEqual([`src/a.ts (${MAX_LINES + 1} lines)`]);
  });

  it('holds for every .ts, .tsx and .astro file under src/', () => {
    const files = sourceFiles('src').map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
    expect(files.length).toBeGreaterThan(100);
    const over = oversized(files);
    expect(over, over.join('\n')).toEqual([]);
  });
});
