// The 花名册 import as a school's messy CSV meets it on a phone: a status column the app
// cannot name, villages written once above their block, many hints and a few errors at
// the bottom, a guardian's old ID number and a cut one. Then the problems on the list.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, townAndYear } from './site';

/** ISO 7064 MOD 11-2, as on the ID card (src/calc/idcard.ts is not importable from here). */
function idFor(birth: string, serial: number, male = true): string {
  const body = `610526${birth.replace(/-/g, '')}${String(serial).padStart(2, '0')}${male ? 1 : 2}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return body + '10X98765432'[sum % 11];
}
/** One digit in the middle mistyped (as a person does), so the check character no longer fits. */
const typo = (id: string) => `${id.slice(0, 14)}${id[14] === '9' ? '0' : '9'}${id.slice(15)}`;

const CHECK = '身份证号码有误：其中某一位填错了（不一定是最后一位），请对照户口本逐位核对';

/** 22 children in three village blocks, the village written on each block's first row only. */
function messyCsv(): string {
  const lines = ['姓名,身份证号码,出生日期,村委会,学生情况,联系电话'];
  const villages: Record<number, string> = { 0: '东街村', 8: '西街村', 16: '南村' };
  for (let i = 0; i < 22; i++) {
    const birth = `${2008 + (i % 7)}-0${1 + (i % 9)}-1${i % 10}`;
    let name = `学生${i + 1}`;
    let id = idFor(birth, i + 1, i % 2 === 0);
    if (i === 6) [name, id] = ['王错', typo(id)]; // file row 8
    if (i === 13) [name, id] = ['赵监', '610526820305123']; // row 15: the guardian's old number
    if (i === 20) [name, id] = ['钱短', id.slice(0, 15)]; // row 22: the child's number cut to 15 digits
    if (i === 21) [name, id] = ['孙错', typo(id)]; // row 23
    lines.push([name, id, birth, villages[i] ?? '', '在校', '12345'].join(','));
  }
  const path = test.info().outputPath('村小花名册.csv');
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

async function openImport(page: Page, file: string) {
  if (!(await page.locator('#roster-file').count())) await page.getByRole('button', { name: '导入花名册（Excel/CSV）' }).click();
  await page.locator('#roster-file').setInputFiles(file);
}

test('the preview puts errors first, counts them per kind, says what has no status and what was filled in', async ({ page, site }) => {
  await townAndYear(page, site.url); // reference date 2021-08-31
  await page.goto(`${site.url}/forms/roster/`);
  await openImport(page, messyCsv());

  // 学生情况 is not a name the app knows: it stays 忽略, and the preview says what that means.
  await expect(page.getByLabel('“学生情况”列导入为')).toHaveValue('');
  await page.getByRole('button', { name: '下一步：预览' }).click();
  await expect(page.getByTestId('roster-import-tally')).toHaveText('村小花名册.csv：新增 22 人，更新 0 人，更正身份证号 0 人，未变 0 人，无法导入 0 行');
  await expect(page.getByTestId('roster-import-no-status')).toHaveText('未选择就学状态列：22 名儿童将没有状态。如文件中有就学状态，请点“调整列对应”选择该列。');
  await page.getByRole('button', { name: '调整列对应' }).click();
  await page.getByLabel('“学生情况”列导入为').selectOption({ label: '就学状态' });
  await page.getByRole('button', { name: '下一步：预览' }).click();
  await expect(page.getByTestId('roster-import-tally')).toContainText('新增 22 人');
  await expect(page.getByTestId('roster-import-no-status')).toHaveCount(0);

  // Villages written once per block: filled down, and said so.
  const filled = page.getByTestId('roster-import-filled');
  await expect(filled.locator('summary')).toContainText('已补全 19 行的村委会');
  await filled.locator('summary').click();
  await expect(filled.getByRole('listitem')).toHaveText(['第3-9行：东街村', '第11-17行：西街村', '第19-23行：南村']);

  // Every row has a hint (the phone); the four errors come first, counted per kind.
  await expect(page.getByTestId('roster-import-problems')).toContainText('4 行有错误');
  await expect(page.getByTestId('roster-import-kinds').getByRole('listitem')).toHaveText([
    '错误：身份证号码有误 2 行',
    '错误：疑似监护人的身份证号码 1 行',
    '错误：身份证号码不完整 1 行',
    '提示：电话号码格式 22 行',
    '提示：就学状态按相近类别导入 22 行',
  ]);
  const rows = page.getByTestId('roster-import-row');
  await expect(rows).toHaveCount(22);
  await expect(rows.locator('strong')).toHaveText(['第8行', '第15行', '第22行', '第23行', ...Array.from({ length: 18 }, () => /^第\d+行$/)]);
  await expect(rows.first().locator('.msg.error')).toHaveText(CHECK); // no "应为5" to copy into the last place
  await expect(rows.nth(1)).toContainText('这是15位旧身份证号码，出生日期为1982年3月5日（39周岁），像是成年人（如监护人）的号码');
  await expect(rows.nth(1)).not.toContainText('已转换');
  await expect(rows.nth(2)).toContainText('身份证号码只有15位，像是18位号码少了最后3位');
  await expect(rows.nth(2)).not.toContainText('出生日期无效');
  await page.getByLabel(/^只看错误/).check();
  await expect(rows).toHaveCount(4);
  await expect(rows.locator('strong')).toHaveText(['第8行', '第15行', '第22行', '第23行']);
  await page.screenshot({ path: test.info().outputPath('preview.png'), fullPage: true });

  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-import-done')).toHaveText(/新增 22 人/);
  await expect(page.getByTestId('roster-count')).toHaveText('共 22 人');

  // On the list, each problem is on its row, where a phone shows it; 有问题 finds them.
  const guardian = page.getByTestId('child-row').filter({ hasText: '赵监' });
  await expect(guardian.getByTestId('child-problems')).toBeVisible();
  await expect(guardian.getByTestId('child-problems')).toContainText('像是成年人（如监护人）的号码');
  // Aged from the typed 2014-05-13, not 39 from the guardian's number: in the 6–15 tab.
  await expect(guardian.locator('strong')).toHaveText('赵监 7周岁');
  // The number as typed, not an 18-digit one made from it.
  await expect(guardian.getByTestId('id-number')).toHaveText('610526******123');
  await guardian.getByRole('button', { name: '显示 赵监 的身份证号码' }).click();
  await expect(guardian.getByTestId('id-number')).toHaveText('610526820305123');
  await page.getByLabel(/^有问题/).check();
  await expect(page.getByLabel(/^有问题/)).toBeChecked();
  await expect(page.getByTestId('child-row')).toHaveCount(4);
  await expect(page.getByTestId('roster-count')).toHaveText('共 22 人，显示 4 人');
  await expect(page.getByTestId('child-row').filter({ hasText: '王错' }).getByTestId('child-problems')).toHaveText(CHECK);
  await page.screenshot({ path: test.info().outputPath('list.png'), fullPage: true });

  // The child's own page says the same beside the number.
  await page.getByTestId('child-row').filter({ hasText: '赵监' }).getByRole('link').click();
  await expect(page.locator('#f-idNumber-msg')).toContainText('像是成年人（如监护人）的号码');
  await expect(page.getByLabel('身份证号码')).toHaveValue('610526820305123');

  // The child with the guardian's number still counts in 附件1-1.
  await page.goto(`${site.url}/forms/1-1/`);
  await expect(page.getByLabel('共计', { exact: true })).toHaveValue('22');
});
