/**
 * `${{ }}` expressions: finding them in a string, and reading what they access with GitHub's own parser
 * (@actions/expressions), so `secrets['X']`, `secrets[format(…)]` and `toJSON(secrets)` are read exactly as the
 * runner reads them.
 */
import { Lexer, Parser } from '@actions/expressions';
import {
  Binary,
  ContextAccess,
  type Expr,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Star,
  Unary,
} from '@actions/expressions/ast';
import { NumberData, StringData } from '@actions/expressions/data/index';
import type { ContextRead, ExprRef } from './types.js';

const CONTEXTS = [
  'github',
  'env',
  'vars',
  'job',
  'jobs',
  'steps',
  'runner',
  'secrets',
  'strategy',
  'matrix',
  'needs',
  'inputs',
];
// Status and file functions exist only in some keys; the parser needs them declared to accept them anywhere.
const EXTRA_FUNCTIONS = [
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 0 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
];

/** Offsets of each `${{ … }}` in `text`. A `}}` inside a single-quoted string literal does not close it. */
export function findExpressions(text: string): { start: number; end: number; inner: string }[] {
  const found: { start: number; end: number; inner: string }[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('${{', from);
    if (start < 0) return found;
    let i = start + 3;
    let inString = false;
    let end = -1;
    while (i < text.length) {
      const c = text[i];
      if (inString) {
        if (c === "'") {
          if (text[i + 1] === "'") i++;
          else inString = false;
        }
      } else if (c === "'") inString = true;
      else if (c === '}' && text[i + 1] === '}') {
        end = i + 2;
        break;
      }
      i++;
    }
    if (end < 0) return found; // unterminated: GitHub treats it as literal text
    found.push({ start, end, inner: text.slice(start + 3, end - 2).trim() });
    from = end;
  }
}

interface Parsed {
  reads: ContextRead[];
  dumps: string[];
  error?: string;
}

// Workflows repeat the same few expressions endlessly; parse each distinct text once per process.
const cache = new Map<string, Parsed>();
const CACHE_LIMIT = 20_000;

/** Parses one expression (the text between `${{` and `}}`) and lists the context paths it reads. */
export function analyseExpression(inner: string): Parsed {
  const hit = cache.get(inner);
  if (hit) return hit;
  let parsed: Parsed;
  try {
    const lexed = new Lexer(inner).lex();
    const ast = new Parser(lexed.tokens, CONTEXTS, EXTRA_FUNCTIONS).parse();
    const reads: ContextRead[] = [];
    const dumps: string[] = [];
    collect(ast, reads, dumps, 0);
    parsed = { reads, dumps };
  } catch (e) {
    parsed = { reads: fallbackReads(inner), dumps: [], error: e instanceof Error ? e.message : String(e) };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(inner, parsed);
  return parsed;
}

/** Builds the ExprRefs of a string value. */
export function expressionsIn(text: string): ExprRef[] {
  if (!text.includes('${{')) return [];
  return findExpressions(text).map(({ start, end, inner }) => ({
    text: inner,
    start,
    end,
    ...analyseExpression(inner),
  }));
}

const MAX_DEPTH = 200;

/**
 * Walks the AST. A property chain `a.b['c']` becomes one read with path [b, c]; an index that is not a literal
 * becomes `*` (the runner computes it: we cannot tell which secret, so we treat it as any secret).
 */
function collect(node: Expr, reads: ContextRead[], dumps: string[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  const chain = accessChain(node);
  if (chain) {
    reads.push(chain.read);
    for (const idx of chain.computedIndexes) collect(idx, reads, dumps, depth + 1);
    return;
  }
  if (node instanceof FunctionCall) {
    const name = node.functionName.lexeme.toLowerCase();
    for (const arg of node.args) {
      // toJSON(secrets), toJSON(env), toJSON(github) serialise a whole context.
      if (name === 'tojson' && arg instanceof ContextAccess) dumps.push(arg.name.lexeme.toLowerCase());
      collect(arg, reads, dumps, depth + 1);
    }
  } else if (node instanceof Logical) {
    for (const arg of node.args) collect(arg, reads, dumps, depth + 1);
  } else if (node instanceof Binary) {
    collect(node.left, reads, dumps, depth + 1);
    collect(node.right, reads, dumps, depth + 1);
  } else if (node instanceof Unary) {
    collect(node.expr, reads, dumps, depth + 1);
  } else if (node instanceof Grouping) {
    collect(node.group, reads, dumps, depth + 1);
  } else if (node instanceof IndexAccess) {
    // An index on something that is not a context chain, e.g. fromJSON(x).a: the base's reads still count.
    collect(node.expr, reads, dumps, depth + 1);
    collect(node.index, reads, dumps, depth + 1);
  }
}

function accessChain(node: Expr): { read: ContextRead; computedIndexes: Expr[] } | null {
  const path: string[] = [];
  const computedIndexes: Expr[] = [];
  let cur: Expr = node;
  while (cur instanceof IndexAccess) {
    const idx = cur.index;
    if (idx instanceof Literal && (idx.literal instanceof StringData || idx.literal instanceof NumberData)) {
      path.unshift(String(idx.literal.value));
    } else if (idx instanceof Star) {
      path.unshift('*');
    } else {
      path.unshift('*');
      computedIndexes.push(idx);
    }
    cur = cur.expr;
  }
  if (!(cur instanceof ContextAccess)) return null;
  return { read: { context: cur.name.lexeme.toLowerCase(), path }, computedIndexes };
}

/** When the parser rejects an expression, still notice `secrets.X`-shaped reads so nothing passes silently. */
function fallbackReads(inner: string): ContextRead[] {
  const reads: ContextRead[] = [];
  for (const m of inner.matchAll(
    /\b(secrets|env|github|steps|needs|inputs|matrix|vars)\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*'([^']*)'\s*\])?/g,
  )) {
    reads.push({ context: m[1]!.toLowerCase(), path: [m[2] ?? m[3] ?? '*'] });
  }
  return reads;
}
