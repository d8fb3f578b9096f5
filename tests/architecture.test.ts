// The arrows of /work/shared/spec/architecture.md ("Arrows that must never exist"), checked
// on every file under src/: a forbidden import fails `npm test` with the file, the line and
// the rule it breaks.
import { describe, expect, it } from 'vitest';
import { importsIn, importsOf, sourceFiles, type Import } from './architecture-imports';

interface Rule {
  /** Files the rule applies to (path prefixes under the repository). */
  from: string[];
  /** Path prefixes (resolved relative imports) or package names they must not import. */
  never?: string[];
  /** Or: the only path prefixes or packages they may import. */
  only?: string[];
  why: string;
}

const UI_PACKAGES = ['preact', '@preact/signals', '@astrojs/preact'];

export const RULES: Rule[] = [
  {
    from: ['src/forms/'],
    only: ['src/forms/', 'src/calc/', 'zod'],
    why: 'a form definition imports zod and calc/ only (architecture.md: forms/)',
  },
  {
    from: ['src/forms/', 'src/calc/'],
    never: ['src/render/', 'src/storage/', 'src/io/', 'src/pages/', 'src/layouts/', ...UI_PACKAGES, 'dexie'],
    why: 'forms/ and calc/ are the vocabulary: they import nothing from render/, storage/, io/ or pages/ '
      + '(and no Preact or Dexie), so they run in Node without a browser',
  },
  {
    from: ['src/storage/'],
    never: ['src/render/', 'src/pages/', 'src/layouts/', ...UI_PACKAGES],
    why: 'storage/ imports nothing from render/ or pages/ (no UI)',
  },
  {
    from: ['src/render/xlsx/', 'src/render/pdf/'],
    never: ['src/render/html/', 'src/render/print/', 'src/pages/', 'src/layouts/', ...UI_PACKAGES],
    why: 'the xlsx/pdf writers import no Preact and no UI (render/html, print, pages)',
  },
  {
    from: ['src/io/formats/'],
    never: ['src/render/', 'src/pages/', 'src/layouts/', 'src/worker/', ...UI_PACKAGES, 'dexie', '@e965/xlsx', 'jspdf'],
    why: 'a file format is defined once, for its writer (render/xlsx, io/) and its reader (io/, the worker) '
      + 'alike: it imports neither, nor a library that writes or reads the file',
  },
];

/** `src/storage/db` is under `src/storage/`; `preact` is `preact` (also as `preact/hooks`). */
const hits = (target: string, never: string) =>
  never.endsWith('/') ? `${target}/`.startsWith(never) : target === never;

export function violations(imports: Import[], rules = RULES): string[] {
  const out: string[] = [];
  for (const imp of imports)
    for (const rule of rules) {
      if (!rule.from.some((p) => imp.file.startsWith(p))) continue;
      const bad = rule.never?.find((n) => hits(imp.target, n))
        ?? (rule.only && !rule.only.some((n) => hits(imp.target, n)) ? `not ${rule.only.join(', ')}` : undefined);
      if (bad) out.push(`${imp.file}:${imp.line} imports '${imp.spec}' (${bad}): ${rule.why}`);
    }
  return out;
}

const files = sourceFiles('src');
const all = files.flatMap(importsOf);

describe('import directions (architecture.md)', () => {
  it('reads the imports of every source file, static, type-only and dynamic', () => {
    // Guards the scanner: a regex that matched nothing would let every rule pass.
    expect(files.length).toBeGreaterThan(100);
    const of = (file: string) => all.filter((i) => i.file === file).map((i) => i.target);
    expect(of('src/forms/registry.ts')).toContain('src/forms/kit/define');
    expect(of('src/io/export.ts')).toEqual(expect.arrayContaining(['src/render/xlsx', 'src/render/pdf', 'src/storage/entry']));
    expect(of('src/render/html/FormApp.tsx')).toContain('preact');
    expect(files.some((f) => f.endsWith('.astro')) && all.some((i) => i.file.endsWith('.astro'))).toBe(true);
  });

  it('takes every form of import, and nothing that only looks like one', () => {
    const code = [
      "import {\n  a,\n  b,\n} from '../storage/db';",
      "import type { T } from '../io/merge';",
      "export * from './kinds';",
      "import 'fake-indexeddb/auto';",
      "const x = await import('../render/xlsx');",
      "// import { no } from '../pages/comment';",
      "/* import('../pages/block') */",
      "const s = 'https://example.com//import';",
      '<section class="roster-import" aria-label="导入花名册">',
    ].join('\n');
    expect(importsIn('src/forms/kit/x.tsx', code).map((i) => [i.target, i.line])).toEqual([
      ['src/forms/storage/db', 1], ['src/forms/io/merge', 5], ['src/forms/kit/kinds', 6],
      ['fake-indexeddb', 7], ['src/forms/render/xlsx', 8],
    ]);
  });

  it('finds a forbidden import and names it', () => {
    const bad: Import[] = [
      { file: 'src/forms/x/index.ts', spec: '../../storage/db', target: 'src/storage/db', line: 3 },
      { file: 'src/calc/y.ts', spec: 'preact/hooks', target: 'preact', line: 1 },
      { file: 'src/storage/z.ts', spec: '../render/html/SaveBar', target: 'src/render/html/SaveBar', line: 7 },
      { file: 'src/render/pdf/w.ts', spec: '../html/widgets', target: 'src/render/html/widgets', line: 2 },
      // Allowed: a writer reads storage's types, storage reads the forms, io reads the writers.
      { file: 'src/render/xlsx/v.ts', spec: '../../storage/entry', target: 'src/storage/entry', line: 1 },
      { file: 'src/storage/u.ts', spec: '../forms/registry', target: 'src/forms/registry', line: 1 },
      { file: 'src/forms/t.ts', spec: '../calc/storage-free', target: 'src/calc/storage-free', line: 1 },
      { file: 'src/forms/s.ts', spec: 'exceljs', target: 'exceljs', line: 4 },
      { file: 'src/io/formats/r.ts', spec: '../../render/xlsx/ooxml', target: 'src/render/xlsx/ooxml', line: 5 },
      // Allowed: a writer imports the format it writes.
      { file: 'src/render/xlsx/q.ts', spec: '../../io/formats/data-sheet', target: 'src/io/formats/data-sheet', line: 1 },
    ];
    expect(violations(bad)).toEqual([
      expect.stringMatching(/^src\/forms\/x\/index\.ts:3 imports '\.\.\/\.\.\/storage\/db' \(not src\/forms\/, src\/calc\/, zod\): a form definition/),
      expect.stringMatching(/^src\/forms\/x\/index\.ts:3 imports '\.\.\/\.\.\/storage\/db' \(src\/storage\/\): forms\/ and calc\//),
      expect.stringMatching(/^src\/calc\/y\.ts:1 imports 'preact\/hooks' \(preact\)/),
      expect.stringMatching(/^src\/storage\/z\.ts:7 imports '\.\.\/render\/html\/SaveBar' \(src\/render\/\): storage\//),
      expect.stringMatching(/^src\/render\/pdf\/w\.ts:2 imports '\.\.\/html\/widgets' \(src\/render\/html\/\): the xlsx\/pdf writers/),
      expect.stringMatching(/^src\/forms\/s\.ts:4 imports 'exceljs' \(not src\/forms\/, src\/calc\/, zod\)/),
      expect.stringMatching(/^src\/io\/formats\/r\.ts:5 imports '\.\.\/\.\.\/render\/xlsx\/ooxml' \(src\/render\/\): a file format/),
    ]);
  });

  for (const rule of RULES)
    it(`${rule.from.join(' and ')} import ${rule.only ? `only ${rule.only.join(', ')}` : `none of ${rule.never!.join(', ')}`}`, () => {
      // The message lists every offending import: file:line, what it imports, and the rule.
      expect(violations(all, [rule]), violations(all, [rule]).join('\n')).toEqual([]);
    });
});
