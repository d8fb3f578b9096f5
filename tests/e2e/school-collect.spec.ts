import { writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { test, expect, hydrated, save, noHorizontalScroll } from './site';
import { addVisit } from './visits';

/** Each teacher on her own phone: her visits, then 导出表册 Excel, the file she sends the school. */
async function teacherFiles(browser: Browser, base: string, teachers: { name: string; students: string[][] }[]) {
  const files: string[] = [];
  for (const t of teachers) {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await ctx.newPage();
    for (const [student, cls, mode] of t.students) await addVisit(page, base, { 家访教师姓名: t.name, 受访学生姓名: student, 班级: cls, 日期: '2021-10-2' + student.length }, mode);
    await page.goto(`${base}/forms/3-1/`);
    files.push((await save(page, '导出表册 Excel')).path);
    await ctx.close();
  }
  return files;
}

test('the school imports three teachers\' files and sees the fourth expected teacher as 未交', async ({ browser, page, site }) => {
  const files = await teacherFiles(browser, site.url, [
    { name: '王老师', students: [['张三', '一班', '面对面（实地）'], ['李四', '一班', '电话']] },
    { name: '李老师', students: [['王五五', '二班', '短信']] },
    { name: '赵 老师', students: [['赵六', '二班', '网络']] },
  ]);

  // The office imports its list once from a sheet: 姓名 / 班级, one teacher a row.
  await page.goto(`${site.url}/school/`);
  await hydrated(page);
  await expect(page.getByTestId('collection-summary')).toHaveText('本机还没有家访记录。');
  const list = test.info().outputPath('教师名单.csv');
  writeFileSync(list, '姓名,班级\n王老师,一班\n李老师,二班\n赵老师,二班\n孙老师,三班\n');
  await page.locator('#expected-file').setInputFiles(list);
  await expect(page.getByTestId('expected-msg')).toHaveText('已从 教师名单.csv 读取并保存名单：4 位教师。');
  await expect(page.getByLabel('应交教师名单')).toHaveValue('王老师 一班\n李老师 二班\n赵老师 二班\n孙老师 三班');
  await expect(page.getByTestId('collection-status')).toHaveText(['未交', '未交', '未交', '未交']);

  await page.goto(`${site.url}/data/`);
  await hydrated(page);
  await page.locator('#import-files').setInputFiles(files);
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('已导入 4 条记录')).toBeVisible();

  await page.goto(`${site.url}/school/`);
  await hydrated(page);
  await expect(page.getByTestId('collection-summary')).toHaveText('3 位教师已交记录，共 4 条完整记录；名单 4 人，未交 1 人。');
  await expect(page.getByTestId('collection-staff')).toContainText('由这些记录统计为 3 人');
  const rows = page.getByTestId('collection-teacher');
  await expect(rows).toHaveCount(4);
  // The one to chase comes first; "赵 老师" in her file is the 赵老师 of the list.
  await expect(rows.nth(0)).toContainText('孙老师');
  await expect(rows.nth(0).getByTestId('collection-status')).toHaveText('未交');
  const wang = rows.filter({ hasText: '王老师' });
  await expect(wang.getByTestId('collection-status')).toHaveText('2 条');
  await expect(wang).toContainText('一班 · 最近家访 2021-10-22 · 最近更新');
  await expect(rows.filter({ hasText: '赵老师' }).getByTestId('collection-status')).toHaveText('1 条');

  const classes = page.getByTestId('collection-classes').locator('tbody tr');
  await expect(classes).toHaveText(['一班1/12', '二班2/22', '三班0/10孙老师']);
  expect(await noHorizontalScroll(page)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('school-collect.png'), fullPage: true });

  // A teacher typed into the list afterwards, kept across a reload.
  await page.getByLabel('应交教师名单').fill('王老师 一班\n李老师 二班\n赵老师 二班\n孙老师 三班\n周老师 四班');
  await page.getByRole('button', { name: '保存名单' }).click();
  await expect(page.getByTestId('expected-msg')).toHaveText('已保存名单：5 位教师。');
  await page.reload();
  await hydrated(page);
  await expect(page.getByTestId('collection-summary')).toHaveText('3 位教师已交记录，共 4 条完整记录；名单 5 人，未交 2 人。');

  // 附件3-2 says the same number of teachers as the collection.
  await page.goto(`${site.url}/forms/3-2/`);
  await expect(page.getByLabel('参与家访的干部教师数', { exact: true })).toHaveValue('3');
});

test('a list file without a 姓名 column is refused with a clear message and the list stays', async ({ page, site }) => {
  await page.goto(`${site.url}/school/`);
  await hydrated(page);
  await page.getByLabel('应交教师名单').fill('王老师 一班');
  await page.getByRole('button', { name: '保存名单' }).click();
  await expect(page.getByTestId('expected-msg')).toHaveText('已保存名单：1 位教师。');
  const bad = test.info().outputPath('名单.csv');
  writeFileSync(bad, '班级,人数,备注\n一班,40,无\n');
  await page.locator('#expected-file').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText('名单.csv：');
  await page.reload();
  await hydrated(page);
  await expect(page.getByLabel('应交教师名单')).toHaveValue('王老师 一班');
});
