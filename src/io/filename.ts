// File names for exports: readable in a WeChat/QQ chat or a mail attachment list, and
// valid on Windows, where most of these files end up.

export interface FileNameParts {
  unit?: string;
  annex?: string;
  title?: string;
  subject?: string;
  /** "2021-10-25", a Date, or a timestamp; written as 20211025. */
  date?: string | Date | number;
  /** "pdf" or ".pdf". */
  ext: string;
}

const MAX_BASE = 80; // code points; keeps full paths well under Windows' 260

// Quotes and title brackets decorate the printed title but only clutter a file name.
const DECORATION = /[“”‘’"'「」『』《》〈〉【】]/g;
// Windows forbids these, and control characters, anywhere in a name.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
// A run of underscores is a paper form's line to write on (辖区 ______), never a name.
const BLANK_LINE = /[_＿]{2,}/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

function clean(part: string | undefined): string {
  return (part ?? '')
    .replace(DECORATION, '')
    .replace(BLANK_LINE, '')
    .replace(FORBIDDEN, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, ''); // Windows drops trailing dots and spaces
}

function ymd(date: FileNameParts['date']): string {
  if (date == null || date === '') return '';
  if (typeof date === 'string') {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(date.trim());
    return m ? m[1] + m[2].padStart(2, '0') + m[3].padStart(2, '0') : clean(date).replace(/\D/g, '');
  }
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}`;
}

/** e.g. 城关中学_附件3-1_教师大家访活动记录表_张三_20211025.pdf */
export function exportFileName({ unit, annex, title, subject, date, ext }: FileNameParts): string {
  const parts = [unit, annex, title, subject].map((p) => [...clean(p)]).filter((p) => p.length);
  const day = ymd(date).slice(0, 8);
  // Shorten the longest part first, so that unit, subject and date all survive.
  const length = () => parts.reduce((n, p) => n + p.length + 1, day.length);
  while (length() > MAX_BASE) parts.reduce((a, b) => (b.length > a.length ? b : a)).pop();
  let base = [...parts.map((p) => p.join('').trim()), day].filter(Boolean).join('_');
  if (!base || RESERVED.test(base)) base = `导出${base}`;
  const suffix = clean(ext).replace(/^\.+/, '').replace(/[^A-Za-z0-9]/g, '');
  return suffix ? `${base}.${suffix}` : base;
}
