/** Saves a file through the browser's download, the one way data leaves the device. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  downloadUrl(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves what a blob: URL holds (one made in a worker: the file never crosses to the page). */
export function downloadUrl(url: string, name: string): void {
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

/** WeChat's browser blocks downloads (and on iOS, offline use): the pages say so. */
export const inWeChat = (): boolean => /MicroMessenger/i.test(navigator.userAgent);
