/**
 * JavaScript package managers talking to a registry: npm/yarn/pnpm/bun publish, install and friends, and npx.
 * The registry comes from `--registry` (or `--@scope:registry`), else registry.npmjs.org; the token from
 * ~/.npmrc / .npmrc (often `${NODE_AUTH_TOKEN}`, as actions/setup-node writes it) or the environment.
 */
import type { CommandOp, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { parseOptions, type OptionSpec } from './options.js';
import { sink, type CommandSink, type ToolSinkMatch } from './types.js';
import { template } from './words.js';

export const NPM_ENV = [
  'NODE_AUTH_TOKEN',
  'NPM_TOKEN',
  'NPM_CONFIG__AUTH',
  'NPM_CONFIG__AUTHTOKEN',
  'npm_config__auth',
  'npm_config__authToken',
  'NPM_CONFIG_REGISTRY',
  'YARN_NPM_AUTH_TOKEN',
  'YARN_NPM_AUTH_IDENT',
  'NPM_CONFIG_USERCONFIG',
];
export const NPM_FILES = ['~/.npmrc', '.npmrc', '.yarnrc.yml', '~/.yarnrc.yml', '.yarnrc'];

const NPM_OPTIONS: OptionSpec = {
  shortWithArg: 'wC',
  longWithArg: new Set([
    'registry',
    'tag',
    'access',
    'otp',
    'workspace',
    'userconfig',
    'prefix',
    'cache',
    'filter',
    'provenance-file',
  ]),
};

/** Subcommands that contact the registry (with the token when one is configured). */
const REGISTRY_SUBCOMMANDS = new Set(
  `publish unpublish install i ci add update up upgrade view info show whoami access dist-tag deprecate owner
  token login adduser logout audit outdated exec dlx create init-from search star ping org team hook
  stars fund pack-publish npm`.split(/\s+/),
);

export function matchNpm(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, NPM_OPTIONS);
  const name = op.name.replace(/\.(cmd|exe)$/, '');
  let sub = parsed.positionals[0] ? template(parsed.positionals[0]) : name === 'yarn' ? 'install' : '';
  // Yarn berry: `yarn npm publish`.
  if (name === 'yarn' && sub === 'npm' && parsed.positionals[1]) sub = template(parsed.positionals[1]);
  const isNpx = name === 'npx' || name === 'pnpx' || name === 'bunx';
  if (!isNpx && !REGISTRY_SUBCOMMANDS.has(sub)) return [];
  const destinations: { word: Word; hint: DestinationHint }[] = [];
  for (const opt of parsed.options) {
    if (!opt.value) continue;
    if (opt.name === '--registry' || /^--@[^:]+:registry$/.test(opt.name))
      destinations.push({ word: opt.value, hint: 'url' });
  }
  const publishing = sub === 'publish' || sub === 'unpublish';
  return [
    sink({
      tool: isNpx ? name : `${name} ${sub}`,
      channel: 'registry',
      span: op.span,
      destinations,
      ...(destinations.length === 0
        ? { defaultHost: name === 'yarn' && !publishing ? 'registry.yarnpkg.com' : 'registry.npmjs.org' }
        : {}),
      payload: parsed.options.flatMap((o) => (o.name === '--otp' && o.value ? [o.value] : [])),
      readsEnv: NPM_ENV,
      readsFiles: NPM_FILES,
    }),
  ];
}

export const npmSink: CommandSink = {
  names: ['npm', 'yarn', 'pnpm', 'bun', 'npx', 'pnpx', 'bunx', 'npm.cmd', 'npx.cmd', 'yarn.cmd', 'pnpm.cmd'],
  match: (op) => matchNpm(op),
};
