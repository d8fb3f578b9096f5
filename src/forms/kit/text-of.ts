// A stored value read as text: the one narrowing every form, tally and screen uses.
// Stored data is loosely typed (a draft may hold anything its kind allows, a file anything at
// all), so code that wants a field's text asks for it here rather than writing its own.

/** The value when it is text, else ''. */
export const textOf = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The value when it is text, trimmed, else ''. */
export const trimmedOf = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Text trimmed, or a number written out (a spreadsheet cell may hold either), else ''. */
export const cellTextOf = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';

/** Text or a number written out, untrimmed (what an input shows while it is typed in), else ''. */
export const inputTextOf = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
