import { test, expect } from './site';
import { addVisit } from './visits';

test('3-2 counts one child once across bracket styles, and leaves out drafts and "无" suggestions', async ({ page, site }) => {
  await addVisit(page, site.url, { 家访教师姓名: '王老师', 受访学生姓名: '张三', 班级: '七年级(2)班',
    '家长对学校、对教育部门的建议和意见': '希望多组织课外活动' });
  await addVisit(page, site.url, { 家访教师姓名: '李老师', 受访学生姓名: '张三', 班级: '七年级（2）班',
    '家长对学校、对教育部门的建议和意见': '无' }, '电话');
  // A record begun but not finished: only a student and a class.
  await page.goto(`${site.url}/forms/3-1/`);
  await page.getByRole('button', { name: '新建记录' }).click();
  await page.getByLabel('受访学生姓名', { exact: true }).fill('李四');
  await page.getByLabel('班级', { exact: true }).fill('七年级（2）班');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await expect(page.getByTestId('status')).toHaveText('草稿');

  await page.goto(`${site.url}/forms/3-2/`);
  await page.getByLabel('干部教师总数', { exact: true }).fill('10');
  await page.getByLabel('学生总数', { exact: true }).fill('40');
  const v = (label: string) => page.getByLabel(label, { exact: true });
  await expect(v('家访记录总数（含信件家访）')).toHaveValue('2');
  await expect(v('参与家访的干部教师数')).toHaveValue('2');
  await expect(v('被家访的学生数')).toHaveValue('1');
  await expect(v('被家访的学生占学生总数的比例（%）')).toHaveValue('2.5');
  await expect(v('征集家长意见和建议数量')).toHaveValue('1');
  await expect(page.getByText('家长建议栏填“无”“暂无”“/”等的不计入')).toBeVisible();
  await expect(page.getByTestId('sources-note')).toContainText('另有 1 份草稿未计入');

  // Finished, the draft counts and the note goes.
  await page.goto(`${site.url}/forms/3-1/`);
  await page.getByTestId('entry-row').filter({ hasText: '李四' }).getByRole('link').click();
  await page.getByLabel('家访教师姓名', { exact: true }).fill('赵老师');
  for (const [label, text] of Object.entries({ 单位名称: '城关中学', 受访家长姓名: '李建国', 电话1: '13912345679',
    家访地址: '城关镇西街3号', 家访时间: '16:00-17:00', 受访学生家庭基本情况: '单亲家庭。', 受访学生个人基本情况: '爱读书。',
    家访要点: '了解学习情况。', 家访效果: '家长配合。', 家访记录人: '赵老师' }))
    await page.getByLabel(label, { exact: true }).fill(text);
  await page.getByLabel('家访形式').selectOption({ label: '面对面（实地）' });
  await expect(page.getByTestId('status')).toHaveText('完成');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.goto(`${site.url}/forms/3-2/`);
  await expect(v('家访记录总数（含信件家访）')).toHaveValue('3');
  await expect(v('被家访的学生数')).toHaveValue('2');
  await expect(page.getByTestId('sources-note')).toHaveCount(0);
});

test('a share over 100% keeps 3-2 a draft, with the reason beside the count, until it is confirmed', async ({ page, site }) => {
  await addVisit(page, site.url, { 家访教师姓名: '王老师', 受访学生姓名: '张三', 班级: '七年级（1）班' });
  await addVisit(page, site.url, { 家访教师姓名: '王老师', 受访学生姓名: '李四', 班级: '七年级（1）班' });
  await addVisit(page, site.url, { 家访教师姓名: '王老师', 受访学生姓名: '王五', 班级: '七年级（1）班' });
  await page.goto(`${site.url}/forms/3-2/`);
  await page.getByLabel('单位名称（章）').fill('城关中学');
  await page.getByLabel('干部教师总数', { exact: true }).fill('5');
  await page.getByLabel('学生总数', { exact: true }).fill('2');
  const count = page.getByLabel('被家访的学生数', { exact: true });
  await expect(count).toHaveValue('3');
  await expect(page.getByLabel('被家访的学生占学生总数的比例（%）')).toHaveValue('150.0');
  await expect(page.getByTestId('status')).toHaveText('草稿');
  await expect(count).toHaveAttribute('aria-invalid', 'true');
  await expect(count).toHaveAccessibleDescription(/被家访的学生数（3）大于学生总数（2）.*已核实：被家访的学生数无误/);

  // The head teacher checks the numbers: the total was right, one child was visited twice over.
  await page.getByLabel('已核实：被家访的学生数无误').check();
  await expect(page.getByTestId('status')).toHaveText('完成');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('已核实：被家访的学生数无误')).toBeChecked();
  await expect(page.getByTestId('status')).toHaveText('完成');
  await expect(count).not.toHaveAttribute('aria-invalid', 'true');

  // Or the total is corrected, and no confirmation is needed.
  await page.getByLabel('已核实：被家访的学生数无误').uncheck();
  await expect(page.getByTestId('status')).toHaveText('草稿');
  await page.getByLabel('学生总数', { exact: true }).fill('40');
  await expect(page.getByTestId('status')).toHaveText('完成');
});
