/** Shared pieces for rules: where a flow happens, how to name secrets and destinations in one sentence. */
import type { Destination, Evidence, Flow, FlowSite, Location, RuleResult, Taint } from '../types.js';
import type { ModelFile, Step, Str } from '../../workflow/types.js';

export function siteFields(site: FlowSite): Pick<RuleResult, 'job' | 'step' | 'stepName'> {
  return { job: site.job?.id ?? null, step: site.step?.index ?? null, stepName: site.step?.label ?? null };
}

export function where(site: FlowSite, location: Location): string {
  const step = site.step ? `step "${site.step.label}", ` : site.job ? `job "${site.job.id}", ` : '';
  return `(${step}line ${location.line})`;
}

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

export function destName(d: Destination): string {
  if (d.host === null) return `an address computed at run time (${truncate(d.raw, 60)})`;
  return d.port ? `${d.host}:${d.port}` : d.host;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** The evidence chain of the first taint that matters, ending at the destination. */
export function chainTo(taints: readonly Taint[], secrets: readonly string[], dest: Destination): Evidence[] {
  const t = taints.find((x) => secrets.includes(x.secret)) ?? taints[0];
  return [...(t?.chain ?? []), { text: destName(dest) }];
}

export function sourceOf(taints: readonly Taint[], secrets: readonly string[]): Location | undefined {
  return taints.find((x) => secrets.includes(x.secret))?.source;
}

/**
 * One result per (flow, destination) whose destination matches `select` and has secrets the policy does not
 * allow there. The message names secrets, the destination, the tool and the place.
 */
export function flowResults(
  flows: readonly Flow[],
  select: (d: Flow['destinations'][number], f: Flow) => boolean,
  describe: (d: Flow['destinations'][number]) => string,
  confidence: RuleResult['confidence'],
): RuleResult[] {
  const out: RuleResult[] = [];
  for (const f of flows) {
    for (const d of f.destinations) {
      if (d.verdict === 'allowed' || d.denied.length === 0 || !select(d, f)) continue;
      const secrets = d.denied;
      const source = sourceOf(f.taints, secrets);
      out.push({
        confidence,
        message: `${listNames(secrets)} ${secrets.length > 1 ? 'are' : 'is'} sent to ${describe(d)} by ${f.sink.tool} ${where(f.site, f.sink.location)}`,
        location: f.sink.location,
        ...(source ? { source } : {}),
        ...siteFields(f.site),
        secrets,
        destinations: d.dest.host ? [d.dest.host] : [],
        evidence: chainTo(f.taints, secrets, d.dest),
      });
    }
  }
  return out;
}

/** Every positioned string of a file with the job and step it belongs to (for expression-level rules). */
export function* strings(
  file: ModelFile,
): Generator<{ s: Str; site: { jobId: string | null; stepIndex: number | null; stepName: string | null } }> {
  const fromStep = function* (steps: Step[], jobId: string | null) {
    for (const step of steps) {
      const site = { jobId, stepIndex: step.index, stepName: step.label };
      if (step.run) yield { s: step.run, site };
      for (const s of step.env.values()) yield { s, site };
      for (const s of step.with.values()) yield { s, site };
    }
  };
  if (file.kind === 'action') {
    yield* fromStep(file.steps, null);
    return;
  }
  for (const s of file.env.values()) yield { s, site: { jobId: null, stepIndex: null, stepName: null } };
  for (const job of file.jobs) {
    const site = { jobId: job.id, stepIndex: null, stepName: null };
    for (const s of job.env.values()) yield { s, site };
    if (job.call?.secrets && job.call.secrets !== 'inherit')
      for (const s of job.call.secrets.values()) yield { s, site };
    for (const s of job.call?.with.values() ?? []) yield { s, site };
    yield* fromStep(job.steps, job.id);
  }
}

export function strLocation(file: string, s: Str, offset?: number): Location {
  if (offset === undefined)
    return {
      file,
      line: s.pos.line,
      column: s.pos.column,
      endLine: s.pos.endLine,
      endColumn: s.pos.endColumn,
    };
  const p = s.locate(offset);
  return { file, line: p.line, column: p.column };
}
