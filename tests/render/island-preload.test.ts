import { describe, expect, it } from 'vitest';
import { staticClosure, withPreloads } from '../../scripts/island-preload.mjs';

// Built chunks as Rolldown writes them: static imports first, a dynamic import() in the code.
const FILES: Record<string, string> = {
  '/_astro/App.js': 'import{r as e}from"./preact.js";import{t}from"./FormApp.js";import"./side.js";const x=()=>import("./export.js");',
  '/_astro/FormApp.js': 'import{r as e}from"./preact.js";export{t as u}from"./db.js";const m=1;',
  '/_astro/preact.js': 'var e=1;export{e as r};',
  '/_astro/db.js': 'import*as z from"./zod.js";export{z as t};',
  '/_astro/zod.js': 'export{};',
  '/_astro/side.js': 'console.log(1);',
  '/_astro/client.js': 'import{h}from"./preact.js";',
  '/_astro/export.js': 'import"./jspdf.js";',
};
const read = (url: string) => {
  if (!(url in FILES)) throw new Error(`not built: ${url}`);
  return FILES[url]!;
};

describe('modulepreload links for the islands of a built page', () => {
  it('follows static imports, re-exports and side-effect imports, never a dynamic import()', () => {
    expect(staticClosure('/_astro/App.js', read)).toEqual(
      ['/_astro/App.js', '/_astro/preact.js', '/_astro/FormApp.js', '/_astro/db.js', '/_astro/zod.js', '/_astro/side.js']);
  });

  it('puts one link per script the islands need in the head, each once', () => {
    const html = '<html><head><title>x</title></head><body>'
      + '<astro-island component-url="/_astro/App.js" renderer-url="/_astro/client.js"></astro-island>'
      + '<astro-island component-url="/_astro/FormApp.js" renderer-url="/_astro/client.js"></astro-island></body></html>';
    const out = withPreloads(html, read);
    const links = [...out.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(['/_astro/App.js', '/_astro/FormApp.js', '/_astro/client.js', '/_astro/db.js', '/_astro/preact.js', '/_astro/side.js', '/_astro/zod.js']);
    expect(out.indexOf('modulepreload')).toBeLessThan(out.indexOf('</head>'));
    expect(withPreloads('<html><head></head><body>static</body></html>', read)).toBe('<html><head></head><body>static</body></html>');
  });
});
