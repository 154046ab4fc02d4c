/**
 * ssh, scp, sftp, rsync: the remote host, what is uploaded (local sources of a copy to a remote target), and the
 * remote command line (sent to the host).
 */
import type { CommandOp, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { optionValues, parseOptions, type OptionSpec } from './options.js';
import { sink, type CommandSink, type ToolSinkMatch } from './types.js';
import { template } from './words.js';

const SSH_OPTIONS: OptionSpec = {
  shortWithArg: 'BbcDEeFIiJLlmOopQRSWw',
  longWithArg: new Set(),
  stopAtPositional: true,
};
const SCP_OPTIONS: OptionSpec = { shortWithArg: 'cDFiJlOoPSX', longWithArg: new Set() };
const SFTP_OPTIONS: OptionSpec = {
  shortWithArg: 'BbcDFiJloPRSsX',
  longWithArg: new Set(),
  stopAtPositional: true,
};
const RSYNC_OPTIONS: OptionSpec = {
  shortWithArg: 'efBTM',
  longWithArg: new Set(
    `rsh rsync-path exclude include filter files-from exclude-from include-from password-file port temp-dir
    log-file log-file-format chmod chown block-size bwlimit compare-dest copy-dest link-dest backup-dir suffix
    timeout contimeout max-size min-size max-delete partial-dir out-format info debug remote-option iconv
    sockopts usermap groupmap skip-compress address outbuf stop-after stop-at modify-window checksum-choice
    compress-choice compress-level read-batch write-batch only-write-batch protocol`.split(/\s+/),
  ),
};

/** `host:path`, `user@host:path`, `host::module`, `scp://…`/`rsync://…`: a remote path, not a local one. */
export function isRemotePath(word: Word): boolean {
  const tpl = template(word);
  if (/^(scp|sftp|ssh|rsync):\/\//i.test(tpl)) return true;
  const colon = tpl.indexOf(':');
  if (colon <= 0) return false;
  const slash = tpl.indexOf('/');
  return slash < 0 || slash > colon;
}

function jumpHosts(parsed: ReturnType<typeof parseOptions>): { word: Word; hint: DestinationHint }[] {
  return optionValues(parsed, '-J').map((word) => ({ word, hint: 'ssh' as const }));
}

export function matchSsh(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, SSH_OPTIONS);
  const [host, ...command] = parsed.rest.length > 0 ? parsed.rest : parsed.positionals;
  if (!host) return [];
  return [
    sink({
      tool: 'ssh',
      channel: 'ssh',
      span: op.span,
      destinations: [{ word: host, hint: 'ssh' }, ...jumpHosts(parsed)],
      payload: [...command, ...optionValues(parsed, '-o')],
      sendsStdin: true,
    }),
  ];
}

function copyMatch(
  op: CommandOp,
  tool: string,
  positionals: Word[],
  extra: Partial<Parameters<typeof sink>[0]>,
) {
  const target = positionals.at(-1);
  const sources = positionals.slice(0, -1);
  if (!target) return [];
  const destinations: { word: Word; hint: DestinationHint }[] = [];
  const uploads: Word[] = [];
  if (isRemotePath(target)) {
    destinations.push({ word: target, hint: 'ssh' });
    for (const s of sources) {
      if (isRemotePath(s)) destinations.push({ word: s, hint: 'ssh' });
      else uploads.push(s);
    }
  } else {
    for (const s of sources) if (isRemotePath(s)) destinations.push({ word: s, hint: 'ssh' });
  }
  if (destinations.length === 0) return [];
  return [sink({ tool, channel: 'ssh', span: op.span, destinations, uploads, ...extra })];
}

export function matchScp(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, SCP_OPTIONS);
  return copyMatch(op, 'scp', parsed.positionals, {});
}

export function matchRsync(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, RSYNC_OPTIONS);
  return copyMatch(op, 'rsync', parsed.positionals, {
    readsEnv: ['RSYNC_PASSWORD'],
    readsFiles: optionValues(parsed, '--password-file').map((w) => w.raw),
    payload: optionValues(parsed, '-e', '--rsh', '--rsync-path', '-M', '--remote-option'),
  });
}

export function matchSftp(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, SFTP_OPTIONS);
  const host = parsed.positionals[0];
  if (!host) return [];
  const batch = optionValues(parsed, '-b')[0];
  return [
    sink({
      tool: 'sftp',
      channel: 'ssh',
      span: op.span,
      destinations: [{ word: host, hint: 'ssh' }, ...jumpHosts(parsed)],
      // Batch commands (`put file`) come from stdin or a batch file; what they upload is not known statically.
      uploads: batch && template(batch) !== '-' ? [batch] : [],
      sendsStdin: !batch || template(batch) === '-',
    }),
  ];
}

export const sshSinks: CommandSink[] = [
  { names: ['ssh'], match: (op) => matchSsh(op) },
  { names: ['scp'], match: (op) => matchScp(op) },
  { names: ['sftp'], match: (op) => matchSftp(op) },
  { names: ['rsync'], match: (op) => matchRsync(op) },
];
