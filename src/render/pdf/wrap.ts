// Line breaking for Chinese text: a line may break between any two hanzi, but never before
// closing punctuation nor after opening punctuation; runs of Latin letters and digits stay
// whole unless longer than a line. jsPDF's splitTextToSize knows only spaces.

const CLOSING = /^[，。、；：！？）」』】》〉〕”’%％‰,.;:!?)\]}·…—]/u;
const OPENING = /[（「『【《〈〔“‘(\[{]$/u;
const TOKEN = /[A-Za-z0-9@#&_.\-+/:]+| +|./gsu;

/** Lines of `text` no wider than `width` as measured by `measure`; '\n' always breaks. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    let line = '';
    let w = 0;
    const push = () => {
      out.push(line.trimEnd());
      line = '';
      w = 0;
    };
    for (let token of para.match(TOKEN) ?? []) {
      // A run too long for any line is cut where it must be.
      while (measure(token) > width && token.length > 1) {
        if (line) push();
        let cut = token.length - 1;
        while (cut > 1 && measure(token.slice(0, cut)) > width) cut--;
        out.push(token.slice(0, cut));
        token = token.slice(cut);
      }
      const tw = measure(token);
      if (!line || w + tw <= width) {
        if (line || token.trim()) {
          line += token;
          w += tw;
        }
        continue;
      }
      if (!token.trim()) {
        push(); // a space at the break is dropped
        continue;
      }
      // Carry down what may not end a line, and the character a closing mark needs.
      let carry = '';
      const chars = [...line];
      if (CLOSING.test(token) && chars.length > 1) carry = chars.pop()!;
      while (chars.length > 1 && OPENING.test(chars.join(''))) carry = chars.pop()! + carry;
      line = chars.join('');
      push();
      line = carry + token;
      w = measure(line);
    }
    push();
  }
  return out;
}
