// The subset PDF font, built by the project's own script when a test needs it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
export const FONT_PATH = join(root, 'public/fonts/NotoSerifSC-subset.ttf');
export const SOURCE_FONT = join(root, 'node_modules/@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf');

/** Builds the font if missing (about 15 s); give the calling hook a long timeout. */
export function subsetFont(): Uint8Array {
  if (!existsSync(FONT_PATH)) execFileSync(process.execPath, [join(root, 'scripts/build-font.mjs')], { stdio: 'inherit' });
  return new Uint8Array(readFileSync(FONT_PATH));
}
