export { disability, disabilityPrefill } from './disability';
export { homeTeaching, visitPrefill } from './home-teaching';
export * from './options';
export * from './children';
export * from './ledgers';
