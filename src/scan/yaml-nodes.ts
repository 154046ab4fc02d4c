/**
 * The little YAML reading the scan layer needs of its own (local `uses:`, triggers, runner labels, secret
 * references and host names for indicators), on the node tree so positions are kept and aliases never expand.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';

/** Larger files are left to the engine, which reports them; the scan layer does not walk them. */
const MAX_BYTES = 2 * 1024 * 1024;
const MAX_DEPTH = 64;

export interface YamlTree {
  text: string;
  root: Node | null;
  lines: LineCounter;
}

/** Null when the text is not YAML the scan can read (the engine reports why, per file). */
export function parseTree(text: string): YamlTree | null {
  if (text.length > MAX_BYTES) return null;
  const lines = new LineCounter();
  try {
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length > 0) return null;
    return { text, root: doc.contents ?? null, lines };
  } catch {
    return null; // stack exhaustion on absurd nesting: same answer as invalid YAML
  }
}

/** The value under `key` of a mapping node. */
export function mapGet(node: unknown, key: string): Node | null {
  if (!isMap(node)) return null;
  for (const pair of node.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return (pair.value as Node | null) ?? null;
  }
  return null;
}

export function mapEntries(node: unknown): [string, Node | null][] {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) =>
    isScalar(pair.key)
      ? [[String(pair.key.value), (pair.value as Node | null) ?? null] as [string, Node | null]]
      : [],
  );
}

export function seqItems(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

export function scalarText(node: unknown): string | null {
  if (!isScalar(node)) return null;
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
}

/** A string or a list of strings (`on`, `runs-on`, `labels`). */
export function stringList(node: unknown): string[] {
  const one = scalarText(node);
  if (one !== null) return [one];
  return seqItems(node).flatMap((n) => {
    const s = scalarText(n);
    return s === null ? [] : [s];
  });
}

export interface ScalarVisit {
  /** The scalar's value (keys included: `run`, `env` names…). */
  value: string;
  /** Offsets of the scalar in the source text (start, end). */
  start: number;
  end: number;
}

/** Every string scalar below `node`, keys and values, in document order; aliases are not followed. */
export function* scalars(node: unknown, depth = 0): Generator<ScalarVisit> {
  if (depth > MAX_DEPTH || node === null || node === undefined || isAlias(node)) return;
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.range) {
      yield { value: node.value, start: node.range[0], end: node.range[1] };
    }
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      yield* scalars(pair.key, depth + 1);
      yield* scalars(pair.value, depth + 1);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) yield* scalars(item, depth + 1);
  }
}

/** 1-based line and column of an offset. */
export function position(tree: YamlTree, offset: number): { line: number; column: number } {
  const { line, col } = tree.lines.linePos(offset);
  return { line, column: col };
}

/** Where `needle` occurs inside a scalar's source text (exact for block scalars), else the scalar's start. */
export function locateIn(
  tree: YamlTree,
  visit: ScalarVisit,
  needle: string,
): { line: number; column: number } {
  const at = tree.text.slice(visit.start, visit.end).toLowerCase().indexOf(needle.toLowerCase());
  return position(tree, at === -1 ? visit.start : visit.start + at);
}
