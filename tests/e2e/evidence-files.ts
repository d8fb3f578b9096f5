// Shared by the evidence e2e tests: roster children restored from a backup, and the exported files read back.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type ExcelJSType from 'exceljs';
import type { Page } from '@playwright/test';
import { checkDigit } from '../../src/calc/idcard';
import { test, expect } from './site';

// ExcelJS is CommonJS; Playwright's ESM loader cannot link its default import.
export const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSType;

export const idNumber = (n: number) => {
  const body = `6105262010031${String(n).padStart(3, '0')}1`; // 17th digit odd: 男
  return body + checkDigit(body);
};

export interface Child { name: string; status: string; sub?: string; village: string; n: number; id?: string }

/** A backup of the app with these roster children, made the way /data/ writes one. */
function backupFile(children: Child[]): string {
  const now = Date.now();
  const entries = children.map((c, i) => ({
    id: randomUUID(), formId: 'roster', formVersion: 1, createdAt: now + i, updatedAt: now + i, status: 'complete',
    data: {
      name: c.name, sex: '男', idNumber: c.id ?? idNumber(c.n), village: c.village, address: `${c.village}${c.n}号`,
      parent: `${c.name[0]}父`, phone: `1380000${String(c.n).padStart(4, '0')}`, status: c.status, sub: c.sub ?? '',
    },
  }));
  const path = test.info().outputPath('backup.json');
  writeFileSync(path, JSON.stringify({
    app: 'jiafang-form-pack', format: 1, exportedAt: new Date(now).toISOString(), settings: { unit: '城关中学', year: 2021 }, entries,
  }));
  return path;
}

/** Astro removes `ssr` from an island once it is hydrated: before that, inputs have no handlers. */
export const hydrated = (page: Page) => expect(page.locator('astro-island[ssr]')).toHaveCount(0);

export async function restore(page: Page, base: string, children: Child[]) {
  await page.goto(`${base}/data/`);
  await hydrated(page);
  await page.locator('#import-files').setInputFiles(backupFile(children));
  await expect(page.getByTestId('import-tally')).toHaveText(`新增 ${children.length} 条，更新 0 条，未变 0 条，无法导入 0 条`);
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText(`已导入 ${children.length} 条记录，并恢复了设置。`)).toBeVisible();
}

export const pdfText = (path: string) => execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, '');
export const pdfPages = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())?.[1]);
