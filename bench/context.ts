/**
 * The in-job context's share of the main step: loading the GitHub client module, reading the running workflow
 * from a checked-out workspace and through the API (fake server on loopback), and the runner probes on this
 * machine. Run directly: `node --import tsx bench/context.ts [iterations]`.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FakeGitHub } from '../test/support/fake-github.js';

export interface ContextFigures {
  importClientMs: number;
  workspaceReadMs: number;
  apiReadColdMs: number;
  apiReadWarmMs: number;
  runnerFactsMs: number;
}

const SHA = 'ab'.repeat(20);
const WF = '.github/workflows/ci.yml';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 100) / 100;
}

export async function benchContext(iterations = 20): Promise<ContextFigures> {
  let t = performance.now();
  const { createGitHubClient } = await import('../src/github/client.js');
  const importClientMs = Math.round((performance.now() - t) * 100) / 100;
  const { readWorkflow } = await import('../src/context/read-workflow.js');
  const { readRunnerFacts } = await import('../src/context/runner.js');
  const { systemProbes } = await import('../src/context/probes.js');

  const text = `on: push\njobs:\n${Array.from({ length: 50 }, (_, j) => `  j${j}:\n    runs-on: ubuntu-latest\n    steps:\n${Array.from({ length: 20 }, (_, s) => `      - run: echo ${j}-${s}\n`).join('')}`).join('')}`;
  const ws = await mkdtemp(join(tmpdir(), 'eg-bench-'));
  await mkdir(join(ws, '.git/refs/heads'), { recursive: true });
  await mkdir(join(ws, '.github/workflows'), { recursive: true });
  await writeFile(join(ws, '.git/HEAD'), 'ref: refs/heads/main\n');
  await writeFile(join(ws, '.git/refs/heads/main'), `${SHA}\n`);
  await writeFile(join(ws, WF), text);
  const empty = await mkdtemp(join(tmpdir(), 'eg-bench-empty-'));

  const gh = await FakeGitHub.start({ token: 'bench' });
  gh.addRepo('acme/app', { commits: { [SHA]: { [WF]: text } } });
  const location = {
    repository: 'acme/app',
    path: WF,
    ref: 'refs/heads/main',
    sha: SHA,
    job: 'j0',
    isReusable: false,
    callerOnly: false,
    source: 'env' as const,
  };
  try {
    const workspace: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    const facts: number[] = [];
    for (let i = 0; i < iterations; i++) {
      t = performance.now();
      await readWorkflow(location, { workspace: ws, client: null, repository: 'acme/app' });
      workspace.push(performance.now() - t);

      const client = createGitHubClient({ token: 'bench', apiUrl: gh.url });
      t = performance.now();
      await readWorkflow(location, { workspace: empty, client, repository: 'acme/app' });
      cold.push(performance.now() - t);
      t = performance.now();
      await readWorkflow(location, { workspace: empty, client, repository: 'acme/app' });
      warm.push(performance.now() - t);

      t = performance.now();
      await readRunnerFacts(process.env, systemProbes(), { allowlist: [] });
      facts.push(performance.now() - t);
    }
    return {
      importClientMs,
      workspaceReadMs: median(workspace),
      apiReadColdMs: median(cold),
      apiReadWarmMs: median(warm),
      runnerFactsMs: median(facts),
    };
  } finally {
    await gh.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchContext(Number(process.argv[2] ?? 20));
  console.log(`node ${process.version}, workflow of 50 jobs x 20 steps (${WF})`);
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(16)} ${value} ms`);
}
