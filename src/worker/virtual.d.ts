/** The built worker script's URL (scripts/app-worker-chunk.mjs). */
declare module 'virtual:app-worker-url' {
  const url: string;
  export default url;
}
