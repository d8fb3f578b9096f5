import type { Page, Route } from '@playwright/test';
import { test, expect, hydrated, waitForOffline } from './site';

// The editor in the page's HTML (EditorShell): on a slow phone the fields are there, and
// typable, while the app's JS is still on its way. Here the JS is held back until the test
// lets it go, so what is typed is typed before hydration, as on such a phone. No service
// worker: it would serve the JS past the held requests.
test.use({ serviceWorkers: 'block' });

/** Holds every script of the app until the returned function lets them go. */
async function holdScripts(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let open = false;
  await page.route(/\/_astro\/.*\.js$/, (route) => (open ? route.continue() : void held.push(route)));
  return async () => {
    open = true;
    await page.unroute(/\/_astro\/.*\.js$/);
    // A request of a page navigated away from is gone: nothing to let go.
    await Promise.all(held.map((r) => r.continue().catch(() => {})));
  };
}

const label = (page: Page, text: string) => page.getByLabel(text, { exact: true });
const LINK = '/forms/3-1/?role=teacher&unit=%E5%9F%8E%E5%85%B3%E4%B8%AD%E5%AD%A6&teacher=%E7%8E%8B%E8%80%81%E5%B8%88';

test('a teacher opening the school link types before the app is ready: kept, saved and there after a reload', async ({ page, site }) => {
  const release = await holdScripts(page);
  await page.goto(site.url + LINK);
  await expect(page.locator('astro-island[ssr]').first()).toBeAttached();
  // The new record's fields come in the HTML: labelled, empty, typable; a grouped one waits.
  await expect(page.locator('.entry-shell .save')).toHaveText('正在读取…');
  await label(page, '家访地址').fill('蒲城县城关镇东街12号');
  await label(page, '职务').fill('班主任');
  await label(page, '受访学生姓名').fill('张三');
  await label(page, '受访学生姓名').press('Enter'); // submits nothing: the page and what was typed stay
  await expect(page).toHaveURL(site.url + LINK);
  await expect(page.getByRole('group', { name: '学生类别' })).toHaveCount(0);
  await expect(page.locator('astro-island[ssr]').first()).toBeAttached();

  await release();
  await hydrated(page);
  await expect(page).toHaveURL(/\?id=[0-9a-f-]{36}$/);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await expect(label(page, '受访学生姓名')).toHaveValue('张三');
  await expect(label(page, '受访学生姓名')).toBeFocused();
  await expect(label(page, '家访地址')).toHaveValue('蒲城县城关镇东街12号');
  await expect(label(page, '职务')).toHaveValue('班主任');
  // What the link and the app fill in is there too, and typing goes on where it was.
  await expect(label(page, '单位名称')).toHaveValue('城关中学');
  await expect(label(page, '家访教师姓名')).toHaveValue('王老师');
  await expect(label(page, '日期')).not.toHaveValue('');
  await page.keyboard.type('丰');
  await expect(label(page, '受访学生姓名')).toHaveValue('张三丰');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  await page.reload();
  await hydrated(page);
  await expect(label(page, '受访学生姓名')).toHaveValue('张三丰');
  await expect(label(page, '家访地址')).toHaveValue('蒲城县城关镇东街12号');
  await expect(label(page, '单位名称')).toHaveValue('城关中学');
});

test('a value typed over one the link fills in is the one kept', async ({ page, site }) => {
  const release = await holdScripts(page);
  await page.goto(site.url + LINK);
  await label(page, '单位名称').fill('城关小学');
  await release();
  await hydrated(page);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await expect(label(page, '单位名称')).toHaveValue('城关小学');
  await page.reload();
  await expect(label(page, '单位名称')).toHaveValue('城关小学');
});

test('a stored record, the list and the print view show 正在读取… before the app, never empty fields over saved values', async ({ page, site }) => {
  await page.goto(`${site.url}/forms/3-1/`);
  await hydrated(page);
  await page.getByRole('button', { name: '新建记录' }).click();
  await label(page, '受访学生姓名').fill('张三');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  const url = page.url();

  const release = await holdScripts(page);
  for (const u of [url, `${site.url}/forms/3-1/`, `${url}&view=print`, `${site.url}/forms/3-2/`]) {
    await page.goto(u);
    await expect(page.locator('.shell-wait')).toHaveText('正在读取…');
    await expect(page.locator('.entry-shell')).toBeHidden();
  }
  await page.goto(url);
  await release();
  await hydrated(page);
  await expect(label(page, '受访学生姓名')).toHaveValue('张三');
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the link opened again with no signal: the page comes from the phone, and what is typed is kept', async ({ page, site }) => {
    await page.goto(site.url + LINK);
    await hydrated(page);
    await waitForOffline(page);
    await site.close();
    await page.goto(site.url + LINK);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // Typed at once, into the shell or the editor, whichever the phone has drawn by then.
    await label(page, '受访学生姓名').fill('王五');
    await expect(page.getByTestId('save-state')).toHaveText('已保存');
    await expect(label(page, '受访学生姓名')).toHaveValue('王五');
    await page.reload();
    await expect(label(page, '受访学生姓名')).toHaveValue('王五');
  });
});
