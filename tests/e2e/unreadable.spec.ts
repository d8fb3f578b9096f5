import { readFile } from 'node:fs/promises';
import { test, expect, hydrated, save } from './site';

const Y2100 = Date.UTC(2100, 0, 1, 8);

/** Stored rows an older app, a hand-edited backup or a newer app could have left behind. */
const broken = () => [
  { id: '11111111-1111-4111-8111-111111111111', formId: '3-1', formVersion: 1, createdAt: 1, updatedAt: Y2100,
    status: 'draft', data: { student: 123, teacher: ['王老师'] } },
  { id: '22222222-2222-4222-8222-222222222222', formId: '3-1', formVersion: 99, createdAt: 1, updatedAt: 1_700_000_000_000,
    status: 'complete', data: { student: '未来版本' } },
  { id: '33333333-3333-4333-8333-333333333333', formId: 'roster', formVersion: 1, createdAt: 1, updatedAt: 'yesterday',
    status: 'draft', data: { name: '李四' } },
];

test('rows that no longer parse are listed on /data/, exported raw, and every total says it left them out', async ({ page, site }) => {
  await page.goto(`${site.url}/forms/3-1/`);
  await hydrated(page);
  await page.getByRole('button', { name: '新建记录' }).click();
  await page.getByLabel('受访学生姓名', { exact: true }).fill('张三');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  // Written straight into IndexedDB, past every check, as an old app version would have.
  await page.evaluate((rows) => new Promise<void>((ok, fail) => {
    const open = indexedDB.open('jiafang');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('entries', 'readwrite');
      for (const r of rows) tx.objectStore('entries').put(r);
      tx.oncomplete = () => { open.result.close(); ok(); };
      tx.onerror = () => fail(tx.error);
    };
  }), broken());

  await page.goto(`${site.url}/forms/3-1/`);
  await expect(page.getByTestId('entry-row')).toHaveCount(1);
  await expect(page.locator('.entry-list .count')).toContainText('共 1 条');
  await expect(page.locator('.entry-list .count')).toContainText('另有 2 条记录无法读取，未计入（见“数据”页）');

  await page.goto(`${site.url}/forms/3-2/`);
  await expect(page.getByTestId('unreadable-note')).toHaveText(/另有 2 条记录无法读取，未计入/);

  await page.goto(`${site.url}/forms/roster/`);
  await expect(page.getByTestId('roster-count')).toContainText('另有 1 条记录无法读取');
  await page.goto(`${site.url}/forms/1-1/`);
  await expect(page.getByTestId('unreadable-note')).toHaveText(/另有 1 条记录无法读取/);

  await page.goto(`${site.url}/`);
  await expect(page.locator('.card', { hasText: '附件3-1' }).getByTestId('unreadable-note')).toContainText('另有 2 条');

  await page.goto(`${site.url}/data/`);
  await hydrated(page);
  const section = page.getByTestId('unreadable');
  await expect(section.getByRole('heading', { name: '无法读取的记录' })).toBeVisible();
  const rows = section.getByTestId('unreadable-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: '花名册' })).toContainText('修改时间');
  await expect(rows.filter({ hasText: '2100年1月1日' })).toContainText('附件3-1');
  await expect(rows.filter({ hasText: '2100年1月1日' })).toContainText('受访学生姓名');
  await expect(rows.filter({ hasText: '更新版本' })).toHaveCount(1);
  await expect(section).not.toContainText('student');

  const file = await save(page, '导出原始数据（JSON）');
  await expect(page.getByTestId('privacy-warning')).toContainText('的原始内容（可能有儿童的完整身份证号），请只发给需要的人。');
  const back = JSON.parse(await readFile(file.path, 'utf8')) as { id: string }[];
  expect(back.sort((a, b) => a.id.localeCompare(b.id))).toEqual(broken());

  // Nothing was deleted by looking: the list still says so after a reload.
  await page.goto(`${site.url}/forms/3-1/`);
  await expect(page.locator('.entry-list .count')).toContainText('另有 2 条');
});
