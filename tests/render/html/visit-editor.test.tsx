// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { visitRecord } from '../../../src/forms/visit-record';
import { verification } from '../../../src/forms/verification';
import { EntryEditor } from '../../../src/render/html/EntryEditor';
import { EntryList } from '../../../src/render/html/EntryList';
import { CreateFrom } from '../../../src/render/html/CreateFrom';
import { AppDB, useDb } from '../../../src/storage/db';
import { newEntry } from '../../../src/storage/entry-parse';
import { saveEntry } from '../../../src/storage/entry-write';

const ID = '610526201001011234';
let root: HTMLElement;
let n = 0;
beforeEach(() => {
  useDb(new AppDB(`visit-editor-${++n}`));
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
});

/** Waits until `test` holds, letting IndexedDB and Preact run (no fixed sleeps). */
async function until(test: () => boolean) {
  for (let i = 0; i < 200 && !test(); i++) await act(() => new Promise((ok) => setTimeout(ok, 10)));
  expect(test()).toBe(true);
}

describe('附件3-1 editor', () => {
  it('has one 出行报备 heading; the 报备 times read as text (未报备), not as empty boxes', async () => {
    const entry = await saveEntry(newEntry('3-1', { student: '张三' }));
    await act(() => render(h(EntryEditor, { form: visitRecord, initial: entry }), root));
    await until(() => root.querySelector('button') !== null);
    const headings = [...root.querySelectorAll('h2')].map((e) => e.textContent);
    expect(headings.filter((t) => t === '出行报备')).toHaveLength(1);
    const depart = root.querySelector('#f-departAt')!;
    expect(depart.tagName).toBe('OUTPUT');
    expect(depart.textContent).toBe('未报备');
    expect(root.querySelector('input#f-departAt, input#f-returnAt')).toBeNull();
    // The buttons sit in the 出行报备 section, after its fields.
    const section = depart.closest('section')!;
    expect(section.querySelector('h2')?.textContent).toBe('出行报备');
    expect([...section.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['出发报备', '结束报备']);
  });

  it('shows 已知悉 only when an on-site group is visited another way', async () => {
    const entry = await saveEntry(newEntry('3-1', { student: '张三', groups: ['孤儿'], mode: 'phone' }));
    await act(() => render(h(EntryEditor, { form: visitRecord, initial: entry }), root));
    await until(() => root.querySelector('#f-student') !== null);
    expect(root.querySelector('#f-onSiteAck')).toBeNull();
    await act(() => render(null, root));
    const other = await saveEntry(newEntry('3-1', { student: '李四', groups: ['学习困难学生'], mode: 'phone' }));
    await act(() => render(h(EntryEditor, { form: visitRecord, initial: other }), root));
    await until(() => root.querySelector('#f-onSiteAck') !== null);
    expect((root.querySelector('#f-onSiteAck') as HTMLInputElement).disabled).toBe(false);
  });

  it('offers 从花名册选择学生 only when there is a roster, and fills the record from it', async () => {
    const entry = await saveEntry(newEntry('3-1', { student: '', className: '七年级（2）班' }));
    await act(() => render(h(EntryEditor, { form: visitRecord, initial: entry }), root));
    await until(() => root.querySelector('#f-student') !== null);
    await act(() => new Promise((ok) => setTimeout(ok, 50)));
    expect(root.textContent).not.toContain('从花名册选择学生');
    await act(() => render(null, root));

    await saveEntry(newEntry('roster', { name: '张三', idNumber: ID, parent: '张建国', phone: '13912345678', address: '东街12号', status: '在校' }));
    await act(() => render(h(EntryEditor, { form: visitRecord, initial: entry }), root));
    await until(() => root.textContent!.includes('从花名册选择学生'));
    const details = root.querySelector('details')!;
    details.open = true;
    await act(() => { details.dispatchEvent(new Event('toggle')); });
    await until(() => root.querySelector('[aria-label="选择 张三"]') !== null);
    expect(root.textContent).not.toContain(ID); // masked in the picker
    await act(() => (root.querySelector('[aria-label="选择 张三"]') as HTMLButtonElement).click());
    await until(() => (root.querySelector('#f-parent') as HTMLInputElement).value === '张建国');
    expect((root.querySelector('#f-student') as HTMLInputElement).value).toBe('张三');
    expect((root.querySelector('#f-phone1') as HTMLInputElement).value).toBe('13912345678');
    expect((root.querySelector('#f-address') as HTMLInputElement).value).toBe('东街12号');
    expect((root.querySelector('#f-className') as HTMLInputElement).value).toBe('七年级（2）班');
  });
});

describe('ID numbers in lists', () => {
  it('are masked in the 附件4 list, whole after a tap on 显示', async () => {
    await saveEntry(newEntry('4', { name: '张三', idNumber: ID }));
    await act(() => render(h(EntryList, { form: verification, href: (id: string) => `?id=${id}` }), root));
    await until(() => root.querySelector('[data-testid="entry-row"]') !== null);
    expect(root.textContent).not.toContain(ID);
    expect(root.querySelector('[data-testid="id-number"]')!.textContent).toBe('610526********1234');
    await act(() => (root.querySelector('[aria-label="显示 张三 的身份证号码"]') as HTMLButtonElement).click());
    expect(root.querySelector('[data-testid="id-number"]')!.textContent).toBe(ID);
  });

  it('are masked in 从花名册选择儿童, and a child is still found by the whole number', async () => {
    await saveEntry(newEntry('roster', { name: '张三', idNumber: ID, status: '在校' }));
    await act(() => render(h(CreateFrom, { form: verification }), root));
    const details = root.querySelector('details')!;
    details.open = true;
    await act(() => { details.dispatchEvent(new Event('toggle')); });
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = ID;
    await act(() => { search.dispatchEvent(new Event('input')); });
    await until(() => root.querySelector('[data-testid="id-number"]') !== null);
    expect(root.textContent).not.toContain(ID);
    expect(root.querySelector('[data-testid="id-number"]')!.textContent).toBe('610526********1234');
  });
});

describe('a report computed from its sources', () => {
  it('shows no field before the roster is read, so a keystroke never lands beside a late value', async () => {
    const { schoolingReport } = await import('../../../src/forms/schooling-report');
    const { ROSTER, EXPECTED_11, REF } = await import('../../forms/roster-reports-fixture');
    const { loadSettings, saveSettings } = await import('../../../src/storage/settings');
    await saveSettings({ ...(await loadSettings()), year: Number(REF.slice(0, 4)), ageRef: REF.slice(5) });
    for (const data of ROSTER) await saveEntry(newEntry('roster', data));
    const entry = newEntry('1-1', {});
    // Every value the 共计 box ever shows, from its first render on.
    const seen: string[] = [];
    const watch = new MutationObserver(() => {
      const total = root.querySelector<HTMLInputElement>('#f-total');
      if (total && seen.at(-1) !== total.value) seen.push(total.value);
    });
    watch.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    await act(() => render(h(EntryEditor, { form: schoolingReport, initial: entry }), root));
    await until(() => root.querySelector('#f-total') !== null);
    watch.disconnect();
    expect(seen).toEqual([String(EXPECTED_11.total)]);
  });
});
