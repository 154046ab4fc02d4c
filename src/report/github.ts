/** The CLI's `github` format: the annotation plan written as workflow commands, one per line. */
import { escapeCommandData, escapeCommandProperty } from './escape.js';
import { githubAnnotationLimits, planReportAnnotations } from './annotations.js';
import type { Annotation, AnnotationLimits } from './annotations.js';
import type { ReportInput } from './types.js';

/** `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`, escaped as @actions/core does. */
export function workflowCommand(a: Annotation): string {
  const properties: [string, string | number | undefined][] = [
    ['file', a.file],
    ['line', a.line],
    ['endLine', a.endLine],
    ['col', a.col],
    ['endColumn', a.endColumn],
    ['title', a.title],
  ];
  const list = properties
    .filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '')
    .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
    .join(',');
  return `::${a.level}${list ? ` ${list}` : ''}::${escapeCommandData(a.message)}`;
}

export function formatWorkflowCommands(annotations: readonly Annotation[]): string {
  return annotations.map((a) => `${workflowCommand(a)}\n`).join('');
}

/** `--format github`: the same ranked, limited plan the action emits, as workflow commands. */
export function formatGithub(
  input: Pick<ReportInput, 'result' | 'rules' | 'workflow'>,
  limits: AnnotationLimits = githubAnnotationLimits,
): string {
  return formatWorkflowCommands(planReportAnnotations(input, limits).annotations);
}
