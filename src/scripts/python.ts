/**
 * python syntax tree → Script ops: calls with canonical callees (import aliases resolved, methods on objects
 * named after their constructor), assignments, environment reads and file writes.
 */
import type { Builder } from './builder.js';
import { addPart, addParts, own, setProp } from './builder.js';
import { field, type SNode } from './syntax.js';
import type { Part, Word } from './types.js';

/** Factories whose result is an instance of a class, so methods on it are named after the class. */
const RETURNS: Record<string, string> = {
  'socket.create_connection': 'socket.socket',
  'requests.session': 'requests.Session',
  'urllib.request.build_opener': 'urllib.request.OpenerDirector',
  'ssl.wrap_socket': 'ssl.SSLSocket',
};

/** Calls whose result carries their arguments' data unchanged in substance (encodings, copies, formatting). */
const PASS_THROUGH = new Set([
  'str',
  'bytes',
  'repr',
  'list',
  'tuple',
  'json.dumps',
  'base64.b64encode',
  'base64.b32encode',
  'base64.b16encode',
  'base64.urlsafe_b64encode',
  'base64.encodebytes',
  'binascii.hexlify',
  'urllib.parse.quote',
  'urllib.parse.quote_plus',
  'urllib.parse.urlencode',
  'codecs.encode',
  'zlib.compress',
  'gzip.compress',
]);

const PASS_THROUGH_METHODS = new Set([
  'encode',
  'decode',
  'strip',
  'upper',
  'lower',
  'hex',
  'copy',
  'items',
  'join',
]);

interface FileHandle {
  path: Word;
  mode: string;
}

export function walkPython(root: SNode, b: Builder): void {
  new PythonWalker(b).block(root, 0);
}

class PythonWalker {
  /** Local name → canonical dotted name (imports, and objects bound to a constructor call). */
  private readonly names = new Map<string, string>();
  private readonly files = new Map<string, FileHandle>();

  constructor(private readonly b: Builder) {}

  private src(n: SNode): string {
    return this.b.text.slice(n.start, n.end);
  }

  block(n: SNode, depth: number): void {
    for (const c of n.children) if (c.named) this.statement(c, depth + 1);
  }

  private statement(n: SNode, depth: number): void {
    if (!this.b.depthOk(depth, n.start, n.end)) return;
    switch (n.type) {
      case 'import_statement':
        for (const c of n.children) if (c.field === 'name') this.importName(c, '');
        return;
      case 'import_from_statement': {
        const mod = field(n, 'module_name');
        const prefix = mod ? this.src(mod).replace(/\s+/g, '') : '';
        for (const c of n.children) if (c.field === 'name') this.importName(c, prefix);
        return;
      }
      case 'expression_statement':
        for (const c of n.children) if (c.named) this.expressionStatement(c, depth + 1);
        return;
      case 'function_definition': {
        const name = field(n, 'name');
        const body = field(n, 'body');
        this.b.defineFunction(name ? this.src(name) : '', n.start, n.end, () => {
          if (body) this.block(body, depth);
        });
        return;
      }
      case 'with_statement':
        for (const c of n.children) {
          if (c.type === 'with_clause') {
            for (const item of c.children) if (item.named) this.withItem(item, depth);
          } else if (c.field === 'body') this.block(c, depth);
        }
        return;
      case 'for_statement': {
        const left = field(n, 'left');
        const right = field(n, 'right');
        const value = right ? this.value(right, depth + 1) : undefined;
        if (left && value) this.assignTarget(left, value, n, depth);
        for (const c of n.children) if (c.field === 'body' || c.type === 'else_clause') this.block(c, depth);
        return;
      }
      case 'comment':
      case 'pass_statement':
      case 'break_statement':
      case 'continue_statement':
        return;
      default:
        // if/while/try/class/decorated/return/raise/ERROR …: the statements and expressions inside, in order.
        for (const c of n.children) {
          if (!c.named) continue;
          if (
            c.type === 'block' ||
            c.type.endsWith('_clause') ||
            c.type.endsWith('_statement') ||
            c.type === 'ERROR'
          ) {
            if (c.type === 'block') this.block(c, depth);
            else this.statement(c, depth + 1);
          } else if (
            c.type === 'function_definition' ||
            c.type === 'class_definition' ||
            c.type === 'decorated_definition'
          ) {
            this.statement(c, depth + 1);
          } else this.value(c, depth + 1);
        }
    }
  }

  private importName(n: SNode, prefix: string): void {
    const join = (s: string): string => (prefix ? `${prefix}.${s}` : s);
    if (n.type === 'aliased_import') {
      const name = field(n, 'name');
      const alias = field(n, 'alias');
      if (name && alias) this.names.set(this.src(alias), join(this.src(name)));
      return;
    }
    const dotted = this.src(n).replace(/\s+/g, '');
    if (prefix) this.names.set(dotted.split('.').pop() ?? dotted, join(dotted));
    // `import a.b.c` binds `a`; the attribute chain then spells the rest.
    else this.names.set(dotted.split('.')[0] ?? dotted, dotted.split('.')[0] ?? dotted);
  }

  private expressionStatement(n: SNode, depth: number): void {
    if (n.type === 'assignment' || n.type === 'augmented_assignment') {
      const left = field(n, 'left');
      const right = field(n, 'right');
      if (!right) return;
      const value = this.value(right, depth + 1);
      if (n.type === 'augmented_assignment' && left?.type === 'identifier') {
        value.parts = [{ kind: 'var', name: this.src(left), env: 'no' }, ...value.parts];
      }
      if (left) this.assignTarget(left, value, n, depth, right);
      return;
    }
    this.value(n, depth);
  }

  private assignTarget(left: SNode, value: Word, n: SNode, depth: number, right?: SNode): void {
    if (left.type === 'identifier') {
      const name = this.src(left);
      this.names.delete(name);
      this.files.delete(name);
      if (right) this.bind(name, right);
      this.b.push({ kind: 'assign', name, value, env: false, span: this.span(n) });
      return;
    }
    if (left.type === 'subscript') {
      const obj = field(left, 'value');
      const key = field(left, 'subscript');
      if (obj && this.dotted(obj) === 'os.environ' && key) {
        const name = this.stringValue(key) ?? this.src(key);
        this.b.push({ kind: 'assign', name, value, env: true, span: this.span(n) });
        return;
      }
    }
    if (left.type === 'pattern_list' || left.type === 'tuple_pattern' || left.type === 'list_pattern') {
      for (const c of left.children) if (c.named) this.assignTarget(c, value, n, depth);
      return;
    }
    if (left.type === 'attribute') {
      this.b.push({ kind: 'assign', name: this.src(left), value, env: false, span: this.span(n) });
    }
  }

  /** Remembers what a name stands for when it is bound to a constructor, factory or open file. */
  private bind(name: string, right: SNode): void {
    if (right.type !== 'call') return;
    const fn = field(right, 'function');
    if (!fn) return;
    const callee = this.callee(fn);
    if (callee === 'open') {
      const handle = this.openHandle(right);
      if (handle) this.files.set(name, handle);
      return;
    }
    if (callee && this.resolvedThroughImport(fn)) this.names.set(name, own(RETURNS, callee) ?? callee);
  }

  private withItem(item: SNode, depth: number): void {
    const v = field(item, 'value');
    if (!v) return;
    if (v.type === 'as_pattern') {
      const expr = v.children.find((c) => c.named && c.field !== 'alias');
      const alias = field(v, 'alias');
      const target = alias?.children.find((c) => c.type === 'identifier') ?? alias;
      if (expr) this.value(expr, depth + 1);
      if (expr && target && target.type === 'identifier') this.bind(this.src(target), expr);
    } else this.value(v, depth + 1);
  }

  private openHandle(call: SNode): FileHandle | undefined {
    const args = field(call, 'arguments');
    if (!args) return undefined;
    const positional = args.children.filter(
      (c) => c.named && c.type !== 'keyword_argument' && c.type !== 'comment',
    );
    let modeNode = positional[1];
    for (const k of args.children) {
      if (k.type === 'keyword_argument' && this.src(field(k, 'name') ?? k) === 'mode')
        modeNode = field(k, 'value');
    }
    const pathNode = positional[0];
    if (!pathNode) return undefined;
    const mode = modeNode ? (this.stringValue(modeNode) ?? '') : 'r';
    // The path word was already built when the call was walked; rebuild it without re-emitting ops.
    return { path: this.quiet(pathNode), mode };
  }

  /** A value built without recording ops (for a node already walked). */
  private quiet(n: SNode): Word {
    const mark = this.b.ops.length;
    const w = this.value(n, 0);
    this.b.ops.length = mark;
    return w;
  }

  // ---- names ----

  private resolvedThroughImport(fn: SNode): boolean {
    let n: SNode | undefined = fn;
    while (n && (n.type === 'attribute' || n.type === 'call'))
      n = field(n, n.type === 'call' ? 'function' : 'object');
    return n?.type === 'identifier' && this.names.has(this.src(n));
  }

  /** The canonical dotted name of a callee expression. */
  private callee(n: SNode): string {
    switch (n.type) {
      case 'identifier': {
        const s = this.src(n);
        return this.names.get(s) ?? (this.files.has(s) ? 'open' : s);
      }
      case 'attribute': {
        const obj = field(n, 'object');
        const attr = field(n, 'attribute');
        return `${obj ? this.callee(obj) : ''}.${attr ? this.src(attr) : ''}`;
      }
      case 'call': {
        const fn = field(n, 'function');
        const c = fn ? this.callee(fn) : '';
        return own(RETURNS, c) ?? c;
      }
      case 'parenthesized_expression': {
        const inner = n.children.find((c) => c.named);
        return inner ? this.callee(inner) : '';
      }
      case 'string':
      case 'concatenated_string':
        return 'str';
      default:
        return this.src(n);
    }
  }

  /** A dotted name without alias resolution of locals bound to files (for `os.environ`). */
  private dotted(n: SNode): string {
    return n.type === 'identifier' || n.type === 'attribute' ? this.callee(n) : '';
  }

  private stringValue(n: SNode): string | undefined {
    if (n.type !== 'string') return undefined;
    let s = '';
    for (const c of n.children) {
      if (c.type === 'interpolation') return undefined;
      if (c.type === 'string_content') s += unescapePython(this.src(c));
      else if (c.type === 'escape_sequence') s += unescapePython(this.src(c));
    }
    return s;
  }

  private span(n: SNode) {
    return this.b.span(n.start, n.end);
  }

  // ---- values ----

  value(n: SNode, depth: number): Word {
    const parts: Part[] = [];
    const extra: Pick<Word, 'props' | 'items'> = {};
    this.parts(n, parts, extra, depth);
    return this.b.word(n.start, n.end, parts, extra);
  }

  private parts(n: SNode, out: Part[], extra: Pick<Word, 'props' | 'items'>, depth: number): void {
    if (!this.b.depthOk(depth, n.start, n.end)) {
      out.push({ kind: 'dynamic', text: this.src(n) });
      return;
    }
    switch (n.type) {
      case 'string':
        this.string(n, out, depth);
        return;
      case 'concatenated_string':
        for (const c of n.children) if (c.type === 'string') this.string(c, out, depth);
        return;
      case 'integer':
      case 'float':
      case 'true':
      case 'false':
      case 'none':
        this.b.literal(out, this.src(n));
        return;
      case 'identifier': {
        const name = this.src(n);
        const canonical = this.names.get(name);
        if (canonical === 'os.environ') out.push({ kind: 'env-all' });
        else out.push({ kind: 'var', name, env: 'no' });
        return;
      }
      case 'attribute': {
        const d = this.callee(n);
        if (d === 'os.environ') out.push({ kind: 'env-all' });
        else {
          // `args.token`, `self.x`: a read of the object's data.
          const obj = field(n, 'object');
          if (obj && obj.type !== 'identifier' && obj.type !== 'attribute')
            this.parts(obj, out, {}, depth + 1);
          else out.push({ kind: 'var', name: this.src(n).replace(/\s+/g, ''), env: 'no' });
        }
        return;
      }
      case 'subscript': {
        const obj = field(n, 'value');
        const key = field(n, 'subscript');
        if (obj && key && this.dotted(obj) === 'os.environ') {
          const name = this.stringValue(key);
          if (name !== undefined) out.push({ kind: 'var', name, env: 'yes' });
          else {
            this.parts(key, [], {}, depth + 1);
            out.push({ kind: 'env-all' });
          }
          return;
        }
        if (obj) this.parts(obj, out, {}, depth + 1);
        if (key) this.parts(key, [], {}, depth + 1);
        return;
      }
      case 'call':
        this.call(n, out, depth);
        return;
      case 'binary_operator': {
        const left = field(n, 'left');
        const right = field(n, 'right');
        const op = n.children.find((c) => c.field === 'operator')?.type ?? '';
        if (op === '%' && left?.type === 'string' && right) {
          this.percentFormat(left, right, out, depth);
          return;
        }
        const l: Part[] = [];
        const r: Part[] = [];
        if (left) this.parts(left, l, {}, depth + 1);
        if (right) this.parts(right, r, {}, depth + 1);
        if (op === '+') {
          addParts(out, l);
          addParts(out, r);
        } else {
          // Arithmetic: not a string we can spell, but whatever flows in still flows out.
          out.push({ kind: 'dynamic', text: this.src(n) });
          for (const p of [...l, ...r]) if (p.kind !== 'literal') out.push(p);
        }
        return;
      }
      case 'dictionary': {
        const props: Record<string, Word> = {};
        for (const c of n.children) {
          if (c.type === 'pair') {
            const k = field(c, 'key');
            const v = field(c, 'value');
            if (!k || !v) continue;
            const key = this.stringValue(k) ?? this.src(k);
            if (k.type !== 'string') this.parts(k, [], {}, depth + 1);
            const w = this.value(v, depth + 1);
            if (Object.keys(props).length > 0) addPart(out, { kind: 'literal', text: ' ' });
            setProp(props, key, w);
            addParts(out, w.parts);
          } else if (c.named && c.type !== 'comment') {
            this.parts(c, out, {}, depth + 1);
          }
        }
        extra.props = props;
        return;
      }
      case 'list':
      case 'tuple':
      case 'set': {
        const items: Word[] = [];
        for (const c of n.children) {
          if (!c.named || c.type === 'comment') continue;
          const w = this.value(c, depth + 1);
          if (items.length > 0) addPart(out, { kind: 'literal', text: ' ' });
          items.push(w);
          addParts(out, w.parts);
        }
        extra.items = items;
        return;
      }
      case 'parenthesized_expression':
      case 'await':
      case 'list_splat':
      case 'dictionary_splat':
      case 'expression_list':
      case 'boolean_operator':
      case 'conditional_expression':
      case 'named_expression':
      case 'keyword_argument':
        for (const c of n.children) if (c.named && c.type !== 'comment') this.parts(c, out, extra, depth + 1);
        return;
      case 'lambda':
      case 'list_comprehension':
      case 'dictionary_comprehension':
      case 'set_comprehension':
      case 'generator_expression':
      default: {
        // Whatever calls hide inside still happen; their data may reach the value.
        out.push({ kind: 'dynamic', text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named) continue;
          const inner: Part[] = [];
          this.parts(c, inner, {}, depth + 1);
          for (const p of inner) if (p.kind !== 'literal' && p.kind !== 'dynamic') out.push(p);
        }
      }
    }
  }

  private string(n: SNode, out: Part[], depth: number): void {
    const start = n.children.find((c) => c.type === 'string_start');
    const raw = start ? /r/i.test(this.src(start)) : false;
    for (const c of n.children) {
      if (c.type === 'string_content') {
        this.b.literal(out, raw ? this.src(c) : unescapePython(this.src(c)));
      } else if (c.type === 'escape_sequence') {
        this.b.literal(out, unescapePython(this.src(c)));
      } else if (c.type === 'interpolation') {
        const e = field(c, 'expression') ?? c.children.find((x) => x.named);
        if (e) this.parts(e, out, {}, depth + 1);
      }
    }
  }

  /** `"X=%s" % v` and `"%s:%s" % (a, b)`: the values replace the conversions, in order. */
  private percentFormat(fmt: SNode, args: SNode, out: Part[], depth: number): void {
    const values: Word[] =
      args.type === 'tuple'
        ? args.children.filter((c) => c.named).map((c) => this.value(c, depth + 1))
        : [this.value(args, depth + 1)];
    const template: Part[] = [];
    this.string(fmt, template, depth);
    let next = 0;
    for (const p of template) {
      if (p.kind !== 'literal') {
        out.push(p);
        continue;
      }
      const pieces = p.text.split(/%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdrifxXeEgGoca%]/);
      const convs = p.text.match(/%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdrifxXeEgGoca%]/g) ?? [];
      pieces.forEach((piece, i) => {
        addPart(out, { kind: 'literal', text: piece });
        const conv = convs[i];
        if (conv === undefined) return;
        if (conv === '%%') addPart(out, { kind: 'literal', text: '%' });
        else {
          const v = values[next++];
          if (v) addParts(out, v.parts);
        }
      });
    }
    for (; next < values.length; next++) addParts(out, values[next]?.parts ?? []);
  }

  private call(n: SNode, out: Part[], depth: number): void {
    const fn = field(n, 'function');
    const argsNode = field(n, 'arguments');
    if (!fn) return;
    // The receiver is evaluated first: `requests.Session().post(…)`, `open(p).read()`.
    let receiver: Part[] = [];
    if (fn.type === 'attribute') {
      const obj = field(fn, 'object');
      if (obj && obj.type !== 'identifier' && obj.type !== 'attribute') {
        this.parts(obj, receiver, {}, depth + 1);
      } else if (obj) {
        this.parts(obj, receiver, {}, depth + 1);
      }
    }
    const callee = this.callee(fn);
    const args: Word[] = [];
    const kwargs: Record<string, Word> = {};
    if (argsNode) {
      for (const c of argsNode.children) {
        if (!c.named || c.type === 'comment') continue;
        if (c.type === 'keyword_argument') {
          const k = field(c, 'name');
          const v = field(c, 'value');
          if (k && v) kwargs[this.src(k)] = this.value(v, depth + 1);
        } else if (c.type === 'generator_expression' && argsNode.children.length === 1) {
          args.push(this.value(c, depth + 1));
        } else args.push(this.value(c, depth + 1));
      }
    }
    const span = this.span(n);
    // Environment reads.
    if (callee === 'os.getenv' || callee === 'os.environ.get' || callee === 'os.environ.pop') {
      const name =
        args[0] && args[0].parts.length === 1 && args[0].parts[0]?.kind === 'literal'
          ? args[0].parts[0].text
          : undefined;
      const index = this.b.push({ kind: 'call', callee, args, kwargs, span });
      if (name !== undefined) out.push({ kind: 'var', name, env: 'yes' });
      else out.push({ kind: 'env-all' }, { kind: 'output', ops: [index] });
      if (args[1])
        addParts(
          out,
          args[1].parts.filter((p) => p.kind !== 'literal'),
        );
      return;
    }
    const index = this.b.push({ kind: 'call', callee, args, kwargs, span });
    // Environment writes and file writes.
    if (callee === 'os.putenv' && args[0] && args[1]) {
      const name = args[0].parts[0]?.kind === 'literal' ? args[0].parts[0].text : args[0].raw;
      this.b.push({ kind: 'assign', name, value: args[1], env: true, span });
    } else if (callee === 'os.environ.update' || callee === 'os.environ.setdefault') {
      if (callee === 'os.environ.setdefault' && args[0] && args[1] && args[0].parts[0]?.kind === 'literal') {
        this.b.push({ kind: 'assign', name: args[0].parts[0].text, value: args[1], env: true, span });
      } else {
        for (const [k, v] of Object.entries(args[0]?.props ?? kwargs)) {
          this.b.push({ kind: 'assign', name: k, value: v, env: true, span });
        }
      }
    }
    this.fileWrite(fn, callee, args, kwargs, n);
    if (
      callee === 'dict' &&
      args.length === 1 &&
      args[0]?.parts.length === 1 &&
      args[0].parts[0]?.kind === 'env-all'
    ) {
      out.push({ kind: 'env-all' });
      return;
    }
    const last = callee.slice(callee.lastIndexOf('.') + 1);
    if (callee === 'os.environ.copy' || callee === 'os.environ.items' || callee === 'os.environ.values') {
      out.push({ kind: 'env-all' });
    } else if (PASS_THROUGH.has(callee)) {
      for (const a of args) addParts(out, a.parts);
    } else if (fn.type === 'attribute' && last === 'format' && receiver.some((p) => p.kind === 'literal')) {
      this.format(receiver, args, kwargs, out);
    } else if (fn.type === 'attribute' && PASS_THROUGH_METHODS.has(last) && receiver.length > 0) {
      addParts(out, receiver);
      for (const a of args) addParts(out, a.parts);
    } else {
      out.push({ kind: 'output', ops: [index] });
    }
    receiver = [];
  }

  /** `"https://{}/{x}".format(h, x=v)`: fields replaced by the arguments they name. */
  private format(template: Part[], args: Word[], kwargs: Record<string, Word>, out: Part[]): void {
    let auto = 0;
    for (const p of template) {
      if (p.kind !== 'literal') {
        out.push(p);
        continue;
      }
      let last = 0;
      const re = /\{\{|\}\}|\{([^{}]*)\}/g;
      for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
        addPart(out, { kind: 'literal', text: p.text.slice(last, m.index) });
        last = m.index + m[0].length;
        if (m[0] === '{{' || m[0] === '}}') {
          addPart(out, { kind: 'literal', text: m[0][0] ?? '' });
          continue;
        }
        const key = (m[1] ?? '').split(/[.[!:]/)[0] ?? '';
        const w = key === '' ? args[auto++] : /^\d+$/.test(key) ? args[Number(key)] : kwargs[key];
        if (w) addParts(out, w.parts);
        else out.push({ kind: 'dynamic', text: m[0] });
      }
      addPart(out, { kind: 'literal', text: p.text.slice(last) });
    }
  }

  /** `f.write(x)`, `open(p, 'a').write(x)`, `print(x, file=f)`, `Path(p).write_text(x)`. */
  private fileWrite(fn: SNode, callee: string, args: Word[], kwargs: Record<string, Word>, n: SNode): void {
    let handle: FileHandle | undefined;
    let content: Word | undefined;
    if (callee === 'print' && kwargs.file) {
      const f = kwargs.file.parts[0];
      if (f?.kind === 'var') handle = this.files.get(f.name);
      content = this.joinArgs(args, n);
    } else if (fn.type === 'attribute') {
      const attr = field(fn, 'attribute');
      const method = attr ? this.src(attr) : '';
      if (method !== 'write' && method !== 'writelines') return;
      const obj = field(fn, 'object');
      if (obj?.type === 'identifier') handle = this.files.get(this.src(obj));
      else if (obj?.type === 'call' && this.callee(field(obj, 'function') ?? obj) === 'open')
        handle = this.openHandle(obj);
      content = args[0];
    }
    if (!handle || !content || !/[wax+]/.test(handle.mode)) return;
    this.b.push({
      kind: 'write',
      target: handle.path,
      content,
      append: handle.mode.includes('a'),
      span: this.span(n),
    });
  }

  private joinArgs(args: Word[], n: SNode): Word | undefined {
    if (args.length === 0) return undefined;
    const parts: Part[] = [];
    args.forEach((a, i) => {
      if (i > 0) addPart(parts, { kind: 'literal', text: ' ' });
      addParts(parts, a.parts);
    });
    return this.b.word(n.start, n.end, parts);
  }
}

const PY_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\n': '',
};

function unescapePython(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g,
    (m, e: string) => {
      const k = e[0] ?? '';
      if (k === 'x' || k === 'u' || k === 'U') {
        const cp = parseInt(e.slice(1), 16);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      if (/[0-7]/.test(k) && e.length > 1) return String.fromCharCode(parseInt(e, 8));
      return own(PY_ESCAPES, e) ?? m;
    },
  );
}
