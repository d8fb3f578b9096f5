import type { Page } from '@playwright/test';
import { expect } from './site';

/** What a teacher writes in every 附件3-1 that is not about whom they visited. */
const REST = {
  单位名称: '城关中学',
  受访家长姓名: '张建国',
  电话1: '13912345678',
  家访地址: '城关镇东街12号',
  家访时间: '15:00-16:00',
  受访学生家庭基本情况: '父母务农。',
  受访学生个人基本情况: '学习认真。',
  家访要点: '宣传控辍保学政策。',
  家访效果: '家长支持学校工作。',
  家访记录人: '王老师',
};

/**
 * A 附件3-1 record made as a teacher makes it, with every field the record table asks for
 * (so it shows 完成 and 附件3-2 counts it); `values` by label name the teacher, student, class
 * and anything else.
 */
export async function addVisit(page: Page, base: string, values: Record<string, string>, mode = '面对面（实地）') {
  await page.goto(`${base}/forms/3-1/`);
  await page.getByRole('button', { name: '新建记录' }).click();
  for (const [label, v] of Object.entries({ ...REST, ...values })) await page.getByLabel(label, { exact: true }).fill(v);
  await page.getByLabel('家访形式').selectOption({ label: mode });
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await expect(page.getByTestId('status')).toHaveText('完成');
}
