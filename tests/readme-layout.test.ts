// The README's "Code layout" matches the tree: every folder under src/ (the routes under
// src/pages/ aside) is named there, and every src/ path it names exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './architecture-imports';

/** The first code block after the "## Code layout" heading. */
export function layoutBlock(readme: string): string {
  const at = readme.indexOf('## Code layout');
  if (at < 0) return '';
  const open = readme.indexOf('```', at);
  const close = readme.indexOf('```', open + 3);
  return open < 0 || close < 0 ? '' : readme.slice(open + 3, close);
}

/**
 * A folder is named when its path is (`src/io/formats/`), or when its own name stands as a
 * word in the block (the annexes and the page folders are listed by name).
 */
export const named = (block: string, dir: string): boolean =>
  block.includes(`${dir}/`) || new RegExp(`(^|[\\s,(])${posix.basename(dir)}([\\s,)/]|$)`, 'm').test(block);

/** The folders under src/, but those under src/pages/ (routes, covered by "thin Astro pages"). */
function folders(dir = 'src'): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => {
    const p = posix.join(dir, e.name);
    return p.startsWith('src/pages/') ? [] : [p, ...folders(p)];
  });
}

/** The src/ paths the block names, such as src/forms/kit/ (a pattern such as <annex> is no path). */
export const pathsIn = (block: string): string[] =>
  [...block.matchAll(/(?<![\w/])src\/[\w\-./[\]]*\/(?!<)/g)].map((m) => m[0]).filter((p) => !p.includes('<'));

const block = layoutBlock(readFileSync(join(ROOT, 'README.md'), 'utf8'));

describe("README's code layout", () => {
  it('finds the block, and tells a named folder from one that is not', () => {
    expect(block).toContain('src/forms/kit/');
    const sample = 'src/io/formats/  x\nsrc/forms/<annex>/  roster, town-table (1-2), archive\n';
    expect(['src/io/formats', 'src/forms/roster', 'src/forms/town-table', 'src/render/html/archive'].every((d) => named(sample, d))).toBe(true);
    expect(named(sample, 'src/io/parse')).toBe(false);
    expect(named(sample, 'src/forms/town')).toBe(false);
    expect(pathsIn(sample)).toEqual(['src/io/formats/']);
  });

  it('names every folder under src/', () => {
    const missing = folders().filter((d) => !named(block, d));
    expect(missing, `not in README's code layout: ${missing.join(', ')}`).toEqual([]);
  });

  it('names only folders that exist', () => {
    const gone = pathsIn(block).filter((p) => !existsSync(join(ROOT, p)));
    expect(gone).toEqual([]);
  });
});
