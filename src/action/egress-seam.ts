/**
 * Where main starts egress control (src/egress; post stops it in egress-post.ts). Main installs the allowlist
 * after the analysis, so the job's own policy decides what it may reach. In block mode any failure to enforce
 * fails the step: never a silent fall back to audit. The egress modules load only when egress control is on:
 * with them come Node's crypto, child_process and dgram, ~7 ms of start-up that most jobs would not use.
 */
import * as core from '@actions/core';
import type { Options } from '../options.js';
import type { Policy } from '../policy/types.js';
import { EGRESS_STATE_KEY, FAIL_ON_BLOCK_KEY } from './outputs.js';

export interface EgressContext {
  policy: Policy;
  /** The job being guarded (null outside a job scope). */
  job: string | null;
  /** Secrets the job uses: their issuers' endpoints join the allowlist. */
  secrets: string[];
  /** `node dist/dns-daemon.js`, computed by the entry point that knows where dist/ is. */
  daemonArgv: string[];
  githubServerHost?: string;
}

/** Returns the state post needs (saved in GITHUB_STATE, never secret), or '' when egress is off. */
export async function startEgress(options: Options, ctx: EgressContext): Promise<string> {
  if (options.egressPolicy === 'off') return '';
  const [{ startEgress: start }, { systemDeps }, { egressAllowlist }] = await Promise.all([
    import('../egress/apply.js'),
    import('../egress/system.js'),
    import('../policy/egress.js'),
  ]);
  const allowlist = egressAllowlist(ctx.policy, ctx.job, [], {
    secrets: ctx.secrets,
    ...(ctx.githubServerHost ? { githubServerHost: ctx.githubServerHost } : {}),
  });
  const deps = {
    ...systemDeps({
      daemonArgv: ctx.daemonArgv,
      warn: (m: string) => core.warning(m, { title: 'Exfil Guard: egress' }),
    }),
    // Saved as soon as anything is installed, so post can undo it even if main stops half-way.
    saveState: (state: unknown) => core.saveState(EGRESS_STATE_KEY, JSON.stringify(state)),
  };
  const result = await start(
    {
      mode: options.egressPolicy,
      allowlist,
      disableSudo: options.disableSudo,
      runnerTemp: process.env.RUNNER_TEMP ?? '',
      env: process.env,
    },
    deps,
  );
  core.info(result.summary);
  if (ctx.policy.egress?.failOnBlock === false) core.saveState(FAIL_ON_BLOCK_KEY, 'false');
  if (!result.state) return '';
  const state = JSON.stringify(result.state);
  core.saveState(EGRESS_STATE_KEY, state);
  return state;
}
