/**
 * Following secrets through a job: workflow, job and step `env`, `$GITHUB_ENV` hops, step and job outputs,
 * `run:` scripts, `actions/github-script`, local composite actions, and actions that receive secrets.
 */
import { SYNTHETIC_SECRETS } from '../policy/names.js';
import { parseScript, shellLanguage } from '../scripts/index.js';
import type { Language, Script } from '../scripts/types.js';
import type { CompositeAction, Job, ModelFile, Step, Str, StringMap, Workflow } from '../workflow/types.js';
import { lookupAction } from './action-catalogue.js';
import { destinationForHost } from './destinations.js';
import { secretName, strValue, untrustedReads } from './expr-values.js';
import type { ExprScope } from './expr-values.js';
import { walkScript } from './script-flow.js';
import type { JobState, ScriptFlow } from './script-flow.js';
import { at, literal, secretTaint, through, unionTaints, UNKNOWN } from './taint.js';
import type { Value } from './taint.js';
import type { Fact, FlowSite, Location, Taint } from './types.js';

export interface JobAnalysis {
  flows: ScriptFlow[];
  facts: Fact[];
  /** Every secret the job can see. */
  secrets: Set<string>;
  /** `jobs.<id>.outputs`, for jobs that need this one. */
  outputs: Map<string, Value>;
}

export interface AnalysisEnv {
  /** Reads a local action (`uses: ./path`) already modelled, or null when it is not available. */
  localAction: (path: string) => CompositeAction | null;
  githubHost?: string;
}

const MAX_COMPOSITE_DEPTH = 4;

export async function analyseJob(
  workflow: Workflow,
  job: Job,
  needsOutputs: Map<string, Map<string, Value>>,
  aenv: AnalysisEnv,
): Promise<JobAnalysis> {
  const state: JobState = {
    addedEnv: new Map(),
    stepOutputs: new Map(),
    files: new Map(),
    idToken: idTokenWrite(workflow, job),
    ...(aenv.githubHost ? { githubHost: aenv.githubHost } : {}),
  };
  const out: JobAnalysis = { flows: [], facts: [], secrets: new Set(), outputs: new Map() };
  const base: ExprScope = {
    file: workflow.file,
    env: new Map(),
    stepOutputs: state.stepOutputs,
    needsOutputs,
    inputs: new Map(),
    matrix: matrixValues(job),
  };
  const wfEnv = envValues(workflow.env, base, 'workflow env');
  const jobEnv = envValues(job.env, { ...base, env: wfEnv }, 'job env', wfEnv);
  const site: FlowSite = { file: workflow, job, step: null };

  if (job.call) {
    callFacts(workflow, job, { ...base, env: jobEnv }, out, site);
  }
  for (const step of job.steps) {
    const env = new Map([...jobEnv, ...state.addedEnv]);
    await analyseStep(
      workflow,
      step,
      { file: workflow, job, step },
      env,
      { ...base, env },
      state,
      out,
      aenv,
      0,
    );
  }
  const finalScope: ExprScope = { ...base, env: new Map([...jobEnv, ...state.addedEnv]) };
  for (const [name, s] of job.outputs) out.outputs.set(name, strValue(s, finalScope));
  for (const f of out.flows) for (const t of f.taints) out.secrets.add(t.secret);
  collectSecretNames(job, workflow, out.secrets);
  return out;
}

/** Analyses a composite action file on its own (CLI scans of action.yml): inputs are unknown, not secret. */
export async function analyseAction(action: CompositeAction, aenv: AnalysisEnv): Promise<JobAnalysis> {
  const state: JobState = { addedEnv: new Map(), stepOutputs: new Map(), files: new Map(), idToken: false };
  const out: JobAnalysis = { flows: [], facts: [], secrets: new Set(), outputs: new Map() };
  const scope: ExprScope = {
    file: action.file,
    env: new Map(),
    stepOutputs: state.stepOutputs,
    needsOutputs: new Map(),
    inputs: new Map(),
    matrix: new Map(),
  };
  for (const step of action.steps) {
    const env = new Map(state.addedEnv);
    await analyseStep(
      action,
      step,
      { file: action, job: null, step },
      env,
      { ...scope, env },
      state,
      out,
      aenv,
      0,
    );
  }
  for (const f of out.flows) for (const t of f.taints) out.secrets.add(t.secret);
  return out;
}

function idTokenWrite(workflow: Workflow, job: Job): boolean {
  const perms = job.permissions ?? workflow.permissions;
  if (!perms) return false;
  return perms.all === 'write-all' || perms.scopes.get('id-token') === 'write';
}

function matrixValues(job: Job): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const [key, values] of job.matrix?.values ?? []) {
    // One static value is a constant; several are unknown (each leg differs).
    const only = values.length === 1 && values[0]!.exprs.length === 0 ? values[0]!.value : null;
    out.set(key, only === null ? UNKNOWN : literal(only));
  }
  return out;
}

/** `env:` values in order: later entries may read earlier levels (`env.X` is the enclosing level's). */
function envValues(
  map: StringMap,
  scope: ExprScope,
  level: string,
  inherited = new Map<string, Value>(),
): Map<string, Value> {
  const out = new Map(inherited);
  for (const [name, s] of map) {
    const v = strValue(s, scope);
    const location = { file: scope.file, line: s.pos.line, column: s.pos.column };
    out.set(
      name,
      v.taints.length ? through(v, { text: `env ${name} (${level}, ${at(location)})`, location }) : v,
    );
  }
  return out;
}

async function analyseStep(
  file: ModelFile,
  step: Step,
  site: FlowSite,
  inheritedEnv: Map<string, Value>,
  scope: ExprScope,
  state: JobState,
  out: JobAnalysis,
  aenv: AnalysisEnv,
  depth: number,
): Promise<void> {
  const env = envValues(step.env, scope, 'step env', inheritedEnv);
  const stepScope: ExprScope = { ...scope, env };
  if (step.run) {
    await analyseScript(step.run, shellLanguage(step.shell), site, env, stepScope, state, out, step.id);
  }
  if (!step.uses) return;
  const uses = step.uses;
  const withValues = new Map<string, Value>();
  for (const [name, s] of step.with) withValues.set(name, strValue(s, stepScope));

  if (uses.kind === 'local') {
    const action = aenv.localAction(uses.path ?? '');
    if (action && action.using === 'composite' && depth < MAX_COMPOSITE_DEPTH) {
      const inputs = new Map<string, Value>();
      for (const [name, spec] of action.inputs) {
        const given = withValues.get(name);
        inputs.set(name, given ?? (spec.default ? strValue(spec.default, stepScope) : UNKNOWN));
      }
      // A composite's steps see the caller's environment and their own inputs; findings point into action.yml.
      const innerScope: ExprScope = { ...stepScope, file: action.file, inputs, stepOutputs: new Map() };
      const innerState: JobState = { ...state, stepOutputs: innerScope.stepOutputs };
      for (const inner of action.steps) {
        await analyseStep(
          action,
          inner,
          { file: action, job: site.job, step: inner },
          env,
          innerScope,
          innerState,
          out,
          aenv,
          depth + 1,
        );
      }
      return;
    }
  }
  if (uses.kind === 'action' && uses.repo === 'actions/github-script') {
    const script = step.with.get('script');
    if (script) {
      const token = withValues.get('github-token') ?? {
        taints: [
          secretTaint(
            SYNTHETIC_SECRETS.githubToken,
            strLocation(file.file, script),
            'github-script uses github.token',
          ),
        ],
        text: null,
      };
      await analyseScript(script, 'javascript', site, env, stepScope, state, out, step.id, {
        callees: /^(github|octokit)\./,
        value: token,
      });
    }
    return;
  }
  const location = strLocation(file.file, uses.raw);
  const name =
    uses.kind === 'docker'
      ? `docker://${uses.path ?? ''}`
      : uses.kind === 'local'
        ? `./${uses.path ?? ''}`
        : `${uses.repo ?? ''}${uses.path ? `/${uses.path}` : ''}`;
  const statics = new Map<string, string | null>();
  for (const [k, v] of withValues) statics.set(k, v.text);
  const envStatics = new Map<string, string | null>();
  for (const [k, v] of env) envStatics.set(k, v.text);
  const entry = uses.kind === 'action' && uses.repo ? lookupAction(name, statics, envStatics) : null;

  if (!entry) {
    // Every step inherits the job's env; only what this step hands over explicitly counts as given to it.
    const own = new Map([...env].filter(([k]) => step.env.has(k)));
    const received = receivedSecrets(withValues, own);
    if (received.length === 0) return;
    out.facts.push({
      kind: 'action-with-secret',
      site,
      location,
      action: uses.raw.value,
      pinned: uses.pinned,
      catalogued: false,
      secrets: received.map((t) => t.secret),
    });
    return;
  }
  if (entry.local) return;
  // A catalogued action sends its credential inputs and the env variables it is known to read.
  const inputs = entry.secretInputs.length
    ? new Map([...withValues].filter(([k]) => entry.secretInputs.includes(k)))
    : withValues;
  const sent = new Map(
    [...env].filter(([k]) => (entry.sendsEnv ?? []).some((p) => envNameMatches(p, k)) || step.env.has(k)),
  );
  const received = receivedSecrets(inputs, sent);
  if (received.length === 0) return;
  const options = aenv.githubHost ? { githubHost: aenv.githubHost } : {};
  // The hosts the catalogue documents for the action (not ones an input points elsewhere) are where its
  // credential inputs are meant to go.
  const documented = new Set(entry.documented);
  const destinations = entry.destinations.map((h) => {
    const d = destinationForHost(h, `${name} sends to ${h}`, options);
    return documented.has(h) && d.kind !== 'exfil-service' && d.kind !== 'ip'
      ? { ...d, vouchedBy: `${entry.key}'s documented endpoint` }
      : d;
  });
  if (destinations.length === 0 || entry.unresolved.length) {
    destinations.push({
      host: null,
      raw: `${name} (${entry.unresolved.join(', ') || 'destination'} not static)`,
      kind: 'unknown',
    });
  }
  out.flows.push({
    site,
    taints: received.map((t) => ({
      ...t,
      chain: [...t.chain, { text: `${name} (${at(location)})`, location }],
    })),
    tool: name,
    channel: 'action',
    location,
    text: uses.raw.value,
    destinations,
  });
}

function envNameMatches(pattern: string, name: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}

/** Secrets an action step receives: through `with:` inputs and the step's environment. */
function receivedSecrets(withValues: Map<string, Value>, env: Map<string, Value>): Taint[] {
  const lists: Taint[][] = [];
  for (const [name, v] of withValues)
    if (v.taints.length) lists.push(through(v, { text: `with.${name}` }).taints);
  for (const [name, v] of env) if (v.taints.length) lists.push(through(v, { text: `env ${name}` }).taints);
  return unionTaints(...lists);
}

async function analyseScript(
  s: Str,
  language: Language,
  site: FlowSite,
  env: Map<string, Value>,
  scope: ExprScope,
  state: JobState,
  out: JobAnalysis,
  stepId: string | undefined,
  implicit?: { callees: RegExp; value: Value },
): Promise<void> {
  // Untrusted event data spliced into the script text: the runner substitutes it before the shell parses it.
  for (const e of s.exprs) {
    for (const path of untrustedReads(e.text)) {
      const loc = s.locate(e.start);
      out.facts.push({
        kind: 'untrusted-input',
        site,
        location: { file: scope.file, line: loc.line, column: loc.column },
        expression: path,
      });
    }
  }
  const script = await parseCached(s.value, language);
  if (script.errors.length && script.ops.length === 0 && language !== 'bash') {
    out.facts.push({
      kind: 'unparsed-script',
      site,
      location: strLocation(scope.file, s),
      language,
      reason: script.errors[0]?.message ?? 'not parsed',
    });
  }
  walkScript(script, {
    site,
    file: scope.file,
    locate: (offset) => {
      const p = s.locate(offset);
      return { file: scope.file, line: p.line, column: p.column };
    },
    scope,
    env,
    job: state,
    ...(stepId ? { stepId } : {}),
    flows: out.flows,
    facts: out.facts,
    ...(implicit ? { implicit } : {}),
  });
}

// Workflows repeat the same scripts (`npm ci`, `make test`) across jobs, files and repositories. The IR is
// read-only to the analysis, so one parse serves every occurrence; the map is bounded.
const parsed = new Map<string, Promise<Script>>();
const PARSE_CACHE_LIMIT = 5000;

/** Empties the parse cache: for benchmarks that measure a scan without parses from earlier scans. */
export function clearParseCache(): void {
  parsed.clear();
}

function parseCached(text: string, language: Language): Promise<Script> {
  const key = `${language}\0${text}`;
  let hit = parsed.get(key);
  if (!hit) {
    if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear();
    hit = parseScript(text, language);
    parsed.set(key, hit);
  }
  return hit;
}

function strLocation(file: string, s: Str): Location {
  return { file, line: s.pos.line, column: s.pos.column, endLine: s.pos.endLine, endColumn: s.pos.endColumn };
}

/** Facts for a job that calls a reusable workflow with secrets. */
function callFacts(workflow: Workflow, job: Job, scope: ExprScope, out: JobAnalysis, site: FlowSite): void {
  const call = job.call!;
  let secrets: string[] = [];
  if (call.secrets === 'inherit') secrets = ['secrets (inherit)'];
  else if (call.secrets) {
    for (const [, s] of call.secrets) secrets.push(...strValue(s, scope).taints.map((t) => t.secret));
  }
  if (secrets.length === 0 || call.uses.kind === 'local') return;
  out.facts.push({
    kind: 'action-with-secret',
    site,
    location: strLocation(workflow.file, call.uses.raw),
    action: call.uses.raw.value,
    pinned: call.uses.pinned,
    catalogued: false,
    secrets,
  });
}

/** Every secret named anywhere in the job (env, with, scripts), for "this job holds secrets" decisions. */
function collectSecretNames(job: Job, workflow: Workflow, into: Set<string>): void {
  const visit = (s: Str | undefined) => {
    for (const e of s?.exprs ?? []) {
      for (const r of e.reads) {
        const name = secretName(r);
        if (name) into.add(name);
      }
      if (e.dumps.includes('secrets')) into.add(SYNTHETIC_SECRETS.allSecrets);
    }
  };
  for (const m of [workflow.env, job.env]) for (const s of m.values()) visit(s);
  if (job.call?.secrets === 'inherit') into.add('secrets (inherit)');
  else if (job.call?.secrets) for (const s of job.call.secrets.values()) visit(s);
  for (const step of job.steps) {
    visit(step.run);
    for (const m of [step.env, step.with]) for (const s of m.values()) visit(s);
  }
}
