// A1-style addresses.

/** Column letter of a 1-based column number (1 → A, 27 → AA). */
export function colLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** 1-based column number of a letter (A → 1). */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Row and column of "B3" or "$B$3". */
export function decodeAddress(address: string): [row: number, col: number] {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not a cell address: ${address}`);
  return [Number(m[2]), colNumber(m[1])];
}

export const encodeAddress = (row: number, col: number): string => `${colLetter(col)}${row}`;

/** "A1:J12" (with or without "$") as "$A$1:$J$12". */
export function absoluteRange(range: string): string {
  return range
    .split(':')
    .map((corner) => {
      const [r, c] = decodeAddress(corner);
      return `$${colLetter(c)}$${r}`;
    })
    .join(':');
}

/** "3:3" as "$3:$3". */
export const absoluteRows = (rows: string): string =>
  rows
    .replace(/\$/g, '')
    .split(':')
    .map((r) => `$${r}`)
    .join(':');
