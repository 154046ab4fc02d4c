/**
 * Values as the analysis tracks them: which secrets a value may carry (with the path each took to get there)
 * and, when it is fully static, its text (so destinations can be resolved).
 */
import type { Evidence, Location, Taint } from './types.js';

export interface Value {
  taints: Taint[];
  /** The exact text when every part is known statically, else null. */
  text: string | null;
  /** When `text` is null: the static text before the first unknown part (recovers `NAME=` in `NAME=$SECRET`). */
  prefix?: string;
}

export const UNKNOWN: Value = Object.freeze({ taints: [], text: null });

export function literal(text: string): Value {
  return { taints: [], text };
}

/** Union of taints, one per secret name (the first path found is kept: it is the shortest in source order). */
export function unionTaints(...lists: readonly (readonly Taint[])[]): Taint[] {
  const out: Taint[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const t of list) {
      if (seen.has(t.secret)) continue;
      seen.add(t.secret);
      out.push(t);
    }
  }
  return out;
}

/** Concatenation: text is known only when every piece is. */
export function concat(values: readonly Value[]): Value {
  let text: string | null = '';
  let prefix: string | undefined;
  for (const v of values) {
    if (text === null) break;
    if (v.text === null) {
      prefix = text + (v.prefix ?? '');
      text = null;
    } else text += v.text;
  }
  const taints = unionTaints(...values.map((v) => v.taints));
  return prefix === undefined ? { taints, text } : { taints, text, prefix };
}

/** Adds one link to every taint's chain (e.g. `env T (job env, line 12)`). Chains are capped to stay readable. */
export function through(value: Value, link: Evidence): Value {
  if (value.taints.length === 0) return value;
  return { ...value, taints: value.taints.map((t) => extend(t, link)) };
}

export function extend(t: Taint, link: Evidence): Taint {
  const last = t.chain[t.chain.length - 1];
  if (last && last.text === link.text) return t;
  const chain =
    t.chain.length >= 12
      ? [...t.chain.slice(0, 5), { text: '…' }, ...t.chain.slice(-5), link]
      : [...t.chain, link];
  return { ...t, chain };
}

export function secretTaint(
  secret: string,
  source: Location,
  origin: string,
  scope: Taint['scope'] = 'one',
): Taint {
  return { secret, source, scope, chain: [{ text: origin, location: source }] };
}

export function isTainted(v: Value): boolean {
  return v.taints.length > 0;
}

/** `line 30` for evidence text. */
export function at(location: Location): string {
  return `line ${location.line}`;
}
