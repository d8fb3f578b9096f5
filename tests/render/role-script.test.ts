import { describe, expect, it } from 'vitest';
import { ROLE_SCRIPT } from '../../src/layouts/role-script.mjs';
import { ROLE_MIRROR } from '../../src/storage/settings';
import { makeShareLink, readShareLink } from '../../src/io/share-link';

/** The <html> dataset the script leaves for a page at `search`. */
function run(search: string): Record<string, string> {
  const dataset: Record<string, string> = {};
  const env = { document: { documentElement: { dataset } }, location: { search }, localStorage: { getItem: () => null } };
  new Function('document', 'location', 'localStorage', ROLE_SCRIPT)(env.document, env.location, env.localStorage);
  return dataset;
}

describe('the inline head script', () => {
  it('reads the key the settings mirror the role under (its text is fixed: the CSP allows it by hash)', () => {
    expect(ROLE_SCRIPT).toContain(`localStorage.getItem(${JSON.stringify(ROLE_MIRROR)})`);
  });

  it('shows the editor of the page (data-entry) exactly where the app opens a new record from a shared link', () => {
    const link = new URL(makeShareLink('https://x.cn', '3-1', { role: 'teacher', unit: '城关中学', teacher: '王老师' })).search;
    const cases = [link, '?unit=%E5%9F%8E', '?role=teacher&teacher=a', '', '?id=0b5e6f2a-0000-4000-8000-000000000000',
      '?unit=a&id=0b5e6f2a-0000-4000-8000-000000000000', '?unit=', '?role=teacher', '?role=x', '?unit=%20', '?teacher=+&role=x', '?from=abc', '?schoolEmail=a%40b.cn'];
    for (const search of cases) {
      const opensShared = !new URLSearchParams(search).get('id') && readShareLink(search) !== null;
      expect('entry' in run(search), search).toBe(opensShared);
    }
  });
});
