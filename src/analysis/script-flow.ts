/**
 * Following secrets through one script: variables, exports, pipes, command substitutions, re-encoders,
 * `$GITHUB_ENV`/`$GITHUB_OUTPUT` writes, credential files and inline interpreter code, to every network sink.
 * A may-analysis over the ops in source order: every branch counts, nothing is assumed unreachable.
 */
import { SYNTHETIC_SECRETS } from '../policy/names.js';
import type { CallOp, CommandOp, Op, Part, Script, Word } from '../scripts/types.js';
import { destinationForHost, destinationOf } from './destinations.js';
import { exprValue } from './expr-values.js';
import type { ExprScope } from './expr-values.js';
import { matchCall, matchCommand, matchWrite, readsEnvVar } from './sinks/index.js';
import type { ToolSinkMatch } from './sinks/types.js';
import { classifyCallSource, classifyCommandSource, credentialFileWrite } from './tool-sources.js';
import { findDownloadExec } from './download-exec.js';
import { at, concat, literal, secretTaint, through, unionTaints, UNKNOWN } from './taint.js';
import type { Value } from './taint.js';
import type { Destination, Fact, FlowSite, Location, Taint } from './types.js';

/** What a script walk reports: raw flows (secrets → sink → destination words) and other facts. */
export interface ScriptFlow {
  site: FlowSite;
  taints: Taint[];
  tool: string;
  channel: ToolSinkMatch['channel'] | 'action';
  location: Location;
  text: string;
  destinations: Destination[];
}

/** Job-wide state that scripts read and write. */
export interface JobState {
  /** Environment added by `$GITHUB_ENV` writes, for later steps. */
  addedEnv: Map<string, Value>;
  /** `steps.<id>.outputs.<name>` written through `$GITHUB_OUTPUT`. */
  stepOutputs: Map<string, Map<string, Value>>;
  /** Files written with secret content (`~/.npmrc`, `.pypirc`, …), by normalised path. */
  files: Map<string, Value>;
  /** Whether the job may request an OIDC token (`permissions: id-token: write`). */
  idToken: boolean;
  githubHost?: string;
}

export interface ScriptContext {
  site: FlowSite;
  file: string;
  /** Maps an offset in the script text to a file location. */
  locate: (offset: number) => Location;
  scope: ExprScope;
  /** The process environment the script starts with. */
  env: Map<string, Value>;
  job: JobState;
  stepId?: string;
  flows: ScriptFlow[];
  facts: Fact[];
  /** Taint every network call in this script carries implicitly (github-script's authenticated `github`). */
  implicit?: { callees: RegExp; value: Value };
}

export function walkScript(script: Script, ctx: ScriptContext): void {
  new Walker(script, ctx).run();
}

class Walker {
  private readonly vars = new Map<string, Value>();
  private readonly env: Map<string, Value>;
  private readonly outputs = new Map<number, Value>();
  private readonly exprs: Value[];

  constructor(
    private readonly script: Script,
    private readonly ctx: ScriptContext,
  ) {
    this.env = new Map(ctx.env);
    // The parser keeps each expression as written, `${{ }}` included; the expression parser wants the inside.
    this.exprs = script.exprs.map((e) => exprValue(innerText(e.text), ctx.scope, ctx.locate(e.start)));
  }

  run(): void {
    for (const d of findDownloadExec(this.script)) {
      this.ctx.facts.push({
        kind: 'download-exec',
        site: this.ctx.site,
        location: this.loc(d.span.start),
        text: d.text,
        url: d.url ? this.value(d.url).text : null,
      });
    }
    this.script.ops.forEach((op, i) => this.op(op, i));
  }

  private loc(offset: number): Location {
    return this.ctx.locate(offset);
  }

  private op(op: Op, index: number): void {
    switch (op.kind) {
      case 'assign': {
        const v = through(this.value(op.value), {
          text: `$${op.name} (${at(this.loc(op.span.start))})`,
          location: this.loc(op.span.start),
        });
        this.vars.set(op.name, v);
        if (op.env || this.env.has(op.name)) this.env.set(op.name, v);
        break;
      }
      case 'command':
        this.outputs.set(index, this.command(op));
        break;
      case 'call':
        this.outputs.set(index, this.call(op));
        break;
      case 'write': {
        const content = this.value(op.content);
        for (const m of matchWrite(op)) this.sink(m, content, op.target.raw);
        this.write(op.target, content, op.span.start);
        break;
      }
      case 'inline':
        if (op.script) {
          const base = op.code.span.start + (op.codeOffset ?? 0);
          walkScript(op.script, {
            ...this.ctx,
            env: this.exportedEnv(),
            locate: (offset) => this.loc(op.codeOffset === undefined ? op.span.start : base + offset),
          });
        }
        break;
      case 'function':
        break;
    }
  }

  /** Variables a child process sees: the environment plus (for bash) variables marked for export. */
  private exportedEnv(): Map<string, Value> {
    return new Map(this.env);
  }

  // --- values -------------------------------------------------------------------------------------------

  value(word: Word): Value {
    return concat(word.parts.map((p) => this.part(p, word)));
  }

  private part(p: Part, word: Word): Value {
    switch (p.kind) {
      case 'literal':
        return literal(p.text);
      case 'expr':
        return this.exprs[p.index] ?? UNKNOWN;
      case 'var': {
        const v = this.readVar(p.name, p.env, word);
        return p.transform ? { taints: v.taints, text: null } : v;
      }
      case 'env-all':
        return this.wholeEnv(word);
      case 'output':
        return { taints: unionTaints(...p.ops.map((i) => this.outputs.get(i)?.taints ?? [])), text: null };
      case 'dynamic':
        return UNKNOWN;
    }
  }

  private readVar(name: string, env: 'yes' | 'no' | 'maybe', word: Word): Value {
    const location = this.loc(word.span.start);
    if (/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/.test(name) && this.ctx.job.idToken) {
      this.ctx.facts.push({ kind: 'oidc-request', site: this.ctx.site, location, text: word.raw });
      return { taints: [secretTaint(SYNTHETIC_SECRETS.oidc, location, `$${name}`)], text: null };
    }
    const v =
      (env === 'yes' ? undefined : this.vars.get(name)) ?? (env === 'no' ? undefined : this.env.get(name));
    if (!v) return name === 'HOME' ? literal('~') : UNKNOWN;
    return v.taints.length ? through(v, { text: `$${name}`, location }) : v;
  }

  private wholeEnv(word: Word): Value {
    const location = this.loc(word.span.start);
    const link = { text: 'whole environment', location };
    const secrets = unionTaints(...[...this.env.values()].map((v) => v.taints)).map((t) => ({
      ...t,
      scope: 'all' as const,
      chain: [...t.chain, link],
    }));
    return {
      taints: secrets.length
        ? secrets
        : [secretTaint(SYNTHETIC_SECRETS.environment, location, 'whole environment', 'all')],
      text: null,
    };
  }

  private fileValue(path: string | null): Value {
    if (path === null) return UNKNOWN;
    return this.ctx.job.files.get(normalisePath(path)) ?? UNKNOWN;
  }

  // --- commands -----------------------------------------------------------------------------------------

  private command(op: CommandOp): Value {
    const saved = new Map<string, Value | undefined>();
    for (const a of op.envPrefix) {
      saved.set(a.name, this.env.get(a.name));
      this.env.set(a.name, this.value(a.value));
    }
    const stdin = this.stdin(op);
    const output = this.commandOutput(op, stdin);
    // Redirections to files arrive as separate write ops (the parser emits them after the command).
    for (const m of matchCommand(op, this.script)) this.sink(m, stdin, op.nameWord.raw);
    for (const [name, prev] of saved) {
      if (prev === undefined) this.env.delete(name);
      else this.env.set(name, prev);
    }
    return output;
  }

  private stdin(op: CommandOp): Value {
    const pieces: Value[] = [];
    if (op.pipeFrom !== undefined) pieces.push(this.outputs.get(op.pipeFrom) ?? UNKNOWN);
    for (const r of op.redirects) {
      if (r.body) pieces.push(this.value(r.body));
      else if (r.op === '<' && r.target) pieces.push(this.fileValue(this.value(r.target).text));
    }
    return { taints: unionTaints(...pieces.map((p) => p.taints)), text: null };
  }

  private commandOutput(op: CommandOp, stdin: Value): Value {
    const source = classifyCommandSource(op, this.script);
    const location = this.loc(op.span.start);
    switch (source.kind) {
      case 'env-all':
        return this.wholeEnv(op.nameWord);
      case 'env-var':
        return {
          taints: unionTaints(
            ...(source.names ?? []).map((n: string) => this.readVar(n, 'yes', op.nameWord).taints),
          ),
          text: null,
        };
      case 'memory':
        this.ctx.facts.push({ kind: 'memory-read', site: this.ctx.site, location, text: op.nameWord.raw });
        return {
          taints: [secretTaint('secrets (runner memory)', location, `${op.name} reads runner memory`, 'all')],
          text: null,
        };
      case 'credential-read':
        return through(this.fileValue(source.file ?? null), {
          text: `${op.name} ${source.file ?? ''}`.trim(),
          location,
        });
      case 'oidc':
        this.ctx.facts.push({ kind: 'oidc-request', site: this.ctx.site, location, text: op.name });
        return this.ctx.job.idToken
          ? {
              taints: [secretTaint(SYNTHETIC_SECRETS.oidc, location, `${op.name} requests an OIDC token`)],
              text: null,
            }
          : UNKNOWN;
      case 'passthrough': {
        const args = op.args.map((a) => this.value(a));
        const out: Value =
          op.args.length === 0
            ? stdin
            : { taints: unionTaints(stdin.taints, ...args.map((a) => a.taints)), text: null };
        return out.taints.length ? through(out, { text: `${op.name} (${at(location)})`, location }) : out;
      }
      case 'none':
        return UNKNOWN;
    }
  }

  private call(op: CallOp): Value {
    const location = this.loc(op.span.start);
    const source = classifyCallSource(op, this.script);
    let output: Value = UNKNOWN;
    if (source.kind === 'env-all')
      output = this.wholeEnv(op.args[0] ?? { raw: op.callee, parts: [], span: op.span });
    else if (source.kind === 'memory') {
      this.ctx.facts.push({ kind: 'memory-read', site: this.ctx.site, location, text: op.callee });
      output = {
        taints: [secretTaint('secrets (runner memory)', location, `${op.callee} reads runner memory`, 'all')],
        text: null,
      };
    } else if (source.kind === 'credential-read') output = this.fileValue(source.file ?? null);
    else {
      // A call's result carries what went in (base64.b64encode(x), json.dumps(os.environ), x.encode()).
      const ins = [...op.args, ...Object.values(op.kwargs)].map((w) => this.value(w));
      output = { taints: unionTaints(...ins.map((v) => v.taints)), text: null };
    }
    for (const m of matchCall(op, this.script)) this.sink(m, UNKNOWN, op.callee);
    return output;
  }

  // --- sinks --------------------------------------------------------------------------------------------

  private sink(m: ToolSinkMatch, stdin: Value, text: string): void {
    const location = this.loc(m.span.start);
    const parts: Taint[][] = m.payload.map((w) => this.value(w).taints);
    if (m.sendsStdin) parts.push(stdin.taints);
    for (const [name, v] of this.env) {
      if (v.taints.length && readsEnvVar(m, name))
        parts.push(through(v, { text: `${m.tool} reads $${name}`, location }).taints);
    }
    for (const f of m.readsFiles) {
      const v = this.ctx.job.files.get(normalisePath(f));
      if (v) parts.push(through(v, { text: `${m.tool} reads ${f}`, location }).taints);
    }
    for (const u of m.uploads) parts.push(this.fileValue(this.value(u).text).taints);
    if (this.ctx.implicit?.callees.test(m.tool)) parts.push(this.ctx.implicit.value.taints);
    const taints = unionTaints(...parts);
    if (taints.length === 0) return;
    const options = {
      resolveText: (w: Word) => this.value(w).text,
      ...(this.ctx.job.githubHost ? { githubHost: this.ctx.job.githubHost } : {}),
    };
    const destinations = m.destinations.map((w, i) =>
      destinationOf(w, m.destinationHints[i] ?? 'url', options),
    );
    if (destinations.length === 0) {
      destinations.push(
        m.defaultHost
          ? vouchDefault(m, destinationForHost(m.defaultHost, `${m.tool} default`, options))
          : { host: null, raw: m.tool, kind: 'unknown' },
      );
    }
    for (const d of destinations) d.raw = this.unplaceholder(d.raw);
    this.ctx.flows.push({
      site: this.ctx.site,
      taints: taints.map((t) => ({
        ...t,
        chain: [...t.chain, { text: `${m.tool} (${at(location)})`, location }],
      })),
      tool: m.tool,
      channel: m.channel,
      location,
      text,
      destinations,
    });
  }

  /** Puts `${{ … }}` back where the parser saw a placeholder, so messages show what the user wrote. */
  private unplaceholder(text: string): string {
    return text.replace(/EGX(\d+)X*/g, (m, i: string) => {
      const e = this.script.exprs[Number(i)];
      return e ? (e.text.startsWith('${{') ? e.text : `\${{ ${e.text} }}`) : m;
    });
  }

  // --- writes -------------------------------------------------------------------------------------------

  private write(target: Word, content: Value, offset: number): void {
    const location = this.loc(offset);
    const special = target.parts.find(
      (p): p is Extract<Part, { kind: 'var' }> => p.kind === 'var' && /^GITHUB_(ENV|OUTPUT)$/.test(p.name),
    );
    if (special) {
      if (content.taints.length > 0)
        this.githubFile(special.name === 'GITHUB_ENV' ? 'env' : 'output', content, location);
      return;
    }
    if (isDevice(target)) return;
    if (content.taints.length === 0) return;
    const path = this.value(target).text;
    if (path === null) return;
    const file = normalisePath(path);
    const prev = this.ctx.job.files.get(file);
    const what = credentialFileWrite(file);
    const v = through(content, { text: `written to ${path}${what ? ` (${what})` : ''}`, location });
    this.ctx.job.files.set(file, prev ? { taints: unionTaints(prev.taints, v.taints), text: null } : v);
  }

  /**
   * `NAME=value` or `NAME<<DELIM` lines appended to `$GITHUB_ENV`/`$GITHUB_OUTPUT`. The content's text is
   * rarely static (it holds the secret), so the name is read from the static prefix of the written value.
   */
  private githubFile(kind: 'env' | 'output', content: Value, location: Location): void {
    const name = nameOfAssignment(content);
    if (!name) return;
    const v = through(
      { taints: content.taints, text: null },
      { text: `${kind === 'env' ? '$GITHUB_ENV' : '$GITHUB_OUTPUT'} ${name} (${at(location)})`, location },
    );
    if (kind === 'env') {
      this.ctx.job.addedEnv.set(name, v);
      this.env.set(name, v);
    } else if (this.ctx.stepId) {
      const outs = this.ctx.job.stepOutputs.get(this.ctx.stepId) ?? new Map<string, Value>();
      outs.set(name, v);
      this.ctx.job.stepOutputs.set(this.ctx.stepId, outs);
    }
  }
}

/**
 * A package tool's own default registry (npm publish → registry.npmjs.org, twine → upload.pypi.org) is where the
 * credential it is handed is meant to go, whatever the secret is called; an explicit `--registry` is judged.
 */
function vouchDefault(m: ToolSinkMatch, d: Destination): Destination {
  return m.channel === 'registry' && d.kind === 'host'
    ? { ...d, vouchedBy: `${m.tool}'s default registry` }
    : d;
}

/** `NAME=…` / `NAME<<DELIM`: the name comes from the static prefix, since the rest usually holds the secret. */
function nameOfAssignment(content: Value): string | null {
  const text = content.text ?? content.prefix ?? '';
  const m = /^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*(=|<<)/.exec(text);
  return m ? m[1]! : null;
}

function innerText(expr: string): string {
  return expr.startsWith('${{') && expr.endsWith('}}') ? expr.slice(3, -2).trim() : expr.trim();
}

function isDevice(target: Word): boolean {
  const t = target.parts.map((p) => (p.kind === 'literal' ? p.text : '\0')).join('');
  return /^\/dev\/(null|stdout|stderr|tty|fd\/\d)$/.test(t) || /^&?\d$/.test(t);
}

/** `~/.npmrc`, `$HOME/.npmrc`, `/home/runner/.npmrc` and `/root/.npmrc` are one file to the tools reading it. */
export function normalisePath(path: string): string {
  return path
    .trim()
    .replace(/^(\$\{?HOME\}?|\/home\/[^/]+|\/root|\/Users\/[^/]+)(?=\/|$)/, '~')
    .replace(/\/{2,}/g, '/');
}
