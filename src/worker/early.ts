// A list's worker started by a small script of its page (EarlyWorker.astro) as soon as the
// page is parsed: it reads and works out the list (worker/list-job.ts) while the page's own
// code, four times larger, still loads and runs. The list takes it when it mounts.
import type { Job } from './jobs';
import { spawn } from './spawn';

const started = new Map<Job, Worker>();
/** Early workers that failed before a list took them: nobody was listening to say so. */
const failed = new WeakSet<Worker>();

/** Starts `job`'s worker, unless the URL is a record's (?id=), which shows no list. */
export function startEarly(job: Job): void {
  if (typeof Worker === 'undefined' || started.has(job) || new URLSearchParams(location.search).has('id')) return;
  const w = spawn(job);
  w.addEventListener('error', (e) => {
    e.preventDefault();
    failed.add(w);
  });
  started.set(job, w);
}

/** The worker started early for `job`, once; else (or if it failed meanwhile) a new one. */
export function takeWorker(job: Job): Worker {
  const w = started.get(job);
  started.delete(job);
  if (w && !failed.has(w)) return w;
  w?.terminate();
  return spawn(job);
}
