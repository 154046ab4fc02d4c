/**
 * The in-job context's share of the main step: loading the GitHub client module, reading the running workflow
 * from a checked-out workspace and through the API (fake server on loopback), and the runner probes on this
 * machine. Run directly: `node --import tsx bench/context.ts [iterations]`.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { FakeGitHub } from '../test/support/fake-github.js';

export interface ContextFigures {
  /** Importing the esbuild bundle of the client in a fresh process (what the action pays when it needs the API). */
  bundledClientImportMs: number;
  /** The same for the context layer with the lazy client (what it pays when the workspace has the file). */
  bundledContextImportMs: number;
  workspaceReadMs: number;
  apiReadColdMs: number;
  apiReadWarmMs: number;
  runnerFactsMs: number;
}

const run = promisify(execFile);
const SHA = 'ab'.repeat(20);
const WF = '.github/workflows/ci.yml';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 100) / 100;
}

export async function benchContext(iterations = 20): Promise<ContextFigures> {
  const bundledClientImportMs = await bundledImportMs('src/github/client.ts');
  const bundledContextImportMs = await bundledImportMs('bench/context-entry.ts');
  let t = performance.now();
  const { createGitHubClient } = await import('../src/github/client.js');
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
      await readRunnerFacts(process.env, systemProbes({ sudo: true }), { allowlist: [] });
      facts.push(performance.now() - t);
    }
    return {
      bundledClientImportMs,
      bundledContextImportMs,
      workspaceReadMs: median(workspace),
      apiReadColdMs: median(cold),
      apiReadWarmMs: median(warm),
      runnerFactsMs: median(facts),
    };
  } finally {
    await gh.close();
  }
}

/** Bundles `entry` like the release build does and times its import in a fresh process, median of 5. */
async function bundledImportMs(entry: string): Promise<number> {
  const { build } = await import('esbuild');
  const out = await mkdtemp(join(tmpdir(), 'eg-bundle-'));
  await build({
    entryPoints: [entry],
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
    },
  });
  const file = join(out, `${entry.split('/').at(-1)?.replace(/\.ts$/, '')}.js`);
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now() - t);`;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
    times.push(Number(stdout.trim()));
  }
  return median(times);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchContext(Number(process.argv[2] ?? 20));
  console.log(`node ${process.version}, workflow of 50 jobs x 20 steps (${WF})`);
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(16)} ${value} ms`);
}
