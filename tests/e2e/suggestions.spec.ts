import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { plainBackup } from './backup';
import { test, expect, save } from './site';
import { openpyxlRows } from './openpyxl';
import { addVisit } from './visits';

const SUGGESTION = '家长对学校、对教育部门的建议和意见';
const pdfText = (path: string) => execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, '');

test('parents’ suggestions typed in 3-1 records appear in the list once each, classified, counted and exported', async ({ page, site }) => {
  await addVisit(page, site.url, { 家访教师姓名: '王老师', 受访学生姓名: '张三', 班级: '七年级（1）班', [SUGGESTION]: '希望延长课后服务时间' });
  await addVisit(page, site.url, { 家访教师姓名: '李老师', 受访学生姓名: '李四', 班级: '七年级（1）班', [SUGGESTION]: '无' }, '电话');
  await addVisit(page, site.url, { 家访教师姓名: '王老师', 受访学生姓名: '王五', 班级: '七年级（2）班', [SUGGESTION]: '校门口车多，注意上下学安全' });

  await page.goto(`${site.url}/`);
  await expect(page.getByTestId('progress-suggestion')).toHaveText('家长意见和建议 2 条，待处理 2 条');
  await page.getByRole('link', { name: '意见建议' }).first().click();
  await expect(page).toHaveURL(/\/suggestions\/$/);
  const items = page.getByTestId('suggestion-item');
  await expect(items).toHaveCount(2);
  await expect(page.getByTestId('suggestion-count')).toContainText('共有家长意见和建议 2 条');
  const safety = items.filter({ hasText: '校门口车多' });
  await safety.getByLabel('类别').selectOption('安全');
  await safety.getByLabel('共性/个性').selectOption('共性');
  await safety.getByLabel('处理状态').selectOption('已解决');
  await safety.getByLabel('答复或措施').fill('已安排教师上下学时段在校门口值守');
  await safety.getByLabel('答复或措施').blur();
  await expect(page.getByTestId('suggestion-tally')).toContainText('安全 1 条');
  await page.screenshot({ path: test.info().outputPath('suggestions.png'), fullPage: true });

  await page.reload();
  const again = page.getByTestId('suggestion-item').filter({ hasText: '校门口车多' });
  await expect(again.getByLabel('类别')).toHaveValue('安全');
  await expect(again.getByLabel('共性/个性')).toHaveValue('共性');
  await expect(again.getByLabel('处理状态')).toHaveValue('已解决');
  await expect(again.getByLabel('答复或措施')).toHaveValue('已安排教师上下学时段在校门口值守');
  await expect(page.getByTestId('suggestion-tally')).toContainText('处理情况：待处理 1 条，已答复 0 条，已解决 1 条');

  // The list's Excel and PDF read back to what the page shows.
  const xlsx = await save(page, '导出台账 Excel');
  const rows = Object.values(openpyxlRows(xlsx.path))[0]!.map((r) => r.map((c) => c ?? ''));
  expect(rows[0]![0]).toBe('家长意见和建议处理台账');
  expect(rows[2]).toEqual(['序号', '家长意见和建议', '班级学生', '家访教师', '家访日期', '共性/个性', '答复或措施', '处理状态']);
  const body = rows.filter((r) => /^\d+$/.test(String(r[0])));
  expect(body.map((r) => [r[1], r[5], r[7]])).toEqual([
    ['校门口车多，注意上下学安全', '共性', '已解决'],
    ['希望延长课后服务时间', '', '待处理'],
  ]);
  const pdf = await save(page, '导出台账 PDF');
  const text = pdfText(pdf.path);
  for (const s of ['家长意见和建议处理台账', '希望延长课后服务时间', '校门口车多，注意上下学安全', '已安排教师上下学时段在校门口值守', '安全1条'])
    expect(text).toContain(s);

  // The 家访总结 repeats 3-2's numbers and the counts, and starts from a text made of them.
  await page.getByRole('link', { name: '家访总结' }).click();
  const v = (label: string) => page.getByLabel(label, { exact: true });
  await expect(v('征集家长意见和建议数量')).toHaveValue('2');
  await expect(v('家访记录总数（含信件家访）')).toHaveValue('3');
  await expect(v('类别：安全')).toHaveValue('1');
  await expect(v('类别：未分类')).toHaveValue('1');
  await expect(v('处理情况：已解决')).toHaveValue('1');
  await expect(v('家访总结')).toHaveValue(/共征集家长意见和建议 2 条。按类别：课后服务 0 条，“双减” 0 条，安全 1 条/);
  await v('家访总结').fill('我校本学期共家访3次，家长意见2条，已解决1条。');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(v('家访总结')).toHaveValue('我校本学期共家访3次，家长意见2条，已解决1条。');
  await page.screenshot({ path: test.info().outputPath('summary.png'), fullPage: true });
  const sx = await save(page, '导出 Excel');
  const flat = Object.values(openpyxlRows(sx.path))[0]!.flat().map((c) => String(c ?? '')).join('|');
  expect(flat).toContain('我校本学期共家访3次，家长意见2条，已解决1条。');
  expect(flat).toContain('安全 1 条');
  const sp = await save(page, '导出 PDF');
  expect(pdfText(sp.path)).toContain('我校本学期共家访3次，家长意见2条，已解决1条。');

  // 3-2's page says the same number.
  await page.goto(`${site.url}/forms/3-2/`);
  await expect(v('征集家长意见和建议数量')).toHaveValue('2');
  // 附件2-2 files the 家访总结 under Ⅰ③ (学校控辍保学工作安排、总结等), with the status its page shows.
  await page.goto(`${site.url}/forms/2-2/`);
  await expect(page.getByTestId('produced-visit-summary')).toContainText('本应用中：');

  // The record's suggestion rewritten: the classification is kept but marked, not silently re-attached.
  await page.goto(`${site.url}/forms/3-1/`);
  await page.getByTestId('entry-row').filter({ hasText: '王五' }).getByRole('link').click();
  await page.getByLabel(SUGGESTION, { exact: true }).fill('校门口车多，希望安排交警疏导');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.goto(`${site.url}/suggestions/`);
  const marked = page.getByTestId('suggestion-item').filter({ hasText: '希望安排交警疏导' });
  await expect(marked.getByTestId('suggestion-changed')).toHaveText('（原文已修改）');
  await expect(marked.getByLabel('类别')).toHaveValue('安全');
  await expect(page.getByTestId('suggestion-tally')).toContainText('待处理 2 条');
  await marked.getByRole('button', { name: '已复核，保留分类' }).click();
  await expect(marked.getByTestId('suggestion-changed')).toHaveCount(0);
  await expect(page.getByTestId('suggestion-tally')).toContainText('待处理 1 条，已答复 0 条，已解决 1 条');
});

test('a reply typed and the tab closed 0–50 ms later is kept, and each item stays one classification', async ({ context, page, site }) => {
  await addVisit(page, site.url, { 家访教师姓名: '王老师', 受访学生姓名: '王五', 班级: '七年级（2）班', [SUGGESTION]: '校门口车多，注意上下学安全' });
  for (let i = 0; i < 6; i++) {
    const tab = await context.newPage();
    await tab.goto(`${site.url}/suggestions/`);
    const reply = tab.getByTestId('suggestion-item').getByLabel('答复或措施');
    await expect(reply).toHaveValue(i === 0 ? '' : `答复第${i - 1}稿`);
    await reply.fill(`答复第${i}稿`);
    await tab.waitForTimeout((i * 17) % 51); // a person closing the tab right after typing
    await tab.close();
  }
  await page.goto(`${site.url}/suggestions/`);
  await expect(page.getByTestId('suggestion-item').getByLabel('答复或措施')).toHaveValue('答复第5稿');
  await page.goto(`${site.url}/data/`);
  const backup = await plainBackup(page);
  const doc = JSON.parse(readFileSync(backup.path, 'utf8')) as { entries: { formId: string; data: { reply?: string } }[] };
  expect(doc.entries.filter((e) => e.formId === 'suggestion').map((e) => e.data.reply)).toEqual(['答复第5稿']);
});
