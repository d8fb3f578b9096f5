import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Lists this long are rendered whole: a school's class, and what tests find by text. */
const WHOLE = 100;
/** Rows rendered above and below the screen, so a flick or Tab lands on rendered rows. */
const MARGIN = 30;

interface View {
  /** How far the page is scrolled past the list's top (px). */
  top: number;
  height: number;
  /** Average row height, gaps included, of the rows last rendered. */
  avg: number;
}

/**
 * A long list rendered as the rows on screen plus a margin, with padding standing for the
 * rest, so the page scrolls as if all were there: 20,000 rows in the DOM freeze a phone.
 * The page (not a box) scrolls, so Tab moving focus down scrolls and renders the next rows;
 * each row gives aria-posinset/aria-setsize (from `render`'s index) for screen readers.
 */
export function VirtualList<T>({ items, render, ...ul }: {
  items: readonly T[];
  render: (item: T, index: number) => ComponentChildren;
} & Omit<JSX.HTMLAttributes<HTMLUListElement>, 'children'>) {
  const ref = useRef<HTMLUListElement>(null);
  const [view, setView] = useState<View>({ top: 0, height: 1000, avg: 80 });
  const long = items.length > WHOLE;

  useEffect(() => {
    if (!long) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const el = ref.current;
      const first = el?.firstElementChild;
      const last = el?.lastElementChild;
      if (!el || !first || !last) return;
      const n = el.children.length;
      const box = el.getBoundingClientRect();
      const avg = Math.max(20, (last.getBoundingClientRect().bottom - first.getBoundingClientRect().top) / n);
      const next = { top: -box.top, height: innerHeight, avg };
      // Re-rendered only when the screen nears the margin's edge, not on every scrolled pixel.
      setView((v) => (Math.abs(v.top - next.top) < (v.avg * MARGIN) / 3 && v.height === next.height
        && Math.abs(v.avg - avg) < v.avg / 10 ? v : next));
    };
    const soon = () => { if (!frame) frame = requestAnimationFrame(measure); };
    addEventListener('scroll', soon, { passive: true });
    addEventListener('resize', soon);
    soon();
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', soon);
      removeEventListener('resize', soon);
    };
  }, [long, items]);

  let start = 0;
  let end = items.length;
  if (long) {
    start = Math.min(Math.max(0, Math.floor(view.top / view.avg) - MARGIN), Math.max(0, items.length - MARGIN));
    end = Math.min(items.length, Math.ceil((view.top + view.height) / view.avg) + MARGIN);
    end = Math.max(end, Math.min(items.length, start + 2 * MARGIN));
  }
  const style = long ? { paddingTop: `${start * view.avg}px`, paddingBottom: `${(items.length - end) * view.avg}px` } : undefined;
  return (
    <ul ref={ref} style={style} {...ul}>
      {items.slice(start, end).map((item, i) => render(item, start + i))}
    </ul>
  );
}
