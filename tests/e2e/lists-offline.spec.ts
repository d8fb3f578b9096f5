import { test, expect, waitForOffline } from './site';
import { restore } from './evidence-files';

// The roster's list and 附件2-1's checklist are read in the worker, started by the page's HTML:
// with no signal, the page, its worker and the worker's code all come from the phone.
test('with no signal, the roster and the 2-1 checklist list the children; an item marked there is kept', async ({ page, site }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await restore(page, site.url, [{ name: '张小明', status: '县域外就读', village: '东村', n: 1 }, { name: '李小红', status: '县域内实际就读', village: '西村', n: 2 }]);
  await waitForOffline(page);
  await site.close();

  await page.goto(`${site.url}/forms/roster/`);
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await expect(page.getByTestId('roster-count')).toContainText('共 2 人');
  await expect(page.getByTestId('child-row')).toHaveCount(2);

  await page.goto(`${site.url}/forms/2-1/`);
  const card = page.getByTestId('evidence-child');
  await expect(card).toHaveCount(1);
  const item = card.getByTestId('item-outOfCountyProof');
  await item.getByRole('combobox').selectOption('已收集');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(item.getByTestId('item-state')).toHaveText('已收集');
  await expect(card.getByTestId('evidence-state')).toHaveText('缺 1 项');
});
