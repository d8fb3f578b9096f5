import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontCodePoints, missingChars } from '../../src/io/font-coverage';
import { SOURCE_FONT, subsetFont } from '../render/font';

let subset: Set<number>;
beforeAll(() => {
  subset = fontCodePoints(subsetFont());
}, 120_000);

describe('fontCodePoints', () => {
  it('reads the subset built for PDFs', () => {
    expect(subset.size).toBeGreaterThan(9000);
    for (const ch of '赵堃李㛃，。“”（）、：；0123456789AZaz①Ⅷ㈠') expect(subset.has(ch.codePointAt(0)!), ch).toBe(true);
  });

  it('reads format 12 of the full source font', () => {
    const full = fontCodePoints(readFileSync(SOURCE_FONT));
    expect(full.size).toBeGreaterThan(subset.size);
    expect(full.has(0x2b5af)).toBe(true); // 𫖯, a 通用规范汉字表 character beyond the BMP
    expect(fontCodePoints(readFileSync(SOURCE_FONT), { bmpOnly: true }).has(0x2b5af)).toBe(false);
  });

  it('gives an empty set for something that is not a font', () => {
    expect(fontCodePoints(new Uint8Array(8)).size).toBe(0);
    expect(fontCodePoints(new TextEncoder().encode('not a font at all, really').buffer).size).toBe(0);
    const truncated = new Uint8Array(readFileSync(SOURCE_FONT).subarray(0, 400));
    expect(() => fontCodePoints(truncated)).not.toThrow();
  });
});

describe('missingChars', () => {
  it('names each character the font lacks once, in order', () => {
    expect(missingChars('赵堃 李㛃', subset)).toEqual([]);
    expect(missingChars('张\u{2A6D6}三😀\u{2A6D6}', subset)).toEqual(['\u{2A6D6}', '😀']);
  });

  it('ignores whitespace and control characters', () => {
    expect(missingChars(' \t\r\n\u3000\u0007\u200b\ufe0f', new Set())).toEqual([]);
    expect(missingChars('a b', new Set())).toEqual(['a', 'b']);
  });
});
