import { plainBackup } from './backup';
import { test, expect, hydrated } from './site';
import type { Page } from '@playwright/test';
import { addVisit } from './visits';

async function record(page: Page, base: string, values: Record<string, string>, mode?: string) {
  await page.goto(`${base}/forms/3-1/`);
  await page.getByRole('button', { name: '新建记录' }).click();
  for (const [label, v] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(v);
  if (mode) await page.getByLabel('家访形式').selectOption({ label: mode });
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
}

test('the shared link opens 3-1 in a fresh profile with the unit filled in', async ({ page, site }) => {
  await page.goto(`${site.url}/settings/`);
  await page.getByLabel('单位名称', { exact: true }).fill('城关中学');
  await page.getByLabel('单位名称', { exact: true }).blur();
  await page.getByLabel('家访教师姓名（可不填）').fill('王老师');
  // The link follows the saved unit, as the user sees it beside the link.
  await expect(page.getByLabel('链接中的单位名称')).toHaveValue('城关中学');
  const link = (await page.getByTestId('share-url').textContent())!;
  expect(link).toContain('/forms/3-1/?');
  await expect(page.getByRole('img', { name: '链接二维码' }).locator('svg')).toBeVisible();

  const fresh = await page.context().browser()!.newContext();
  const p2 = await fresh.newPage();
  await p2.goto(link);
  await expect(p2.getByLabel('单位名称', { exact: true })).toHaveValue('城关中学');
  await expect(p2.getByLabel('家访教师姓名', { exact: true })).toHaveValue('王老师');
  await p2.getByLabel('受访学生姓名').fill('张三');
  await expect(p2.getByTestId('save-state')).toHaveText('已保存');
  await p2.reload();
  await expect(p2.getByLabel('受访学生姓名')).toHaveValue('张三');
  await expect(p2.getByLabel('单位名称', { exact: true })).toHaveValue('城关中学');
  await fresh.close();
});

test('出发报备 and 结束报备 give a text to send and the list shows the visit under way', async ({ page, site }) => {
  await record(page, site.url, { 家访教师姓名: '王老师', 受访学生姓名: '张三', 班级: '七（1）班', 家访地址: '东街12号', 预计用时: '1小时' });
  await page.getByRole('button', { name: '出发报备' }).click();
  const text = page.getByLabel('报备内容');
  await expect(text).toHaveValue(/王老师.*出发家访.*张三.*东街12号.*1小时/);
  await expect(page.getByLabel('出发报备时间')).toHaveText(/\d+月\d+日\d\d:\d\d/); // shown as text, not a box
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.getByRole('link', { name: '← 返回列表' }).click();
  await expect(page.getByTestId('entry-row').first()).toContainText('家访中');
  await page.getByTestId('entry-row').first().getByRole('link').click();
  await page.getByRole('button', { name: '结束报备' }).click();
  await expect(text).toHaveValue(/结束/);
  await page.getByRole('link', { name: '← 返回列表' }).click();
  await expect(page.getByTestId('entry-row').first()).not.toContainText('家访中');
});

test('a phone visit to a left-behind child asks for an acknowledgement', async ({ page, site }) => {
  await record(page, site.url, { 受访学生姓名: '李四' }, '电话');
  await page.getByLabel('留守儿童（含单亲子女）').check();
  const warn = page.getByText(/通知要求实地家访/);
  await expect(warn).toBeVisible();
  await page.getByLabel(/^已知悉/).check();
  await expect(warn).toHaveCount(0);
});

test('3-2 counts the visit records live and flags a count above its total', async ({ page, site }) => {
  await addVisit(page, site.url, { 家访教师姓名: '王老师', 随访教师姓名: '李老师', 受访学生姓名: '张三', 班级: '一班', '家长对学校、对教育部门的建议和意见': '多沟通' });
  await addVisit(page, site.url, { 家访教师姓名: '王 老师', 受访学生姓名: '李四', 班级: '一班' }, '电话');
  await page.goto(`${site.url}/forms/3-2/`);
  await page.getByLabel('干部教师总数', { exact: true }).fill('1');
  await page.getByLabel('学生总数', { exact: true }).fill('4');
  await expect(page.getByLabel('参与家访的干部教师数', { exact: true })).toHaveValue('2');
  await expect(page.getByLabel('被家访的学生数', { exact: true })).toHaveValue('2');
  await expect(page.getByLabel('被家访的学生占学生总数的比例（%）')).toHaveValue('50.0');
  await expect(page.getByLabel('面对面家访数', { exact: true })).toHaveValue('1');
  await expect(page.getByLabel('面对面家访占家访数比例（%）')).toHaveValue('50.0');
  await expect(page.getByLabel('征集家长意见和建议数量')).toHaveValue('1');
  await expect(page.getByRole('alert').filter({ hasText: '参与家访的干部教师数（2）大于干部教师总数（1）' }).first()).toBeVisible();
  // Typed over, marked as such, and back to the computed value.
  await page.getByLabel('参与家访的干部教师数', { exact: true }).fill('1');
  await expect(page.getByText(/手动填写（自动统计为 2）/)).toBeVisible();
  await expect(page.getByLabel('参与家访的干部教师占干部教师总数的比例（%）')).toHaveValue('100.0');
  await page.reload();
  await expect(page.getByLabel('参与家访的干部教师数', { exact: true })).toHaveValue('1');
  await page.getByRole('button', { name: '恢复自动统计' }).click();
  await expect(page.getByLabel('参与家访的干部教师数', { exact: true })).toHaveValue('2');
  await page.goto(`${site.url}/`);
  await expect(page.getByTestId('progress-3-2')).toHaveText('已记录家访 2 次，已访学生 2 / 4 人');
});

test('a backup restored into a fresh profile gives the same entries and settings', async ({ page, site }) => {
  await page.goto(`${site.url}/settings/`);
  await page.getByLabel('单位名称', { exact: true }).fill('城关中学');
  await page.getByLabel('单位名称', { exact: true }).blur();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  await record(page, site.url, { 受访学生姓名: '张三', 班级: '一班' }, '电话');
  await record(page, site.url, { 受访学生姓名: '李四', 班级: '二班' });
  await page.goto(`${site.url}/data/`);
  const backup = await plainBackup(page);
  expect(backup.name).toMatch(/^城关中学_家访控辍保学备份_\d{8}\.json$/);
  const file = backup.path;

  const fresh = await page.context().browser()!.newContext();
  const p2 = await fresh.newPage();
  await p2.goto(`${site.url}/data/`);
  await hydrated(p2);
  await p2.locator('#import-files').setInputFiles(file);
  await expect(p2.getByTestId('import-tally')).toHaveText('新增 2 条，更新 0 条，未变 0 条，无法导入 0 条');
  await p2.getByRole('button', { name: '确认导入' }).click();
  await expect(p2.getByText('已导入 2 条记录，并恢复了设置。')).toBeVisible();
  await p2.goto(`${site.url}/settings/`);
  await expect(p2.getByLabel('单位名称', { exact: true })).toHaveValue('城关中学');
  await p2.goto(`${site.url}/forms/3-1/`);
  await expect(p2.getByTestId('entry-row')).toHaveCount(2);
  await p2.getByText('张三').click();
  await expect(p2.getByLabel('家访形式')).toHaveValue('phone');
  await expect(p2.getByLabel('班级')).toHaveValue('一班');
  // The same backup again changes nothing.
  await p2.goto(`${site.url}/data/`);
  await hydrated(p2);
  await p2.locator('#import-files').setInputFiles(file);
  await expect(p2.getByTestId('import-tally')).toHaveText('新增 0 条，更新 0 条，未变 2 条，无法导入 0 条');
  await expect(p2.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await fresh.close();
});
