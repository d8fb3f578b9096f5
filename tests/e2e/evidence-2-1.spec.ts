// 附件2-1 with 附件4: the 核查认定表 counts as collected only once it is complete (signed and stamped).
import { execFileSync } from 'node:child_process';
import type ExcelJSType from 'exceljs';
import { test, expect, save } from './site';
import { ExcelJS, idNumber, pdfPages, pdfText, restore } from './evidence-files';

const NON_POLICE = ['监护人（近邻或亲友）签名', '学校核查人签名', '村（社区）负责人签名', '村（社区）盖章', '校长签名', '学校盖章', '镇（办）核查人签名', '镇（办）盖章'];

test('a 外迁无法联系 child: 2-1 misses its 核查认定表 until its 附件4 is complete with the police items', async ({ page, site }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await restore(page, site.url, [{ name: '张小明', status: '外迁无法联系', village: '东村', n: 1 }]);

  await page.goto(`${site.url}/`);
  await expect(page.getByTestId('progress-2-1')).toHaveText('需佐证 1 人，已齐全 0 人，缺资料 1 人');
  await page.getByRole('link', { name: /附件2-1/ }).click();
  await expect(page).toHaveURL(/\/forms\/2-1\/$/);
  const card = page.getByTestId('evidence-child').filter({ hasText: '张小明' });
  const police = card.getByTestId('item-form4Police');
  await expect(police.getByTestId('item-state')).toHaveText('缺');
  await expect(card.getByTestId('evidence-state')).toHaveText('缺 2 项');
  await expect(page.getByTestId('evidence-summary')).toContainText('缺“加盖校、村、镇及公安部门公章的核查认定表（附件4）”：1 人');
  await page.screenshot({ path: test.info().outputPath('2-1-missing.png'), fullPage: true });

  // The 附件4 made from the child carries its details and the class its status suggests.
  await police.getByRole('link', { name: '填写核查认定表（附件4）' }).click();
  await expect(page).toHaveURL(/\/forms\/4\/\?id=/);
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('张小明');
  await expect(page.getByLabel('性别', { exact: true })).toHaveValue('男');
  await expect(page.getByLabel('身份证号码', { exact: true })).toHaveValue(idNumber(1));
  await expect(page.getByLabel('家庭住址', { exact: true })).toHaveValue('东村1号');
  await expect(page.getByLabel('家长姓名', { exact: true })).toHaveValue('张父');
  await expect(page.getByLabel('联系电话1', { exact: true })).toHaveValue('13800000001');
  await expect(page.getByLabel('非辍学类别', { exact: true })).toHaveValue('外迁无法联系');
  await expect(page.getByLabel('失（辍）学类别', { exact: true })).toBeDisabled();
  await expect(page.getByLabel('劝返情况', { exact: true })).toBeDisabled();
  await page.getByLabel('详细情况', { exact: true }).fill('2020年随父母外出务工，电话停机，邻居不知去向。');

  for (const label of NON_POLICE) await page.getByLabel(label, { exact: true }).check();
  await page.getByLabel('校长签名日期').fill('2021-10-26');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await expect(page.getByTestId('status')).toHaveText('草稿');
  await expect(page.getByTestId('rule')).toContainText('认定为“外迁无法联系”的，须有公安部门核查认定并盖章');
  await expect(page.getByLabel('公安部门盖章日期')).toBeDisabled();
  await page.getByLabel('公安部门核查结果', { exact: true }).check();
  await expect(page.getByTestId('status')).toHaveText('草稿');
  await page.screenshot({ path: test.info().outputPath('4-police-missing.png'), fullPage: true });
  await page.getByLabel('公安部门盖章', { exact: true }).check();
  await page.getByLabel('公安部门盖章日期').fill('2021-10-28');
  await expect(page.getByTestId('status')).toHaveText('完成');
  await expect(page.getByTestId('rule')).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByTestId('status')).toHaveText('完成');
  await expect(page.getByLabel('公安部门盖章日期')).toHaveValue('2021-10-28');

  // The paper form: name, the chosen class marked, every signature box.
  const pdf = await save(page, '导出 PDF');
  expect(pdf.name).toMatch(/^城关中学_附件4_.*核查认定表_张小明_\d{8}\.pdf$/);
  const text = pdfText(pdf.path);
  for (const s of ['蒲城县疑似失（辍）学儿童就学情况核查认定表', '张小明', idNumber(1), '■6：外迁无法联系', '□8：失踪失联', '□2：厌学辍学',
    ...NON_POLICE.map((l) => `${l}：`), '公安部门核查结果：', '公安部门盖章：', '户籍原因、外迁无法联系、失踪失联3类情况认定必须有公安部门核查认定并盖章'])
    expect(text).toContain(s);
  expect(pdfPages(pdf.path)).toBe(1);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', pdf.path, test.info().outputPath('4')]);

  // Back on 2-1 the 核查认定表 is collected; the remaining item is marked by hand.
  await page.goto(`${site.url}/forms/2-1/`);
  await expect(police.getByTestId('item-state')).toHaveText('已收集（附件4）');
  await expect(police.getByRole('link', { name: '打开核查认定表（附件4，已完成）' })).toBeVisible();
  await card.getByLabel('张小明：相关佐证资料', { exact: true }).selectOption({ label: '已收集' });
  await expect(card.getByTestId('evidence-state')).toHaveText('资料齐全');
  await card.getByLabel('张小明：相关佐证资料（备注）').fill('派出所户籍证明');
  await expect(page.getByTestId('save-state')).toHaveText('正在保存…');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(card.getByTestId('evidence-state')).toHaveText('资料齐全');
  await expect(card.getByLabel('张小明：相关佐证资料（收集日期）')).toHaveValue(/^\d{4}-\d\d-\d\d$/);
  await expect(card.getByLabel('张小明：相关佐证资料（备注）')).toHaveValue('派出所户籍证明');
  await expect(page.getByTestId('evidence-summary')).toContainText('资料齐全 1 人');
  await page.screenshot({ path: test.info().outputPath('2-1-complete.png'), fullPage: true });
  await page.goto(`${site.url}/`);
  await expect(page.getByTestId('progress-2-1')).toHaveText('需佐证 1 人，已齐全 1 人，缺资料 0 人');
});

test('an unsigned draft 附件4 is not collected evidence: 2-1 says what it still lacks until it is 完成', async ({ page, site }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await restore(page, site.url, [{ name: '周外', status: '其他情况', sub: '出国在外', village: '东村', n: 21 }]);
  await page.goto(`${site.url}/forms/2-1/`);
  const card = page.getByTestId('evidence-child').filter({ hasText: '周外' });
  await card.getByLabel('周外：相关就读证明材料', { exact: true }).selectOption({ label: '已收集' });
  await expect(card.getByTestId('evidence-state')).toHaveText('缺 1 项');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  // The 附件4 is filled in, but nobody has signed or stamped it yet.
  const form4 = card.getByTestId('item-form4');
  await form4.getByRole('link', { name: '填写核查认定表（附件4）' }).click();
  await expect(page.getByLabel('非辍学类别', { exact: true })).toHaveValue('出国在外');
  await page.getByLabel('详细情况', { exact: true }).fill('随父母在马来西亚就读。');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await expect(page.getByTestId('status')).toHaveText('草稿');

  await page.goto(`${site.url}/forms/2-1/`);
  await expect(form4.getByTestId('item-state')).toHaveText('缺');
  await expect(form4).toContainText(`核查认定表（附件4）是草稿，尚缺：${NON_POLICE.join('、')}`);
  await expect(form4.getByRole('link', { name: '打开核查认定表（附件4，草稿）' })).toBeVisible();
  await expect(card.getByTestId('evidence-state')).toHaveText('缺 1 项');
  await expect(page.getByTestId('evidence-summary')).toContainText('资料齐全 0 人');
  await page.screenshot({ path: test.info().outputPath('2-1-draft-form4.png'), fullPage: true });
  const draftRoster = await save(page, '导出特殊情况分类花名册 Excel');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(draftRoster.path);
  const row = (w: ExcelJSType.Worksheet) => w.getRow(w.getColumn(2).values.map((v) => String(v ?? '')).indexOf('周外'));
  expect(String(row(wb.worksheets[0]).getCell(10).value)).toMatch(/^缺：核查认定表（附件4）/);

  // Signed and stamped: 完成, and the child's evidence is complete.
  await form4.getByRole('link', { name: '打开核查认定表（附件4，草稿）' }).click();
  for (const label of NON_POLICE) await page.getByLabel(label, { exact: true }).check();
  await expect(page.getByTestId('status')).toHaveText('完成');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.goto(`${site.url}/forms/2-1/`);
  await expect(form4.getByTestId('item-state')).toHaveText('已收集（附件4）');
  await expect(card.getByTestId('evidence-state')).toHaveText('资料齐全');
  const doneRoster = await save(page, '导出特殊情况分类花名册 Excel');
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.readFile(doneRoster.path);
  expect(String(row(wb2.worksheets[0]).getCell(10).value)).toBe('齐全');
});
