let asked = false;

/** Asks once that the browser keep our data under storage pressure. */
export async function askPersistence(): Promise<void> {
  if (asked || !navigator.storage?.persist) return;
  asked = true;
  try {
    if (!(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    /* best effort: data is still saved, only less protected */
  }
}
