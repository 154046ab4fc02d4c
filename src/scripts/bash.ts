/**
 * bash/sh syntax tree → Script ops. A may-analysis: every branch, loop, function body, subshell and command
 * substitution contributes its commands, in source (evaluation) order.
 */
import type { Builder } from './builder.js';
import { addPart, addParts, codeText, joinWords, own, staticText } from './builder.js';
import { baseName, inlineCode, unwrap } from './commands.js';
import { field, type SNode } from './syntax.js';
import type { Assignment, CommandOp, InlineOp, Part, Redirect, Word } from './types.js';

/** Principal command ops of a statement: its first and last top-level commands (-1 when none). */
interface Range {
  first: number;
  last: number;
}
const NONE: Range = { first: -1, last: -1 };

const WORD_TYPES = new Set([
  'word',
  'string',
  'raw_string',
  'ansi_c_string',
  'translated_string',
  'concatenation',
  'simple_expansion',
  'expansion',
  'command_substitution',
  'process_substitution',
  'arithmetic_expansion',
  'number',
  'brace_expression',
]);

const WRITE_OPS = new Set(['>', '>>', '>|', '&>', '&>>', '<>', '>&']);

/**
 * Newlines that tree-sitter-bash 0.25 wrongly treats as blanks: after a pipeline of several stages or a test
 * command, it can read the next lines as more arguments (or redirect destinations) of the last command
 * (tree-sitter-bash issues #347, #316, #233). A command's words never span an unescaped newline, so such a
 * newline is a separator; the caller replaces it with `;` (same length) and parses again.
 */
export function swallowedNewlines(root: SNode, text: string): number[] {
  const found: number[] = [];
  const stack = [root];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === 'command' || n.type === 'file_redirect') {
      let prev: SNode | undefined;
      for (const c of n.children) {
        if (c.type.endsWith('_redirect') || c.type === 'heredoc_body') break;
        if (prev && c.start > prev.end) {
          for (let i = text.indexOf('\n', prev.end); i >= 0 && i < c.start; i = text.indexOf('\n', i + 1)) {
            if (text.charCodeAt(i - 1) !== 92 /* \\ */) {
              found.push(i);
              break;
            }
          }
        }
        prev = c;
      }
    }
    for (const c of n.children) if (c.children.length > 0) stack.push(c);
  }
  return found;
}

export function walkBash(root: SNode, b: Builder): void {
  const w = new BashWalker(b);
  w.statements(root, 0);
  w.linkCalls();
}

class BashWalker {
  private readonly functions = new Set<string>();

  constructor(private readonly b: Builder) {}

  private src(n: SNode): string {
    return this.b.text.slice(n.start, n.end);
  }

  statements(n: SNode, depth: number): Range {
    let first = -1;
    let last = -1;
    for (const c of n.children) {
      if (!c.named) continue;
      const r = this.statement(c, depth + 1);
      if (first < 0) first = r.first;
      if (r.last >= 0) last = r.last;
    }
    return { first, last };
  }

  statement(n: SNode, depth: number, pipeFrom?: number): Range {
    if (!this.b.depthOk(depth, n.start, n.end)) return NONE;
    switch (n.type) {
      case 'command':
        return this.command(n, [], pipeFrom, depth);
      case 'redirected_statement':
        return this.redirected(n, pipeFrom, depth);
      case 'pipeline':
        return this.pipeline(n.children, depth, pipeFrom);
      case 'variable_assignment':
        this.assignment(n, false, depth);
        return NONE;
      case 'variable_assignments':
        for (const c of n.children) if (c.type === 'variable_assignment') this.assignment(c, false, depth);
        return NONE;
      case 'declaration_command':
        this.declaration(n, depth);
        return NONE;
      case 'function_definition':
        this.functionDef(n, depth);
        return NONE;
      case 'for_statement':
        return this.forLoop(n, depth);
      case 'comment':
      case 'heredoc_body':
        return NONE;
      default: {
        // Lists, subshells, groups, if/while/case, test commands, ERROR recovery nodes …: their statements and
        // the words they test, in order.
        let first = -1;
        let last = -1;
        for (const c of n.children) {
          if (!c.named) continue;
          if (WORD_TYPES.has(c.type)) {
            this.word(c, depth + 1);
            continue;
          }
          const r = this.statement(c, depth + 1);
          if (first < 0) first = r.first;
          if (r.last >= 0) last = r.last;
        }
        return { first, last };
      }
    }
  }

  private pipeline(elements: readonly SNode[], depth: number, pipeFrom?: number): Range {
    let first = -1;
    let prev = pipeFrom ?? -1;
    for (const c of elements) {
      if (!c.named) continue;
      const r = this.statement(c, depth + 1, prev >= 0 ? prev : undefined);
      if (r.first >= 0) {
        const op = this.b.ops[r.first];
        if (op?.kind === 'command' && prev >= 0 && op.pipeFrom === undefined) op.pipeFrom = prev;
        if (first < 0) first = r.first;
      }
      if (r.last >= 0) prev = r.last;
    }
    return { first, last: prev };
  }

  private redirected(n: SNode, pipeFrom: number | undefined, depth: number): Range {
    const body = field(n, 'body');
    const redirects = n.children.filter((c) => c.field === 'redirect');
    if (body?.type === 'command') return this.command(body, redirects, pipeFrom, depth);
    const before = this.b.ops.length;
    const r = body ? this.statement(body, depth + 1, pipeFrom) : NONE;
    const built = this.redirects(redirects, depth);
    const targets: number[] = [];
    // A redirection after a pipeline or `&&` list belongs to its last command (the grammar hangs it on the whole).
    const lastOnly = body?.type === 'pipeline' || body?.type === 'list';
    if (lastOnly) {
      if (r.last >= 0) targets.push(r.last);
    } else {
      // A redirected group or loop: every command inside inherits the redirection.
      for (let i = before; i < this.b.ops.length; i++) if (this.b.ops[i]?.kind === 'command') targets.push(i);
    }
    for (const t of targets) {
      const op = this.b.ops[t];
      if (op?.kind !== 'command') continue;
      const hadStdin = op.redirects.some((x) => x.body);
      op.redirects.push(...built.redirects);
      const stdin = built.redirects.find((x) => x.body)?.body;
      if (lastOnly && stdin && !hadStdin) this.inline(op, stdin);
    }
    const content: Part[] = lastOnly
      ? [{ kind: 'output', ops: r.last >= 0 ? [r.last] : [] }]
      : [{ kind: 'output', ops: range(before, this.b.ops.length) }];
    for (const x of built.redirects) this.write(x, content, n);
    let last = r.last;
    for (const tail of built.tails) last = this.tail(tail, last >= 0 ? last : undefined, depth);
    return { first: r.first, last };
  }

  /** Statements hanging off a here-document redirect (`cat <<EOF | sh`, `<<EOF && x`). */
  private tail(n: SNode, from: number | undefined, depth: number): number {
    if (n.type === 'pipeline') return this.pipeline(n.children, depth, from).last;
    const r = this.statement(n, depth + 1);
    return r.last >= 0 ? r.last : (from ?? -1);
  }

  private command(n: SNode, outer: readonly SNode[], pipeFrom: number | undefined, depth: number): Range {
    const envPrefix: Assignment[] = [];
    const words: Word[] = [];
    const redirectNodes: SNode[] = [];
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === 'variable_assignment') {
        const a = this.assignmentOf(c, false, depth);
        if (a) envPrefix.push(a);
      } else if (c.field === 'name') {
        words.push(this.word(c.children.find((x) => x.named) ?? c, depth + 1));
      } else if (c.field === 'redirect' || c.type.endsWith('_redirect')) {
        redirectNodes.push(c);
      } else if (c.field === 'argument' || WORD_TYPES.has(c.type)) {
        words.push(this.word(c, depth + 1));
      } else if (c.type !== 'comment') {
        this.statement(c, depth + 1);
      }
    }
    redirectNodes.push(...outer);
    const { redirects, tails } = this.redirects(redirectNodes, depth);

    const u = unwrap(words);
    const nameWord = words[u.nameIndex] ?? this.b.word(n.start, n.start, []);
    for (const i of u.envAssignments) {
      const a = this.envWordAssignment(words[i]);
      if (a) envPrefix.push(a);
    }
    const args = words.slice(u.nameIndex + 1);
    const nameText = staticText(nameWord);
    const name = nameText === undefined ? nameWord.raw : baseName(nameText);
    const op: CommandOp = {
      kind: 'command',
      name,
      nameWord,
      args,
      envPrefix,
      redirects,
      span: this.b.span(n.start, n.end),
    };
    if (pipeFrom !== undefined) op.pipeFrom = pipeFrom;
    if (u.wrappers.length > 0) op.wrappers = u.wrappers;
    const index = this.b.push(op);

    const stdin = redirects.find((r) => r.body && (r.op.startsWith('<<') || r.op === '<<<'))?.body;
    this.commandEffects(op, stdin);
    for (const r of redirects) this.write(r, this.writtenBy(op, index, stdin), n);
    let last = index;
    for (const tail of tails) last = this.tail(tail, last, depth);
    return { first: index, last };
  }

  /** What a command writes to a redirection: echo/printf their arguments, `cat <<EOF` its body, else its output. */
  private writtenBy(op: CommandOp, index: number, stdin: Word | undefined): Part[] {
    if (op.name === 'echo' || op.name === 'printf') {
      const args =
        op.name === 'echo' ? op.args.filter((a) => !/^-[neE]+$/.test(staticText(a) ?? '')) : op.args;
      return joinWords(this.b, args, ' ')?.parts ?? [];
    }
    if (op.name === 'cat' && stdin && op.args.length === 0) return stdin.parts;
    return [{ kind: 'output', ops: [index] }];
  }

  private write(r: Redirect, content: Part[], n: SNode): void {
    if (!r.target || !WRITE_OPS.has(r.op)) return;
    if (r.op === '>&' && /^(\d+|-)$/.test(staticText(r.target) ?? '')) return; // descriptor duplication
    const span = this.b.span(n.start, n.end);
    this.b.push({
      kind: 'write',
      target: r.target,
      content: this.b.word(n.start, n.end, content.slice()),
      append: r.op.includes('>>'),
      span,
    });
  }

  /** Facts a command implies besides itself: assignments by `read`/`printf -v`, `tee` writes, inline code. */
  private commandEffects(op: CommandOp, stdin: Word | undefined): void {
    const stdinParts = (): Part[] =>
      stdin ? stdin.parts : op.pipeFrom !== undefined ? [{ kind: 'output', ops: [op.pipeFrom] }] : [];
    if (op.name === 'read') {
      const names: Word[] = [];
      for (let i = 0; i < op.args.length; i++) {
        const t = staticText(op.args[i]);
        if (t === undefined) continue;
        if (/^-[pdntua]$/.test(t)) {
          if (t === '-a') {
            const w = op.args[i + 1];
            if (w) names.push(w);
          }
          i++;
        } else if (!t.startsWith('-')) names.push(op.args[i] as Word);
      }
      const parts = stdinParts();
      for (const w of names) {
        const name = staticText(w);
        if (!name) continue;
        const value = this.b.word(w.span.start, w.span.end, parts.length > 0 ? parts.slice() : [dyn('read')]);
        this.b.push({ kind: 'assign', name, value, env: false, span: op.span });
      }
    } else if (op.name === 'printf' && staticText(op.args[0]) === '-v') {
      const name = staticText(op.args[1]);
      const value = joinWords(this.b, op.args.slice(2), ' ');
      if (name && value) this.b.push({ kind: 'assign', name, value, env: false, span: op.span });
    } else if (op.name === 'tee') {
      const parts = stdinParts();
      const append = op.args.some(
        (a) => /^-[a-z]*a/.test(staticText(a) ?? '') || staticText(a) === '--append',
      );
      for (const a of op.args) {
        const t = staticText(a);
        if (t !== undefined && t.startsWith('-')) continue;
        const content = this.b.word(
          op.span.start,
          op.span.end,
          parts.length > 0 ? parts.slice() : [dyn('stdin')],
        );
        this.b.push({ kind: 'write', target: a, content, append, span: op.span });
      }
    }
    this.inline(op, stdin);
  }

  /** `python3 -c CODE`, `node -e CODE`, `bash -c CODE`, `python3 - <<EOF` …: the code, parsed later. */
  private inline(op: CommandOp, stdin: Word | undefined): void {
    const inline = inlineCode(op.name, op.args, stdin);
    if (inline) {
      let code = inline.code;
      if (inline.codeWords) code = joinWords(this.b, inline.codeWords, ' ') ?? code;
      const last = inline.codeWords?.[inline.codeWords.length - 1];
      const inl: InlineOp = {
        kind: 'inline',
        language: inline.language,
        interpreter: op.name,
        code: last ? this.b.word(code.span.start, last.span.end, code.parts) : code,
        span: op.span,
      };
      inl.codeOffset = code.span.start + (/^\$?["']/.test(code.raw) ? (code.raw.startsWith('$') ? 2 : 1) : 0);
      const i = this.b.push(inl);
      let text: string | undefined = codeText(inl.code, this.b.exprs);
      if (inline.encoded) {
        const enc = staticText(inline.code);
        text = enc === undefined ? undefined : Buffer.from(enc, 'base64').toString('utf16le');
      }
      if (text !== undefined) this.b.inlines.push({ opIndex: i, language: inline.language, code: text });
    }
  }

  private redirect(n: SNode, depth: number): { redirect: Redirect; inner: SNode[]; tails: SNode[] } {
    const tails: SNode[] = [];
    let op = '';
    let fd: number | undefined;
    let target: Word | undefined;
    let body: Word | undefined;
    if (n.type === 'heredoc_redirect') {
      let quoted = false;
      for (const c of n.children) {
        if (!c.named) {
          if (c.type.startsWith('<<')) op = c.type;
          continue;
        }
        switch (c.type) {
          case 'heredoc_start': {
            const raw = this.src(c);
            quoted = /['"\\]/.test(raw);
            target = this.b.word(c.start, c.end, [{ kind: 'literal', text: raw.replace(/['"\\]/g, '') }]);
            break;
          }
          case 'heredoc_body':
            body = quoted ? this.literalWord(c.start, c.end) : this.expandable(c, c.start, c.end, depth);
            break;
          case 'heredoc_end':
            break;
          case 'file_descriptor':
            fd = Number(this.src(c));
            break;
          default:
            tails.push(c);
        }
      }
      // `<<EOF` with an empty body has no heredoc_body node.
      body ??= this.b.word(n.end, n.end, []);
      // Redirections written after the delimiter (`cat <<EOF > f`) belong to the command.
      const redirect: Redirect = { op: op || '<<', target, body };
      if (fd !== undefined) redirect.fd = fd;
      const inner = tails.filter((t) => t.type === 'file_redirect' || t.type === 'herestring_redirect');
      return { redirect, inner, tails: tails.filter((t) => !inner.includes(t)) };
    }
    for (const c of n.children) {
      if (!c.named) {
        // Operators are read from the original text: the parsed text may have `>|` for `<>`.
        op = this.src(c);
        continue;
      }
      if (c.type === 'file_descriptor') fd = Number(this.src(c));
      else if (c.field === 'destination' || (!target && c.type !== 'ERROR')) {
        if (n.type === 'herestring_redirect') body = this.word(c, depth + 1);
        else target = this.word(c, depth + 1);
      } else if (c.type === 'ERROR') {
        op = this.src(c) + op;
      }
    }
    if (n.type === 'herestring_redirect') op = '<<<';
    // tree-sitter-bash splits `<>` when it fails to recognise it; rebuild it from the source.
    if (op === '<' || op === '>') {
      const raw = this.src(n);
      if (raw.includes('<>')) op = '<>';
    }
    const redirect: Redirect = { op };
    if (fd !== undefined && Number.isFinite(fd)) redirect.fd = fd;
    if (target) redirect.target = target;
    if (body) redirect.body = body;
    return { redirect, inner: [], tails };
  }

  /** Redirections of a statement, here-document trailers flattened; `tails` are statements after `<<EOF`. */
  private redirects(nodes: readonly SNode[], depth: number): { redirects: Redirect[]; tails: SNode[] } {
    const redirects: Redirect[] = [];
    const tails: SNode[] = [];
    const queue = [...nodes];
    for (let n = queue.shift(); n; n = queue.shift()) {
      const r = this.redirect(n, depth);
      redirects.push(r.redirect);
      queue.push(...r.inner);
      tails.push(...r.tails);
    }
    return { redirects, tails };
  }

  private assignment(n: SNode, env: boolean, depth: number): void {
    const a = this.assignmentOf(n, env, depth);
    if (a) this.b.push(a);
  }

  private assignmentOf(n: SNode, env: boolean, depth: number): Assignment | undefined {
    const nameNode = field(n, 'name');
    const valueNode = field(n, 'value');
    if (!nameNode) return undefined;
    let name = this.src(nameNode);
    if (nameNode.type === 'subscript') name = name.replace(/\[.*$/s, '');
    const append = n.children.some((c) => !c.named && c.type === '+=');
    let value: Word;
    if (!valueNode) value = this.b.word(n.end, n.end, []);
    else if (valueNode.type === 'array') value = this.array(valueNode, depth);
    else value = this.word(valueNode, depth + 1);
    if (append) value = { ...value, parts: [{ kind: 'var', name, env: 'maybe' }, ...value.parts] };
    return { kind: 'assign', name, value, env, span: this.b.span(n.start, n.end) };
  }

  /** `env X=Y cmd`: the assignment words after `env`. */
  private envWordAssignment(w: Word | undefined): Assignment | undefined {
    const first = w?.parts[0];
    if (!w || first?.kind !== 'literal') return undefined;
    const eq = first.text.indexOf('=');
    if (eq < 0) return undefined;
    const name = first.text.slice(0, eq);
    const parts: Part[] = [];
    addPart(parts, { kind: 'literal', text: first.text.slice(eq + 1) });
    addParts(parts, w.parts.slice(1));
    return { kind: 'assign', name, value: { ...w, parts }, env: true, span: w.span };
  }

  private array(n: SNode, depth: number): Word {
    const items = n.children
      .filter((c) => c.named && c.type !== 'comment')
      .map((c) => this.word(c, depth + 1));
    const parts: Part[] = [];
    items.forEach((it, i) => {
      if (i > 0) addPart(parts, { kind: 'literal', text: ' ' });
      addParts(parts, it.parts);
    });
    return this.b.word(n.start, n.end, parts, { items });
  }

  private declaration(n: SNode, depth: number): void {
    const keyword = n.children.find((c) => !c.named)?.type ?? '';
    let env = keyword === 'export';
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === 'word' && /^[-+][a-zA-Z]*x/.test(this.src(c)) && this.src(c).startsWith('-')) env = true;
    }
    for (const c of n.children) {
      if (c.type === 'variable_assignment') this.assignment(c, env, depth);
      else if (c.type === 'variable_name' && env) {
        // `export X`: the existing variable becomes part of the environment.
        const name = this.src(c);
        const value = this.b.word(c.start, c.end, [{ kind: 'var', name, env: 'maybe' }]);
        this.b.push({ kind: 'assign', name, value, env: true, span: this.b.span(n.start, n.end) });
      } else if (c.named && c.type !== 'variable_name' && WORD_TYPES.has(c.type)) {
        this.word(c, depth + 1);
      }
    }
  }

  private functionDef(n: SNode, depth: number): void {
    const nameNode = field(n, 'name');
    const name = nameNode ? this.src(nameNode) : '';
    this.functions.add(name);
    const body = field(n, 'body');
    this.b.defineFunction(name, n.start, n.end, () => {
      if (body) this.statement(body, depth + 1);
    });
  }

  private forLoop(n: SNode, depth: number): Range {
    const variable = field(n, 'variable');
    const values = n.children.filter((c) => c.field === 'value').map((c) => this.word(c, depth + 1));
    if (variable) {
      const name = this.src(variable);
      const parts: Part[] = [];
      for (const v of values) addParts(parts, v.parts);
      // Without `in`, the loop runs over the positional parameters.
      if (values.length === 0) parts.push({ kind: 'var', name: '@', env: 'maybe' });
      const value = this.b.word(
        variable.start,
        n.end,
        parts,
        values.length > 0 ? { items: values } : undefined,
      );
      value.raw = values.map((v) => v.raw).join(' ');
      this.b.push({ kind: 'assign', name, value, env: false, span: this.b.span(n.start, n.end) });
    }
    const body = field(n, 'body');
    return body ? this.statement(body, depth + 1) : NONE;
  }

  linkCalls(): void {
    if (this.functions.size === 0) return;
    for (const op of this.b.ops) if (op.kind === 'command' && this.functions.has(op.name)) op.calls = op.name;
  }

  // ---- words ----

  word(n: SNode, depth: number): Word {
    const parts: Part[] = [];
    this.parts(n, parts, depth);
    return this.b.word(n.start, n.end, parts);
  }

  private literalWord(start: number, end: number): Word {
    const parts: Part[] = [];
    this.b.literal(parts, this.b.text.slice(start, end));
    return this.b.word(start, end, parts);
  }

  private parts(n: SNode, out: Part[], depth: number): void {
    if (!this.b.depthOk(depth, n.start, n.end)) {
      out.push(dyn(this.src(n)));
      return;
    }
    switch (n.type) {
      case 'word': {
        const raw = this.src(n);
        // An unquoted `*` is a glob: its value depends on the file system.
        if (raw.includes('*')) out.push(dyn(raw));
        else this.b.literal(out, unescapeUnquoted(raw));
        return;
      }
      case 'number':
      case 'special_variable_name':
      case 'variable_name':
        this.b.literal(out, this.src(n));
        return;
      case 'raw_string':
        this.b.literal(out, this.src(n).slice(1, -1));
        return;
      case 'ansi_c_string':
        this.b.literal(out, decodeAnsiC(this.src(n).slice(2, -1)));
        return;
      case 'string':
      case 'translated_string': {
        const open = n.type === 'string' ? 1 : 2;
        const closes = this.b.text.charCodeAt(n.end - 1) === 34 && n.end - n.start > open;
        const w = this.expandable(n, n.start + open, closes ? n.end - 1 : n.end, depth);
        addParts(out, w.parts);
        return;
      }
      case 'concatenation':
        for (const c of n.children) this.parts(c, out, depth + 1);
        return;
      case 'simple_expansion': {
        const name = this.src(n).slice(1);
        out.push({ kind: 'var', name, env: 'maybe' });
        return;
      }
      case 'expansion':
        this.expansion(n, out, depth);
        return;
      case 'command_substitution':
      case 'process_substitution': {
        const before = this.b.ops.length;
        this.statements(n, depth + 1);
        out.push({ kind: 'output', ops: range(before, this.b.ops.length) });
        return;
      }
      case 'arithmetic_expansion':
      case 'brace_expression':
        this.nestedOps(n, depth);
        out.push(dyn(this.src(n)));
        return;
      default:
        if (n.named) {
          this.nestedOps(n, depth);
          out.push(dyn(this.src(n)));
        } else this.b.literal(out, this.src(n));
    }
  }

  /** Command substitutions buried in arithmetic or unusual syntax still run. */
  private nestedOps(n: SNode, depth: number): void {
    for (const c of n.children) {
      if (c.type === 'command_substitution' || c.type === 'process_substitution')
        this.parts(c, [], depth + 1);
      else if (c.children.length > 0) this.nestedOps(c, depth + 1);
    }
  }

  /** Text between `start` and `end` where expansions are live (double quotes, unquoted here-documents). */
  private expandable(n: SNode, start: number, end: number, depth: number): Word {
    const parts: Part[] = [];
    let pos = start;
    for (const c of n.children) {
      if (
        c.type !== 'simple_expansion' &&
        c.type !== 'expansion' &&
        c.type !== 'command_substitution' &&
        c.type !== 'arithmetic_expansion'
      ) {
        continue;
      }
      if (c.start > pos) this.b.literal(parts, unescapeQuoted(this.b.text.slice(pos, c.start)));
      this.parts(c, parts, depth + 1);
      pos = c.end;
    }
    if (end > pos) this.b.literal(parts, unescapeQuoted(this.b.text.slice(pos, end)));
    return this.b.word(n.start, n.end, parts);
  }

  private expansion(n: SNode, out: Part[], depth: number): void {
    let name = '';
    let transform: string | undefined;
    let prefix = '';
    for (const c of n.children) {
      if (!c.named) {
        if (c.type === '${' || c.type === '}') continue;
        if (!name) {
          prefix = c.type;
          continue;
        }
        transform ??= transformOf(c.type);
        continue;
      }
      if (
        !name &&
        (c.type === 'variable_name' || c.type === 'special_variable_name' || c.type === 'subscript')
      ) {
        name = this.src(c).replace(/\[.*$/s, '');
        if (c.type === 'subscript') transform ??= undefined;
        continue;
      }
      // Substitutions inside the operands (`${X:-$(cmd)}`) run too.
      this.nestedOps(c, depth);
      if (c.type === 'command_substitution') this.parts(c, [], depth + 1);
    }
    if (!name) {
      // `${#X}` and `${!X}` put the operator before the name.
      const m = /^\$\{([#!]?)([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(this.src(n));
      if (m?.[2]) name = m[2];
      if (m?.[1]) prefix = m[1];
    }
    if (prefix === '#') transform = 'length';
    else if (prefix === '!') transform = 'indirect';
    if (!name) {
      out.push(dyn(this.src(n)));
      return;
    }
    out.push(
      transform ? { kind: 'var', name, env: 'maybe', transform } : { kind: 'var', name, env: 'maybe' },
    );
  }
}

function transformOf(op: string): string | undefined {
  switch (op) {
    case ':':
      return 'slice';
    case '/':
    case '//':
    case '/#':
    case '/%':
      return 'replace';
    case '^':
    case '^^':
      return 'upper';
    case ',':
    case ',,':
      return 'lower';
    case '#':
    case '##':
    case '%':
    case '%%':
      return 'trim';
    case '-':
    case ':-':
    case '=':
    case ':=':
      return 'default';
    case '+':
    case ':+':
      return 'alternate';
    case ':?':
    case '?':
      return undefined;
    case '@':
      return 'quote';
    default:
      return op.startsWith('@') ? 'quote' : undefined;
  }
}

function dyn(text: string): Part {
  return { kind: 'dynamic', text };
}

function range(from: number, to: number): number[] {
  const r: number[] = [];
  for (let i = from; i < to; i++) r.push(i);
  return r;
}

function unescapeUnquoted(s: string): string {
  return s.includes('\\') ? s.replace(/\\(\n|.)/g, (_, c: string) => (c === '\n' ? '' : c)) : s;
}

function unescapeQuoted(s: string): string {
  return s.includes('\\') ? s.replace(/\\([$`"\\\n])/g, (_, c: string) => (c === '\n' ? '' : c)) : s;
}

const ANSI: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

function decodeAnsiC(s: string): string {
  return s.replace(
    /\\(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|[0-7]{1,3}|c.|.)/g,
    (m, e: string) => {
      const k = e[0] ?? '';
      if (k === 'x' || k === 'u' || k === 'U') {
        const cp = parseInt(e.slice(1), 16);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      if (/[0-7]/.test(k)) return String.fromCharCode(parseInt(e, 8));
      if (k === 'c') return String.fromCharCode((e.charCodeAt(1) || 64) & 31);
      return own(ANSI, k) ?? m;
    },
  );
}
