// Generates schools' 附件3-2 exports in the app's own format (the visible sheet as the app
// prints it, and the hidden 数据 sheet), for the bureau's tests and benchmark.
//   node scripts/gen-schools.mjs 120 /tmp/schools   -> 120 files in /tmp/schools
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// ExcelJS is CommonJS; an ESM default import of it does not link everywhere.
const ExcelJS = createRequire(import.meta.url)('exceljs');

const MODES = ['face', 'phone', 'sms', 'online'];
const share = (part, whole) => (whole ? Math.round((part * 1000) / whole) / 10 : null);

/** The numbers of school i (1-based): deterministic, different from school to school. */
export function schoolSpec(i, over = {}) {
  const staffTotal = 30 + (i % 17) * 3;
  const studentTotal = 400 + ((i * 37) % 500);
  const face = 20 + (i % 9) * 2;
  const phone = 10 + (i % 7);
  const sms = i % 5;
  const online = (i * 3) % 8;
  const letters = i % 3;
  return {
    unit: `蒲城县第${i}学校`,
    date: '2021-11-10',
    updatedAt: 1_636_500_000_000 + i * 1000,
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    staffTotal, staffVisited: Math.min(staffTotal, 20 + (i % 11)),
    studentTotal, studentsVisited: 150 + ((i * 13) % 200),
    face, phone, sms, online, letters, suggestions: (i * 7) % 30,
    ...over,
  };
}

/** School i's export as .xlsx bytes; `badShare` prints a staff share that does not fit the counts. */
export async function schoolFile(s, { badShare = false } = {}) {
  const visits = s.face + s.phone + s.sms + s.online + s.letters;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(s.unit);
  ws.getCell('A1').value = '附件3-2';
  ws.getCell('A2').value = '“教师大家访”活动学校情况统计表';
  ws.getCell('A3').value = `单位名称（章）：${s.unit}`;
  const staffShare = share(s.staffVisited, s.staffTotal);
  ws.getCell('B4').value = s.staffTotal;
  ws.getCell('D4').value = s.staffVisited;
  ws.getCell('F4').value = badShare ? staffShare + 10 : staffShare;
  ws.getCell('B5').value = s.studentTotal;
  ws.getCell('D5').value = s.studentsVisited;
  ws.getCell('F5').value = share(s.studentsVisited, s.studentTotal);
  MODES.forEach((m, k) => {
    ws.getCell(`C${6 + k}`).value = s[m];
    ws.getCell(`F${6 + k}`).value = share(s[m], visits);
  });
  ws.getCell('C10').value = s.suggestions;
  ws.getCell('B11').value = s.letters ? `\n另有信件家访${s.letters}次（本表无此栏）。` : '';
  const data = wb.addWorksheet('数据', { state: 'veryHidden' });
  const keys = ['unit', 'date', 'staffTotal', 'staffVisited', 'studentTotal', 'studentsVisited', ...MODES, 'suggestions',
    'staffConfirmed', 'studentsConfirmed', 'note'];
  data.addRow(['__jiafang__', 2, '3-2', '本表供本应用重新导入，请勿修改']);
  data.addRow(['id', 'formId', 'formVersion', 'createdAt', 'updatedAt', 'status', ...keys, '@visible', '@resolved']);
  // What the app computed, as src/render/xlsx/data-sheet.ts writes it: the bureau reads these.
  const resolved = {
    staffVisited: s.staffVisited, staffShare: badShare ? staffShare + 10 : staffShare,
    studentsVisited: s.studentsVisited, studentShare: share(s.studentsVisited, s.studentTotal), visits,
    ...Object.fromEntries(MODES.flatMap((m) => [[m, s[m]], [`${m}Share`, share(s[m], visits)]])),
    suggestions: s.suggestions,
  };
  data.addRow([s.id, '3-2', 1, s.updatedAt - 1000, s.updatedAt, 'complete',
    ...keys.map((k) => (k.endsWith('Confirmed') ? false : k === 'note' ? null : s[k])),
    JSON.stringify({ s: s.unit, c: [['A3', '单位名称（章）：{unit}']] }), JSON.stringify({ u: s.unit, v: resolved })]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** n schools' files, named as a school would send them. */
export async function genSchools(n) {
  const out = [];
  for (let i = 1; i <= n; i++) {
    const spec = schoolSpec(i);
    out.push({ name: `${spec.unit}_附件3-2.xlsx`, spec, buffer: await schoolFile(spec) });
  }
  return out;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const n = Number(process.argv[2] ?? 20);
  const dir = process.argv[3] ?? 'schools';
  mkdirSync(dir, { recursive: true });
  for (const f of await genSchools(n)) writeFileSync(join(dir, f.name), f.buffer);
  console.log(`${n} schools' 附件3-2 files in ${dir}`);
}
