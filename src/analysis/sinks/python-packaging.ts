/**
 * Python packaging: twine, pip, poetry, uv, flit, hatch, pdm. Also reached as `python -m twine …` (index.ts
 * dispatches `-m module` to the module's matcher).
 */
import type { CommandOp, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { optionValues, parseOptions, type OptionSpec } from './options.js';
import { sink, type CommandSink, type ToolSinkMatch } from './types.js';
import { template } from './words.js';

export const PYPI_UPLOAD = 'upload.pypi.org';
export const TESTPYPI_UPLOAD = 'test.pypi.org';

const TWINE_OPTIONS: OptionSpec = {
  shortWithArg: 'rusipc',
  longWithArg: new Set([
    'repository',
    'repository-url',
    'sign-with',
    'identity',
    'username',
    'password',
    'comment',
    'config-file',
    'client-cert',
    'cert',
    'attestations',
  ]),
};

export function matchTwine(op: CommandOp, args = op.args): ToolSinkMatch[] {
  const [subWord, ...rest] = args;
  if (!subWord || template(subWord) !== 'upload') return [];
  const parsed = parseOptions(rest, TWINE_OPTIONS);
  const url = optionValues(parsed, '--repository-url')[0];
  const repo = optionValues(parsed, '-r', '--repository')[0];
  const repoName = repo ? template(repo) : 'pypi';
  return [
    sink({
      tool: 'twine upload',
      channel: 'registry',
      span: op.span,
      destinations: url ? [{ word: url, hint: 'url' }] : [],
      ...(url ? {} : { defaultHost: repoName === 'testpypi' ? TESTPYPI_UPLOAD : PYPI_UPLOAD }),
      payload: optionValues(parsed, '-u', '--username', '-p', '--password'),
      uploads: parsed.positionals,
      readsEnv: ['TWINE_PASSWORD', 'TWINE_USERNAME', 'TWINE_REPOSITORY_URL', 'TWINE_REPOSITORY'],
      readsFiles: ['~/.pypirc', '~/.netrc'],
    }),
  ];
}

const PIP_OPTIONS: OptionSpec = {
  shortWithArg: 'ircecft',
  longWithArg: new Set(
    `index-url extra-index-url find-links requirement constraint editable target platform python-version
    implementation abi root prefix src upgrade-strategy progress-bar log proxy retries timeout exists-action
    trusted-host cert client-cert cache-dir report only-binary no-binary config-settings global-option
    python keyring-provider use-feature use-deprecated`.split(/\s+/),
  ),
};

export function matchPip(op: CommandOp, args = op.args): ToolSinkMatch[] {
  const parsed = parseOptions(args, PIP_OPTIONS);
  const sub = parsed.positionals[0] ? template(parsed.positionals[0]) : '';
  if (!['install', 'download', 'wheel', 'index', 'search'].includes(sub)) return [];
  const destinations: { word: Word; hint: DestinationHint }[] = [];
  for (const w of optionValues(
    parsed,
    '-i',
    '--index-url',
    '--extra-index-url',
    '-f',
    '--find-links',
    '--proxy',
  )) {
    destinations.push({ word: w, hint: 'url' });
  }
  const custom = optionValues(parsed, '-i', '--index-url').length > 0;
  return [
    sink({
      tool: `pip ${sub}`,
      channel: 'registry',
      span: op.span,
      destinations,
      ...(custom ? {} : { defaultHost: 'pypi.org' }),
      readsEnv: ['PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL', 'PIP_FIND_LINKS'],
      readsFiles: ['~/.netrc', '~/.config/pip/pip.conf', '~/.pip/pip.conf', '/etc/pip.conf'],
    }),
  ];
}

/** `poetry publish`, `uv publish`, `flit publish`, `hatch publish`, `pdm publish`, `maturin publish/upload`. */
export function matchPublisher(op: CommandOp, args = op.args): ToolSinkMatch[] {
  const tool = op.name === 'python' || op.name.startsWith('python') ? 'flit' : op.name;
  const spec: OptionSpec = {
    shortWithArg: 'rupt',
    longWithArg: new Set([
      'repository',
      'username',
      'password',
      'token',
      'publish-url',
      'index',
      'repo',
      'user',
      'auth',
      'check-url',
      'trusted-publishing',
      'index-url',
      'pypirc',
      'ca-cert',
      'client-cert',
      'repository-url',
    ]),
  };
  const parsed = parseOptions(args, spec);
  const sub = parsed.positionals[0] ? template(parsed.positionals[0]) : '';
  if (sub !== 'publish' && !(tool === 'maturin' && sub === 'upload')) return [];
  const urls = optionValues(parsed, '--publish-url', '--repository-url', '--index-url');
  const repo = optionValues(parsed, '-r', '--repository', '--repo')[0];
  const repoUrl = repo && /:\/\//.test(template(repo)) ? repo : undefined;
  const destinations: { word: Word; hint: DestinationHint }[] = [...urls, ...(repoUrl ? [repoUrl] : [])].map(
    (word) => ({
      word,
      hint: 'url' as const,
    }),
  );
  const test = repo && template(repo) === 'testpypi';
  const env: Record<string, string[]> = {
    poetry: ['POETRY_PYPI_TOKEN_*', 'POETRY_HTTP_BASIC_*', 'POETRY_REPOSITORIES_*'],
    uv: ['UV_PUBLISH_TOKEN', 'UV_PUBLISH_USERNAME', 'UV_PUBLISH_PASSWORD', 'UV_PUBLISH_URL'],
    flit: ['FLIT_PASSWORD', 'FLIT_USERNAME', 'FLIT_INDEX_URL'],
    hatch: ['HATCH_INDEX_AUTH', 'HATCH_INDEX_USER', 'HATCH_INDEX_REPO'],
    pdm: ['PDM_PUBLISH_PASSWORD', 'PDM_PUBLISH_USERNAME', 'PDM_PUBLISH_REPO'],
    maturin: ['MATURIN_PYPI_TOKEN', 'MATURIN_PASSWORD', 'MATURIN_USERNAME', 'MATURIN_REPOSITORY_URL'],
  };
  return [
    sink({
      tool: `${tool} publish`,
      channel: 'registry',
      span: op.span,
      destinations,
      ...(destinations.length === 0 ? { defaultHost: test ? TESTPYPI_UPLOAD : PYPI_UPLOAD } : {}),
      payload: optionValues(parsed, '-u', '--username', '-p', '--password', '--token', '--auth', '--user'),
      readsEnv: env[tool] ?? [],
      readsFiles: ['~/.pypirc'],
    }),
  ];
}

export const pythonPackagingSinks: CommandSink[] = [
  { names: ['twine'], match: (op) => matchTwine(op) },
  { names: ['pip', 'pip3', 'pipx'], match: (op) => matchPip(op) },
  { names: ['poetry', 'uv', 'flit', 'hatch', 'pdm', 'maturin'], match: (op) => matchPublisher(op) },
];
