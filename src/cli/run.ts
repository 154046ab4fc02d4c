/**
 * The CLI's orchestration: command → files → policy → scan (in worker threads when worthwhile) → output →
 * exit code. The entry point (src/cli.ts) maps thrown errors to stderr and exit code 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ScanResult } from '../analysis/api.js';
import { UserError } from '../errors.js';
import { buildPolicy } from '../action/policy.js';
import { failingFindings } from '../action/verdict.js';
import { USAGE, parseCommand } from './args.js';
import type { Command } from './args.js';
import type { Format } from './formats.js';
import { expandPaths } from './expand.js';
import { formatGithub, formatJson, formatSarif, formatText } from './formats.js';
import { scanInWorkers, workerCount } from './pool.js';
import { scanTargets } from './scan-local.js';
import { VERSION } from './version.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour and progress only on a terminal. */
  isTTY: boolean;
  /** The URL of the running entry script, started again as a scan worker. */
  workerUrl: URL;
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

async function scan(cmd: Extract<Command, { kind: 'scan' }>, io: CliIO): Promise<number> {
  if (cmd.org !== null || cmd.repos.length > 0) {
    // Remote scans (src/scan/) are wired here once they exist.
    const what = cmd.org !== null ? `--org ${cmd.org}` : cmd.repos.join(' ');
    throw new UserError(
      `scanning ${what} through the GitHub API is not available yet; clone it and scan the directory`,
    );
  }
  const { files, problems } = await expandPaths(cmd.paths, io.cwd);
  for (const p of problems) io.stderr(`exfil-guard: ${p}\n`);
  if (files.length === 0) throw new UserError('no workflow or action files to scan');

  const { policy, notes } = await buildPolicy({
    config: cmd.config !== null ? { path: cmd.config, explicit: true } : defaultConfig(cmd.paths, io.cwd),
    base: io.cwd,
    allowedEndpoints: [],
  });
  for (const n of notes) io.stderr(`exfil-guard: ${n}\n`);

  const workers = workerCount(files.length, cmd.workers);
  const result =
    workers > 0
      ? await scanInWorkers(files, policy, { workerUrl: io.workerUrl, workers })
      : await scanTargets(files, policy);

  io.stdout(render(result, cmd.format, io));
  if (result.files.every((f) => f.error !== null)) return EXIT_USAGE;
  return failingFindings(result.findings, cmd.failOn).length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** `.github/exfil-guard.yml` of the single directory scanned, used only when present. */
function defaultConfig(paths: string[], cwd: string): { path: string; explicit: boolean } | null {
  if (paths.length !== 1) return null;
  return { path: resolve(cwd, paths[0] ?? '.', '.github/exfil-guard.yml'), explicit: false };
}

function render(result: ScanResult, format: Format, io: CliIO): string {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, VERSION);
    case 'github':
      return formatGithub(result);
    case 'text':
      return formatText(result, { color: io.isTTY, cwd: io.cwd, readLine: lineReader(io.cwd) });
  }
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
