import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type ExcelJSType from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, hydrated, noHorizontalScroll, save } from './site';

// ExcelJS is CommonJS; Playwright's ESM loader cannot link its default import.
const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSType;

const SPINES = ['控辍保学Ⅰ类', '控辍保学Ⅱ类', '控辍保学Ⅲ类', '控辍保学Ⅳ类', '控辍保学Ⅴ类', '控辍保学Ⅵ类', '控辍保学Ⅶ类', '控辍保学Ⅷ'];


/** Text in drawing order with all whitespace removed: spines print one character a line. */
const pdfText = (path: string, page?: number) =>
  execFileSync('pdftotext', ['-raw', ...(page ? ['-f', String(page), '-l', String(page)] : []), path, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, '');

const state = (page: Page, item: string, value: '无' | '部分' | '齐全') =>
  page.getByRole('group', { name: `${item} 情况` }).getByText(value, { exact: true }).click();

async function setUnit(page: Page, base: string) {
  await page.goto(`${base}/settings/`);
  await page.getByLabel('单位名称', { exact: true }).fill('城关中学');
  await page.getByLabel('单位名称', { exact: true }).blur();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
}

test('the catalogue: mark items in two boxes, split a box in two, print labels and directories', async ({ page, site }) => {
  await setUnit(page, site.url);
  await page.goto(`${site.url}/`);
  await page.getByRole('link', { name: /“控辍保学”档案材料分类目录/ }).click();
  await expect(page).toHaveURL(/\/forms\/2-2\/$/);
  await expect(page.getByLabel('学校', { exact: true })).toHaveValue('城关中学');
  await page.getByLabel('学年', { exact: true }).fill('2021-2022');
  await page.getByLabel('学期', { exact: true }).selectOption('上学期');

  // Box Ⅰ: one complete, one partial, one missing.
  await state(page, 'Ⅰ类①', '齐全');
  await page.getByLabel('Ⅰ类① 份数').fill('12');
  await page.getByLabel('Ⅰ类① 页数').fill('40');
  await state(page, 'Ⅰ类②', '部分');
  await page.getByLabel('Ⅰ类② 份数').fill('2');
  await page.getByLabel('Ⅰ类② 备注').fill('缺成员分工');
  await state(page, 'Ⅰ类③', '无');
  // A count on an item marked 无 is said beside that item, and goes once corrected.
  await page.getByLabel('Ⅰ类③ 份数').fill('2');
  const item3 = page.locator('li.a-item').filter({ has: page.getByLabel('Ⅰ类③ 份数') });
  await expect(item3.getByRole('alert')).toHaveText('Ⅰ类③ 标为“无”，却填写了份数或页数，请核对。');
  await expect(page.locator('li.a-item').getByRole('alert')).toHaveCount(1);
  await page.getByLabel('Ⅰ类③ 份数').fill('');
  await expect(item3.getByRole('alert')).toHaveCount(0);
  // Box Ⅲ in two volumes, ④ and ⑤ in the second.
  await page.getByLabel('Ⅲ类 盒数').selectOption('2');
  await state(page, 'Ⅲ类①', '齐全');
  await page.getByLabel('Ⅲ类① 份数').fill('1');
  await page.getByLabel('Ⅲ类① 页数').fill('3');
  await page.getByLabel('Ⅲ类④ 所在盒').selectOption({ label: '盒（二）' });
  await page.getByLabel('Ⅲ类⑤ 所在盒').selectOption({ label: '盒（二）' });
  await state(page, 'Ⅲ类⑤', '部分');
  await page.getByLabel('Ⅲ类⑤ 份数').fill('87');
  await page.getByLabel('Ⅲ类⑤ 页数').fill('120');

  const overview = page.getByTestId('missing-overview');
  await expect(overview).toContainText('齐全 2 / 27 项');
  await expect(overview).toContainText('控辍保学Ⅰ类');
  await expect(overview).toContainText('②学校控辍保学制度方案');
  await expect(overview).toContainText('③上、下学期学校控辍保学工作安排、总结等。');
  await expect(overview).toContainText('控辍保学Ⅲ类');
  await expect(overview).not.toContainText('控辍保学Ⅱ类');
  expect(await noHorizontalScroll(page)).toBe(true);

  // Everything survives a reload.
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('Ⅰ类① 份数')).toHaveValue('12');
  await expect(page.getByRole('group', { name: 'Ⅰ类② 情况' }).getByLabel('部分')).toBeChecked();
  await expect(page.getByLabel('Ⅰ类② 备注')).toHaveValue('缺成员分工');
  await expect(page.getByLabel('Ⅲ类 盒数')).toHaveValue('2');
  await expect(page.getByLabel('Ⅲ类⑤ 所在盒')).toHaveValue('2');
  await expect(page.getByLabel('学年', { exact: true })).toHaveValue('2021-2022');

  await page.getByLabel('盒脊宽度').selectOption({ label: '4 厘米' });
  const labels = await save(page, '导出标签 PDF');
  expect(labels.name).toMatch(/^城关中学_附件2-2_盒脊及盒正面标签_2021-2022学年上学期_\d{8}\.pdf$/);
  const lt = pdfText(labels.path);
  for (const s of SPINES) expect(lt).toContain(s);
  for (const s of ['城关中学', '2021-2022学年上学期', '盒（一）', '盒（二）', '控辍保学规章制度', '控辍保学政策宣传培训等材料'])
    expect(lt).toContain(s);
  expect(lt).toContain('盒脊标签（宽4厘米）');

  const dir = await save(page, '导出盒内目录 PDF');
  expect(dir.name).toMatch(/^城关中学_附件2-2_盒内详细目录_2021-2022学年上学期_\d{8}\.pdf$/);
  const box1 = pdfText(dir.path, 1);
  expect(box1).toContain('控辍保学Ⅰ类控辍保学规章制度学校：城关中学2021-2022学年上学期');
  expect(box1).toContain('1①上级下发及学校制定的有关控辍保学政策文件。1240');
  expect(box1).toContain('2②学校控辍保学制度方案及“控辍保学”工作领导机构、成员分工。2缺成员分工');
  expect(box1).not.toContain('③上、下学期'); // marked 无: not in the box
  expect(box1).toMatch(/合计1440$/);
  const box3a = pdfText(dir.path, 3);
  expect(box3a).toContain('控辍保学Ⅲ类盒（一）');
  expect(box3a).toContain('1①辖区内6-15周岁适龄儿童少年就学情况摸排统计报告。13');
  expect(box3a).not.toContain('⑤');
  const box3b = pdfText(dir.path, 4);
  expect(box3b).toContain('控辍保学Ⅲ类盒（二）');
  expect(box3b).toContain('1④辖区内6-15周岁适龄儿童少年特殊情况分类花名册2⑤辖区内6-15周岁适龄儿童少年佐证资料。87120');

  const xlsx = await save(page, '导出 Excel');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx.path);
  expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toContain('Ⅲ类盒（二）目录');
  expect(wb.getWorksheet('缺项一览')!.getCell('C3').value).toBe('学校控辍保学制度方案及“控辍保学”工作领导机构、成员分工。');

  // The print views show the same labels and directories.
  await page.getByRole('link', { name: '打印标签' }).click();
  await expect(page.getByTestId('spine-label')).toHaveCount(9);
  await expect(page.getByTestId('spine-label').nth(2)).toContainText('盒（一）');
  await expect(page.getByTestId('front-label').nth(3)).toContainText('城关中学');
  await page.goto(`${site.url}/forms/2-2/?view=directory`);
  await expect(page.getByTestId('directory')).toHaveCount(9);
  await expect(page.getByTestId('directory').first()).toContainText('①上级下发及学校制定的有关控辍保学政策文件。');
});

test('the catalogue links the items the app produces and shows whether they exist', async ({ page, site }) => {
  await page.goto(`${site.url}/forms/2-2/`);
  await expect(page.getByTestId('produced-1-1')).toContainText('附件1-1');
  await expect(page.getByTestId('produced-4')).toContainText('本应用中尚未填写');
  const check = page.getByTestId('produced-enrolment-check');
  await expect(check).toContainText('本应用中尚未填写');
  await check.click();
  await expect(page).toHaveURL(/\/forms\/enrolment-check\//);
  await page.getByLabel('学籍系统人数', { exact: true }).fill('500');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.goto(`${site.url}/forms/2-2/`);
  // A report says what its own page says: begun, not finished.
  await expect(page.getByTestId('produced-enrolment-check')).toContainText('本应用中：草稿');
  // Ⅲ④ 特殊情况分类花名册 is made on 附件2-1's page.
  const special = page.getByTestId('produced-Ⅲ④');
  await expect(special).toContainText('特殊情况分类花名册');
  await special.click();
  await expect(page).toHaveURL(/\/forms\/2-1\/#special-roster/);
});

test('三比对: the identity and the differences are checked live, saved, and exported', async ({ page, site }) => {
  await setUnit(page, site.url);
  await page.goto(`${site.url}/forms/enrolment-check/`);
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue('城关中学');
  await page.getByLabel('学年', { exact: true }).fill('2021-2022');
  await page.getByLabel('学期', { exact: true }).selectOption('下学期');
  await page.getByLabel('学籍系统人数', { exact: true }).fill('503');
  await page.getByLabel('上学期在校人数', { exact: true }).fill('498');
  await page.getByLabel('本学期入学报到人数', { exact: true }).fill('495');
  await page.getByLabel('籍在人不在人数', { exact: true }).fill('8');
  await page.getByLabel('人在籍不在人数', { exact: true }).fill('3');
  await expect(page.getByText(/人籍不一致：学籍系统人数 503 ≠ .* = 500，相差 \+3 人/)).toBeVisible();
  await expect(page.getByText(/三比对不一致：学籍系统人数与上学期在校人数相差 \+5 人/)).toBeVisible();
  await expect(page.getByLabel('学籍系统人数与上式之差')).toHaveValue('+3');
  await expect(page.getByLabel('本学期入学报到人数-上学期在校人数')).toHaveValue('-3');
  await expect(page.getByTestId('status')).toHaveText('完成');

  // Fixing the roll count clears the identity warning; the 三比对 one stays.
  await page.getByLabel('学籍系统人数', { exact: true }).fill('500');
  await expect(page.getByText(/人籍不一致/)).toHaveCount(0);
  await expect(page.getByLabel('核查结果')).toHaveValue('人籍一致');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('学籍系统人数', { exact: true })).toHaveValue('500');

  const pdf = await save(page, '导出 PDF');
  const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const s of ['“三比对”及人籍一致核查表', '城关中学', '2021-2022学年下学期', '学籍系统人数500', '人籍一致']) expect(text).toContain(s);
  const xlsx = await save(page, '导出 Excel');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx.path);
  const all: unknown[] = [];
  wb.worksheets[0].eachRow((row) => row.eachCell((c) => all.push(c.value)));
  expect(all).toContain(500);
  expect(all).toContain('人籍一致');
});

test('a catalogue exported by version 1 (one field per item cell) imports and opens with every value in its item', async ({ page, site }) => {
  await page.goto(`${site.url}/data/`);
  await hydrated(page);
  await page.locator('#import-files').setInputFiles('tests/fixtures/v1/xlsx/2-2.form.xlsx');
  await expect(page.getByTestId('import-tally')).toHaveText('新增 1 条，更新 0 条，未变 0 条，无法导入 0 条');
  await expect(page.getByTestId('import-preview')).not.toContainText('已忽略');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('已导入 1 条记录')).toBeVisible();

  await page.goto(`${site.url}/forms/2-2/`);
  await expect(page.getByLabel('学校', { exact: true })).toHaveValue('学校1');
  await expect(page.getByRole('group', { name: 'Ⅰ类② 情况' }).getByLabel('部分')).toBeChecked();
  await expect(page.getByLabel('Ⅰ类② 份数')).toHaveValue('19');
  await expect(page.getByLabel('Ⅰ类② 备注')).toHaveValue('Ⅰ类② 备注1');
  await expect(page.getByTestId('missing-overview')).not.toContainText('未核对');
  // v1 stored 40 volumes for box Ⅲ; the editor offers at most 9.
  await expect(page.getByLabel('Ⅲ类 盒数')).toHaveValue('9');
  await expect(page.getByText('完成', { exact: true }).first()).toBeVisible();
});
