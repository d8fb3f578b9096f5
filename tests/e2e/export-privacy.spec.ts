import { createRequire } from 'node:module';
import type ExcelJSType from 'exceljs';
import { test, expect, hydrated, save, townAndYear } from './site';

// ExcelJS is CommonJS; Playwright's ESM loader cannot link its default import.
const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSType;

// Issue 16: a roster 表册 for the bureau has no hidden data sheet; the school's own transfer
// copy has it (and re-imports); each export says how many children's ID numbers it carries.
test('the roster 表册 warns of the ID numbers it carries, has its data sheet only when ticked, and that copy re-imports', async ({ page, site }) => {
  await townAndYear(page, site.url);
  await page.goto(`${site.url}/forms/roster/`);
  await page.getByRole('button', { name: '导入花名册（Excel/CSV）' }).click();
  await page.locator('#roster-file').setInputFiles('tests/fixtures/roster-gbk.csv');
  await page.getByRole('button', { name: '下一步：预览' }).click();
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-import-done')).toHaveText(/新增 5 人/);
  await expect(page.getByTestId('roster-count')).toHaveText('共 5 人，显示 2 人');

  const sheet = page.getByLabel('含数据页（用于本校设备之间转移花名册）');
  await expect(sheet).not.toBeChecked();
  await expect(page.getByLabel('含备注（可能有健康等情况）')).not.toBeChecked();
  const forBureau = await save(page, '导出表册 Excel');
  await expect(page.getByTestId('privacy-warning')).toHaveText(/^此文件含 2 名儿童的完整身份证号.*，请只发给需要的人。$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(forBureau.path);
  expect(wb.worksheets.map((s) => s.name)).toEqual(['花名册表册']);
  expect(JSON.stringify(wb.worksheets[0]!.getSheetValues())).not.toContain('备注');

  await sheet.check();
  const forSchool = await save(page, '导出表册 Excel');
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.readFile(forSchool.path);
  expect(wb2.worksheets.map((s) => s.name)).toEqual(['花名册表册', '数据']);

  // Another of the school's devices takes the roster in from that copy.
  const other = await page.context().browser()!.newContext();
  const p2 = await other.newPage();
  await p2.goto(`${site.url}/data/`);
  await hydrated(p2);
  await p2.locator('#import-files').setInputFiles(forSchool.path);
  await expect(p2.getByTestId('import-tally')).toHaveText('新增 2 条，更新 0 条，未变 0 条，无法导入 0 条');
  await p2.getByRole('button', { name: '确认导入' }).click();
  await expect(p2.getByText('已导入 2 条记录')).toBeVisible();
  await p2.goto(`${site.url}/forms/roster/`);
  await expect(p2.getByTestId('roster-count')).toContainText('共 2 人');
  await other.close();
});
