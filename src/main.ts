/**
 * Entry point of the action's main step.
 *
 * The script parsers are WebAssembly. V8 compiles them quickly with its baseline compiler, then starts an
 * optimising compile of the large grammar functions in the background, and Node waits for those background
 * jobs before the process may exit: about 2 s per run, for code the step never needs again. The V8 flag that
 * prevents it (`--liftoff-only`) only works on the command line, so the step re-runs itself once with it; that
 * costs one Node start-up (~40 ms) and saves seconds. Nothing heavy is imported before the decision.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const FLAG = '--liftoff-only';

if (process.execArgv.includes(FLAG) || process.env.EXFIL_GUARD_NO_REEXEC === '1') {
  const { mainStep } = await import('./action/main-step.js');
  // Computed here: only the entry file knows where dist/ is (the rest lives in dist/chunks/).
  await mainStep({ dnsDaemon: fileURLToPath(new URL('./dns-daemon.js', import.meta.url)) });
} else {
  const child = spawnSync(process.execPath, [FLAG, ...process.execArgv, fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
  });
  // A child killed by a signal has no status: report failure, never success.
  process.exitCode = child.status ?? 1;
  if (child.error) console.error(`Exfil Guard could not start its main step: ${child.error.message}`);
}
