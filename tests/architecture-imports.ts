// Reads the imports of every source file, for the architecture tests: which module each file
// imports, as written and resolved to a path under the repository. No compiler API (the
// pinned TypeScript is the native one): comments are blanked by a small scanner that knows
// strings, then the import forms are matched.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');

export interface Import {
  /** The importing file, relative to the repository (src/forms/registry.ts). */
  file: string;
  /** The specifier as written ('../storage/db', 'preact/hooks'). */
  spec: string;
  /** A relative specifier resolved against the file (src/storage/db), else the package name (preact). */
  target: string;
  line: number;
}

const SOURCE = /\.(ts|tsx|mts|js|mjs|astro)$/;

/** Every source file under `dir` (relative to the repository), sorted. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(join(ROOT, d), { withFileTypes: true })) {
      const p = posix.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (SOURCE.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The code with comments replaced by spaces (newlines kept, so line numbers hold). Strings
 * and template literals are kept as they are, so `'//'` in a URL is not taken for a comment;
 * with `strings`, their contents are blanked too (code only).
 */
export function blankComments(src: string, { strings = false } = {}): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      while (i < src.length && src[i] !== '\n') (out += ' '), i++;
    } else if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      out += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c && !(c !== '`' && src[j] === '\n')) j += src[j] === '\\' ? 2 : 1;
      const lit = src.slice(i, j + 1);
      out += strings ? lit.replace(/(?<=^.)[\s\S]*(?=.$)/, (body) => body.replace(/[^\n]/g, ' ')) : lit;
      i = j + 1;
    } else (out += c), i++;
  }
  return out;
}

/** The script parts of an .astro file: its frontmatter and its <script> blocks. */
function astroScript(src: string): string {
  const lines = src.split('\n');
  const keep = lines.map(() => false);
  const fences = lines.flatMap((l, i) => (l.trim() === '---' ? [i] : []));
  if (fences[0] === 0 && fences[1] != null) for (let i = 1; i < fences[1]; i++) keep[i] = true;
  let inScript = false;
  lines.forEach((l, i) => {
    if (/<\/script>/.test(l)) inScript = false;
    if (inScript) keep[i] = true;
    if (/<script\b/.test(l) && !/<\/script>/.test(l)) inScript = true;
  });
  return lines.map((l, i) => (keep[i] ? l : '')).join('\n');
}

// The keyword stands alone (not in roster-import, x.import or $import).
// import x from '…'; import type {…} from '…'; export {…} from '…'; export * from '…'
const FROM = /(?<![\w$.-])(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"\n]+)\1/g;
// import '…' (for its effects)
const BARE = /(?<![\w$.-])import\s*(['"])([^'"\n]+)\1/g;
// import('…'), await import('…')
const DYNAMIC = /(?<![\w$.-])import\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)/g;

export const importsOf = (file: string): Import[] => importsIn(file, readFileSync(join(ROOT, file), 'utf8'));

/** The imports of `raw`, the text of `file` (which resolves the relative ones). */
export function importsIn(file: string, raw: string): Import[] {
  const code = blankComments(file.endsWith('.astro') ? astroScript(raw) : raw);
  const found: Import[] = [];
  for (const re of [FROM, BARE, DYNAMIC])
    for (const m of code.matchAll(re)) {
      const spec = m[2]!;
      const line = code.slice(0, m.index).split('\n').length;
      const target = spec.startsWith('.')
        ? relative(ROOT, join(ROOT, dirname(file), spec)).split(sep).join('/')
        : spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
      found.push({ file, spec, target, line });
    }
  return found;
}
