/** Saves a file through the browser's download, the one way data leaves the device. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const inWeChat = (): boolean => /MicroMessenger/i.test(navigator.userAgent);
