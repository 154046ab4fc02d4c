/**
 * Engine throughput over the real-world corpus (752 workflows from public repositories, ../shared/corpus):
 * files per second, and the per-file p50 and p99. `npm run bench` pins this benchmark to one CPU (bench/run.ts),
 * so the rates are on one core, V8's GC and compiler threads included; the first line says how many cores it had.
 *
 * Passes over the corpus, in one process:
 * - the first pass: grammar loading, and V8 compiling and optimising the engine as it goes;
 * - passes 2 to 7, alternately "warm" (the script parse cache kept from the pass before, as when one process
 *   scans many repositories that share steps) and "cold" (the cache emptied, so every script is parsed again).
 *   V8 is still optimising here (objects of many shapes make some optimised functions deoptimise and wait to be
 *   optimised again), so these are the rates of a scan of a few thousand files;
 * - "steady": passes 11 to 13 warm and 14 to 16 cold, once V8 has settled. This is the engine's throughput in
 *   the usual sense (warm-up excluded, and reported above as its own figures), the rate an organisation sweep
 *   reaches.
 * CPU time is reported beside wall time where more than one core is in use.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { scanFiles } from '../src/analysis/engine.js';
import { clearParseCache } from '../src/analysis/job-flow.js';
import { defaultPolicy } from '../src/policy/defaults.js';
import { keepWasmOnBaseline } from '../src/wasm-baseline.js';
import { CORPUS } from './paths.js';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function benchCorpus(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`corpus: skipped, ${CORPUS} is missing`);
    return;
  }
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .map((f) => ({ path: f, content: readFileSync(join(CORPUS, f)) }));
  const policy = defaultPolicy();
  // As the CLI and the action run the engine (src/wasm-baseline.ts).
  keepWasmOnBaseline();
  // Warm-up: grammar loading (once per process) and JIT; reported separately.
  const w0 = performance.now();
  await scanFiles(files, policy);
  const warm = performance.now() - w0;

  const rounds = 3;
  const per: number[] = [];
  let total = 0;
  let cpu = 0;
  let findings = 0;
  const cold = { wall: 0, cpu: 0 };
  for (let r = 0; r < rounds * 2; r++) {
    const isCold = r % 2 === 1;
    if (isCold) clearParseCache();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const f of files) {
      const s = performance.now();
      const result = await scanFiles([f], policy);
      if (!isCold) per.push(performance.now() - s);
      if (r === 0) findings += result.findings.length;
    }
    const c = process.cpuUsage(c0);
    const used = (c.user + c.system) / 1000;
    if (isCold) {
      cold.wall += performance.now() - t0;
      cold.cpu += used;
    } else {
      total += performance.now() - t0;
      cpu += used;
    }
  }
  // Steady state: passes 11 to 13 (the first pass, six above, three unmeasured, three measured) with the script
  // cache, then passes 14 to 16 with the cache emptied before each: throughput once warm-up is over, the way
  // throughput is usually stated; the first pass and the interleaved passes above give the warm-up's cost.
  const steady = { wall: 0, cpu: 0 };
  const steadyCold = { wall: 0, cpu: 0 };
  for (let r = 0; r < 9; r++) {
    const isCold = r >= 6;
    if (isCold) clearParseCache();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const f of files) await scanFiles([f], policy);
    const c = process.cpuUsage(c0);
    const into = isCold ? steadyCold : r >= 3 ? steady : undefined;
    if (into) {
      into.wall += performance.now() - t0;
      into.cpu += (c.user + c.system) / 1000;
    }
  }
  per.sort((a, b) => a - b);
  const rate = (ms: number): string => ((files.length * rounds) / (ms / 1000)).toFixed(0);
  const mem = process.memoryUsage();
  const cores = availableParallelism();
  console.log(
    `corpus: ${files.length} workflows, ${findings} findings, under Node ${process.version}, on ${cores === 1 ? 'one core' : `${cores} cores`}`,
  );
  console.log(`corpus: first pass (grammar loading + JIT) ${warm.toFixed(0)} ms`);
  const both = (t: { wall: number; cpu: number }): string =>
    cores === 1 ? `${rate(t.wall)} files/s` : `${rate(t.wall)} files/s wall, ${rate(t.cpu)} per CPU-second`;
  console.log(`corpus: passes 2-7, warm ${both({ wall: total, cpu })}, cold ${both(cold)}`);
  console.log(`corpus: steady (passes 11-16, V8 settled), warm ${both(steady)}, cold ${both(steadyCold)}`);
  console.log(
    `corpus: per file p50 ${percentile(per, 50).toFixed(2)} ms, p99 ${percentile(per, 99).toFixed(2)} ms, max ${per.at(-1)!.toFixed(1)} ms`,
  );
  console.log(
    `corpus: heap used ${(mem.heapUsed / 1048576).toFixed(0)} MiB, rss ${(mem.rss / 1048576).toFixed(0)} MiB`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCorpus();
