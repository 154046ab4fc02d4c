/**
 * Annotations within GitHub's limits. The runner keeps at most 10 annotations of each type (error, warning,
 * notice) per step and 50 per job, and silently drops the rest. The limits count the step that *emits* the
 * commands, so every annotation the guard writes shares one step's budget, whichever workflow step a finding
 * points at. We rank the findings, emit the most important ones and say how many more are in the summary.
 */
import type { FileResult } from '../analysis/api.js';
import type { Finding, Location, Severity } from '../analysis/types.js';
import { rankFindings } from './rank.js';
import { chainText } from './evidence.js';
import type { ReportInput, RuleInfo, WorkflowIdentity } from './types.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title: string;
  /** Repo-relative; absent for a file in another repository (GitHub cannot link there). */
  file?: string;
  line?: number;
  endLine?: number;
  /** Only with `line === endLine`: GitHub rejects columns on a multi-line range. */
  col?: number;
  endColumn?: number;
}

export interface AnnotationLimits {
  /** Per type, per emitting step. */
  perType: number;
  /** Per job, all steps together. */
  perJob: number;
  /** Annotations earlier steps of this job already used. */
  usedInJob?: number;
}

export const githubAnnotationLimits: AnnotationLimits = { perType: 10, perJob: 50 };

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings (and file errors) that got no annotation. */
  dropped: number;
}

export interface AnnotationContext {
  rules?: readonly RuleInfo[];
  workflow?: WorkflowIdentity;
  /** Files that could not be analysed: annotated as errors ahead of every finding. */
  files?: readonly FileResult[];
}

const levelOf: Record<Severity, AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' };

/** Plans the annotations for `findings` (suppressed ones are never annotated; the summary lists them). */
export function planAnnotations(
  findings: readonly Finding[],
  limits: AnnotationLimits = githubAnnotationLimits,
  context: AnnotationContext = {},
): AnnotationPlan {
  const titles = new Map((context.rules ?? []).map((r) => [r.id, r.title]));
  // Messages are built only for the candidates that get a slot: with thousands of findings most do not.
  const candidates: Candidate[] = [
    ...(context.files ?? []).flatMap((f) =>
      f.error === null
        ? []
        : [{ level: 'error' as const, make: () => fileErrorAnnotation(f, context.workflow) }],
    ),
    ...rankFindings(findings.filter((f) => f.suppressed === undefined)).map((f) => ({
      level: levelOf[f.severity],
      make: () => findingAnnotation(f, titles.get(f.rule), context.workflow),
    })),
  ];

  const jobBudget = Math.max(0, limits.perJob - (limits.usedInJob ?? 0));
  const fitAll = take(candidates, limits.perType, jobBudget, false);
  if (fitAll.length === candidates.length) return { annotations: fitAll, dropped: 0 };

  // Keep one notice slot (and one job slot) for the line that says where the rest went.
  const kept = take(candidates, limits.perType, jobBudget, true);
  const dropped = candidates.length - kept.length;
  const canTell = limits.perType > 0 && jobBudget > 0;
  const overflow: Annotation = {
    level: 'notice',
    title: 'exfil-guard: more findings',
    message: `${dropped} more finding${dropped === 1 ? '' : 's'} in the job summary (GitHub shows at most ${limits.perType} annotations of each type per step).`,
  };
  return { annotations: canTell ? [...kept, overflow] : kept, dropped };
}

interface Candidate {
  level: AnnotationLevel;
  make: () => Annotation;
}

function take(candidates: readonly Candidate[], perType: number, jobBudget: number, reserve: boolean) {
  const left: Record<AnnotationLevel, number> = {
    error: perType,
    warning: perType,
    notice: reserve ? perType - 1 : perType,
  };
  let job = reserve ? jobBudget - 1 : jobBudget;
  const kept: Annotation[] = [];
  for (const candidate of candidates) {
    if (job <= 0) break;
    if (left[candidate.level] <= 0) continue;
    left[candidate.level] -= 1;
    job -= 1;
    kept.push(candidate.make());
  }
  return kept;
}

function findingAnnotation(f: Finding, title: string | undefined, workflow?: WorkflowIdentity): Annotation {
  const lines = [f.message];
  const chain = chainText(f);
  if (chain) lines.push(`Evidence: ${chain}`);
  if (f.fix) lines.push(`Fix: ${f.fix}`);
  return {
    level: levelOf[f.severity],
    title: `exfil-guard/${f.rule}${title ? `: ${title}` : ''}`,
    ...placed(lines.join('\n'), f.location, workflow),
  };
}

function fileErrorAnnotation(file: FileResult, workflow?: WorkflowIdentity): Annotation {
  const line = new RegExp(`^${escapeRegExp(file.path)}:(\\d+):`).exec(file.error ?? '')?.[1];
  const location: Location = { file: file.path, line: line ? Number(line) : 1, column: 1 };
  return {
    level: 'error',
    title: 'exfil-guard: file not analysed',
    ...placed(file.error ?? '', location, workflow),
  };
}

/**
 * The location properties, or, for a file in another repository, `owner/repo/path@sha:line` at the start of the
 * message: a `file` property there would link to a same-named file of this repository, or to nothing.
 */
function placed(
  message: string,
  at: Location,
  workflow?: WorkflowIdentity,
): Omit<Annotation, 'level' | 'title'> {
  if (workflow?.otherRepository) {
    return { message: `${foreignLocation(at, workflow)}: ${message}` };
  }
  const endLine = at.endLine ?? at.line;
  const sameLine = endLine === at.line;
  return {
    message,
    file: at.file,
    line: at.line,
    endLine,
    ...(sameLine ? { col: at.column } : {}),
    ...(sameLine && at.endColumn !== undefined ? { endColumn: at.endColumn } : {}),
  };
}

/** `owner/repo/path@sha:line` for a location in another repository. */
export function foreignLocation(at: Location, workflow: WorkflowIdentity): string {
  const repo = workflow.repository ? `${workflow.repository}/` : '';
  const sha = workflow.sha ? `@${workflow.sha}` : '';
  return `${repo}${at.file}${sha}:${at.line}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The plan for a whole report: file errors and findings, with the report's rules and workflow identity. */
export function planReportAnnotations(
  input: Pick<ReportInput, 'result' | 'rules' | 'workflow'>,
  limits: AnnotationLimits = githubAnnotationLimits,
): AnnotationPlan {
  return planAnnotations(input.result.findings, limits, {
    files: input.result.files,
    ...(input.rules ? { rules: input.rules } : {}),
    ...(input.workflow ? { workflow: input.workflow } : {}),
  });
}
