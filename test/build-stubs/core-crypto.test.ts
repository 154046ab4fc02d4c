import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { randomUUID } from '../../src/build-stubs/core-crypto.js';
import { sha256Hex } from '../../src/sha256.js';

describe('the crypto stub for @actions/core', () => {
  it('gives RFC 9562 version 4 UUIDs, as Node does', () => {
    for (let i = 0; i < 200; i++)
      assert.match(randomUUID(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('never repeats itself (the heredoc delimiter must be unguessable)', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => randomUUID()));
    assert.equal(seen.size, 2000);
  });
});

describe('sha256Hex', () => {
  it("is Node's SHA-256 of the UTF-8 bytes", () => {
    for (const text of [
      '',
      'abc',
      'rule\0file\0job\0step\0NPM_TOKEN\0registry.npmjs.org',
      'é→ünï',
      'x'.repeat(1000),
    ])
      assert.equal(sha256Hex(text), createHash('sha256').update(text).digest('hex'));
  });
});
