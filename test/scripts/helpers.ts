/** Small readers over the Script IR so tests state facts, not object shapes. */
import assert from 'node:assert/strict';
import type { CallOp, CommandOp, Op, Part, Script, Word } from '../../src/scripts/types.js';

/** A compact rendering of a word's parts: "token=" + ${expr0} + $T … */
export function show(w: Word | undefined): string {
  if (!w) return '<none>';
  return w.parts
    .map((p: Part) => {
      switch (p.kind) {
        case 'literal':
          return JSON.stringify(p.text);
        case 'var':
          return `$${p.name}${p.env === 'yes' ? '@env' : p.env === 'no' ? '@local' : ''}${p.transform ? ':' + p.transform : ''}`;
        case 'expr':
          return `expr${p.index}`;
        case 'output':
          return `out[${p.ops.join(',')}]`;
        case 'env-all':
          return 'ENV';
        case 'dynamic':
          return 'dyn';
      }
    })
    .join(' + ');
}

export function commands(s: Script): CommandOp[] {
  return s.ops.filter((o): o is CommandOp => o.kind === 'command');
}

export function command(s: Script, name: string, nth = 0): CommandOp {
  const c = commands(s).filter((o) => o.name === name)[nth];
  assert.ok(
    c,
    `no command ${name} (#${nth}) in ${commands(s)
      .map((o) => o.name)
      .join(', ')}`,
  );
  return c;
}

export function calls(s: Script): CallOp[] {
  return s.ops.filter((o): o is CallOp => o.kind === 'call');
}

export function call(s: Script, callee: string, nth = 0): CallOp {
  const c = calls(s).filter((o) => o.callee === callee)[nth];
  assert.ok(
    c,
    `no call ${callee} (#${nth}) in ${calls(s)
      .map((o) => o.callee)
      .join(', ')}`,
  );
  return c;
}

export function ofKind<K extends Op['kind']>(s: Script, kind: K): Extract<Op, { kind: K }>[] {
  return s.ops.filter((o): o is Extract<Op, { kind: K }> => o.kind === kind);
}

export function args(c: CommandOp | CallOp): string[] {
  return c.args.map(show);
}

/** The ops an `output` part points at, by command name or callee. */
export function outputNames(s: Script, w: Word | undefined): string[] {
  const names: string[] = [];
  for (const p of w?.parts ?? []) {
    if (p.kind !== 'output') continue;
    for (const i of p.ops) {
      const op = s.ops[i];
      if (op?.kind === 'command') names.push(op.name);
      else if (op?.kind === 'call') names.push(op.callee);
    }
  }
  return names;
}
