// What a phone shows whole: the 1-2 表名 at 360 px; and the backup's date is the phone's.
import { encryptedBackup } from './backup';
import { test, expect, hydrated, save, townAndYear } from './site';

test('附件1-2: the 表名 is shown whole at 360 px, wrapped rather than cut off', async ({ page, site }) => {
  await townAndYear(page, site.url);
  await page.goto(`${site.url}/forms/1-2/`);
  await hydrated(page);
  const title = page.getByLabel('表名', { exact: true });
  await expect(title).toHaveValue('城关镇2021年6—15周岁儿童少年统计表');
  const box = await title.evaluate((el) => ({
    cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
    right: el.getBoundingClientRect().right,
  }));
  expect(box.cut).toBe(false);
  expect(box.right).toBeLessThanOrEqual(360);
});

test('a backup made at 07:30 in Beijing is named after that day, not the UTC date', async ({ page, site }) => {
  // 2021-10-26 07:30 in Asia/Shanghai (the test browser's zone) is still 25 October in UTC.
  await page.clock.setFixedTime(new Date('2021-10-25T23:30:00Z'));
  await page.goto(`${site.url}/data/`);
  await hydrated(page);
  const file = await encryptedBackup(page, '备份密码12345');
  expect(file.name).toBe('本机_家访控辍保学备份_20211026.json');
});
