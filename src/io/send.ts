import type { Settings } from '../settings/schema';
import { download, inWeChat } from './download';

export type SendResult = 'shared' | 'mailto' | 'cancelled' | 'wechat';

export function mailtoLink(settings: Settings, file: File): string {
  const subject = file.name.replace(/\.[^.]+$/, '');
  const body = `${settings.bureau}：\n\n附件为${file.name}，请查收。\n（邮件无法自动添加附件：请把刚才下载的文件添加为附件后发送。）\n\n${settings.unit}`;
  return `mailto:${encodeURIComponent(settings.mailbox)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * Sends a file the way the device can: the system share sheet where it takes files (PDF on
 * phones, to WeChat or mail apps); otherwise a download plus a mail to the bureau's mailbox,
 * since mailto cannot attach a file.
 */
export async function sendFile(file: File, settings: Settings): Promise<SendResult> {
  if (inWeChat()) return 'wechat';
  if (navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: file.name });
      return 'shared';
    } catch (err) {
      if ((err as Error).name === 'AbortError') return 'cancelled';
    }
  }
  download(file, file.name);
  location.href = mailtoLink(settings, file);
  return 'mailto';
}
