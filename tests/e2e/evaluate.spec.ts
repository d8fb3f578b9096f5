// One evaluation (issue 11): a status shown anywhere is the status stored; empty required
// fields are said beside the field; dates that make no sense are said beside the field.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { utils, write } from '@e965/xlsx';
import type ExcelJSType from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, hydrated, save, townAndYear } from './site';

// ExcelJS is CommonJS: loaded with require, as the other specs do.
const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSType;

/** ISO 7064 MOD 11-2, as on the ID card (src/calc/idcard.ts is not importable from here). */
function idFor(birth: string, serial: number): string {
  const body = `610526${birth.replace(/-/g, '')}${String(serial).padStart(2, '0')}1`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

async function importRoster(page: Page, base: string) {
  const rows = [['姓名', '身份证号码', '出生日期', '村委会', '就学状态'],
    ['张三', idFor('2010-03-15', 1), '2010-03-15', '东街村', '在校'],
    ['李四', idFor('2012-07-01', 2), '2012-07-01', '西街村', '在校'],
    ['王五', idFor('2008-09-09', 3), '2008-09-09', '东街村', '延缓入学']];
  const wb = utils.book_new();
  utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), '花名册');
  const path = test.info().outputPath('花名册.xlsx');
  writeFileSync(path, write(wb, { type: 'buffer', bookType: 'xlsx' }));
  await page.goto(`${base}/forms/roster/`);
  await hydrated(page);
  if (!(await page.locator('#roster-file').count())) await page.getByRole('button', { name: '导入花名册（Excel/CSV）' }).click();
  await page.locator('#roster-file').setInputFiles(path);
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 3 人');
}

/** The status the exported file's data sheet records for its one entry. */
async function exportedStatus(page: Page): Promise<unknown> {
  const file = await save(page, '导出 Excel');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file.path);
  const sheet = wb.getWorksheet('数据')!;
  const header = sheet.getRow(2).values as unknown[];
  return sheet.getRow(3).getCell(header.indexOf('status')).value;
}

test('附件1-1 from a roster: the editor, the stored entry, the file, the home page and 2-2 say the same status', async ({ page, site }) => {
  await townAndYear(page, site.url);
  await importRoster(page, site.url);

  await page.goto(`${site.url}/forms/1-1/`);
  await expect(page.getByLabel('共计', { exact: true })).toHaveValue('3');
  await expect(page.getByTestId('status')).toHaveText('完成');
  // Typed into and emptied again: now stored, with every number computed.
  const area = page.getByLabel('辖区', { exact: true });
  await area.fill('城关镇东区');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await area.fill('');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await expect(page.getByTestId('status')).toHaveText('完成');
  expect(await exportedStatus(page)).toBe('complete');

  await page.goto(`${site.url}/`);
  await expect(page.getByTestId('home-status-1-1')).toHaveText('完成');
  await page.goto(`${site.url}/forms/2-2/`);
  await expect(page.getByTestId('produced-1-1')).toContainText('本应用中：完成');

  // 11 counts that do not add up to 共计: a draft everywhere until confirmed.
  await page.goto(`${site.url}/forms/1-1/`);
  const total = page.getByLabel('共计', { exact: true });
  await total.fill('5');
  await expect(page.getByTestId('status')).toHaveText('草稿');
  await expect(total).toHaveAttribute('aria-invalid', 'true');
  await expect(total).toHaveAccessibleDescription(/11项人数之和（3）与共计（5）不一致，少 2 人/);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  expect(await exportedStatus(page)).toBe('draft');
  await page.goto(`${site.url}/`);
  await expect(page.getByTestId('home-status-1-1')).toHaveText('草稿');
  await page.goto(`${site.url}/forms/2-2/`);
  await expect(page.getByTestId('produced-1-1')).toContainText('本应用中：草稿');

  await page.goto(`${site.url}/forms/1-1/`);
  await page.getByLabel('已核实：11项人数之和与共计不一致，确认无误').check();
  await expect(page.getByTestId('status')).toHaveText('完成');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.goto(`${site.url}/`);
  await expect(page.getByTestId('home-status-1-1')).toHaveText('完成');
});

test('an empty required field is said beside it once left or on finishing; the summary links to it', async ({ page, site }) => {
  await page.goto(`${site.url}/forms/3-1/`);
  await page.getByRole('button', { name: '新建记录' }).click();
  const summary = page.locator('p.summary');
  await expect(summary).toContainText('尚未填写');
  // Nothing typed, nothing stored: it must not say it kept a draft.
  await expect(summary).not.toContainText('已作为草稿保存');
  await expect(page.getByTestId('save-state')).not.toHaveText('已保存');

  const student = page.getByLabel('受访学生姓名', { exact: true });
  await expect(student).not.toHaveAttribute('aria-invalid', 'true');
  await student.focus();
  await student.press('Tab');
  await expect(student).toHaveAttribute('aria-invalid', 'true');
  await expect(student).toHaveAccessibleDescription('此项为必填项');
  // Fields not yet visited stay quiet.
  const cls = page.getByLabel('班级', { exact: true });
  await expect(cls).not.toHaveAttribute('aria-invalid', 'true');

  // The summary's names take the user to the field.
  await summary.getByRole('link', { name: '受访家长姓名' }).click();
  await expect(page.getByLabel('受访家长姓名', { exact: true })).toBeFocused();

  // Trying to finish says every missing field beside it.
  await page.getByRole('button', { name: '检查并完成' }).click();
  await expect(cls).toHaveAttribute('aria-invalid', 'true');
  await expect(cls).toHaveAccessibleDescription('此项为必填项');
  await expect(page.getByTestId('status')).toHaveText('草稿');

  await student.fill('张三');
  await expect(student).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await expect(summary).toContainText('已作为草稿保存');
});

test('a visit date outside the campaign year or in the future is warned beside it without blocking; 结束 needs 出发', async ({ page, site }) => {
  await page.goto(`${site.url}/forms/3-1/`);
  await page.getByRole('button', { name: '新建记录' }).click();
  for (const [label, v] of Object.entries({
    单位名称: '城关中学', 家访教师姓名: '王老师', 受访学生姓名: '张三', 班级: '七年级（2）班', 受访家长姓名: '张建国',
    电话1: '13912345678', 家访地址: '城关镇东街12号', 家访时间: '15:00-16:00', 受访学生家庭基本情况: '父母务农。',
    受访学生个人基本情况: '学习认真。', 家访要点: '宣传政策。', 家访效果: '家长支持。', 家访记录人: '王老师',
  })) await page.getByLabel(label, { exact: true }).fill(v);
  await page.getByLabel('家访形式').selectOption({ label: '面对面（实地）' });
  await expect(page.getByTestId('status')).toHaveText('完成');

  const date = page.getByLabel('日期', { exact: true });
  const year = new Date().getFullYear();
  await date.fill(`${year + 9}-01-01`);
  await expect(date).toHaveAccessibleDescription(/日期晚于今天/);
  await expect(page.getByTestId('status')).toHaveText('完成');
  await date.fill(`${year - 7}-03-01`);
  await expect(date).toHaveAccessibleDescription(new RegExp(`日期不在活动年份（${year}年）内`));
  await expect(page.getByTestId('status')).toHaveText('完成');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('日期', { exact: true })).toHaveAccessibleDescription(/不在活动年份/);

  const end = page.getByRole('button', { name: '结束报备' });
  await expect(end).toBeDisabled();
  await expect(end).toHaveAccessibleDescription('请先出发报备，再结束报备。');
  await page.getByRole('button', { name: '出发报备' }).click();
  await expect(end).toBeEnabled();
});
