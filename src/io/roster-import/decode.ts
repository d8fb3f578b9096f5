// Text files from Chinese offices come in two encodings: UTF-8 (WPS, newer Excel, web
// systems) and GBK/GB18030 (Excel's "CSV (逗号分隔)" on a Chinese Windows). Nothing in a CSV
// says which, so the bytes decide.

export type TextEncodingName = 'utf-8' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * UTF-8 when the file starts with a BOM or is valid UTF-8 throughout; otherwise GB18030.
 *
 * Strict UTF-8 first is safe because GBK text of any length is almost never valid UTF-8
 * (its lead bytes 0x81–0xFE are followed by bytes that break UTF-8's continuation rules),
 * while the reverse test would accept UTF-8 bytes as GB18030 mojibake. GB18030 is a
 * superset of GBK and GB2312, so it reads files saved in any of them.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) {
    // The default (ignoreBOM: false) drops the BOM; a broken byte after it becomes U+FFFD
    // rather than sending the file down the GB18030 path, because the BOM is explicit.
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
