import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type ExcelJSType from 'exceljs';
import type { Page } from '@playwright/test';
import { plainBackup } from './backup';
import { test, expect, hydrated, save } from './site';

// ExcelJS is CommonJS; Playwright's ESM loader cannot link its default import.
const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSType;

const idOf = (page: Page) => new URL(page.url()).searchParams.get('id')!;

test('closing the tab 0–50 ms after typing, 20 times, loses nothing from the list, the 家访表册 or the backup', async ({ context, site }) => {
  // 21 page loads and three exports: more than one test's share of time on a loaded machine.
  test.setTimeout(240_000);
  const names = new Map<string, string>(); // id -> the name last typed
  for (let i = 0; i < 20; i++) {
    const page = await context.newPage();
    let id: string;
    if (i < 10) {
      await page.goto(`${site.url}/forms/3-1/`);
      await page.getByRole('button', { name: '新建记录' }).click();
      await expect(page).toHaveURL(/\?id=[0-9a-f-]{36}$/);
      id = idOf(page);
    } else {
      // An edit of a record that is already stored, closed just as fast.
      id = [...names.keys()][i - 10]!;
      await page.goto(`${site.url}/forms/3-1/?id=${id}`);
      await expect(page.getByLabel('受访学生姓名')).toHaveValue(names.get(id)!);
    }
    const name = i < 10 ? `学生${i}号` : `${names.get(id)}改`;
    await page.getByLabel('受访学生姓名').fill(name);
    names.set(id, name);
    await page.waitForTimeout((i * 13) % 51); // a person closing the tab right after typing
    await page.close();
  }
  const expected = [...names.values()].sort();
  expect(expected.every((n) => n.endsWith('改'))).toBe(true);

  const page = await context.newPage();
  await page.goto(`${site.url}/forms/3-1/`);
  const rows = page.getByTestId('entry-row');
  await expect(rows).toHaveCount(10);
  for (const n of expected) await expect(rows.filter({ hasText: n })).toHaveCount(1);

  const book = await save(page, '导出表册 Excel');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book.path);
  const cells = JSON.stringify(wb.worksheets.map((s) => s.getSheetValues()));
  for (const n of expected) {
    expect(cells).toContain(`"${n}"`);
    expect(cells).not.toContain(`"${n.slice(0, -1)}"`); // never the value before the edit
  }

  await page.goto(`${site.url}/data/`);
  await hydrated(page);
  const backup = await plainBackup(page);
  const doc = JSON.parse(readFileSync(backup.path, 'utf8')) as { entries: { formId: string; data: { student: string } }[] };
  expect(doc.entries.filter((e) => e.formId === '3-1').map((e) => e.data.student).sort()).toEqual(expected);
});

test('two tabs editing one 3-1 record never lose either side\'s text; a clash shows in the sticky bar', async ({ context, site }) => {
  const a = await context.newPage();
  await a.goto(`${site.url}/forms/3-1/`);
  await a.getByRole('button', { name: '新建记录' }).click();
  await a.getByLabel('受访学生姓名').fill('张三');
  await expect(a.getByTestId('save-state')).toHaveText('已保存');
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(b.getByLabel('受访学生姓名')).toHaveValue('张三');

  // B changes a field; A, with nothing unsaved, shows it and types on without undoing it.
  await b.getByLabel('班级').fill('二班');
  await expect(b.getByTestId('save-state')).toHaveText('已保存');
  await expect(a.getByLabel('班级')).toHaveValue('二班');
  await a.getByLabel('家访要点').fill('A写的要点');
  await expect(a.getByTestId('save-state')).toHaveText('已保存');

  // Both type at the same moment into different fields: both are kept.
  await Promise.all([a.getByLabel('家访效果').fill('A写的效果'), b.getByLabel('家访地址').fill('B写的地址')]);
  for (const p of [a, b]) await expect(p.getByTestId('save-state')).toHaveText('已保存');

  // Both type into the same field: one tab stops saving and asks, in its sticky bar.
  const field = '家长对学校、对教育部门的建议和意见';
  await Promise.all([a.getByLabel(field).fill('甲的意见'), b.getByLabel(field).fill('乙的意见')]);
  const asking = async () => [await a.getByTestId('conflict').count(), await b.getByTestId('conflict').count()];
  await expect.poll(asking).toContainEqual(1);
  expect((await asking()).sort()).toEqual([0, 1]); // the first to write saved; only the other asks
  const [asked, other] = (await asking())[0] ? [a, b] : [b, a];
  const mine = asked === a ? '甲的意见' : '乙的意见';
  const theirs = asked === a ? '乙的意见' : '甲的意见';
  const bar = asked.getByTestId('conflict');
  await expect(bar).toBeInViewport(); // the field typed into is far down the form
  await expect(bar).toContainText(field);
  await expect(bar).toContainText(mine);
  await expect(bar).toContainText(theirs);
  await expect(bar).not.toContainText('班级'); // only the fields that differ
  // Typing goes on while the question stands, and is kept.
  await asked.getByLabel('受访家长签名').fill('张建国');
  await asked.getByRole('button', { name: '保留本页内容' }).click();
  await expect(asked.getByTestId('save-state')).toHaveText('已保存');
  await expect(other.getByLabel(field)).toHaveValue(mine);

  for (const p of [a, b]) {
    await p.reload();
    await expect(p.getByLabel('受访学生姓名')).toHaveValue('张三');
    await expect(p.getByLabel('班级')).toHaveValue('二班');
    await expect(p.getByLabel('家访要点')).toHaveValue('A写的要点');
    await expect(p.getByLabel('家访效果')).toHaveValue('A写的效果');
    await expect(p.getByLabel('家访地址')).toHaveValue('B写的地址');
    await expect(p.getByLabel(field)).toHaveValue(mine);
    await expect(p.getByLabel('受访家长签名')).toHaveValue('张建国');
  }
});

test('settings are saved as they are typed, without leaving the field', async ({ page, site }) => {
  await page.goto(`${site.url}/settings/`);
  await page.getByLabel('单位名称', { exact: true }).fill('城关中学');
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue('城关中学');
});
