/**
 * Entry point of `exfil-guard`. Also the body of the scan worker threads: the pool starts this same file again,
 * so the bundle needs no second entry.
 *
 * The script parsers are WebAssembly, and V8 optimises hot wasm functions in background threads that Node waits
 * for at exit: 2 s after scanning one file, 9 s after the 752-file corpus, all for code that is never run again.
 * The main step avoids it with a tier-up budget set at run time (src/main.ts), but a large scan exhausts any
 * budget, and `--liftoff-only`, which does stop it, is only read from the command line. So the CLI runs itself
 * again once with that flag: one more Node start-up (~90 ms) against seconds saved.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describeError } from './action/errors-to-text.js';
import { isScanWorker, serveWorker } from './cli/pool.js';
import { EXIT_USAGE, runCli } from './cli/run.js';

const BASELINE_ONLY = '--liftoff-only';

if (isScanWorker()) {
  serveWorker();
} else if (!process.execArgv.includes(BASELINE_ONLY) && process.env.EXFIL_GUARD_NO_REEXEC !== '1') {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    [BASELINE_ONLY, ...process.execArgv, self, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  if (child.error) console.error(`exfil-guard: could not start: ${child.error.message}`);
  // A child killed by a signal has no status: report "no usable result", never success.
  process.exitCode = child.status ?? EXIT_USAGE;
} else {
  const argv = process.argv.slice(2);
  try {
    process.exitCode = await runCli(argv, {
      cwd: process.cwd(),
      env: process.env,
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
      isTTY: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
      workerUrl: new URL(import.meta.url),
      progress: process.stderr,
    });
  } catch (e) {
    const report = describeError(e);
    console.error(`exfil-guard: ${report.line}`);
    if (!report.user && report.stack && argv.includes('--debug')) console.error(report.stack);
    // The CLI contract has three codes; an internal error is reported as "no usable result".
    process.exitCode = EXIT_USAGE;
  }
}
