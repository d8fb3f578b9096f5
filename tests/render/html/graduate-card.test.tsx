// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_NO_EVIDENCE } from '../../../src/calc/graduates';

const calls = vi.hoisted(() => ({ changes: [] as unknown[] }));
vi.mock('../../../src/storage/graduates', async (orig) => ({
  ...(await orig<typeof import('../../../src/storage/graduates')>()),
  changeGraduate: async (_id: string, change: unknown) => { calls.changes.push(change); return {}; },
}));

const { GraduateCard } = await import('../../../src/render/html/graduates/GraduateCard');
const { newEntry } = await import('../../../src/storage/entry-parse');

const graduate = { year: 2021, name: '张明', sex: '男', idNumber: '610526200901011016', birth: '2009-01-01', school: '城关小学' };
async function card(data: object) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(h(GraduateCard, { entry: newEntry('graduate', { ...graduate, ...data }), n: 1, onRemove: () => {} }), root));
  return root;
}
const box = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('label.check')].find((l) => l.textContent === label)!.querySelector('input')!;

describe('a graduate’s card', () => {
  beforeEach(() => { calls.changes = []; });

  it('refuses 销号 without evidence: says why, writes nothing, leaves the box unticked', async () => {
    const root = await card({});
    const closed = box(root, '销号');
    await act(() => { closed.click(); });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(CLOSE_NO_EVIDENCE);
    expect(closed.checked).toBe(false);
    expect(calls.changes).toEqual([]);
  });

  it('takes 销号 once the evidence is collected', async () => {
    const root = await card({ evidence: '学籍截图', collected: true });
    await act(() => { box(root, '销号').click(); });
    expect(calls.changes).toEqual([{ closed: true }]);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('says when a 销号 stored without its evidence (a file edited elsewhere) is not counted', async () => {
    const root = await card({ closed: true });
    expect(root.querySelector('[data-testid="graduate-invalid"]')?.textContent).toContain('销号未计入');
  });

  it('writes a note typed but not yet saved when the page is hidden', async () => {
    const root = await card({});
    const note = root.querySelector('textarea')!;
    note.value = '已转学';
    await act(() => { note.dispatchEvent(new Event('input', { bubbles: true })); });
    expect(calls.changes).toEqual([]);
    await act(() => { window.dispatchEvent(new Event('pagehide')); });
    expect(calls.changes).toEqual([{ note: '已转学' }]);
  });
});
