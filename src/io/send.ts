import type { Settings } from '../settings/schema';
import { download, inWeChat } from './download';

export type SendResult = 'shared' | 'mailto' | 'downloaded' | 'cancelled' | 'wechat';

/** Who receives a sent file: the bureau's mailbox (reports) or the school's (a teacher's 3-1). */
export interface Recipient { name: string; address: string }

export const bureauOf = (s: Settings): Recipient => ({ name: s.bureau, address: s.mailbox });
export const schoolOf = (s: Settings): Recipient => ({ name: s.unit || '学校', address: s.schoolEmail });

export function mailtoLink(settings: Settings, file: File, to: Recipient = bureauOf(settings)): string {
  const subject = file.name.replace(/\.[^.]+$/, '');
  const from = [settings.unit, settings.role === 'teacher' ? settings.teacher : ''].filter(Boolean).join(' ');
  const body = `${to.name}：\n\n附件为${file.name}，请查收。\n（邮件无法自动添加附件：请把刚才下载的文件添加为附件后发送。）\n\n${from}`;
  return `mailto:${encodeURIComponent(to.address)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * Sends a file the way the device can: the system share sheet where it takes files (on
 * phones, to WeChat or mail apps); otherwise a download plus a mail to the recipient's
 * address (mailto cannot attach a file), or only the download when there is no address.
 */
export async function sendFile(file: File, settings: Settings, to: Recipient = bureauOf(settings)): Promise<SendResult> {
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
  if (!to.address) return 'downloaded';
  location.href = mailtoLink(settings, file, to);
  return 'mailto';
}
