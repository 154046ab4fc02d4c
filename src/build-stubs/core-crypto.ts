/**
 * Stands in for Node's `crypto` module where `@actions/core`'s `file-command.js` imports it (see
 * scripts/bundle-options.mjs). That module only calls `randomUUID()`, for the heredoc delimiter of
 * `GITHUB_OUTPUT`/`GITHUB_STATE` values, but importing `node:crypto` loads all of Node's crypto internals: about
 * 10 ms of every step's start-up on Node 24. The delimiter must stay unguessable, so the bytes still come from the
 * kernel's CSPRNG (`/dev/urandom`, what Node's own `randomUUID` draws from on Linux and macOS); where there is no
 * such device (Windows), Node's `crypto` is loaded after all.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';

function randomBytes16(): Uint8Array {
  const bytes = new Uint8Array(16);
  let fd: number;
  try {
    fd = openSync('/dev/urandom', 'r');
  } catch {
    const crypto = createRequire(import.meta.url)('node:crypto') as typeof Crypto;
    return crypto.randomFillSync(bytes);
  }
  try {
    for (let n = 0; n < bytes.length;) {
      const read = readSync(fd, bytes, n, bytes.length - n, null);
      if (read <= 0) throw new Error('/dev/urandom returned no bytes');
      n += read;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** An RFC 9562 version 4 UUID. */
export function randomUUID(): string {
  const b = randomBytes16();
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
