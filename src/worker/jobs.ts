/** The worker's name per job: the worker (app.worker.ts) runs the handler its name says. */
export const JOB_NAMES = { parse: '读取文件', write: '写入记录', backup: '备份', roster: '花名册列表', checklist: '佐证资料清单' } as const;
export type Job = keyof typeof JOB_NAMES;
