/**
 * Puts answer addresses into the kernel allow sets with `ipset restore` (one process per answer, however
 * many addresses). The entry lives for the answer's TTL with a floor (`minTtl`), because clients cache
 * addresses longer than the TTL says; connections already open survive expiry through conntrack.
 */
import { spawn } from 'node:child_process';
import type { DnsConfig } from '../plan.js';
import type { AllowEntry } from './resolver.js';

export function ipsetLines(
  entries: readonly AllowEntry[],
  sets: DnsConfig['sets'],
  minTtl: number,
): string[] {
  const lines: string[] = [];
  for (const e of entries) {
    const timeout = Math.min(Math.max(e.ttl, minTtl), 2147483);
    if (!e.ports) {
      lines.push(`add ${e.family === 4 ? sets.any4 : sets.any6} ${e.address} timeout ${timeout}`);
      continue;
    }
    for (const port of e.ports) {
      for (const proto of ['tcp', 'udp']) {
        lines.push(
          `add ${e.family === 4 ? sets.port4 : sets.port6} ${e.address},${proto}:${port} timeout ${timeout}`,
        );
      }
    }
  }
  return lines;
}

export function createAllowSet(config: DnsConfig, ipset = 'ipset'): (entries: AllowEntry[]) => Promise<void> {
  return (entries) =>
    new Promise((resolve, reject) => {
      const child = spawn(ipset, ['-exist', 'restore'], { stdio: ['pipe', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`ipset restore exited ${code}: ${stderr.trim()}`)),
      );
      child.stdin.end(ipsetLines(entries, config.sets, config.minTtl).join('\n') + '\n');
    });
}
