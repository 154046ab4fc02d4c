/**
 * The fast YAML path (src/workflow/yaml-fast.ts) against the `Parser` path it stands in for: whenever it returns
 * a tree, the tree (and the line index) must equal the `Parser` path's, on the real-world corpus, the fixtures,
 * seeded random mutations of them, and each construct it handles; everything else it must leave alone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFast } from '../../src/workflow/yaml-fast.js';
import { FileError, readYaml, readYamlWithParser } from '../../src/workflow/yaml.js';
import type { YMap, YNode, YSeq } from '../../src/workflow/yaml.js';
import { CORPUS, FIXTURES, mutate, seededRandom, yamlFiles } from '../seeded-input.js';

type Outcome = { root: YNode | null; lineStarts: number[] } | { error: unknown };

function viaParser(text: string): Outcome {
  try {
    const y = readYamlWithParser('ci.yml', text);
    return { root: y.root, lineStarts: y.lines.lineStarts };
  } catch (error) {
    return { error };
  }
}

/**
 * The differential check: a tree from the fast path equals the `Parser` path's, line index included, and the
 * fast path returns no tree where the `Parser` path fails. Returns whether the fast path handled the text.
 */
function agrees(text: string, label: string): boolean {
  const fast = readFast(text);
  if (fast === undefined) return false;
  const ref = viaParser(text);
  if ('error' in ref)
    assert.fail(`${label}: the fast path returned a tree, the Parser path threw ${String(ref.error)}`);
  assert.deepStrictEqual(fast, ref.root, `${label}: trees differ`);
  assert.deepStrictEqual(
    readYaml('ci.yml', text).lines.lineStarts,
    ref.lineStarts,
    `${label}: line index differs`,
  );
  return true;
}

function handled(text: string): YNode | null {
  assert.ok(agrees(text, JSON.stringify(text)), `not handled: ${JSON.stringify(text)}`);
  return readFast(text) ?? null;
}

function bails(text: string): void {
  assert.equal(readFast(text), undefined, `handled: ${JSON.stringify(text)}`);
}

const read = (path: string): string => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');

/** A seed with the constructs the fixtures use little: flow collections, block scalars, comments everywhere. */
const RICH = `---
# leading comment
name: "CI"
on: [push, pull_request]
on2:
  push: {branches: [main, 'release/*'], tags: []}
  pull_request:
    branches: [ main ]
    paths: [
      "src/**",  # sources
      docs,
    ]
env: {}
empty:
num: 3.10
jobs:
  build:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        python-version: ["3.9", "3.10"]
        os:
        - ubuntu-latest
        - windows-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
        # indented comment
      # comment at the item's indent
      - run: |
          echo one
            echo two

          echo three
      - run: >-
          folded
          text
      - - nested
        - seq
      -
      - plain multi
        line scalar
      - 'single
        quoted'
      - "double \\"esc\\"
        next"
      - key: value # trailing
          # deeper comment

  other:
    steps: []
`;

describe('fast YAML path', () => {
  it('gives the Parser path’s tree for every fixture it handles', () => {
    for (const path of yamlFiles(FIXTURES)) agrees(read(path), path);
  });

  it('gives the Parser path’s tree for every corpus file it handles, and handles ≥ 95% of them', (t) => {
    if (!existsSync(CORPUS)) {
      t.skip(`corpus not found at ${CORPUS}`);
      return;
    }
    const files = readdirSync(CORPUS).filter((f) => /\.ya?ml$/.test(f));
    let count = 0;
    for (const f of files) if (agrees(read(join(CORPUS, f)), f)) count++;
    t.diagnostic(`fast path: ${count} of ${files.length} corpus files`);
    assert.ok(count >= Math.ceil(files.length * 0.95), `fast path handled ${count} of ${files.length}`);
  });

  it('agrees with the Parser path on seeded random mutations of the fixtures', () => {
    const seeds = [...yamlFiles(FIXTURES).map(read), RICH];
    const random = seededRandom(20240601);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const inserts = [
      ' ',
      '  ',
      '\n',
      ':',
      ': ',
      '-',
      '- ',
      '#',
      ' #',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '|',
      '>',
    ];
    inserts.push('&', '*', '!', '?', '\t', '\r\n', '\\', 'a');
    let handledCount = 0;
    const iterations = 20_000;
    for (let i = 0; i < iterations; i++) {
      const text = mutate(pick(seeds), random, (list) => pick(list), inserts);
      if (agrees(text, `mutation ${i} ${JSON.stringify(text)}`)) handledCount++;
    }
    // Most mutations break the file; enough must stay within the subset for this test to mean something.
    assert.ok(handledCount > iterations / 5, `only ${handledCount} of ${iterations} mutations were handled`);
  });

  describe('handles', () => {
    it('block maps, nested maps, empty values and a leading ---', () => {
      const root = handled(
        '---\non: push\njobs:\n  build:\n    runs-on: x\n    env:\n    if: true\n',
      ) as YMap;
      assert.equal(root.kind, 'map');
      assert.equal(root.pairs.length, 2);
      handled('a:\n  b:\n    c: 1\nd: 2');
      handled('a: 1\n\n\nb: 2\n');
      handled('');
      handled('# only a comment\n');
      handled('---\n');
    });

    it('block sequences: compact maps, nested and unindented sequences, empty items', () => {
      handled('steps:\n  - uses: a\n    with:\n      x: 1\n  - run: b\n');
      handled('a:\n- x\n- y\nb: 1\n');
      handled('- - a\n  - b\n- c\n');
      handled('a:\n  -\n  - x\n  -\n');
      handled('- a\n- b: c\n  d: e\n');
      handled('-\n  a: b\n');
    });

    it('plain scalars, normalised as the runner reads them, on one line or several', () => {
      const root = handled('a: 3.10\nb: True\nc: ~\nd: plain\n  continued\n\n  para\ne: x:y\n') as YMap;
      const values = root.pairs.map((p) => (p.value?.kind === 'scalar' ? p.value.value : null));
      assert.deepEqual(values, ['3.1', 'true', '', 'plain continued\npara', 'x:y']);
    });

    it('single- and double-quoted scalars, on one line or several', () => {
      const root = handled(`a: 'it''s'\nb: "a\\tb"\nc: "x\n  y"\n'd': 'p\n\n  q'\n"e" : 1\n`) as YMap;
      const values = root.pairs.map((p) => (p.value?.kind === 'scalar' ? p.value.value : null));
      assert.deepEqual(values, ["it's", 'a\tb', 'x y', 'p\nq', '1']);
    });

    it('literal and folded block scalars with indicators', () => {
      handled('a: |\n  x\n   y\n\nb: >\n  f\n  g\n\n  h\n');
      handled('a: |-\n  x\n\n\nb: |+\n  x\n\n\nc: >+2\n    x\n');
      handled('a: | # comment\n  x\nb: >2-\n   y\n');
      handled('- |\n  item\n- run: |\n    nested\n');
      handled('a: |\n  x\n   # more indented\nb: 1\n');
      handled('a: |\n');
    });

    it('comments anywhere: trailing, on their own line, below values, between items', () => {
      handled('# head\na: 1 # trailing\n  # below the value\n\n  # after a blank line\nb: 2\n# tail\n');
      handled('a:\n  # before the nested map\n  b: 1\n');
      handled('- a\n  # below the item\n- b\n');
      handled('- # on the dash line\n  value\n');
      handled('a: "q" # after a quoted value\n');
    });

    it('comment lines at a nested entry’s indent, which the Parser path keeps as an empty pair or item', () => {
      const root = handled('steps:\n  - uses: x\n    # at the key indent\n  - run: y\n') as YMap;
      const steps = root.pairs[0]!.value as YSeq;
      assert.deepEqual((steps.items[0] as YMap).pairs[1], { key: null, value: null });
      handled('a:\n  b:\n    - x\n    # at the item indent\nc: 1\n');
    });

    it('flow collections: scalars, nesting, spacing, comments, line breaks, trailing commas', () => {
      handled('on: [push, pull_request]\nwith: {}\nempty: []\n');
      handled('v: ["3.9", "3.10"]\nb: [ main ]\nm: {a: 1, b: [x, y], c: {d: e}}\n');
      handled('p: [\n  "src/**", # sources\n  docs,\n]\n');
      handled('p: [a,]\nq: [ ]\nr: { }\ns: [a,,b]\nt: {a: b\n  }\n');
      handled('- [a, [b, c] , d]\n- {k: }\n');
      handled('a: [b] # comment\n  # below\nc: 1\n');
    });

    it('a workflow using all of them together', () => {
      handled(RICH);
      handled(RICH.replace(/\n/g, '\r\n'));
    });

    it('CRLF line breaks and input without a final line break', () => {
      handled('a: 1\r\nb:\r\n  - x\r\n  - |\r\n    y\r\n');
      handled('a: [b, c]');
      handled('a: "b"');
    });
  });

  describe('leaves to the Parser path', () => {
    it('anchors, aliases, tags, explicit keys and directives', () => {
      bails('a: &x 1\nb: *x\n');
      bails('a: !!str 1\n');
      bails('? a\n: b\n');
      bails('%YAML 1.2\n---\na: 1\n');
    });

    it('a second document, a document end marker and a byte order mark inside the text', () => {
      bails('a: 1\n---\nb: 2\n');
      bails('a: 1\n...\n');
      bails('# c\n\uFEFFa: 1\n');
    });

    it('tabs as indentation', () => {
      bails('a:\n\tb: 1\n');
      bails('a:\n  - \tb\n');
      handled('a: b\t# tabs after content are separation\n');
    });

    it('duplicate, multi-line, empty and non-scalar keys', () => {
      bails('a: 1\na: 2\n');
      bails('m: {a: 1, a: 2}\n');
      bails(`big:\n${Array.from({ length: 30 }, (_, i) => `  k${i}: ${i}\n`).join('')}  k3: again\n`);
      bails('a\n  b: 1\n');
      bails('"a\n  b": 1\n');
      bails(': 1\n');
      bails('[a]: 1\n');
      bails('a: {[b]: 1}\n');
    });

    it('what the Parser path reports as an error', () => {
      bails('a: 1\n b: 2\n');
      bails('a: b: c\n');
      bails('key: - a\n');
      bails('a: 1\n- b\n');
      bails('a:\n  b: 1\n   c: 2\n');
      bails('a: "unterminated\n');
      bails('a: [b\n');
      bails('a: [b}\n');
      bails('a: "b"#c\n');
      bails('a: @x\n');
      bails('a: |0\n x\n');
      bails('a\n');
    });

    it('constructs outside the subset: pairs in flow sequences, keys without values in flow maps, root scalars', () => {
      bails('a: [k: v]\n');
      bails('a: {b, c: d}\n');
      bails('plain root\n');
      bails('[a, b]\n');
      bails('|\n  text\n');
    });

    it('nesting beyond what workflows use', () => {
      bails('a: ' + '['.repeat(100) + ']'.repeat(100) + '\n');
      bails(Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k:\n`).join(''));
    });
  });

  it('keeps readYaml’s errors: a file the fast path leaves reports the Parser path’s FileError', () => {
    assert.throws(
      () => readYaml('ci.yml', 'a: 1\na: 2\n'),
      (e: unknown) =>
        e instanceof FileError && e.message === 'ci.yml:2: invalid YAML: Map keys must be unique',
    );
  });
});
