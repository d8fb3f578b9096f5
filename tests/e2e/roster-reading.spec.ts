import { test, expect } from './site';

// A service worker's fetches pass by page.route: the code is held back only without one.
test.use({ serviceWorkers: 'block' });

// The roster page while its worker is still reading the children (20,000 take seconds on a
// phone): the top of the page is there and works, and nothing says "no children" meanwhile.
// The worker's list code is held back here, as a slow phone holds it.
test('while the children are read, 新增儿童 and the age date are there, and no empty roster is claimed', async ({ page, site }) => {
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route(/\/_astro\/list-handler\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${site.url}/forms/roster/`);
  await expect(page.getByTestId('roster-reading')).toHaveText('正在读取花名册…');
  await expect(page.getByText(/^年龄按基准日 \d{4}年\d{1,2}月\d{1,2}日 计算/)).toBeVisible();
  await expect(page.getByText('花名册还没有儿童', { exact: false })).toHaveCount(0);
  await expect(page.getByTestId('roster-count')).toHaveCount(0);

  // A child added meanwhile is saved, and is in the list once it is read.
  await page.getByRole('button', { name: '新增儿童' }).click();
  await page.getByLabel('姓名', { exact: true }).fill('李雷');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.getByRole('link', { name: /返回花名册/ }).click();
  await expect(page.getByTestId('roster-reading')).toBeVisible(); // still held
  release();
  await expect(page.getByTestId('roster-count')).toContainText('共 1 人');
  await expect(page.getByTestId('child-row')).toHaveCount(0); // 李雷 has no birth date: not 6–15
  await page.getByTestId('band-undated').click();
  await expect(page.getByTestId('child-row')).toContainText('李雷');
});

test('when the worker cannot read the roster, the page says so in Chinese, and the top still works', async ({ page, site }) => {
  await page.route(/\/_astro\/list-handler\.[^/]*\.js$/, (route) => route.abort());
  await page.goto(`${site.url}/forms/roster/`);
  await expect(page.getByRole('alert')).toHaveText(/^读取失败，没有做任何修改。请刷新页面重试/);
  await expect(page.getByTestId('roster-reading')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '新增儿童' })).toBeVisible();
});

// The list's worker starts with the page's HTML and reads the roster before the page's own code
// has run: a child added meanwhile in another tab must not be missing from that first answer.
test('a child added in another tab while the page\'s code still loads is in the list', async ({ page, site, context }) => {
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route(/\/_astro\/RosterApp\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const worker = page.waitForEvent('worker');
  await page.goto(`${site.url}/forms/roster/`);
  await worker;
  await page.waitForTimeout(1000); // the worker has read the (empty) roster

  const other = await context.newPage();
  await other.goto(`${site.url}/forms/roster/`);
  await other.getByRole('button', { name: '新增儿童' }).click();
  await other.getByLabel('姓名', { exact: true }).fill('韩梅梅');
  await expect(other.getByTestId('save-state')).toHaveText('已保存');
  await other.close();

  release();
  await expect(page.getByTestId('roster-count')).toContainText('共 1 人');
});
