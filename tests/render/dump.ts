import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** With RENDER_DUMP=dir set, keeps an output for a look by eye (pdftoppm, unzip). */
export function dump(name: string, bytes: Uint8Array): void {
  const dir = process.env.RENDER_DUMP;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), bytes);
}
