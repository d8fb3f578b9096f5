// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../../src/storage/entry';

// A write that never finishes: the tab is closed while IndexedDB is still busy.
const pending = vi.hoisted(() => ({ started: 0 }));
vi.mock('../../../src/storage/entry-write', async (orig) => ({
  ...(await orig<typeof import('../../../src/storage/entry-write')>()),
  saveEntry: () => { pending.started++; return new Promise(() => {}); },
}));
vi.mock('../../../src/storage/entries', async (orig) => ({
  ...(await orig<typeof import('../../../src/storage/entries')>()),
  entryExists: async () => true,
}));

const { useAutosave } = await import('../../../src/render/html/autosave');
const { newEntry } = await import('../../../src/storage/entry-parse');

let api: ReturnType<typeof useAutosave>;
function Probe({ entry }: { entry: Entry }) {
  api = useAutosave(entry);
  return null;
}

describe('useAutosave when the tab closes', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    pending.started = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('journals an edit whose IndexedDB write has started but not finished', async () => {
    const entry = newEntry('3-1', { student: '张三' });
    const root = document.createElement('div');
    await act(() => render(h(Probe, { entry }), root));
    await act(() => api.update({ ...entry.data, className: '八年级（1）班' }));
    await act(async () => { vi.advanceTimersByTime(400); });
    await act(async () => { await Promise.resolve(); });
    expect(pending.started).toBe(1); // the write is under way, not confirmed
    window.dispatchEvent(new Event('pagehide'));
    const journal = JSON.parse(localStorage.getItem(`jiafang:pending:${entry.id}`) ?? 'null');
    expect(journal?.entry.data.className).toBe('八年级（1）班');
    expect(journal?.keys).toEqual(["className"]);
  });

  it('journals nothing when everything is already saved', async () => {
    const entry = newEntry('3-1', { student: '张三' });
    const root = document.createElement('div');
    await act(() => render(h(Probe, { entry }), root));
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(`jiafang:pending:${entry.id}`)).toBeNull();
  });
});
