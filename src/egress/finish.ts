/**
 * The post step's half of egress: collect what was refused, check the daemon survived the job, then undo
 * everything. When `disable-sudo` took sudo away, nothing privileged can run any more: the hosted VM is
 * discarded after the job, so post reads what it can (the daemon's event log) and says so once.
 */
import type { EgressDeps } from './deps.js';
import { parseEvents } from './dns/events.js';
import { parseSeenSet, type SeenEntry } from './netfilter-text.js';
import { buildReport, type EgressReport } from './report.js';
import { undoEgress } from './restore.js';
import type { EgressState } from './state.js';

export async function finishEgress(state: EgressState, deps: EgressDeps): Promise<EgressReport> {
  const failures: string[] = [];
  const warnings: string[] = [];
  const priv = (argv: string[]): string[] => (state.sudo ? ['sudo', '-n', ...argv] : argv);

  const daemonAlive = await deps.dnsHealthy('127.0.0.1', state.dnsPort, 1000);
  if (!daemonAlive && state.mode === 'block') {
    failures.push(
      'the egress DNS daemon stopped during the job, so name resolution failed closed from then on',
    );
  } else if (!daemonAlive) {
    warnings.push(
      'the egress DNS daemon stopped during the job; names looked up after that were not recorded',
    );
  }

  const seen: SeenEntry[] = [];
  const readAt = deps.now();
  if (!state.sudoDisabled) {
    for (const set of [`${state.names.set}-seen4`, ...(state.ipv6 ? [`${state.names.set}-seen6`] : [])]) {
      const listed = await deps.run(priv(['ipset', 'save', set]));
      if (listed.code === 0) seen.push(...parseSeenSet(listed.stdout));
      else
        warnings.push(
          `could not read the refused connections (${set}): ${listed.stderr.trim().split('\n')[0] ?? ''}`,
        );
    }
  }
  const eventsText = await deps.fs.readFile(`${state.dir}/dns-events.jsonl`).catch(() => '');
  const events = parseEvents(eventsText);

  if (state.sudoDisabled) {
    warnings.push(
      'disable-sudo removed sudo, so the rules, the DNS daemon and the resolver change stay until the runner VM is discarded; refused connections by address could not be read',
    );
  } else {
    const undone = await undoEgress(state, deps);
    warnings.push(...undone.problems);
  }

  return buildReport({
    mode: state.mode,
    seen,
    events,
    readAt,
    daemonAlive,
    userEntries: state.userEntries,
    failures,
    warnings,
  });
}
