/**
 * Shared by the fuzz and differential tests: where the real-world corpus and the fixtures are, a seeded random
 * generator (a failure reproduces from the seed in its message) and the text mutations the YAML tests apply.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The 752 real-world workflows beside the repository (../shared/corpus); tests skip when it is missing. */
export const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'realworld');
export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** Every .yml/.yaml file below `dir`. */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** mulberry32: a small, fast, deterministic generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One to three edits: delete, duplicate or insert a character; swap, indent, dedent or duplicate a line. */
export function mutate(
  text: string,
  random: () => number,
  pick: (list: readonly string[]) => string,
  inserts: readonly string[],
): string {
  const edits = 1 + Math.floor(random() * 3);
  for (let k = 0; k < edits; k++) {
    const op = Math.floor(random() * 8);
    const at = Math.floor(random() * (text.length + 1));
    if (op === 0) text = text.slice(0, at) + text.slice(at + 1);
    else if (op === 1) text = text.slice(0, at) + text.slice(at, at + 1) + text.slice(at);
    else if (op <= 3) text = text.slice(0, at) + pick(inserts) + text.slice(at);
    else text = mutateLines(text.split('\n'), op, random).join('\n');
  }
  return text;
}

function mutateLines(lines: string[], op: number, random: () => number): string[] {
  const a = Math.floor(random() * lines.length);
  const b = Math.floor(random() * lines.length);
  if (op === 4) [lines[a], lines[b]] = [lines[b]!, lines[a]!];
  else if (op === 5) lines[a] = ' '.repeat(1 + Math.floor(random() * 3)) + lines[a];
  else if (op === 6) lines[a] = lines[a]!.replace(/^ {1,2}/, '');
  else lines.splice(a, 0, lines[b]!);
  return lines;
}
