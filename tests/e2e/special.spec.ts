// 残疾儿童 and 送教 (通知三（八）, issue 14 part 3): the roster's disabled children get an
// assessment and a placement; a 送教上门 child with one visit this month is on the school's
// home page under 本月未满2次 and leaves it with the second; the 台账 read back to the page.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type ExcelJSType from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, hydrated, noHorizontalScroll, save } from './site';
import { openpyxlRows } from './openpyxl';

// ExcelJS is CommonJS; Playwright's ESM loader cannot link its default import.
const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSType;
const pdfText = (path: string) => execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, '');

/** ISO 7064 MOD 11-2, as on the ID card (src/calc/idcard.ts is not importable from here). */
function idFor(birth: string, serial: number): string {
  const body = `610526${birth.replace(/-/g, '')}${String(serial).padStart(2, '0')}1`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

const KIDS = [
  ['张小明', idFor('2012-03-05', 1), '东街村', '县域内实际就读', '是'],
  ['李小红', idFor('2011-06-15', 2), '西街村', '县域内实际就读', '是'],
  ['王小刚', idFor('2010-09-25', 3), '东街村', '县域内实际就读', '否'],
];

async function importRoster(page: Page, base: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['姓名', '身份证号码', '村委会', '就学状态', '残疾儿童']);
  for (const k of KIDS) ws.addRow(k);
  const path = test.info().outputPath('花名册.xlsx');
  await wb.xlsx.writeFile(path);
  await page.goto(`${base}/forms/roster/`);
  await hydrated(page);
  await page.getByRole('button', { name: '导入花名册（Excel/CSV）' }).click();
  await page.locator('#roster-file').setInputFiles(path);
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-count')).toContainText('共 3 人');
}

const card = (page: Page, name: string) => page.getByTestId('special-child').filter({ hasText: name });
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function saved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
}

async function assess(page: Page, name: string, placement: string) {
  await card(page, name).getByRole('button', { name: '填写评估与安置' }).click();
  await expect(page.getByRole('heading', { name: `残疾儿童评估与安置：${name}` })).toBeVisible();
  await field(page, '评估日期').fill('2021-09-10');
  await field(page, '评估认定意见').fill(`${name}：中度智力残疾`);
  await field(page, '残疾类别').selectOption('智力残疾');
  await field(page, '安置方式').selectOption(placement);
  await saved(page);
  await expect(page.getByTestId('status')).toHaveText('完成');
  await page.getByRole('link', { name: '← 返回残疾儿童名单' }).click();
}

async function addVisit(page: Page, teachers: string, guardian: string) {
  await card(page, '张小明').getByRole('button', { name: '添加送教记录' }).click();
  await expect(page.getByRole('heading', { name: '送教记录：张小明' })).toBeVisible();
  await expect(field(page, '送教日期')).not.toHaveValue('');
  await field(page, '送教教师').fill(teachers);
  await field(page, '送教内容').fill('生活自理训练、识字');
  await field(page, '送教时长（分钟）').fill('90');
  await field(page, '家长确认（签名）').fill(guardian);
  await saved(page);
  await expect(page.getByTestId('status')).toHaveText('完成');
  await page.screenshot({ path: test.info().outputPath('visit.png'), fullPage: true });
  await page.reload();
  await expect(field(page, '家长确认（签名）')).toHaveValue(guardian);
  await page.getByRole('link', { name: '← 返回残疾儿童名单' }).click();
}

async function home(page: Page, base: string) {
  await page.goto(`${base}/`);
  await hydrated(page);
  // The home page has read the database: the disability card counts the roster's children.
  await expect(page.getByTestId('progress-disability')).toHaveText(/花名册中残疾儿童 2 人/);
}

test('disabled children: assessment, placement, 送教 twice a month on the home page, and the 台账', async ({ page, site }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 640 });
  await importRoster(page, site.url);

  await page.goto(`${site.url}/special/`);
  await hydrated(page);
  await expect(page.getByTestId('special-child')).toHaveCount(2);
  await expect(page.getByTestId('special-count')).toContainText('花名册中残疾儿童 2 人，已评估安置 0 人');
  await assess(page, '张小明', '送教上门');
  await assess(page, '李小红', '随班就读');
  await expect(page.getByTestId('special-count')).toContainText('已评估安置 2 人，送教上门 1 人');
  await expect(card(page, '张小明').getByTestId('month-count')).toContainText('本月送教 0/2 次');
  await expect(card(page, '李小红').getByTestId('month-count')).toHaveCount(0);

  await addVisit(page, '王老师、李老师', '张建国');
  await expect(card(page, '张小明').getByTestId('month-count')).toContainText('本月送教 1/2 次，还差 1 次');
  expect(await noHorizontalScroll(page)).toBe(true);

  // One visit: the school's home page lists him, with the days left in the month.
  await home(page, site.url);
  const due = page.getByTestId('home-teaching-due');
  await expect(due).toContainText(/送教上门本月未满2次（本月还剩 \d+ 天）/);
  await expect(due.getByTestId('due-child')).toHaveText(['张小明：本月已送教 1 次，还差 1 次']);
  await page.reload();
  await expect(page.getByTestId('due-child')).toHaveText(['张小明：本月已送教 1 次，还差 1 次']);
  await page.screenshot({ path: test.info().outputPath('home.png') });

  // A teacher's home page does not show the school's list.
  await page.goto(`${site.url}/settings/`);
  await page.getByRole('group', { name: '使用身份' }).getByRole('button', { name: '教师', exact: true }).click();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  await page.goto(`${site.url}/`);
  await hydrated(page);
  await expect(page.getByTestId('count-3-1')).toBeVisible();
  await expect(page.getByTestId('home-teaching-due')).toHaveCount(0);
  await page.goto(`${site.url}/settings/`);
  await page.getByRole('group', { name: '使用身份' }).getByRole('button', { name: '学校', exact: true }).click();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  await home(page, site.url);
  await expect(page.getByTestId('due-child')).toHaveCount(1);

  // The second visit takes him off the list.
  await page.goto(`${site.url}/special/`);
  await addVisit(page, '王老师', '张建国');
  await expect(card(page, '张小明').getByTestId('month-count')).toContainText('本月送教 2/2 次');
  await home(page, site.url);
  await expect(page.getByTestId('home-teaching-due')).toHaveCount(0);

  // Everything is still there after a reload.
  await page.goto(`${site.url}/special/`);
  await page.reload();
  await expect(card(page, '张小明').getByTestId('placement')).toContainText('送教上门');
  await expect(card(page, '张小明').getByTestId('assessment')).toContainText('2021年9月10日，智力残疾，张小明：中度智力残疾');
  await expect(card(page, '李小红').getByTestId('placement')).toContainText('随班就读');
  await expect(card(page, '张小明').getByTestId('visit-row')).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('special.png'), fullPage: true });

  // The month's 台账 read back to the page's numbers.
  const dis = await save(page, '导出残疾儿童台账 Excel');
  expect(dis.name).toContain('残疾儿童台账');
  await expect(page.getByTestId('privacy-warning').first()).toContainText('2 名儿童');
  const rows = Object.values(openpyxlRows(dis.path))[0]!.map((r) => r.map((c) => c ?? ''));
  expect(rows[0]![0]).toBe('残疾儿童台账');
  expect(rows[2]).toEqual(['序号', '姓名', '性别', '身份证号码', '村委会', '家长姓名', '电话', '残疾类别', '评估日期', '评估认定意见', '安置方式', '送教次数']);
  const body = rows.filter((r) => /^\d+$/.test(String(r[0])));
  expect(body.map((r) => [r[1], r[3], r[10], r[11]])).toEqual([
    ['李小红', KIDS[1]![1], '随班就读', ''],
    ['张小明', KIDS[0]![1], '送教上门', '2'],
  ]);

  const visits = await save(page, '导出送教台账 Excel');
  const vrows = Object.values(openpyxlRows(visits.path))[0]!.map((r) => r.map((c) => c ?? ''));
  expect(vrows[0]![0]).toBe('送教台账');
  expect(vrows[2]).toEqual(['序号', '送教日期', '送教教师', '送教内容', '送教时长（分钟）', '附图片', '家长确认（签名）']);
  expect(vrows.some((r) => /^张小明（送教上门）：\d{4}年\d{1,2}月送教 2 次$/.test(String(r[0])))).toBe(true);
  const vbody = vrows.filter((r) => /^\d+$/.test(String(r[0])));
  expect(vbody.map((r) => [r[2], r[4], r[6]]).sort()).toEqual([['王老师', '90', '张建国'], ['王老师、李老师', '90', '张建国']]);

  // The term's 送教台账 has the same two visits (both this month), and the PDF says what the page says.
  await page.getByLabel('台账范围').selectOption({ index: (await page.locator('#ledger-period option').count()) - 1 });
  const term = await save(page, '导出送教台账 Excel');
  const trows = Object.values(openpyxlRows(term.path))[0]!;
  expect(String(trows[1]![0])).toMatch(/学年[上下]学期/);
  expect(trows.filter((r) => /^\d+$/.test(String(r[0] ?? '')))).toHaveLength(2);
  const pdf = await save(page, '导出送教台账 PDF');
  const text = pdfText(pdf.path);
  for (const s of ['送教台账', '张小明（送教上门）', '生活自理训练、识字', '张建国', '送教上门1人，送教2次']) expect(text).toContain(s);
  const dterm = Object.values(openpyxlRows((await save(page, '导出残疾儿童台账 Excel')).path))[0]!.map((r) => r.map((c) => c ?? ''));
  expect(String(dterm[1]![0])).toMatch(/学年[上下]学期/);
  expect(dterm.filter((r) => /^\d+$/.test(String(r[0]))).map((r) => [r[1], r[11]])).toEqual([['李小红', ''], ['张小明', '2']]);
  const dpdf = await save(page, '导出残疾儿童台账 PDF');
  for (const s of ['残疾儿童台账', '李小红', '随班就读', '送教上门']) expect(pdfText(dpdf.path)).toContain(s);
});
