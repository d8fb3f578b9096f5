// The rosters of special children: 附件4 from the roster picker, 特殊情况分类花名册, 疑似失、辍学学生花名册.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { checkDigit } from '../../src/calc/idcard';
import { test, expect, save, townAndYear } from './site';
import { ExcelJS, hydrated, idNumber, pdfPages, pdfText, restore, type Child } from './evidence-files';

/** An ID number born on `birth` (YYYYMMDD), the n-th of that day. */
const bornOn = (birth: string, n: number) => {
  const body = `610526${birth}${String(n).padStart(2, '0')}1`;
  return body + checkDigit(body);
};

test('附件4 from the roster picker, one PDF page each; the 特殊情况分类花名册 in Excel and PDF', async ({ page, site }) => {
  const children: Child[] = [
    { name: '王一', status: '外迁无法联系', village: '东村', n: 11 },
    { name: '王二', status: '厌学辍学', village: '西村', n: 12 },
    { name: '王三', status: '其他情况', sub: '出国在外', village: '东村', n: 13 },
    { name: '王四', status: '初中已毕业', village: '西村', n: 14 },
    { name: '王五', status: '县域内实际就读', village: '东村', n: 15 },
  ];
  await restore(page, site.url, children);

  await page.goto(`${site.url}/forms/4/`);
  for (const name of ['王一', '王二', '王三']) {
    await page.getByText('从花名册选择儿童').click();
    // Offered: the children a 核查认定表 is for, not yet made (王四 and 王五 need none).
    const offered = page.locator('.create-from .row');
    await expect(offered).toHaveCount(['王一', '王二', '王三'].length - ['王一', '王二', '王三'].indexOf(name));
    await expect(offered.filter({ hasText: '王四' })).toHaveCount(0);
    await offered.filter({ hasText: name }).getByRole('link').click();
    await expect(page.getByLabel('姓名', { exact: true })).toHaveValue(name);
    if (name === '王二') {
      await expect(page.getByLabel('失（辍）学类别', { exact: true })).toHaveValue('厌学辍学');
      await expect(page.getByLabel('非辍学类别', { exact: true })).toBeDisabled();
      await page.getByLabel('劝返情况', { exact: true }).fill('班主任与家长多次沟通。');
      await page.getByRole('button', { name: '添加一次劝返' }).click();
      await page.getByLabel('劝返日期').fill('2021-10-20');
      await page.getByLabel('劝返方式及经过').fill('上门家访');
      await page.getByLabel('劝返结果').fill('同意返校');
      await expect(page.getByTestId('save-state')).toHaveText('已保存');
    }
    await page.getByRole('link', { name: '← 返回列表' }).click();
  }
  await expect(page.getByTestId('entry-row')).toHaveCount(3);
  // Any child can be found by name; one that has its 附件4 says so.
  await page.getByText('从花名册选择儿童').click();
  const search = page.getByLabel('从花名册选择儿童：搜索');
  await search.fill('王四');
  await expect(page.locator('.create-from .row')).toHaveCount(1);
  await search.fill('王一');
  await expect(page.locator('.create-from .row')).toContainText('已填写');

  const batch = await save(page, '批量导出 PDF（每人一页）');
  expect(pdfPages(batch.path)).toBe(3);
  const text = pdfText(batch.path);
  for (const s of ['王一', '■6：外迁无法联系', '王二', '■2：厌学辍学', '2021年10月20日上门家访', '结果：同意返校', '王三', '■7：出国在外'])
    expect(text).toContain(s);
  const book = await save(page, '批量导出 Excel（每人一表）');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book.path);
  expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name).sort()).toEqual(['王一', '王三', '王二']);

  // 2-1: the dropout's 劝返记录 comes from its 附件4; the roster lists the special children by status.
  await page.goto(`${site.url}/forms/2-1/`);
  await expect(page.getByTestId('evidence-child')).toHaveCount(4);
  const wang2 = page.getByTestId('evidence-child').filter({ hasText: '王二' });
  await expect(wang2.getByTestId('item-persuasion').getByTestId('item-state')).toHaveText('已收集（附件4）');
  // Its 附件4 is not signed yet: a draft is no 核查认定表.
  await expect(wang2.getByTestId('item-form4').getByTestId('item-state')).toHaveText('缺');
  await expect(wang2.getByTestId('item-form4')).toContainText('核查认定表（附件4）是草稿，尚缺：监护人（近邻或亲友）签名');
  await page.getByLabel('村委会').selectOption('东村');
  await expect(page.getByTestId('evidence-child')).toHaveCount(2);
  await page.getByLabel('村委会').selectOption('');
  await page.getByLabel('缺少的资料').selectOption({ label: '缺：学籍截图 或 九年义务教育毕业证书' });
  await expect(page.getByTestId('evidence-child')).toHaveCount(1);
  await expect(page.getByTestId('evidence-child')).toContainText('王四');
  await page.getByLabel('缺少的资料').selectOption('');

  const xlsx = await save(page, '导出特殊情况分类花名册 Excel');
  expect(xlsx.name).toMatch(/^城关中学_附件2-2_辖区内6-15周岁适龄儿童少年特殊情况分类花名册_\d{8}\.xlsx$/);
  const roster = new ExcelJS.Workbook();
  await roster.xlsx.readFile(xlsx.path);
  const ws = roster.worksheets[0];
  const col = (c: number) => ws.getColumn(c).values.map((v) => String(v ?? ''));
  expect(ws.getCell('A1').value).toBe('辖区内6-15周岁适龄儿童少年特殊情况分类花名册');
  expect(col(1).filter((v) => /^[一二三四]、/.test(v))).toEqual([
    '一、初中已毕业（1人）', '二、外迁无法联系（1人）', '三、厌学辍学（1人）', '四、其他情况（出国在外）（1人）',
  ]);
  expect(col(2)).toEqual(expect.arrayContaining(['王一', '王二', '王三', '王四']));
  expect(col(2)).not.toContain('王五');
  const wang1 = ws.getRow(col(2).indexOf('王一'));
  expect(String(wang1.getCell(10).value)).toContain('缺：加盖校、村、镇及公安部门公章的核查认定表（附件4）');

  const pdf = await save(page, '导出特殊情况分类花名册 PDF');
  const t = pdfText(pdf.path);
  for (const s of ['特殊情况分类花名册', '一、初中已毕业（1人）', '四、其他情况（出国在外）（1人）', '王三', '佐证资料']) expect(t).toContain(s);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', pdf.path, test.info().outputPath('special')]);
});

test('2-1 and its 特殊情况分类花名册 list the children 附件1-1 counts: a 16-year-old graduate is left out of both', async ({ page, site }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  // Ages on 2021-08-31: five graduates of 14, one of 16 (born 2005-03-01), one child in school.
  const grads: Child[] = [1, 2, 3, 4, 5].map((n) => ({ name: `毕业${n}`, status: '初中已毕业', village: '东村', n, id: bornOn('20070101', n) }));
  await restore(page, site.url, [
    ...grads,
    { name: '超龄甲', status: '初中已毕业', village: '西村', n: 6, id: bornOn('20050301', 6) },
    { name: '在读乙', status: '县域内实际就读', village: '西村', n: 7, id: bornOn('20100101', 7) },
  ]);

  await page.goto(`${site.url}/forms/1-1/`);
  await expect(page.getByLabel('初中已毕业', { exact: true })).toHaveValue('5');
  await expect(page.getByLabel('共计', { exact: true })).toHaveValue('6');

  await page.goto(`${site.url}/`);
  await expect(page.getByTestId('progress-2-1')).toHaveText('需佐证 5 人，已齐全 0 人，缺资料 5 人');
  await page.goto(`${site.url}/forms/2-1/`);
  await expect(page.getByTestId('evidence-child')).toHaveCount(5);
  await expect(page.getByTestId('evidence-child').filter({ hasText: '超龄甲' })).toHaveCount(0);
  await expect(page.getByTestId('evidence-left-out')).toHaveText('另有 1 名儿童在基准日 2021年8月31日 不在6-15周岁（或无法确定出生日期），与附件1-1一样不列入。');
  await expect(page.getByLabel('就学状态')).toContainText('初中已毕业');

  const xlsx = await save(page, '导出特殊情况分类花名册 Excel');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx.path);
  const ws = book.worksheets[0];
  const names = ws.getColumn(2).values.map((v) => String(v ?? ''));
  expect(ws.getColumn(1).values.map((v) => String(v ?? '')).filter((v) => /^[一二]、/.test(v))).toEqual(['一、初中已毕业（5人）']);
  expect(names).toEqual(expect.arrayContaining(['毕业1', '毕业5']));
  expect(names).not.toContain('超龄甲');
  const pdf = await save(page, '导出特殊情况分类花名册 PDF');
  const t = pdfText(pdf.path);
  expect(t).toContain('一、初中已毕业（5人）');
  expect(t).not.toContain('超龄甲');
});

test('疑似辍学 imports as a status: counted as 其他情况 in 1-1, offered for 附件4, listed and exported as Ⅶ① 疑似失、辍学学生花名册', async ({ page, site }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await townAndYear(page, site.url);
  const csv = test.info().outputPath('花名册.csv');
  writeFileSync(csv, [
    '姓名,性别,身份证号码,村委会,家庭住址,家长姓名,电话,就学状态',
    `赵疑,男,${idNumber(31)},东村,东村31号,赵父,13800000031,疑似辍学`,
    `钱厌,男,${idNumber(32)},西村,西村32号,钱父,13800000032,厌学辍学`,
    `孙在,男,${idNumber(33)},西村,西村33号,孙父,13800000033,县域内实际就读`,
  ].join('\n'));
  await page.goto(`${site.url}/forms/roster/`);
  await hydrated(page);
  if (!(await page.locator('#roster-file').count())) await page.getByRole('button', { name: '导入花名册（Excel/CSV）' }).click();
  await page.locator('#roster-file').setInputFiles(csv);
  // Every column is recognised: the preview comes at once, and no row has a problem.
  await expect(page.getByTestId('roster-import-tally')).toHaveText('花名册.csv：新增 3 人，更新 0 人，更正身份证号 0 人，未变 0 人，无法导入 0 行');
  await expect(page.getByTestId('roster-import-row')).toHaveCount(0);
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-import-done')).toHaveText(/新增 3 人/);
  await page.getByLabel('搜索').fill('赵疑');
  await page.getByTestId('child-row').getByRole('link').click();
  await expect(page.getByLabel('就学状态', { exact: true })).toHaveValue('其他情况');
  await expect(page.getByLabel('子类', { exact: true })).toHaveValue('疑似辍学');

  // 附件1-1 has no column for it: it counts as 其他情况, and the 11 counts add up to 共计.
  await page.goto(`${site.url}/forms/1-1/`);
  await expect(page.getByLabel('共计', { exact: true })).toHaveValue('3');
  await expect(page.getByLabel('其他情况', { exact: true })).toHaveValue('1');
  await expect(page.getByLabel('厌学辍学', { exact: true })).toHaveValue('1');
  await expect(page.getByRole('alert').filter({ hasText: '11项人数之和' })).toHaveCount(0);

  // 附件4 offers the suspected dropout, with no class chosen for it: verifying decides it.
  await page.goto(`${site.url}/forms/4/`);
  await page.getByText('从花名册选择儿童').click();
  const offered = page.locator('.create-from .row');
  await expect(offered).toHaveCount(2);
  await expect(offered.filter({ hasText: '孙在' })).toHaveCount(0);
  await offered.filter({ hasText: '赵疑' }).getByRole('link').click();
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('赵疑');
  await expect(page.getByLabel('失（辍）学类别', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('非辍学类别', { exact: true })).toHaveValue('');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  // 2-2's item Ⅶ① leads to the list, on the 2-1 page.
  await page.goto(`${site.url}/forms/2-2/`);
  await hydrated(page);
  await page.getByTestId('produced-Ⅶ①').click();
  await expect(page).toHaveURL(/\/forms\/2-1\/#suspected$/);
  const list = page.getByTestId('suspected');
  await expect(list.getByRole('heading', { name: '疑似失、辍学学生花名册' })).toBeVisible();
  await expect(list.getByTestId('suspected-child')).toHaveCount(2);
  await expect(list.getByTestId('suspected-child').first()).toHaveText('赵疑 · 疑似辍学 · 核查认定表是草稿，尚缺：核查认定类别、监护人（近邻或亲友）签名、学校核查人签名等 9 项');
  await expect(list.getByTestId('suspected-child').nth(1)).toHaveText('钱厌 · 厌学辍学 · 未填写核查认定表');
  await list.screenshot({ path: test.info().outputPath('suspected.png') });

  const xlsx = await save(page, '导出疑似失、辍学学生花名册 Excel');
  expect(xlsx.name).toMatch(/^附件2-2_疑似失、辍学学生花名册_\d{8}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx.path);
  const ws = wb.worksheets[0];
  const col = (c: number) => ws.getColumn(c).values.map((v) => String(v ?? ''));
  expect(ws.getCell('A1').value).toBe('疑似失、辍学学生花名册');
  expect(col(1).filter((v) => /^[一二三]、/.test(v))).toEqual(['一、疑似辍学（1人）', '二、厌学辍学（1人）']);
  expect(col(2)).toEqual(expect.arrayContaining(['赵疑', '钱厌']));
  expect(col(2)).not.toContain('孙在');
  expect(String(ws.getRow(col(2).indexOf('赵疑')).getCell(10).value)).toBe('核查认定表是草稿，尚缺：核查认定类别、监护人（近邻或亲友）签名、学校核查人签名等 9 项');
  const pdf = await save(page, '导出疑似失、辍学学生花名册 PDF');
  const t = pdfText(pdf.path);
  for (const s of ['疑似失、辍学学生花名册', '一、疑似辍学（1人）', '赵疑', '二、厌学辍学（1人）', '钱厌']) expect(t).toContain(s);
  expect(t).not.toContain('孙在');
});
