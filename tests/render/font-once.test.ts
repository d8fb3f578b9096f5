import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formPdf } from '../../src/render/pdf';
import { subsetFont } from './font';
import { form, settings, visitEntry } from './visit-entry';

// jsPDF parsed the 3.7 MB font for every PDF (about 2 s at 4x CPU on a phone); now once a session.
const TTFFont = (jsPDF.API as unknown as { TTFFont: { prototype: { parse(): unknown } } }).TTFFont;

let font: Uint8Array;
beforeAll(() => {
  font = subsetFont();
}, 120_000);
afterEach(() => {
  vi.restoreAllMocks();
});

const dir = mkdtempSync(join(tmpdir(), 'font-once-'));
const pdfText = (pdf: Uint8Array) => {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
};

// Many characters that the short entry below does not print: their glyphs would add kilobytes.
const LONG = '春眠不觉晓处处闻啼鸟夜来风雨声花落知多少床前明月光疑是地上霜举头望山低思故乡白日依尽黄河入海流欲穷千里目更层楼';
const short = () => visitEntry({ student: '王一', parent: '王二', family: '', personal: '', points: '', effect: '', suggestions: '' });
const long = () => visitEntry({ family: LONG, personal: LONG.split('').reverse().join(''), points: LONG });

describe('the PDF font in a session', () => {
  it('is parsed by jsPDF once, however many PDFs are made from the same bytes', () => {
    const bytes = new Uint8Array(font); // bytes no other test has used: nothing parsed yet
    const parse = vi.spyOn(TTFFont.prototype, 'parse');
    formPdf(form, [visitEntry()], settings, bytes);
    formPdf(form, [short()], settings, bytes);
    formPdf(form, [long()], settings, bytes);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('gives each PDF only its own glyphs and text: nothing carries over from the PDF before', () => {
    const alone = formPdf(form, [short()], settings, new Uint8Array(font));
    const shared = new Uint8Array(font);
    const before = formPdf(form, [long()], settings, shared);
    const after = formPdf(form, [short()], settings, shared);
    expect(before.length - alone.length).toBeGreaterThan(10_000); // the long text's glyphs
    expect(Math.abs(after.length - alone.length)).toBeLessThan(64);
    const text = pdfText(after);
    expect(text).toContain('王一');
    expect(text).toContain('王二');
    expect(text).not.toContain('春眠');
    expect(pdfText(before)).toContain('春眠不觉晓');
  });
});

describe('parsing the PDF font', () => {
  it('reads its Unicode cmap once, though the font lists it for two platforms, and leaves the bytes as they were', async () => {
    const { useFont } = await import('../../src/render/pdf/font');
    const bytes = new Uint8Array(font);
    const doc = new jsPDF({ unit: 'pt', format: 'a4' });
    useFont(doc, bytes);
    const metadata = (doc.getFont() as unknown as { metadata: { cmap: { tables: unknown[]; unicode: unknown } } }).metadata;
    expect(metadata.cmap.unicode).toBeTruthy();
    expect(metadata.cmap.tables).toHaveLength(1);
    expect(Buffer.from(bytes).equals(Buffer.from(font))).toBe(true);
  });
});
