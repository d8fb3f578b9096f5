import { test, expect, noHorizontalScroll, waitForOffline } from './site';
import type { Page } from '@playwright/test';

const RECORD = {
  日期: '2021-10-25',
  家访教师姓名: '王老师',
  职务: '班主任',
  随访教师姓名: '李老师、赵老师',
  受访学生姓名: '张三',
  班级: '七年级（2）班',
  受访家长姓名: '张建国',
  电话1: '13912345678',
  电话2: '0913-7212345',
  家访地址: '蒲城县城关镇东街12号',
  家访时间: '15:00-16:00',
  受访学生家庭基本情况: '父母务农，家中三口人。',
  受访学生个人基本情况: '学习认真，数学偏弱。',
  家访要点: '了解课后学习情况，宣传“双减”政策。',
  家访效果: '家长理解并支持学校工作。',
  '家长对学校、对教育部门的建议和意见': '希望增加课后服务时间。',
  受访家长签名: '张建国',
  家访记录人: '王老师',
};

async function setUnit(page: Page, base: string, unit: string) {
  await page.goto(`${base}/settings/`);
  await page.getByLabel('单位名称', { exact: true }).fill(unit);
  await page.getByLabel('单位名称', { exact: true }).blur();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
}

async function newRecord(page: Page, base: string) {
  await page.goto(`${base}/forms/3-1/`);
  await page.getByRole('button', { name: '新建记录' }).click();
  await expect(page).toHaveURL(/\?id=[0-9a-f-]{36}$/);
}

async function fill(page: Page, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values))
    await page.getByLabel(label, { exact: true }).fill(value);
}

test('a teacher fills every field on a phone, reloads and finds it all, complete', async ({ page, site, foreign }) => {
  await setUnit(page, site.url, '城关中学');
  await newRecord(page, site.url);
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue('城关中学');
  await fill(page, RECORD);
  await page.getByLabel('家访形式').selectOption({ label: '面对面（实地）' });
  await page.getByLabel('留守儿童（含单亲子女）').check();
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await expect(page.getByTestId('status')).toHaveText('完成');
  expect(await noHorizontalScroll(page)).toBe(true);

  await page.reload();
  for (const [label, value] of Object.entries(RECORD))
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
  await expect(page.getByLabel('家访形式')).toHaveValue('face');
  await expect(page.getByLabel('留守儿童（含单亲子女）')).toBeChecked();
  await expect(page.getByLabel('学习困难学生')).not.toBeChecked();
  await expect(page.getByTestId('status')).toHaveText('完成');
  expect(foreign).toEqual([]);
});

test('an invalid phone shows a Chinese message and the record stays saved as a draft', async ({ page, site }) => {
  await newRecord(page, site.url);
  await fill(page, { 受访学生姓名: '李四', 电话1: '1234' });
  await expect(page.getByText('手机号码应为以1开头的11位数字')).toBeVisible();
  await expect(page.getByLabel('电话1')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await expect(page.getByTestId('status')).toHaveText('草稿');
  await page.reload();
  await expect(page.getByLabel('受访学生姓名')).toHaveValue('李四');
  await expect(page.getByLabel('电话1')).toHaveValue('1234');
  await expect(page.getByTestId('status')).toHaveText('草稿');
  // A page left right after typing still keeps the last keystrokes (flushed on pagehide).
  await page.getByLabel('班级').fill('八年级（1）班');
  await page.goto(`${site.url}/`);
  await page.goBack();
  await expect(page.getByLabel('班级')).toHaveValue('八年级（1）班');
});

test('the list searches by name, deletes, and undoes the delete', async ({ page, site }) => {
  for (const name of ['张三', '李四', '王五']) {
    await newRecord(page, site.url);
    await fill(page, { 受访学生姓名: name, 家访教师姓名: `${name}的老师` });
    await expect(page.getByTestId('save-state')).toHaveText('已保存');
  }
  await page.getByRole('link', { name: '← 返回列表' }).click();
  const rows = page.getByTestId('entry-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('王五'); // newest first
  await page.getByPlaceholder('按学生或教师姓名搜索').fill('李四');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('李四');
  await page.getByPlaceholder('按学生或教师姓名搜索').fill('');
  await page.getByRole('button', { name: '删除 张三' }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(rows).toHaveCount(3);
  await page.getByRole('button', { name: '删除 李四' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已删除“李四”' })).toBeVisible();
  await page.reload();
  await expect(rows).toHaveCount(2);
  await expect(page.getByText('李四')).toHaveCount(0);
});

test('after one visit, every page opens and a record is saved with the network gone', async ({ page, site }) => {
  await page.goto(`${site.url}/`);
  await waitForOffline(page);
  await site.close();
  await page.context().setOffline(true);
  const forms = ['1-1', '1-2', '2-1', '2-2', '3-2', '4', 'enrolment-check', '3-1'].map((id) => `/forms/${id}/`);
  for (const path of ['/', '/forms/roster/', '/settings/', '/data/', ...forms]) {
    await page.goto(`${site.url}${path}`);
    await expect(page.locator('h1')).toBeVisible();
  }
  await page.getByRole('button', { name: '新建记录' }).click();
  await fill(page, { 受访学生姓名: '离线学生' });
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('受访学生姓名')).toHaveValue('离线学生');
  await page.goto(`${site.url}/`);
  await expect(page.getByTestId('count-3-1')).toHaveText('已保存 1 条');
});

test('出行报备 reads as one section: times as text, 已知悉 only when it applies, no empty 随访, 记录人 from settings', async ({ page, site }) => {
  await page.goto(`${site.url}/settings/`);
  const teacher = page.getByLabel('本机教师姓名（自动填入家访教师姓名、家访记录人）');
  await teacher.fill('王老师');
  await teacher.blur();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  await newRecord(page, site.url);
  await expect(page.getByLabel('家访记录人', { exact: true })).toHaveValue('王老师');
  await expect(page.getByRole('heading', { name: '出行报备' })).toHaveCount(1);
  // Not a box to type in: the time as text, 未报备 until the button is tapped.
  await expect(page.getByLabel('出发报备时间')).toHaveText('未报备');
  await expect(page.getByRole('textbox', { name: '出发报备时间' })).toHaveCount(0);

  const ack = page.getByLabel(/^已知悉/);
  await expect(ack).toHaveCount(0);
  await page.getByLabel('家访形式').selectOption({ label: '电话' });
  await expect(ack).toHaveCount(0); // no group that needs an on-site visit
  await page.getByLabel('学习困难学生').check();
  await expect(ack).toBeEnabled();
  await ack.check();
  await page.getByLabel('家访形式').selectOption({ label: '面对面（实地）' });
  await expect(ack).toHaveCount(0);

  await fill(page, { 受访学生姓名: '张三', 班级: '七年级（2）班', 预计用时: '1小时' });
  await page.getByRole('button', { name: '出发报备', exact: true }).click();
  const text = page.getByLabel('报备内容');
  await expect(text).toHaveValue(/^【家访出发报备】王老师于\d+月\d+日\d\d:\d\d出发家访。家访对象：七年级（2）班张三同学/);
  await expect(text).not.toHaveValue(/随访/);
  await expect(page.getByLabel('出发报备时间')).toHaveText(/^\d+月\d+日\d\d:\d\d$/);
  await expect(page.getByLabel('结束报备时间')).toHaveText('未报备');
  await fill(page, { 随访教师姓名: '李老师' });
  await page.getByRole('button', { name: '出发报备', exact: true }).click();
  await expect(text).toHaveValue(/王老师（随访：李老师）于/);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('出发报备时间')).toHaveText(/^\d+月\d+日\d\d:\d\d$/);
  expect(await noHorizontalScroll(page)).toBe(true);
});

test('on a laptop, 3-2 puts each count beside its percentage, in order', async ({ page, site }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${site.url}/forms/3-2/`);
  // The editor, not the page's hidden shell of a shared link's new record (EditorShell).
  await expect(page.getByTestId('save-state')).toBeAttached();
  const box = async (label: string) => (await page.getByLabel(label, { exact: true }).boundingBox())!;
  let lastTop = -1;
  for (const count of ['面对面家访数', '电话家访数', '短信家访数', '网络家访数']) {
    const c = await box(count);
    const s = await box(`${count.replace('数', '')}占家访数比例（%）`);
    expect(Math.abs(c.y - s.y), count).toBeLessThan(2);
    expect(c.x).toBeLessThan(s.x);
    expect(c.y).toBeGreaterThan(lastTop);
    lastTop = c.y;
  }
  for (const [count, share] of [['参与家访的干部教师数', '参与家访的干部教师占干部教师总数的比例（%）'], ['被家访的学生数', '被家访的学生占学生总数的比例（%）']]) {
    const c = await box(count);
    const s = await box(share);
    expect(Math.abs(c.y - s.y), count).toBeLessThan(2);
    expect(c.x).toBeLessThan(s.x);
  }
});
