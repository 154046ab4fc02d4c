/**
 * Evaluates the `${{ }}` in action.yml input defaults, as the runner does before the step starts, with GitHub's
 * own expression engine over a context the test provides. Unknown paths evaluate to ''.
 */
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';

const CONTEXTS = [
  'github',
  'job',
  'runner',
  'env',
  'vars',
  'secrets',
  'steps',
  'matrix',
  'strategy',
  'needs',
  'inputs',
];

export type ExpressionContext = Record<string, unknown>;

export function evaluateTemplate(template: string, context: ExpressionContext): string {
  let out = '';
  let i = 0;
  for (;;) {
    const start = template.indexOf('${{', i);
    if (start < 0) return out + template.slice(i);
    const end = closing(template, start + 3);
    if (end < 0) throw new Error(`unterminated expression in ${JSON.stringify(template)}`);
    out += template.slice(i, start) + evaluate(template.slice(start + 3, end).trim(), context);
    i = end + 2;
  }
}

/** Index of the `}}` that closes an expression, skipping `'…'` string literals. */
function closing(s: string, from: number): number {
  let quoted = false;
  for (let i = from; i < s.length - 1; i++) {
    if (s[i] === "'") quoted = !quoted;
    else if (!quoted && s[i] === '}' && s[i + 1] === '}') return i;
  }
  return -1;
}

function evaluate(expression: string, context: ExpressionContext): string {
  const lexed = new Lexer(expression).lex();
  const ast = new Parser(lexed.tokens, CONTEXTS, []).parse();
  const dict = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  return new Evaluator(ast, dict).evaluate().coerceString();
}
