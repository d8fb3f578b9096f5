// Text as XML 1.0 can carry it.

/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/FFFF, lone surrogates). */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escaped for an element's text or an attribute value, forbidden characters dropped. */
export const esc = (s: string): string => s.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * A cell string: readers decode "_xHHHH_" as the character HHHH, so a literal one has its
 * underscore escaped (as Excel does) to come back unchanged, and a control character XML
 * cannot carry (a vertical tab pasted from Word) is written that way, not lost: a record
 * exported and imported again is the record that was typed. Only a lone surrogate is dropped.
 */
export const escText = (s: string): string =>
  esc(s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));

/** `<t>` keeps leading/trailing spaces and line breaks only when told to. */
export const textElement = (s: string): string =>
  /^\s|\s$|\n/.test(s) ? `<t xml:space="preserve">${escText(s)}</t>` : `<t>${escText(s)}</t>`;

/** An attribute list from defined values: booleans as 1/0. */
export function attrs(o: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'number' ? v : esc(v as string)}"`)
    .join('');
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
