/**
 * Where post stops egress control (src/egress): it collects what was refused, restores the machine, and fails the
 * job when block mode refused anything (unless the policy says otherwise) or the enforcement broke. The egress
 * modules load only when main installed something: most jobs run without egress control.
 */
import * as core from '@actions/core';
import { UserError } from '../errors.js';
import { EGRESS_STATE_KEY, FAIL_ON_BLOCK_KEY } from './outputs.js';

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
