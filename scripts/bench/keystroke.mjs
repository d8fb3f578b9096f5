// The first keystroke on a new 3-1 record at 4× CPU and Slow 4G, as a teacher opens the
// school's shared link: from navigation start until a typed character is in the value of the
// record's 受访学生姓名. The link's page holds the editor of a blank record in its HTML
// (EditorShell), so the character may land before the app's JS has run; the app then takes
// it over (FormApp reads the shell). 已保存 afterwards, with the character still in the field,
// proves it reached the app's state and storage. Cold: a fresh browser context; warm: the same
// context once the service worker is installed and controls the page (a second visit).
import { median, PHONE, throttle, typedAt, watchTyping } from './phone.mjs';

const MARK = 'q';
const LINK = `/forms/3-1/?${new URLSearchParams({ role: 'teacher', unit: '城关中学', teacher: '王老师' })}`;

async function firstKeystroke(context, siteUrl) {
  const page = await context.newPage();
  await throttle(page, { slow4g: true });
  await watchTyping(page, MARK);
  await page.goto(siteUrl + LINK, { waitUntil: 'commit' });
  const field = page.getByLabel('受访学生姓名', { exact: true });
  // Try again until it takes: a field replaced by a re-render loses what was typed into it.
  for (let i = 0; (await typedAt(page)) === undefined; i++) {
    if (i === 20) throw new Error('keystroke: the 3-1 editor never took a character');
    await field.press(MARK, { timeout: 60_000 }).catch(() => {});
  }
  const ms = await typedAt(page);
  await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 60_000 });
  if (!(await field.inputValue()).includes(MARK)) throw new Error('keystroke: the typed character did not survive');
  const controlled = await page.evaluate(() => !!navigator.serviceWorker.controller);
  return { page, ms, controlled };
}

export async function keystrokeBench(browser, siteUrl, runs = 3 /* the figures say "median of 3" */) {
  const cold = [];
  const warm = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(PHONE);
    try {
      const first = await firstKeystroke(context, siteUrl);
      cold.push(first.ms);
      await first.page.evaluate(() => navigator.serviceWorker.ready);
      await first.page.close();
      const second = await firstKeystroke(context, siteUrl);
      if (!second.controlled) throw new Error('keystroke: the second visit was not served by the service worker');
      warm.push(second.ms);
    } finally {
      await context.close();
    }
  }
  return {
    'first keystroke on /forms/3-1/, cold, 4× CPU, Slow 4G, median of 3 (ms)': median(cold),
    'first keystroke on /forms/3-1/, warm (service worker), 4× CPU, Slow 4G, median of 3 (ms)': median(warm),
  };
}
