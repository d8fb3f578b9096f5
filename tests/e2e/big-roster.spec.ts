// A school with a few thousand children: the roster list renders only the rows near the
// screen, yet a person sees the first children at once, scrolls to the last, finds one far
// down by searching and opens it.
import { writeFileSync } from 'node:fs';
import { test, expect, townAndYear } from './site';

const N = 3000;

/** ISO 7064 MOD 11-2, as on the ID card. */
function idFor(i: number): string {
  const d = new Date(Date.UTC(2008, 0, 1) + (i % 2000) * 86_400_000).toISOString().slice(0, 10);
  const body = `610526${d.replace(/-/g, '')}${String(i % 1000).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, c, k) => s + Number(c) * w[k]!, 0);
  return body + '10X98765432'[sum % 11];
}

test('a roster of 3,000 children: first rows shown, scrolled to the last, searched and opened', async ({ page, site }) => {
  test.setTimeout(240_000);
  await townAndYear(page, site.url);
  const lines = ['姓名,身份证号码,村委会,就学状态'];
  // One village, in file order: the list keeps it, so 末尾${N - 1} is the last row.
  for (let i = 0; i < N; i++) lines.push(`${i === N - 1 ? '末尾' : '儿童'}${i},${idFor(i)},东村,县域内实际就读`);
  const file = test.info().outputPath('三千人.csv');
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);

  await page.goto(`${site.url}/forms/roster/`);
  await page.getByRole('button', { name: '导入花名册（Excel/CSV）' }).click();
  await page.locator('#roster-file').setInputFiles(file);
  await expect(page.getByTestId('roster-import-tally')).toContainText(`新增 ${N} 人`, { timeout: 120_000 });
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText(`共 ${N} 人`, { timeout: 120_000 });

  // A fresh visit: the first children are there, and only a window of rows is in the page.
  await page.goto(`${site.url}/forms/roster/`);
  await expect(page.getByTestId('child-row').first()).toContainText('儿童0', { timeout: 60_000 });
  await expect(page.getByTestId('child-row').first()).toHaveAttribute('aria-setsize', String(N));
  expect(await page.getByTestId('child-row').count()).toBeLessThan(300);
  await expect(page.getByText('末尾', { exact: false })).toHaveCount(0);

  // Scrolling as a thumb does, down to the end of the page: the last child appears.
  await expect(async () => {
    await page.mouse.wheel(0, 20_000);
    await expect(page.getByRole('link', { name: new RegExp(`末尾${N - 1}`) })).toBeInViewport({ timeout: 500 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByTestId('child-row').last()).toHaveAttribute('aria-posinset', String(N));

  // Back at the top, the search finds a child far down the list.
  await page.evaluate(() => scrollTo(0, 0));
  await page.getByLabel('搜索').fill('儿童2718');
  await expect(page.getByTestId('roster-count')).toHaveText(`共 ${N} 人，显示 1 人`);
  await expect(page.getByTestId('child-row')).toHaveCount(1);
  await page.getByRole('link', { name: /儿童2718/ }).click();
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('儿童2718');
  await expect(page.getByLabel('身份证号码', { exact: true })).toHaveValue(idFor(2718));
});
