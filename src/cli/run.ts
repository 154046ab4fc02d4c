/**
 * The CLI's orchestration: command → files → policy → scan (in worker threads when worthwhile) → output →
 * exit code. The entry point (src/cli.ts) maps thrown errors to stderr and exit code 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ScanResult } from '../analysis/api.js';
import { UserError } from '../errors.js';
import type { Policy } from '../policy/types.js';
import { verdictOf } from '../report/index.js';
import type { ReportInput } from '../report/index.js';
import { knownRules } from '../action/rules.js';
import type { GitHubClient } from '../github/types.js';
import { sweepProgressBar, type ProgressStream } from '../scan/progress.js';
import { parseRepoSpec } from '../scan/repo-spec.js';
import { scanRepository } from '../scan/repository.js';
import * as sweepReport from '../scan/sweep-report.js';
import { sweepOrganisation } from '../scan/sweep.js';
import { buildPolicy } from '../action/policy.js';
import { USAGE, parseCommand } from './args.js';
import type { Command } from './args.js';
import { expandPaths } from './expand.js';
import { render } from './output.js';
import { scanInWorkers, workerCount } from './pool.js';
import { scanTargets } from './scan-local.js';
import { VERSION } from './version.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

type ScanCommand = Extract<Command, { kind: 'scan' }>;

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour and progress only on a terminal. */
  isTTY: boolean;
  /** The URL of the running entry script, started again as a scan worker. */
  workerUrl: URL;
  /** Where long scans draw their progress bar (stderr); drawn only when it is a terminal. */
  progress?: ProgressStream;
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseCommand(argv, (p) => existsSync(resolve(io.cwd, p)));
  switch (command.kind) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout(`exfil-guard ${VERSION}\n`);
      return EXIT_OK;
    case 'scan':
      return scan(command, io);
  }
}

async function scan(cmd: ScanCommand, io: CliIO): Promise<number> {
  const rules = knownRules();
  const { policy } = await buildPolicy({
    ruleIds: new Set(rules.map((r) => r.id)),
    config:
      cmd.config !== null
        ? { path: cmd.config, explicit: true }
        : cmd.paths.length === 1
          ? { path: resolve(io.cwd, cmd.paths[0] ?? '.', '.github/exfil-guard.yml'), explicit: false }
          : null,
    base: io.cwd,
    allowedEndpoints: [],
  });

  if (cmd.org !== null) return sweep(cmd.org, cmd, policy, io);

  const results: { result: ScanResult; sources?: Map<string, string> }[] = [];
  if (cmd.paths.length > 0) results.push({ result: await scanLocal(cmd, policy, io) });
  for (const spec of cmd.repos) results.push(await scanRemote(spec, cmd, policy, io));

  const result: ScanResult = {
    files: results.flatMap((r) => r.result.files),
    findings: results.flatMap((r) => r.result.findings),
  };
  const sources = new Map(results.flatMap((r) => [...(r.sources ?? [])]));
  const input: ReportInput = {
    result,
    failOn: cmd.failOn,
    rules,
    ...(sources.size > 0 ? { sources } : {}),
  };
  io.stdout(
    render(input, cmd.format, {
      color: io.isTTY,
      readLine: lineReader(io.cwd),
      scanned: cmd.repos.length === 1 && cmd.paths.length === 0 ? (cmd.repos[0] ?? '') : 'local',
    }),
  );
  if (result.files.length > 0 && result.files.every((f) => f.error !== null)) return EXIT_USAGE;
  return verdictOf(result.findings, cmd.failOn).shouldFail ? EXIT_FINDINGS : EXIT_OK;
}

async function scanLocal(cmd: ScanCommand, policy: Policy, io: CliIO): Promise<ScanResult> {
  const { files, problems } = await expandPaths(cmd.paths, io.cwd);
  for (const p of problems) io.stderr(`exfil-guard: ${p}\n`);
  if (files.length === 0 && cmd.repos.length === 0)
    throw new UserError('no workflow or action files to scan');
  const workers = workerCount(files.length, cmd.workers);
  return workers > 0
    ? scanInWorkers(files, policy, { workerUrl: io.workerUrl, workers })
    : scanTargets(files, policy);
}

/** `OWNER/REPO[@REF]` through the API (src/scan), with GITHUB_TOKEN or --token and GITHUB_API_URL or --api-url. */
async function scanRemote(
  spec: string,
  cmd: ScanCommand,
  policy: Policy,
  io: CliIO,
): Promise<{ result: ScanResult; sources: Map<string, string> }> {
  const repo = parseRepoSpec(spec);
  const client = await apiClient(cmd, io);
  const scan = await scanRepository(client, repo.fullName, repo.ref, policy);
  if (scan.files.length === 0)
    io.stderr(`exfil-guard: ${repo.fullName}@${scan.ref}: no workflow or action files\n`);
  return { result: scan, sources: scan.sources };
}

/** `--org ORG`: every repository of the organisation through the API, then a table of those with findings. */
async function sweep(org: string, cmd: ScanCommand, policy: Policy, io: CliIO): Promise<number> {
  const bar = sweepProgressBar(io.progress ?? { write: () => true, isTTY: false });
  const client = await apiClient(cmd, io, bar.onWait);
  let result;
  try {
    result = await sweepOrganisation(client, org, { policy, onProgress: bar.onProgress });
  } finally {
    bar.done();
  }
  const rules = knownRules();
  switch (cmd.format) {
    case 'json':
      io.stdout(sweepReport.formatSweepJson(result));
      break;
    case 'sarif':
      io.stdout(sweepReport.formatSweepSarif(result, { toolVersion: VERSION, rules }));
      break;
    case 'github':
      io.stdout(
        render(
          { result: { files: [], findings: sweepReport.sweepFindings(result) }, failOn: cmd.failOn, rules },
          'github',
          {
            color: false,
            scanned: org,
          },
        ),
      );
      break;
    case 'text':
      io.stdout(sweepReport.renderSweepTable(result, { color: io.isTTY }));
      break;
  }
  return sweepReport.sweepShouldFail(result, cmd.failOn) ? EXIT_FINDINGS : EXIT_OK;
}

async function apiClient(
  cmd: ScanCommand,
  io: CliIO,
  onWait?: (info: { reason: string; ms: number }) => void,
): Promise<GitHubClient> {
  const { createGitHubClient } = await import('../github/client.js');
  return createGitHubClient({
    token: cmd.token ?? io.env.GITHUB_TOKEN ?? '',
    apiUrl: cmd.apiUrl ?? io.env.GITHUB_API_URL ?? 'https://api.github.com',
    ...(onWait ? { onWait } : {}),
  });
}

/** Reads source lines for the text format, caching each file once. */
function lineReader(cwd: string): (file: string, line: number) => string | undefined {
  const cache = new Map<string, string[] | null>();
  return (file, line) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(resolve(cwd, file), 'utf8').split(/\r?\n/));
      } catch {
        cache.set(file, null);
      }
    }
    return cache.get(file)?.[line - 1];
  };
}
