/**
 * Reading YAML with positions, within limits. The `yaml` package's concrete syntax tree (its `Parser`) is turned
 * into a small node tree of our own: maps, sequences, scalars and aliases, each with its source range. The
 * package's composer (`parseDocument`) is not used on this path: it builds a full document model (schema
 * resolution, comments, node classes) and cost about half of the engine's time per file, while the model
 * needs only keys, scalar texts and ranges. Scalar values still come from the package (`CST.resolveAsScalar`
 * and the YAML 1.2 core schema's own tag tests), so quoting, folding and `3.10` → `3.1` behave as before.
 *
 * The composer's structural checks that matter for workflow files are made here (see `checks`); what the
 * composer would reject beyond those is read leniently, never silently dropped: its values are still analysed.
 *
 * Most files take a faster path first (`yaml-fast.ts`: the package's `Lexer` without its `Parser`), which gives
 * the same tree for the common subset of YAML and leaves everything else to the `Parser` path here.
 */
import { CST, LineCounter, Parser } from 'yaml';
import { expressionsIn } from './expressions.js';
import { readFast } from './yaml-fast.js';
import { plainText } from './yaml-scalars.js';
import type { Pos, Str } from './types.js';

/** Workflow files are small; anything this large is not a real workflow and is refused, not parsed slowly. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Each alias may be expanded this many times per file in total: bounds "billion laughs" documents. */
export const MAX_ALIAS_EXPANSIONS = 10_000;
/** Deeper collections are refused: the model's readers recurse, and no workflow nests like this. */
export const MAX_NESTING = 500;

/** A file that cannot be analysed, with the line to look at. The message is one line: `path:line: reason`. */
export class FileError extends Error {
  override readonly name = 'FileError';
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason.replace(/\s*\n\s*/g, ' ')}`);
  }
}

/**
 * Source range: offsets of the first character and one past the last character of the value; `nodeEnd` also
 * takes in the comment and line break that follow it (a collection ends where its last entry's node ends).
 */
interface Ranged {
  start: number;
  end: number;
  nodeEnd: number;
}

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export interface YScalar extends Ranged {
  kind: 'scalar';
  /** The text the runner sees: quoting and folding removed, core-schema plain scalars normalised. */
  value: string;
  style: ScalarStyle;
}
export interface YMap extends Ranged {
  kind: 'map';
  pairs: YPair[];
}
export interface YPair {
  key: YNode | null;
  value: YNode | null;
}
export interface YSeq extends Ranged {
  kind: 'seq';
  items: (YNode | null)[];
}
export interface YAlias extends Ranged {
  kind: 'alias';
  /** The anchored node as it stood where the alias appears (YAML aliases refer backwards). */
  target: YNode;
}
export type YNode = YScalar | YMap | YSeq | YAlias;

export const isMap = (n: YNode | null | undefined): n is YMap => n?.kind === 'map';
export const isSeq = (n: YNode | null | undefined): n is YSeq => n?.kind === 'seq';
export const isScalar = (n: YNode | null | undefined): n is YScalar => n?.kind === 'scalar';

export interface YamlFile {
  file: string;
  text: string;
  root: YNode | null;
  lines: LineCounter;
  /** Alias expansions left before the file is refused. */
  aliasBudget: number;
}

/** Decodes and parses one file, or throws FileError. */
export function readYaml(file: string, content: string | Uint8Array): YamlFile {
  const text = decode(file, content);
  const root = readFast(text);
  if (root === undefined) return parse(file, text);
  return { file, text, root, lines: lineStarts(text), aliasBudget: MAX_ALIAS_EXPANSIONS };
}

/** `readYaml` on the `Parser` path alone: the reference the fast path is tested against. */
export function readYamlWithParser(file: string, content: string | Uint8Array): YamlFile {
  return parse(file, decode(file, content));
}

/** The `Parser`'s line index for a file it reads without errors: every line start, the first included. */
function lineStarts(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

function parse(file: string, text: string): YamlFile {
  const lines = new LineCounter();
  const reader = new Reader(text);
  let root: YNode | null;
  try {
    root = reader.read(new Parser(lines.addNewLine).parse(text));
  } catch (e) {
    // The CST parser recurses per flow nesting level; a pathological document exhausts the stack.
    if (e instanceof RangeError) throw new FileError(file, 1, 'nesting too deep to be a workflow');
    throw e;
  }
  if (reader.error) {
    const at = lines.linePos(reader.error.offset).line;
    throw new FileError(file, at, `invalid YAML: ${reader.error.message.split('\n')[0] ?? ''}`);
  }
  return { file, text, root, lines, aliasBudget: MAX_ALIAS_EXPANSIONS };
}

function decode(file: string, content: string | Uint8Array): string {
  const size = typeof content === 'string' ? content.length : content.byteLength;
  if (size > MAX_FILE_BYTES) {
    throw new FileError(
      file,
      1,
      `file is ${(size / 1024 / 1024).toFixed(1)} MiB; workflow files over 2 MiB are not analysed`,
    );
  }
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    try {
      text = utf8.decode(content);
    } catch {
      throw new FileError(
        file,
        lineOfInvalidUtf8(content),
        'not valid UTF-8 text; workflow files must be UTF-8',
      );
    }
  }
  const nul = text.indexOf('\0');
  if (nul >= 0)
    throw new FileError(file, lineAt(text, nul), 'contains NUL bytes: a binary file, not a workflow');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line of the first byte that breaks UTF-8 (a TextDecoder error does not say where). */
function lineOfInvalidUtf8(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (len === 0) return line;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    if (b === 10) line++;
    i += len;
  }
  return line;
}

/** CST → node tree, recording the first error the way the composer would report it. */
class Reader {
  error: { offset: number; message: string } | null = null;
  private readonly anchors = new Map<string, YNode>();
  private depth = 0;

  constructor(private readonly text: string) {}

  read(tokens: Generator<CST.Token>): YNode | null {
    let root: YNode | null = null;
    let docs = 0;
    for (const tok of tokens) {
      if (tok.type === 'document') {
        if (++docs > 1) {
          this.fail(tok.offset, 'Source contains multiple documents');
          continue;
        }
        root = this.node(tok.value, tok.start);
        this.props(tok.end);
      } else if (tok.type === 'error') {
        this.fail(tok.offset, tok.message);
      } else if (tok.type === 'doc-end') {
        this.props(tok.end);
      }
    }
    return root;
  }

  private fail(offset: number, message: string): void {
    this.error ??= { offset, message };
  }

  /**
   * Checks a run of property tokens (the composer's checks that real files trip over: error tokens and tabs used
   * as indentation); returns the anchor they set, if any. `atNewline`: the run starts a line.
   */
  private props(
    tokens: readonly CST.Token[] | undefined,
    atNewline = false,
    next?: CST.Token | null,
  ): string | undefined {
    let anchor: string | undefined;
    if (!tokens) return anchor;
    let tab: CST.SourceToken | null = null;
    for (const t of tokens) {
      if (tab && atNewline && t.type !== 'comment' && t.type !== 'newline')
        this.fail(tab.offset, 'Tabs are not allowed as indentation');
      tab = null;
      if (t.type === 'space') {
        if (t.source.includes('\t')) tab = t;
      } else if (t.type === 'newline') {
        atNewline = true;
      } else if (t.type === 'error') {
        this.fail(t.offset, t.message);
      } else {
        if (t.type === 'anchor') anchor = t.source.slice(1);
        atNewline = false;
      }
    }
    if (tab && atNewline && (next?.type === 'block-map' || next?.type === 'block-seq'))
      this.fail(tab.offset, 'Tabs are not allowed as indentation');
    return anchor;
  }

  private node(
    tok: CST.Token | undefined | null,
    props: readonly CST.Token[] | undefined,
    atNewline = false,
  ): YNode | null {
    const anchor = this.props(props, atNewline, tok);
    if (!tok) {
      // `key:` with an anchor but no value, or no value at all: null.
      return null;
    }
    const n = this.value(tok);
    if (anchor !== undefined && n) this.anchors.set(anchor, n);
    return n;
  }

  private value(tok: CST.Token): YNode | null {
    if (tok.type === 'alias') {
      this.props(tok.end);
      const target = this.anchors.get(tok.source.slice(1));
      if (!target) {
        this.fail(tok.offset, `Aliased anchor not found: ${tok.source.slice(1)}`);
        return null;
      }
      const end = tok.offset + tok.source.length;
      return { kind: 'alias', start: tok.offset, end, nodeEnd: afterTokens(tok.end, end), target };
    }
    if (CST.isScalar(tok)) return this.scalar(tok);
    if (CST.isCollection(tok)) {
      if (this.depth >= MAX_NESTING) {
        this.fail(tok.offset, `collections nested more than ${MAX_NESTING} deep`);
        return null;
      }
      this.depth++;
      try {
        return tok.type === 'block-map'
          ? this.blockMap(tok)
          : tok.type === 'block-seq'
            ? this.blockSeq(tok)
            : this.flow(tok);
      } finally {
        this.depth--;
      }
    }
    this.fail(tok.offset, tok.type === 'error' ? tok.message : `Unexpected ${tok.type} token`);
    return null;
  }

  private scalar(tok: CST.FlowScalar | CST.BlockScalar): YScalar {
    const r = CST.resolveAsScalar(tok, true, (offset, _code, message) => this.fail(offset, message));
    if (tok.type !== 'block-scalar') this.props(tok.end);
    const style: ScalarStyle =
      tok.type === 'single-quoted-scalar'
        ? 'single'
        : tok.type === 'double-quoted-scalar'
          ? 'double'
          : tok.type === 'block-scalar'
            ? r.type === 'BLOCK_FOLDED'
              ? 'folded'
              : 'literal'
            : 'plain';
    return {
      kind: 'scalar',
      value: style === 'plain' ? plainText(r.value) : r.value,
      style,
      start: r.range[0],
      end: r.range[1],
      nodeEnd: r.range[2],
    };
  }

  private blockMap(tok: CST.BlockMap): YMap {
    const map: YMap = { kind: 'map', pairs: [], start: tok.offset, end: tok.offset, nodeEnd: tok.offset };
    const seen = new Set<string>();
    for (const item of tok.items) {
      const key = this.node(item.key, item.start, true);
      const explicit = item.explicitKey ? item.start.find((t) => t.type === 'explicit-key-ind') : undefined;
      const keyIndent = explicit
        ? explicit.indent
        : item.key && 'indent' in item.key
          ? item.key.indent
          : tok.indent;
      if (keyIndent !== tok.indent) {
        this.fail(
          explicit?.offset ?? item.key?.offset ?? tok.offset,
          'All mapping items must start at the same column',
        );
      }
      if (item.key && !item.explicitKey && !hasToken(item.sep, 'map-value-ind')) {
        this.fail(item.key.offset, 'Implicit map keys need to be followed by map values');
      }
      if (key?.kind === 'scalar' && key.style !== 'literal' && key.style !== 'folded') {
        const lineBreak = this.text.indexOf('\n', key.start);
        if (lineBreak >= 0 && lineBreak < key.end)
          this.fail(key.start, 'Implicit keys need to be on a single line');
      }
      if (item.value?.type === 'block-map' && !item.explicitKey && !hasToken(item.sep, 'newline')) {
        this.fail(item.value.offset, 'Nested mappings are not allowed in compact mappings');
      }
      this.uniqueKey(seen, key);
      const value = this.node(item.value, item.sep);
      map.pairs.push({ key, value });
      map.end = map.nodeEnd = Math.max(map.end, value?.nodeEnd ?? key?.nodeEnd ?? map.end);
    }
    return map;
  }

  private blockSeq(tok: CST.BlockSequence): YSeq {
    const seq: YSeq = {
      kind: 'seq',
      items: [],
      start: tok.offset,
      end: tok.offset + 1,
      nodeEnd: tok.offset + 1,
    };
    for (const item of tok.items) {
      const value = this.node(item.value, item.start, true);
      seq.items.push(value);
      seq.end = seq.nodeEnd = Math.max(seq.end, value?.nodeEnd ?? seq.end);
    }
    return seq;
  }

  private flow(tok: CST.FlowCollection): YMap | YSeq {
    const isMapping = tok.start.source === '{';
    const close = tok.end.find((t) => t.type === 'flow-map-end' || t.type === 'flow-seq-end');
    if (!close)
      this.fail(
        tok.start.offset,
        `Expected flow ${isMapping ? 'map' : 'sequence'} to end with ${isMapping ? '}' : ']'}`,
      );
    else if ((close.source === '}') !== isMapping)
      this.fail(close.offset, `Unexpected ${close.source} in flow ${isMapping ? 'map' : 'sequence'}`);
    this.props(tok.end);
    const start = tok.start.offset;
    const end = close ? close.offset + 1 : start + 1;
    const nodeEnd = afterTokens(tok.end, end);
    if (isMapping) {
      const map: YMap = { kind: 'map', pairs: [], start, end, nodeEnd };
      const seen = new Set<string>();
      for (const item of tok.items) {
        const key = this.node(item.key, item.start);
        this.uniqueKey(seen, key);
        map.pairs.push({ key, value: this.node(item.value, item.sep) });
      }
      return map;
    }
    const seq: YSeq = { kind: 'seq', items: [], start, end, nodeEnd };
    for (const item of tok.items) {
      if (item.key !== undefined || item.sep !== undefined) {
        // `[a: b]`: a single-pair mapping inside a flow sequence.
        const key = this.node(item.key, item.start);
        const value = this.node(item.value, item.sep);
        const pairEnd = value?.nodeEnd ?? key?.nodeEnd ?? start;
        const pairStart = key?.start ?? start;
        seq.items.push({
          kind: 'map',
          pairs: [{ key, value }],
          start: pairStart,
          end: pairEnd,
          nodeEnd: pairEnd,
        });
      } else {
        seq.items.push(this.node(item.value, item.start));
      }
    }
    return seq;
  }

  private uniqueKey(seen: Set<string>, key: YNode | null): void {
    const k = key?.kind === 'alias' ? key.target : key;
    if (k?.kind !== 'scalar') return;
    if (seen.has(k.value)) this.fail(key!.start, 'Map keys must be unique');
    seen.add(k.value);
  }
}

/** The offset after trailing tokens (spaces, a comment, the line break), or `end` when there are none. */
function afterTokens(tokens: readonly CST.SourceToken[] | undefined, end: number): number {
  const last = tokens?.at(-1);
  return last ? Math.max(end, last.offset + last.source.length) : end;
}

function hasToken(tokens: CST.SourceToken[] | undefined, type: CST.SourceToken['type']): boolean {
  return tokens?.some((t) => t.type === type) ?? false;
}

/** Follows an alias to its anchor, charging the file's expansion budget. */
export function deref(y: YamlFile, node: YNode | null | undefined): YNode | null {
  if (!node) return null;
  if (node.kind !== 'alias') return node;
  if (--y.aliasBudget < 0) {
    throw new FileError(
      y.file,
      posOf(y, node).line,
      `more than ${MAX_ALIAS_EXPANSIONS} alias expansions (a YAML alias bomb?)`,
    );
  }
  return node.target;
}

export function posOf(y: YamlFile, node: Ranged | null | undefined): Pos {
  const startOff = node?.start ?? 0;
  const start = y.lines.linePos(startOff);
  const end = y.lines.linePos(Math.max(startOff, (node?.end ?? 0) - 1));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

export interface Entry {
  key: string;
  keyNode: YNode;
  value: YNode | null;
}

/** The map's pairs with scalar keys, aliases resolved. */
export function entries(y: YamlFile, map: YMap): Entry[] {
  const out: Entry[] = [];
  for (const pair of map.pairs) {
    const keyNode = deref(y, pair.key);
    if (!keyNode || keyNode.kind !== 'scalar') continue;
    out.push({ key: keyNode.value, keyNode, value: deref(y, pair.value) });
  }
  return out;
}

export function asMap(y: YamlFile, node: YNode | null): YMap | null {
  const n = deref(y, node);
  return n && n.kind === 'map' ? n : null;
}

export function asSeqItems(y: YamlFile, node: YNode | null): YNode[] | null {
  const n = deref(y, node);
  if (!n || n.kind !== 'seq') return null;
  const out: YNode[] = [];
  for (const i of n.items) {
    const d = deref(y, i);
    if (d) out.push(d);
  }
  return out;
}

/** A scalar as a positioned string with its expressions; null for non-scalars. */
export function toStr(y: YamlFile, node: YNode | null): Str | null {
  const n = deref(y, node);
  if (!n || n.kind !== 'scalar') return null;
  return new ScalarStr(y, n);
}

/**
 * A scalar's Str. The model reads thousands of scalars per file and reports on few of them, so the position is
 * computed when first asked for, and `locate` is a method rather than a closure per scalar.
 */
class ScalarStr implements Str {
  readonly value: string;
  readonly exprs: Str['exprs'];
  private position: Pos | undefined;

  constructor(
    private readonly y: YamlFile,
    private readonly node: YScalar,
  ) {
    this.value = node.value;
    this.exprs = node.value.includes('${{') ? expressionsIn(node.value) : [];
  }

  get pos(): Pos {
    return (this.position ??= posOf(this.y, this.node));
  }

  /**
   * Offset-in-value → file position. Block literals (`run: |`) keep one value line per source line at a fixed
   * indent, so the mapping is exact; for other styles it is exact on a single line and approximate across folds.
   */
  locate(offset: number): { line: number; column: number } {
    const { y, node, value } = this;
    const start = node.start;
    if (node.style === 'literal' || node.style === 'folded') {
      const headerEnd = y.text.indexOf('\n', start);
      const bodyStart = headerEnd < 0 ? y.text.length : headerEnd + 1;
      const firstLine = y.lines.linePos(bodyStart).line;
      const indent = blockIndent(y.text, bodyStart);
      let line = 0;
      let lineStart = 0;
      for (let i = value.indexOf('\n'); i >= 0 && i < offset; i = value.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
      }
      return { line: firstLine + line, column: indent + (offset - lineStart) + 1 };
    }
    const quoted = node.style === 'double' || node.style === 'single' ? 1 : 0;
    const p = y.lines.linePos(Math.min(start + quoted + offset, Math.max(start, node.end - 1)));
    return { line: p.line, column: p.col };
  }
}

function blockIndent(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    let n = 0;
    while (text[i + n] === ' ') n++;
    const c = text[i + n];
    if (c !== '\n' && c !== '\r') return n;
    i += n + 1;
  }
  return 0;
}
