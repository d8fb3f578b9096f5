// Every page on a 360 px phone, with data in it: each thing a finger can tap is at least
// 44×44 CSS px (a checkbox or radio by the label row around it), and no text is smaller
// than 14 px, badges and hints included.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { checkDigit } from '../../src/calc/idcard';
import { test, expect, hydrated } from './site';

const idNumber = (n: number) => {
  const body = `6105262012031${String(n).padStart(3, '0')}1`;
  return body + checkDigit(body);
};

const VISIT = randomUUID();
const FORM4 = randomUUID();
const CHILD = randomUUID();
const HOME_VISIT = randomUUID();

/** A backup with a roster, a finished and a draft 3-1 record and a 附件4, as /data/ writes one. */
function backupFile(): string {
  const now = Date.now();
  const entry = (formId: string, data: Record<string, unknown>, id = randomUUID(), status = 'complete') =>
    ({ id, formId, formVersion: 1, createdAt: now, updatedAt: now, status, data });
  const statuses = ['县域内实际就读', '县域外就读', '外迁无法联系', '厌学辍学', '初中已毕业'];
  const children = statuses.map((status, i) => entry('roster', {
    name: `儿童${i + 1}`, sex: '男', idNumber: idNumber(i + 1), birth: `2012-03-1${i + 1}`, village: i % 2 ? '东街村' : '西街村',
    address: `东街村${i + 1}号`, parent: `家长${i + 1}`, phone: '13800000000', status, sub: '', school: '城关中学', grade: '四年级', disabled: i < 2 ? '是' : '否',
  }, i === 0 ? CHILD : randomUUID()));
  const visit = entry('3-1', {
    unit: '城关中学', date: '2021-10-25', teacher: '王老师', position: '班主任', student: '李明', className: '七年级（2）班',
    groups: ['留守儿童（含单亲子女）'], parent: '李建国', phone1: '13912345678', address: '城关镇东街12号',
    time: '15:00-16:00', mode: 'face', family: '父母务农。', personal: '学习认真。', points: '宣传控辍保学政策。',
    effect: '家长支持学校工作。', recorder: '王老师',
  }, VISIT);
  const draft = entry('3-1', { unit: '城关中学', student: '赵四', className: '八年级（1）班' }, randomUUID(), 'draft');
  const form4 = entry('4', { childId: children[3]!.id, name: '儿童4', sex: '男', idNumber: idNumber(4) }, FORM4, 'draft');
  // A graduate of the campaign year, so /graduates/ shows a card (its fields, 销号, 删除).
  const graduate = entry('graduate', {
    year: 2021, name: '毕业生一', sex: '男', idNumber: idNumber(6), birth: '2009-03-16', school: '城关小学',
    juniorSchool: '城关中学', grade: '七年级', evidence: '学籍截图', collected: true, closed: true, note: '',
  });
  // 残疾儿童 (/special/): a 送教上门 child with a draft visit this month and one of an earlier month.
  const today = new Date().toISOString().slice(0, 10);
  const assessed = entry('disability', {
    childId: CHILD, name: '儿童1', idNumber: idNumber(1), assessDate: '2021-09-10', conclusion: '中度智力残疾', placement: '送教上门',
  });
  const homeVisits = [
    entry('home-teaching', { childId: CHILD, name: '儿童1', date: today, teachers: '王老师' }, HOME_VISIT, 'draft'),
    entry('home-teaching', {
      childId: CHILD, name: '儿童1', date: '2021-10-08', teachers: '王老师', content: '识字', minutes: 60, guardian: '家长1',
    }),
  ];
  const path = test.info().outputPath('backup.json');
  writeFileSync(path, JSON.stringify({
    app: 'jiafang-form-pack', format: 1, exportedAt: new Date(now).toISOString(),
    settings: { unit: '城关中学', town: '城关镇', year: 2021, teacher: '王老师' },
    entries: [...children, visit, draft, form4, graduate, assessed, ...homeVisits],
  }));
  return path;
}

interface Problem { what: string; size: string }

/** Visible targets smaller than 44×44 and visible text under 14 px, described for the report. */
function audit(page: Page): Promise<{ problems: Problem[]; checked: number }> {
  return page.evaluate(() => {
    const out: { what: string; size: string }[] = [];
    let checked = 0;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 2 && r.height > 2 && s.visibility !== 'hidden' && s.display !== 'none' && !el.closest('[hidden], [aria-hidden="true"]')
        && (el as HTMLElement).offsetParent !== null || (r.width > 2 && s.position === 'fixed');
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent || (el as HTMLInputElement).value || el.getAttribute('aria-label') || '').trim().slice(0, 20)}”`;
    const targets = document.querySelectorAll('a[href], button, input, select, textarea, summary, label');
    for (const el of targets) {
      let box: Element = el;
      if (el.tagName === 'LABEL') {
        // A label is a target when it wraps a checkbox or radio (or is the styled file button).
        if (!el.querySelector('input[type=checkbox], input[type=radio]') && !el.classList.contains('button')) continue;
      }
      if (el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type)) {
        // Its label row is the target: the wrapping label, or the label that names it.
        const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
        if (!label) {
          out.push({ what: `${name(el)} has no label`, size: '' });
          continue;
        }
        const a = el.getBoundingClientRect();
        const b = label.getBoundingClientRect();
        // Box and label together (a flag field: box beside its label), as the finger meets them.
        const row = el.closest('label') ? b : { width: Math.max(a.right, b.right) - Math.min(a.left, b.left), height: Math.max(a.bottom, b.bottom) - Math.min(a.top, b.top) };
        if (!visible(el) && !visible(label)) continue;
        checked++;
        if (row.width < 44 || row.height < 44) out.push({ what: `${name(el)} (label row)`, size: `${Math.round(row.width)}×${Math.round(row.height)}` });
        continue;
      }
      if (el instanceof HTMLInputElement && (el.type === 'hidden' || el.type === 'file')) continue; // the file input is opened by its label.button
      if (!visible(box)) continue;
      checked++;
      const r = box.getBoundingClientRect();
      if (r.width < 44 || r.height < 44) out.push({ what: name(el), size: `${Math.round(r.width)}×${Math.round(r.height)}` });
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || !n.textContent?.trim() || !visible(parent)) continue;
      if (parent.closest('script, style, noscript, option, .visually-hidden')) continue;
      const px = parseFloat(getComputedStyle(parent).fontSize);
      if (px < 14) out.push({ what: `text “${n.textContent.trim().slice(0, 20)}” in ${name(parent)}`, size: `${px}px` });
    }
    return { problems: out, checked };
  });
}

/** Opens every closed <details>, so that what it hides is checked too. */
const openAll = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

const PAGES = [
  '/', '/forms/roster/', `/forms/roster/?id=${CHILD}`, '/forms/1-1/', '/forms/1-2/', '/forms/2-1/', '/forms/4/', `/forms/4/?id=${FORM4}`, '/forms/2-2/',
  '/forms/enrolment-check/', '/forms/3-1/', `/forms/3-1/?id=${VISIT}`, '/forms/3-2/', '/data/', '/settings/', '/privacy/', '/school/', '/town/',
  '/bureau/', '/recheck/', '/graduates/', '/special/', `/special/?id=${HOME_VISIT}`, '/monitor/',
];

test('every page at 360×640 has 44×44 tap targets and text of 14 px or more', async ({ page, site }) => {
  test.setTimeout(240_000);
  await page.goto(`${site.url}/data/`);
  await hydrated(page);
  await page.locator('#import-files').setInputFiles(backupFile());
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText(/已导入 \d+ 条记录/)).toBeVisible();

  const problems: string[] = [];
  for (const path of PAGES) {
    await page.goto(`${site.url}${path}`);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    // Data shown, not a loading line (also inside the <details> once they are open).
    const loading = page.getByText('正在读取…', { exact: true }).filter({ visible: true });
    await expect(loading, path).toHaveCount(0);
    await openAll(page);
    await expect(loading, path).toHaveCount(0);
    if (path === '/graduates/') await expect(page.getByTestId('graduate')).toHaveCount(1);
    const { problems: found, checked } = await audit(page);
    expect(checked, `${path}: targets checked`).toBeGreaterThan(6); // the menu and something of the page
    for (const p of found) problems.push(`${path}: ${p.what} ${p.size}`);
  }
  expect(problems).toEqual([]);
});
