// Work over a county's 20,000 rows, written as a generator that yields now and then: run at
// once (tests, the worker) or in slices short enough that the page never freezes on a slow phone.

/** Lets the page handle input and paint between slices; unlike setTimeout(0), not clamped to 4 ms when repeated. */
export const nextTask = (): Promise<void> =>
  new Promise((ok) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      ok();
    };
    channel.port2.postMessage(null);
  });

/** Main-thread time one slice may take: far below the 200 ms budget, so a slow step between yields still fits. */
export const SLICE_MS = 40;

export function runAtOnce<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export async function runInSlices<T>(steps: Generator<unknown, T>, sliceMs = SLICE_MS): Promise<T> {
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start >= sliceMs) {
      await nextTask();
      start = performance.now();
    }
  }
}
