// The roster and 1-2 edited by hand: a child typed in, villages typed into 1-2, an old link to a child.
import { test, expect, townAndYear } from './site';
import { download, idFor } from './roster-files';

test('a child typed in: ID problems beside the fields, the same ID flagged, delete with 撤销', async ({ page, site }) => {
  await townAndYear(page, site.url);
  await page.goto(`${site.url}/forms/roster/`);
  await page.getByRole('button', { name: '新增儿童' }).click();
  await page.getByLabel('姓名', { exact: true }).fill('李雷');
  await page.getByLabel('身份证号码').fill('610526201003151231');
  await expect(page.locator('#f-idNumber-msg')).toHaveText('身份证号码有误：其中某一位填错了（不一定是最后一位），请对照户口本逐位核对');
  await page.getByLabel('身份证号码').fill('61052620100315123x');
  await expect(page.locator('#f-idNumber-msg')).toHaveText('身份证号码有误：其中某一位填错了（不一定是最后一位），请对照户口本逐位核对');
  await page.getByLabel('身份证号码').fill('610526201003151230');
  await expect(page.locator('#f-idNumber-msg')).toHaveCount(0);
  await page.getByLabel('出生日期').fill('2010-03-16');
  await expect(page.locator('#f-birth-msg')).toContainText('与身份证号码中的出生日期（2010年3月15日）不一致');
  await page.getByLabel('性别').selectOption('女');
  await expect(page.locator('#f-sex-msg')).toHaveText('性别（女）与身份证号码显示的性别（男）不一致');
  await page.getByLabel('就学状态').selectOption('县域内实际就读');
  await page.getByLabel('村委会').fill('东街村');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  await page.getByRole('link', { name: '← 返回花名册' }).click();
  await page.getByRole('button', { name: '新增儿童' }).click();
  await page.getByLabel('姓名', { exact: true }).fill('韩梅梅');
  await page.getByLabel('身份证号码').fill('610526201003151230');
  await expect(page.getByTestId('duplicate-note')).toContainText('身份证号码与李雷（东街村）相同');
  await page.getByLabel('身份证号码').fill(idFor('2017-01-01', 20, false));
  await expect(page.getByTestId('duplicate-note')).toHaveCount(0);
  await expect(page.locator('#f-birth-msg')).toContainText('计算为4周岁，不在6-15周岁范围内');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  await page.getByRole('link', { name: '← 返回花名册' }).click();
  await expect(page.getByTestId('child-row')).toHaveCount(1); // 李雷; 韩梅梅 is 4
  await expect(page.getByTestId('id-number')).toHaveText('610526********1230');
  // The roster's own export carries the whole number.
  const sheet = await download(page, '导出表册 Excel', '花名册.xlsx');
  expect(JSON.stringify(sheet.getSheetValues())).toContain('"610526201003151230"');
  await page.getByTestId('band-out').click();
  await expect(page.getByTestId('child-row')).toContainText('韩梅梅');
  await page.getByTestId('band-in').click();
  await page.getByRole('button', { name: '删除 李雷' }).click();
  await expect(page.getByTestId('child-row')).toHaveCount(0);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByTestId('child-row')).toHaveCount(1);
  await page.getByLabel('就学状态').selectOption('延缓入学');
  await expect(page.getByTestId('child-row')).toHaveCount(0);
});

test('a town without a roster types its villages into 1-2, row sums checked live', async ({ page, site }) => {
  await townAndYear(page, site.url);
  await page.goto(`${site.url}/forms/1-2/`);
  await page.getByRole('button', { name: '添加村委会' }).click();
  const row = page.getByTestId('villages-row').first();
  await row.getByLabel('村委会名称').fill('东街村');
  await row.getByLabel('儿童人数').fill('3');
  await row.getByLabel('6周岁').fill('1');
  await row.getByLabel('7周岁').fill('1');
  await expect(page.getByRole('alert').filter({ hasText: '第1行（东街村）：儿童人数（3）与6至15周岁人数之和（2）不一致' })).toBeVisible();
  await row.getByLabel('8周岁').fill('1');
  await expect(page.getByRole('alert').filter({ hasText: '第1行' })).toHaveCount(0);
  await page.getByRole('button', { name: '添加村委会' }).click();
  const second = page.getByTestId('villages-row').nth(1);
  await second.getByLabel('村委会名称').fill('西街村');
  await second.getByLabel('儿童人数').fill('4');
  await second.getByLabel('10周岁').fill('4');
  await expect(page.getByLabel('合计儿童人数', { exact: true })).toHaveValue('7');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByTestId('villages-row').locator('summary')).toHaveText(['1. 东街村 · 儿童人数 3', '2. 西街村 · 儿童人数 4']);
  await page.getByTestId('villages-row').nth(1).locator('summary').click();
  await page.getByTestId('villages-row').nth(1).getByRole('button', { name: '删除此行' }).click();
  await expect(page.getByLabel('合计儿童人数', { exact: true })).toHaveValue('3');
});

test('an old /roster/?id=… link, as shared in a WeChat group, opens that child at /forms/roster/', async ({ page, site }) => {
  await page.goto(`${site.url}/forms/roster/`);
  await page.getByRole('button', { name: '新增儿童' }).click();
  await page.getByLabel('姓名', { exact: true }).fill('旧链接');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  const id = new URL(page.url()).searchParams.get('id')!;
  expect(id).toMatch(/^[0-9a-f-]{36}$/);

  await page.goto(`${site.url}/`);
  await page.goto(`${site.url}/roster/?id=${id}#f-name`);
  await expect(page).toHaveURL(`${site.url}/forms/roster/?id=${id}#f-name`);
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('旧链接');
  // Without a query it lands on the list.
  await page.goto(`${site.url}/roster/`);
  await expect(page).toHaveURL(`${site.url}/forms/roster/`);
  await expect(page.getByTestId('roster-count')).toHaveText(/^共 1 人/);
});
