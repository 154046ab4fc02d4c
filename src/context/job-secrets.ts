/**
 * The secrets a job holds, read from the model: every `${{ secrets.X }}` in the workflow env, the job, its steps,
 * its container and services, or what it passes to a reusable workflow. For the "workflow added by this push"
 * finding, which needs to know whether there is anything to steal; GITHUB_TOKEN is left out because every job
 * holds it.
 */
import type { Job, Str, StringMap, Workflow } from '../workflow/types.js';

export const ALL_SECRETS = 'secrets (all)';

export function jobSecretNames(workflow: Workflow, job: Job): string[] {
  const names = new Set<string>();
  const visit = (s: Str | undefined): void => {
    for (const expr of s?.exprs ?? []) {
      if (expr.dumps.includes('secrets')) names.add(ALL_SECRETS);
      for (const read of expr.reads) {
        if (read.context !== 'secrets') continue;
        const name = read.path[0];
        // A computed index (`secrets[format(...)]`) can name any secret.
        if (name === undefined || name === '*') names.add(ALL_SECRETS);
        else names.add(name.toUpperCase());
      }
    }
  };
  const visitMap = (m: StringMap | undefined): void => m?.forEach(visit);

  visitMap(workflow.env);
  visitMap(job.env);
  visit(job.if);
  visitMap(job.outputs);
  if (job.container) {
    visitMap(job.container.env);
    visitMap(job.container.credentials);
  }
  for (const service of job.services.values()) {
    visitMap(service.env);
    visitMap(service.credentials);
  }
  for (const step of job.steps) {
    visit(step.if);
    visit(step.run);
    visitMap(step.env);
    visitMap(step.with);
  }
  if (job.call) {
    visitMap(job.call.with);
    if (job.call.secrets === 'inherit') names.add(ALL_SECRETS);
    else visitMap(job.call.secrets ?? undefined);
  }
  names.delete('GITHUB_TOKEN');
  return [...names].sort();
}
