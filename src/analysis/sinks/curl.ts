/**
 * curl: every way it sends data (bodies, forms, uploads, headers, credentials, cookies, the URL itself) and
 * every way it names a destination (positional URLs, `--url`, proxies). Options that take an argument are
 * listed from `curl --help all` (curl 8) so that their values are never read as URLs.
 */
import type { CommandOp, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { parseOptions, type OptionSpec } from './options.js';
import { sink, unknownWord, type CommandSink, type ToolSinkMatch } from './types.js';
import { literalPrefix, subWord, template } from './words.js';

const LONG_WITH_ARG = new Set(
  `abstract-unix-socket alt-svc aws-sigv4 cacert capath cert cert-type ciphers config connect-timeout connect-to
  continue-at cookie cookie-jar create-file-mode crlfile curves data data-ascii data-binary data-raw
  data-urlencode delegation dns-interface dns-ipv4-addr dns-ipv6-addr dns-servers doh-url dump-header egd-file
  engine etag-compare etag-save expect100-timeout form form-string ftp-account ftp-alternative-to-user
  ftp-method ftp-port ftp-ssl-ccc-mode happy-eyeballs-timeout-ms header hostpubmd5 hostpubsha256 hsts
  interface json keepalive-time key key-type krb libcurl limit-rate local-port login-options mail-auth
  mail-from mail-rcpt max-filesize max-redirs max-time netrc-file noproxy oauth2-bearer output output-dir
  parallel-max pass pinnedpubkey preproxy proto proto-default proto-redir proxy proxy-cacert proxy-capath
  proxy-cert proxy-cert-type proxy-ciphers proxy-crlfile proxy-header proxy-key proxy-key-type proxy-pass
  proxy-pinnedpubkey proxy-service-name proxy-tls13-ciphers proxy-tlsauthtype proxy-tlspassword
  proxy-tlsuser proxy-user pubkey quote random-file range rate referer request request-target resolve retry
  retry-delay retry-max-time sasl-authzid service-name socks4 socks4a socks5 socks5-gssapi-service
  socks5-hostname speed-limit speed-time stderr telnet-option tftp-blksize time-cond tls-max tls13-ciphers
  tlsauthtype tlspassword tlsuser trace trace-ascii trace-config unix-socket upload-file url url-query user
  user-agent write-out variable ech ip-tos vlan-priority haproxy-clientip sigalgs knownhosts upload-flags
  ssl-sessions retry-connrefused-timeout mptcp-port`.split(/\s+/),
);

export const CURL_OPTIONS: OptionSpec = {
  shortWithArg: 'EKCbcdDFPHmoxUQreXYytzTuAw',
  longWithArg: LONG_WITH_ARG,
};

/** Data options whose value may be `@file` / `@-`. */
const DATA_AT = new Set(['-d', '--data', '--data-ascii', '--data-binary', '--json']);
const DATA_RAW = new Set(['--data-raw']);
const FORM = new Set(['-F', '--form']);
const PLAIN_PAYLOAD = new Set([
  '--form-string',
  '-u',
  '--user',
  '-U',
  '--proxy-user',
  '--oauth2-bearer',
  '-e',
  '--referer',
  '-A',
  '--user-agent',
  '--url-query',
  '--proxy-header',
  '--request-target',
  '--mail-from',
  '--mail-rcpt',
  '--mail-auth',
  '--tlsuser',
  '--tlspassword',
  '--proxy-tlsuser',
  '--proxy-tlspassword',
  '--pass',
  '--proxy-pass',
  '--login-options',
  '--sasl-authzid',
  '--aws-sigv4',
  '--variable',
]);
const PROXIES = new Set([
  '-x',
  '--proxy',
  '--preproxy',
  '--socks4',
  '--socks4a',
  '--socks5',
  '--socks5-hostname',
]);

/** `--expand-data` is `--data` with variable expansion (curl 8.3); the option is otherwise the same. */
function canonical(name: string): string {
  return name.startsWith('--expand-') ? `--${name.slice('--expand-'.length)}` : name;
}

export function matchCurl(op: CommandOp, tool = 'curl'): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, CURL_OPTIONS);
  const destinations: { word: Word; hint: DestinationHint }[] = [];
  const payload: Word[] = [];
  const uploads: Word[] = [];
  const readsFiles: string[] = [];
  let sendsStdin = false;

  const atFile = (value: Word): void => {
    // `@-` is stdin, `@file` is the file's content; anything else is the data itself.
    const tpl = template(value);
    if (tpl === '@-') sendsStdin = true;
    else if (literalPrefix(value).startsWith('@')) uploads.push(subWord(value, 1));
    else payload.push(value);
  };

  for (const opt of parsed.options) {
    const name = canonical(opt.name);
    const value = opt.value;
    if (name === '-n' || name === '--netrc' || name === '--netrc-optional') readsFiles.push('~/.netrc');
    if (!value) continue;
    if (DATA_AT.has(name)) atFile(value);
    else if (DATA_RAW.has(name) || PLAIN_PAYLOAD.has(name)) payload.push(value);
    else if (name === '--data-urlencode') {
      // `content`, `=content`, `name=content`, `@file`, `name@file`
      const tpl = template(value);
      const eq = tpl.indexOf('=');
      const at = tpl.indexOf('@');
      if (at >= 0 && (eq < 0 || at < eq)) {
        const file = subWord(value, at + 1);
        if (template(file) === '-') sendsStdin = true;
        else uploads.push(file);
      } else payload.push(value);
    } else if (FORM.has(name)) {
      // `name=value`, `name=@file[;type=…]`, `name=<file`
      const tpl = template(value);
      const eq = tpl.indexOf('=');
      const marker = eq >= 0 ? tpl[eq + 1] : undefined;
      if (marker === '@' || marker === '<') {
        const semi = tpl.indexOf(';', eq + 2);
        const file = subWord(value, eq + 2, semi >= 0 ? semi : undefined);
        if (template(file) === '-') sendsStdin = true;
        else uploads.push(file);
        payload.push(subWord(value, 0, eq));
      } else payload.push(value);
    } else if (name === '-H' || name === '--header') {
      if (literalPrefix(value).startsWith('@')) {
        const file = subWord(value, 1);
        if (template(file) === '-') sendsStdin = true;
        else uploads.push(file);
      } else payload.push(value);
    } else if (name === '-b' || name === '--cookie') {
      // Without `=` the argument is a cookie file to read.
      if (template(value).includes('=')) payload.push(value);
      else uploads.push(value);
    } else if (name === '-T' || name === '--upload-file') {
      const tpl = template(value);
      if (tpl === '-' || tpl === '.') sendsStdin = true;
      else uploads.push(value);
    } else if (name === '--url') destinations.push({ word: value, hint: 'url' });
    else if (PROXIES.has(name)) destinations.push({ word: value, hint: 'url' });
    else if (name === '-K' || name === '--config') {
      // The config file may name URLs and data: the destination is not known statically.
      if (template(value) === '-') sendsStdin = true;
      else uploads.push(value);
      destinations.push({ word: unknownWord(`curl config ${value.raw}`, value.span), hint: 'url' });
    } else if (name === '--netrc-file') readsFiles.push(value.raw);
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
      readsFiles,
    }),
  ];
}

export const curlSink: CommandSink = {
  names: ['curl', 'curl.exe'],
  match: (op) => matchCurl(op),
};
