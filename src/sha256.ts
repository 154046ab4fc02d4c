/**
 * SHA-256 for finding fingerprints, from @noble/hashes rather than `node:crypto`: importing Node's crypto module
 * loads all of its internals, about 10 ms of the main step's start-up on Node 24, for a few hashes of short
 * strings. The fingerprints must stay collision-resistant (code scanning and `scope: changed` match alerts by
 * them), so the hash is not weakened, only taken from an audited pure-JavaScript implementation.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The first 128 bits of the SHA-256, as 32 hex digits: how every fingerprint is written. */
export function shortSha256(text: string): string {
  return sha256Hex(text).slice(0, 32);
}
