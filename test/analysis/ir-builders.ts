/**
 * Small builders for script IR values in tests: `cmd('curl', ['-d', v('T'), 'https://x'])`. Strings become
 * literal words; arrays of strings and parts become concatenated words (`['https://', v('HOST'), '/x']`).
 * Spans are laid out left to right on line 1 as if the command were written with single spaces.
 */
import type {
  CallOp,
  CommandOp,
  Op,
  Part,
  Redirect,
  Script,
  Span,
  Word,
  WriteOp,
  Language,
} from '../../src/scripts/types.js';

export type WordSpec = string | Part | Word | (string | Part)[];

let cursor = 0;

function span(len: number): Span {
  const start = cursor;
  cursor += len + 1;
  return { line: 1, column: start + 1, endLine: 1, endColumn: start + 1 + len, start, end: start + len };
}

function isWord(x: unknown): x is Word {
  return typeof x === 'object' && x !== null && 'parts' in x && 'raw' in x;
}

function partRaw(p: Part): string {
  switch (p.kind) {
    case 'literal':
      return p.text;
    case 'var':
      return `\${${p.name}}`;
    case 'expr':
      return `\${{ expr${p.index} }}`;
    case 'env-all':
      return '$(env)';
    case 'output':
      return '$(…)';
    case 'dynamic':
      return p.text;
  }
}

export function word(spec: WordSpec): Word {
  if (isWord(spec)) return spec;
  const pieces = Array.isArray(spec) ? spec : [spec];
  const parts: Part[] = pieces.map((p) => (typeof p === 'string' ? { kind: 'literal', text: p } : p));
  const raw = parts.map(partRaw).join('');
  return { raw, parts, span: span(raw.length) };
}

/** A variable read (`$NAME`). */
export function v(name: string, env: 'yes' | 'no' | 'maybe' = 'maybe'): Part {
  return { kind: 'var', name, env };
}

export function expr(index: number): Part {
  return { kind: 'expr', index };
}

export function output(...ops: number[]): Part {
  return { kind: 'output', ops };
}

export function dyn(text = '$((1+1))'): Part {
  return { kind: 'dynamic', text };
}

export function obj(props: Record<string, WordSpec>): Word {
  const words = Object.fromEntries(Object.entries(props).map(([k, s]) => [k, word(s)]));
  const parts = Object.values(words).flatMap((w) => w.parts);
  return { raw: `{${Object.keys(props).join(', ')}}`, parts, span: span(10), props: words };
}

export function list(...items: WordSpec[]): Word {
  const words = items.map(word);
  return {
    raw: `[${words.map((w) => w.raw).join(', ')}]`,
    parts: words.flatMap((w) => w.parts),
    span: span(10),
    items: words,
  };
}

export interface CmdExtra {
  redirects?: Redirect[];
  pipeFrom?: number;
  envPrefix?: CommandOp['envPrefix'];
}

export function cmd(name: string, args: WordSpec[] = [], extra: CmdExtra = {}): CommandOp {
  const nameWord = word(name);
  const words = args.map(word);
  const first = nameWord.span;
  const last = words.at(-1)?.span ?? first;
  const op: CommandOp = {
    kind: 'command',
    name,
    nameWord,
    args: words,
    envPrefix: extra.envPrefix ?? [],
    redirects: extra.redirects ?? [],
    span: { ...first, endLine: last.endLine, endColumn: last.endColumn, end: last.end },
  };
  if (extra.pipeFrom !== undefined) op.pipeFrom = extra.pipeFrom;
  return op;
}

export function redirect(op: string, target: WordSpec, fd?: number): Redirect {
  const r: Redirect = { op, target: word(target) };
  if (fd !== undefined) r.fd = fd;
  return r;
}

export function call(callee: string, args: WordSpec[] = [], kwargs: Record<string, WordSpec> = {}): CallOp {
  const words = args.map(word);
  const kw = Object.fromEntries(Object.entries(kwargs).map(([k, s]) => [k, word(s)]));
  return { kind: 'call', callee, args: words, kwargs: kw, span: span(callee.length + 2) };
}

export function write(target: WordSpec, content: WordSpec, append = false): WriteOp {
  return { kind: 'write', target: word(target), content: word(content), append, span: span(10) };
}

export function assign(name: string, value: WordSpec, env = false): Op {
  return { kind: 'assign', name, value: word(value), env, span: span(name.length + 2) };
}

export function script(ops: Op[], language: Language = 'bash', exprs: string[] = []): Script {
  return {
    language,
    text: '',
    exprs: exprs.map((text, i) => ({ text, start: i, end: i })),
    ops,
    errors: [],
  };
}

/** A pipeline: each command reads the previous one's output. Returns ops with pipeFrom set (absolute indices). */
export function pipeline(base: number, ...cmds: CommandOp[]): CommandOp[] {
  return cmds.map((c, i) => (i === 0 ? c : { ...c, pipeFrom: base + i - 1 }));
}
