/** Reading what `iptables-save`, `ipset save` and resolv.conf say. Pure parsers; the apply step feeds them. */
import { isIP } from 'node:net';

/** The save output without comments and packet counters: what "the same rules" means when comparing. */
export function normaliseSave(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('#') && line.trim() !== '')
    .map((line) => line.replace(/^\[\d+:\d+\]\s*/, '').replace(/^(:\S+ \S+) \[\d+:\d+\]$/, '$1'))
    .join('\n');
}

/** Chain names per table, from `iptables-save` output. */
export function chainsOf(text: string): Map<string, Set<string>> {
  const tables = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('*')) {
      current = new Set();
      tables.set(line.slice(1).trim(), current);
    } else if (line.startsWith(':') && current) {
      current.add(line.slice(1).split(' ')[0] ?? '');
    }
  }
  return tables;
}

/** The first line that differs between two normalised save outputs, for a one-line message. */
export function firstDifference(before: string, after: string): string | undefined {
  const a = normaliseSave(before).split('\n');
  const b = normaliseSave(after).split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `before: ${a[i] ?? '(nothing)'}; after: ${b[i] ?? '(nothing)'}`;
  }
  return undefined;
}

export interface SeenEntry {
  address: string;
  protocol: string;
  /** Undefined for protocols without ports (ICMP types are kept in `protocol`). */
  port?: number;
  packets: number;
  /** Seconds left of the entry's timeout. */
  timeout: number;
}

/** Members of a `hash:ip,port` set with counters, from `ipset save SET` (`add SET ip,proto:port timeout N packets P bytes B`). */
export function parseSeenSet(text: string): SeenEntry[] {
  const entries: SeenEntry[] = [];
  for (const line of text.split('\n')) {
    const words = line.trim().split(/\s+/);
    if (words[0] !== 'add' || !words[2]) continue;
    const member = words[2];
    const comma = member.lastIndexOf(',');
    const address = member.slice(0, comma);
    const [protocol = '', portText = ''] = member.slice(comma + 1).split(':');
    if (isIP(address) === 0) continue;
    const value = (key: string): number => {
      const index = words.indexOf(key);
      return index >= 0 ? Number(words[index + 1] ?? 0) : 0;
    };
    const port = /^\d+$/.test(portText) ? Number(portText) : undefined;
    entries.push({
      address,
      protocol: port === undefined && portText ? `${protocol}:${portText}` : protocol,
      ...(port !== undefined && port > 0 ? { port } : {}),
      packets: value('packets'),
      timeout: value('timeout'),
    });
  }
  return entries;
}

/** `nameserver` addresses in a resolv.conf, in order. */
export function nameservers(text: string): string[] {
  const servers: string[] = [];
  for (const line of text.split('\n')) {
    const [keyword, address] = line
      .replace(/[#;].*/, '')
      .trim()
      .split(/\s+/);
    if (keyword === 'nameserver' && address && isIP(address.replace(/%.*/, '')) !== 0) servers.push(address);
  }
  return servers;
}

export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.');
}
