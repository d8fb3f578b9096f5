// The encrypted backup: the plain backup's JSON text, encrypted with AES-GCM under a key
// derived from the user's passphrase (PBKDF2-SHA-256), in a small JSON envelope that says
// how (README, "Backup file format"). WebCrypto only: the same code runs in the backup
// worker, the parsing worker and Node's tests.

import { APP, ENCRYPTED_FORMAT, ENCRYPTED_VERSION } from './formats/backup';

/**
 * PBKDF2 rounds for a new backup. Measured (scripts/bench: `backup key derivation`) in
 * Chromium with the CPU throttled 4×, as a slow phone: 600,000 rounds take about 0.6–0.9 s,
 * once per backup and once per restore; OWASP's 2023 figure for PBKDF2-SHA-256 is 600,000.
 * The count is written in each file, so a later change still reads older backups.
 */
export const PBKDF2_ITERATIONS = 600_000;
/** Refused on reading: a crafted file could otherwise make the restore derive for hours. */
const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE = 8;

export interface EncryptedEnvelope {
  app: typeof APP;
  format: typeof ENCRYPTED_FORMAT;
  version: number;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  /** base64 of the ciphertext (with GCM's 16-byte tag at its end). */
  data: string;
}

export const WRONG_PASSPHRASE = '密码不正确，无法解密此备份（也可能文件已损坏）。本机数据没有任何改动。';

// Chunks of a multiple of 3 bytes encode to base64 that joins without padding in between.
const CHUNK = 3 * 1024 * 32;

// Native where the browser has it (Chromium 140+, Safari 18.2+): one call, no JS loop.
type Base64Native = { toBase64?(this: Uint8Array): string };
const nativeFrom = (Uint8Array as unknown as { fromBase64?(s: string): Uint8Array }).fromBase64;

export function toBase64(bytes: Uint8Array): string {
  const native = (Uint8Array.prototype as Base64Native).toBase64;
  if (native) return native.call(bytes);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const sub = bytes.subarray(i, i + CHUNK);
    let s = '';
    for (let j = 0; j < sub.length; j += 8192) s += String.fromCharCode(...sub.subarray(j, j + 8192));
    parts.push(btoa(s));
  }
  return parts.join('');
}

export function fromBase64(text: string): Uint8Array {
  if (nativeFrom) return nativeFrom(text);
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let n = 0;
  // 4 characters make 3 bytes: chunks of a multiple of 4 decode independently.
  const step = (CHUNK / 3) * 4;
  for (let i = 0; i < text.length; i += step) {
    const s = atob(text.slice(i, i + step));
    for (let j = 0; j < s.length; j++) out[n++] = s.charCodeAt(j);
  }
  return out.subarray(0, n);
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number, usage: KeyUsage): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    base, { name: 'AES-GCM', length: 256 }, false, [usage],
  );
}

/** The envelope of `plain` (the plain backup's text), as the file's text. */
export async function encryptBackup(plain: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain)));
  // The data last: the head of the file says what it is (the page reads only the first bytes).
  const head: Omit<EncryptedEnvelope, 'data'> = {
    app: APP, format: ENCRYPTED_FORMAT, version: ENCRYPTED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  };
  return `${JSON.stringify(head).slice(0, -1)},"data":"${toBase64(sealed)}"}`;
}

/** Whether a parsed JSON document is an encrypted backup (of any version). */
export const isEncrypted = (doc: unknown): boolean =>
  !!doc && typeof doc === 'object' && (doc as { app?: unknown }).app === APP && (doc as { format?: unknown }).format === ENCRYPTED_FORMAT;

/** Whether a file's first bytes (as text) are those of an encrypted backup. */
export const looksEncrypted = (head: string): boolean =>
  ENCRYPTED_HEAD.test(head.replace(/^\uFEFF/, ''));

/** The first bytes encryptBackup writes: the app mark, then the envelope's format. */
const ENCRYPTED_HEAD = new RegExp(`^\\s*\\{\\s*"app"\\s*:\\s*"${APP}"\\s*,\\s*"format"\\s*:\\s*"${ENCRYPTED_FORMAT}"`);

/** The plain backup's text, or a Chinese message (a wrong passphrase, a damaged or newer file). */
export async function decryptBackup(doc: unknown, passphrase: string): Promise<{ text: string } | { error: string }> {
  const e = doc as Partial<EncryptedEnvelope>;
  if (typeof e.version !== 'number' || e.version > ENCRYPTED_VERSION) return { error: '此加密备份来自更新版本的应用，请先更新应用。' };
  const it = e.kdf?.iterations;
  if (e.kdf?.name !== 'PBKDF2' || e.kdf.hash !== 'SHA-256' || e.cipher?.name !== 'AES-GCM' || typeof e.data !== 'string'
    || typeof e.kdf.salt !== 'string' || typeof e.cipher.iv !== 'string' || !Number.isInteger(it) || it! < 1 || it! > MAX_ITERATIONS)
    return { error: '加密备份文件已损坏（缺少加密参数）。' };
  let salt: Uint8Array, iv: Uint8Array, sealed: Uint8Array;
  try {
    [salt, iv, sealed] = [fromBase64(e.kdf.salt), fromBase64(e.cipher.iv), fromBase64(e.data)];
  } catch {
    return { error: '加密备份文件已损坏。' };
  }
  const key = await deriveKey(passphrase, salt, it!, 'decrypt');
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, sealed as BufferSource);
    return { text: new TextDecoder().decode(plain) };
  } catch {
    // GCM's tag does not match: a wrong passphrase, or bytes changed since.
    return { error: WRONG_PASSPHRASE };
  }
}
