/**
 * The GitHub CLI. Every subcommand talks to GitHub (api.github.com, or GH_HOST / `--hostname` for GHES) with
 * GH_TOKEN/GITHUB_TOKEN; `gh api` fields, `--input` and release/gist uploads carry data there.
 */
import type { CommandOp, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { optionValues, parseOptions, type OptionSpec } from './options.js';
import { sink, type CommandSink, type ToolSinkMatch } from './types.js';
import { template } from './words.js';

export const GH_ENV = ['GH_TOKEN', 'GITHUB_TOKEN', 'GH_ENTERPRISE_TOKEN', 'GITHUB_ENTERPRISE_TOKEN'];

const GH_OPTIONS: OptionSpec = {
  shortWithArg: 'RfFHXqtpbnTlmaAsjew',
  longWithArg: new Set(
    `repo hostname field raw-field header method input jq template cache preview body body-file title notes
    notes-file target tag label assignee milestone project reviewer base head env org app visibility
    description filename secret-file jq ref json workflow`.split(/\s+/),
  ),
};

export function matchGh(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, GH_OPTIONS);
  const [sub, action] = parsed.positionals.map(template);
  if (!sub) return [];
  const destinations: { word: Word; hint: DestinationHint }[] = optionValues(parsed, '--hostname').map(
    (word) => ({
      word,
      hint: 'host' as const,
    }),
  );
  const payload: Word[] = [];
  const uploads: Word[] = [];
  let sendsStdin = false;
  for (const opt of parsed.options) {
    if (!opt.value) continue;
    const v = template(opt.value);
    if (['--input', '--body-file', '--notes-file', '-F', '--field'].includes(opt.name) && v.includes('@')) {
      // `-F key=@file` and `--input file` read files; `@-`/`-` read stdin.
      const file = v.slice(v.indexOf('@') + 1);
      if (file === '-') sendsStdin = true;
      else uploads.push(opt.value);
    } else if (['--input', '--body-file', '--notes-file', '--secret-file'].includes(opt.name)) {
      if (v === '-') sendsStdin = true;
      else uploads.push(opt.value);
    } else payload.push(opt.value);
  }
  // `gh release upload TAG files…`, `gh release create TAG files…`, `gh gist create files…`
  const files = parsed.positionals.slice(sub === 'gist' ? 2 : 3);
  if (
    (sub === 'release' && (action === 'upload' || action === 'create')) ||
    (sub === 'gist' && action === 'create')
  ) {
    uploads.push(...files.filter((f) => template(f) !== '-'));
    if (files.some((f) => template(f) === '-')) sendsStdin = true;
  } else {
    payload.push(...parsed.positionals.slice(1));
  }
  // `gh secret set NAME` reads the value from stdin without --body; `gh auth login --with-token` too.
  if (sub === 'secret' && action === 'set' && optionValues(parsed, '-b', '--body').length === 0)
    sendsStdin = true;
  if (sub === 'auth' && parsed.options.some((o) => o.name === '--with-token')) sendsStdin = true;
  return [
    sink({
      tool: `gh ${sub}`,
      channel: 'http',
      span: op.span,
      destinations,
      ...(destinations.length === 0 ? { defaultHost: 'api.github.com' } : {}),
      payload,
      uploads,
      sendsStdin,
      readsEnv: [...GH_ENV, 'GH_HOST'],
      readsFiles: ['~/.config/gh/hosts.yml'],
    }),
  ];
}

export const ghSink: CommandSink = { names: ['gh', 'gh.exe'], match: (op) => matchGh(op) };
