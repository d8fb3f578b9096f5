// What a page's islands load before any user action is their static import graph: a module
// reached only through import('…') loads when the user asks for it. These checks keep the
// banner every page shows, and the settings page's islands, off the database and the forms.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankComments, ROOT } from './architecture-imports';

// Value imports and re-exports only: `import type` and `export type` load nothing.
const STATIC = /(?<![\w$.-])(?:import|export)(?!\s+type\b)\b[^'"`;]*?\bfrom\s*(['"])([^'"\n]+)\1|(?<![\w$.-])import\s*(['"])([^'"\n]+)\3/g;

function resolve(from: string, spec: string): string {
  const base = posix.join(dirname(from), spec);
  for (const ext of ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx'])
    if (existsSync(join(ROOT, base + ext)) && /\.\w+$/.test(base + ext)) return base + ext;
  throw new Error(`${from}: cannot resolve ${spec}`);
}

/** Every module and package `entry` loads statically (packages by name). */
export function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith('src/')) continue;
    const code = blankComments(readFileSync(join(ROOT, file), 'utf8'));
    for (const m of code.matchAll(STATIC)) {
      const spec = (m[2] ?? m[4])!;
      if (spec.endsWith('.css')) continue;
      queue.push(spec.startsWith('.') ? resolve(file, spec) : spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return seen;
}

const reaches = (entry: string, target: string) =>
  [...staticGraph(entry)].some((m) => m === target || m.startsWith(`${target}.`) || m.startsWith(`${target}/`));

describe('JS a page loads before any user action', () => {
  it('the banners every page shows load neither Dexie, zod nor any form definition', () => {
    for (const heavy of ['dexie', 'zod', 'src/forms/registry', 'src/storage/session', 'src/storage/db'])
      expect(reaches('src/render/html/AppBanners.tsx', heavy), heavy).toBe(false);
  });

  it('the settings page loads no form definition: the backup and the clearing load theirs when asked', () => {
    for (const island of ['SettingsPanel', 'ShareLink', 'ClearDevice', 'BackupButton'])
      for (const heavy of ['src/forms/registry', 'src/storage/session', 'src/storage/journal-recovery'])
        expect(reaches(`src/render/html/${island}.tsx`, heavy), `${island} → ${heavy}`).toBe(false);
  });

  it('the settings and the link for teachers are shown with a raw IndexedDB read: Dexie loads to save', () => {
    for (const island of ['SettingsPanel', 'ShareLink', 'ClearDevice'])
      expect(reaches(`src/render/html/${island}.tsx`, 'dexie'), island).toBe(false);
  });

  it('follows static imports and skips type-only and dynamic ones', () => {
    const g = staticGraph('src/render/html/FormApp.tsx');
    expect(g.has('src/forms/registry.ts')).toBe(true);
    expect(g.has('dexie')).toBe(true);
    expect(reaches('src/storage/link-notice.ts', 'src/io/share-link')).toBe(false);
  });
});
