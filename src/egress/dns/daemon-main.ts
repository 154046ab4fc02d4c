/**
 * Entry point of the DNS daemon (bundled as dist/dns-daemon.js): `node dns-daemon.js CONFIG.json`.
 * Started detached by the main step (through `sudo -n` when not root, so the runner's orphan cleanup does
 * not reach it). Writes its pid, then a ready file once every listener is bound; SIGTERM stops it.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { DnsConfig } from '../plan.js';
import { createAllowSet } from './allowset.js';
import type { DnsEvent } from './events.js';
import { createResolver } from './resolver.js';
import { startDnsServer } from './server.js';
import { createUpstream } from './upstream.js';

async function main(): Promise<void> {
  const path = process.argv[2];
  if (!path) throw new Error('usage: dns-daemon CONFIG.json');
  const config = JSON.parse(readFileSync(path, 'utf8')) as DnsConfig;
  writeFileSync(config.files.pid, `${process.pid}\n`, { mode: 0o644 });
  const log = (event: DnsEvent): void => {
    try {
      appendFileSync(config.files.events, JSON.stringify(event) + '\n', { mode: 0o644 });
    } catch {
      // Losing a log line must not stop name resolution.
    }
  };
  const upstream = await createUpstream({
    servers: config.upstreams,
    udpPort: config.upstreamUdpPort,
    tcpPorts: config.upstreamTcpPorts,
  });
  const resolver = createResolver(config, {
    forward: (query) => upstream.forward(query),
    allow: createAllowSet(config),
    log,
    now: () => Date.now(),
  });
  const server = await startDnsServer(config.listen, resolver);
  const stop = (): void => {
    upstream.close();
    void server.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 500).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('SIGHUP', () => undefined);
  writeFileSync(config.files.ready, `${process.pid}\n`, { mode: 0o644 });
}

main().catch((error: unknown) => {
  console.error(`exfil-guard dns daemon: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
