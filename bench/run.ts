/**
 * `npm run bench`: every benchmark, each in its own process so that one's caches and heap do not colour the
 * next. Benchmarks print their own figures; this only sequences them. Root-only ones skip themselves otherwise.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bundleBench } from './bundle.js';
import { CORPUS } from './paths.js';

/** `bundled`: run as bundled for dist/ (bench/bundle.ts) rather than through tsx: figures for the shipped engine. */
const benches: { file: string; args?: string[]; bundled?: boolean }[] = [
  { file: 'corpus.ts', bundled: true },
  { file: 'scripts-parse.ts' },
  { file: 'report.ts' },
  { file: 'context.ts' },
  { file: 'main-step.ts' },
  { file: 'org-sweep.ts', args: ['1000', '8'] },
  { file: 'egress.ts' },
];

const only = process.argv.slice(2);
let failed = 0;
for (const b of benches) {
  if (only.length && !only.some((o) => b.file.includes(o))) continue;
  console.log(`\n== ${b.file}`);
  const script = b.bundled
    ? [await bundleBench(b.file)]
    : ['--import', 'tsx', join(import.meta.dirname, b.file)];
  const r = spawnSync(process.execPath, [...script, ...(b.args ?? [])], {
    stdio: 'inherit',
    env: { ...process.env, EXFIL_GUARD_CORPUS: CORPUS },
  });
  if (r.status !== 0) {
    failed++;
    console.log(`${b.file}: exited ${r.status ?? r.signal}`);
  }
}
process.exit(failed ? 1 : 0);
