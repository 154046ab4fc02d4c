/**
 * The egress plan: a pure function from the effective allowlist, the resolvers found on the machine and the
 * mode to the exact rule text, ipsets, DNS daemon config and commands the apply step runs. Nothing here
 * touches the machine, so every rule can be unit-tested without root.
 *
 * Shape of the rules (IPv4 and IPv6 alike, in chains of our own, hooked at position 1):
 *   OUTPUT      -> P-OUT : loopback, the daemon's own upstream queries, then P-CHK
 *   DOCKER-USER -> P-FWD : (FORWARD when Docker has no DOCKER-USER) traffic entering from docker0/br-* -> P-BR
 *   P-BR                 : container-to-container stays allowed, then P-CHK
 *   P-CHK                : ESTABLISHED/RELATED, DNS/DoT to anyone (-> P-DENY), allowed sets, then P-DENY
 *   P-DENY               : records the destination in the `seen` set (first-seen time, packet count), then
 *                          REJECTs (block) or returns unchanged (audit)
 *   INPUT       -> P-IN  : the daemon's bridge port is reachable from bridges and loopback only
 *   nat PREROUTING -> P-DNS : DNS from docker0/br-* is redirected to the daemon's bridge port
 * Allowed traffic RETURNs rather than ACCEPTs, so rules that others keep after ours still apply.
 */
import { isIP } from 'node:net';
import type { Endpoint } from '../policy/types.js';
import type { EnforcedMode } from './state.js';

/** Names of everything installed; unique per run. */
export interface Names {
  /** Chain prefix, at most 20 characters (iptables chain names are at most 28). */
  chain: string;
  /** ipset prefix, at most 24 characters (ipset names are at most 31). */
  set: string;
}

export interface DaemonPorts {
  /** Where the host resolver (127.0.0.1 / ::1) reaches the daemon. */
  dns: number;
  /** Where DNS from bridges is redirected (the daemon listens on every address here). */
  bridge: number;
  /** The daemon's UDP source port for upstream queries: a privileged port a job cannot bind without root. */
  upstreamUdp: number;
  /** The daemon's TCP source ports for upstream queries (truncated answers). */
  upstreamTcp: [number, number];
}

export const DEFAULT_PORTS: DaemonPorts = {
  dns: 53,
  bridge: 53530,
  upstreamUdp: 1011,
  upstreamTcp: [1012, 1019],
};

export interface PlanInput {
  mode: EnforcedMode;
  /** The job's effective allowlist (user entries and what the policy allows). */
  allowlist: readonly Endpoint[];
  /** What the runner needs to keep working (data/github-endpoints.json). */
  required: readonly Endpoint[];
  /** Upstream resolvers captured before the system resolver was pointed at the daemon. */
  upstreams: readonly string[];
  /** Whether Docker's DOCKER-USER chain exists (per family); the forward hook goes there, else FORWARD. */
  dockerUser: { v4: boolean; v6: boolean };
  /** Whether ip6tables is usable; without it IPv6 is left alone (and block mode refuses to start). */
  ipv6: boolean;
  /**
   * Tables that did not exist before (per family), with the nftables backend: iptables-nft creates them on
   * first use and never removes them, so teardown deletes them again once they are empty.
   */
  newNftTables?: { v4: string[]; v6: string[] };
  names: Names;
  /** Folder for the daemon's config, logs, pid and ready files. */
  dir: string;
  ports?: DaemonPorts;
  /** Floor for how long an address from an allowed answer stays allowed, in seconds (clients cache). */
  minTtl?: number;
}

/** One name pattern the daemon resolves; `ports` undefined means any port. */
export interface NamePattern {
  host: string;
  wildcard: boolean;
  ports?: number[];
}

export interface DnsConfig {
  mode: EnforcedMode;
  allow: NamePattern[];
  upstreams: string[];
  /** Addresses and ports to answer on (UDP and TCP). */
  listen: { address: string; port: number }[];
  upstreamUdpPort: number;
  upstreamTcpPorts: [number, number];
  /** ipsets the daemon adds answer addresses to (`any`: all ports; `port`: ip,proto:port entries). */
  sets: { any4: string; any6: string; port4: string; port6: string };
  minTtl: number;
  files: { events: string; pid: string; ready: string };
}

export interface Command {
  argv: string[];
  stdin?: string;
  /** One line saying what it is for, used in error messages. */
  why: string;
  /** Run only when this table holds no rules (a table our rules created, removed once empty again). */
  onlyIfEmpty?: { save: 'iptables-save' | 'ip6tables-save'; table: string };
}

export interface EgressPlan {
  mode: EnforcedMode;
  names: Names;
  chains: { out: string; fwd: string; br: string; chk: string; deny: string; in: string; dns: string };
  sets: { any4: string; any6: string; port4: string; port6: string; seen4: string; seen6: string };
  /** `ipset restore` input creating the sets and adding the static (IP and CIDR) entries. */
  ipsetRestore: string;
  /** `iptables-restore --noflush` input (filter and nat). */
  v4: string;
  /** `ip6tables-restore --noflush` input (filter and nat); empty when IPv6 is off. */
  v6: string;
  dns: DnsConfig;
  /** What apply runs, in order, after the daemon is ready. */
  install: Command[];
  /** What post runs to remove every rule, chain and set; each may fail harmlessly if already gone. */
  teardown: Command[];
  /** Hooks, for the post step's fallback of deleting rule by rule. */
  hooks: { family: 4 | 6; table: 'filter' | 'nat'; chain: string; target: string }[];
}

const BRIDGES = ['docker0', 'br-+'];
const DNS_PORTS = [53, 853];
/** ipset's largest timeout; `seen` entries never expire during a job, and the remainder dates them. */
export const SEEN_TIMEOUT = 2147483;

export function planEgress(input: PlanInput): EgressPlan {
  const ports = input.ports ?? DEFAULT_PORTS;
  const p = input.names.chain;
  const s = input.names.set;
  const chains = {
    out: `${p}-OUT`,
    fwd: `${p}-FWD`,
    br: `${p}-BR`,
    chk: `${p}-CHK`,
    deny: `${p}-DENY`,
    in: `${p}-IN`,
    dns: `${p}-DNS`,
  };
  const sets = {
    any4: `${s}-a4`,
    any6: `${s}-a6`,
    port4: `${s}-p4`,
    port6: `${s}-p6`,
    seen4: `${s}-seen4`,
    seen6: `${s}-seen6`,
  };
  const endpoints = [...input.required, ...input.allowlist];
  const upstreams = [...new Set(input.upstreams)];

  const hooks: EgressPlan['hooks'] = [];
  const families: (4 | 6)[] = input.ipv6 ? [4, 6] : [4];
  for (const family of families) {
    const forward = (family === 4 ? input.dockerUser.v4 : input.dockerUser.v6) ? 'DOCKER-USER' : 'FORWARD';
    hooks.push(
      { family, table: 'filter', chain: 'OUTPUT', target: chains.out },
      { family, table: 'filter', chain: forward, target: chains.fwd },
      { family, table: 'filter', chain: 'INPUT', target: chains.in },
      { family, table: 'nat', chain: 'PREROUTING', target: chains.dns },
    );
  }

  const text = (family: 4 | 6): string =>
    rulesText({ family, mode: input.mode, chains, sets, endpoints, upstreams, ports, hooks });

  const dns: DnsConfig = {
    mode: input.mode,
    allow: namePatterns(endpoints),
    upstreams,
    listen: [
      { address: '127.0.0.1', port: ports.dns },
      ...(input.ipv6 ? [{ address: '::1', port: ports.dns }] : []),
      { address: '0.0.0.0', port: ports.bridge },
      ...(input.ipv6 ? [{ address: '::', port: ports.bridge }] : []),
    ],
    upstreamUdpPort: ports.upstreamUdp,
    upstreamTcpPorts: ports.upstreamTcp,
    sets: { any4: sets.any4, any6: sets.any6, port4: sets.port4, port6: sets.port6 },
    minTtl: input.minTtl ?? 600,
    files: {
      events: `${input.dir}/dns-events.jsonl`,
      pid: `${input.dir}/dns-daemon.pid`,
      ready: `${input.dir}/dns-daemon.ready`,
    },
  };

  const ipsetRestore = ipsetText(sets, endpoints, input.ipv6);
  const install: Command[] = [
    { argv: ['ipset', 'restore'], stdin: ipsetRestore, why: 'create the allow and record ipsets' },
    { argv: ['iptables-restore', '-w', '--noflush'], stdin: text(4), why: 'install the IPv4 rules' },
  ];
  if (input.ipv6) {
    install.push({
      argv: ['ip6tables-restore', '-w', '--noflush'],
      stdin: text(6),
      why: 'install the IPv6 rules',
    });
  }

  const teardown: Command[] = [];
  for (const family of families) {
    teardown.push({
      argv: [family === 4 ? 'iptables-restore' : 'ip6tables-restore', '-w', '--noflush'],
      stdin: removalText(chains, hooks, family),
      why: `remove the IPv${family} rules`,
    });
  }
  for (const family of families) {
    for (const table of (family === 4 ? input.newNftTables?.v4 : input.newNftTables?.v6) ?? []) {
      teardown.push({
        argv: ['nft', 'delete', 'table', family === 4 ? 'ip' : 'ip6', table],
        why: `delete the ${table} table (IPv${family}) that our rules created`,
        onlyIfEmpty: { save: family === 4 ? 'iptables-save' : 'ip6tables-save', table },
      });
    }
  }
  for (const name of Object.values(sets)) {
    if (!input.ipv6 && name.endsWith('6')) continue;
    teardown.push({ argv: ['ipset', 'destroy', name], why: `destroy ipset ${name}` });
  }

  return {
    mode: input.mode,
    names: input.names,
    chains,
    sets,
    ipsetRestore,
    v4: text(4),
    v6: input.ipv6 ? text(6) : '',
    dns,
    install,
    teardown,
    hooks,
  };
}

interface RulesInput {
  family: 4 | 6;
  mode: EnforcedMode;
  chains: EgressPlan['chains'];
  sets: EgressPlan['sets'];
  endpoints: readonly Endpoint[];
  upstreams: readonly string[];
  ports: DaemonPorts;
  hooks: EgressPlan['hooks'];
}

function rulesText(r: RulesInput): string {
  const { chains: c, sets, family } = r;
  const any = family === 4 ? sets.any4 : sets.any6;
  const port = family === 4 ? sets.port4 : sets.port6;
  const seen = family === 4 ? sets.seen4 : sets.seen6;
  const filter: string[] = ['*filter'];
  for (const chain of [c.out, c.fwd, c.br, c.chk, c.deny, c.in]) filter.push(`:${chain} - [0:0]`);

  // Hooks first in their chains, so nothing earlier can ACCEPT around us.
  for (const h of r.hooks) {
    if (h.family === family && h.table === 'filter') filter.push(`-I ${h.chain} 1 -j ${h.target}`);
  }

  filter.push(`-A ${c.out} -o lo -j RETURN`);
  // The daemon's upstream queries: root-owned, from its reserved source ports, to the captured resolvers only.
  const [tcpLo, tcpHi] = r.ports.upstreamTcp;
  for (const up of r.upstreams.filter((u) => isIP(u) === family)) {
    filter.push(
      `-A ${c.out} -d ${hostAddress(up, family)} -p udp -m owner --uid-owner 0 -m udp --sport ${r.ports.upstreamUdp} --dport 53 -j RETURN`,
      `-A ${c.out} -d ${hostAddress(up, family)} -p tcp -m owner --uid-owner 0 -m tcp --sport ${tcpLo}:${tcpHi} --dport 53 -j RETURN`,
    );
  }
  filter.push(`-A ${c.out} -g ${c.chk}`);

  for (const bridge of BRIDGES) filter.push(`-A ${c.fwd} -i ${bridge} -g ${c.br}`);
  for (const bridge of BRIDGES) filter.push(`-A ${c.br} -o ${bridge} -j RETURN`);
  filter.push(`-A ${c.br} -g ${c.chk}`);

  filter.push(`-A ${c.chk} -m conntrack --ctstate RELATED,ESTABLISHED -j RETURN`);
  // The link itself must keep working: DHCP renewals (from the privileged client port) and, for IPv6,
  // neighbour and router discovery and link-scope multicast. None of these leave the local link.
  if (family === 4) {
    filter.push(`-A ${c.chk} -p udp -m udp --sport 68 --dport 67 -j RETURN`);
  } else {
    for (const type of [
      'router-solicitation',
      'router-advertisement',
      'neighbour-solicitation',
      'neighbour-advertisement',
    ]) {
      filter.push(`-A ${c.chk} -p ipv6-icmp -m icmp6 --icmpv6-type ${type} -j RETURN`);
    }
    filter.push(`-A ${c.chk} -d ff02::/16 -j RETURN`);
    filter.push(`-A ${c.chk} -p udp -m udp --sport 546 --dport 547 -j RETURN`);
  }
  // An IP the user allowed explicitly on a DNS port is a resolver they chose; everything else on 53/853 is not.
  for (const e of r.endpoints) {
    if (e.kind === 'ip' && e.family === family && e.port !== undefined && DNS_PORTS.includes(e.port)) {
      for (const proto of ['udp', 'tcp']) {
        filter.push(
          `-A ${c.chk} -d ${hostAddress(e.address, family)} -p ${proto} -m ${proto} --dport ${e.port} -j RETURN`,
        );
      }
    }
  }
  for (const dnsPort of DNS_PORTS) {
    for (const proto of ['udp', 'tcp'])
      filter.push(`-A ${c.chk} -p ${proto} -m ${proto} --dport ${dnsPort} -g ${c.deny}`);
  }
  filter.push(`-A ${c.chk} -m set --match-set ${any} dst -j RETURN`);
  filter.push(`-A ${c.chk} -m set --match-set ${port} dst,dst -j RETURN`);
  filter.push(`-A ${c.chk} -g ${c.deny}`);

  // Count before adding: the first packet creates the entry (packets 1), later ones only match.
  filter.push(`-A ${c.deny} -m set --match-set ${seen} dst,dst`);
  filter.push(`-A ${c.deny} -j SET --add-set ${seen} dst,dst`);
  if (r.mode === 'block') {
    filter.push(`-A ${c.deny} -p tcp -j REJECT --reject-with tcp-reset`);
    filter.push(
      `-A ${c.deny} -j REJECT --reject-with ${family === 4 ? 'icmp-port-unreachable' : 'icmp6-port-unreachable'}`,
    );
  }

  filter.push(`-A ${c.in} -i lo -j RETURN`);
  for (const bridge of BRIDGES) filter.push(`-A ${c.in} -i ${bridge} -j RETURN`);
  for (const proto of ['udp', 'tcp']) {
    filter.push(`-A ${c.in} -p ${proto} -m ${proto} --dport ${r.ports.bridge} -j DROP`);
  }
  filter.push('COMMIT');

  const nat: string[] = ['*nat', `:${c.dns} - [0:0]`];
  for (const h of r.hooks) {
    if (h.family === family && h.table === 'nat') nat.push(`-I ${h.chain} 1 -j ${h.target}`);
  }
  for (const bridge of BRIDGES) {
    for (const proto of ['udp', 'tcp']) {
      nat.push(
        `-A ${c.dns} -i ${bridge} -p ${proto} -m ${proto} --dport 53 -j REDIRECT --to-ports ${r.ports.bridge}`,
      );
    }
  }
  nat.push('COMMIT');
  return [...filter, ...nat, ''].join('\n');
}

/** Restore input that deletes our hooks, then flushes and deletes our chains; atomic, so all or nothing. */
function removalText(c: EgressPlan['chains'], hooks: EgressPlan['hooks'], family: 4 | 6): string {
  const lines: string[] = ['*filter'];
  for (const h of hooks)
    if (h.family === family && h.table === 'filter') lines.push(`-D ${h.chain} -j ${h.target}`);
  const ours = [c.out, c.fwd, c.br, c.chk, c.deny, c.in];
  for (const chain of ours) lines.push(`-F ${chain}`);
  for (const chain of ours) lines.push(`-X ${chain}`);
  lines.push('COMMIT', '*nat');
  for (const h of hooks)
    if (h.family === family && h.table === 'nat') lines.push(`-D ${h.chain} -j ${h.target}`);
  lines.push(`-F ${c.dns}`, `-X ${c.dns}`, 'COMMIT', '');
  return lines.join('\n');
}

function ipsetText(sets: EgressPlan['sets'], endpoints: readonly Endpoint[], ipv6: boolean): string {
  const lines: string[] = [];
  for (const family of ipv6 ? [4, 6] : [4]) {
    const inet = family === 4 ? 'inet' : 'inet6';
    const any = family === 4 ? sets.any4 : sets.any6;
    const port = family === 4 ? sets.port4 : sets.port6;
    const seen = family === 4 ? sets.seen4 : sets.seen6;
    lines.push(`create ${any} hash:net family ${inet} timeout 3600`);
    lines.push(`create ${port} hash:net,port family ${inet} timeout 3600`);
    lines.push(`create ${seen} hash:ip,port family ${inet} timeout ${SEEN_TIMEOUT} counters`);
    // Static entries never expire (timeout 0).
    for (const e of endpoints) {
      if (e.kind === 'host' || e.family !== family) continue;
      const nets = e.kind === 'cidr' ? cidrEntries(e.address, e.prefix, family) : [e.address];
      if (e.kind === 'ip' && e.port !== undefined) {
        const net = e.address;
        if (DNS_PORTS.includes(e.port)) continue; // explicit rules in P-CHK
        lines.push(
          `add ${port} ${net},tcp:${e.port} timeout 0`,
          `add ${port} ${net},udp:${e.port} timeout 0`,
        );
      } else {
        for (const net of nets) lines.push(`add ${any} ${net} timeout 0`);
      }
    }
  }
  return [...lines, ''].join('\n');
}

/** Host entries merged by name: one pattern per (host, wildcard), any port wins over a port list. */
export function namePatterns(endpoints: readonly Endpoint[]): NamePattern[] {
  const byKey = new Map<string, NamePattern>();
  for (const e of endpoints) {
    if (e.kind !== 'host') continue;
    const key = `${e.wildcard ? '*.' : ''}${e.host}`;
    const existing = byKey.get(key);
    const ports = e.port === undefined ? undefined : [e.port];
    if (!existing) {
      byKey.set(
        key,
        ports ? { host: e.host, wildcard: e.wildcard, ports } : { host: e.host, wildcard: e.wildcard },
      );
    } else if (existing.ports && ports) {
      existing.ports = [...new Set([...existing.ports, ...ports])].sort((a, b) => a - b);
    } else {
      delete existing.ports;
    }
  }
  return [...byKey.values()];
}

/** hash:net takes prefixes 1..32 (1..128); "everything" is written as its two halves. */
function cidrEntries(address: string, prefix: number, family: number): string[] {
  if (prefix > 0) return [`${address}/${prefix}`];
  return family === 4 ? ['0.0.0.0/1', '128.0.0.0/1'] : ['::/1', '8000::/1'];
}

function hostAddress(address: string, family: 4 | 6): string {
  return `${address}/${family === 4 ? 32 : 128}`;
}
