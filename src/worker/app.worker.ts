// The app's one Web Worker (see spawn.ts): its name says its job, and only that job's
// handler is loaded. Messages that arrive while the handler loads wait for it, in order.
import { JOB_NAMES, type Job } from './jobs';

type Handler = (e: MessageEvent) => Promise<void>;

const HANDLERS: Record<Job, () => Promise<{ onMessage: Handler }>> = {
  parse: () => import('../io/parse/parse-handler'),
  write: () => import('../storage/import-writer-handler'),
  backup: () => import('../io/backup-handler'),
  roster: () => import('../render/html/roster/list-handler'),
  checklist: () => import('../render/html/evidence/checklist-handler'),
};

const job = (Object.keys(JOB_NAMES) as Job[]).find((k) => JOB_NAMES[k] === self.name);
if (!job) throw new Error(`unknown worker job: ${self.name}`);
const handler = HANDLERS[job]().then((m) => m.onMessage);
// A handler that cannot load (a chunk missing from an old cache) is thrown where the page's
// worker.onerror hears it: a rejected promise alone would leave the page waiting for ever.
handler.catch((err) => setTimeout(() => { throw err; }));
self.onmessage = (e: MessageEvent) => void handler.then((h) => h(e));
