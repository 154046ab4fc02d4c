/**
 * Reading YAML with positions, within limits. Every node keeps its source range, so the model can give each
 * value a file, line and column. Nothing is converted to plain JS objects: the model reads the node tree
 * directly, which is both faster and the only way to keep positions.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { expressionsIn } from './expressions.js';
import type { Pos, Str } from './types.js';

/** Workflow files are small; anything this large is not a real workflow and is refused, not parsed slowly. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Each alias may be expanded this many times per file in total: bounds "billion laughs" documents. */
export const MAX_ALIAS_EXPANSIONS = 10_000;

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

export interface YamlFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** Alias expansions left before the file is refused. */
  aliasBudget: number;
}

/** Decodes and parses one file, or throws FileError. */
export function readYaml(file: string, content: string | Uint8Array): YamlFile {
  const text = decode(file, content);
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: true,
      keepSourceTokens: false,
    });
  } catch (e) {
    // The composer recurses per nesting level; a pathological document exhausts the stack rather than erroring.
    if (e instanceof RangeError) throw new FileError(file, 1, 'nesting too deep to be a workflow');
    throw e;
  }
  const first = doc.errors[0];
  if (first) {
    const at = lines.linePos(first.pos[0]).line;
    throw new FileError(file, at, `invalid YAML: ${first.message.split('\n')[0] ?? first.code}`);
  }
  return { file, text, doc, lines, aliasBudget: MAX_ALIAS_EXPANSIONS };
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
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
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

/** Follows an alias to its anchor, charging the file's expansion budget. */
export function deref(y: YamlFile, node: unknown): Node | null {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) {
    if (--y.aliasBudget < 0) {
      throw new FileError(
        y.file,
        posOf(y, node).line,
        `more than ${MAX_ALIAS_EXPANSIONS} alias expansions (a YAML alias bomb?)`,
      );
    }
    return (node.resolve(y.doc) as Node | undefined) ?? null;
  }
  return node as Node;
}

export function posOf(
  y: YamlFile,
  node: { range?: [number, number, number] | null } | null | undefined,
): Pos {
  const range = node?.range ?? [0, 0, 0];
  const start = y.lines.linePos(range[0]);
  const end = y.lines.linePos(Math.max(range[0], range[1] - 1));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/** The map's pairs with string keys, aliases resolved. */
export function entries(
  y: YamlFile,
  map: YAMLMap,
): { key: string; keyNode: Node; value: Node | null; pair: Pair }[] {
  const out: { key: string; keyNode: Node; value: Node | null; pair: Pair }[] = [];
  for (const pair of map.items) {
    const keyNode = deref(y, pair.key);
    if (!keyNode || !isScalar(keyNode)) continue;
    out.push({ key: String(keyNode.value), keyNode, value: deref(y, pair.value), pair });
  }
  return out;
}

export function asMap(y: YamlFile, node: Node | null): YAMLMap | null {
  const n = deref(y, node);
  return n && isMap(n) ? n : null;
}

export function asSeqItems(y: YamlFile, node: Node | null): Node[] | null {
  const n = deref(y, node);
  if (!n || !isSeq(n)) return null;
  return n.items.map((i) => deref(y, i)).filter((i): i is Node => i !== null);
}

/** The runner reads every scalar as text: `true`, `3.10` and `null` included (as written, for numbers). */
function scalarText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return '';
}

/** A scalar as a positioned string with its expressions; null for non-scalars. */
export function toStr(y: YamlFile, node: Node | null): Str | null {
  const n = deref(y, node);
  if (!n || !isScalar(n)) return null;
  const value = scalarText(n.value);
  const pos = posOf(y, n);
  return { value, pos, exprs: expressionsIn(value), locate: locator(y, n, value) };
}

/**
 * Offset-in-value → file position. Block literals (`run: |`) keep one value line per source line at a fixed
 * indent, so the mapping is exact; for other styles it is exact on a single line and approximate across folds.
 */
function locator(y: YamlFile, node: Scalar, value: string): Str['locate'] {
  const start = node.range?.[0] ?? 0;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    const headerEnd = y.text.indexOf('\n', start);
    const bodyStart = headerEnd < 0 ? y.text.length : headerEnd + 1;
    const firstLine = y.lines.linePos(bodyStart).line;
    const indent = blockIndent(y.text, bodyStart);
    return (offset: number) => {
      let line = 0;
      let lineStart = 0;
      for (let i = value.indexOf('\n'); i >= 0 && i < offset; i = value.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
      }
      return { line: firstLine + line, column: indent + (offset - lineStart) + 1 };
    };
  }
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? 1 : 0;
  const end = node.range?.[1] ?? start;
  return (offset: number) => {
    const p = y.lines.linePos(Math.min(start + quoted + offset, Math.max(start, end - 1)));
    return { line: p.line, column: p.col };
  };
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
