import type { Browser, Page } from '@playwright/test';
import { test, expect, hydrated, save } from './site';
import { addVisit } from './visits';

/** A second phone: its own profile, the same screen size as the default one. */
const phone = async (browser: Browser): Promise<Page> =>
  (await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();

async function pickRole(page: Page, base: string, role: string) {
  await page.goto(`${base}/settings/`);
  await page.getByRole('group', { name: '使用身份' }).getByRole('button', { name: role, exact: true }).click();
  await expect(page.getByRole('button', { name: role, exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
}

async function setField(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel(label, { exact: true }).blur();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
}

test("a teacher opens the school's link, sees 3-1 first, and 发送给学校 gives an Excel the school imports", async ({ page, site, browser }) => {
  // The school sets itself up and makes the link.
  await pickRole(page, site.url, '学校');
  await setField(page, '单位名称', '城关中学');
  await setField(page, '学校收取家访记录的邮箱（可不填）', 'cgzx@163.com');
  await page.reload();
  await expect(page.getByTestId('share-url')).toContainText('schoolEmail=cgzx%40163.com');
  const link = (await page.getByTestId('share-url').textContent())!;
  expect(link).toContain('role=teacher');

  // The teacher's phone, never used before.
  const t = await phone(browser);
  await t.goto(link);
  const offer = t.getByTestId('link-notice');
  for (const line of ['身份：链接中为“教师”，本机未设置', '单位名称：链接中为“城关中学”，本机未设置', '学校邮箱：链接中为“cgzx@163.com”，本机未设置'])
    await expect(offer).toContainText(line);
  await expect(t.getByLabel('单位名称', { exact: true })).toHaveValue('城关中学'); // the record's field
  await offer.getByRole('button', { name: '采用', exact: true }).click();
  await expect(offer).toContainText('已采用链接中的设置');

  await t.goto(`${site.url}/`);
  await hydrated(t);
  await expect(t.getByTestId('role-chooser')).toHaveCount(0);
  await expect(t.getByTestId('link-notice')).toHaveCount(0); // said once
  const card = (annex: string) => t.locator('.card').filter({ has: t.getByText(annex, { exact: true }) });
  const visits = card('附件3-1');
  const roster = card('附件1-1');
  const v = (await visits.boundingBox())!;
  expect(v.y + v.height).toBeLessThan(640); // on the first screen
  expect(v.y).toBeLessThan((await roster.boundingBox())!.y);
  await t.screenshot({ path: test.info().outputPath('teacher-home.png') });
  await expect(t.getByRole('navigation').getByRole('link', { name: '花名册' })).toBeHidden();

  await addVisit(t, site.url, { 家访教师姓名: '王老师', 受访学生姓名: '张三', 班级: '七年级（1）班' });
  await expect(t.getByTestId('wechat-hint')).toHaveText('在微信中：先下载，再在聊天中发送文件。');
  await expect(t.getByRole('button', { name: '发送给教育局' })).toHaveCount(0);
  const sent = await save(t, '发送给学校');
  expect(sent.name).toMatch(/\.xlsx$/);
  await expect(t.getByTestId('export-msg')).toContainText('cgzx@163.com');
  await t.getByRole('button', { name: '发送给学校' }).scrollIntoViewIfNeeded();
  await t.screenshot({ path: test.info().outputPath('teacher-send.png') });
  await t.context().close();

  // The school imports it.
  await page.goto(`${site.url}/data/`);
  await hydrated(page);
  await page.locator('#import-files').setInputFiles(sent.path);
  await expect(page.getByTestId('import-tally')).toHaveText('新增 1 条，更新 0 条，未变 0 条，无法导入 0 条');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('已导入 1 条记录')).toBeVisible();
  await page.goto(`${site.url}/forms/3-1/`);
  await expect(page.getByTestId('entry-row')).toHaveCount(1);
  await expect(page.getByTestId('entry-row')).toContainText('张三');
});

test('the link does not overwrite a set-up device without asking', async ({ page, site }) => {
  await pickRole(page, site.url, '学校');
  await setField(page, '单位名称', '东街小学');
  await page.goto(`${site.url}/forms/3-1/?role=teacher&unit=${encodeURIComponent('城关中学')}`);
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('单位名称：链接中为“城关中学”，本机为“东街小学”');
  await expect(notice).toContainText('身份：链接中为“教师”，本机为“学校”');
  await page.goto(`${site.url}/settings/`);
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue('东街小学');
  await page.getByRole('button', { name: '采用', exact: true }).click();
  await expect(page.getByTestId('link-notice')).toContainText('已采用链接中的设置');
  await page.reload();
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue('城关中学');
  await expect(page.getByRole('button', { name: '教师', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('a link on a new phone changes no setting until 采用; 不采用 leaves them empty', async ({ page, site }) => {
  const link = `${site.url}/forms/3-1/?role=teacher&unit=${encodeURIComponent('城关中学')}&teacher=${encodeURIComponent('王老师')}`;
  await page.goto(link);
  const offer = page.getByTestId('link-notice');
  await expect(offer).toContainText('教师姓名：链接中为“王老师”，本机未设置');
  await page.screenshot({ path: test.info().outputPath('link-offer.png') });
  // The record still opens, with the link's values in it.
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue('城关中学');
  // Settings are untouched while the question waits (it waits on every page).
  await page.goto(`${site.url}/settings/`);
  await hydrated(page);
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue('');
  await expect(page.getByRole('button', { name: '教师', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).not.toHaveAttribute('data-role', /./);
  await offer.getByRole('button', { name: '不采用' }).click();
  await expect(offer).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue('');
  await expect(page.getByLabel(/本机教师姓名/)).toHaveValue('');
  await expect(offer).toHaveCount(0);

  // The same link again, and this time 采用.
  await page.goto(link);
  await offer.getByRole('button', { name: '采用', exact: true }).click();
  await expect(offer).toContainText('已采用链接中的设置');
  await page.goto(`${site.url}/settings/`);
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue('城关中学');
  await expect(page.getByLabel(/本机教师姓名/)).toHaveValue('王老师');
  await expect(page.getByRole('button', { name: '教师', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('settings, navigation and deadlines follow the role', async ({ page, site }) => {
  // First start: a short question on the home page, the school's view meanwhile.
  await page.goto(`${site.url}/`);
  await expect(page.getByTestId('role-chooser')).toBeVisible();
  await page.goto(`${site.url}/settings/`);
  await setField(page, '活动年份', '2021'); // every deadline is past
  await expect(page.getByLabel('教育局名称')).toBeVisible();
  await page.goto(`${site.url}/`);
  await expect(page.getByTestId('home-status-3-2').locator('..')).toContainText('已过');

  // The question is in the page's HTML; its buttons answer once the app runs.
  await hydrated(page);
  await page.getByTestId('role-chooser').getByRole('button', { name: '教师', exact: true }).click();
  await expect(page.getByTestId('role-chooser')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('home-status-3-2')).toBeVisible();
  await expect(page.getByText(/已过/)).toHaveCount(0);

  await page.goto(`${site.url}/settings/`);
  for (const label of ['单位名称', '本机教师姓名（自动填入家访教师姓名、家访记录人）', '学校收取家访记录的邮箱（可不填）'])
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  for (const label of ['教育局名称', '报送邮箱', '附件3-2 报送截止日期', '年龄计算基准日', '活动年份'])
    await expect(page.getByLabel(label, { exact: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '分享给教师的链接' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('teacher-settings.png'), fullPage: true });

  const nav = page.getByRole('navigation');
  for (const [role, link] of [['学校', '收集情况'], ['镇（中心校）', '镇汇总'], ['教育局', '汇总']] as const) {
    await pickRole(page, site.url, role);
    await expect(page.getByLabel('教育局名称')).toBeVisible();
    await page.reload();
    await expect(nav.getByRole('link', { name: link, exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: '花名册' })).toBeVisible();
    for (const other of ['收集情况', '镇汇总', '汇总'].filter((x) => x !== link))
      await expect(nav.getByRole('link', { name: other, exact: true })).toBeHidden();
  }
  await page.goto(`${site.url}/`);
  await expect(page.getByTestId('home-status-3-2').locator('..')).toContainText('已过');
});
