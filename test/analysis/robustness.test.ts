/**
 * Hostile and broken input: every case gets a clear per-file error (path, line, reason) and never a crash or a
 * hang; the other files of the scan are still analysed. A bounded fuzz loop mutates the fixtures at random.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scanFiles } from '../../src/analysis/engine.js';
import { FIXTURES, policyFrom } from './support.js';
// Seeded so that a failure can be reproduced from the seed in its message.
import { seededRandom } from '../seeded-input.js';

const policy = policyFrom();
const good = readFileSync(join(FIXTURES, 'malicious', 'ghostaction.yml'), 'utf8');

async function errorFor(content: string | Uint8Array): Promise<string | null> {
  const result = await scanFiles(
    [
      { path: 'bad.yml', content },
      { path: 'good.yml', content: good },
    ],
    policy,
  );
  // The good file is always analysed, whatever happened to the bad one.
  assert.equal(result.files[1]?.error, null);
  assert.ok(result.findings.some((f) => f.location.file === 'good.yml'));
  return result.files[0]?.error ?? null;
}

describe('robustness', () => {
  it('malformed YAML names the line', async () => {
    const e = await errorFor('on: push\njobs:\n  a:\n    steps:\n      - run: "unterminated\n');
    assert.match(e ?? '', /^bad\.yml:\d+: invalid YAML: /);
  });

  it('a wrong shape names the field', async () => {
    const e = await errorFor('on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: nope\n');
    assert.equal(e, 'bad.yml:5: jobs.build.steps: expected a list of steps');
  });

  it('alias bombs are bounded', async () => {
    // "Billion laughs": each level repeats the previous one ten times. Only the keys the model reads are
    // expanded, so this finishes at once; it must neither hang nor blow the heap.
    const levels = [`l0: &l0 ["x","x","x","x","x","x","x","x","x","x"]`];
    for (let i = 1; i < 9; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(`*l${i - 1}`)
          .join(',')}]`,
      );
    const laughs = `${levels.join('\n')}\non: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        x: *l8\n    steps:\n      - run: echo hi\n`;
    assert.equal(await errorFor(laughs), null);
    // Many references to one anchor where the model does walk them: the expansion budget refuses the file.
    const many = `s: &s {run: echo}\non: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps: [${Array(10_001).fill('*s').join(',')}]\n`;
    assert.match((await errorFor(many)) ?? '', /^bad\.yml:\d+: more than 10000 alias expansions/);
  });

  it('a 10 MB file is refused with its size', async () => {
    const e = await errorFor('# ' + 'x'.repeat(10 * 1024 * 1024));
    assert.match(e ?? '', /^bad\.yml:1: file is 10\.0 MiB; workflow files over 2 MiB are not analysed$/);
  });

  it('binary and non-UTF-8 input are refused', async () => {
    assert.match(
      (await errorFor(new Uint8Array([0x6f, 0x6e, 0x3a, 0x0a, 0xff, 0xfe, 0x00]))) ?? '',
      /^bad\.yml:2: not valid UTF-8/,
    );
    assert.match((await errorFor('on: push\n\0\0\0')) ?? '', /^bad\.yml:2: contains NUL bytes/);
  });

  it('deep nesting is refused, not a stack overflow', async () => {
    const deep = `on: push\njobs: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    const e = await errorFor(deep);
    assert.match(e ?? '', /^bad\.yml:\d+: /);
  });

  it('empty and non-workflow files are explained', async () => {
    assert.equal(await errorFor(''), 'bad.yml:1: empty file: expected a workflow or action mapping');
    assert.equal(await errorFor('- a\n- b\n'), 'bad.yml:1: expected a mapping at the top level');
    assert.match((await errorFor('name: x\n')) ?? '', /not a workflow or action file/);
  });
});

describe('fuzz', () => {
  const seeds = ['malicious', 'benign'].flatMap((d) =>
    readdirSync(join(FIXTURES, d))
      .filter((f) => f.endsWith('.yml'))
      .map((f) => readFileSync(join(FIXTURES, d, f), 'utf8')),
  );
  const tokens = [
    '${{',
    '}}',
    '"',
    "'",
    '\n',
    ':',
    '- ',
    '|',
    '$(',
    '`',
    '<<EOF\n',
    '&a ',
    '*a',
    '[',
    '{',
    '\\',
    '#',
    '\t',
    ' ',
  ];

  it('mutated fixtures never crash or hang (600 iterations)', async () => {
    const iterations = Number(process.env.FUZZ_ITERATIONS ?? 600);
    for (let i = 0; i < iterations; i++) {
      const seed = 1000 + i;
      const r = seededRandom(seed);
      let text = seeds[Math.floor(r() * seeds.length)]!;
      const edits = 1 + Math.floor(r() * 6);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(r() * text.length);
        const op = r();
        if (op < 0.4) text = text.slice(0, at) + tokens[Math.floor(r() * tokens.length)]! + text.slice(at);
        else if (op < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 20));
        else {
          const from = Math.floor(r() * text.length);
          text = text.slice(0, at) + text.slice(from, from + Math.floor(r() * 80)) + text.slice(at);
        }
      }
      try {
        const result = await scanFiles([{ path: 'fuzz.yml', content: text }], policy);
        const err = result.files[0]?.error;
        if (err) assert.match(err, /^fuzz\.yml:\d+: /, `seed ${seed}`);
        assert.doesNotMatch(err ?? '', /internal error/, `seed ${seed}: ${err ?? ''}`);
      } catch (e) {
        assert.fail(`seed ${seed} threw: ${e instanceof Error ? e.stack : String(e)}`);
      }
    }
  });
});
