/**
 * `${{ }}` expressions are substituted by GitHub before a script runs, so the script parsers must not see them:
 * each is replaced by an ASCII placeholder of the same length (`EGX<index>` padded with `X`), which is a word in
 * bash, a bare token in PowerShell and an identifier in python and javascript, and survives inside strings.
 * Offsets in the substituted text therefore still map to the source.
 */

export interface Expr {
  /** The expression as written, `${{` and `}}` included. */
  text: string;
  start: number;
  end: number;
  /** The placeholder that stands for it in the parsed text. */
  placeholder: string;
}

const PREFIX = 'EGX';

/** Finds the end of a `${{ … }}` starting at `open` (index of `$`), skipping `}}` inside '…' strings. */
function expressionEnd(text: string, open: number): number {
  let i = open + 3;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 39 /* ' */) {
      i++;
      while (i < text.length) {
        if (text.charCodeAt(i) === 39) {
          if (text.charCodeAt(i + 1) === 39) i += 2;
          else break;
        } else i++;
      }
      i++;
    } else if (c === 125 /* } */ && text.charCodeAt(i + 1) === 125) {
      return i + 2;
    } else i++;
  }
  return -1;
}

export function substituteExpressions(text: string): { text: string; exprs: Expr[] } {
  let at = text.indexOf('${{');
  if (at < 0) return { text, exprs: [] };
  const exprs: Expr[] = [];
  let out = '';
  let last = 0;
  while (at >= 0) {
    const end = expressionEnd(text, at);
    if (end < 0) break;
    const index = exprs.length;
    const base = PREFIX + String(index);
    const len = end - at;
    const placeholder = len > base.length ? base + 'X'.repeat(len - base.length) : base;
    out += text.slice(last, at) + placeholder;
    // Offsets are in the substituted text; they equal the source offsets unless a placeholder had to be longer.
    const start = out.length - placeholder.length;
    exprs.push({ text: text.slice(at, end), start, end: start + placeholder.length, placeholder });
    last = end;
    at = text.indexOf('${{', end);
  }
  out += text.slice(last);
  return { text: out, exprs };
}

const PLACEHOLDER = /EGX(\d+)/g;

/** Splits literal text into literal and `expr` parts wherever a placeholder occurs. */
export function splitPlaceholders(
  text: string,
  exprs: readonly Expr[],
): ({ kind: 'literal'; text: string } | { kind: 'expr'; index: number })[] {
  if (exprs.length === 0 || !text.includes(PREFIX)) return text === '' ? [] : [{ kind: 'literal', text }];
  const parts: ({ kind: 'literal'; text: string } | { kind: 'expr'; index: number })[] = [];
  let last = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const index = Number(m[1]);
    const expr = exprs[index];
    if (!expr || !text.startsWith(expr.placeholder, m.index)) continue;
    if (m.index > last) parts.push({ kind: 'literal', text: text.slice(last, m.index) });
    parts.push({ kind: 'expr', index });
    last = m.index + expr.placeholder.length;
    PLACEHOLDER.lastIndex = last;
  }
  if (last < text.length) parts.push({ kind: 'literal', text: text.slice(last) });
  return parts;
}

/** Puts the original expressions back into a piece of the substituted text. */
export function restoreExpressions(text: string, exprs: readonly Expr[]): string {
  if (exprs.length === 0 || !text.includes(PREFIX)) return text;
  return splitPlaceholders(text, exprs)
    .map((p) => (p.kind === 'literal' ? p.text : (exprs[p.index]?.text ?? '')))
    .join('');
}
