/**
 * The little YAML reading the scan layer needs of its own (local `uses:`, triggers, runner labels, secret
 * references and host names for indicators), on the engine's positioned node tree (src/workflow/yaml.ts), so
 * positions are kept and aliases are never followed.
 */
import type { LineCounter } from 'yaml';
import { readYaml } from '../workflow/yaml.js';
import type { YNode } from '../workflow/yaml.js';

/** Deeper than this, `scalars` stops: the readers below never need more. */
const MAX_DEPTH = 64;

export interface YamlTree {
  text: string;
  root: YNode | null;
  lines: LineCounter;
}

/** Null when the text is not YAML the scan can read (the engine reports why, per file). */
export function parseTree(text: string): YamlTree | null {
  try {
    const y = readYaml('', text);
    return { text: y.text, root: y.root, lines: y.lines };
  } catch {
    return null; // too large, invalid, or nested past the reader's limits: the engine says which
  }
}

/** The value under `key` of a mapping node. */
export function mapGet(node: YNode | null, key: string): YNode | null {
  if (node?.kind !== 'map') return null;
  for (const pair of node.pairs) if (pair.key?.kind === 'scalar' && pair.key.value === key) return pair.value;
  return null;
}

export function mapEntries(node: YNode | null): [string, YNode | null][] {
  if (node?.kind !== 'map') return [];
  const out: [string, YNode | null][] = [];
  for (const pair of node.pairs) if (pair.key?.kind === 'scalar') out.push([pair.key.value, pair.value]);
  return out;
}

export function seqItems(node: YNode | null): YNode[] {
  return node?.kind === 'seq' ? node.items.filter((i): i is YNode => i !== null) : [];
}

export function scalarText(node: YNode | null): string | null {
  return node?.kind === 'scalar' ? node.value : null;
}

/** A string or a list of strings (`on`, `runs-on`, `labels`). */
export function stringList(node: YNode | null): string[] {
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

/** Every scalar below `node`, keys and values, in document order; aliases are not followed. */
export function* scalars(node: YNode | null, depth = 0): Generator<ScalarVisit> {
  if (depth > MAX_DEPTH || node === null) return;
  if (node.kind === 'scalar') {
    yield { value: node.value, start: node.start, end: node.end };
  } else if (node.kind === 'map') {
    for (const pair of node.pairs) {
      yield* scalars(pair.key, depth + 1);
      yield* scalars(pair.value, depth + 1);
    }
  } else if (node.kind === 'seq') {
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
