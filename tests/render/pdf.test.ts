import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formPdf, registerPdf } from '../../src/render/pdf';
import { dump } from './dump';
import { subsetFont } from './font';
import { form, settings, visitEntry } from './visit-entry';

const has = (tool: string) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const poppler = has('pdftotext') && has('pdffonts');
const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));

/** Runs a poppler tool on the PDF and returns its output. */
function poppler_(tool: string, pdf: Uint8Array, ...args: string[]): string {
  const file = join(dir, `${tool}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
}
// pdftotext drops or adds spaces between hanzi by their spacing: compare without spaces.
const text = (pdf: Uint8Array) => poppler_('pdftotext', pdf).replace(/[ \t]+/g, '');
const squeeze = (s: string) => s.replace(/\s+/g, '');
const pageCount = (pdf: Uint8Array) => Number(/Pages:\s+(\d+)/.exec(poppler_('pdfinfo', pdf))![1]);

let font: Uint8Array;
beforeAll(() => {
  font = subsetFont();
}, 120_000);

describe('formPdf (附件3-1)', () => {
  it('is a small one-page PDF', () => {
    const pdf = formPdf(form, [visitEntry()], settings, font);
    dump('3-1.pdf', pdf);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(pdf.length).toBeLessThanOrEqual(150 * 1024);
  });

  it.skipIf(!poppler)('holds labels and typed values as real text, in an embedded font', () => {
    const pdf = formPdf(form, [visitEntry()], settings, font);
    const t = text(pdf);
    for (const s of [
      '附件3-1', '“教师大家访”活动记录表', '单位名称：城关中学', '2021年10月25日',
      '受访学生', '李㛃', '赵堃、刘芳', '七年级（2）班', '电话1：13912345678', '电话2：0913-7212345',
      '面对面（实地）', '家访记录人：王老师', '受访家长签名：李建国', '希望学校多组织课外活动。',
    ])
      expect(t).toContain(squeeze(s));
    expect(pageCount(pdf)).toBe(1);
    expect(t).not.toContain('第1页');
    const fonts = poppler_('pdffonts', pdf);
    expect(fonts).toMatch(/NotoSerifSC\S*\s+CID TrueType\s+Identity-H\s+yes\s+\w+\s+yes/);
  });

  it.skipIf(!poppler)('puts each entry on its own page', () => {
    const pdf = formPdf(form, [visitEntry(), visitEntry({ student: '赵堃' }, '0b6f3a52-6a1e-4c7e-9a51-3c2d1e0f9a02')], settings, font);
    expect(pageCount(pdf)).toBe(2);
    const pages = text(pdf).split('\f');
    expect(pages[0]).toContain('李㛃');
    expect(pages[1]).toContain('赵堃');
  });

  it.skipIf(!poppler)('continues long text on a numbered next page', () => {
    const long = Array.from({ length: 90 }, (_, i) => `第${i + 1}条：了解学生在家学习与生活情况，宣传控辍保学政策。`).join('\n');
    const pdf = formPdf(form, [visitEntry({ points: long })], settings, font);
    dump('3-1-long.pdf', pdf);
    const n = pageCount(pdf);
    expect(n).toBeGreaterThan(1);
    const t = text(pdf);
    expect(t).toContain('第90条');
    expect(t).toContain('家访记录人：王老师');
    expect(t).toContain(`第1页共${n}页`);
  });

  it('writes a blank form when there is no entry', () => {
    const pdf = formPdf(form, [], settings, font);
    dump('3-1-blank.pdf', pdf);
    expect(pdf.length).toBeGreaterThan(1000);
  });
});

describe('registerPdf (家访表册)', () => {
  const entries = Array.from({ length: 40 }, (_, i) =>
    visitEntry({ student: i % 2 ? '赵堃' : '李㛃', className: `七年级（${(i % 4) + 1}）班` }, `0b6f3a52-6a1e-4c7e-9a51-3c2d1e0f9a${String(i).padStart(2, '0')}`),
  );

  it.skipIf(!poppler)('is a landscape table with the header on every page and page numbers', () => {
    const pdf = registerPdf(form, entries, settings, font);
    dump('3-1-register.pdf', pdf);
    const n = pageCount(pdf);
    expect(n).toBeGreaterThan(1);
    expect(poppler_('pdfinfo', pdf)).toMatch(/Page size:\s+841\.89 x 595\.28/);
    const pages = text(pdf).split('\f').filter((p) => p.trim());
    expect(pages[0]).toContain('“教师大家访”家访表册');
    expect(pages[0]).toContain('共40份');
    for (const [i, p] of pages.entries()) {
      expect(squeeze(p)).toContain('班级');
      expect(p).toContain(`第${i + 1}页共${n}页`);
    }
    const all = squeeze(pages.join(''));
    expect(all).toContain('李㛃');
    expect(all).toContain('赵堃');
    expect(all).toContain('面对面');
  });
});
