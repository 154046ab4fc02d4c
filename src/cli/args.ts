/** `exfil-guard` command line → a typed command. Usage errors are UserErrors (exit code 2). */
import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import type { FailOn } from '../options.js';
import { FORMATS } from './output.js';
import type { Format } from './output.js';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'scan';
      paths: string[];
      /** `OWNER/REPO[@REF]` arguments (remote repositories). */
      repos: string[];
      org: string | null;
      format: Format;
      config: string | null;
      failOn: FailOn;
      token: string | null;
      apiUrl: string | null;
      /** Worker threads; undefined lets the scan decide from the file count. */
      workers: number | undefined;
      debug: boolean;
    };

export const USAGE = `Usage: exfil-guard scan [PATH...] [options]
       exfil-guard scan OWNER/REPO[@REF] [options]
       exfil-guard scan --org ORG [options]

Follows every secret in GitHub Actions workflows to the network sinks that can send it.
A directory means its .github/workflows/*.yml|yaml and every action.yml|yaml below it
(node_modules and .git are skipped). Without PATH, the current directory is scanned.

Options:
  --format text|json|sarif|github  output format (default: text; github = workflow commands)
  --config FILE                    policy file (default: .github/exfil-guard.yml when present)
  --fail-on error|warning|never    lowest severity that makes the exit code 1 (default: error)
  --org ORG                        scan every repository of an organisation through the API
  --token TOKEN                    API token for remote scans (default: $GITHUB_TOKEN)
  --api-url URL                    API base URL (default: $GITHUB_API_URL or https://api.github.com)
  --workers N                      worker threads (default: chosen from the number of files; 0 = none)
  --debug                          show stack traces of internal errors
  -h, --help                       show this help
  -v, --version                    show the version

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error or no readable input.
`;

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];
/** `owner/repo` or `owner/repo@ref`, as GitHub spells names. */
const REPO_ARG = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9_.-]+(@\S+)?$/;

export function parseCommand(argv: readonly string[], exists: (path: string) => boolean): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        config: { type: 'string' },
        'fail-on': { type: 'string' },
        org: { type: 'string' },
        token: { type: 'string' },
        'api-url': { type: 'string' },
        workers: { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UserError(`${(e as Error).message.split('\n')[0] ?? 'bad arguments'}; see exfil-guard --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined)
    throw new UserError('missing command; try: exfil-guard scan [PATH...] (see --help)');
  if (command === 'help') return { kind: 'help' };
  if (command !== 'scan')
    throw new UserError(`unknown command "${command}"; the command is: scan (see --help)`);

  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`--format has invalid value "${format}"; expected one of: ${FORMATS.join(', ')}`);
  }
  const failOn = values['fail-on'] ?? 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new UserError(`--fail-on has invalid value "${failOn}"; expected one of: ${FAIL_ON.join(', ')}`);
  }
  let workers: number | undefined;
  if (values.workers !== undefined) {
    if (!/^\d{1,3}$/.test(values.workers)) {
      throw new UserError(`--workers has invalid value "${values.workers}"; expected a whole number 0-999`);
    }
    workers = Number(values.workers);
  }
  const paths: string[] = [];
  const repos: string[] = [];
  // A path that exists wins over the OWNER/REPO reading of the same text.
  for (const arg of rest) (!exists(arg) && REPO_ARG.test(arg) ? repos : paths).push(arg);
  const org = values.org ?? null;
  if (org !== null && (paths.length > 0 || repos.length > 0)) {
    throw new UserError('--org scans a whole organisation; give it no PATH or OWNER/REPO arguments');
  }
  if (org !== null && !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(org)) {
    throw new UserError(`--org has invalid value "${org}"; expected an organisation login`);
  }
  return {
    kind: 'scan',
    paths: paths.length === 0 && repos.length === 0 && org === null ? ['.'] : paths,
    repos,
    org,
    format: format as Format,
    config: values.config ?? null,
    failOn: failOn as FailOn,
    token: values.token ?? null,
    apiUrl: values['api-url'] ?? null,
    workers,
    debug: values.debug ?? false,
  };
}
