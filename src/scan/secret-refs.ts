/**
 * Which secrets a file references, by name, with the first place each appears: enough to tell that a change
 * adds a workflow holding secrets or starts using a secret the file did not use before.
 */
import { expressionsIn } from '../workflow/expressions.js';
import { locateIn, mapEntries, mapGet, parseTree, position, scalarText, scalars } from './yaml-nodes.js';

/** `secrets (all)` stands for `toJSON(secrets)` and `secrets: inherit`; `secrets[*]` for a computed name. */
export const ALL_SECRETS = 'secrets (all)';
export const COMPUTED_SECRET = 'secrets[*]';

export interface SecretRef {
  name: string;
  line: number;
  column: number;
}

/** First reference of each secret in document order. `GITHUB_TOKEN` counts only when read through `secrets`. */
export function secretReferences(text: string): SecretRef[] {
  const tree = parseTree(text);
  if (!tree) return [];
  const found = new Map<string, SecretRef>();
  const add = (name: string, at: { line: number; column: number }): void => {
    if (!found.has(name)) found.set(name, { name, ...at });
  };
  for (const visit of scalars(tree.root)) {
    if (!visit.value.includes('${{')) continue;
    for (const expr of expressionsIn(visit.value)) {
      const at = locateIn(tree, visit, expr.text);
      if (expr.dumps.includes('secrets')) add(ALL_SECRETS, at);
      for (const read of expr.reads) {
        if (read.context !== 'secrets') continue;
        const name = read.path[0];
        if (name === undefined) continue; // bare `secrets`: only meaningful inside toJSON, counted above
        add(name === '*' ? COMPUTED_SECRET : name, at);
      }
    }
  }
  for (const [, job] of mapEntries(mapGet(tree.root, 'jobs'))) {
    const secrets = mapGet(job, 'secrets');
    if (secrets && scalarText(secrets) === 'inherit') add(ALL_SECRETS, position(tree, secrets.start));
  }
  return [...found.values()];
}

/** True when the file serialises the whole secrets context (`toJSON(secrets)`), wherever that goes. */
export function dumpsSecrets(text: string): boolean {
  const tree = parseTree(text);
  if (!tree) return false;
  for (const visit of scalars(tree.root)) {
    if (visit.value.includes('${{') && expressionsIn(visit.value).some((e) => e.dumps.includes('secrets'))) {
      return true;
    }
  }
  return false;
}
