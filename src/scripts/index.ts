/**
 * Script parsing: the text of a `run:` script (or inline interpreter code) → the Script IR of ./types.ts.
 * Never throws: syntax errors, unsupported languages and parser failures become `Script.errors` entries.
 */
import type { Parser } from 'web-tree-sitter';
import { swallowedNewlines, walkBash } from './bash.js';
import { Builder } from './builder.js';
import { parserFor, type GrammarName } from './grammars.js';
import { walkJavascript } from './javascript.js';
import { substituteExpressions } from './placeholders.js';
import { walkPowershell } from './powershell.js';
import { walkPython } from './python.js';
import { copyTree, type SNode, type SyntaxProblem } from './syntax.js';
import type { Language, Script } from './types.js';

export type * from './types.js';
export { shellLanguage } from './shell.js';
export { grammarLoadTimes } from './grammars.js';

const GRAMMARS: Partial<Record<Language, GrammarName>> = {
  bash: 'bash',
  powershell: 'powershell',
  python: 'python',
  javascript: 'javascript',
};

/** `bash -c "python -c '…'"` nests; deeper nesting than this is left unparsed. */
const MAX_INLINE_NESTING = 4;
/** A pathological input must not stall a scan; big scripts get proportionally more time (≈ 1 MB in 12 s). */
const PARSE_TIME_BASE_MS = 2000;
const PARSE_TIME_PER_KB_MS = 10;

export async function parseScript(text: string, language: Language): Promise<Script> {
  return parseNested(text, language, 0);
}

async function parseNested(source: string, language: Language, nesting: number): Promise<Script> {
  const { text, exprs } = substituteExpressions(source);
  const script: Script = {
    language,
    text,
    exprs: exprs.map(({ text: t, start, end }) => ({ text: t, start, end })),
    ops: [],
    errors: [],
  };
  const whole = new Builder(text, exprs);
  const grammar = GRAMMARS[language];
  if (!grammar) {
    script.errors.push({ message: `${language} scripts are not parsed`, span: whole.span(0, text.length) });
    return script;
  }
  try {
    const parser = await parserFor(grammar);
    const b = new Builder(text, exprs);
    const root = parseTree(parser, grammar, text, b);
    if (root) {
      try {
        WALKERS[grammar](root, b);
      } catch (e) {
        // A walker bug must not lose the facts gathered so far, nor stop the scan.
        b.error(`script analysis stopped: ${e instanceof Error ? e.message : String(e)}`, 0, text.length);
      }
    }
    script.ops = b.ops;
    script.errors = b.errors;
    for (const p of b.inlines) {
      const op = b.ops[p.opIndex];
      if (op?.kind !== 'inline' || !GRAMMARS[p.language]) continue;
      if (nesting >= MAX_INLINE_NESTING) {
        b.error('inline code nested too deep was not parsed', op.span.start, op.span.end);
        continue;
      }
      op.script = await parseNested(p.code, p.language, nesting + 1);
    }
  } catch (e) {
    script.errors.push({
      message: `could not parse ${language}: ${e instanceof Error ? e.message : String(e)}`,
      span: whole.span(0, text.length),
    });
  }
  return script;
}

const WALKERS: Record<GrammarName, (root: SNode, b: Builder) => void> = {
  bash: walkBash,
  powershell: walkPowershell,
  python: walkPython,
  javascript: walkJavascript,
};

/** github-script wraps `script:` in an async function, so top-level `await` and `return` are legal there. */
const JS_WRAP_OPEN = '(async () => {\n';
const JS_WRAP_CLOSE = '\n})()';

function parseTree(parser: Parser, grammar: GrammarName, text: string, b: Builder): SNode | undefined {
  // tree-sitter-bash has no `<>` (read-write) redirection; `>|` has the same length and parses as a redirection,
  // and the walker reads operators from the original text.
  const input = grammar === 'bash' && text.includes('<>') ? text.replace(/(^|[\s;&|(\d])<>/g, '$1>|') : text;
  let first = parseOnce(parser, input, 0);
  if (grammar === 'bash') {
    let patched = input;
    for (let round = 0; first && round < 4; round++) {
      const at = swallowedNewlines(first.root, patched);
      if (at.length === 0) break;
      for (const i of at) patched = patched.slice(0, i) + ';' + patched.slice(i + 1);
      first = parseOnce(parser, patched, 0);
    }
  }
  if (!first) {
    b.error('parsing took too long and was abandoned', 0, text.length);
    return undefined;
  }
  let best = first;
  if (grammar === 'javascript' && first.problems.length > 0) {
    const wrapped = parseOnce(parser, JS_WRAP_OPEN + input + JS_WRAP_CLOSE, JS_WRAP_OPEN.length);
    if (wrapped && wrapped.problems.length < first.problems.length) best = wrapped;
  }
  for (const p of best.problems) {
    b.error(p.message, clamp(p.start, text.length), clamp(p.end, text.length));
  }
  return best.root;
}

function clamp(n: number, max: number): number {
  return n < 0 ? 0 : n > max ? max : n;
}

function parseOnce(
  parser: Parser,
  input: string,
  shift: number,
): { root: SNode; problems: SyntaxProblem[] } | undefined {
  const deadline = performance.now() + PARSE_TIME_BASE_MS + (input.length / 1024) * PARSE_TIME_PER_KB_MS;
  parser.reset();
  const tree = parser.parse(input, null, { progressCallback: () => performance.now() > deadline });
  if (!tree) return undefined;
  try {
    const problems: SyntaxProblem[] = [];
    const root = copyTree(tree, problems);
    if (shift > 0) {
      shiftTree(root, shift, input.length - shift - JS_WRAP_CLOSE.length);
      for (const p of problems) {
        p.start -= shift;
        p.end -= shift;
      }
    }
    return { root, problems };
  } finally {
    tree.delete();
  }
}

/** Moves a tree parsed from wrapped text back to the offsets of the unwrapped text. */
function shiftTree(root: SNode, shift: number, max: number): void {
  const stack = [root];
  for (let n = stack.pop(); n; n = stack.pop()) {
    n.start = clamp(n.start - shift, max);
    n.end = clamp(n.end - shift, max);
    for (const c of n.children) stack.push(c);
  }
}
