/**
 * Where the action starts and stops egress control (src/egress). Main installs the allowlist after the
 * analysis, so the job's own policy decides what it may reach; post collects what was refused, restores the
 * machine, and fails the job when block mode refused anything (unless the policy says otherwise) or the
 * enforcement broke. In block mode any failure to enforce fails the step: never a silent fall back to audit.
 */
import * as core from '@actions/core';
import type { Options } from '../options.js';
import type { Policy } from '../policy/types.js';
import { UserError } from '../errors.js';

const EGRESS_STATE_KEY = 'exfil-guard-egress';
/** The policy file's `egress: fail-on-block: false`, handed to post (which has no policy of its own). */
const FAIL_ON_BLOCK_KEY = 'exfil-guard-egress-fail-on-block';

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

/** Collects the egress log, restores the machine, writes the summary section; fails the job when it must. */
export async function finishEgress(state: string): Promise<void> {
  const failOnBlock = core.getState(FAIL_ON_BLOCK_KEY) !== 'false';
  const saved = state || core.getState(EGRESS_STATE_KEY);
  if (!saved) return;
  const [{ finishEgress: finish }, { systemDeps }, report] = await Promise.all([
    import('../egress/finish.js'),
    import('../egress/system.js'),
    import('../report/index.js'),
  ]);
  let parsed: Parameters<typeof finish>[0];
  try {
    parsed = JSON.parse(saved) as Parameters<typeof finish>[0];
  } catch {
    throw new UserError(
      'the egress state saved by the main step is unreadable; the firewall rules were not removed',
    );
  }
  const deps = systemDeps({
    daemonArgv: [],
    warn: (m: string) => core.warning(m, { title: 'Exfil Guard: egress' }),
  });
  const result = await finish(parsed, deps);
  await report.writeSummary(report.renderEgressSummary(report.fromEgressLayer(result)));
  for (const b of result.blocked.slice(0, 10)) {
    const names = b.names.length ? ` (${b.names.join(', ')})` : '';
    core.error(
      `Blocked ${b.kind === 'name' ? 'DNS lookup of' : 'connection to'} ${b.destination}${names}, ${b.count} time(s)`,
      {
        title: 'exfil-guard/egress-blocked',
      },
    );
  }
  if (result.blocked.length > 10)
    core.notice(`${result.blocked.length - 10} more blocked destinations in the job summary`);
  if (result.failures.length > 0) {
    throw new UserError(
      `Exfil Guard egress enforcement failed during the job: ${result.failures.join('; ')}`,
    );
  }
  if (parsed.mode === 'block' && result.blocked.length > 0 && failOnBlock) {
    throw new UserError(
      `Exfil Guard blocked ${result.blocked.length} destination(s) outside the allowlist: ` +
        `${result.blocked
          .slice(0, 5)
          .map((b) => b.destination)
          .join(', ')}. See the job summary.`,
    );
  }
}
