// Roster identity (issue 10, finding 3): a roster imported again after the clerk fixed ID
// numbers in Excel corrects those children instead of adding them a second time.
import { writeFileSync } from 'node:fs';
import { utils, write } from '@e965/xlsx';
import type { Page } from '@playwright/test';
import { test, expect, hydrated, townAndYear } from './site';

/** ISO 7064 MOD 11-2, as on the ID card (src/calc/idcard.ts is not importable from here). */
function idFor(birth: string, serial: number, male = true): string {
  const body = `610526${birth.replace(/-/g, '')}${String(serial).padStart(2, '0')}${male ? 1 : 2}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

type Child = [name: string, id: string, birth: string, village: string, status: string];
const CHILDREN: Child[] = [
  ['张三', idFor('2010-03-15', 1), '2010-03-15', '东街村', '在校'],
  ['李四', idFor('2012-07-01', 2, false), '2012-07-01', '西街村', '在校'],
  ['王五', idFor('2008-09-09', 3), '2008-09-09', '东街村', '在校'],
  ['赵六', idFor('2011-11-11', 4), '2011-11-11', '南村', '延缓入学'],
  ['孙七', idFor('2009-05-05', 5, false), '2009-05-05', '南村', '在校'],
  ['周八', idFor('2013-01-20', 6), '2013-01-20', '北村', '在校'],
];
/** What the clerk first typed: 李四's number one digit short, 孙七's check digit wrong. */
const MISTYPED: Child[] = CHILDREN.map((c): Child =>
  c[0] === '李四' ? [c[0], c[1].slice(0, 17), c[2], c[3], c[4]]
  : c[0] === '孙七' ? [c[0], c[1].slice(0, 17) + (c[1].endsWith('1') ? '2' : '1'), c[2], c[3], c[4]]
  : c);

function rosterXlsx(name: string, children: Child[]): string {
  const rows = [['姓名', '身份证号码', '出生日期', '村委会', '就学状态'], ...children];
  const ws = utils.aoa_to_sheet(rows);
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, '花名册');
  const path = test.info().outputPath(name);
  writeFileSync(path, write(wb, { type: 'buffer', bookType: 'xlsx' }));
  return path;
}

async function importFile(page: Page, file: string) {
  await hydrated(page);
  if (!(await page.locator('#roster-file').count())) await page.getByRole('button', { name: '导入花名册（Excel/CSV）' }).click();
  await page.locator('#roster-file').setInputFiles(file);
}

async function total11(page: Page, base: string) {
  await page.goto(`${base}/forms/1-1/`);
  const total = page.getByLabel('共计', { exact: true });
  await expect(total).not.toHaveValue('');
  return total.inputValue();
}

test('a roster imported again with two ID numbers fixed in Excel corrects them: 0 new, 附件1-1 共计 unchanged', async ({ page, site }) => {
  await townAndYear(page, site.url);
  await page.goto(`${site.url}/forms/roster/`);
  await importFile(page, rosterXlsx('花名册.xlsx', MISTYPED));
  await expect(page.getByTestId('roster-import-tally')).toContainText('新增 6 人');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 6 人');
  expect(await total11(page, site.url)).toBe('6');

  await page.goto(`${site.url}/forms/roster/`);
  await importFile(page, rosterXlsx('花名册（已更正）.xlsx', CHILDREN));
  await expect(page.getByTestId('roster-import-tally'))
    .toHaveText('花名册（已更正）.xlsx：新增 0 人，更新 0 人，更正身份证号 2 人，未变 4 人，无法导入 0 行');
  await expect(page.getByTestId('roster-import-rows')).toHaveText('文件共 6 行。');
  const li = page.getByTestId('roster-import-row').filter({ hasText: '李四' });
  await expect(li.locator('.badge')).toHaveText('更正身份证号');
  // Masked as the list masks numbers: the 17-digit one keeps a quarter at each end.
  const [short, right] = [MISTYPED[1]![1], CHILDREN[1]![1]];
  await expect(li.getByTestId('id-change'))
    .toHaveText(`更正身份证号：${short.slice(0, 4)}*********${short.slice(-4)} → ${right.slice(0, 6)}********${right.slice(-4)}`);
  await expect(li).toContainText('姓名、出生日期相同，对应花名册中的 李四');
  await expect(page.getByTestId('roster-import-row').filter({ hasText: '孙七' }).locator('.badge')).toHaveText('更正身份证号');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-import-done')).toHaveText(/已导入：新增 0 人，更新 0 人，更正身份证号 2 人。/);
  await expect(page.getByTestId('roster-count')).toHaveText('共 6 人');

  // The corrected numbers are stored: the same file again changes nothing.
  await page.reload();
  await importFile(page, rosterXlsx('再次.xlsx', CHILDREN));
  await expect(page.getByTestId('roster-import-tally')).toHaveText('再次.xlsx：新增 0 人，更新 0 人，更正身份证号 0 人，未变 6 人，无法导入 0 行');
  await page.getByLabel('搜索').fill('李四');
  await page.getByRole('button', { name: '显示 李四 的身份证号码' }).click();
  await expect(page.getByTestId('id-number')).toHaveText(CHILDREN[1]![1]);
  expect(await total11(page, site.url)).toBe('6');
});

test('a row that may be one of two children is the user\'s choice; a child entered twice is merged on the roster, with 撤销', async ({ page, site }) => {
  await townAndYear(page, site.url);
  const head = ['姓名', '身份证号码', '出生日期', '村委会', '就学状态', '家长姓名'];
  const xlsx = (name: string, rows: string[][]) => {
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet([head, ...rows]), '花名册');
    const path = test.info().outputPath(name);
    writeFileSync(path, write(wb, { type: 'buffer', bookType: 'xlsx' }));
    return path;
  };
  const [li1, li2, wang] = [idFor('2012-07-01', 2, false), idFor('2012-07-01', 9, false), idFor('2011-01-01', 5)];

  await page.goto(`${site.url}/forms/roster/`);
  await importFile(page, xlsx('初始.xlsx', [
    ['李四', li1, '2012-07-01', '西街村', '在校', '李明'],
    ['王五', '61052620110101', '', '东街村', '在校', ''], // invalid, no birth date: only the village to go by
    ['王五', '6105262011010199', '2011-01-01', '南村', '在校', ''], // invalid, born the same day
  ]));
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 3 人，显示 2 人');
  await expect(page.getByTestId('likely-duplicates')).toHaveCount(0);

  await importFile(page, xlsx('新.xlsx', [
    ['李四', li2, '', '西街村', '厌学', ''], // another valid number, same name and birth date
    ['王五', wang, '', '东街村', '在校', ''], // could be either 王五
  ]));
  await expect(page.getByTestId('roster-import-tally')).toHaveText('新.xlsx：新增 2 人，更新 0 人，更正身份证号 0 人，未变 0 人，无法导入 0 行');
  await expect(page.getByTestId('roster-import-undecided')).toContainText('有 2 行可能是花名册中已有的儿童');
  const wangRow = page.getByTestId('roster-import-row').filter({ hasText: '王五' });
  await expect(wangRow).toContainText('无法确定是哪一名');
  const choice = page.getByLabel('第3行是');
  await choice.selectOption(await choice.locator('option', { hasText: '东街村' }).getAttribute('value'));
  await expect(page.getByTestId('roster-import-tally')).toHaveText('新.xlsx：新增 1 人，更新 0 人，更正身份证号 1 人，未变 0 人，无法导入 0 行');
  await expect(page.getByTestId('roster-import-undecided')).toContainText('有 1 行');
  await expect(page.getByTestId('roster-import-row').filter({ hasText: '李四' })).toContainText('可能是同一人');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-import-done')).toHaveText(/已导入：新增 1 人，更新 0 人，更正身份证号 1 人。/);
  await expect(page.getByTestId('roster-count')).toHaveText('共 4 人');

  // Each 李四's page names the other.
  await page.getByLabel('搜索').fill('李四');
  await page.getByTestId('child-row').first().getByRole('link').click();
  await expect(page.getByTestId('likely-duplicate-note')).toContainText('姓名、出生日期相同的还有李四（西街村），身份证号码不同');
  await page.getByRole('link', { name: '← 返回花名册' }).click();
  await page.getByLabel('搜索').fill('');

  // The second 李四 is shown to merge; the user picks the right number.
  await expect(page.getByTestId('likely-duplicates')).toContainText('可能是同一人重复登记');
  await page.getByRole('button', { name: '逐组核对合并' }).click();
  const group = page.getByTestId('merge-group').filter({ hasText: '李四' });
  await expect(group.getByRole('button', { name: '合并为一人' })).toBeDisabled();
  await group.getByLabel(`以 ${li2} 为准`).check();
  await group.getByRole('button', { name: '合并为一人' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已将“李四”的 2 条记录合并为一人' })).toBeVisible();
  await expect(page.getByTestId('roster-count')).toHaveText('共 3 人');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 4 人');
  await page.getByTestId('merge-group').filter({ hasText: '李四' }).getByLabel(`以 ${li2} 为准`).check();
  await page.getByTestId('merge-group').filter({ hasText: '李四' }).getByRole('button', { name: '合并为一人' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 3 人');

  // One 李四: the chosen number and status, the parent kept from the first file; it stays so after a reload.
  await page.reload();
  await page.getByLabel('搜索').fill('李四');
  await expect(page.getByTestId('child-row')).toHaveCount(1);
  await page.getByTestId('child-row').getByRole('link').click();
  await expect(page.getByLabel('身份证号码')).toHaveValue(li2);
  await expect(page.getByLabel('就学状态')).toHaveValue('厌学辍学');
  await expect(page.getByLabel('家长姓名')).toHaveValue('李明');
});
