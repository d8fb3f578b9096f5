import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { directoryTotals, spineWidth, termText, volumes, type Volume } from '../../../forms/archive';
import type { EntryData } from '../../../forms/kit/field';
import '../../print/print.css';
import './archive.css';

// Sizes in cm, as in the PDF (src/render/pdf/labels.ts), so a printout matches it.
const PT = 2.54 / 72;
const SPINE_H = 25;
const MIN_DIR_ROWS = 12;

const chunk = <T,>(xs: T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** Height of vertical text: hanzi stacked, Latin and digits turned (about half as long). */
const vLength = (t: string, size: number) =>
  [...t].reduce((h, c) => h + (/[\x20-\x7e]/.test(c) ? size * 0.55 : size * 1.12), 0);

function Tools() {
  return (
    <div class="print-tools">
      <button type="button" class="primary" onClick={() => window.print()}>打印</button>
      <a href="./">← 返回编辑</a>
    </div>
  );
}

function Spine({ vol, w, school, term }: { vol: Volume; w: number; school: string; term: string }) {
  const markSize = Math.min(20 * PT, (w - 0.4) / 4.4);
  const blocks = [
    { t: vol.box.spine, size: Math.min(w * 0.5, 56 * PT), cls: 'a-v1' },
    { t: school, size: Math.min(w * 0.32, 30 * PT), cls: 'a-v2' },
    { t: term, size: Math.min(w * 0.22, 16 * PT), cls: 'a-v3' },
  ].filter((b) => b.t);
  const room = SPINE_H - 1.6 - (vol.mark ? markSize * 1.9 + 0.7 : 0) - 0.5 * (blocks.length - 1);
  const estimate = Math.min(1, room / blocks.reduce((s, b) => s + vLength(b.t, b.size), 0));
  // The estimate misses the screen font's metrics: shrink further until nothing spills.
  const [fit, setFit] = useState(1);
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (el && el.scrollHeight > el.clientHeight + 1 && fit > 0.5) setFit(fit * Math.max(0.8, (el.clientHeight / el.scrollHeight) * 0.98));
  }, [fit, school, term]);
  const k = estimate * fit;
  return (
    <div ref={box} class="a-spine a-cut" style={{ width: `${w}cm`, height: `${SPINE_H}cm` }} data-testid="spine-label">
      {blocks.map((b) => <div key={b.cls} class={`a-vert ${b.cls}`} style={{ fontSize: `${b.size * k}cm` }}>{b.t}</div>)}
      {vol.mark && <div class="a-vol" style={{ fontSize: `${markSize}cm` }}>{vol.mark}</div>}
    </div>
  );
}

function Front({ vol, school, term }: { vol: Volume; school: string; term: string }) {
  const inner = 15.3;
  const schoolSize = Math.min(26 * PT, (inner / Math.max(1, school.length)) * 0.95);
  const titleSize = Math.min(32 * PT, ((inner * 2) / vol.box.title.length) * 0.9);
  return (
    <div class="a-front a-cut" data-testid="front-label">
      <div class="a-front-top"><span>{vol.box.spine}{vol.mark && ` ${vol.mark}`}</span><span>{term}</span></div>
      {school && <div class="a-front-school" style={{ fontSize: `${schoolSize}cm` }}>{school}</div>}
      <div class="a-front-title" style={{ fontSize: `${titleSize}cm` }}>{vol.box.title}</div>
    </div>
  );
}

/** 盒脊 and 盒正面 labels on A4 pages, framed for cutting: the print twin of labelsPdf. */
export function LabelsPrint({ values }: { values: EntryData }) {
  const vols = volumes(values);
  const w = spineWidth(values);
  const school = String(values.unit ?? '').trim();
  const term = termText(values);
  const perPage = Math.max(1, Math.floor((19 + 0.5) / (w + 0.5)));
  return (
    <div class="print-view a-labels">
      <Tools />
      <div class="a-sheets">
        {chunk(vols, perPage).map((page, i) => (
          <div key={`s${i}`} class="a-sheet">
            <p class="a-cap">盒脊标签（宽 {w} 厘米）：沿边框剪下，贴于档案盒侧面</p>
            <div class="a-spines">{page.map((v) => <Spine key={`${v.box.n}-${v.n}`} vol={v} w={w} school={school} term={term} />)}</div>
          </div>
        ))}
        {chunk(vols, 3).map((page, i) => (
          <div key={`f${i}`} class="a-sheet">
            <p class="a-cap">盒正面标签：沿边框剪下，贴于档案盒正面</p>
            <div class="a-fronts">{page.map((v) => <Front key={`${v.box.n}-${v.n}`} vol={v} school={school} term={term} />)}</div>
          </div>
        ))}
      </div>
    </div>
  );
}

/** 盒内详细目录, one A4 page per box and volume: the print twin of directoryPdf. */
export function DirectoryPrint({ values }: { values: EntryData }) {
  const school = String(values.unit ?? '').trim();
  const term = termText(values);
  const n = (x: number | null) => (x == null ? '' : String(x));
  return (
    <div class="print-view a-directories">
      <Tools />
      {volumes(values).map((vol) => {
        const t = directoryTotals(vol.rows);
        const blanks = Math.max(0, MIN_DIR_ROWS - vol.rows.length);
        return (
          <div key={`${vol.box.n}-${vol.n}`} class="sheet a-dir" data-testid="directory">
            <div class="p-line center bold" style={{ fontSize: '20pt' }}>盒内详细目录</div>
            <div class="p-line center" style={{ fontSize: '13pt' }}>{vol.box.spine}{vol.mark && ` ${vol.mark}`}　{vol.box.title}</div>
            <div class="p-line"><span>学校：{school}</span><span class="p-right">{term}</span></div>
            <table class="p-grid">
              <colgroup>{[9, 53, 10, 10, 18].map((p, i) => <col key={i} style={{ width: `${p}%` }} />)}</colgroup>
              <tbody>
                <tr>{['序号', '资料名称', '份数', '页数', '备注'].map((h) => <td key={h} class="label">{h}</td>)}</tr>
                {vol.rows.map((r) => (
                  <tr key={r.mark}>
                    <td class="center">{r.no}</td><td>{r.mark}{r.name}</td>
                    <td class="center">{n(r.count)}</td><td class="center">{n(r.pages)}</td><td>{r.note}</td>
                  </tr>
                ))}
                {Array.from({ length: blanks }, (_, k) => <tr key={`b${k}`}><td /><td /><td /><td /><td /></tr>)}
                <tr><td class="label">合计</td><td /><td class="center">{n(t.count)}</td><td class="center">{n(t.pages)}</td><td /></tr>
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
