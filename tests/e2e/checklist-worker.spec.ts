import { test, expect } from './site';
import { restore } from './evidence-files';

// 附件2-1's checklist is read in the worker (a county's 20,000 children froze the page for a
// second and more, again after every change). The worker's checklist code is held back or
// broken here, as a slow phone or an old cache would.
const HANDLER = /\/_astro\/checklist-handler\.[^/]*\.js$/;
// A service worker's fetches pass by page.route: the code is held back only without one.
test.use({ serviceWorkers: 'block' });

test('2-1 while the worker reads: 正在读取…, then the children; a change shows at once and is kept', async ({ page, site }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await restore(page, site.url, [{ name: '张小明', status: '县域外就读', village: '东村', n: 1 }, { name: '李小红', status: '县域内实际就读', village: '西村', n: 2 }]);
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route(HANDLER, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${site.url}/forms/2-1/`);
  await expect(page.getByText('正在读取…')).toBeVisible();
  await page.waitForTimeout(300);
  await expect(page.getByTestId('evidence-child')).toHaveCount(0);
  release();

  const card = page.getByTestId('evidence-child');
  await expect(card).toHaveCount(1); // 县域内实际就读 needs no evidence
  await expect(card.getByTestId('evidence-state')).toHaveText('缺 2 项');
  const item = card.getByTestId('item-outOfCountyRecord');
  await item.getByRole('combobox').selectOption('已收集');
  await expect(item.getByTestId('item-state')).toHaveText('已收集');
  await expect(card.getByTestId('evidence-state')).toHaveText('缺 1 项');
  await expect(page.getByTestId('evidence-summary')).toContainText(/资料齐全 0 人，\s*尚缺 1 人/);
  await item.getByPlaceholder('备注').fill('学籍截图已收到');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  // The worker's next reading agrees with what was shown, and the item is stored.
  await expect(item.getByTestId('item-state')).toHaveText('已收集');
  await page.reload();
  await expect(item.getByTestId('item-state')).toHaveText('已收集');
  await expect(item.getByPlaceholder('备注')).toHaveValue('学籍截图已收到');
  await expect(item.locator('input[type=date]')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);

  // The other item too: the child is complete, on the page and on the home page.
  const proof = card.getByTestId('item-outOfCountyProof');
  await proof.getByRole('combobox').selectOption('已收集');
  await expect(card.getByTestId('evidence-state')).toHaveText('资料齐全');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.goto(`${site.url}/`);
  await expect(page.getByTestId('progress-2-1')).toHaveText('需佐证 1 人，已齐全 1 人，缺资料 0 人');
});

test('2-1 when the worker cannot read: a message in Chinese, not 正在读取… for ever', async ({ page, site }) => {
  await restore(page, site.url, [{ name: '张小明', status: '县域外就读', village: '东村', n: 1 }]);
  await page.route(HANDLER, (route) => route.abort());
  await page.goto(`${site.url}/forms/2-1/`);
  await expect(page.getByRole('alert')).toHaveText(/^读取失败，没有做任何修改。请刷新页面重试/);
  await expect(page.getByText('正在读取…')).toHaveCount(0);
  // Nothing was lost: with the code back, the child is there.
  await page.unroute(HANDLER);
  await page.reload();
  await expect(page.getByTestId('evidence-child')).toContainText('张小明');
});
