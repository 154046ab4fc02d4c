/**
 * git: the remote a network subcommand talks to (a URL, scp-like `git@host:o/r`, or a remote name resolved
 * through `git remote add`/`set-url`/`clone` earlier in the same script), and what travels with it
 * (`https://user:${TOKEN}@host/…`, `-c http.extraheader=…`, push options).
 */
import type { CommandOp, Script, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { optionValues, parseOptions, type OptionSpec } from './options.js';
import { sink, unknownWord, type CommandSink, type ToolSinkMatch } from './types.js';
import { template } from './words.js';

const GLOBAL_OPTIONS: OptionSpec = {
  shortWithArg: 'Cc',
  longWithArg: new Set([
    'git-dir',
    'work-tree',
    'namespace',
    'exec-path',
    'config-env',
    'super-prefix',
    'list-cmds',
    'attr-source',
  ]),
  stopAtPositional: true,
};

const SUB_OPTIONS: Record<string, OptionSpec> = {
  clone: {
    shortWithArg: 'obujc',
    longWithArg: new Set(
      `origin branch upload-pack reference reference-if-able separate-git-dir depth shallow-since shallow-exclude
      config filter jobs template server-option bundle-uri ref-format revision also-filter-submodules`.split(
        /\s+/,
      ),
    ),
  },
  push: { shortWithArg: 'o', longWithArg: new Set(['repo', 'receive-pack', 'exec', 'push-option']) },
  fetch: {
    shortWithArg: 'jo',
    longWithArg: new Set([
      'depth',
      'deepen',
      'shallow-since',
      'shallow-exclude',
      'upload-pack',
      'jobs',
      'server-option',
      'negotiation-tip',
      'refmap',
      'filter',
    ]),
  },
  pull: {
    shortWithArg: 'sXjo',
    longWithArg: new Set([
      'depth',
      'deepen',
      'shallow-since',
      'shallow-exclude',
      'upload-pack',
      'jobs',
      'server-option',
      'strategy',
      'strategy-option',
      'negotiation-tip',
    ]),
  },
  'ls-remote': { shortWithArg: 'o', longWithArg: new Set(['upload-pack', 'sort', 'server-option']) },
};

/** Whether a repository argument is a URL or path rather than a remote name. */
function isUrlLike(word: Word): boolean {
  const tpl = template(word);
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(tpl) || /^[^/:]+:/.test(tpl) || tpl.startsWith('/') || tpl.startsWith('.')
  );
}

/** The URL a remote name was given earlier in the script (`git remote add NAME URL`, `clone URL` → origin). */
function remoteUrl(name: string, script: Script, before: CommandOp): Word | null {
  let found: Word | null = null;
  for (const op of script.ops) {
    if (op === before) break;
    if (op.kind !== 'command' || op.name !== 'git') continue;
    const g = parseOptions(op.args, GLOBAL_OPTIONS);
    const [sub, ...rest] = g.rest;
    const subName = sub ? template(sub) : '';
    if (subName === 'remote') {
      const parsed = parseOptions(rest, { shortWithArg: 'tm', longWithArg: new Set(['mirror']) });
      const [action, remote, url] = parsed.positionals;
      const act = action ? template(action) : '';
      if ((act === 'add' || act === 'set-url') && remote && url && template(remote) === name) found = url;
    } else if (subName === 'clone' && name === 'origin') {
      const parsed = parseOptions(rest, SUB_OPTIONS['clone'] ?? GLOBAL_OPTIONS);
      const origin = optionValues(parsed, '-o', '--origin')[0];
      if (!origin && parsed.positionals[0]) found = parsed.positionals[0];
    }
  }
  return found;
}

function repoDestination(repo: Word | undefined, script: Script, op: CommandOp): Word {
  if (!repo) return unknownWord('git remote (default)', op.span);
  if (isUrlLike(repo)) return repo;
  const name = template(repo);
  return remoteUrl(name, script, op) ?? unknownWord(`git remote ${repo.raw}`, repo.span);
}

export function matchGit(op: CommandOp, script: Script): ToolSinkMatch[] {
  const global = parseOptions(op.args, GLOBAL_OPTIONS);
  const [subWord, ...rest] = global.rest;
  if (!subWord) return [];
  const sub = template(subWord);
  const config = optionValues(global, '-c');
  const configEnv = optionValues(global, '--config-env').flatMap((w) => {
    const m = /=([A-Za-z_][A-Za-z0-9_]*)$/.exec(template(w));
    return m?.[1] ? [m[1]] : [];
  });
  const destinations: { word: Word; hint: DestinationHint }[] = [];
  const payload: Word[] = [...config];
  switch (sub) {
    case 'clone': {
      const parsed = parseOptions(rest, SUB_OPTIONS['clone'] ?? GLOBAL_OPTIONS);
      const url = parsed.positionals[0];
      if (!url) return [];
      destinations.push({ word: url, hint: 'git' });
      payload.push(...optionValues(parsed, '-c', '--config'));
      break;
    }
    case 'push':
    case 'fetch':
    case 'pull':
    case 'ls-remote': {
      const parsed = parseOptions(rest, SUB_OPTIONS[sub] ?? GLOBAL_OPTIONS);
      const repo = optionValues(parsed, '--repo')[0] ?? parsed.positionals[0];
      destinations.push({ word: repoDestination(repo, script, op), hint: 'git' });
      payload.push(...optionValues(parsed, '-o', '--push-option', '--server-option'));
      break;
    }
    case 'remote': {
      const parsed = parseOptions(rest, { shortWithArg: 'tm', longWithArg: new Set(['mirror']) });
      const [action, , url] = parsed.positionals;
      const act = action ? template(action) : '';
      if ((act !== 'add' && act !== 'set-url') || !url) return [];
      destinations.push({ word: url, hint: 'git' });
      break;
    }
    case 'submodule': {
      const parsed = parseOptions(rest, {
        shortWithArg: 'b',
        longWithArg: new Set(['branch', 'name', 'reference', 'depth']),
      });
      const [action, url] = parsed.positionals;
      if (!action || template(action) !== 'add' || !url) return [];
      destinations.push({ word: url, hint: 'git' });
      break;
    }
    case 'archive': {
      const parsed = parseOptions(rest, {
        shortWithArg: 'o',
        longWithArg: new Set(['remote', 'format', 'prefix', 'output', 'exec']),
      });
      const remote = optionValues(parsed, '--remote')[0];
      if (!remote) return [];
      destinations.push({ word: repoDestination(remote, script, op), hint: 'git' });
      break;
    }
    default:
      return [];
  }
  return [
    sink({
      tool: `git ${sub}`,
      channel: 'git',
      span: op.span,
      destinations,
      payload,
      readsEnv: configEnv,
      // Stored credentials and the token actions/checkout persists in .git/config go to the remote.
      readsFiles: ['~/.git-credentials', '.git/config', '~/.gitconfig', '~/.netrc'],
    }),
  ];
}

export const gitSink: CommandSink = {
  names: ['git', 'git.exe'],
  match: (op, script) => matchGit(op, script),
};
