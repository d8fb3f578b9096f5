import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type ExcelJSType from 'exceljs';
import { plainBackup } from './backup';
import { test, expect, hydrated, save } from './site';

// ExcelJS is CommonJS; Playwright's ESM loader cannot link its default import.
const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSType;

test('a name corrected on the visible sheet is shown in the preview and taken on request', async ({ page, site }) => {
  await page.goto(`${site.url}/forms/3-1/`);
  await page.getByRole('button', { name: '新建记录' }).click();
  await page.getByLabel('家访教师姓名').fill('王老师');
  await page.getByLabel('受访学生姓名').fill('李㛃');
  await page.getByLabel('班级').fill('七年级（2）班');
  await page.getByLabel('家访形式').selectOption({ label: '电话' });
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  const exported = await save(page, '导出 Excel');

  // The office corrects the name on the printed form, in Excel.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(exported.path);
  const sheet = wb.worksheets.find((ws) => ws.state === 'visible')!;
  let cells = 0;
  sheet.eachRow((row) => row.eachCell((c) => {
    if (c.value === '李㛃') { c.value = '李洁'; cells++; }
  }));
  expect(cells).toBe(1);
  const edited = test.info().outputPath('改过的.xlsx');
  await wb.xlsx.writeFile(edited);

  await page.goto(`${site.url}/data/`);
  await hydrated(page);
  await page.locator('#import-files').setInputFiles(edited);
  await expect(page.getByTestId('import-tally')).toHaveText('新增 0 条，更新 0 条，未变 0 条，无法导入 0 条，表格中有改动 1 条');
  await expect(page.getByTestId('import-edit')).toContainText('受访学生姓名：隐藏数据“李㛃” → 表格中“李洁”');
  await expect(page.getByRole('button', { name: '确认导入' })).toBeDisabled();

  await page.getByRole('button', { name: '采用表格中的值', exact: true }).click();
  await expect(page.getByTestId('import-tally')).toHaveText('新增 0 条，更新 1 条，未变 0 条，无法导入 0 条，表格中有改动 1 条');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('已导入 1 条记录')).toBeVisible();

  await page.goto(`${site.url}/forms/3-1/`);
  await expect(page.getByTestId('entry-row')).toHaveCount(1);
  await expect(page.getByTestId('entry-row')).toContainText('李洁');
});

test('a backup from a clock in 2100 is a conflict the user settles; the same file again changes nothing', async ({ page, site }) => {
  await page.goto(`${site.url}/forms/3-1/`);
  await page.getByRole('button', { name: '新建记录' }).click();
  await page.getByLabel('受访学生姓名').fill('张三');
  await page.getByLabel('班级').fill('一班');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.goto(`${site.url}/data/`);
  await hydrated(page);
  const backup = JSON.parse(readFileSync((await plainBackup(page)).path, 'utf8'));
  backup.entries[0].updatedAt = Date.UTC(2100, 0, 1);
  backup.entries[0].data.className = '二班';
  const file = test.info().outputPath('备份.json');
  writeFileSync(file, JSON.stringify(backup));

  await page.locator('#import-files').setInputFiles(file);
  await expect(page.getByTestId('import-tally')).toHaveText('新增 0 条，更新 0 条，未变 0 条，无法导入 0 条，冲突 1 条');
  await expect(page.getByTestId('import-notes')).toContainText('修改时间晚于本机时间（2100-01-01），按导入时间处理。');
  await expect(page.getByTestId('import-conflict').getByRole('row', { name: '班级' })).toHaveText('班级一班二班');
  await expect(page.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await page.getByRole('button', { name: '保留本机', exact: true }).click();
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('已导入 1 条记录')).toBeVisible();

  await hydrated(page);
  await page.locator('#import-files').setInputFiles(file);
  await expect(page.getByTestId('import-tally')).toHaveText('新增 0 条，更新 0 条，未变 1 条，无法导入 0 条');
  await page.goto(`${site.url}/forms/3-1/`);
  await expect(page.getByTestId('entry-row')).toContainText('一班');
});
