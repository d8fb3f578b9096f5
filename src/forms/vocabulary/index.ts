// The shared domain words of the notice: 就学状态 (status.ts), 附件4's classes (classes.ts), 附件2-1's evidence (evidence.ts).
export * from './classes';
export * from './evidence';
export * from './status';
