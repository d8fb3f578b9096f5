// Writes dist/_headers from public/_headers with the Content-Security-Policy of the built
// pages: Astro puts the policy (hashes of every inline script and style) in each page's
// <meta>, a host that sets headers should send the same policy, plus `frame-ancestors`,
// which a <meta> policy cannot carry.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const PLACEHOLDER = 'WRITTEN-BY-THE-BUILD';

/** Every .html file under dir. */
export function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).map((f) => join(dir, String(f)));
}

/** A policy as directive -> sources, in the order written. */
export function parsePolicy(policy) {
  const out = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

/** One policy allowing what every page's policy allows (the pages differ only in hashes). */
export function unionPolicy(policies) {
  const merged = new Map();
  for (const p of policies)
    for (const [name, sources] of parsePolicy(p)) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export function pagePolicy(html) {
  return html.match(META)?.[1];
}

export function headerPolicy(distDir) {
  const policies = htmlFiles(distDir).map((f) => pagePolicy(readFileSync(f, 'utf8')));
  if (policies.some((p) => !p)) throw new Error('csp-headers: a page has no CSP <meta>');
  return `${unionPolicy(policies)}; frame-ancestors 'none'`;
}

export default function cspHeaders() {
  return {
    name: 'csp-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const file = join(dist, '_headers');
        const text = readFileSync(file, 'utf8');
        if (!text.includes(PLACEHOLDER)) throw new Error('csp-headers: no CSP line to fill in _headers');
        writeFileSync(file, text.replace(PLACEHOLDER, headerPolicy(dist)));
      },
    },
  };
}
