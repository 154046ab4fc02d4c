/**
 * Helpers over IR words for the sink matchers: static text, literal prefixes, and cutting a word into pieces
 * (`-dVALUE` → `VALUE`, `/dev/tcp/HOST/PORT` → `HOST:PORT`) without losing the non-literal parts, so taint and
 * static resolution still work on the pieces.
 *
 * Pieces are addressed in a word's "template": its literal text with each non-literal part standing as one
 * NUL character. Option syntax is always literal, so cutting at template positions is exact.
 */
import type { Part, Span, Word } from '../../scripts/types.js';

const HOLE = '\u0000';

/** The word's text when every part is literal, else null. */
export function staticText(word: Word): string | null {
  let text = '';
  for (const part of word.parts) {
    if (part.kind !== 'literal') return null;
    text += part.text;
  }
  return text;
}

/** The literal text before the first non-literal part. */
export function literalPrefix(word: Word): string {
  let text = '';
  for (const part of word.parts) {
    if (part.kind !== 'literal') break;
    text += part.text;
  }
  return text;
}

/** The literal text after the last non-literal part. */
export function literalSuffix(word: Word): string {
  let text = '';
  for (let i = word.parts.length - 1; i >= 0; i--) {
    const part = word.parts[i];
    if (part?.kind !== 'literal') break;
    text = part.text + text;
  }
  return text;
}

/** The word's template: literal text, with one NUL per non-literal part. */
export function template(word: Word): string {
  // Most words are one literal: skip the allocations (this runs for every argument of every command).
  const parts = word.parts;
  if (parts.length === 1) {
    const only = parts[0];
    return only?.kind === 'literal' ? only.text : HOLE;
  }
  let text = '';
  for (const p of parts) text += p.kind === 'literal' ? p.text : HOLE;
  return text;
}

export function isFullyStatic(word: Word): boolean {
  return word.parts.every((p) => p.kind === 'literal');
}

/**
 * The piece of `word` between template positions `start` and `end`. Literal text is cut; a non-literal part
 * is kept when its hole lies inside the range.
 */
export function subWord(word: Word, start: number, end?: number): Word {
  const stop = end ?? Number.POSITIVE_INFINITY;
  const parts: Part[] = [];
  let pos = 0;
  for (const part of word.parts) {
    const len = part.kind === 'literal' ? part.text.length : 1;
    const from = Math.max(start, pos);
    const to = Math.min(stop, pos + len);
    if (from < to) {
      if (part.kind === 'literal')
        parts.push({ kind: 'literal', text: part.text.slice(from - pos, to - pos) });
      else parts.push(part);
    }
    pos += len;
  }
  const merged = mergeLiterals(parts);
  const raw = template(word).slice(start, stop === Number.POSITIVE_INFINITY ? undefined : stop);
  return {
    raw: rawOfParts(merged, raw),
    parts: merged,
    span: subSpan(word, start, stop === Number.POSITIVE_INFINITY ? template(word).length : stop),
  };
}

/** Joins words (and literal strings) into one word whose span covers them all. */
export function concatWords(pieces: (Word | string)[], fallbackSpan: Span): Word {
  const parts: Part[] = [];
  const raws: string[] = [];
  let span: Span | undefined;
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      parts.push({ kind: 'literal', text: piece });
      raws.push(piece);
      continue;
    }
    parts.push(...piece.parts);
    raws.push(piece.raw);
    span = span ? joinSpans(span, piece.span) : piece.span;
  }
  return { raw: raws.join(''), parts: mergeLiterals(parts), span: span ?? fallbackSpan };
}

/** A literal word at a span (for hosts a tool implies, e.g. a registry named by an option default). */
export function literalWord(text: string, span: Span): Word {
  return { raw: text, parts: [{ kind: 'literal', text }], span };
}

export function joinSpans(a: Span, b: Span): Span {
  const first = a.start <= b.start ? a : b;
  const last = a.end >= b.end ? a : b;
  return {
    line: first.line,
    column: first.column,
    start: first.start,
    endLine: last.endLine,
    endColumn: last.endColumn,
    end: last.end,
  };
}

/** Index of the first occurrence of `needle` in the template at or after `from`, or -1. */
export function indexInTemplate(word: Word, needle: string, from = 0): number {
  return template(word).indexOf(needle, from);
}

/** Whether any part of the word (or of its props/items) is non-literal. */
export function hasDynamicPart(word: Word): boolean {
  return word.parts.some((p) => p.kind !== 'literal');
}

/** Names of the variables the word reads (any `var` part). */
export function varNames(word: Word): string[] {
  return word.parts.flatMap((p) => (p.kind === 'var' ? [p.name] : []));
}

function mergeLiterals(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (part.kind === 'literal' && last?.kind === 'literal') {
      out[out.length - 1] = { kind: 'literal', text: last.text + part.text };
    } else if (part.kind !== 'literal' || part.text !== '') {
      out.push(part);
    }
  }
  return out;
}

function rawOfParts(parts: Part[], templateSlice: string): string {
  if (parts.every((p) => p.kind === 'literal')) return templateSlice;
  return parts
    .map((p) => {
      switch (p.kind) {
        case 'literal':
          return p.text;
        case 'var':
          return `\${${p.name}}`;
        case 'expr':
          return '${{ … }}';
        case 'env-all':
          return '$(env)';
        case 'output':
          return '$(…)';
        case 'dynamic':
          return p.text;
      }
    })
    .join('');
}

/**
 * A best-effort span for a piece of a word. When the word was written without quoting or expansions, its raw
 * text equals its template and columns map one to one; otherwise the piece keeps the word's span.
 */
function subSpan(word: Word, start: number, end: number): Span {
  const tpl = template(word);
  const span = word.span;
  if (word.raw !== tpl || span.line !== span.endLine) return span;
  return {
    line: span.line,
    endLine: span.line,
    column: span.column + start,
    endColumn: span.column + end,
    start: span.start + start,
    end: span.start + end,
  };
}
