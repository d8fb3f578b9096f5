import { describe, expect, it } from 'vitest';
import { writerChunks } from '../../scripts/pdf-writer-chunks.mjs';

const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], entry: Partial<{ isEntry: boolean; isDynamicEntry: boolean }> = {}) => ({
  type: 'chunk', fileName, moduleIds, imports, isEntry: false, isDynamicEntry: false,
  facadeModuleId: entry.isEntry || entry.isDynamicEntry ? moduleIds[0] : null, ...entry,
});
const bundle = (...chunks: ReturnType<typeof chunk>[]) => Object.fromEntries(chunks.map((c) => [c.fileName, c]));

const page = chunk('page.js', ['/app/src/render/html/FormApp.tsx'], ['layout.js'], { isEntry: true });
const print = chunk('print.js', ['/app/src/render/print/PrintView.tsx'], ['layout.js'], { isDynamicEntry: true });
const layout = chunk('layout.js', ['/app/src/render/layout/layout.ts']);
const jspdf = chunk('jspdf.js', ['/app/node_modules/jspdf/dist/jspdf.es.min.js', '/app/src/render/pdf/font.ts']);
const formPdf = chunk('pdf.js', ['/app/src/render/pdf/index.ts', '/app/src/render/pdf/form-pdf.ts'], ['jspdf.js', 'layout.js'], { isDynamicEntry: true });

describe('the PDF writer left out of the precache', () => {
  it('is what only the dynamic imports of src/render/pdf load: not the layout the print view shares', () => {
    expect(writerChunks(bundle(page, print, layout, jspdf, formPdf)).sort()).toEqual(['jspdf.js', 'pdf.js']);
  });

  it('fails the build when other code needs jsPDF before it runs: it would not load offline', () => {
    const xlsx = chunk('xlsx.js', ['/app/src/render/xlsx/index.ts'], ['jspdf.js'], { isDynamicEntry: true });
    expect(() => writerChunks(bundle(page, print, layout, jspdf, formPdf, xlsx))).toThrow('jspdf.js (jsPDF) is loaded by code other than src/render/pdf');
  });

  it('fails the build when no chunk holds jsPDF', () => {
    expect(() => writerChunks(bundle(page, layout))).toThrow('no chunk holds jsPDF');
  });
});
