/**
 * PowerShell syntax tree → Script ops: cmdlets and native commands (aliases resolved, parameter tokens kept as
 * literal words so `-Uri X` reads naturally), .NET calls with canonical callees (`System.Net.WebClient.UploadString`),
 * assignments, environment reads (`$env:X`, `Get-ChildItem env:`) and file writes.
 */
import type { Builder } from './builder.js';
import { addPart, addParts, codeText, joinWords, own, setProp, staticText } from './builder.js';
import { baseName, inlineCode } from './commands.js';
import { field, type SNode } from './syntax.js';
import type { CommandOp, Part, Redirect, Word } from './types.js';

const ALIASES: Record<string, string> = {
  iwr: 'Invoke-WebRequest',
  'invoke-webrequest': 'Invoke-WebRequest',
  irm: 'Invoke-RestMethod',
  'invoke-restmethod': 'Invoke-RestMethod',
  iex: 'Invoke-Expression',
  'invoke-expression': 'Invoke-Expression',
  gci: 'Get-ChildItem',
  dir: 'Get-ChildItem',
  ls: 'Get-ChildItem',
  'get-childitem': 'Get-ChildItem',
  gi: 'Get-Item',
  'get-item': 'Get-Item',
  gc: 'Get-Content',
  cat: 'Get-Content',
  type: 'Get-Content',
  'get-content': 'Get-Content',
  ac: 'Add-Content',
  'add-content': 'Add-Content',
  sc: 'Set-Content',
  'set-content': 'Set-Content',
  'out-file': 'Out-File',
  tee: 'Tee-Object',
  'tee-object': 'Tee-Object',
  echo: 'Write-Output',
  write: 'Write-Output',
  'write-output': 'Write-Output',
  'write-host': 'Write-Host',
  'new-object': 'New-Object',
  'convertto-json': 'ConvertTo-Json',
  'resolve-dnsname': 'Resolve-DnsName',
  'test-netconnection': 'Test-NetConnection',
  'start-process': 'Start-Process',
  'send-mailmessage': 'Send-MailMessage',
  'invoke-command': 'Invoke-Command',
  'set-item': 'Set-Item',
};

/** Windows PowerShell aliases `curl`/`wget` to Invoke-WebRequest; pwsh runs the native tools. The parameters tell. */
const WEB_PARAMETERS =
  /^-(uri|method|body|headers|outfile|infile|usebasicparsing|contenttype|usedefaultcredentials|credential|websession|sessionvariable)$/i;

/** Commands whose output is their input, reshaped. */
const PASS_THROUGH_COMMANDS = new Set([
  'ConvertTo-Json',
  'out-string',
  'convertto-csv',
  'convertto-xml',
  'format-list',
  'format-table',
  'select-object',
  'where-object',
  'sort-object',
  'foreach-object',
  'write-output',
]);

const KNOWN_TYPES = [
  'System.Net.WebClient',
  'System.Net.Http.HttpClient',
  'System.Net.Http.StringContent',
  'System.Net.Http.ByteArrayContent',
  'System.Net.Http.HttpRequestMessage',
  'System.Net.Dns',
  'System.Net.WebRequest',
  'System.Net.HttpWebRequest',
  'System.Net.Sockets.TcpClient',
  'System.Net.Sockets.UdpClient',
  'System.Net.Sockets.Socket',
  'System.Environment',
  'System.Convert',
  'System.Text.Encoding',
  'System.IO.File',
  'System.Uri',
  'System.String',
];
const TYPES = new Map(KNOWN_TYPES.map((t) => [t.toLowerCase(), t]));

const KNOWN_METHODS = [
  'UploadString',
  'UploadData',
  'UploadValues',
  'UploadFile',
  'DownloadString',
  'DownloadData',
  'DownloadFile',
  'OpenWrite',
  'OpenRead',
  'PostAsync',
  'PutAsync',
  'GetAsync',
  'SendAsync',
  'GetStringAsync',
  'GetHostAddresses',
  'GetHostEntry',
  'GetHostByName',
  'Resolve',
  'GetEnvironmentVariables',
  'GetEnvironmentVariable',
  'SetEnvironmentVariable',
  'ToBase64String',
  'GetBytes',
  'GetString',
  'Connect',
  'GetStream',
  'Write',
  'Send',
  'Create',
  'WriteAllText',
  'AppendAllText',
  'ReadAllText',
];
const METHODS = new Map(KNOWN_METHODS.map((m) => [m.toLowerCase(), m]));

const PASS_THROUGH_METHODS = new Set([
  'System.Convert.ToBase64String',
  'System.Text.Encoding.UTF8.GetBytes',
  'System.Text.Encoding.Unicode.GetBytes',
  'System.Text.Encoding.ASCII.GetBytes',
  'System.Text.Encoding.UTF8.GetString',
]);

export function walkPowershell(root: SNode, b: Builder): void {
  const w = new PsWalker(b);
  w.statements(root, 0);
  w.linkCalls();
}

/** Skips the single-child wrapper chain the grammar builds around every expression. */
function unwrap(n: SNode): SNode {
  while (n.children.length === 1) {
    const c = n.children[0];
    // A wrapper covers exactly its child; a string holding one variable does not.
    if (!c || !c.named || c.start !== n.start || c.end !== n.end) break;
    n = c;
  }
  return n;
}

class PsWalker {
  /** `$wc` → `System.Net.WebClient` for variables bound to a constructed object. */
  private readonly types = new Map<string, string>();
  private readonly functions = new Set<string>();

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
      case 'pipeline':
        this.pipeline(n, depth);
        return;
      case 'function_statement': {
        const nameNode = n.children.find((c) => c.type === 'function_name');
        const name = nameNode ? this.src(nameNode) : '';
        this.functions.add(name.toLowerCase());
        this.b.defineFunction(name, n.start, n.end, () => {
          for (const c of n.children) if (c.named && c.type !== 'function_name') this.statement(c, depth + 1);
        });
        return;
      }
      case 'foreach_statement': {
        const variable = n.children.find((c) => c.type === 'variable');
        const source = n.children.find((c) => c.type === 'pipeline');
        const value = source ? this.pipelineValue(source, depth) : undefined;
        if (variable && value) {
          const v = this.variable(variable);
          this.b.push({ kind: 'assign', name: v.name, value, env: v.env, span: this.span(n) });
        }
        for (const c of n.children)
          if (c.named && c !== source && c !== variable) this.statement(c, depth + 1);
        return;
      }
      case 'comment':
      case 'empty_statement':
      case 'param_block':
        return;
      default:
        for (const c of n.children) {
          if (!c.named) continue;
          if (
            c.type === 'pipeline' ||
            c.type.endsWith('statement') ||
            c.type.includes('block') ||
            c.type.endsWith('_list') ||
            c.type.endsWith('clause') ||
            c.type.endsWith('clauses') ||
            c.type === 'ERROR'
          ) {
            this.statement(c, depth + 1);
          } else this.value(c, depth + 1);
        }
    }
  }

  /** A pipeline statement; returns the value it produces (assignments return their value). */
  private pipeline(n: SNode, depth: number): Word {
    return this.pipelineValue(n, depth);
  }

  private pipelineValue(n: SNode, depth: number): Word {
    const parts: Part[] = [];
    let extra: Pick<Word, 'props' | 'items'> = {};
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === 'assignment_expression') {
        addParts(parts, this.assignment(c, depth).parts);
      } else if (c.type === 'pipeline_chain') {
        const w = this.chain(c, depth);
        addParts(parts, w.parts);
        extra = { ...(w.props ? { props: w.props } : {}), ...(w.items ? { items: w.items } : {}) };
      } else if (c.type === 'pipeline') {
        addParts(parts, this.pipelineValue(c, depth + 1).parts);
      } else {
        const w = this.value(c, depth + 1);
        addParts(parts, w.parts);
        extra = { ...(w.props ? { props: w.props } : {}), ...(w.items ? { items: w.items } : {}) };
      }
    }
    return this.b.word(n.start, n.end, parts, extra);
  }

  /** `a | b | c`: commands linked by pipeFrom; the value is what the last element produces. */
  private chain(n: SNode, depth: number): Word {
    let prev: number | undefined;
    let prevValue: Word | undefined;
    let value: Word | undefined;
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === 'command') {
        const r = this.command(c, prev, prevValue, depth);
        prev = r.index;
        value = r.value;
      } else if (c.type === 'redirections' || c.type === 'redirection') {
        for (const r of c.type === 'redirection' ? [c] : c.children.filter((x) => x.type === 'redirection')) {
          const red = this.redirect(r, depth);
          const op = prev !== undefined ? this.b.ops[prev] : undefined;
          if (op?.kind === 'command') op.redirects.push(red);
          this.write(red, value ?? this.b.word(n.start, n.end, []), r);
        }
        continue;
      } else {
        value = this.value(c, depth + 1);
        prev = undefined;
      }
      prevValue = value;
    }
    return value ?? this.b.word(n.start, n.end, []);
  }

  private command(
    n: SNode,
    pipeFrom: number | undefined,
    input: Word | undefined,
    depth: number,
  ): { index: number; value: Word } {
    const nameNode = n.children.find((c) => c.field === 'command_name');
    const elements = n.children.find((c) => c.field === 'command_elements');
    let nameWord: Word;
    if (!nameNode) nameWord = this.b.word(n.start, n.start, []);
    else if (nameNode.type === 'command_name') {
      const parts: Part[] = [];
      this.b.literal(parts, this.src(nameNode));
      nameWord = this.b.word(nameNode.start, nameNode.end, parts);
    } else nameWord = this.value(nameNode.children.find((c) => c.named) ?? nameNode, depth + 1);
    const args: Word[] = [];
    const redirects: Redirect[] = [];
    const redirectNodes: SNode[] = [];
    for (const c of elements?.children ?? []) {
      if (!c.named || c.type === 'command_argument_sep' || c.type === 'comment') continue;
      if (c.type === 'redirection') {
        redirects.push(this.redirect(c, depth));
        redirectNodes.push(c);
      } else if (c.type === 'command_parameter') {
        const parts: Part[] = [];
        this.b.literal(parts, this.src(c));
        args.push(this.b.word(c.start, c.end, parts));
      } else args.push(this.value(c, depth + 1));
    }
    const raw = staticText(nameWord);
    const name = raw === undefined ? nameWord.raw : this.commandName(raw, args);
    const op: CommandOp = {
      kind: 'command',
      name,
      nameWord,
      args,
      envPrefix: [],
      redirects,
      span: this.span(n),
    };
    if (pipeFrom !== undefined) op.pipeFrom = pipeFrom;
    const index = this.b.push(op);
    for (let i = 0; i < redirects.length; i++) {
      const r = redirects[i];
      const rn = redirectNodes[i];
      if (r && rn) this.write(r, this.output(op, index), rn);
    }
    this.commandEffects(op, index, input);
    return { index, value: this.commandValue(op, index, input) };
  }

  private commandName(raw: string, args: Word[]): string {
    const base = baseName(raw).replace(/\.exe$/i, '');
    const lower = base.toLowerCase();
    if (
      (lower === 'curl' || lower === 'wget') &&
      args.some((a) => WEB_PARAMETERS.test(staticText(a) ?? ''))
    ) {
      return 'Invoke-WebRequest';
    }
    return own(ALIASES, lower) ?? base;
  }

  /** What a command contributes as a value (`$x = gci env:`, `(iwr …)`, `$(…)`). */
  private commandValue(op: CommandOp, index: number, input: Word | undefined): Word {
    const w = (parts: Part[]): Word => ({ raw: '', parts, span: op.span });
    const first = staticText(op.args.find((a) => !(staticText(a) ?? '').startsWith('-')));
    const envPath = first !== undefined ? /^env:(?:\\|\/)?(.*)$/i.exec(first) : null;
    if (envPath && (op.name === 'Get-ChildItem' || op.name === 'Get-Item' || op.name === 'Get-Content')) {
      const v = envPath[1] ?? '';
      return w(v === '' || v === '*' ? [{ kind: 'env-all' }] : [{ kind: 'var', name: v, env: 'yes' }]);
    }
    if (PASS_THROUGH_COMMANDS.has(op.name) || PASS_THROUGH_COMMANDS.has(op.name.toLowerCase())) {
      const parts: Part[] = [];
      if (input) addParts(parts, input.parts);
      for (const a of op.args) if (!(staticText(a) ?? '').startsWith('-')) addParts(parts, a.parts);
      if (parts.length > 0)
        return { raw: '', parts, span: op.span, ...(input?.props ? { props: input.props } : {}) };
    }
    return w([{ kind: 'output', ops: [index] }]);
  }

  private output(op: CommandOp, index: number): Word {
    if (op.name === 'Write-Output' || op.name === 'Write-Host') {
      return joinWords(this.b, op.args, ' ') ?? this.b.word(op.span.start, op.span.end, []);
    }
    return { raw: '', parts: [{ kind: 'output', ops: [index] }], span: op.span };
  }

  /** Cmdlets that write files or bind .NET objects, and interpreters given code inline. */
  private commandEffects(op: CommandOp, index: number, input: Word | undefined): void {
    const named = parameters(op.args);
    if (op.name === 'New-Object') return;
    if (
      op.name === 'Out-File' ||
      op.name === 'Add-Content' ||
      op.name === 'Set-Content' ||
      op.name === 'Tee-Object'
    ) {
      const target =
        named.get('filepath') ?? named.get('path') ?? named.get('literalpath') ?? named.positional[0];
      let content = named.get('value') ?? named.get('inputobject');
      if (!content && op.name !== 'Out-File' && op.name !== 'Tee-Object') content = named.positional[1];
      content ??= input ?? {
        raw: '',
        parts: [{ kind: 'output', ops: op.pipeFrom !== undefined ? [op.pipeFrom] : [] }],
        span: op.span,
      };
      const append = op.name === 'Add-Content' || named.has('append');
      if (target) this.b.push({ kind: 'write', target, content, append, span: op.span });
      return;
    }
    const inline = inlineCode(op.name, op.args, undefined);
    if (inline) {
      const code = inline.codeWords ? (joinWords(this.b, inline.codeWords, ' ') ?? inline.code) : inline.code;
      const i = this.b.push({
        kind: 'inline',
        language: inline.language,
        interpreter: op.name,
        code,
        span: op.span,
        codeOffset: code.span.start + (/^["']/.test(code.raw) ? 1 : 0),
      });
      let text: string | undefined = codeText(code, this.b.exprs);
      if (inline.encoded) {
        const enc = staticText(code);
        text = enc === undefined ? undefined : Buffer.from(enc, 'base64').toString('utf16le');
      }
      if (text !== undefined) this.b.inlines.push({ opIndex: i, language: inline.language, code: text });
    }
    void index;
  }

  private redirect(n: SNode, depth: number): Redirect {
    const opNode = n.children.find(
      (c) => c.type === 'file_redirection_operator' || c.type === 'merging_redirection_operator',
    );
    const raw = opNode ? this.src(opNode).trim() : '>';
    const m = /^(\d|\*)?(.*)$/.exec(raw);
    const red: Redirect = { op: m?.[2] ?? raw };
    if (m?.[1] && m[1] !== '*') red.fd = Number(m[1]);
    const file = n.children.find((c) => c.type === 'redirected_file_name');
    const target = file?.children.find((c) => c.named && c.type !== 'command_argument_sep');
    if (target) red.target = this.value(target, depth + 1);
    return red;
  }

  private write(r: Redirect, content: Word, n: SNode): void {
    if (!r.target || !r.op.startsWith('>')) return;
    this.b.push({ kind: 'write', target: r.target, content, append: r.op === '>>', span: this.span(n) });
  }

  private variable(n: SNode): { name: string; env: boolean } {
    let raw = this.src(n).replace(/^[$@]/, '');
    if (raw.startsWith('{') && raw.endsWith('}')) raw = raw.slice(1, -1);
    const m = /^(env|global|script|local|private|using|variable):(.*)$/i.exec(raw);
    if (m) return { name: m[2] ?? '', env: (m[1] ?? '').toLowerCase() === 'env' };
    return { name: raw, env: false };
  }

  private assignment(n: SNode, depth: number): Word {
    const left = n.children.find((c) => c.type === 'left_assignment_expression');
    const valueNode = field(n, 'value');
    const op = n.children.find((c) => c.type === 'assignement_operator' || c.type === 'assignment_operator');
    const value = valueNode ? this.pipelineValue(valueNode, depth + 1) : this.b.word(n.end, n.end, []);
    const target = left ? unwrap(left) : undefined;
    if (target?.type === 'variable' || target?.type === 'braced_variable') {
      const v = this.variable(target);
      if (op && this.src(op).trim() !== '=')
        value.parts = [{ kind: 'var', name: v.name, env: v.env ? 'yes' : 'no' }, ...value.parts];
      this.types.delete(v.name.toLowerCase());
      const type = valueNode ? this.constructed(valueNode) : undefined;
      if (type) this.types.set(v.name.toLowerCase(), type);
      this.b.push({ kind: 'assign', name: v.name, value, env: v.env, span: this.span(n) });
    } else if (target) {
      // `$h.Prop = …`, `$a[0] = …`, `[Environment]::SetEnvironmentVariable` is a call, not this.
      this.b.push({ kind: 'assign', name: this.src(target), value, env: false, span: this.span(n) });
    }
    return value;
  }

  /** The .NET type an expression constructs: `New-Object T`, `[T]::new()`, `(New-Object T)`. */
  private constructed(n: SNode): string | undefined {
    const u = unwrap(n);
    if (u.type === 'command') {
      const nameNode = u.children.find((c) => c.field === 'command_name');
      if (!nameNode || this.src(nameNode).toLowerCase() !== 'new-object') return undefined;
      const elements = u.children.find((c) => c.field === 'command_elements');
      const tokens = (elements?.children ?? []).filter((c) => c.named && c.type !== 'command_argument_sep');
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (!t) continue;
        const text = this.src(t);
        if (t.type === 'command_parameter') {
          if (/^-typename$/i.test(text))
            return tokens[i + 1] ? canonicalType(this.src(tokens[i + 1] as SNode)) : undefined;
          i++;
          continue;
        }
        return canonicalType(text.replace(/^['"]|['"]$/g, ''));
      }
      return undefined;
    }
    if (u.type === 'invokation_expression') {
      const member = u.children.find((c) => c.type === 'member_name');
      const target = u.children.find((c) => c.named);
      if (member && target?.type === 'type_literal' && this.src(member).toLowerCase() === 'new')
        return this.typeName(target);
    }
    if (u.type === 'parenthesized_expression') {
      const inner = u.children.find((c) => c.named);
      return inner ? this.constructed(inner) : undefined;
    }
    if (u.type === 'pipeline' || u.type === 'pipeline_chain') {
      const inner = u.children.filter((c) => c.named);
      return inner.length === 1 && inner[0] ? this.constructed(inner[0]) : undefined;
    }
    return undefined;
  }

  private typeName(t: SNode): string {
    return canonicalType(
      this.src(t)
        .replace(/^\[|\]$/g, '')
        .replace(/\s+/g, ''),
    );
  }

  /** The canonical dotted receiver/callee of an invocation target. */
  private callee(n: SNode): string {
    const u = unwrap(n);
    switch (u.type) {
      case 'variable':
      case 'braced_variable': {
        const v = this.variable(u);
        return this.types.get(v.name.toLowerCase()) ?? `$${v.name}`;
      }
      case 'type_literal':
        return this.typeName(u);
      case 'member_access':
      case 'invokation_expression': {
        const target = u.children.find((c) => c.named);
        const member = u.children.find((c) => c.type === 'member_name');
        const name = member ? this.src(member) : '';
        const base = target ? this.callee(target) : '';
        return `${base}.${METHODS.get(name.toLowerCase()) ?? name}`;
      }
      case 'parenthesized_expression': {
        const type = this.constructed(u);
        if (type) return type;
        const inner = u.children.find((c) => c.named);
        return inner ? this.callee(inner) : '';
      }
      default:
        return this.src(u);
    }
  }

  linkCalls(): void {
    if (this.functions.size === 0) return;
    for (const op of this.b.ops) {
      if (op.kind === 'command' && this.functions.has(op.name.toLowerCase())) op.calls = op.name;
    }
  }

  // ---- values ----

  value(n: SNode, depth: number): Word {
    const parts: Part[] = [];
    const extra: Pick<Word, 'props' | 'items'> = {};
    this.parts(n, parts, extra, depth);
    return this.b.word(n.start, n.end, parts, extra);
  }

  private parts(node: SNode, out: Part[], extra: Pick<Word, 'props' | 'items'>, depth: number): void {
    if (!this.b.depthOk(depth, node.start, node.end)) {
      out.push({ kind: 'dynamic', text: this.src(node).slice(0, 80) });
      return;
    }
    const n = unwrap(node);
    switch (n.type) {
      case 'variable':
      case 'braced_variable': {
        const v = this.variable(n);
        const lower = v.name.toLowerCase();
        if (!v.env && (lower === 'true' || lower === 'false' || lower === 'null'))
          this.b.literal(out, `$${lower}`);
        else out.push({ kind: 'var', name: v.name, env: v.env ? 'yes' : 'no' });
        return;
      }
      case 'expandable_string_literal':
      case 'expandable_here_string_literal':
        this.expandable(n, out, depth);
        return;
      case 'verbatim_string_characters':
      case 'verbatim_string_literal':
        this.b.literal(out, this.src(n).slice(1, -1).replace(/''/g, "'"));
        return;
      case 'verbatim_here_string_characters':
      case 'verbatim_here_string_literal':
        this.b.literal(out, hereContent(this.src(n)));
        return;
      case 'generic_token':
      case 'command_name':
      case 'simple_name':
      case 'decimal_integer_literal':
      case 'hexadecimal_integer_literal':
      case 'real_literal':
      case 'integer_literal':
        if (n.children.some((c) => c.named)) this.expandable(n, out, depth, 0);
        else this.b.literal(out, this.src(n).replace(/`(.)/g, '$1'));
        return;
      case 'type_literal':
        this.b.literal(out, this.typeName(n));
        return;
      case 'hash_literal_expression': {
        const props: Record<string, Word> = {};
        const body = n.children.find((c) => c.type === 'hash_literal_body');
        for (const e of body?.children ?? []) {
          if (e.type !== 'hash_entry') continue;
          const k = e.children.find((c) => c.type === 'key_expression');
          const v = e.children.find((c) => c.named && c.type !== 'key_expression');
          if (!k || !v) continue;
          const kw = this.value(k, depth + 1);
          const w = v.type === 'pipeline' ? this.pipelineValue(v, depth + 1) : this.value(v, depth + 1);
          if (Object.keys(props).length > 0) addPart(out, { kind: 'literal', text: ' ' });
          setProp(props, staticText(kw) ?? kw.raw, w);
          addParts(out, w.parts);
        }
        extra.props = props;
        return;
      }
      case 'array_literal_expression': {
        const items: Word[] = [];
        for (const c of n.children) {
          if (!c.named) continue;
          const w = this.value(c, depth + 1);
          if (items.length > 0) addPart(out, { kind: 'literal', text: ' ' });
          items.push(w);
          addParts(out, w.parts);
        }
        extra.items = items;
        return;
      }
      case 'parenthesized_expression':
      case 'sub_expression':
      case 'array_expression': {
        for (const c of n.children) {
          if (!c.named) continue;
          const w =
            c.type === 'pipeline' ? this.pipelineValue(c, depth + 1) : this.statementsValue(c, depth + 1);
          addParts(out, w.parts);
          if (w.props) extra.props = w.props;
          if (w.items) extra.items = w.items;
        }
        return;
      }
      case 'script_block_expression':
      case 'script_block':
        this.statements(n, depth + 1);
        out.push({ kind: 'dynamic', text: 'scriptblock' });
        return;
      case 'invokation_expression':
        this.invocation(n, out, depth);
        return;
      case 'member_access':
      case 'element_access': {
        const target = n.children.find((c) => c.named);
        if (target?.type === 'type_literal') {
          out.push({ kind: 'dynamic', text: this.src(n) });
          return;
        }
        if (target) this.parts(target, out, {}, depth + 1);
        return;
      }
      case 'cast_expression':
      case 'unary_expression':
      case 'expression_with_unary_operator': {
        for (const c of n.children)
          if (c.named && c.type !== 'type_literal') this.parts(c, out, extra, depth + 1);
        return;
      }
      case 'additive_expression':
      case 'format_expression':
      case 'comparison_expression':
      case 'logical_expression':
      case 'bitwise_expression':
      case 'multiplicative_expression':
      case 'range_expression': {
        const concat = n.type === 'additive_expression' && n.children.some((c) => c.type === '+');
        if (!concat) out.push({ kind: 'dynamic', text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named || c.type.endsWith('_operator')) continue;
          const inner: Part[] = [];
          this.parts(c, inner, {}, depth + 1);
          if (concat) addParts(out, inner);
          else for (const p of inner) if (p.kind !== 'literal' && p.kind !== 'dynamic') out.push(p);
        }
        return;
      }
      case 'pipeline':
        addParts(out, this.pipelineValue(n, depth + 1).parts);
        return;
      case 'command': {
        const r = this.command(n, undefined, undefined, depth);
        addParts(out, r.value.parts);
        return;
      }
      default: {
        if (!n.named) {
          this.b.literal(out, this.src(n));
          return;
        }
        out.push({ kind: 'dynamic', text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named) continue;
          if (c.type === 'pipeline' || c.type.endsWith('statement') || c.type.endsWith('_list')) {
            this.statement(c, depth + 1);
            continue;
          }
          const inner: Part[] = [];
          this.parts(c, inner, {}, depth + 1);
          for (const p of inner) if (p.kind !== 'literal' && p.kind !== 'dynamic') out.push(p);
        }
      }
    }
  }

  /** The value of a statement list (`$( a; b )`): every statement's value. */
  private statementsValue(n: SNode, depth: number): Word {
    if (n.type === 'pipeline') return this.pipelineValue(n, depth);
    const parts: Part[] = [];
    const extra: Pick<Word, 'props' | 'items'> = {};
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === 'pipeline') {
        const w = this.pipelineValue(c, depth + 1);
        addParts(parts, w.parts);
        if (w.props) extra.props ??= w.props;
        if (w.items) extra.items ??= w.items;
      } else this.statement(c, depth + 1);
    }
    return this.b.word(n.start, n.end, parts, extra);
  }

  /** `"…$x…$($y)…"`: the text between the expansions is literal (backtick escapes decoded). */
  private expandable(n: SNode, out: Part[], depth: number, quote = 1): void {
    const raw = this.src(n);
    let start = n.start + quote;
    let end = n.end - quote;
    if (n.type === 'expandable_here_string_literal') {
      const first = raw.indexOf('\n');
      const last = raw.lastIndexOf('\n');
      start = n.start + (first >= 0 ? first + 1 : 2);
      end = last > first ? n.start + last : n.end - 2;
    }
    let pos = start;
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.start > pos) this.b.literal(out, unescapeBacktick(this.b.text.slice(pos, c.start)));
      this.parts(c, out, {}, depth + 1);
      pos = c.end;
    }
    if (end > pos) this.b.literal(out, unescapeBacktick(this.b.text.slice(pos, end)));
  }

  private invocation(n: SNode, out: Part[], depth: number): void {
    const target = n.children.find((c) => c.named);
    const member = n.children.find((c) => c.type === 'member_name');
    const argList = n.children.find((c) => c.type === 'argument_list');
    // The receiver is evaluated first: `(New-Object Net.WebClient).UploadString(…)`.
    const receiver: Part[] = [];
    if (target && target.type !== 'type_literal') this.parts(target, receiver, {}, depth + 1);
    const base = target ? this.callee(target) : '';
    const methodRaw = member ? this.src(member) : '';
    const method =
      METHODS.get(methodRaw.toLowerCase()) ?? (methodRaw.toLowerCase() === 'new' ? 'new' : methodRaw);
    const callee = `${base}.${method}`;
    const args: Word[] = [];
    const list = argList?.children.find((c) => c.type === 'argument_expression_list');
    for (const c of list?.children ?? []) if (c.named) args.push(this.value(c, depth + 1));
    const index = this.b.push({ kind: 'call', callee, args, kwargs: {}, span: this.span(n) });
    if (callee === 'System.Environment.GetEnvironmentVariables') {
      out.push({ kind: 'env-all' });
    } else if (callee === 'System.Environment.GetEnvironmentVariable') {
      const name = staticText(args[0]);
      out.push(name !== undefined ? { kind: 'var', name, env: 'yes' } : { kind: 'env-all' });
    } else if (callee === 'System.Environment.SetEnvironmentVariable' && args[0] && args[1]) {
      this.b.push({
        kind: 'assign',
        name: staticText(args[0]) ?? args[0].raw,
        value: args[1],
        env: true,
        span: this.span(n),
      });
      out.push({ kind: 'output', ops: [index] });
    } else if (
      PASS_THROUGH_METHODS.has(callee) ||
      /^(ToString|Trim|Replace|ToUpper|ToLower|Substring|Split|Join)$/i.test(method)
    ) {
      addParts(
        out,
        receiver.filter((p) => p.kind !== 'dynamic'),
      );
      for (const a of args) addParts(out, a.parts);
    } else {
      out.push({ kind: 'output', ops: [index] });
    }
    // File writes through .NET.
    if (
      (callee === 'System.IO.File.WriteAllText' || callee === 'System.IO.File.AppendAllText') &&
      args[0] &&
      args[1]
    ) {
      this.b.push({
        kind: 'write',
        target: args[0],
        content: args[1],
        append: callee.endsWith('AppendAllText'),
        span: this.span(n),
      });
    }
  }
}

/** Named parameters of a cmdlet call: `-Name value` pairs and positional operands. */
function parameters(args: Word[]): Map<string, Word> & { positional: Word[] } {
  const named = new Map<string, Word>() as Map<string, Word> & { positional: Word[] };
  named.positional = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as Word;
    const t = staticText(a);
    if (t !== undefined && /^-[A-Za-z][\w-]*:?$/.test(t)) {
      const key = t.slice(1).replace(/:$/, '').toLowerCase();
      const next = args[i + 1];
      const nt = staticText(next);
      if (next && !(nt !== undefined && /^-[A-Za-z]/.test(nt))) {
        named.set(key, next);
        i++;
      } else named.set(key, a);
    } else named.positional.push(a);
  }
  return named;
}

function canonicalType(raw: string): string {
  const t = raw.trim();
  const lower = t.toLowerCase();
  const known = TYPES.get(lower) ?? TYPES.get(`system.${lower}`);
  if (known) return known;
  if (lower.startsWith('system.') || lower.startsWith('microsoft.')) return t;
  // Type accelerators and namespace-relative names (`[Net.WebClient]`) resolve under System.
  return `System.${t}`;
}

function unescapeBacktick(s: string): string {
  if (!s.includes('`')) return s;
  const map: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    '0': '\0',
    a: '\x07',
    b: '\b',
    e: '\x1b',
    f: '\f',
    v: '\v',
  };
  return s.replace(/`([\s\S])/g, (_, c: string) => map[c] ?? c);
}

function hereContent(raw: string): string {
  const first = raw.indexOf('\n');
  const last = raw.lastIndexOf('\n');
  return first >= 0 && last > first ? raw.slice(first + 1, last) : raw.slice(2, -2);
}
