/**
 * Engine throughput over the real-world corpus (752 workflows from public repositories, ../shared/corpus):
 * files per second on one core, and the per-file p50 and p99, after a warm-up pass that loads the grammars.
 * Two figures: "warm" keeps the script parse cache between passes (so later passes parse no script again, as
 * when one process scans many repositories sharing the same steps), "cold" empties it before each pass (every
 * script of a pass is parsed once). CPU time is reported beside wall time: this machine's wall clock is noisy.
 * V8 keeps optimising the engine for several passes after the first (objects of many shapes make some optimised
 * functions deoptimise and wait to be optimised again), so "steady" reports warm passes after that has settled:
 * the rate a long-running scan (an organisation sweep) reaches, where "warm" is closer to a scan of a few hundred
 * files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  // Steady state: passes 11 to 13 (the first pass, six above, three unmeasured, three measured).
  const steady = { wall: 0, cpu: 0 };
  for (let r = 0; r < 6; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const f of files) await scanFiles([f], policy);
    const c = process.cpuUsage(c0);
    if (r >= 3) {
      steady.wall += performance.now() - t0;
      steady.cpu += (c.user + c.system) / 1000;
    }
  }
  per.sort((a, b) => a - b);
  const fps = (files.length * rounds) / (total / 1000);
  const rate = (ms: number): string => ((files.length * rounds) / (ms / 1000)).toFixed(0);
  const mem = process.memoryUsage();
  console.log(`corpus: ${files.length} workflows, ${findings} findings, under Node ${process.version}`);
  console.log(`corpus: first pass (grammar loading + JIT) ${warm.toFixed(0)} ms`);
  console.log(
    `corpus: warm ${fps.toFixed(0)} files/s wall, ${rate(cpu)} per CPU-second (one core's worth), mean of ${rounds} passes`,
  );
  console.log(
    `corpus: steady ${rate(steady.wall)} files/s wall, ${rate(steady.cpu)} per CPU-second, passes 11 to 13, once V8 has settled`,
  );
  console.log(
    `corpus: cold ${rate(cold.wall)} files/s wall, ${rate(cold.cpu)} per CPU-second, script cache emptied before each pass`,
  );
  console.log(
    `corpus: per file p50 ${percentile(per, 50).toFixed(2)} ms, p99 ${percentile(per, 99).toFixed(2)} ms, max ${per.at(-1)!.toFixed(1)} ms`,
  );
  console.log(
    `corpus: heap used ${(mem.heapUsed / 1048576).toFixed(0)} MiB, rss ${(mem.rss / 1048576).toFixed(0)} MiB`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCorpus();
