import { readFileSync } from 'node:fs';
import { encryptedBackup } from './backup';
import { test, expect, hydrated } from './site';

// Issue 16: the backup is encrypted by default; restoring it asks the passphrase, and a wrong
// one changes nothing. A plain backup is made only after a warning that names what it holds.

const ZHANG_ID = '610526201003151230';

test('an encrypted backup hides the children, restores on a fresh browser with its passphrase, and a wrong one changes nothing', async ({ page, site }) => {
  await page.goto(`${site.url}/forms/roster/`);
  await page.getByRole('button', { name: '导入花名册（Excel/CSV）' }).click();
  await page.locator('#roster-file').setInputFiles('tests/fixtures/roster-gbk.csv');
  await page.getByRole('button', { name: '下一步：预览' }).click();
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-import-done')).toHaveText(/新增 5 人/);

  await page.goto(`${site.url}/data/`);
  await hydrated(page);
  // Turning encryption off names what a plain file would hold.
  await page.getByLabel('不加密').check();
  await expect(page.getByTestId('plain-backup-warning')).toContainText('含 5 名儿童的身份证号，以及本机全部 5 条记录');
  await page.getByRole('button', { name: '备份全部数据' }).click();
  await expect(page.getByRole('alert')).toHaveText('请先勾选“我知道此文件未加密”，或改为加密备份。');
  await page.getByLabel('加密备份（推荐）').check();
  // The passphrase: a minimum length, typed twice alike.
  await page.getByLabel(/^备份密码/).fill('short');
  await page.getByLabel('再次输入备份密码').fill('short');
  await page.getByRole('button', { name: '备份全部数据' }).click();
  await expect(page.getByRole('alert')).toHaveText('密码至少需要 8 位。');
  await page.getByLabel(/^备份密码/).fill('蒲城县城关中学2021');
  await page.getByLabel('再次输入备份密码').fill('蒲城县城关中学2020');
  await page.getByRole('button', { name: '备份全部数据' }).click();
  await expect(page.getByRole('alert')).toHaveText('两次输入的密码不一致，请重新输入。');
  await expect(page.getByText('密码丢失后备份无法恢复')).toBeVisible();

  const backup = await encryptedBackup(page, '蒲城县城关中学2021');
  expect(backup.name).toMatch(/^本机_家访控辍保学备份_\d{8}\.json$/);
  const text = readFileSync(backup.path, 'utf8');
  for (const secret of ['张三', ZHANG_ID, '东街村', '13912345678']) expect(text).not.toContain(secret);
  expect(JSON.parse(text)).toMatchObject({ format: 'encrypted-backup', kdf: { name: 'PBKDF2', hash: 'SHA-256' }, cipher: { name: 'AES-GCM' } });

  // Another browser, with a record of its own.
  const fresh = await page.context().browser()!.newContext();
  const p2 = await fresh.newPage();
  await p2.goto(`${site.url}/forms/3-1/`);
  await p2.getByRole('button', { name: '新建记录' }).click();
  await p2.getByLabel('受访学生姓名').fill('赵同学');
  await expect(p2.getByTestId('save-state')).toHaveText('已保存');
  await p2.goto(`${site.url}/data/`);
  await hydrated(p2);
  await p2.locator('#import-files').setInputFiles(backup.path);
  await expect(p2.getByTestId('backup-passphrase')).toContainText('这是加密的备份文件');
  await p2.getByLabel('备份文件的密码').fill('蒲城县城关中学2020');
  await p2.getByRole('button', { name: '解密并预览' }).click();
  await expect(p2.getByRole('alert')).toContainText('密码不正确，无法解密此备份（也可能文件已损坏）。本机数据没有任何改动。');
  await expect(p2.getByTestId('import-preview')).toHaveCount(0);
  await p2.goto(`${site.url}/forms/roster/`);
  // Wait for the list itself: an absent count only means the page has not read the database yet.
  await expect(p2.getByTestId('roster-count')).toContainText('共 0 人');
  await expect(p2.getByText('花名册还没有儿童')).toBeVisible();
  await p2.goto(`${site.url}/forms/3-1/`);
  await expect(p2.getByTestId('entry-row')).toHaveCount(1);

  await p2.goto(`${site.url}/data/`);
  await hydrated(p2);
  await p2.locator('#import-files').setInputFiles(backup.path);
  await p2.getByLabel('备份文件的密码').fill('蒲城县城关中学2021');
  await p2.getByRole('button', { name: '解密并预览' }).click();
  await expect(p2.getByTestId('import-tally')).toHaveText('新增 5 条，更新 0 条，未变 0 条，无法导入 0 条');
  await p2.getByRole('button', { name: '确认导入' }).click();
  await expect(p2.getByText('已导入 5 条记录')).toBeVisible();
  await p2.goto(`${site.url}/forms/roster/`);
  await expect(p2.getByTestId('roster-count')).toContainText('共 5 人');
  await p2.goto(`${site.url}/forms/3-1/`);
  await expect(p2.getByTestId('entry-row')).toHaveCount(1);
  await fresh.close();
});

test('the lists a unit types once travel with the backup, restored only where the device has none', async ({ page, site }) => {
  await page.goto(`${site.url}/school/`);
  await hydrated(page);
  await page.getByLabel('应交教师名单').fill('王老师 一班\n李老师 二班');
  await page.getByRole('button', { name: '保存名单' }).click();
  await expect(page.getByTestId('expected-msg')).toHaveText('已保存名单：2 位教师。');
  await page.goto(`${site.url}/data/`);
  const backup = await encryptedBackup(page, '城关中学教务处2021');

  const fresh = await page.context().browser()!.newContext();
  const p2 = await fresh.newPage();
  for (const round of [1, 2]) {
    await p2.goto(`${site.url}/data/`);
    await hydrated(p2);
    await p2.locator('#import-files').setInputFiles(backup.path);
    await p2.getByLabel('备份文件的密码').fill('城关中学教务处2021');
    await p2.getByRole('button', { name: '解密并预览' }).click();
    if (round === 1) {
      await expect(p2.getByTestId('import-lists')).toHaveText('备份中的应交记录的教师名单（2 项）：本机还没有，将一并恢复。');
      await p2.getByRole('button', { name: '确认导入' }).click();
      await expect(p2.getByText('已导入 0 条记录，并恢复了设置，并恢复了应交记录的教师名单。')).toBeVisible();
      await p2.goto(`${site.url}/school/`);
      await expect(p2.getByLabel('应交教师名单')).toHaveValue('王老师 一班\n李老师 二班');
    } else {
      // Now the device has its own list: the backup's never replaces it.
      await expect(p2.getByTestId('import-lists')).toHaveText('备份中的应交记录的教师名单（2 项）：本机已有，保留本机的名单，不会被备份替换。');
    }
  }
  await fresh.close();
});
