// The app's one Web Worker, started for one job each time. Every job starts the same script,
// built as a chunk of the pages' own build (scripts/app-worker-chunk.mjs), so it shares their
// chunks (Dexie, zod, the forms): separate worker scripts carried copies of each. The name is
// the job (and what the browser's task manager shows).
import workerUrl from 'virtual:app-worker-url';
import { JOB_NAMES, type Job } from './jobs';

export const spawn = (job: Job) => new Worker(workerUrl, { type: 'module', name: JOB_NAMES[job] });
export const spawnParse = () => spawn('parse');
export const spawnWriter = () => spawn('write');
export const spawnBackup = () => spawn('backup');
