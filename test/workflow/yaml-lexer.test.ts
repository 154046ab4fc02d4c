/**
 * The fast lexer (src/workflow/yaml-lexer.ts) against the `yaml` package's `Lexer` it stands in for: whenever it
 * returns tokens they must be exactly the library's, on the real-world corpus, the fixtures, seeded random
 * mutations of them, random small documents, and each construct it handles; what it does not handle it must
 * leave alone. Run this first when upgrading `yaml`: a changed token anywhere fails it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer } from 'yaml';
import { lexFast } from '../../src/workflow/yaml-lexer.js';
import { CORPUS, FIXTURES, mutate, seededRandom, yamlFiles } from '../seeded-input.js';

/** Time budget for each randomised test: a few seconds, whatever the machine. */
const RANDOM_BUDGET_MS = 2_500;

const libraryTokens = (text: string): string[] => [...new Lexer().lex(text)];

/** The differential check: the fast lexer's tokens equal the library's. Returns whether it handled the text. */
function agrees(text: string, label: string): boolean {
  const fast = lexFast(text);
  if (fast === undefined) return false;
  const ref = libraryTokens(text);
  if (fast.length === ref.length && fast.every((t, i) => t === ref[i])) return true;
  let i = 0;
  while (fast[i] === ref[i]) i++;
  assert.fail(
    `${label}: tokens differ at ${i}\n  fast:    ${JSON.stringify(fast.slice(Math.max(0, i - 4), i + 4))}` +
      `\n  library: ${JSON.stringify(ref.slice(Math.max(0, i - 4), i + 4))}`,
  );
}

/** Asserts the text is handled and its tokens are the library's; returns them. */
function lexes(text: string): string[] {
  assert.ok(agrees(text, JSON.stringify(text)), `not handled: ${JSON.stringify(text)}`);
  return lexFast(text)!;
}

function bails(text: string): void {
  assert.equal(lexFast(text), undefined, `handled: ${JSON.stringify(text)}`);
}

const read = (path: string): string => readFileSync(path, 'utf8');

describe('fast YAML lexer', () => {
  it('gives the library’s tokens for every fixture, and handles all of them', () => {
    const files = yamlFiles(FIXTURES);
    const handled = files.filter((path) => agrees(read(path), path));
    assert.deepEqual(
      files.filter((f) => !handled.includes(f)),
      [],
    );
  });

  it('gives the library’s tokens for every corpus file it handles, and handles ≥ 95% of them', (t) => {
    if (!existsSync(CORPUS)) {
      t.skip(`corpus not found at ${CORPUS}`);
      return;
    }
    const files = readdirSync(CORPUS).filter((f) => /\.ya?ml$/.test(f));
    let count = 0;
    for (const f of files) if (agrees(read(join(CORPUS, f)), f)) count++;
    t.diagnostic(`fast lexer: ${count} of ${files.length} corpus files`);
    assert.ok(count >= Math.ceil(files.length * 0.95), `fast lexer handled ${count} of ${files.length}`);
  });

  it('agrees with the library on seeded random mutations of the fixtures and of corpus excerpts', (t) => {
    const random = seededRandom(20240917);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const seeds = [...yamlFiles(FIXTURES).map(read), ...corpusExcerpts(random)];
    let handledCount = 0;
    let i = 0;
    for (const deadline = Date.now() + RANDOM_BUDGET_MS; i < 100_000 && Date.now() < deadline; i++) {
      const text = mutate(pick(seeds), random, pick, INSERTS);
      if (agrees(text, `mutation ${i} ${JSON.stringify(text)}`)) handledCount++;
    }
    t.diagnostic(`${handledCount} of ${i} mutations handled`);
    // Many mutations leave the subset; enough must stay in it for this test to mean something.
    assert.ok(i >= 1000, `only ${i} mutations in the time budget`);
    assert.ok(handledCount > i / 2, `only ${handledCount} of ${i} mutations were handled`);
  });

  it('agrees with the library on random small documents', (t) => {
    const random = seededRandom(77);
    let handledCount = 0;
    let i = 0;
    for (const deadline = Date.now() + RANDOM_BUDGET_MS; i < 100_000 && Date.now() < deadline; i++) {
      const text = i % 2 === 0 ? structuredDocument(random) : fragmentDocument(random);
      if (agrees(text, `document ${i} ${JSON.stringify(text)}`)) handledCount++;
    }
    t.diagnostic(`${handledCount} of ${i} documents handled`);
    assert.ok(i >= 1000, `only ${i} documents in the time budget`);
    assert.ok(handledCount > i / 5, `only ${handledCount} of ${i} documents were handled`);
  });

  describe('handles', () => {
    it('block maps and sequences, with the document-mode token before the first content line', () => {
      assert.deepEqual(lexes('a: 1\nb:\n  - x\n'), [
        '\x02',
        '\x1f',
        'a',
        ':',
        ' ',
        '\x1f',
        '1',
        '\n',
        '\x1f',
        'b',
        ':',
        '\n',
        '  ',
        '-',
        ' ',
        '\x1f',
        'x',
        '\n',
      ]);
      lexes('- - a\n  - b\n- c: d\n  e:\n  -\n  - f\n');
      lexes('a:\n- x\n- y\nb: 1\n');
      lexes('  indented: root\n  b: 2\n');
      lexes('# c\n\n  # c\n\na: 1');
      lexes('');
      lexes('\n\n');
      lexes('# only a comment');
    });

    it('a leading document start marker, alone or with a comment', () => {
      assert.deepEqual(lexes('---\na: 1\n').slice(0, 3), ['\x02', '---', '\n']);
      lexes('# c\n---   # c\n\na: 1\n');
      lexes('--- \n');
      lexes('---');
      lexes('---a: 1\n');
    });

    it('plain scalars: where a line ends them (`: `, ` #`) and what they may contain', () => {
      lexes('a: x:y\nb: x#y\nc: x # y\nd: a: b\ne: :99\nf: -x\ng: ?x\nh: x, [y] {z}\n');
      lexes('a: b   \nc: d #\ne:   \n- --flag value\n-x: 1\n');
      lexes('url: https://example.com:8080/a#b\n');
      lexes('a: ${{ x }}\nb: ü\nc: 日本語 😀\n');
    });

    it('plain scalars over several lines, as far as the library runs them on', () => {
      lexes('a: b\n  c\n\n  d\ne: f\n');
      lexes('- a\n b\n- c\n  d\n');
      lexes('- - a\n   b\n- - c\n  d\n');
      lexes('- a: b\n  c\n- a: b\n   c\n');
      lexes('a:\n  b\n c\nd:\n  e\n  - f\n  # g\n');
      lexes('a: b\n  c: d\ne\n f\n');
      lexes('run: echo one\n  two #c\n  three\n');
    });

    it('the indent a continuation line needs: set by `- ` and `: `, lowered by less indented lines', () => {
      // `cc` (two characters of text) lowers it to its own indent; `c` and `c d` do not.
      lexes('  a: b\ncc\n d\n');
      lexes('  a: b\nc\n d\n');
      lexes('  a: b\nc d\n e\n');
      // Blank lines and comments do too, when the next line starts with text at column 0.
      lexes('name: x\n\nt\non: push\n');
      lexes('a: b\n#x\nc\nd\n');
      lexes('a: b\n  \nc\nd\n');
      lexes('  - a\n-b\n c\n');
      // A block scalar's body sets it to the body's indent; its own blank lines lower nothing.
      lexes('- run: |\n     x\n    y\n   z\n  w\n');
      lexes('a: |\n  x\n\nc\nd\n');
      lexes('a: |+\n  x\n\nc\nd\n');
      // Nor do a flow collection's lines.
      lexes('a: [b,\n\n]\nd\ne\n');
      lexes('a: [b,\n#cc\n  c]\nd\ne\n');
    });

    it('single- and double-quoted scalars: escapes, several lines, blank lines', () => {
      lexes(`a: 'it''s'\nb: "a\\"b\\\\"\nc: "x\n  y"\nd: 'p\n\n  q'\n"e" : 1\n'f': ''\n`);
      lexes('a: "b\\\n  c"\n');
      lexes('a: "b\n \n   c" # d\n');
      lexes('- "x" # c\n- \'y\'\n');
    });

    it('literal and folded block scalars: chomping and indentation indicators, comments', () => {
      lexes('a: |\n  x\n   y\n\nb: >\n  f\n  g\n\n  h\n');
      lexes('a: |-\n  x\n\n\nb: |+\n  x\n\n\nc: >+2\n    x\n');
      lexes('a: | # comment\n  x\nb: >2-\n   y\nc: |1\n x\n');
      lexes('- |\n  item\n- run: |\n    nested\n');
      lexes('a: |\n  x\n   # more indented\n # less\nb: 1\n');
      lexes('a: |\n  x\n  # at the indent is text\nb: 1\n');
      lexes('a: |2\n   x\n  y\n z\n');
      lexes('- a: |2\n   x\n');
    });

    it('block scalars: where the body ends among blank and whitespace-only lines', () => {
      assert.deepEqual(lexes('a: |\n  x\n\n').slice(-4), ['\n', '\x1f', '  x\n', '\n']);
      lexes('a: |\n  x\n  \n\nb');
      lexes('a: |\n  x\n   \n \nb');
      lexes('a: |\n  x\n\n  \nb');
      lexes('a: |+\n  x\n \n b');
      lexes('a: |\n\n   \n  x\n');
      lexes('a: |\n    \n  x\n    \n\n');
      lexes('a: |1\n   x\n  \n');
    });

    it('block scalars without a body, or at the end of the input', () => {
      lexes('a: |\n');
      lexes('a: |');
      lexes('a: | # c');
      lexes('a: |\nb: 1');
      lexes('a: |\n\nb: 1');
      lexes('a: |\n   \n  \nb');
      lexes('  a: |\n \n  b');
      lexes('a: |\n  x');
      lexes('a: |\n  x\n  ');
      lexes('a: |\n  x\n   ');
      lexes('a: |\n\n  ');
      lexes('a: |\n  ');
      lexes('a: |2\n\n ');
      lexes('- |2\n ');
      lexes('a: |+\n  x\n ');
      lexes('- a: |\n  x\n');
    });

    it('flow collections: nesting, spacing, comments, empty entries', () => {
      lexes('on: [push, pull_request]\nwith: {}\nempty: []\n');
      lexes('v: ["3.9", \'3.10\']\nb: [ main ]\nm: {a: 1, b: [x, y], c: {d: e}}\n');
      lexes('p: [a,]\nq: [ ]\nr: { }\ns: [a,,b]\nt: [a [b]]\nu: [-b, :c, d:e, f#g]\n');
      lexes('a: [b] # c\nd: {e: } # f\n');
      lexes('a: {b: , c: d}\ne: [f: ,]\n');
    });

    it('flow collections over several lines, as far in as the library allows', () => {
      lexes('p: [\n  "src/**", # sources\n  docs,\n]\n');
      lexes('a: {\n  b: c,\n  d: e\n}\n');
      lexes('  a: [\n   b\n  ]\n');
      lexes('- - [\n  ]\n');
      lexes('  a: [\n# at column 0\n   b]\n');
      lexes('a: [b\n\n  ]\nc: [d,\n\n]\n');
      lexes('a: [\n  "c\n d"]\n');
    });
  });

  describe('leaves to the library', () => {
    it('tabs, carriage returns, a byte order mark and other control or separator characters', () => {
      bails('a:\n\tb: 1\n');
      bails('a: b\t# c\n');
      bails('a: 1\r\nb: 2\r\n');
      bails('a: 1\rb: 2');
      bails('\uFEFFa: 1\n');
      bails('a: b\u0085c\n');
      bails('a: b\u2028c\n');
      bails('a: b\u000bc\n');
      bails('a: b\x7f\n');
    });

    it('anchors, aliases, tags, explicit keys, directives and empty keys', () => {
      bails('a: &x 1\nb: *x\n');
      bails('a: !!str 1\n');
      bails('a: [&x 1]\n');
      bails('? a\n: b\n');
      bails('- ? a\n');
      bails(': b\n');
      bails('%YAML 1.2\n---\na: 1\n');
      bails('a: @x\n');
      bails('a: `x`\n');
    });

    it('a second document, a document end marker, content after `---`', () => {
      bails('a: 1\n---\nb: 2\n');
      bails('---\n---\n');
      bails('a: 1\n...\n');
      bails('--- a\n');
      bails('a\n---\n');
      bails('a: [b\n---\n]\n');
    });

    it('unterminated quotes and flow collections', () => {
      bails('a: "b\n');
      bails("a: 'b");
      bails('a: "b\\"');
      bails('a: [b, c\n');
      bails('a: {b: c');
    });

    it('lines indented less than the library accepts inside a quoted scalar or a flow collection', () => {
      bails('  a: "b\n c"\n');
      bails("a: 'b\nc'\n");
      bails('a: [\nb]\n');
      bails('  a: [\n   b,\n  c]\n');
      bails('    a: [\n   ]\n');
      bails('  a: [[\n   b\n  ]]\n');
    });

    it('text right after a closing quote or bracket, and keys that are collections', () => {
      bails('a: "b"c\n');
      bails('a: "b"#c\n');
      bails('a: "b":c\n');
      bails('a: [b]c\n');
      bails('a: [b]#c\n');
      bails('a: [b], c\n');
      bails('[a]: b\n');
      bails('{a: b}: c\n');
      bails('a: {"b":c}\n');
    });

    it('flow constructs read in ways not mirrored here', () => {
      bails('a: [b\n  c]\n');
      bails('a: [b:]\n');
      bails('a: [b:,c]\n');
      bails('a: [- b]\n');
      bails('a: [-]\n');
      bails('a: [?]\n');
      bails('a: [b}\n');
      bails('a: {b]\n');
      bails('a: [|]\n');
      bails('a: ' + '['.repeat(40) + ']'.repeat(40) + '\n');
    });

    it('block scalar headers the library reads unexpectedly, and root block scalars', () => {
      bails('a: |x\n  b\n');
      bails('a: |0\n  b\n');
      bails('a: |#c\n  b\n');
      bails('a: |++\n  b\n');
      bails('a: |  x\n  b\n');
      bails('|\n  text\n');
    });

    it('`- ` in the middle of a line', () => {
      bails('a: - b\n');
      bails('a: -\n');
    });
  });
});

/** A few runs of lines from each corpus file: small seeds for mutation, with the constructs workflows use. */
function corpusExcerpts(random: () => number): string[] {
  if (!existsSync(CORPUS)) return [];
  const excerpts: string[] = [];
  for (const f of readdirSync(CORPUS).filter((name) => /\.ya?ml$/.test(name))) {
    const lines = read(join(CORPUS, f)).split('\n');
    for (let k = 0; k < 3; k++) {
      const at = Math.floor(random() * lines.length);
      excerpts.push(lines.slice(at, at + 2 + Math.floor(random() * 8)).join('\n'));
    }
  }
  return excerpts;
}

const INSERTS = [
  ...[' ', '  ', '\n', '\n  ', '\n\n', ':', ': ', '-', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ','],
  ...['|', '>', '|-', '>+', '|2', '&', '*', '!', '?', '\t', '\r\n', '\r', '\\', 'a', 'bc', '---', '...'],
  // Text the library treats as ordinary characters: no-break and ideographic spaces, emoji, accents.
  ...['\u00a0', '\u00a0#', ':\u00a0', '\u3000', '😀', '\ud83d', 'é', 'e\u0301', '日本'],
];

const WORDS = [
  'a',
  'bb',
  'c d',
  'x:y',
  'e#f',
  '-g',
  ':h',
  '?i',
  '${{ x }}',
  'ü',
  '3.10',
  'a,b',
  'a]b',
  '--',
  '~',
];
const FRAGMENTS = [
  ...['a', 'bb', 'c d', ':', ': ', ':b', '-', '- ', '-b', '?b', '#c', ' #c', '"q"', '"q\n r"', "'s''t'"],
  ...["'u\n\n v'", '[', ']', '{', '}', ',', ', ', '|', '|-', '>+', '|2', '>1-', ' ', '  ', '   ', '\n', '\n'],
  ...['\n ', '\n  ', '\n   ', '\n    ', 'x: y', 'k:', '---', '"a\\"b"', '"\\\\"', 'e#f', 'g:h'],
];

/** Up to fourteen fragments of YAML syntax run together. */
function fragmentDocument(random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let text = '';
  for (let n = 1 + Math.floor(random() * 14); n > 0; n--) text += pick(FRAGMENTS);
  return text;
}

/** Lines shaped like a workflow's (indent, dashes, key, value), then more lines at random indents. */
function structuredDocument(random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (n: number): number => Math.floor(random() * n);
  const word = (): string => pick(WORDS);
  const unquoted = (q: string): string => word().split(q).join('');
  const value = (): string => {
    const r = random();
    if (r < 0.3) return pick([word(), `"${unquoted('"')}"`, `'${unquoted("'")}'`, '"a\\"b"', "'a''b'", '""']);
    if (r < 0.4) return pick(['|', '>', '|-', '>+', '|2', '>-1']) + pick(['', '', ' ', ' # c']);
    if (r < 0.55) {
      const items = Array.from({ length: int(4) }, () =>
        pick(['', 'b', '"q"', '[]', '{}', '[a, b]', 'k: v', 'k:']),
      );
      const sep = pick([', ', ',', ' , ', ',\n' + ' '.repeat(int(8)), '\n' + ' '.repeat(int(8)) + ', ']);
      const [open, close] = pick([
        ['[', ']'],
        ['{', '}'],
      ] as const);
      return open + items.join(sep) + pick(['', ',', ' ', '\n' + ' '.repeat(int(6))]) + close;
    }
    if (r < 0.62) return `"${unquoted('"')}\n${' '.repeat(int(8))}${unquoted('"')}"`;
    if (r < 0.75) return '';
    return word() + (random() < 0.3 ? ' #' + word() : '');
  };
  const lines: string[] = [];
  if (random() < 0.2) lines.push(pick(['---', '--- # c', '# c\n---']));
  for (let n = 1 + int(10); n > 0; n--) {
    const indent = ' '.repeat(int(7));
    const kind = random();
    if (kind < 0.1) lines.push(indent + '#' + word());
    else if (kind < 0.2) lines.push(indent.slice(0, int(4)));
    else {
      const dashes = random() < 0.3 ? '- '.repeat(1 + int(2)) : '';
      const key = random() < 0.6 ? pick(['k', 'key', 'a b', '"q"', "'s'"]) + ':' : '';
      const v = value();
      lines.push(
        indent + dashes + key + (key && v ? pick([' ', '  ']) : '') + v + pick(['', '', ' ', ' # t']),
      );
    }
    if (random() < 0.3) {
      const at = int(9);
      for (let k = int(4); k > 0; k--)
        lines.push(' '.repeat(pick([at, at, at + 1, int(9)])) + pick(['', ...WORDS]));
    }
  }
  return lines.join('\n') + pick(['', '\n', '\n\n', '\n  ', ' ']);
}
