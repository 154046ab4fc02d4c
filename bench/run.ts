/**
 * `npm run bench`: every benchmark, each in its own process so that one's caches and heap do not colour the
 * next. Benchmarks print their own figures; this only sequences them. Root-only ones skip themselves otherwise.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleBench } from './bundle.js';
import { CORPUS } from './paths.js';

/**
 * `bundled`: run as bundled for dist/ (bench/bundle.ts) rather than through tsx: figures for the shipped engine.
 * `oneCore`: pinned to one CPU with taskset where it exists, so that "files/s on one core" is literal: V8's helper
 * threads (GC, compilers) share that core instead of running on the other one.
 */
const benches: { file: string; args?: string[]; bundled?: boolean; oneCore?: boolean }[] = [
  { file: 'corpus.ts', bundled: true, oneCore: true },
  { file: 'scripts-parse.ts' },
  { file: 'report.ts' },
  { file: 'context.ts' },
  { file: 'main-step.ts' },
  { file: 'org-sweep.ts', args: ['1000', '8'] },
  { file: 'egress.ts' },
];

function hasTaskset(): boolean {
  return spawnSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' }).status === 0;
}

/** The first CPU this process may run on (a container may not own CPU 0). */
function firstCpu(): string {
  const list = /Cpus_allowed_list:\s*(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
  return list?.[1] ?? '0';
}

const only = process.argv.slice(2);
let failed = 0;
for (const b of benches) {
  if (only.length && !only.some((o) => b.file.includes(o))) continue;
  console.log(`\n== ${b.file}`);
  const script = b.bundled
    ? [await bundleBench(b.file)]
    : ['--import', 'tsx', join(import.meta.dirname, b.file)];
  const argv = [process.execPath, ...script, ...(b.args ?? [])];
  const pinned = b.oneCore === true && hasTaskset();
  const r = spawnSync(pinned ? 'taskset' : argv[0]!, pinned ? ['-c', firstCpu(), ...argv] : argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, EXFIL_GUARD_CORPUS: CORPUS },
  });
  if (r.status !== 0) {
    failed++;
    console.log(`${b.file}: exited ${r.status ?? r.signal}`);
  }
}
process.exit(failed ? 1 : 0);
