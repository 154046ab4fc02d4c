/**
 * Engine throughput over the real-world corpus (752 workflows from public repositories, ../shared/corpus):
 * files per second on one core, and the per-file p50 and p99, after a warm-up pass that loads the grammars.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanFiles } from '../src/analysis/engine.js';
import { defaultPolicy } from '../src/policy/defaults.js';

export const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'realworld');

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
  // Warm-up: grammar loading (once per process) and JIT; reported separately.
  const w0 = performance.now();
  await scanFiles(files, policy);
  const warm = performance.now() - w0;

  const rounds = 3;
  const per: number[] = [];
  let total = 0;
  let findings = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const f of files) {
      const s = performance.now();
      const result = await scanFiles([f], policy);
      per.push(performance.now() - s);
      if (r === 0) findings += result.findings.length;
    }
    total += performance.now() - t0;
  }
  per.sort((a, b) => a - b);
  const fps = (files.length * rounds) / (total / 1000);
  const mem = process.memoryUsage();
  console.log(`corpus: ${files.length} workflows, ${findings} findings`);
  console.log(`corpus: first pass (grammar loading + JIT) ${warm.toFixed(0)} ms`);
  console.log(`corpus: ${fps.toFixed(0)} files/s on one core (mean of ${rounds} passes)`);
  console.log(
    `corpus: per file p50 ${percentile(per, 50).toFixed(2)} ms, p99 ${percentile(per, 99).toFixed(2)} ms, max ${per.at(-1)!.toFixed(1)} ms`,
  );
  console.log(
    `corpus: heap used ${(mem.heapUsed / 1048576).toFixed(0)} MiB, rss ${(mem.rss / 1048576).toFixed(0)} MiB`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCorpus();
