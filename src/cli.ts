/**
 * Entry point of `exfil-guard`. Also the body of the scan worker threads: the pool starts this same file again,
 * so the bundle needs no second entry.
 */
import { describeError } from './action/errors-to-text.js';
import { isScanWorker, serveWorker } from './cli/pool.js';
import { EXIT_USAGE, runCli } from './cli/run.js';
import { keepWasmOnBaseline } from './wasm-baseline.js';

// Before any grammar is compiled, here and (flags are per process) in the scan worker threads.
keepWasmOnBaseline();

if (isScanWorker()) {
  serveWorker();
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
