/**
 * Wall time of the whole main step under Node 24, as the runner runs it (through the harness: environment,
 * file commands, event payload), on a typical release workflow and on a large one (50 jobs × 20 steps).
 * Needs a built dist/ (npm run build). Also prints Node 24's own start-up time as the floor.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE24, REPO_ROOT, runAction } from '../test/harness/runner.js';
import { FakeGitHub } from '../test/support/fake-github.js';
import { percentile } from './corpus.js';

function largeWorkflow(jobs: number, steps: number): string {
  const out = ['name: large', 'on: push', 'jobs:'];
  for (let j = 0; j < jobs; j++) {
    out.push(
      `  job${j}:`,
      '    runs-on: ubuntu-latest',
      '    env:',
      `      TOKEN_${j}: \${{ secrets.NPM_TOKEN }}`,
      '    steps:',
    );
    out.push('      - uses: actions/checkout@v4');
    for (let s = 1; s < steps; s++) {
      out.push(
        `      - name: step ${s}`,
        '        run: |',
        `          echo "building part ${s}"`,
        `          npm run build -- --part ${s}`,
        `          curl -fsS -H "Authorization: Bearer $TOKEN_${j}" https://registry.npmjs.org/-/whoami`,
      );
    }
  }
  return out.join('\n') + '\n';
}

const WORKFLOW_PATH = '.github/workflows/bench.yml';
const SHA = 'a'.repeat(40);

/**
 * `api`: the workspace is empty, as it is when the guard is the job's first step (before actions/checkout), and
 * the workflow is read through the REST API, here a loopback stand-in (test/support/fake-github.ts).
 */
async function time(label: string, workflow: string, runs: number, api?: FakeGitHub): Promise<void> {
  const walls: number[] = [];
  const harness: number[] = [];
  api?.addRepo('acme/app', { commits: { [SHA]: { [WORKFLOW_PATH]: workflow } }, branches: { main: SHA } });
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const run = await runAction({
      steps: 'main',
      workflowPath: WORKFLOW_PATH,
      job: 'job0',
      ...(api
        ? {
            repository: 'acme/app',
            sha: SHA,
            apiUrl: api.url,
            inputs: { 'fail-on': 'never', token: 'bench-token' },
          }
        : { files: { [WORKFLOW_PATH]: workflow }, inputs: { 'fail-on': 'never' } }),
    });
    harness.push(performance.now() - t0);
    walls.push(run.wallMs);
    if (run.exitCode !== 0)
      throw new Error(`${label}: main exited ${run.exitCode}: ${run.stdout.slice(-500)}`);
    run.cleanup();
  }
  walls.sort((a, b) => a - b);
  harness.sort((a, b) => a - b);
  console.log(
    `main-step: ${label}: p50 ${percentile(walls, 50).toFixed(0)} ms, min ${walls[0]!.toFixed(0)} ms, max ${walls.at(-1)!.toFixed(0)} ms over ${runs} runs (process start to exit); with the harness's repository setup p50 ${percentile(harness, 50).toFixed(0)} ms`,
  );
}

export async function benchMainStep(runs = 7): Promise<void> {
  if (!existsSync(join(REPO_ROOT, 'dist', 'main.js'))) {
    console.log('main-step: skipped, dist/main.js is missing (npm run build)');
    return;
  }
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(NODE24, ['-e', '0']);
    floor.push(performance.now() - t0);
  }
  floor.sort((a, b) => a - b);
  console.log(`main-step: Node 24 start-up alone: p50 ${percentile(floor, 50).toFixed(0)} ms`);
  const typical = readFileSync(
    join(REPO_ROOT, 'test', 'fixtures', 'benign', 'npm-publish.yml'),
    'utf8',
  ).replace('publish-npm:', 'job0:');
  await time('typical workflow (npm release, 1 job × 6 steps)', typical, runs);
  await time('large workflow (50 jobs × 20 steps, scope job)', largeWorkflow(50, 20), runs);
  const api = await FakeGitHub.start();
  try {
    await time('typical workflow read through the API (first step, nothing checked out)', typical, runs, api);
  } finally {
    await api.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMainStep(Number(process.argv[2] ?? 7));
