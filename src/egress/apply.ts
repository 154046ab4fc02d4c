/**
 * The main step's half of egress: check the machine, install the plan atomically, start the DNS daemon,
 * point the system resolver at it, optionally take sudo away. In block mode every failure throws a
 * one-line UserError (fail closed, never a quiet fallback to audit); in audit mode it warns and undoes.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { formatEndpoint } from '../policy/endpoint.js';
import type { Endpoint } from '../policy/types.js';
import { DEFAULT_PATHS, type CommandResult, type EgressDeps, type SystemPaths } from './deps.js';
import { chainsOf, isLoopback, nameservers } from './netfilter-text.js';
import { planEgress, type Command, type DaemonPorts, type EgressPlan, type Names } from './plan.js';
import { undoEgress } from './restore.js';
import { requiredEndpoints } from './required.js';
import type { EgressState, EnforcedMode } from './state.js';

export interface StartOptions {
  mode: EnforcedMode;
  /** The job's effective allowlist (user entries and policy destinations); the runner's needs are added here. */
  allowlist: Endpoint[];
  disableSudo: boolean;
  runnerTemp: string;
  env: Record<string, string | undefined>;
  /** Fixed names (tests); a random per-run suffix otherwise. */
  names?: Names;
  /** Daemon ports (tests and benchmarks run several daemons side by side). */
  ports?: DaemonPorts;
  /** How long to wait for the daemon to become ready. */
  readyTimeoutMs?: number;
}

export interface StartResult {
  /** Undefined when audit mode could not start (it warned instead). */
  state?: EgressState;
  /** One line for the log and the job summary. */
  summary: string;
  plan?: EgressPlan;
}

/** Thrown inside start; block mode surfaces it, audit mode turns it into a warning. */
class EgressFailure extends Error {}

export async function startEgress(options: StartOptions, deps: EgressDeps): Promise<StartResult> {
  const paths: SystemPaths = { ...DEFAULT_PATHS, ...deps.paths };
  const sudo = deps.uid !== 0;
  const priv = (argv: string[]): string[] => (sudo ? ['sudo', '-n', ...argv] : argv);
  const run = (argv: string[], stdin?: string): Promise<CommandResult> =>
    deps.run(priv(argv), stdin === undefined ? undefined : { stdin });
  const must = async (command: Command): Promise<CommandResult> => {
    const result = await run(command.argv, command.stdin);
    if (result.code !== 0)
      throw new EgressFailure(`could not ${command.why}: ${firstLine(result.stderr || result.stdout)}`);
    return result;
  };

  let state: EgressState | undefined;
  let plan: EgressPlan | undefined;
  try {
    await checkPlatform(deps, paths, options.env);
    const resolv = await readResolver(deps, paths);
    if (resolv.upstreams.length === 0) {
      throw new EgressFailure(
        `no upstream DNS resolver found in ${resolv.source} (loopback resolvers cannot be used)`,
      );
    }
    const id = randomBytes(3).toString('hex');
    const names = options.names ?? { chain: `EXFILGUARD${id}`, set: `exfilguard${id}` };
    const dir = join(options.runnerTemp, `exfil-guard-egress-${names.set}`);
    await deps.fs.mkdir(dir);
    const planInput = {
      mode: options.mode,
      allowlist: options.allowlist,
      required: requiredEndpoints(),
      upstreams: resolv.upstreams,
      names,
      dir,
      ...(options.ports ? { ports: options.ports } : {}),
    };
    // The sets depend on nothing the probes find, so they are created while the probes run: every round of
    // processes here delays the rules. (Both families' sets; unused IPv6 ones are destroyed in post.)
    const sets = planEgress({ ...planInput, ipv6: true, dockerUser: { v4: false, v6: false } });
    const destroySets = sets.teardown.filter((c) => c.argv[0] === 'ipset');
    state = {
      version: 1,
      mode: options.mode,
      names,
      sudo,
      startedAt: deps.now(),
      dir,
      ipv6: false,
      sudoDisabled: false,
      saved: { v4: join(dir, 'iptables.before') },
      userEntries: options.allowlist.map(formatEndpoint),
      teardown: destroySets,
      dnsPort: sets.dns.listen[0]?.port ?? 53,
    };
    deps.saveState?.(state);

    // The save output also names the backend ("(nf_tables)" or "(legacy)") in its header.
    const [sudoProbe, v4Save, v6Save, created] = await Promise.all([
      sudo ? deps.run(['sudo', '-n', 'true']) : Promise.resolve(undefined),
      run(['iptables-save']),
      run(['ip6tables-save']),
      run(['ipset', 'restore'], sets.ipsetRestore),
    ]);
    if (sudoProbe && sudoProbe.code !== 0) {
      throw new EgressFailure('sudo without a password is not available to the runner user');
    }
    if (v4Save.code === 127) throw new EgressFailure('iptables is not installed');
    if (v4Save.code !== 0) throw new EgressFailure(`iptables is not usable: ${firstLine(v4Save.stderr)}`);
    const ipv6 = v6Save.code === 0;
    if (!ipv6 && options.mode === 'block') {
      throw new EgressFailure(
        `ip6tables is not usable, so IPv6 could not be filtered: ${firstLine(v6Save.stderr)}`,
      );
    }
    if (created.code === 127) throw new EgressFailure('ipset is not installed');
    if (created.code !== 0) {
      throw new EgressFailure(`could not create the allow and record ipsets: ${firstLine(created.stderr)}`);
    }
    const nft = /^# Generated by iptables-save .*\(nf_tables\)/m.test(v4Save.stdout);
    const missing = (save: string): string[] =>
      nft ? ['filter', 'nat'].filter((table) => !chainsOf(save).has(table)) : [];

    const saved = {
      v4: join(dir, 'iptables.before'),
      ...(ipv6 ? { v6: join(dir, 'ip6tables.before') } : {}),
    };
    await deps.fs.writeFile(saved.v4, v4Save.stdout);
    if (saved.v6) await deps.fs.writeFile(saved.v6, v6Save.stdout);

    plan = planEgress({
      ...planInput,
      dockerUser: {
        v4: chainsOf(v4Save.stdout).get('filter')?.has('DOCKER-USER') ?? false,
        v6: chainsOf(v6Save.stdout).get('filter')?.has('DOCKER-USER') ?? false,
      },
      ipv6,
      newNftTables: { v4: missing(v4Save.stdout), v6: ipv6 ? missing(v6Save.stdout) : [] },
    });
    // Rules are removed before the sets they refer to can be destroyed.
    state.teardown = [...plan.teardown.filter((c) => c.argv[0] !== 'ipset'), ...destroySets];
    state.ipv6 = ipv6;
    state.saved = saved;
    deps.saveState?.(state);

    // The rules (both families side by side), then the daemon.
    const ruleSteps = plan.install.filter((c) => c.argv[0] !== 'ipset');
    const configPath = join(dir, 'dns-daemon.json');
    await deps.fs.writeFile(configPath, JSON.stringify(plan.dns, null, 2) + '\n');
    const logFile = join(dir, 'dns-daemon.log');
    await Promise.all(ruleSteps.map(must));
    state.rulesAt = deps.now();
    deps.saveState?.(state);
    // Started once the rules are in: forking a large process would hold them up, and until the resolver
    // is switched below, nothing asks the daemon anything.
    const daemon = deps.spawnDetached(priv([...deps.daemonArgv, configPath]), logFile);

    await waitReady(deps, plan, logFile, () => daemon.exitCode(), options.readyTimeoutMs ?? 5000);
    state.daemonPid = Number((await deps.fs.readFile(plan.dns.files.pid)).trim()) || undefined;
    deps.saveState?.(state);

    state.resolvConf = await pointResolver(deps, paths, run, dir, resolv.symlink, ipv6);
    deps.saveState?.(state);
    if (resolv.resolved) {
      state.resolvedDropIn = await pointResolved(paths, run, dir, deps);
      deps.saveState?.(state);
    }

    if (options.disableSudo) {
      await disableSudo(deps, paths, run, options.env);
      state.sudoDisabled = sudo;
      deps.saveState?.(state);
    }

    const summary =
      `egress ${options.mode}: ${options.allowlist.length} allowed endpoints plus the runner's own, ` +
      `IPv4${ipv6 ? ' and IPv6' : ''}, host and containers (${plan.hooks
        .filter((h) => h.family === 4 && h.table === 'filter' && h.chain !== 'INPUT')
        .map((h) => h.chain)
        .join(', ')}), DNS through the daemon (upstream ${resolv.upstreams.join(', ')})`;
    return { state, summary, plan };
  } catch (error) {
    if (!(error instanceof EgressFailure)) throw error;
    if (options.mode === 'block') {
      // Fail closed: whatever is installed stays until the post step removes it.
      throw new UserError(`egress-policy block could not be enforced: ${error.message}`);
    }
    deps.warn(`egress-policy audit is not active: ${error.message}`);
    if (state) {
      await undoEgress(state, deps);
      deps.saveState?.(undefined);
    }
    return { summary: `egress audit not active: ${error.message}` };
  }
}

async function checkPlatform(
  deps: EgressDeps,
  paths: SystemPaths,
  env: Record<string, string | undefined>,
): Promise<void> {
  if (deps.platform !== 'linux') {
    throw new EgressFailure(`it needs a Linux runner with iptables, and this runner is ${deps.platform}`);
  }
  // A runner that is itself a container with its own network namespace and NET_ADMIN (a self-hosted setup,
  // or these tests) can opt in; a container job or ubuntu-slim cannot reach the host's firewall.
  const inContainer =
    /slim/i.test(env.ImageOS ?? '') ||
    (await deps.fs.exists(paths.dockerEnv)) ||
    (await deps.fs.exists(paths.podmanEnv));
  if (inContainer && env.EXFIL_GUARD_EGRESS_IN_CONTAINER !== 'true') {
    throw new EgressFailure(
      'this step runs inside a container (a container job or ubuntu-slim), where the host firewall cannot be changed',
    );
  }
}

interface ResolverFacts {
  upstreams: string[];
  source: string;
  /** /etc/resolv.conf was a symlink to this target. */
  symlink?: string;
  resolved: boolean;
}

async function readResolver(deps: EgressDeps, paths: SystemPaths): Promise<ResolverFacts> {
  const symlink = await deps.fs.readlink(paths.resolvConf);
  const text = await deps.fs.readFile(paths.resolvConf).catch(() => '');
  const listed = nameservers(text);
  // systemd-resolved's stub (127.0.0.53) is not an upstream: the real ones are in its own resolv.conf.
  const resolved = listed.includes('127.0.0.53') || (symlink?.includes('/run/systemd/resolve/') ?? false);
  if (resolved) {
    const upstreamText = await deps.fs.readFile(paths.resolvedUpstreams).catch(() => '');
    const upstreams = nameservers(upstreamText).filter((a) => !isLoopback(a));
    return { upstreams, source: paths.resolvedUpstreams, resolved, ...(symlink ? { symlink } : {}) };
  }
  const upstreams = listed.filter((a) => !isLoopback(a) && !a.includes('%'));
  return { upstreams, source: paths.resolvConf, resolved, ...(symlink ? { symlink } : {}) };
}

async function waitReady(
  deps: EgressDeps,
  plan: EgressPlan,
  logFile: string,
  exitCode: () => number | null | undefined,
  timeoutMs: number,
): Promise<void> {
  const deadline = deps.now() + timeoutMs;
  while (deps.now() < deadline) {
    if (await deps.fs.exists(plan.dns.files.ready)) return;
    const code = exitCode();
    if (code !== undefined) {
      const log = await deps.fs.readFile(logFile).catch(() => '');
      throw new EgressFailure(
        `the DNS daemon exited (${code}) before it was ready: ${lastLine(log) || 'no output'}`,
      );
    }
    await deps.sleep(10);
  }
  throw new EgressFailure(`the DNS daemon was not ready within ${timeoutMs} ms (log: ${logFile})`);
}

async function pointResolver(
  deps: EgressDeps,
  paths: SystemPaths,
  run: (argv: string[], stdin?: string) => Promise<CommandResult>,
  dir: string,
  symlink: string | undefined,
  ipv6: boolean,
): Promise<NonNullable<EgressState['resolvConf']>> {
  const original = await deps.fs.readFile(paths.resolvConf).catch(() => '');
  const backup = join(dir, 'resolv.conf.before');
  await deps.fs.writeFile(backup, original);
  const options = original.split('\n').filter((l) => /^\s*(search|domain|options)\b/.test(l));
  const ours = join(dir, 'resolv.conf');
  await deps.fs.writeFile(
    ours,
    [
      '# written by exfil-guard for this job; restored by its post step',
      'nameserver 127.0.0.1',
      ...(ipv6 ? ['nameserver ::1'] : []),
      ...options,
      '',
    ].join('\n'),
  );
  // A symlink (systemd-resolved) is replaced by a file; a file is overwritten in place, which also works
  // when it is bind-mounted (containers, `ip netns exec`).
  if (symlink !== undefined) {
    const removed = await run(['rm', '-f', paths.resolvConf]);
    if (removed.code !== 0)
      throw new EgressFailure(`could not replace ${paths.resolvConf}: ${firstLine(removed.stderr)}`);
  }
  const copied = await run(['cp', ours, paths.resolvConf]);
  if (copied.code !== 0)
    throw new EgressFailure(`could not write ${paths.resolvConf}: ${firstLine(copied.stderr)}`);
  return symlink !== undefined
    ? { path: paths.resolvConf, kind: 'symlink', target: symlink }
    : { path: paths.resolvConf, kind: 'file', backup };
}

/** Programs that ask systemd-resolved directly (nss-resolve, D-Bus) must also end up at the daemon. */
async function pointResolved(
  paths: SystemPaths,
  run: (argv: string[], stdin?: string) => Promise<CommandResult>,
  dir: string,
  deps: EgressDeps,
): Promise<string | undefined> {
  const active = await run(['systemctl', 'is-active', '--quiet', 'systemd-resolved']);
  if (active.code !== 0) return undefined;
  const source = join(dir, 'resolved-exfil-guard.conf');
  await deps.fs.writeFile(source, '[Resolve]\nDNS=127.0.0.1\nDomains=~.\nDNSStubListener=yes\n');
  const target = join(paths.resolvedDropInDir, 'exfil-guard.conf');
  const steps = [
    ['mkdir', '-p', paths.resolvedDropInDir],
    ['cp', source, target],
    ['systemctl', 'restart', 'systemd-resolved'],
  ];
  let written = false;
  for (const argv of steps) {
    const result = await run(argv);
    if (result.code !== 0) {
      // resolv.conf already points at the daemon, and resolved's own upstream traffic is refused by the
      // rules, so this only costs programs that bypass resolv.conf their lookups: warn, do not fail.
      deps.warn(
        `could not point systemd-resolved at the DNS daemon (${argv.join(' ')}): ${firstLine(result.stderr)}`,
      );
      break;
    }
    written ||= argv[0] === 'cp';
  }
  return written ? target : undefined;
}

async function disableSudo(
  deps: EgressDeps,
  paths: SystemPaths,
  run: (argv: string[], stdin?: string) => Promise<CommandResult>,
  env: Record<string, string | undefined>,
): Promise<void> {
  if (deps.uid === 0) {
    deps.warn('disable-sudo has no effect: the job already runs as root');
    return;
  }
  // The Docker socket first (that still needs sudo): `docker run --privileged --net=host` could flush the rules.
  if (await deps.fs.exists(paths.dockerSocket)) {
    for (const argv of [
      ['chown', 'root:root', paths.dockerSocket],
      ['chmod', '600', paths.dockerSocket],
    ]) {
      const result = await run(argv);
      if (result.code !== 0)
        throw new EgressFailure(`could not close the Docker socket: ${firstLine(result.stderr)}`);
    }
  }
  const user = env.USER ?? env.LOGNAME ?? 'runner';
  const removed = await run(['rm', '-f', join(paths.sudoersDir, user)]);
  if (removed.code !== 0)
    throw new EgressFailure(`could not remove the sudo rights of ${user}: ${firstLine(removed.stderr)}`);
  const still = await deps.run(['sudo', '-n', 'true']);
  if (still.code === 0) {
    throw new EgressFailure(
      `${user} still has sudo after removing ${join(paths.sudoersDir, user)} (granted elsewhere)`,
    );
  }
}

export function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.trim() ?? '';
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)?.trim() ?? '';
}
