/**
 * Shared helpers for the call-based sinks (python, node, PowerShell .NET): finding the constructor or connect
 * call that gave an object its host, and reading arguments by position or keyword.
 */
import type { CallOp, Script, Word } from '../../scripts/types.js';
import { concatWords } from './words.js';

/** Argument `index`, or keyword `name` (the first of several names that is present). */
export function arg(op: CallOp, index: number, ...names: string[]): Word | undefined {
  for (const n of names) {
    const kw = op.kwargs[n];
    if (kw) return kw;
  }
  return index >= 0 ? op.args[index] : undefined;
}

/** A property of an object-literal word (`{body: x}`), if the parser recorded it. */
export function prop(word: Word | undefined, ...names: string[]): Word | undefined {
  if (!word?.props) return undefined;
  for (const n of names) {
    const p = word.props[n];
    if (p) return p;
  }
  return undefined;
}

/** Every call before `op` in the script whose callee satisfies `test`, nearest last. */
export function callsBefore(script: Script, op: CallOp, test: (callee: string) => boolean): CallOp[] {
  const out: CallOp[] = [];
  for (const o of script.ops) {
    if (o === op) break;
    if (o.kind === 'call' && test(o.callee)) out.push(o);
  }
  return out;
}

/** Every call in the script (any position) whose callee satisfies `test`. */
export function callsIn(script: Script, test: (callee: string) => boolean): CallOp[] {
  return script.ops.filter((o): o is CallOp => o.kind === 'call' && test(o.callee));
}

/** `(host, port)` tuple / `[host, port]` → `host:port`; other words are returned unchanged. */
export function addressWord(word: Word): Word {
  const [host, port] = word.items ?? [];
  if (host && port) return concatWords([host, ':', port], word.span);
  if (host) return host;
  return word;
}
