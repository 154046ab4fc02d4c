/**
 * ftp, lftp and ncftpput. FTP clients take their commands (and often credentials) on stdin or in a script
 * option, so what they upload is rarely static: the destination is the host, the payload the command text.
 */
import type { CommandOp, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { optionValues, parseOptions } from './options.js';
import { sink, unknownWord, type CommandSink, type ToolSinkMatch } from './types.js';
import { concatWords } from './words.js';

export function matchFtp(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, { shortWithArg: 'P', longWithArg: new Set() });
  const [host, port] = parsed.positionals;
  if (!host) return [];
  const word = port ? concatWords([host, ':', port], host.span) : host;
  return [
    sink({
      tool: op.name,
      channel: 'ftp',
      span: op.span,
      destinations: [{ word, hint: 'url' }],
      sendsStdin: true,
      readsFiles: ['~/.netrc'],
    }),
  ];
}

export function matchLftp(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, {
    shortWithArg: 'uepfcD',
    longWithArg: new Set(['user', 'password', 'env-password']),
  });
  const destinations: { word: Word; hint: DestinationHint }[] = parsed.positionals.map((word) => ({
    word,
    hint: 'url' as const,
  }));
  const commands = optionValues(parsed, '-c', '-e');
  if (destinations.length === 0) {
    // `lftp -c "open host; put f"` or `-f script`: the host is inside the commands.
    destinations.push({ word: unknownWord('lftp commands', op.span), hint: 'url' });
  }
  return [
    sink({
      tool: 'lftp',
      channel: 'ftp',
      span: op.span,
      destinations,
      payload: [...optionValues(parsed, '-u', '--user', '--password'), ...commands],
      uploads: optionValues(parsed, '-f'),
      sendsStdin: commands.length === 0,
      readsEnv: ['LFTP_PASSWORD'],
      readsFiles: ['~/.netrc'],
    }),
  ];
}

export function matchNcftpput(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, { shortWithArg: 'uPpjdetUmyfTSo', longWithArg: new Set() });
  const [host, , ...files] = parsed.positionals;
  if (!host) return [];
  return [
    sink({
      tool: 'ncftpput',
      channel: 'ftp',
      span: op.span,
      destinations: [{ word: host, hint: 'host' }],
      payload: optionValues(parsed, '-u', '-p'),
      uploads: files,
    }),
  ];
}

export const ftpSinks: CommandSink[] = [
  { names: ['ftp', 'pftp', 'tnftp'], match: (op) => matchFtp(op) },
  { names: ['lftp'], match: (op) => matchLftp(op) },
  { names: ['ncftpput'], match: (op) => matchNcftpput(op) },
];
