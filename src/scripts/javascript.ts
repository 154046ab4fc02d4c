/**
 * javascript syntax tree (node -e, `shell: node {0}`, actions/github-script) → Script ops: calls with canonical
 * callees (`require`/`import` bindings resolved, `node:` prefixes dropped), assignments, environment reads and
 * file writes. github-script's globals (`github`, `octokit`, `core`, `exec`, `context`) keep their own names.
 */
import type { Builder } from './builder.js';
import { addPart, addParts, own, setProp } from './builder.js';
import { field, type SNode } from './syntax.js';
import type { Part, Word } from './types.js';

const RETURNS: Record<string, string> = {
  'net.connect': 'net.Socket',
  'net.createConnection': 'net.Socket',
  'tls.connect': 'tls.TLSSocket',
};

/** Calls whose result carries their arguments' data (serialisation, encodings, copies). */
const PASS_THROUGH = new Set([
  'JSON.stringify',
  'Object.entries',
  'Object.values',
  'Object.keys',
  'Object.assign',
  'String',
  'Buffer.from',
  'btoa',
  'encodeURIComponent',
  'encodeURI',
  'escape',
  'Array.from',
  'structuredClone',
  'querystring.stringify',
  'URLSearchParams',
]);

const PASS_THROUGH_METHODS = new Set([
  'toString',
  'trim',
  'concat',
  'join',
  'map',
  'filter',
  'slice',
  'substring',
  'toUpperCase',
  'toLowerCase',
  'replace',
  'replaceAll',
  'split',
  'reverse',
  'padStart',
  'padEnd',
]);

const FILE_WRITES: Record<string, boolean> = {
  'fs.writeFileSync': false,
  'fs.writeFile': false,
  'fs.promises.writeFile': false,
  'fs.appendFileSync': true,
  'fs.appendFile': true,
  'fs.promises.appendFile': true,
};

export function walkJavascript(root: SNode, b: Builder): void {
  new JsWalker(b).statements(root, 0);
}

class JsWalker {
  private readonly names = new Map<string, string>();

  constructor(private readonly b: Builder) {}

  private src(n: SNode): string {
    return this.b.text.slice(n.start, n.end);
  }

  private span(n: SNode) {
    return this.b.span(n.start, n.end);
  }

  statements(n: SNode, depth: number): void {
    for (const c of n.children) if (c.named) this.statement(c, depth + 1);
  }

  private statement(n: SNode, depth: number): void {
    if (!this.b.depthOk(depth, n.start, n.end)) return;
    switch (n.type) {
      case 'import_statement':
        this.importStatement(n);
        return;
      case 'lexical_declaration':
      case 'variable_declaration':
        for (const c of n.children) if (c.type === 'variable_declarator') this.declarator(c, depth);
        return;
      case 'expression_statement':
        for (const c of n.children) if (c.named) this.value(c, depth + 1);
        return;
      case 'function_declaration':
      case 'generator_function_declaration': {
        const name = field(n, 'name');
        const body = field(n, 'body');
        this.b.defineFunction(name ? this.src(name) : '', n.start, n.end, () => {
          if (body) this.statements(body, depth);
        });
        return;
      }
      case 'comment':
      case 'empty_statement':
        return;
      default:
        for (const c of n.children) {
          if (!c.named) continue;
          if (
            c.type.endsWith('statement') ||
            c.type.endsWith('_declaration') ||
            c.type === 'statement_block'
          ) {
            this.statement(c, depth + 1);
          } else if (c.type.endsWith('_clause') || c.type === 'switch_body' || c.type.startsWith('switch_')) {
            this.statement(c, depth + 1);
          } else if (n.type === 'for_in_statement' && c.field === 'left') {
            continue;
          } else {
            const w = this.value(c, depth + 1);
            if (n.type === 'for_in_statement' && c.field === 'right') {
              const left = field(n, 'left');
              if (left) this.assignPattern(left, w, n, depth);
            }
          }
        }
    }
  }

  private moduleName(spec: string): string {
    return spec.replace(/^node:/, '').replace(/\//g, '.');
  }

  private importStatement(n: SNode): void {
    const source = field(n, 'source');
    const mod = source ? this.moduleName(this.stringText(source) ?? '') : '';
    const clause = n.children.find((c) => c.type === 'import_clause');
    if (!clause || !mod) return;
    for (const c of clause.children) {
      if (c.type === 'identifier') this.names.set(this.src(c), mod);
      else if (c.type === 'namespace_import') {
        const id = c.children.find((x) => x.type === 'identifier');
        if (id) this.names.set(this.src(id), mod);
      } else if (c.type === 'named_imports') {
        for (const s of c.children) {
          if (s.type !== 'import_specifier') continue;
          const name = field(s, 'name');
          const alias = field(s, 'alias') ?? name;
          if (name && alias) this.names.set(this.src(alias), `${mod}.${this.src(name)}`);
        }
      }
    }
  }

  private declarator(n: SNode, depth: number): void {
    const name = field(n, 'name');
    const valueNode = field(n, 'value');
    if (!name) return;
    if (!valueNode) return;
    const value = this.value(valueNode, depth + 1);
    this.assignPattern(name, value, n, depth, valueNode);
  }

  /** Binds names on the left of `=` / a declarator, and records the assignments. */
  private assignPattern(left: SNode, value: Word, n: SNode, depth: number, right?: SNode): void {
    if (left.type === 'identifier') {
      const name = this.src(left);
      this.names.delete(name);
      if (right) this.bind(name, right);
      if (right && this.moduleOf(right)) return;
      this.b.push({ kind: 'assign', name, value, env: false, span: this.span(n) });
      return;
    }
    if (left.type === 'object_pattern') {
      const from = right ? this.moduleOf(right) : undefined;
      const isEnv = right ? this.dotted(right) === 'process.env' : false;
      for (const c of left.children) {
        let key: string | undefined;
        let target: SNode | undefined;
        if (c.type === 'shorthand_property_identifier_pattern') {
          key = this.src(c);
          target = c;
        } else if (c.type === 'pair_pattern') {
          const k = field(c, 'key');
          key = k ? (this.stringText(k) ?? this.src(k)) : undefined;
          target = field(c, 'value');
          if (target?.type === 'assignment_pattern') target = field(target, 'left');
        } else if (c.type === 'object_assignment_pattern') {
          target = field(c, 'left');
          key = target ? this.src(target) : undefined;
        }
        if (!key || !target) continue;
        if (target.type !== 'identifier' && target.type !== 'shorthand_property_identifier_pattern') {
          this.assignPattern(target, value, n, depth);
          continue;
        }
        const local = this.src(target);
        if (from) {
          this.names.set(local, `${from}.${key}`);
          continue;
        }
        const v: Word = isEnv ? { ...value, parts: [{ kind: 'var', name: key, env: 'yes' }] } : value;
        this.b.push({ kind: 'assign', name: local, value: v, env: false, span: this.span(n) });
      }
      return;
    }
    if (left.type === 'array_pattern') {
      for (const c of left.children) if (c.named) this.assignPattern(c, value, n, depth);
      return;
    }
    if (left.type === 'member_expression' || left.type === 'subscript_expression') {
      const obj = field(left, 'object');
      if (obj && this.dotted(obj) === 'process.env') {
        const key = left.type === 'member_expression' ? field(left, 'property') : field(left, 'index');
        const name = key ? (this.stringText(key) ?? this.src(key)) : '';
        this.b.push({ kind: 'assign', name, value, env: true, span: this.span(n) });
        return;
      }
      this.b.push({
        kind: 'assign',
        name: this.src(left).replace(/\s+/g, ''),
        value,
        env: false,
        span: this.span(n),
      });
    }
  }

  /** `require('https')`, `require('https').request` → the module (member) name. */
  private moduleOf(n: SNode): string | undefined {
    if (n.type === 'call_expression') {
      const fn = field(n, 'function');
      const args = field(n, 'arguments');
      const first = args?.children.find((c) => c.named);
      if (fn?.type === 'identifier' && this.src(fn) === 'require' && first) {
        const spec = this.stringText(first);
        return spec === undefined ? undefined : this.moduleName(spec);
      }
    }
    if (n.type === 'await_expression') {
      const inner = n.children.find((c) => c.named);
      // `await import('node:https')`
      if (inner?.type === 'call_expression' && field(inner, 'function')?.type === 'import') {
        const first = field(inner, 'arguments')?.children.find((c) => c.named);
        const spec = first ? this.stringText(first) : undefined;
        return spec === undefined ? undefined : this.moduleName(spec);
      }
      return inner ? this.moduleOf(inner) : undefined;
    }
    return undefined;
  }

  private bind(name: string, right: SNode): void {
    const mod = this.moduleOf(right);
    if (mod) {
      this.names.set(name, mod);
      return;
    }
    if (this.dotted(right) === 'process.env') {
      this.names.set(name, 'process.env');
      return;
    }
    let r = right;
    while (r.type === 'await_expression' || r.type === 'parenthesized_expression') {
      const inner = r.children.find((c) => c.named);
      if (!inner) return;
      r = inner;
    }
    if (r.type === 'new_expression') {
      const ctor = field(r, 'constructor');
      if (ctor) this.names.set(name, this.callee(ctor));
    } else if (r.type === 'call_expression') {
      const fn = field(r, 'function');
      if (fn && this.resolvedThroughImport(fn)) {
        const c = this.callee(fn);
        this.names.set(name, own(RETURNS, c) ?? c);
      }
    } else if (r.type === 'member_expression' && this.resolvedThroughImport(r)) {
      this.names.set(name, this.callee(r));
    }
  }

  private resolvedThroughImport(fn: SNode): boolean {
    let n: SNode | undefined = fn;
    for (;;) {
      if (!n) return false;
      if (n.type === 'member_expression') n = field(n, 'object');
      else if (n.type === 'call_expression') {
        if (this.moduleOf(n)) return true;
        n = field(n, 'function');
      } else break;
    }
    return n.type === 'identifier' && this.names.has(this.src(n));
  }

  private callee(n: SNode): string {
    switch (n.type) {
      case 'identifier':
      case 'property_identifier': {
        const s = this.src(n);
        return this.names.get(s) ?? s;
      }
      case 'member_expression': {
        const obj = field(n, 'object');
        const prop = field(n, 'property');
        return `${obj ? this.callee(obj) : ''}.${prop ? this.src(prop) : ''}`;
      }
      case 'subscript_expression': {
        const obj = field(n, 'object');
        const idx = field(n, 'index');
        const key = idx ? this.stringText(idx) : undefined;
        return `${obj ? this.callee(obj) : ''}.${key ?? '[]'}`;
      }
      case 'call_expression': {
        const mod = this.moduleOf(n);
        if (mod) return mod;
        const fn = field(n, 'function');
        const c = fn ? this.callee(fn) : '';
        return own(RETURNS, c) ?? c;
      }
      case 'new_expression': {
        const ctor = field(n, 'constructor');
        return ctor ? this.callee(ctor) : '';
      }
      case 'await_expression':
      case 'parenthesized_expression': {
        const inner = n.children.find((c) => c.named);
        return inner ? this.callee(inner) : '';
      }
      case 'string':
      case 'template_string':
        return 'String';
      default:
        return this.src(n).replace(/\s+/g, '');
    }
  }

  private dotted(n: SNode): string {
    return n.type === 'identifier' || n.type === 'member_expression' ? this.callee(n) : '';
  }

  private stringText(n: SNode): string | undefined {
    if (n.type === 'property_identifier') return this.src(n);
    if (
      n.type !== 'string' &&
      !(n.type === 'template_string' && !n.children.some((c) => c.type === 'template_substitution'))
    ) {
      return undefined;
    }
    let s = '';
    for (const c of n.children) {
      if (c.type === 'string_fragment') s += this.src(c);
      else if (c.type === 'escape_sequence') s += unescapeJs(this.src(c));
    }
    return s;
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
      out.push({ kind: 'dynamic', text: this.src(n).slice(0, 80) });
      return;
    }
    switch (n.type) {
      case 'string':
      case 'template_string':
        for (const c of n.children) {
          if (c.type === 'string_fragment') this.b.literal(out, this.src(c));
          else if (c.type === 'escape_sequence') this.b.literal(out, unescapeJs(this.src(c)));
          else if (c.type === 'template_substitution') {
            for (const e of c.children) if (e.named) this.parts(e, out, {}, depth + 1);
          }
        }
        return;
      case 'number':
      case 'true':
      case 'false':
      case 'null':
      case 'undefined':
        this.b.literal(out, this.src(n));
        return;
      case 'identifier':
      case 'shorthand_property_identifier': {
        const name = this.src(n);
        if (this.names.get(name) === 'process.env') out.push({ kind: 'env-all' });
        else out.push({ kind: 'var', name, env: 'no' });
        return;
      }
      case 'member_expression':
      case 'subscript_expression': {
        const obj = field(n, 'object');
        if (obj && this.dotted(obj) === 'process.env') {
          const key = n.type === 'member_expression' ? field(n, 'property') : field(n, 'index');
          const name = key ? this.stringText(key) : undefined;
          if (name !== undefined) out.push({ kind: 'var', name, env: 'yes' });
          else out.push({ kind: 'env-all' });
          return;
        }
        if (this.dotted(n) === 'process.env') {
          out.push({ kind: 'env-all' });
          return;
        }
        if (
          obj &&
          (obj.type === 'identifier' || obj.type === 'member_expression') &&
          n.type === 'member_expression'
        ) {
          const base = obj;
          if (base.type === 'identifier' || this.isPlainPath(base)) {
            out.push({ kind: 'var', name: this.src(n).replace(/\s+/g, ''), env: 'no' });
            return;
          }
        }
        if (obj) this.parts(obj, out, {}, depth + 1);
        if (n.type === 'subscript_expression') {
          const idx = field(n, 'index');
          if (idx) this.parts(idx, [], {}, depth + 1);
        }
        return;
      }
      case 'call_expression':
      case 'new_expression':
        this.call(n, out, depth);
        return;
      case 'binary_expression': {
        const left = field(n, 'left');
        const right = field(n, 'right');
        const op = n.children.find((c) => c.field === 'operator')?.type ?? '';
        const l: Part[] = [];
        const r: Part[] = [];
        if (left) this.parts(left, l, {}, depth + 1);
        if (right) this.parts(right, r, {}, depth + 1);
        if (op === '+') {
          addParts(out, l);
          addParts(out, r);
        } else if (op === '||' || op === '??' || op === '&&') {
          addParts(out, l);
          for (const p of r) if (p.kind !== 'literal') out.push(p);
        } else {
          out.push({ kind: 'dynamic', text: this.src(n).slice(0, 80) });
          for (const p of [...l, ...r]) if (p.kind !== 'literal') out.push(p);
        }
        return;
      }
      case 'assignment_expression':
      case 'augmented_assignment_expression': {
        const left = field(n, 'left');
        const right = field(n, 'right');
        if (!right) return;
        const value = this.value(right, depth + 1);
        if (left) this.assignPattern(left, value, n, depth, right);
        addParts(out, value.parts);
        return;
      }
      case 'object': {
        const props: Record<string, Word> = {};
        for (const c of n.children) {
          if (!c.named || c.type === 'comment') continue;
          let key: string | undefined;
          let w: Word | undefined;
          if (c.type === 'pair') {
            const k = field(c, 'key');
            const v = field(c, 'value');
            if (!k || !v) continue;
            key = this.stringText(k) ?? this.src(k);
            if (k.type === 'computed_property_name') this.parts(k, [], {}, depth + 1);
            w = this.value(v, depth + 1);
          } else if (c.type === 'shorthand_property_identifier') {
            key = this.src(c);
            w = this.value(c, depth + 1);
          } else {
            // Spread, methods, getters: their data still reaches the object.
            const inner: Part[] = [];
            this.parts(c, inner, {}, depth + 1);
            if (out.length > 0) addPart(out, { kind: 'literal', text: ' ' });
            addParts(out, inner);
            continue;
          }
          if (out.length > 0) addPart(out, { kind: 'literal', text: ' ' });
          setProp(props, key, w);
          addParts(out, w.parts);
        }
        extra.props = props;
        return;
      }
      case 'array': {
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
      case 'await_expression':
      case 'spread_element':
      case 'sequence_expression':
      case 'ternary_expression':
      case 'non_null_expression':
      case 'as_expression':
        for (const c of n.children) {
          if (!c.named || c.type === 'comment') continue;
          if (n.type === 'ternary_expression' && c.field === 'condition') this.parts(c, [], {}, depth + 1);
          else this.parts(c, out, extra, depth + 1);
        }
        return;
      case 'arrow_function':
      case 'function_expression':
      case 'function':
      case 'generator_function': {
        // A callback's body runs (may-analysis); its value is a function, not data.
        const body = field(n, 'body');
        if (body?.type === 'statement_block') this.statements(body, depth);
        else if (body) this.parts(body, [], {}, depth + 1);
        out.push({ kind: 'dynamic', text: 'function' });
        return;
      }
      case 'class':
      case 'class_declaration':
        this.statement(n, depth + 1);
        out.push({ kind: 'dynamic', text: 'class' });
        return;
      default: {
        out.push({ kind: 'dynamic', text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named) continue;
          if (c.type === 'statement_block') {
            this.statements(c, depth + 1);
            continue;
          }
          const inner: Part[] = [];
          this.parts(c, inner, {}, depth + 1);
          for (const p of inner) if (p.kind !== 'literal' && p.kind !== 'dynamic') out.push(p);
        }
      }
    }
  }

  /** `a.b.c` where every step is a plain name (not a call or index). */
  private isPlainPath(n: SNode): boolean {
    while (n.type === 'member_expression') {
      const obj = field(n, 'object');
      if (!obj) return false;
      n = obj;
    }
    return n.type === 'identifier' || n.type === 'this';
  }

  private call(n: SNode, out: Part[], depth: number): void {
    const isNew = n.type === 'new_expression';
    const fn = isNew ? field(n, 'constructor') : field(n, 'function');
    const argsNode = field(n, 'arguments');
    if (!fn) return;
    const mod = isNew ? undefined : this.moduleOf(n);
    if (mod) {
      out.push({ kind: 'dynamic', text: `require(${mod})` });
      return;
    }
    let receiver: Part[] = [];
    if (fn.type === 'member_expression') {
      const obj = field(fn, 'object');
      if (obj) this.parts(obj, receiver, {}, depth + 1);
    } else if (fn.type !== 'identifier') {
      this.parts(fn, receiver, {}, depth + 1);
    }
    const callee = this.callee(fn);
    const args: Word[] = [];
    if (argsNode?.type === 'template_string') args.push(this.value(argsNode, depth + 1));
    else if (argsNode) {
      for (const c of argsNode.children)
        if (c.named && c.type !== 'comment') args.push(this.value(c, depth + 1));
    }
    const span = this.span(n);
    const index = this.b.push({ kind: 'call', callee, args, kwargs: {}, span });
    const append = own(FILE_WRITES, callee);
    if (append !== undefined && args[0] && args[1]) {
      this.b.push({ kind: 'write', target: args[0], content: args[1], append, span });
    }
    const last = callee.slice(callee.lastIndexOf('.') + 1);
    if (PASS_THROUGH.has(callee)) {
      for (const a of args) addParts(out, a.parts);
    } else if (fn.type === 'member_expression' && PASS_THROUGH_METHODS.has(last) && receiver.length > 0) {
      addParts(out, receiver);
      for (const a of args) for (const p of a.parts) if (p.kind !== 'literal') out.push(p);
    } else {
      out.push({ kind: 'output', ops: [index] });
    }
    receiver = [];
  }
}

function unescapeJs(e: string): string {
  const k = e[1] ?? '';
  switch (k) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'r':
      return '\r';
    case '0':
      return '\0';
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'v':
      return '\v';
    case 'x':
      return String.fromCharCode(parseInt(e.slice(2), 16) || 0);
    case 'u': {
      const hex = e.slice(2).replace(/[{}]/g, '');
      const cp = parseInt(hex, 16);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : e;
    }
    case '\n':
    case '\r':
      return '';
    default:
      return k;
  }
}
