/**
 * Where the guard's own step sits in the job, so that the steps before it (which ran unguarded) can be counted.
 *
 * The runner names each step in GITHUB_ACTION: the step's `id` when it has one, otherwise a generated name
 * (`__owner_repo` for a remote action, `__self` for `uses: ./`, `__run` for scripts), suffixed `_2`, `_3`… on
 * repeats. GITHUB_ACTION_REPOSITORY names the action's repository for remote actions.
 */
import type { Job, Step } from '../workflow/types.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The guard's step in `job`, or null when it cannot be identified with confidence. */
export function findGuardStep(job: Job, env: Env): Step | null {
  const stepName = env.GITHUB_ACTION ?? '';
  const byId = job.steps.find((s) => s.id !== undefined && s.id === stepName);
  if (byId) return byId;

  const actionRepo = (env.GITHUB_ACTION_REPOSITORY ?? '').toLowerCase();
  const candidates = job.steps.filter((s) => s.id === undefined && isGuardUse(s, actionRepo));
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0] ?? null;
  // Several uses of the guard without ids: the runner's `_N` suffix says which occurrence this is.
  const suffix = /_(\d+)$/.exec(stepName);
  const nth = suffix ? Number(suffix[1]) : 1;
  return candidates[nth - 1] ?? null;
}

/** Steps of `job` before the guard (0 when it is first); undefined when the guard's step is not found. */
export function stepsBeforeGuard(job: Job, env: Env): number | undefined {
  return findGuardStep(job, env)?.index;
}

function isGuardUse(step: Step, actionRepo: string): boolean {
  const uses = step.uses;
  if (!uses) return false;
  if (actionRepo !== '') return uses.kind === 'action' && uses.repo === actionRepo;
  // A local action (`uses: ./`, the guard's own repository and its tests) or any copy named exfil-guard.
  return uses.kind === 'local' || (uses.repo?.split('/')[1] ?? '') === 'exfil-guard';
}
