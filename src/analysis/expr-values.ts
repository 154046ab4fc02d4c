/**
 * What a `${{ }}` expression yields for the analysis: the secrets it carries (secrets.X, github.token,
 * toJSON(secrets), env.X bound to a secret, step and job outputs that carry one) and its text when static.
 */
import { SYNTHETIC_SECRETS } from '../policy/names.js';
import untrusted from '../../data/untrusted-contexts.json' with { type: 'json' };
import { analyseExpression } from '../workflow/expressions.js';
import type { ContextRead, Str } from '../workflow/types.js';
import { concat, literal, secretTaint, through, unionTaints, UNKNOWN } from './taint.js';
import type { Value } from './taint.js';
import type { Location, Taint } from './types.js';

export interface ExprScope {
  file: string;
  env: Map<string, Value>;
  stepOutputs: Map<string, Map<string, Value>>;
  needsOutputs: Map<string, Map<string, Value>>;
  inputs: Map<string, Value>;
  matrix: Map<string, Value>;
}

/** The display name of a secret read: `secrets.GITHUB_TOKEN` and `github.token` are the same token. */
export function secretName(read: ContextRead): string | null {
  if (read.context === 'secrets') {
    const name = read.path[0];
    if (name === undefined) return null; // bare `secrets` (inside toJSON) is handled as a dump
    return name === '*' ? 'secrets[computed]' : name.toUpperCase();
  }
  if (read.context === 'github' && read.path[0]?.toLowerCase() === 'token')
    return SYNTHETIC_SECRETS.githubToken;
  return null;
}

/** Value of one expression, given the scope it is evaluated in. */
export function exprValue(text: string, scope: ExprScope, location: Location): Value {
  const parsed = analyseExpression(text);
  const taints: Taint[][] = [];
  for (const d of parsed.dumps) {
    if (d === 'secrets')
      taints.push([secretTaint(SYNTHETIC_SECRETS.allSecrets, location, `toJSON(secrets)`, 'all')]);
    if (d === 'env') taints.push(unionTaints(...[...scope.env.values()].map((v) => v.taints)));
  }
  for (const read of parsed.reads) taints.push(readValue(read, scope, location).taints);
  return { taints: unionTaints(...taints), text: staticText(parsed.reads, text, scope) };
}

function readValue(read: ContextRead, scope: ExprScope, location: Location): Value {
  const name = secretName(read);
  if (name)
    return {
      taints: [secretTaint(name, location, read.context === 'github' ? 'github.token' : `secrets.${name}`)],
      text: null,
    };
  const [a, b, c] = read.path;
  switch (read.context) {
    case 'env':
      return a ? through(scope.env.get(a) ?? UNKNOWN, { text: `env.${a}`, location }) : UNKNOWN;
    case 'steps':
      return a && b === 'outputs' && c
        ? through(scope.stepOutputs.get(a)?.get(c) ?? UNKNOWN, { text: `steps.${a}.outputs.${c}`, location })
        : UNKNOWN;
    case 'needs':
      return a && b === 'outputs' && c
        ? through(scope.needsOutputs.get(a)?.get(c) ?? UNKNOWN, { text: `needs.${a}.outputs.${c}`, location })
        : UNKNOWN;
    case 'inputs':
      return a ? through(scope.inputs.get(a) ?? UNKNOWN, { text: `inputs.${a}`, location }) : UNKNOWN;
    case 'matrix':
      return a ? (scope.matrix.get(a) ?? UNKNOWN) : UNKNOWN;
    default:
      return UNKNOWN;
  }
}

/** Static text for the simple cases that matter for destinations: `env.HOST`, `matrix.x` with one value. */
function staticText(reads: ContextRead[], text: string, scope: ExprScope): string | null {
  if (reads.length !== 1) return null;
  const read = reads[0]!;
  const name = read.path[0];
  if (read.path.length !== 1 || name === undefined || (read.context !== 'env' && read.context !== 'matrix'))
    return null;
  // Only a bare `env.X` / `matrix.x`: anything around it (a function, a default with ||) changes the value.
  if (text.replace(/\s+/g, '').toLowerCase() !== `${read.context}.${name}`.toLowerCase()) return null;
  return (read.context === 'env' ? scope.env.get(name) : scope.matrix.get(name))?.text ?? null;
}

/** Value of a whole YAML string: literal text with its expressions substituted. */
export function strValue(s: Str, scope: ExprScope): Value {
  if (s.exprs.length === 0) return literal(s.value);
  const pieces: Value[] = [];
  let last = 0;
  for (const e of s.exprs) {
    pieces.push(literal(s.value.slice(last, e.start)));
    const loc = s.locate(e.start);
    pieces.push(exprValue(e.text, scope, { file: scope.file, line: loc.line, column: loc.column }));
    last = e.end;
  }
  pieces.push(literal(s.value.slice(last)));
  return concat(pieces);
}

const untrustedPatterns = untrusted.patterns.map(
  (p) => new RegExp(`^github\\.${p.replace(/\./g, '\\.').replace(/\*/g, '[^.]+')}$`, 'i'),
);

/** The untrusted event fields an expression reads (for script injection checks). */
export function untrustedReads(text: string): string[] {
  const out: string[] = [];
  for (const read of analyseExpression(text).reads) {
    if (read.context !== 'github') continue;
    const path = `github.${read.path.join('.')}`;
    if (untrustedPatterns.some((re) => re.test(path))) out.push(path);
  }
  return out;
}
