// A county's lists at 4× CPU: 20,000 children stored (restored from a backup on /data/, at
// full speed: the setup is not measured), then /forms/roster/ and /forms/2-1/ opened in a new
// page of the same browser context. "Usable" is navigation start until the list shows its
// rows and a filter has answered the user: on the roster a character typed into its search
// field (the count then says 显示 N 人), on 2-1, which has no search field, a 村委会 chosen.
// The home page is timed too, without a goal: navigation start until its 2-1 card says how
// many children need evidence (the cards read the roster for their numbers).
import { join } from 'node:path';
import { backupJson } from './files.mjs';
import { median, PHONE, sinceNavigation, throttle, typedAt, watchTyping } from './phone.mjs';

const N = 20_000;

async function restore(context, siteUrl, tmp) {
  const page = await context.newPage();
  await page.goto(`${siteUrl}/data/`);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.locator('#import-files').setInputFiles(backupJson(join(tmp, 'lists-backup.json'), N));
  await page.getByTestId('import-tally').waitFor({ timeout: 600_000 });
  await page.getByRole('button', { name: '确认导入' }).click({ timeout: 600_000 });
  await page.getByText(`已导入 ${N} 条记录`).waitFor({ timeout: 600_000 });
  await page.close();
}

/** Rows (`rows`, a selector) shown, then `act` on the filter, until `count`'s text changes. */
async function usable(context, url, rows, count, act) {
  const page = await context.newPage();
  await throttle(page);
  await watchTyping(page, '9');
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(rows).first().waitFor({ timeout: 600_000 });
  const shown = await sinceNavigation(page);
  const before = await page.locator(count).textContent();
  await act(page);
  await page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent !== text, [count, before], { timeout: 600_000, polling: 50 });
  const answered = await sinceNavigation(page);
  const typed = await typedAt(page);
  await page.close();
  return { shown, answered, typed };
}

/** Navigation start until `selector` is on the page. */
async function shownAt(context, url, selector) {
  const page = await context.newPage();
  await throttle(page);
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor({ timeout: 600_000 });
  const at = await sinceNavigation(page);
  await page.close();
  return at;
}

export async function listsBench(browser, siteUrl, tmp, runs = 3 /* the figures say "median of 3" */) {
  const context = await browser.newContext(PHONE);
  try {
    await restore(context, siteUrl, tmp);
    const roster = [];
    const evidence = [];
    const home = [];
    for (let i = 0; i < runs; i++) {
      roster.push(await usable(context, `${siteUrl}/forms/roster/`,
        'ul.rows > li', '[data-testid="roster-count"]',
        (page) => page.getByRole('searchbox', { name: '搜索' }).press('9')));
      evidence.push(await usable(context, `${siteUrl}/forms/2-1/`,
        '[data-testid="evidence-child"]', '.evidence-app p.count',
        (page) => page.getByRole('combobox', { name: '村委会' }).selectOption({ index: 1 })));
      home.push(await shownAt(context, `${siteUrl}/`, '[data-testid="progress-2-1"]'));
    }
    const pick = (xs, k) => median(xs.map((x) => x[k]));
    return {
      '/forms/roster/ with 20,000 children usable (rows, search answered), 4× CPU, median of 3 (ms)': pick(roster, 'answered'),
      '  /forms/roster/: rows shown (ms)': pick(roster, 'shown'),
      '  /forms/roster/: typed character in the search field (ms)': pick(roster, 'typed'),
      '/forms/2-1/ with 20,000 children usable (rows, 村委会 filter answered), 4× CPU, median of 3 (ms)': pick(evidence, 'answered'),
      '  /forms/2-1/: rows shown (ms)': pick(evidence, 'shown'),
      '/ (home) with 20,000 children: the 2-1 card\'s line shown, 4× CPU, median of 3 (ms)': median(home),
    };
  } finally {
    await context.close();
  }
}
