/**
 * Egress benchmarks, in network namespaces of their own (root only; skips otherwise):
 * - time from the start of startEgress to rules active, and to the resolver switched (daemon ready);
 * - DNS latency through the daemon vs straight to the upstream, p50/p99, cached and uncached names;
 * - throughput of an allowed 200 MB HTTP transfer over veth with and without the rules;
 * - the daemon's resident memory.
 * Run: node --import tsx bench/egress.ts   (or through npm run bench, which calls benchEgress()).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { planEgress } from '../src/egress/plan.js';
import { requiredEndpoints } from '../src/egress/required.js';
import type { EgressState } from '../src/egress/state.js';
import { parseEndpointList } from '../src/policy/endpoint.js';
import { HOSTS, Topology, skipReason } from '../test/netns/topology.js';

const ROUNDS = 5;
const QUERIES = 300;
const BYTES = 200 * 1024 * 1024;

export async function benchEgress(): Promise<void> {
  const skip = skipReason();
  if (skip) {
    console.log(`egress benchmarks skipped: ${skip}`);
    return;
  }
  const t = new Topology();
  try {
    await t.create();
    // The daemon as the action ships it: one bundled file, no TypeScript compile at start.
    const daemon = join(t.dir, 'dns-daemon.mjs');
    await build({
      entryPoints: ['src/egress/dns/daemon-main.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: daemon,
      logLevel: 'silent',
      // As scripts/build.mjs does: dns-packet is CommonJS and requires Node built-ins.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    const stateFile = join(t.dir, 'state.json');
    const start = (mode: 'block' | 'audit'): { rulesMs: number; readyMs: number } => {
      const { json, run } = t.step('start', {
        mode,
        allow: 'allowed.test *.allowed.test',
        runnerTemp: t.dir,
        stateFile,
        daemonArgv: [process.execPath, daemon],
      });
      if (run.code !== 0) throw new Error(`start failed: ${JSON.stringify(json)} ${run.stderr}`);
      return json as { rulesMs: number; readyMs: number };
    };
    const finish = (): void => {
      const { run } = t.step('finish', JSON.parse(readFileSync(stateFile, 'utf8')) as EgressState);
      if (run.code !== 0) throw new Error(`finish failed: ${run.stderr}`);
    };

    // The pure part, for scale: everything else before the rules is process spawning.
    const allowlist = parseEndpointList(
      'allowed.test *.allowed.test 10.0.0.0/8 api.example.com:443',
    ).endpoints;
    const planStarted = performance.now();
    for (let i = 0; i < 1000; i++) {
      planEgress({
        mode: 'block',
        allowlist,
        required: requiredEndpoints(),
        upstreams: ['168.63.129.16'],
        dockerUser: { v4: true, v6: true },
        ipv6: true,
        names: { chain: 'EG', set: 'eg' },
        dir: '/tmp',
      });
    }
    console.log(`planEgress (pure): ${((performance.now() - planStarted) / 1000).toFixed(3)} ms per plan`);
    console.log(
      `load average while measuring: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on this machine`,
    );

    const rules: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const timing = start('block');
      rules.push(timing.rulesMs);
      ready.push(timing.readyMs);
      finish();
    }
    console.log(
      `egress start → rules active: median ${median(rules)} ms (min ${Math.min(...rules)}, max ${Math.max(...rules)}, ${ROUNDS} runs; target < 500 ms)`,
    );
    console.log(`egress start → daemon ready and resolver switched: median ${median(ready)} ms`);

    const probe = (server: string, what: string): { p50: number; p99: number; failures: number } => {
      const out = t.must(
        t.runner,
        `${process.execPath} --import tsx bench/egress-dns-probe.ts ${server} ${QUERIES} ${what}`,
      );
      return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
        p50: number;
        p99: number;
        failures: number;
      };
    };
    const curl = (url: string): number =>
      Number(t.must(t.runner, `curl -s -o /dev/null --max-time 120 -w '%{speed_download}' '${url}'`));

    // Without rules: straight to the upstream and the HTTP host.
    const directCached = probe(HOSTS.dns4, 'allowed.test');
    const directFresh = probe(HOSTS.dns4, 'fresh:bench.allowed.test');
    const plain = curl(`http://${HOSTS.allowed4}/?bytes=${BYTES}`);

    start('block');
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as EgressState;
    const daemonCached = probe('127.0.0.1', 'allowed.test');
    const daemonFresh = probe('127.0.0.1', 'fresh:bench.allowed.test');
    const guarded = curl(`http://allowed.test/?bytes=${BYTES}`);
    const rss = /VmRSS:\s+(\d+) kB/.exec(t.must(t.runner, `cat /proc/${state.daemonPid}/status`))?.[1];
    finish();

    const ms = (x: number): string => x.toFixed(2);
    console.log(`DNS latency, ${QUERIES} sequential queries (p50 / p99 ms):`);
    console.log(
      `  cached name:   direct ${ms(directCached.p50)} / ${ms(directCached.p99)}   through daemon ${ms(daemonCached.p50)} / ${ms(daemonCached.p99)}`,
    );
    console.log(
      `  uncached name: direct ${ms(directFresh.p50)} / ${ms(directFresh.p99)}   through daemon ${ms(daemonFresh.p50)} / ${ms(daemonFresh.p99)} (forward + ipset add)`,
    );
    const mb = (bps: number): string => (bps / 1024 / 1024).toFixed(0);
    console.log(
      `HTTP ${BYTES / 1024 / 1024} MB over veth: without rules ${mb(plain)} MB/s, with rules ${mb(guarded)} MB/s (${((guarded / plain - 1) * 100).toFixed(1)}%)`,
    );
    console.log(`DNS daemon RSS after the runs: ${rss ? (Number(rss) / 1024).toFixed(1) : '?'} MB`);
  } finally {
    t.destroy();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchEgress();
}
