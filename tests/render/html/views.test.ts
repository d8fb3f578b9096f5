import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMS, formPage, formsWithOwnPage } from '../../../src/forms/registry';
import { FORM_VIEWS } from '../../../src/forms/kit/view';
import { MOVED_SCRIPT } from '../../../src/layouts/moved-script.mjs';

describe('every form through the kit: pages and views', () => {
  it('each form is shown on one page: its own /forms/<id>/, or the ledger page that holds it', () => {
    const own = formsWithOwnPage().map((f) => f.id);
    // The three apps once routed away by hand are pages of the kit like the others.
    expect(own).toEqual(expect.arrayContaining(['roster', '2-1', '2-2', '3-1', '4']));
    for (const f of FORMS) {
      if (own.includes(f.id)) expect(formPage(f)).toBe(`/forms/${f.id}/`);
      else expect(formPage(f), f.id).toMatch(/^\/(special|monitor|graduates|suggestions)\/$/);
    }
  });

  it('a ledger page holds forms without a view of their own: a view is shown on /forms/<id>/ only', () => {
    for (const f of FORMS) if (f.view) expect(formsWithOwnPage(), f.id).toContain(f);
  });

  it('the page template has a branch for every view name, and only for those', () => {
    const astro = readFileSync('src/render/html/views/ViewIsland.astro', 'utf8');
    const branches = [...new Set([...astro.matchAll(/view === '([a-z-]+)'/g)].map((m) => m[1]))];
    expect(branches.sort()).toEqual([...FORM_VIEWS].sort());
    for (const f of FORMS) expect(FORM_VIEWS, f.id).toContain(f.view ?? 'form');
  });

  it('the moved page keeps the old link\'s query and hash (its text is fixed: the CSP allows it by hash)', () => {
    const went: string[] = [];
    const run = new Function('location', 'document', MOVED_SCRIPT);
    run({ search: '?id=abc', hash: '#f-name', replace: (u: string) => went.push(u) },
      { currentScript: { dataset: { to: '/forms/roster/' } } });
    expect(went).toEqual(['/forms/roster/?id=abc#f-name']);
  });
});
