// 动态监测 (通知三（九）): changes of 就学状态 recorded with their date and reason, the roster
// updated with them, and the 控辍保学月报表 of a month built from them, on screen and in files.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect, hydrated, noHorizontalScroll, save } from './site';
import { openpyxlRows } from './openpyxl';

const pdfText = (path: string) => execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, '');

const CHILDREN: [string, string][] = [
  ['张三', '610526201203151235'], ['李四', '610526201305051243'], ['王五', '610526201401010011'], ['赵六', '610526201502020024'],
];

async function addChild(page: Page, base: string, name: string, id: string) {
  await page.goto(`${base}/forms/roster/`);
  await page.getByRole('button', { name: '新增儿童' }).click();
  await page.getByLabel('姓名', { exact: true }).fill(name);
  await page.getByLabel('身份证号码', { exact: true }).fill(id);
  await page.getByLabel('就学状态').selectOption('县域内实际就读');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
}

async function record(page: Page, name: string, to: string, date: string, reason: string) {
  await page.getByLabel('从花名册选择儿童（姓名或身份证号）').fill(name);
  await page.getByRole('button', { name: `选择 ${name}` }).click();
  await expect(page.getByTestId('picked-child')).toContainText(name);
  await page.getByLabel('新状态').selectOption(to);
  await page.getByLabel('变动日期').fill(date);
  await page.getByLabel('变动原因').selectOption(reason);
  await page.getByRole('button', { name: '登记变动' }).click();
  await expect(page.getByTestId('record-msg')).toContainText(`已登记：${name}`);
}

const cell = (page: Page, row: string, part: string) => page.getByTestId(`mr-${row}-${part}`);

test('three children’s status changed in November: the November 月报 moves by exactly those changes, on screen and in its files', async ({ page, site }) => {
  test.setTimeout(180_000);
  await page.goto(`${site.url}/settings/`);
  await page.getByLabel('单位名称', { exact: true }).fill('城关中学');
  await page.getByLabel('单位名称', { exact: true }).blur();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  for (const [name, id] of CHILDREN) await addChild(page, site.url, name, id);

  await page.goto(`${site.url}/monitor/`);
  await hydrated(page);
  await record(page, '张三', '疑似辍学', '2026-11-05', '发现疑似辍学');
  await record(page, '李四', '县域外就读', '2026-11-12', '转学转出');
  await record(page, '王五', '疑似辍学', '2026-11-20', '发现疑似辍学');
  // A change in December must not alter November.
  await record(page, '张三', '县域内实际就读', '2026-12-01', '劝返复学');
  // Bad input is said, and nothing is written.
  await page.getByLabel('从花名册选择儿童（姓名或身份证号）').fill('赵六');
  await page.getByRole('button', { name: '选择 赵六' }).click();
  await page.getByLabel('新状态').selectOption('县域内实际就读');
  await page.getByLabel('变动原因').selectOption('转学转出');
  await page.getByRole('button', { name: '登记变动' }).click();
  await expect(page.getByTestId('record-msg')).toContainText('新状态与原状态相同');

  await page.getByLabel('月份').fill('2026-11');
  await expect(page.getByTestId('change-count')).toContainText('2026年11月共登记变动 3 条');
  const expectNovember = async () => {
    await expect(cell(page, 'inSchool', 'start')).toHaveText('4');
    await expect(cell(page, 'inSchool', 'removed')).toHaveText('3');
    await expect(cell(page, 'inSchool', 'end')).toHaveText('1');
    await expect(cell(page, 'suspected', 'start')).toHaveText('0');
    await expect(cell(page, 'suspected', 'added')).toHaveText('2');
    await expect(cell(page, 'suspected', 'end')).toHaveText('2');
    await expect(cell(page, 'outCounty', 'end')).toHaveText('1');
    await expect(cell(page, 'total', 'start')).toHaveText('4');
    await expect(cell(page, 'total', 'end')).toHaveText('4');
    await expect(page.getByTestId('reason-counts')).toContainText('发现疑似辍学：2 人');
    await expect(page.getByTestId('reason-counts')).toContainText('转学转出：1 人');
  };
  await expectNovember();
  expect(await noHorizontalScroll(page)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('monitor.png'), fullPage: true });

  // Everything survives a reload: the ledger, the roster's statuses, the report.
  await page.reload();
  await hydrated(page);
  await page.getByLabel('月份').fill('2026-11');
  await expectNovember();
  await page.getByLabel('月份').fill('2026-12');
  await expect(page.getByTestId('change-count')).toContainText('2026年12月共登记变动 1 条');
  await expect(cell(page, 'suspected', 'start')).toHaveText('2');
  await expect(cell(page, 'suspected', 'end')).toHaveText('1');
  await page.getByLabel('月份').fill('2026-11');
  await expectNovember();

  // The files print the numbers shown.
  const xlsx = await save(page, '导出 Excel');
  const rows = Object.values(openpyxlRows(xlsx.path))[0]!.map((r) => r.map((c) => (c === null ? '' : String(c))));
  const flat = rows.map((r) => r.join('|'));
  expect(flat.some((r) => r.includes('控辍保学月报表'))).toBe(true);
  expect(flat.some((r) => r.includes('城关中学') && r.includes('2026年11月'))).toBe(true);
  const row = (label: string) => rows.find((r) => r[0] === label)!.filter((c) => c !== '' && c !== label);
  expect(row('在校生（县域内实际就读，含请假、休学）')).toEqual(['4', '0', '3', '1']);
  expect(row('疑似辍学')).toEqual(['0', '2', '0', '2']);
  expect(row('县域外就读')).toEqual(['0', '1', '0', '1']);
  expect(row('合计')).toEqual(['4', '3', '3', '4']);
  const listed = rows.filter((r) => /^\d+$/.test(r[0]!) && CHILDREN.some(([n]) => r[1] === n)).map((r) => [r[1], r[2], r[5]]);
  expect(listed).toEqual([['张三', '2026年11月5日', '发现疑似辍学'], ['李四', '2026年11月12日', '转学转出'], ['王五', '2026年11月20日', '发现疑似辍学']]);
  const pdf = await save(page, '导出 PDF');
  const text = pdfText(pdf.path);
  for (const s of ['控辍保学月报表', '2026年11月', '城关中学', '张三', '李四', '王五', '转学转出']) expect(text).toContain(s);
  expect(text).not.toContain('劝返复学2026');

  // The roster shows the new statuses.
  const child = async (name: string) => {
    await page.goto(`${site.url}/forms/roster/`);
    await page.getByLabel('搜索').fill(name);
    await expect(page.getByTestId('child-row')).toHaveCount(1);
    await page.getByTestId('child-row').getByRole('link').click();
  };
  await child('李四');
  await expect(page.getByLabel('就学状态')).toHaveValue('县域外就读');
  await child('王五');
  await expect(page.getByLabel('就学状态')).toHaveValue('其他情况');
  await expect(page.getByLabel('子类')).toHaveValue('疑似辍学');
});

test('a status changed in the roster’s editor is listed on 动态监测 as 待补充 until its reason is given', async ({ page, site }) => {
  await addChild(page, site.url, '赵六', CHILDREN[3]![1]);
  await expect(page.getByTestId('monitor-link')).toBeVisible();
  await page.getByLabel('就学状态').selectOption('延缓入学');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.getByRole('link', { name: '到动态监测登记变动原因' }).click();
  await expect(page).toHaveURL(/\/monitor\/$/);
  const pending = page.getByTestId('pending-changes');
  await expect(pending.getByTestId('change-item')).toHaveCount(1);
  await expect(pending).toContainText('县域内实际就读 → 延缓入学');
  await pending.getByLabel('补充变动原因').selectOption('其他');
  await pending.getByRole('button', { name: '保存原因' }).click();
  await expect(page.getByTestId('month-changes')).toContainText('其他');
  await expect(page.getByTestId('pending-changes')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('month-changes').getByTestId('change-item')).toHaveCount(1);
  await expect(page.getByTestId('month-changes')).toContainText('赵六');
  await expect(page.getByTestId('pending-changes')).toHaveCount(0);
});
