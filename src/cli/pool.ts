/**
 * A bounded pool of worker threads for large scans. The bundled dist/cli.js starts itself as the worker (the
 * entry point passes its own URL), so no extra bundle entry is needed. Work is handed out in small chunks so
 * that one slow file does not hold up a whole share; results are put back in input order.
 */
import { availableParallelism } from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { ScanResult } from '../analysis/api.js';
import type { Policy } from '../policy/types.js';
import type { TargetFile } from './expand.js';
import { scanTargets } from './scan-local.js';

/** Below this many files a single thread is faster than starting workers. */
export const WORKER_THRESHOLD = 200;
const CHUNK = 16;
const MAX_WORKERS = 8;

export const WORKER_ROLE = 'exfil-guard-scan-worker';

interface Task {
  id: number;
  files: TargetFile[];
  policy: Policy;
  jobs?: string[];
}
type Reply = { id: number; result: ScanResult } | { id: number; error: string };

/**
 * How many workers a scan of `count` files gets: 0 means scan on the main thread. Each worker pays for loading
 * the bundle and compiling the grammars (about 4 s of CPU measured on the 752-file corpus), so with two cores or
 * fewer one thread is faster (22 s single-threaded against 29 s with two workers there).
 */
export function workerCount(
  count: number,
  requested?: number,
  cores: number = availableParallelism(),
): number {
  if (requested !== undefined) return Math.max(0, Math.min(requested, Math.ceil(count / CHUNK)));
  if (count < WORKER_THRESHOLD || cores <= 2) return 0;
  return Math.max(1, Math.min(cores - 1, MAX_WORKERS, Math.ceil(count / CHUNK)));
}

export async function scanInWorkers(
  files: readonly TargetFile[],
  policy: Policy,
  opts: { workerUrl: URL; workers: number; jobs?: string[] },
): Promise<ScanResult> {
  const chunks: TargetFile[][] = [];
  for (let i = 0; i < files.length; i += CHUNK) chunks.push(files.slice(i, i + CHUNK));
  const results: ScanResult[] = new Array<ScanResult>(chunks.length);
  let next = 0;

  const runOne = (): Promise<void> =>
    new Promise((resolvePool, rejectPool) => {
      const worker = new Worker(opts.workerUrl, { workerData: { role: WORKER_ROLE } });
      const feed = (): void => {
        if (next >= chunks.length) {
          void worker.terminate().then(() => resolvePool());
          return;
        }
        const id = next++;
        const task: Task = { id, files: chunks[id] ?? [], policy, ...(opts.jobs ? { jobs: opts.jobs } : {}) };
        worker.postMessage(task);
      };
      worker.on('message', (reply: Reply) => {
        if ('error' in reply) {
          void worker.terminate();
          rejectPool(new Error(reply.error));
          return;
        }
        results[reply.id] = reply.result;
        feed();
      });
      worker.on('error', rejectPool);
      worker.on('exit', (code) => {
        if (code !== 0 && code !== 1) rejectPool(new Error(`scan worker exited with code ${code}`));
      });
      feed();
    });

  await Promise.all(Array.from({ length: Math.max(1, opts.workers) }, runOne));
  return {
    files: results.flatMap((r) => r.files),
    findings: results.flatMap((r) => r.findings),
  };
}

/** True in a thread the pool started; the entry point then calls `serveWorker` instead of the CLI. */
export function isScanWorker(): boolean {
  return parentPort !== null && (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}

export function serveWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (task: Task) => {
    scanTargets(task.files, task.policy, task.jobs ? { jobs: task.jobs } : {}).then(
      (result) => port.postMessage({ id: task.id, result } satisfies Reply),
      (e: unknown) =>
        port.postMessage({ id: task.id, error: e instanceof Error ? e.message : String(e) } satisfies Reply),
    );
  });
}
