// 入学再核查 (issue 14, part 1): a 户籍 list of 80 children and a roster of 75; the four groups
// hold exactly the children that differ, and adding the 待核查 ones changes 附件1-1 by that many.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type ExcelJSType from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, hydrated, noHorizontalScroll, save, townAndYear } from './site';
import { openpyxlRows } from './openpyxl';

// ExcelJS is CommonJS; Playwright's ESM loader cannot link its default import.
const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSType;

/** ISO 7064 MOD 11-2, as on the ID card (src/calc/idcard.ts is not importable from here). */
function idFor(birth: string, serial: number, male = true): string {
  const body = `610526${birth.replace(/-/g, '')}${String(serial).padStart(2, '0')}${male ? 1 : 2}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

interface Kid { name: string; id: string; birth: string; village: string }
const pad = (n: number) => String(n).padStart(2, '0');
/** 80 children of 户籍, born 2008–2013 (7 to 13 on 2021-08-31), all IDs distinct. */
const HUJI: Kid[] = Array.from({ length: 80 }, (_, i) => {
  const birth = `${2008 + (i % 6)}-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`;
  return { name: `户籍${i + 1}号`, id: idFor(birth, i), birth, village: i % 2 ? '东街村' : '西街村' };
});
/** On the roster but gone from 户籍. */
const MOVED: Kid[] = Array.from({ length: 5 }, (_, i) => {
  const birth = `2010-0${i + 1}-15`;
  return { name: `迁出${i + 1}号`, id: idFor(birth, 90 + i), birth, village: '南村' };
});
/** In 学籍, from elsewhere. */
const GUESTS: Kid[] = Array.from({ length: 3 }, (_, i) => {
  const birth = `2011-0${i + 1}-20`;
  return { name: `外地${i + 1}号`, id: idFor(birth, 95 + i), birth, village: '' };
});
const ROSTER = [...HUJI.slice(0, 70), ...MOVED]; // 75
const XUEJI = [...HUJI.slice(0, 76), ...GUESTS]; // 4 of 户籍 missing: 户籍77号 … 户籍80号

async function xlsx(name: string, header: string[], rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  const path = test.info().outputPath(name);
  await wb.xlsx.writeFile(path);
  return path;
}

async function total11(page: Page, base: string) {
  await page.goto(`${base}/forms/1-1/`);
  const total = page.getByLabel('共计', { exact: true });
  await expect(total).not.toHaveValue('');
  return Number(await total.inputValue());
}

test('80 in 户籍, 75 on the roster: four groups of exactly the children that differ; adding the 待核查 ones adds them to 附件1-1', async ({ page, site }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await townAndYear(page, site.url);
  await page.getByRole('group', { name: '使用身份' }).getByRole('button', { name: '学校', exact: true }).click();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');

  // The school's roster of 75.
  const rosterFile = await xlsx('花名册.xlsx', ['姓名', '身份证号码', '村委会', '就学状态'],
    ROSTER.map((k) => [k.name, k.id, k.village, '县域内实际就读']));
  await page.goto(`${site.url}/forms/roster/`);
  await hydrated(page);
  await page.getByRole('button', { name: '导入花名册（Excel/CSV）' }).click();
  await page.locator('#roster-file').setInputFiles(rosterFile);
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-count')).toContainText('共 75 人');
  expect(await total11(page, site.url)).toBe(75);

  // The police's 户籍 list: a column the app does not know (与户主关系) asks for the mapping;
  // one ID with a lower-case x, one child listed twice.
  const lower = HUJI.findIndex((k) => k.id.endsWith('X'));
  expect(lower).toBeGreaterThanOrEqual(0);
  const hujiRows = HUJI.map((k, i) => [k.name, i === lower ? k.id.toLowerCase() : k.id, k.birth, k.village, '子']);
  const hujiFile = await xlsx('派出所户籍名单.xlsx', ['姓名', '公民身份号码', '出生日期', '村(社区)', '与户主关系'],
    [...hujiRows, hujiRows[3]!]);
  // 学籍: an export of the registry system, as UTF-8 CSV.
  const csv = ['姓名,身份证件号,学校名称,年级', ...XUEJI.map((k) => `${k.name},${k.id},城关小学,五年级`)].join('\r\n');
  const xuejiFile = test.info().outputPath('学籍名单.csv');
  writeFileSync(xuejiFile, `\uFEFF${csv}`);

  // The school reaches the page from the navigation.
  await page.getByRole('navigation').getByRole('link', { name: '入学再核查' }).click();
  await expect(page).toHaveURL(/\/recheck\/$/);
  await hydrated(page);
  await page.locator('#huji-file').setInputFiles(hujiFile);
  await expect(page.getByTestId('roster-mapping')).toBeVisible();
  await page.getByRole('button', { name: '下一步：导入名单' }).click();
  await expect(page.getByTestId('huji-file-done')).toContainText('共 81 行');
  await page.locator('#xueji-file').setInputFiles(xuejiFile);
  await expect(page.getByTestId('xueji-file-done')).toContainText('共 79 行');
  await expect(page.getByTestId('recheck-summary')).toContainText('户籍 80 人，学籍 79 人，花名册 75 人，户籍与花名册对上 70 人。 户籍名单中有 1 行重复，按一人计。');

  await page.getByTestId('recheck-summary').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('recheck-summary-360.png') });
  const names = (group: string) => page.getByTestId(`group-${group}`).getByTestId('recheck-row').locator('strong').allTextContents();
  await expect(page.getByTestId('count-toAdd')).toHaveText('10');
  expect(await names('toAdd')).toEqual(HUJI.slice(70).map((k) => k.name));
  await expect(page.getByTestId('count-notInHuji')).toHaveText('5');
  expect(await names('notInHuji')).toEqual(MOVED.map((k) => k.name));
  await expect(page.getByTestId('count-pending')).toHaveText('4');
  expect(await names('pending')).toEqual(HUJI.slice(76).map((k) => k.name));
  await expect(page.getByTestId('count-fromElsewhere')).toHaveText('3');
  expect(await names('fromElsewhere')).toEqual(GUESTS.map((k) => k.name));

  // ID numbers are masked in the lists.
  const first = page.getByTestId('group-pending').getByTestId('id-number').first();
  await expect(first).toHaveText(`${HUJI[76]!.id.slice(0, 6)}********${HUJI[76]!.id.slice(-4)}`);

  // A child gone from 户籍 is marked 已核查 with a note; it stays after a reload.
  const moved = page.getByTestId('group-notInHuji').getByTestId('recheck-row').first();
  await moved.getByRole('button', { name: '标记已核查' }).click();
  await moved.getByLabel('核查情况').fill('已随父母迁往西安');
  await moved.getByRole('button', { name: '保存' }).click();
  await expect(moved.getByTestId('recheck-mark')).toHaveText('已核查：已随父母迁往西安');
  await page.screenshot({ path: test.info().outputPath('recheck-360.png'), fullPage: false });
  expect(await noHorizontalScroll(page)).toBe(true);

  // One tap per 待核查 child adds it to the roster.
  const pending = page.getByTestId('group-pending');
  for (let left = 4; left > 0; left--) {
    await expect(pending.getByRole('button', { name: '加入花名册（待核查）' })).toHaveCount(left);
    await pending.getByRole('button', { name: '加入花名册（待核查）' }).first().click();
  }
  await expect(pending.getByRole('button', { name: '加入花名册（待核查）' })).toHaveCount(0);
  await expect(pending.getByText('已在花名册，就学状态未填')).toHaveCount(4);
  await expect(page.getByTestId('count-toAdd')).toHaveText('6');
  await expect(page.getByTestId('count-pending')).toHaveText('4');

  // The export: one sheet per group, read back by openpyxl.
  const file = await save(page, '导出核查结果 Excel');
  const sheets = openpyxlRows(file.path);
  expect(Object.keys(sheets)).toEqual(['户籍有、花名册无', '花名册有、户籍无', '户籍有、学籍无、无就学状态', '学籍有、户籍无']);
  const data = (s: string) => sheets[s]!.slice(3);
  expect(data('户籍有、花名册无').map((r) => r[1])).toEqual(HUJI.slice(70, 76).map((k) => k.name));
  expect(data('花名册有、户籍无').map((r) => r[1])).toEqual(MOVED.map((k) => k.name));
  expect(data('花名册有、户籍无')[0]![9]).toBe('已核查：已随父母迁往西安');
  expect(data('户籍有、学籍无、无就学状态').map((r) => [r[1], r[2], r[8]]))
    .toEqual(HUJI.slice(76).map((k) => [k.name, k.id, '已在花名册，就学状态未填']));
  expect(data('学籍有、户籍无').map((r) => r[1])).toEqual(GUESTS.map((k) => k.name));
  expect(sheets['户籍有、花名册无']![2]).toEqual(['序号', '姓名', '身份证号码', '出生日期', '周岁', '村委会', '就读学校', '年级', '花名册', '核查情况']);

  // 附件1-1 counts the four children: 共计 rises by exactly 4.
  expect(await total11(page, site.url)).toBe(79);

  // The mark survived the page change; a broken file changes nothing stored.
  await page.goto(`${site.url}/recheck/`);
  await hydrated(page);
  await expect(page.getByTestId('group-notInHuji').getByTestId('recheck-mark')).toHaveText('已核查：已随父母迁往西安');
  const bad = test.info().outputPath('坏文件.xlsx');
  writeFileSync(bad, Buffer.from('PK\u0003\u0004 not really a workbook'));
  await page.locator('#huji-file').setInputFiles(bad);
  await expect(page.getByTestId('huji-file-error')).toContainText('坏文件.xlsx：');
  await expect(page.getByTestId('huji-file-error')).toContainText('原有名单未改动');
  await expect(page.getByTestId('huji-file-count')).toHaveText('本机已存 81 行');
  await expect(page.getByTestId('count-toAdd')).toHaveText('6');

  // 附件4 for a 待核查 child opens the verification form made from its roster entry.
  const child = HUJI[76]!;
  await page.getByTestId('group-pending').getByTestId('recheck-row').filter({ hasText: child.name })
    .getByRole('button', { name: '附件4' }).click();
  await expect(page).toHaveURL(/\/forms\/4\/\?/);
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue(child.name);
});

test('a GBK 户籍 CSV with an unknown column: matched by ID, or by name and birth date; 待核查 waits for the 学籍 list', async ({ page, site }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await townAndYear(page, site.url);
  // The roster: 张三 as in the police list; 李四 with her ID number missing and no status.
  const rosterFile = await xlsx('花名册.xlsx', ['姓名', '身份证号码', '出生日期', '村委会', '就学状态'], [
    ['张三', '610526201003151230', '2010-03-15', '东街村', '县域内实际就读'],
    ['李四', '', '2012-07-01', '西街村', ''],
  ]);
  await page.goto(`${site.url}/forms/roster/`);
  await hydrated(page);
  await page.getByRole('button', { name: '导入花名册（Excel/CSV）' }).click();
  await page.locator('#roster-file').setInputFiles(rosterFile);
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-count')).toContainText('共 2 人');

  await page.goto(`${site.url}/recheck/`);
  await hydrated(page);
  await expect(page.getByText('请先导入户籍名单，再导入学籍名单。')).toBeVisible();
  await page.locator('#huji-file').setInputFiles('tests/fixtures/roster-gbk.csv');
  await expect(page.getByTestId('roster-mapping')).toBeVisible(); // 民族 is not a roster column
  await page.getByRole('button', { name: '下一步：导入名单' }).click();
  await expect(page.getByTestId('huji-file-done')).toContainText('共 5 行');
  const names = (group: string) => page.getByTestId(`group-${group}`).getByTestId('recheck-row').locator('strong').allTextContents();
  await expect(page.getByTestId('count-toAdd')).toHaveText('3');
  expect(await names('toAdd')).toEqual(['王五', '赵六', '刘七']);
  await expect(page.getByTestId('count-notInHuji')).toHaveText('0');
  await expect(page.getByTestId('group-pending')).toContainText('导入学籍名单后才能比对这一组。');

  writeFileSync(test.info().outputPath('学籍.csv'), '姓名,身份证号,学校\n张三,610526201003151230,城关小学\n');
  await page.locator('#xueji-file').setInputFiles(test.info().outputPath('学籍.csv'));
  // 李四 (on the roster, matched by name and birth, no status), and 王五 and 赵六 whose numbers
  // give no birth date (an unknown age is kept): 待核查. 刘七 is 16.
  await expect(page.getByTestId('count-pending')).toHaveText('3');
  expect(await names('pending')).toEqual(['李四', '王五', '赵六']);
  await expect(page.getByTestId('group-pending').getByTestId('recheck-row').first()).toContainText('已在花名册，就学状态未填');
  await expect(page.getByTestId('count-fromElsewhere')).toHaveText('0');
});
