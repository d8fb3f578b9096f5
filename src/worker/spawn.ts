// The app's one Web Worker, started for one job each time. All three start the same script
// so that, built, they share its chunks (Dexie, zod, the forms, SheetJS): three worker
// scripts carried three copies, about 80 KB gzip each in the precache. The name is the job
// (and what the browser's task manager shows); each option object is written out because
// the bundler reads worker options statically.

/** The worker's name per job: the worker runs the handler its name says. */
export const JOB_NAMES = { parse: '读取文件', write: '写入记录', backup: '备份', roster: '花名册列表' } as const;
export type Job = keyof typeof JOB_NAMES;

export const spawnParse = () => new Worker(new URL('./app.worker.ts', import.meta.url), { type: 'module', name: '读取文件' });
export const spawnWriter = () => new Worker(new URL('./app.worker.ts', import.meta.url), { type: 'module', name: '写入记录' });
export const spawnBackup = () => new Worker(new URL('./app.worker.ts', import.meta.url), { type: 'module', name: '备份' });
export const spawnRosterList = () => new Worker(new URL('./app.worker.ts', import.meta.url), { type: 'module', name: '花名册列表' });
