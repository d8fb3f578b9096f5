// 小学毕业库数据台账 (issue 14, part 2): three years' lists imported (a re-import and a
// corrected ID add nobody), 销号 refused until the evidence is collected, progress per year
// on the page and the home card, all kept across a reload and read back from the exported 台账.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, hydrated, noHorizontalScroll, save, townAndYear } from './site';
import { openpyxlRows } from './openpyxl';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/graduates/${name}`, import.meta.url));
const pdfText = (path: string) => execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, '');
const NO_EVIDENCE = '不能销号：请先选择该生初中就读的佐证材料（如学籍截图），收集后勾选“佐证已收集”，再销号。';
const NOT_COLLECTED = '不能销号：佐证材料尚未收集。收集后勾选“佐证已收集”，再销号。';

async function importList(page: Page, year: number, file: string, expected: string[], mapping = false) {
  await page.getByLabel('名单的毕业年份').selectOption(String(year));
  await page.locator('#graduate-file').setInputFiles(fixture(file));
  if (mapping) {
    await expect(page.getByTestId('roster-mapping')).toBeVisible();
    await page.getByRole('button', { name: '下一步：预览' }).click();
  }
  const preview = page.getByTestId('graduate-preview');
  for (const line of expected) await expect(preview).toContainText(line);
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('graduate-import-done')).toContainText(`已导入 ${file}`);
}

const progress = (page: Page, year: number) => page.getByTestId(`graduate-progress-${year}`);

/** 销号 one graduate as a school would: where the child is, the evidence, collected, then 销号. */
async function close(page: Page, name: string) {
  const card = page.getByTestId('graduate').filter({ hasText: name });
  await card.getByLabel('初中就读学校').fill('城关中学');
  await card.getByLabel('初中就读学校').blur();
  await card.getByLabel('年级', { exact: true }).fill('七年级');
  await card.getByLabel('年级', { exact: true }).blur();
  await card.getByLabel('佐证材料').selectOption('学籍截图');
  await card.getByLabel('佐证已收集').check();
  await card.getByLabel('销号', { exact: true }).check();
  await expect(card.getByText('已销号', { exact: true })).toBeVisible();
}

test('three years of 小学毕业库: imported without doubling, 销号 only with evidence, counted, kept and exported', async ({ page, site }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 360, height: 640 });
  await townAndYear(page, site.url);
  await page.getByLabel('单位名称', { exact: true }).fill('城关小学');
  await page.getByLabel('单位名称', { exact: true }).blur();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  await page.getByRole('group', { name: '使用身份' }).getByRole('button', { name: '学校', exact: true }).click();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');

  await page.getByRole('navigation').getByRole('link', { name: '毕业库' }).click();
  await expect(page).toHaveURL(/\/graduates\/$/);
  await hydrated(page);
  await expect(page.getByTestId('graduate-progress')).toHaveText(/2019年 销号 0 \/ 0.*2020年 销号 0 \/ 0.*2021年 销号 0 \/ 0/);

  // 2021: six graduates, 刘洋's ID with a wrong check digit.
  await importList(page, 2021, '2021届小学毕业生.csv', ['2021年毕业生：新增 6 人']);
  await expect(progress(page, 2021)).toContainText('2021年 销号 0 / 6');
  await expect(page.getByTestId('graduate')).toHaveCount(6);
  // The same list again adds nobody; the corrected list corrects 刘洋's ID, adds nobody.
  await importList(page, 2021, '2021届小学毕业生.csv', ['新增 0 人', '已在台账中 6 人（不重复添加）']);
  await expect(progress(page, 2021)).toContainText('2021年 销号 0 / 6');
  await importList(page, 2021, '2021届小学毕业生（更正）.csv', ['新增 0 人', '1 人更正了身份证号']);
  await expect(progress(page, 2021)).toContainText('2021年 销号 0 / 6');
  await expect(page.getByTestId('graduate')).toHaveCount(6);
  // 2020: an .xlsx with a column the app does not know (学籍号), so the columns are checked first.
  await importList(page, 2020, '2020届小学毕业生.xlsx', ['2020年毕业生：新增 4 人'], true);
  // 2019: GBK, no 毕业学校 column: the school is this unit.
  await importList(page, 2019, '2019届小学毕业生.csv', ['2019年毕业生：新增 3 人']);
  await expect(progress(page, 2019)).toContainText('2019年 销号 0 / 3');
  await expect(progress(page, 2020)).toContainText('2020年 销号 0 / 4');
  await expect(page.getByTestId('graduate').first()).toContainText('城关小学');
  // A graduate deleted by mistake comes back with 撤销.
  await page.getByLabel('查看毕业年份').selectOption('2019');
  await page.getByRole('button', { name: '删除 卫东' }).click();
  await expect(progress(page, 2019)).toContainText('2019年 销号 0 / 2');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(progress(page, 2019)).toContainText('2019年 销号 0 / 3');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('graduates-top-360.png'), fullPage: true, clip: { x: 0, y: 0, width: 360, height: 1500 } });

  // 销号 without evidence is refused, with the reason, and stays unticked.
  await page.getByLabel('查看毕业年份').selectOption('2021');
  const zhang = page.getByTestId('graduate').filter({ hasText: '张明' });
  await zhang.getByLabel('销号', { exact: true }).click();
  await expect(zhang.getByRole('alert')).toHaveText(NO_EVIDENCE);
  await expect(zhang.getByLabel('销号', { exact: true })).not.toBeChecked();
  await zhang.getByLabel('佐证材料').selectOption('学籍截图');
  await expect(zhang.getByTestId('graduate-saved')).toBeVisible();
  await zhang.getByLabel('销号', { exact: true }).click();
  await expect(zhang.getByRole('alert')).toHaveText(NOT_COLLECTED);
  await expect(zhang.getByLabel('销号', { exact: true })).not.toBeChecked();
  await expect(progress(page, 2021)).toContainText('2021年 销号 0 / 6');

  await close(page, '张明');
  await close(page, '刘洋');
  await expect(progress(page, 2021)).toContainText('2021年 销号 2 / 6');
  await expect(progress(page, 2021)).toContainText('佐证已收集 2 人');
  // A graduate 销号 keeps the evidence: unticking 佐证已收集 is refused.
  await zhang.getByLabel('佐证已收集').click();
  await expect(zhang.getByRole('alert')).toHaveText('该生已销号，佐证材料不能取消：如需更改，请先取消销号。');
  await expect(zhang.getByLabel('佐证已收集')).toBeChecked();
  await zhang.getByLabel('备注').fill('学籍系统已核实');
  await zhang.getByLabel('备注').blur();
  await page.getByLabel('查看毕业年份').selectOption('2020');
  await close(page, '孙伟');
  await expect(progress(page, 2020)).toContainText('2020年 销号 1 / 4');
  await page.screenshot({ path: test.info().outputPath('graduates-360.png') });
  expect(await noHorizontalScroll(page)).toBe(true);

  // Importing the 2021 list once more after 销号 changes nothing the school recorded.
  await importList(page, 2021, '2021届小学毕业生.csv', ['新增 0 人', '已在台账中 6 人']);

  // Everything survives a reload.
  await page.reload();
  await hydrated(page);
  await expect(progress(page, 2019)).toContainText('2019年 销号 0 / 3');
  await expect(progress(page, 2020)).toContainText('2020年 销号 1 / 4');
  await expect(progress(page, 2021)).toContainText('2021年 销号 2 / 6');
  await page.getByLabel('查看毕业年份').selectOption('2021');
  const again = page.getByTestId('graduate').filter({ hasText: '张明' });
  await expect(again.getByLabel('初中就读学校')).toHaveValue('城关中学');
  await expect(again.getByLabel('年级', { exact: true })).toHaveValue('七年级');
  await expect(again.getByLabel('佐证材料')).toHaveValue('学籍截图');
  await expect(again.getByLabel('佐证已收集')).toBeChecked();
  await expect(again.getByLabel('销号', { exact: true })).toBeChecked();
  await expect(again.getByLabel('备注')).toHaveValue('学籍系统已核实');

  // The 台账 reads back to the numbers on screen.
  const onScreen = await page.getByTestId('graduate-progress').locator('li').allTextContents();
  const xlsx = await save(page, '导出台账 Excel');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const sheet = Object.values(openpyxlRows(xlsx.path))[0]!.map((r) => r.map((c) => c ?? ''));
  expect(sheet[0]![0]).toBe('近三年小学毕业库数据台账');
  expect(sheet[1]![0]).toContain('城关小学');
  expect(sheet[2]).toEqual(['序号', '毕业年份', '姓名', '性别', '身份证号码', '出生日期', '毕业学校', '初中就读学校', '年级', '佐证材料', '佐证已收集', '销号']);
  const body = sheet.slice(3).filter((r) => /^\d+$/.test(String(r[0])));
  expect(body).toHaveLength(13);
  const fromFile = [2019, 2020, 2021].map((y) => {
    const mine = body.filter((r) => Number(r[1]) === y);
    return `${y}年 销号 ${mine.filter((r) => r[11] === '是').length} / ${mine.length}`;
  });
  expect(onScreen.map((t) => t.replace(/（.*$/, ''))).toEqual(fromFile);
  const liu = body.find((r) => r[2] === '刘洋')!;
  expect(liu[4]).toBe('610526200905131410');
  expect(liu.slice(7, 12)).toEqual(['城关中学', '七年级', '学籍截图', '是', '是']);
  expect(body.filter((r) => Number(r[1]) === 2019).every((r) => r[6] === '城关小学')).toBe(true);
  await expect(page.getByTestId('privacy-warning')).toContainText('13 名');

  const pdf = await save(page, '导出台账 PDF');
  expect(pdf.name).toMatch(/\.pdf$/);
  const text = pdfText(pdf.path);
  for (const s of ['近三年小学毕业库数据台账', '张明', '城关中学', '学籍截图', '共13人']) expect(text).toContain(s);

  // The 台账 Excel moves the ledger to another device: its data sheet is read on /data/.
  const other = await page.context().browser()!.newContext();
  const p2 = await other.newPage();
  await townAndYear(p2, site.url);
  await p2.goto(`${site.url}/data/`);
  await hydrated(p2);
  await p2.locator('#import-files').setInputFiles(xlsx.path);
  await expect(p2.getByTestId('import-tally')).toContainText('新增 13 条');
  await p2.getByRole('button', { name: '确认导入' }).click();
  await expect(p2.getByText(/已导入 \d+ 条记录/)).toBeVisible();
  await p2.goto(`${site.url}/graduates/`);
  await expect(p2.getByTestId('graduate-progress').locator('li')).toHaveText(onScreen);
  await other.close();

  // The home card says the same, and 附件2-2 links box Ⅴ item ② to the ledger.
  await page.goto(`${site.url}/`);
  await expect(page.getByTestId('progress-graduate')).toHaveText('2019年 销号 0 / 3，2020年 销号 1 / 4，2021年 销号 2 / 6');
  await page.goto(`${site.url}/forms/2-2/`);
  await expect(page.getByText('本应用中：2019年 销号 0 / 3，2020年 销号 1 / 4，2021年 销号 2 / 6')).toBeVisible();
});
