/**
 * What every language walker shares: the ops being collected, spans from offsets, and Word construction with
 * placeholder splitting and literal merging.
 */
import { splitPlaceholders, type Expr } from './placeholders.js';
import type { Language, Op, Part, Script, Span, Word, FunctionOp } from './types.js';

/** Inline code found by a walker, parsed after the walk (grammar loading is asynchronous). */
export interface PendingInline {
  opIndex: number;
  language: Language;
  code: string;
}

/** The walkers recurse over expressions; past this depth they stop and report it. */
export const MAX_WALK_DEPTH = 400;

export class Builder {
  readonly ops: Op[] = [];
  readonly errors: Script['errors'] = [];
  readonly inlines: PendingInline[] = [];
  private readonly lineStarts: number[] = [0];
  private depthReported = false;

  constructor(
    /** The parsed text (placeholders in place of `${{ }}`). */
    readonly text: string,
    readonly exprs: readonly Expr[],
  ) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  push(op: Op): number {
    this.ops.push(op);
    return this.ops.length - 1;
  }

  /** A function definition: its body is every op that `walkBody` pushes (listed inline after it). */
  defineFunction(name: string, start: number, end: number, walkBody: () => void): void {
    const fn: FunctionOp = { kind: 'function', name, body: [], span: this.span(start, end) };
    this.push(fn);
    const before = this.ops.length;
    walkBody();
    for (let i = before; i < this.ops.length; i++) fn.body.push(i);
  }

  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(end);
    return { line: a[0], column: a[1], endLine: b[0], endColumn: b[1], start, end };
  }

  private position(offset: number): [number, number] {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, offset - (starts[lo] ?? 0) + 1];
  }

  error(message: string, start: number, end: number): void {
    if (this.errors.length < 8) this.errors.push({ message, span: this.span(start, end) });
  }

  /** Returns false (and reports once) when a walker has recursed too deep. */
  depthOk(depth: number, start: number, end: number): boolean {
    if (depth < MAX_WALK_DEPTH) return true;
    if (!this.depthReported) {
      this.depthReported = true;
      this.error(`nesting deeper than ${MAX_WALK_DEPTH} levels was not analysed`, start, end);
    }
    return false;
  }

  word(start: number, end: number, parts: Part[], extra?: Pick<Word, 'props' | 'items'>): Word {
    const w: Word = { raw: this.text.slice(start, end), parts, span: this.span(start, end) };
    if (extra?.props) w.props = extra.props;
    if (extra?.items) w.items = extra.items;
    return w;
  }

  /** Appends literal text (splitting out placeholders) to a part list. */
  literal(out: Part[], text: string): void {
    if (text === '') return;
    for (const p of splitPlaceholders(text, this.exprs)) addPart(out, p);
  }
}

/** A table lookup that ignores Object.prototype (a command may well be named `constructor`). */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Sets a property even when the key is `__proto__` (a dict key in someone's script). */
export function setProp(props: Record<string, Word>, key: string, value: Word): void {
  Object.defineProperty(props, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Appends a part, merging adjacent literals. */
export function addPart(out: Part[], p: Part): void {
  if (p.kind === 'literal') {
    if (p.text === '') return;
    const last = out[out.length - 1];
    if (last?.kind === 'literal') {
      out[out.length - 1] = { kind: 'literal', text: last.text + p.text };
      return;
    }
  }
  out.push(p);
}

export function addParts(out: Part[], parts: readonly Part[]): void {
  for (const p of parts) addPart(out, p);
}

/** The string a word stands for when every part is literal. */
export function staticText(w: Word | undefined): string | undefined {
  if (!w) return undefined;
  let s = '';
  for (const p of w.parts) {
    if (p.kind !== 'literal') return undefined;
    s += p.text;
  }
  return s;
}

/** A word made of other words (e.g. `pwsh -Command a b c`), separated by `sep`. */
export function joinWords(b: Builder, words: readonly Word[], sep: string): Word | undefined {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return undefined;
  if (words.length === 1) return first;
  const parts: Part[] = [];
  words.forEach((w, i) => {
    if (i > 0) addPart(parts, { kind: 'literal', text: sep });
    addParts(parts, w.parts);
  });
  return b.word(first.span.start, last.span.end, parts);
}

/** Source text for code embedded in a word, for parsing it: expressions are restored as written. */
export function codeText(w: Word, exprs: readonly Expr[]): string {
  let s = '';
  for (const p of w.parts) {
    switch (p.kind) {
      case 'literal':
        s += p.text;
        break;
      case 'expr':
        s += exprs[p.index]?.text ?? '';
        break;
      case 'var':
        s += '${' + p.name + '}';
        break;
      case 'env-all':
      case 'output':
      case 'dynamic':
        s += 'EGDYN';
        break;
    }
  }
  return s;
}
