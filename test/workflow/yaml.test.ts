/**
 * The workflow YAML reader (src/workflow/yaml.ts): values as the runner reads them, positions, aliases within
 * their budget, and the composer's checks that real files trip over, each reported with its line.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { asMap, asSeqItems, entries, FileError, posOf, readYaml, toStr } from '../../src/workflow/yaml.js';
import type { YamlFile } from '../../src/workflow/yaml.js';

function values(y: YamlFile): Record<string, string | null> {
  const map = asMap(y, y.root);
  assert.ok(map);
  return Object.fromEntries(entries(y, map).map((e) => [e.key, toStr(y, e.value)?.value ?? null]));
}

function errorOf(text: string): string {
  try {
    readYaml('ci.yml', text);
  } catch (e) {
    assert.ok(e instanceof FileError, String(e));
    return e.message;
  }
  assert.fail('expected a FileError');
}

describe('workflow YAML reader', () => {
  it('reads plain scalars as the runner does (YAML 1.2 core schema), quoted ones as written', () => {
    const y = readYaml(
      'ci.yml',
      [
        'a: 3.10',
        "b: '3.10'",
        'c: True',
        'd: FALSE',
        'e: ~',
        'f: Null',
        'g: 0x1F',
        'h: 0o17',
        'i: 1e3',
        'j: -1',
        'k: +12',
        'l: .inf',
        'm: ubuntu-latest',
        'n: nullable',
        'o: "a\\tb"',
        'p: 2024-01-01',
        'q:',
      ].join('\n') + '\n',
    );
    assert.deepEqual(values(y), {
      a: '3.1',
      b: '3.10',
      c: 'true',
      d: 'false',
      e: '',
      f: '',
      g: '31',
      h: '15',
      i: '1000',
      j: '-1',
      k: '12',
      l: 'Infinity',
      m: 'ubuntu-latest',
      n: 'nullable',
      o: 'a\tb',
      p: '2024-01-01',
      q: null,
    });
  });

  it('keeps positions: keys, values, and offsets inside block scalars', () => {
    const y = readYaml(
      'ci.yml',
      'jobs:\n  build:\n    steps:\n      - run: |\n          echo one\n          curl x\n',
    );
    const jobs = asMap(y, entries(y, asMap(y, y.root)!)[0]!.value)!;
    const build = entries(y, jobs)[0]!;
    assert.deepEqual(posOf(y, build.keyNode), { line: 2, column: 3, endLine: 2, endColumn: 7 });
    const steps = asSeqItems(y, entries(y, asMap(y, build.value)!)[0]!.value)!;
    const run = toStr(y, entries(y, asMap(y, steps[0]!)!)[0]!.value)!;
    assert.equal(run.value, 'echo one\ncurl x\n');
    assert.deepEqual(run.locate(run.value.indexOf('curl')), { line: 6, column: 11 });
  });

  it('reads flow collections, and a pair inside a flow sequence as a one-entry mapping', () => {
    const y = readYaml('ci.yml', 'on: [push, pull_request]\nenv: {A: "1", B: two}\nx: [k: v]\n');
    const root = asMap(y, y.root)!;
    const [on, env, x] = entries(y, root);
    assert.deepEqual(
      asSeqItems(y, on!.value)!.map((n) => toStr(y, n)?.value),
      ['push', 'pull_request'],
    );
    assert.deepEqual(
      entries(y, asMap(y, env!.value)!).map((e) => [e.key, toStr(y, e.value)?.value]),
      [
        ['A', '1'],
        ['B', 'two'],
      ],
    );
    const pair = asMap(y, asSeqItems(y, x!.value)![0]!)!;
    assert.deepEqual(
      entries(y, pair).map((e) => [e.key, toStr(y, e.value)?.value]),
      [['k', 'v']],
    );
  });

  it('follows aliases to their anchors, and charges each expansion to the budget', () => {
    const y = readYaml('ci.yml', 'base: &b {run: echo hi}\nstep: *b\n');
    const step = entries(y, asMap(y, y.root)!)[1]!;
    assert.equal(toStr(y, entries(y, asMap(y, step.value)!)[0]!.value)?.value, 'echo hi');
    assert.equal(y.aliasBudget, 10_000 - 1);
  });

  it('reports what GitHub would reject, with the line', () => {
    // The yaml package places a missing quote where the input ends, the line after the opening quote here.
    assert.equal(
      errorOf('on: push\njobs:\n  a:\n    steps:\n      - run: "unterminated\n'),
      'ci.yml:6: invalid YAML: Missing closing "quote',
    );
    assert.equal(
      errorOf('a: 1\n b: 2\n'),
      'ci.yml:1: invalid YAML: Nested mappings are not allowed in compact mappings',
    );
    assert.equal(
      errorOf('a:\n  b: 1\n   c: 2\n'),
      'ci.yml:2: invalid YAML: Nested mappings are not allowed in compact mappings',
    );
    assert.equal(
      errorOf('on: push\njobs:\n  a:\n    runs-on: x\n   steps: []\n'),
      'ci.yml:5: invalid YAML: All mapping items must start at the same column',
    );
    assert.equal(errorOf('a:\n\t- b\n'), 'ci.yml:2: invalid YAML: Tabs are not allowed as indentation');
    assert.equal(
      errorOf('steps:\n  - run: curl -H "A: b" x\n'),
      'ci.yml:2: invalid YAML: Nested mappings are not allowed in compact mappings',
    );
    assert.equal(errorOf('a: 1\na: 2\n'), 'ci.yml:2: invalid YAML: Map keys must be unique');
    assert.equal(errorOf('a: *nowhere\n'), 'ci.yml:1: invalid YAML: Aliased anchor not found: nowhere');
    assert.equal(errorOf('a: 1\n---\nb: 2\n'), 'ci.yml:2: invalid YAML: Source contains multiple documents');
    assert.equal(
      errorOf('a:\n  plain\n  continued: 1\n'),
      'ci.yml:2: invalid YAML: Implicit keys need to be on a single line',
    );
  });

  it('refuses nesting past its limit instead of recursing on', () => {
    const deep = 'a: ' + '['.repeat(600) + ']'.repeat(600) + '\n';
    assert.match(
      errorOf(deep),
      /^ci\.yml:1: (invalid YAML: collections nested more than 500 deep|nesting too deep)/,
    );
  });
});
