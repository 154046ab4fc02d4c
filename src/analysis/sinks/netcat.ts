/**
 * Raw socket tools: nc/ncat/netcat, socat, telnet, `openssl s_client`. Each sends its stdin to the peer.
 * Destinations are written as `host:port` words joined from the separate arguments.
 */
import type { CommandOp, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { hasOption, optionValues, parseOptions, type OptionSpec } from './options.js';
import { sink, type CommandSink, type ToolSinkMatch } from './types.js';
import { concatWords, subWord, template } from './words.js';

const NC_OPTIONS: OptionSpec = {
  shortWithArg: 'pswiqxXeIOTVMmPcg',
  longWithArg: new Set(
    `exec sh-exec lua-exec source source-port wait idle-timeout proxy proxy-type proxy-auth proxy-dns
    max-conns allow allowfile deny denyfile output hex-dump append-output delay ssl-cert ssl-key
    ssl-trustfile ssl-ciphers ssl-servername ssl-alpn`.split(/\s+/),
  ),
};

export function matchNetcat(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, NC_OPTIONS);
  // A listener receives; `-l -e` is a bind shell, not a send.
  if (hasOption(parsed, '-l', '--listen')) return [];
  const [host, ...ports] = parsed.positionals;
  const destinations: { word: Word; hint: DestinationHint }[] = [];
  if (host) {
    const port = ports[0];
    destinations.push({ word: port ? concatWords([host, ':', port], host.span) : host, hint: 'host' });
  }
  for (const proxy of optionValues(parsed, '-x', '--proxy')) destinations.push({ word: proxy, hint: 'host' });
  const exec = optionValues(parsed, '-e', '-c', '--exec', '--sh-exec', '--lua-exec');
  return [
    sink({
      tool: op.name,
      channel: 'socket',
      span: op.span,
      destinations,
      payload: exec,
      sendsStdin: true,
    }),
  ];
}

const SOCAT_NET =
  /^(tcp[46]?|tcp[46]?-connect|udp[46]?|udp[46]?-connect|udp[46]?-sendto|udp[46]?-datagram|openssl|openssl-connect|ssl|sctp[46]?|sctp[46]?-connect|socks4a?|socks5|proxy|proxy-connect|dccp-connect):/i;

export function matchSocat(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, { shortWithArg: 'dlL', longWithArg: new Set() });
  const destinations: { word: Word; hint: DestinationHint }[] = [];
  const payload: Word[] = [];
  const uploads: Word[] = [];
  let sendsStdin = false;
  for (const address of parsed.positionals) {
    const tpl = template(address);
    const net = SOCAT_NET.exec(tpl);
    if (net) {
      const comma = tpl.indexOf(',', net[0].length);
      let target = subWord(address, net[0].length, comma >= 0 ? comma : undefined);
      const type = (net[1] ?? '').toLowerCase();
      // PROXY:proxy:host:port and SOCKS4:socks-server:host:port: the first host is the one contacted.
      if (type.startsWith('proxy') || type.startsWith('socks')) {
        const ttpl = template(target);
        const colon = ttpl.indexOf(':');
        target = subWord(target, 0, colon >= 0 ? colon : undefined);
      }
      destinations.push({ word: target, hint: 'host' });
    } else if (/^(-|stdin|stdio|-:-)(,|$)/i.test(tpl)) {
      sendsStdin = true;
    } else if (/^(exec|system):/i.test(tpl)) {
      payload.push(address);
    } else if (/^(file|open|gopen|create):/i.test(tpl)) {
      uploads.push(subWord(address, tpl.indexOf(':') + 1));
    } else if (!tpl.includes(':')) {
      uploads.push(address);
    }
  }
  if (destinations.length === 0) return [];
  return [
    sink({ tool: 'socat', channel: 'socket', span: op.span, destinations, payload, uploads, sendsStdin }),
  ];
}

export function matchTelnet(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, { shortWithArg: 'bel', longWithArg: new Set() });
  const [host, port] = parsed.positionals;
  if (!host) return [];
  const word = port ? concatWords([host, ':', port], host.span) : host;
  return [
    sink({
      tool: 'telnet',
      channel: 'socket',
      span: op.span,
      destinations: [{ word, hint: 'host' }],
      sendsStdin: true,
    }),
  ];
}

export function matchOpenssl(op: CommandOp): ToolSinkMatch[] {
  const [sub, ...rest] = op.args;
  if (!sub || template(sub) !== 's_client') return [];
  const parsed = parseOptions(rest, {
    shortWithArg: '',
    longWithArg: new Set(),
    singleDashLong: new Set(
      `connect host port servername proxy proxy_user proxy_pass CAfile CApath cert key pass starttls
      xmpphost name sess_out sess_in alpn`.split(/\s+/),
    ),
  });
  const destinations: { word: Word; hint: DestinationHint }[] = [];
  for (const c of optionValues(parsed, '-connect', '-proxy')) destinations.push({ word: c, hint: 'host' });
  const host = optionValues(parsed, '-host')[0];
  if (host) {
    const port = optionValues(parsed, '-port')[0];
    destinations.push({ word: port ? concatWords([host, ':', port], host.span) : host, hint: 'host' });
  }
  // Without -connect, s_client connects to localhost:4433.
  const payload = optionValues(parsed, '-proxy_user', '-proxy_pass', '-pass');
  return [
    sink({
      tool: 'openssl s_client',
      channel: 'socket',
      span: op.span,
      destinations,
      ...(destinations.length === 0 ? { defaultHost: 'localhost' } : {}),
      payload,
      sendsStdin: true,
    }),
  ];
}

export const netcatSinks: CommandSink[] = [
  { names: ['nc', 'ncat', 'netcat', 'nc.openbsd', 'nc.traditional'], match: (op) => matchNetcat(op) },
  { names: ['socat'], match: (op) => matchSocat(op) },
  { names: ['telnet'], match: (op) => matchTelnet(op) },
  { names: ['openssl'], match: (op) => matchOpenssl(op) },
];
