/**
 * wget (and wget2): POST bodies, body files, headers, credentials, URLs and `-i` URL lists.
 */
import type { CommandOp, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { parseOptions, type OptionSpec } from './options.js';
import { sink, unknownWord, type CommandSink, type ToolSinkMatch } from './types.js';
import { template } from './words.js';

const WGET_OPTIONS: OptionSpec = {
  shortWithArg: 'oaeiBtOTwQPUlARDIXn',
  longWithArg: new Set(
    `output-file append-output execute input-file base tries output-document timeout wait quota
    directory-prefix user-agent level accept reject domains include-directories exclude-directories
    report-speed config rejected-log retry-on-http-error start-pos progress dns-timeout connect-timeout
    read-timeout waitretry bind-address limit-rate restrict-file-names prefer-family user password use-askpass
    local-encoding remote-encoding cut-dirs http-user http-password default-page header compression proxy-user
    proxy-password referer load-cookies save-cookies post-data post-file method body-data body-file
    secure-protocol certificate certificate-type private-key private-key-type ca-certificate ca-directory
    crl-file pinnedpubkey ciphers ftp-user ftp-password warc-file warc-header warc-max-size warc-dedup
    warc-tempdir backups accept-regex reject-regex regex-type exclude-domains follow-tags ignore-tags
    http-proxy https-proxy`.split(/\s+/),
  ),
};

const PAYLOAD = new Set([
  '--post-data',
  '--body-data',
  '--header',
  '--user',
  '--password',
  '--http-user',
  '--http-password',
  '--proxy-user',
  '--proxy-password',
  '--ftp-user',
  '--ftp-password',
  '--referer',
  '-U',
  '--user-agent',
]);
const FILES = new Set(['--post-file', '--body-file', '--load-cookies']);

export function matchWget(op: CommandOp, tool = 'wget'): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, WGET_OPTIONS);
  const destinations: { word: Word; hint: DestinationHint }[] = [];
  const payload: Word[] = [];
  const uploads: Word[] = [];
  let sendsStdin = false;
  for (const opt of parsed.options) {
    const value = opt.value;
    if (!value) continue;
    if (PAYLOAD.has(opt.name)) payload.push(value);
    else if (FILES.has(opt.name)) uploads.push(value);
    else if (opt.name === '-i' || opt.name === '--input-file') {
      if (template(value) === '-') sendsStdin = true;
      destinations.push({ word: unknownWord(`wget URL list ${value.raw}`, value.span), hint: 'url' });
    } else if (opt.name === '-e' || opt.name === '--execute') payload.push(value);
    else if (opt.name === '--http-proxy' || opt.name === '--https-proxy') {
      destinations.push({ word: value, hint: 'url' });
    }
  }
  for (const url of parsed.positionals) destinations.push({ word: url, hint: 'url' });
  return [
    sink({
      tool,
      channel: 'http',
      span: op.span,
      destinations,
      payload,
      uploads,
      sendsStdin,
      // wget reads ~/.netrc for credentials of the host it contacts.
      readsFiles: ['~/.netrc'],
    }),
  ];
}

export const wgetSink: CommandSink = {
  names: ['wget', 'wget2', 'wget.exe'],
  match: (op) => matchWget(op),
};
