/**
 * Facts about the runner that the workflow file cannot show, in the report layer's `RuntimeFacts` shape. Pure
 * over the environment record and the probes it is given; names of variables only, never their values.
 */
import type { Endpoint } from '../policy/types.js';
import type { Job } from '../workflow/types.js';
import { stepsBeforeGuard } from './guard-position.js';
import { proxiesOutsideAllowlist } from './proxy.js';
import { secretEnvNames } from './secret-names.js';
import type { EventFacts, RunnerProbes, RuntimeFacts } from './types.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Variables that make later processes load code the workflow does not show. */
export const INJECTION_VARIABLES = [
  'NODE_OPTIONS',
  'LD_PRELOAD',
  'LD_LIBRARY_PATH',
  'LD_AUDIT',
  'DYLD_INSERT_LIBRARIES',
  'BASH_ENV',
  'ENV',
  'PROMPT_COMMAND',
  'PYTHONSTARTUP',
  'PYTHONPATH',
  'PERL5OPT',
  'RUBYOPT',
  'JAVA_TOOL_OPTIONS',
  '_JAVA_OPTIONS',
  'GIT_SSH_COMMAND',
];

export interface RunnerFactOptions {
  /** The allowlist proxies are checked against. */
  allowlist: readonly Endpoint[];
  /** The running job from the workflow model, to count the steps before the guard. */
  job?: Job;
  /** The event facts, for `forkPullRequest`. */
  event?: EventFacts;
}

export async function readRunnerFacts(
  env: Env,
  probes: RunnerProbes,
  options: RunnerFactOptions,
): Promise<RuntimeFacts> {
  // Probes run concurrently: each is bounded, and together they cost one timeout at worst.
  const [inContainer, sudo, iptables] = await Promise.all([
    probes.inContainer().catch(() => false),
    probes.sudo ? probes.sudo().catch(() => false) : undefined,
    probes.iptables().catch(() => false),
  ]);
  const facts: RuntimeFacts = {
    // A container job's workspace is mounted at /__w; the process may not see /.dockerenv through the mount.
    container: inContainer || (env.GITHUB_WORKSPACE ?? '').startsWith('/__w/'),
    ...(sudo !== undefined ? { sudo } : {}),
    iptables,
    secretEnvNames: secretEnvNames(env),
    proxies: proxiesOutsideAllowlist(env, options.allowlist).map((p) => ({
      variable: p.variable,
      host: p.port === undefined ? p.host : `${p.host}:${p.port}`,
    })),
    injectionVariables: injectionVariables(env),
    oidcAvailable: (env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '') !== '',
  };
  if (env.RUNNER_ENVIRONMENT) facts.runnerEnvironment = env.RUNNER_ENVIRONMENT;
  if (env.RUNNER_OS) facts.os = env.RUNNER_OS;
  if (env.RUNNER_ARCH) facts.arch = env.RUNNER_ARCH;
  const before = options.job ? stepsBeforeGuard(options.job, env) : undefined;
  if (before !== undefined) facts.stepsBeforeGuard = before;
  if (options.event) facts.forkPullRequest = options.event.forkPullRequest;
  return facts;
}

/** Injection-prone variables that are set, including exported bash functions (`BASH_FUNC_name%%`). */
export function injectionVariables(env: Env): string[] {
  const set = INJECTION_VARIABLES.filter((name) => (env[name] ?? '') !== '');
  const functions = Object.keys(env).filter((name) => /^BASH_FUNC_.+%%$/.test(name));
  return [...set, ...functions.sort()];
}
