import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type ExcelJSType from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, waitForOffline, hydrated, save } from './site';
import { addVisit } from './visits';

// ExcelJS is CommonJS; Playwright's ESM loader cannot link its default import.
const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSType;

const VALUES = {
  日期: '2021-10-25',
  家访教师姓名: '王老师',
  职务: '班主任',
  受访学生姓名: '李㛃',
  班级: '七年级（2）班',
  受访家长姓名: '李建国',
  电话1: '13912345678',
  家访地址: '蒲城县城关镇东街12号',
  家访时间: '15:00-16:00',
  受访学生家庭基本情况: '父母务农。',
  受访学生个人基本情况: '学习认真。',
  家访要点: '宣传“双减”政策。',
  家访效果: '家长支持。',
  家访记录人: '王老师',
};

async function fillRecord(page: Page, base: string, values: Record<string, string>) {
  await page.goto(`${base}/settings/`);
  await page.getByLabel('单位名称', { exact: true }).fill('城关中学');
  await page.getByLabel('单位名称', { exact: true }).blur();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  await page.goto(`${base}/forms/3-1/`);
  await page.getByRole('button', { name: '新建记录' }).click();
  for (const [label, v] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(v);
  await page.getByLabel('家访形式').selectOption({ label: '面对面（实地）' });
  await expect(page.getByTestId('status')).toHaveText('完成');
}


test('a filled 3-1 exports as Excel and PDF that read back as the paper form', async ({ page, site }) => {
  await fillRecord(page, site.url, VALUES);

  const xlsx = await save(page, '导出 Excel');
  expect(xlsx.name).toBe('城关中学_附件3-1_教师大家访活动记录表_李㛃_20211025.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx.path);
  const ws = wb.worksheets[0];
  const cellRightOf = (label: string) => {
    let found: ExcelJSType.Cell | undefined;
    ws.eachRow((row) => row.eachCell((c) => { if (c.value === label) found = c; }));
    expect(found, label).toBeDefined();
    return ws.getRow(Number(found!.row)).getCell(Number(found!.col) + 1);
  };
  expect(cellRightOf('受访学生\n姓名').value).toBe('李㛃');
  expect(cellRightOf('家访地址').value).toBe('蒲城县城关镇东街12号');
  expect(cellRightOf('家访形式').value).toBe('面对面（实地）');
  expect(ws.model.merges.some((m) => m.startsWith('A2:'))).toBe(true); // the title row
  expect(ws.getCell('A2').value).toBe('“教师大家访”活动记录表');
  expect(cellRightOf('家访地址').border?.top?.style).toBe('thin');
  expect(ws.pageSetup.paperSize).toBe(9);
  expect(ws.pageSetup.orientation).toBe('portrait');

  const pdf = await save(page, '导出 PDF');
  expect(pdf.name).toBe('城关中学_附件3-1_教师大家访活动记录表_李㛃_20211025.pdf');
  const text = execFileSync('pdftotext', ['-layout', pdf.path, '-']).toString().replace(/\s+/g, '');
  for (const s of ['教师大家访', '家访地址', '受访学生家庭基本情况', '李㛃', '13912345678', '蒲城县城关镇东街12号', '2021年10月25日'])
    expect(text).toContain(s);
  expect(execFileSync('pdffonts', [pdf.path]).toString()).toMatch(/NotoSerifSC.*yes/);
  expect(readFileSync(pdf.path).length).toBeLessThan(150 * 1024);

  // The workbook, imported into an empty profile, recreates the identical record.
  const fresh = await page.context().browser()!.newContext();
  const p2 = await fresh.newPage();
  await p2.goto(`${site.url}/data/`);
  await hydrated(p2);
  await p2.locator('#import-files').setInputFiles(xlsx.path);
  await expect(p2.getByTestId('import-tally')).toHaveText('新增 1 条，更新 0 条，未变 0 条，无法导入 0 条');
  await p2.getByRole('button', { name: '确认导入' }).click();
  // Leaving before the commit is told would test the race, not the round trip.
  await expect(p2.getByText('已导入 1 条记录')).toBeVisible();
  await p2.goto(`${site.url}/forms/3-1/`);
  await p2.getByText('李㛃').click();
  for (const [label, v] of Object.entries(VALUES)) await expect(p2.getByLabel(label, { exact: true })).toHaveValue(v);
  await expect(p2.getByLabel('家访形式')).toHaveValue('face');
  await expect(p2.getByTestId('status')).toHaveText('完成');
  const [a, b] = await Promise.all([page.url(), p2.url()].map((u) => new URL(u).searchParams.get('id')));
  expect(b).toBe(a);
  await fresh.close();
});

test('a name with a character the PDF font lacks is named before the PDF is made', async ({ page, site }) => {
  await fillRecord(page, site.url, { ...VALUES, 受访学生姓名: '王𪚥' });
  await page.getByRole('button', { name: '导出 PDF', exact: true }).click();
  await expect(page.getByTestId('missing-chars')).toContainText('𪚥');
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('missing-chars')).toHaveCount(0);
  const xlsx = await save(page, '导出 Excel'); // Excel keeps every character
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx.path);
  expect(JSON.stringify(wb.worksheets[0].getSheetValues())).toContain('王𪚥');
});

test('the print view shows the paper grid with the values', async ({ page, site }) => {
  await fillRecord(page, site.url, VALUES);
  await page.getByRole('link', { name: '打印' }).click();
  await expect(page.locator('.p-grid')).toContainText('李㛃');
  await expect(page.locator('.p-grid td.label').first()).toHaveText('家访教师\n姓名');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-tools')).toBeHidden();
  await expect(page.locator('header.top')).toBeHidden();
});

test('three teachers\' 表册 make the school\'s 3-2, sent on to the bureau\'s 汇总; the same file twice or a damaged file changes nothing', async ({ browser, site }) => {
  const teachers = [
    { name: '王老师', students: [['张三', '一班', '面对面（实地）'], ['李四', '一班', '电话']] },
    { name: '李老师', students: [['张三', '一班', '短信'], ['王五', '二班', '网络']] },
    { name: '赵 老师', students: [['赵六', '二班', '信件']] },
  ];
  const files: string[] = [];
  for (const t of teachers) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    for (const [student, cls, mode] of t.students) {
      await addVisit(page, site.url, { 家访教师姓名: t.name, 受访学生姓名: student, 班级: cls,
        ...(mode === '电话' ? { '家长对学校、对教育部门的建议和意见': '希望多沟通' } : {}) }, mode);
    }
    await page.goto(`${site.url}/forms/3-1/`);
    const saved = await save(page, '导出表册 Excel');
    expect(saved.name).toMatch(new RegExp(`^_?附件3-1_教师大家访家访表册_${t.name.replace(/\s/g, '')}_\\d{8}\\.xlsx$`));
    files.push(saved.path);
    await ctx.close();
  }

  const school = await browser.newPage();
  await school.goto(`${site.url}/data/`);
  await hydrated(school);
  await school.locator('#import-files').setInputFiles(files);
  await expect(school.getByTestId('import-tally')).toHaveText('新增 5 条，更新 0 条，未变 0 条，无法导入 0 条');
  await school.getByRole('button', { name: '确认导入' }).click();
  await expect(school.getByText('已导入 5 条记录')).toBeVisible();

  await hydrated(school);

  await school.locator('#import-files').setInputFiles(files[0]);
  await expect(school.getByTestId('import-tally')).toHaveText('新增 0 条，更新 0 条，未变 2 条，无法导入 0 条');
  await expect(school.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await school.getByRole('button', { name: '取消' }).click();

  const damaged = test.info().outputPath('损坏.xlsx');
  writeFileSync(damaged, readFileSync(files[1]).subarray(0, 2000));
  await hydrated(school);
  await school.locator('#import-files').setInputFiles(damaged);
  await expect(school.getByRole('alert')).toContainText('损坏.xlsx：文件已损坏（压缩数据校验失败），无法读取，未导入任何内容。');
  await expect(school.getByTestId('import-tally')).toHaveText('新增 0 条，更新 0 条，未变 0 条，无法导入 0 条');

  await school.goto(`${site.url}/forms/3-2/`);
  await school.getByLabel('干部教师总数', { exact: true }).fill('10');
  await school.getByLabel('学生总数', { exact: true }).fill('8');
  const v = (label: string) => school.getByLabel(label, { exact: true });
  await expect(v('参与家访的干部教师数')).toHaveValue('3');
  await expect(v('参与家访的干部教师占干部教师总数的比例（%）')).toHaveValue('30.0');
  await expect(v('被家访的学生数')).toHaveValue('4'); // 张三 visited twice
  await expect(v('被家访的学生占学生总数的比例（%）')).toHaveValue('50.0');
  await expect(v('面对面家访数')).toHaveValue('1');
  await expect(v('面对面家访占家访数比例（%）')).toHaveValue('20.0');
  await expect(v('电话家访数')).toHaveValue('1');
  await expect(v('短信家访数')).toHaveValue('1');
  await expect(v('网络家访占家访数比例（%）')).toHaveValue('20.0');
  await expect(v('征集家长意见和建议数量')).toHaveValue('1');
  await expect(v('信件家访（备注）')).toHaveValue('另有信件家访1次（本表无此栏）。');

  // The 3-2 export carries the same numbers in the cells of the paper form.
  const [dl] = await Promise.all([school.waitForEvent('download'), school.getByRole('button', { name: '导出 Excel', exact: true }).click()]);
  const path = test.info().outputPath('3-2.xlsx');
  await dl.saveAs(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const values = JSON.stringify(wb.worksheets[0].getSheetValues());
  for (const s of ['“教师大家访”活动学校情况统计表', '另有信件家访1次']) expect(values).toContain(s);
  // Shares are numbers Excel can add, printed with one decimal as on the paper form.
  const shares: unknown[] = [];
  wb.worksheets[0].eachRow((row) => row.eachCell((cell) => {
    if (cell.numFmt === '0.0') shares.push(cell.value);
  }));
  expect(shares).toEqual([30, 50, 20, 20, 20, 20]);

  // 发送给教育局 sends the Excel file, and the bureau's 汇总 reads the numbers the school saw.
  await v('单位名称（章）').fill('城关中学');
  await expect(school.getByTestId('save-state')).toHaveText('已保存');
  const [sent] = await Promise.all([school.waitForEvent('download'), school.getByRole('button', { name: '发送给教育局' }).click()]);
  expect(sent.suggestedFilename()).toMatch(/\.xlsx$/);
  const sentPath = test.info().outputPath(sent.suggestedFilename());
  await sent.saveAs(sentPath);
  // The mail to the bureau opens after the download: leave the page only once it has.
  await expect(school.getByTestId('export-msg')).toContainText('pcjjyg@163.com');
  await school.goto(`${site.url}/bureau/`);
  await hydrated(school);
  await school.locator('#bureau-files').setInputFiles(sentPath);
  await expect(school.getByText('共 1 个文件：已收 1，有问题 0，重复 0，已被新文件替换 0。')).toBeVisible();
  const totals = school.getByRole('table', { name: '附件3-2全县合计' });
  await expect(totals.locator('td[data-key="staffVisited"]')).toHaveText('3');
  await expect(totals.locator('td[data-key="visits"]')).toHaveText('5');
  await expect(totals.locator('td[data-key="studentShare"]')).toHaveText('50.0');
});

test('发送 on a desktop downloads the file and opens a mail to the bureau', async ({ page, site }) => {
  await fillRecord(page, site.url, VALUES);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '发送给教育局' }).click()]);
  expect(dl.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByTestId('export-msg')).toContainText('pcjjyg@163.com');
});

test('after the first PDF export the font and the PDF writer (not precached) stay on the device: PDFs work offline', async ({ page, site }) => {
  await page.goto(`${site.url}/forms/3-1/`);
  await waitForOffline(page);
  await fillRecord(page, site.url, VALUES);
  await save(page, '导出 PDF');
  const url = page.url();
  await site.close();
  await page.context().setOffline(true);
  await page.goto(url);
  const pdf = await save(page, '导出 PDF');
  expect(execFileSync('pdftotext', [pdf.path, '-']).toString()).toContain('李㛃');
});
