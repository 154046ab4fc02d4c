/**
 * Undoing everything the main step changed: the daemon, the resolver files, our rules, chains and sets.
 * Each step runs even when an earlier one failed, and reports what it could not do.
 */
import type { CommandResult, EgressDeps } from './deps.js';
import { firstDifference } from './netfilter-text.js';
import type { Command } from './plan.js';
import type { EgressState } from './state.js';

export interface UndoResult {
  /** Things that could not be undone, one line each. */
  problems: string[];
  /** Per family: the save output equals the one taken before the job (ignoring counters). */
  restored: { v4?: boolean; v6?: boolean };
}

export async function undoEgress(state: EgressState, deps: EgressDeps): Promise<UndoResult> {
  const problems: string[] = [];
  const priv = (argv: string[]): string[] => (state.sudo ? ['sudo', '-n', ...argv] : argv);
  const run = (argv: string[], stdin?: string): Promise<CommandResult> =>
    deps.run(priv(argv), stdin === undefined ? undefined : { stdin });
  const attempt = async (why: string, argv: string[], stdin?: string): Promise<boolean> => {
    const result = await run(argv, stdin);
    if (result.code !== 0)
      problems.push(`could not ${why}: ${(result.stderr || result.stdout).trim().split('\n')[0] ?? ''}`);
    return result.code === 0;
  };

  // The pid file covers a main step that failed before it recorded the pid. Already gone is fine: the
  // post step reports a dead daemon separately.
  const pidFile = await deps.fs.readFile(`${state.dir}/dns-daemon.pid`).catch(() => '');
  const pid = state.daemonPid ?? (Number(pidFile.trim()) || undefined);
  if (pid) await run(['kill', String(pid)]);

  const resolv = state.resolvConf;
  if (resolv?.kind === 'symlink') {
    await attempt(`restore the ${resolv.path} symlink`, ['ln', '-sfn', resolv.target, resolv.path]);
  } else if (resolv?.kind === 'file') {
    await attempt(`restore ${resolv.path}`, ['cp', resolv.backup, resolv.path]);
  }
  if (state.resolvedDropIn) {
    await attempt('remove the systemd-resolved drop-in', ['rm', '-f', state.resolvedDropIn]);
    await attempt('restart systemd-resolved', ['systemctl', 'restart', 'systemd-resolved']);
  }

  for (const step of state.teardown) {
    if (step.onlyIfEmpty) {
      const table = await run([step.onlyIfEmpty.save, '-t', step.onlyIfEmpty.table]);
      if (table.code !== 0 || /^-A /m.test(table.stdout)) continue;
    }
    const ok = (await run(step.argv, step.stdin)).code === 0;
    if (ok) continue;
    if (step.stdin !== undefined) {
      // The atomic removal failed (something was already gone): remove what is left line by line.
      await removeLineByLine(step, run);
    } else {
      await attempt(step.why, step.argv);
    }
  }

  const restored: UndoResult['restored'] = {};
  for (const [family, file, save] of [
    ['v4', state.saved.v4, 'iptables-save'],
    ['v6', state.saved.v6, 'ip6tables-save'],
  ] as const) {
    if (!file) continue;
    const before = await deps.fs.readFile(file).catch(() => undefined);
    const after = await run([save]);
    if (before === undefined || after.code !== 0) continue;
    const difference = firstDifference(before, after.stdout);
    restored[family] = difference === undefined;
    if (difference)
      problems.push(`${save} differs from before the job (changed during the job?): ${difference}`);
  }
  return { problems, restored };
}

/** Runs each line of a removal restore-text as its own command, ignoring what is already gone. */
async function removeLineByLine(
  step: Command,
  run: (argv: string[]) => Promise<CommandResult>,
): Promise<void> {
  const tool = step.argv[0] === 'ip6tables-restore' ? 'ip6tables' : 'iptables';
  let table = 'filter';
  for (const line of (step.stdin ?? '').split('\n')) {
    if (line.startsWith('*')) table = line.slice(1);
    else if (line.startsWith('-')) await run([tool, '-w', '-t', table, ...line.split(' ')]);
  }
}
