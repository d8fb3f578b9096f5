// A school with a 花名册: 附件3-1 takes a student's details from it, and ID numbers are masked
// wherever a list or picker shows them (附件4's list, 从花名册选择儿童), with a tap to reveal.
import type { Page } from '@playwright/test';
import { test, expect, noHorizontalScroll, townAndYear } from './site';

const ZHANG = '610526201003151230';
const MASKED = '610526********1230';

/** A child typed into the roster as a person would. */
async function addChild(page: Page, base: string, v: Record<string, string>) {
  await page.goto(`${base}/forms/roster/`);
  await page.getByRole('button', { name: '新增儿童' }).click();
  for (const [label, value] of Object.entries(v)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel('就学状态').selectOption('县域内实际就读');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
}

test('a 3-1 record takes the student, parent, phones and address from the roster', async ({ page, site }) => {
  await townAndYear(page, site.url);
  // No roster yet: nothing to pick from.
  await page.goto(`${site.url}/forms/3-1/`);
  await page.getByRole('button', { name: '新建记录' }).click();
  await expect(page.getByLabel('受访学生姓名')).toBeVisible();
  await expect(page.getByText('从花名册选择学生')).toHaveCount(0);

  await addChild(page, site.url, {
    姓名: '张三', 身份证号码: ZHANG, 村委会: '东街村', 家庭住址: '城关镇东街12号', 家长姓名: '张建国', 电话: '13912345678 13987654321',
  });
  await addChild(page, site.url, { 姓名: '张小红', 身份证号码: '610526201105051244', 村委会: '南村', 家长姓名: '张国强' });

  await page.goto(`${site.url}/forms/3-1/`);
  await page.getByRole('button', { name: '新建记录' }).click();
  await page.getByLabel('班级').fill('七年级（2）班');
  await page.getByText('从花名册选择学生').click();
  await page.getByLabel('从花名册选择学生：搜索').fill('张');
  await expect(page.getByRole('button', { name: /^选择 / })).toHaveCount(2);
  await page.getByLabel('从花名册选择学生：搜索').fill('张三');
  await expect(page.getByRole('button', { name: /^选择 / })).toHaveCount(1);
  await expect(page.getByTestId('id-number')).toHaveText(MASKED);
  await expect(page.getByText(ZHANG)).toHaveCount(0);
  expect(await noHorizontalScroll(page)).toBe(true);
  await page.getByRole('button', { name: '选择 张三' }).click();

  await expect(page.getByLabel('受访学生姓名')).toHaveValue('张三');
  await expect(page.getByLabel('受访家长姓名')).toHaveValue('张建国');
  await expect(page.getByLabel('电话1')).toHaveValue('13912345678');
  await expect(page.getByLabel('电话2')).toHaveValue('13987654321');
  await expect(page.getByLabel('家访地址')).toHaveValue('城关镇东街12号');
  await expect(page.getByLabel('班级')).toHaveValue('七年级（2）班'); // the roster has no class: kept
  await expect(page.getByTestId('fill-msg')).toContainText('已填入花名册中“张三”的信息');

  // Another child replaces the first one's details; what the teacher typed stays, and is named.
  await page.getByLabel('受访家长姓名').fill('张奶奶');
  await page.getByText('从花名册选择学生').click();
  await page.getByLabel('从花名册选择学生：搜索').fill('张小红');
  await page.getByRole('button', { name: '选择 张小红' }).click();
  await expect(page.getByLabel('受访学生姓名')).toHaveValue('张小红');
  await expect(page.getByLabel('电话1')).toHaveValue('');
  await expect(page.getByLabel('家访地址')).toHaveValue('南村');
  await expect(page.getByLabel('受访家长姓名')).toHaveValue('张奶奶');
  await expect(page.getByTestId('fill-msg')).toContainText('以下已填写的内容未改动，请核对：受访家长姓名');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('受访学生姓名')).toHaveValue('张小红');
  await expect(page.getByLabel('家访地址')).toHaveValue('南村');
});

test('附件4 shows ID numbers masked in its list and in 从花名册选择儿童, whole after a tap', async ({ page, site }) => {
  await townAndYear(page, site.url);
  await addChild(page, site.url, { 姓名: '张三', 身份证号码: ZHANG, 村委会: '东街村' });
  await page.goto(`${site.url}/forms/4/`);
  await page.getByText('从花名册选择儿童').click();
  await page.getByLabel('从花名册选择儿童：搜索').fill('张三');
  const picker = page.locator('.create-from');
  await expect(picker.getByTestId('id-number')).toHaveText(MASKED);
  await expect(picker.getByText(ZHANG)).toHaveCount(0);
  await picker.getByRole('button', { name: '显示 张三 的身份证号码' }).click();
  await expect(picker.getByTestId('id-number')).toHaveText(ZHANG);
  await picker.getByRole('link', { name: /张三/ }).click();
  await expect(page.getByLabel('身份证号码')).toHaveValue(ZHANG); // the form itself holds it whole
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  await page.getByRole('link', { name: '← 返回列表' }).click();
  const row = page.getByTestId('entry-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('id-number')).toHaveText(MASKED);
  await expect(row).not.toContainText(ZHANG);
  await row.getByRole('button', { name: '显示 张三 的身份证号码' }).click();
  await expect(row.getByTestId('id-number')).toHaveText(ZHANG);
  await row.getByRole('button', { name: '隐藏 张三 的身份证号码' }).click();
  await expect(row.getByTestId('id-number')).toHaveText(MASKED);
  expect(await noHorizontalScroll(page)).toBe(true);
});
