/**
 * The sink registry: which network tools a command or call is, and what it sends where. The engine calls
 * `matchCommand`/`matchCall`/`matchWrite` for every op of a script and follows taint into the returned
 * payload, stdin, env and files; `destinationOf(word, hint)` (destinations.ts) turns each destination word
 * into a classified Destination.
 */
import type { CallOp, CommandOp, Script, WriteOp } from '../../scripts/types.js';
import type { SinkMatch } from '../types.js';
import type { DestinationHint } from '../destinations.js';
import type { CallSink, CommandSink, ToolSinkMatch } from './types.js';
import { curlSink, matchCurl } from './curl.js';
import { matchWget, wgetSink } from './wget.js';
import { httpieSink } from './httpie.js';
import { netcatSinks } from './netcat.js';
import { sshSinks } from './ssh.js';
import { ftpSinks } from './ftp.js';
import { matchDevTcp, matchDevTcpWrite } from './devtcp.js';
import { dnsCallSink, dnsCommandSinks } from './dns.js';
import { pingSink } from './ping.js';
import { gitSink } from './git.js';
import { ghSink } from './gh.js';
import { dockerSinks } from './docker.js';
import { npmSink } from './npm.js';
import { matchPip, matchPublisher, matchTwine, pythonPackagingSinks } from './python-packaging.js';
import { cloudSinks } from './cloud.js';
import { pythonHttpSink } from './python-http.js';
import { nodeHttpSink } from './node-http.js';
import { matchPwshWebCmdlet, powershellCallSink, powershellCommandSinks } from './powershell-http.js';
import { mailSinks } from './mail.js';
import { template } from './words.js';

export type { ToolSinkMatch } from './types.js';

const COMMAND_SINKS: CommandSink[] = [
  curlSink,
  wgetSink,
  httpieSink,
  ...netcatSinks,
  ...sshSinks,
  ...ftpSinks,
  ...dnsCommandSinks,
  pingSink,
  gitSink,
  ghSink,
  ...dockerSinks,
  npmSink,
  ...pythonPackagingSinks,
  ...cloudSinks,
  ...powershellCommandSinks,
  ...mailSinks,
];

const CALL_SINKS: CallSink[] = [pythonHttpSink, nodeHttpSink, powershellCallSink, dnsCallSink];

const byName = new Map<string, CommandSink[]>();
for (const s of COMMAND_SINKS) {
  for (const name of s.names) byName.set(name.toLowerCase(), [...(byName.get(name.toLowerCase()) ?? []), s]);
}

/** PowerShell's `curl`/`wget` aliases (Windows PowerShell 5.1) are Invoke-WebRequest when used with its parameters. */
function isPwshAlias(op: CommandOp, script: Script): boolean {
  if (script.language !== 'powershell') return false;
  return op.args.some((a) =>
    /^-(uri|method|body|headers|outfile|usebasicparsing|infile|contenttype)\b/i.test(template(a)),
  );
}

/** `python -m twine upload …`, `python3 -m pip install …`: dispatch on the module. */
function pythonModule(op: CommandOp): ToolSinkMatch[] {
  const i = op.args.findIndex((a) => template(a) === '-m');
  const mod = i >= 0 ? op.args[i + 1] : undefined;
  if (!mod) return [];
  const rest = op.args.slice(i + 2);
  switch (template(mod)) {
    case 'twine':
      return matchTwine(op, rest);
    case 'pip':
      return matchPip(op, rest);
    case 'flit':
      return matchPublisher({ ...op, name: 'flit' }, rest);
    default:
      return [];
  }
}

/**
 * Environment variables that name a tool's destination instead of its default host (`GH_HOST`,
 * `NPM_CONFIG_REGISTRY`, `TWINE_REPOSITORY_URL`…), by the first word of the match's tool name. Applied here
 * to `VAR=value cmd` prefixes; the engine can apply the same table to the step's environment.
 */
export const DESTINATION_ENV: Record<string, { name: string; hint: DestinationHint }[]> = {
  gh: [{ name: 'GH_HOST', hint: 'host' }],
  npm: [
    { name: 'NPM_CONFIG_REGISTRY', hint: 'url' },
    { name: 'npm_config_registry', hint: 'url' },
  ],
  pnpm: [{ name: 'npm_config_registry', hint: 'url' }],
  yarn: [{ name: 'YARN_NPM_REGISTRY_SERVER', hint: 'url' }],
  twine: [{ name: 'TWINE_REPOSITORY_URL', hint: 'url' }],
  pip: [
    { name: 'PIP_INDEX_URL', hint: 'url' },
    { name: 'PIP_EXTRA_INDEX_URL', hint: 'url' },
  ],
  uv: [{ name: 'UV_PUBLISH_URL', hint: 'url' }],
  flit: [{ name: 'FLIT_INDEX_URL', hint: 'url' }],
  aws: [{ name: 'AWS_ENDPOINT_URL', hint: 'url' }],
};

function withEnvDestinations(op: CommandOp, m: ToolSinkMatch): ToolSinkMatch {
  const vars = DESTINATION_ENV[m.tool.split(' ')[0] ?? ''];
  if (!vars || op.envPrefix.length === 0) return m;
  const found = op.envPrefix.flatMap((a) => {
    const v = vars.find((x) => x.name === a.name);
    return v ? [{ word: a.value, hint: v.hint }] : [];
  });
  if (found.length === 0) return m;
  const { defaultHost: _dropped, ...rest } = m;
  return {
    ...rest,
    destinations: [...m.destinations, ...found.map((f) => f.word)],
    destinationHints: [...m.destinationHints, ...found.map((f) => f.hint)],
    payload: [...m.payload, ...found.map((f) => f.word)],
  };
}

export function matchCommand(op: CommandOp, script: Script): ToolSinkMatch[] {
  return matchCommandRaw(op, script).map((m) => withEnvDestinations(op, m));
}

function matchCommandRaw(op: CommandOp, script: Script): ToolSinkMatch[] {
  const matches: ToolSinkMatch[] = [];
  const name = op.name.toLowerCase();
  if ((name === 'curl' || name === 'wget' || name === 'iwr' || name === 'irm') && isPwshAlias(op, script)) {
    matches.push(...matchPwshWebCmdlet(op));
  } else if (/^python(\d+(\.\d+)?)?$|^py$/.test(name)) {
    matches.push(...pythonModule(op));
  } else if (name === 'uv' && op.args[0] && template(op.args[0]) === 'pip') {
    matches.push(...matchPip({ ...op, name: 'pip' }, op.args.slice(1)));
  } else {
    for (const s of byName.get(name) ?? []) matches.push(...s.match(op, script));
  }
  // Any command can write to a /dev/tcp redirection.
  if (op.redirects.length > 0) matches.push(...matchDevTcp(op, script));
  return matches;
}

export function matchCall(op: CallOp, script: Script): ToolSinkMatch[] {
  return CALL_SINKS.flatMap((s) => s.match(op, script));
}

/** File writes that are network sends (`> /dev/tcp/h/p` modelled as a WriteOp). */
export function matchWrite(op: WriteOp): ToolSinkMatch[] {
  return matchDevTcpWrite(op);
}

/** Whether a sink reads this environment variable (readsEnv entries may end in `*`). */
export function readsEnvVar(match: SinkMatch, name: string): boolean {
  return match.readsEnv.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : p === name));
}

/** Re-exported for callers that already know the tool. */
export { matchCurl, matchWget };
