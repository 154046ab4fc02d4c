/**
 * The detection engine: files in, findings out. Per file: model → flows (secret → sink → destination) and
 * facts → policy verdicts → rules → findings (with fingerprints and suppressions).
 */
import { shortSha256 } from '../sha256.js';
import { buildModel } from '../workflow/build.js';
import { FileError } from '../workflow/yaml.js';
import type { CompositeAction, ModelFile, Workflow } from '../workflow/types.js';
import { judgeDestination } from '../policy/evaluate.js';
import { findSuppression, parseSuppressionComments } from '../policy/suppress.js';
import type { Policy } from '../policy/types.js';
import type { FileResult, ScanInput, ScanResult } from './api.js';
import { analyseAction, analyseJob } from './job-flow.js';
import type { AnalysisEnv, JobAnalysis } from './job-flow.js';
import type { ScriptFlow } from './script-flow.js';
import type { Value } from './taint.js';
import { rules } from './rules/registry.js';
import type { Fact, Finding, Flow, RuleContext } from './types.js';
import { byCodeUnit } from '../compare.js';

export interface ScanOptions {
  /** Limit the in-depth analysis to these job ids (scope: job); other jobs are still parsed. */
  jobs?: string[];
  /** Resolve `uses: ./path` composite actions: returns the action.yml text, or null when absent. */
  readLocalAction?: (path: string) => Promise<string | null>;
  /** GITHUB_SERVER_URL's host on GitHub Enterprise Server, treated as GitHub. */
  githubHost?: string;
}

export async function scanFiles(
  inputs: ScanInput[],
  policy: Policy,
  options: ScanOptions = {},
): Promise<ScanResult> {
  const files: FileResult[] = [];
  const models: ModelFile[] = [];
  for (const input of inputs) {
    try {
      models.push(input.model ?? buildModel(input.path, input.content));
      files.push({ path: input.path, error: null });
    } catch (e) {
      files.push({ path: input.path, error: describeError(input.path, e) });
    }
  }
  const actions = await localActions(models, options, files);
  const findings: Finding[] = [];
  for (const model of models) {
    try {
      findings.push(...(await analyseFile(model, policy, actions, options)));
    } catch (e) {
      const r = files.find((f) => f.path === model.file);
      if (r) r.error = describeError(model.file, e);
    }
  }
  return { files, findings };
}

function describeError(path: string, e: unknown): string {
  if (e instanceof FileError) return e.message;
  if (e instanceof RangeError) return `${path}:1: nesting too deep to analyse`;
  return `${path}:1: internal error while analysing (${e instanceof Error ? e.message : String(e)})`;
}

/** Composite actions used through `uses: ./path`, from the scanned files or read through `readLocalAction`. */
async function localActions(
  models: ModelFile[],
  options: ScanOptions,
  files: FileResult[],
): Promise<Map<string, CompositeAction>> {
  const byPath = new Map<string, CompositeAction>();
  for (const m of models) if (m.kind === 'action') byPath.set(actionDir(m.file), m);
  const wanted = new Set<string>();
  for (const m of models) {
    const steps = m.kind === 'workflow' ? m.jobs.flatMap((j) => j.steps) : m.steps;
    for (const s of steps) if (s.uses?.kind === 'local' && s.uses.path !== undefined) wanted.add(s.uses.path);
  }
  for (const path of wanted) {
    if (byPath.has(path) || !options.readLocalAction) continue;
    const text = await options.readLocalAction(path);
    if (text === null) continue;
    const file = `${path}/action.yml`;
    try {
      const m = buildModel(file, text);
      if (m.kind === 'action') byPath.set(path, m);
    } catch (e) {
      // The workflow is still analysed; the action it uses is listed as a file that could not be.
      files.push({ path: file, error: describeError(file, e) });
    }
  }
  return byPath;
}

function actionDir(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .replace(/\/?action\.ya?ml$/, '');
}

async function analyseFile(
  model: ModelFile,
  policy: Policy,
  actions: Map<string, CompositeAction>,
  options: ScanOptions,
): Promise<Finding[]> {
  const aenv: AnalysisEnv = {
    localAction: (path) => actions.get(path.replace(/^\.\//, '').replace(/\/$/, '')) ?? null,
    ...(options.githubHost ? { githubHost: options.githubHost } : {}),
  };
  const raw: ScriptFlow[] = [];
  const facts: Fact[] = [];
  const jobSecrets = new Map<string, Set<string>>();
  if (model.kind === 'workflow') {
    const results = await analyseJobs(model, aenv, options.jobs);
    for (const [id, r] of results) {
      raw.push(...r.flows);
      facts.push(...r.facts);
      jobSecrets.set(id, r.secrets);
    }
  } else {
    const r = await analyseAction(model, aenv);
    raw.push(...r.flows);
    facts.push(...r.facts);
  }
  const flows = raw.map((f) => judge(f, policy, options.githubHost));
  const ctx: RuleContext = {
    file: model,
    workflow: model.kind === 'workflow' ? model : null,
    policy,
    flows,
    jobSecrets,
    facts,
    comments: parseSuppressionComments(model.source),
  };
  return finalise(ctx);
}

/** Jobs in dependency order, so `needs.<job>.outputs` carry what the needed job computed. */
async function analyseJobs(
  workflow: Workflow,
  aenv: AnalysisEnv,
  only: string[] | undefined,
): Promise<Map<string, JobAnalysis>> {
  const results = new Map<string, JobAnalysis>();
  const byId = new Map(workflow.jobs.map((j) => [j.id, j]));
  const visiting = new Set<string>();
  const visit = async (id: string): Promise<void> => {
    const job = byId.get(id);
    if (!job || results.has(id) || visiting.has(id)) return;
    visiting.add(id);
    for (const need of job.needs) await visit(need);
    const needsOutputs = new Map<string, Map<string, Value>>();
    for (const need of job.needs)
      needsOutputs.set(need, results.get(need)?.outputs ?? new Map<string, Value>());
    results.set(id, await analyseJob(workflow, job, needsOutputs, aenv));
  };
  for (const job of workflow.jobs) await visit(job.id);
  if (only) for (const id of [...results.keys()]) if (!only.includes(id)) results.delete(id);
  return results;
}

/** Applies the policy to each destination of a flow, secret by secret. */
function judge(f: ScriptFlow, policy: Policy, githubHost: string | undefined): Flow {
  const job = f.site.job?.id ?? null;
  return {
    site: f.site,
    taints: f.taints,
    sink: { tool: f.tool, channel: f.channel, location: f.location, text: f.text },
    destinations: f.destinations.map((dest) => {
      if (dest.host === null)
        return { dest, verdict: 'unknown' as const, denied: f.taints.map((t) => t.secret), allowed: [] };
      const denied: string[] = [];
      const allowed: string[] = [];
      let allowedBy: string | undefined;
      for (const t of f.taints) {
        if (dest.vouchedBy) {
          allowedBy ??= dest.vouchedBy;
          allowed.push(t.secret);
          continue;
        }
        const v = judgeDestination(policy, {
          secret: t.secret,
          job,
          host: dest.host,
          ...(dest.port !== undefined ? { port: dest.port } : {}),
          ...(githubHost ? { githubServerHost: githubHost } : {}),
        });
        if (v.verdict === 'allowed') {
          allowedBy ??= v.allowedBy;
          allowed.push(t.secret);
        } else denied.push(t.secret);
      }
      return {
        dest,
        verdict: denied.length ? ('denied' as const) : ('allowed' as const),
        denied,
        allowed,
        ...(allowedBy && !denied.length ? { allowedBy } : {}),
      };
    }),
  };
}

/** Runs every rule, then fills in what each finding needs: rule id, fix, fingerprint, suppression, level. */
function finalise(ctx: RuleContext): Finding[] {
  const comments = ctx.comments;
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const override = ctx.policy.ruleOverrides.get(rule.id);
    if (override === 'off') continue;
    for (const r of rule.check(ctx)) {
      const finding: Finding = {
        ...r,
        rule: rule.id,
        severity: override ?? r.severity ?? rule.severity,
        fix: rule.fix,
        fingerprint: fingerprint(rule.id, r),
      };
      if (seen.has(finding.fingerprint + finding.location.line)) continue;
      seen.add(finding.fingerprint + finding.location.line);
      const suppressed = findSuppression(ctx.policy, finding, comments);
      if (suppressed) finding.suppressed = suppressed;
      out.push(finding);
    }
  }
  return out.sort(
    (a, b) =>
      byCodeUnit(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      byCodeUnit(a.rule, b.rule),
  );
}

function fingerprint(rule: string, r: Omit<Finding, 'rule' | 'fix' | 'fingerprint' | 'severity'>): string {
  return shortSha256(
    [
      rule,
      r.location.file,
      r.job ?? '',
      r.stepName ?? String(r.step ?? ''),
      [...r.secrets].sort().join(','),
      [...r.destinations].sort().join(','),
    ].join('\0'),
  );
}
