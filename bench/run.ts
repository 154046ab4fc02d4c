/**
 * `npm run bench`: every benchmark, each in its own process so that one's caches and heap do not colour the
 * next. Benchmarks print their own figures; this only sequences them. Root-only ones skip themselves otherwise.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const benches: { file: string; args?: string[] }[] = [
  { file: 'corpus.ts' },
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
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, b.file), ...(b.args ?? [])],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) {
    failed++;
    console.log(`${b.file}: exited ${r.status ?? r.signal}`);
  }
}
process.exit(failed ? 1 : 0);
