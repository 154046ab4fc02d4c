/**
 * Entry point of the action's main step.
 *
 * The script parsers are WebAssembly. When a grammar's functions get hot, V8 starts optimising compiles of them
 * in the background, and Node waits for those jobs before the process may exit: about 2 s per run, for code the
 * step never needs again. An effectively infinite tier-up budget keeps every wasm function on the baseline
 * compiler (the step parses a few scripts; baseline code is fast enough). Unlike `--liftoff-only`, this V8 flag is
 * read when a function is first called, so setting it at run time works and no second Node start-up is needed.
 * Nothing that compiles WebAssembly is imported before it is set.
 */
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';

setFlagsFromString('--wasm-tiering-budget=2000000000');

const { mainStep } = await import('./action/main-step.js');
// Computed here: only the entry file knows where dist/ is (the rest lives in dist/chunks/).
await mainStep({ dnsDaemon: fileURLToPath(new URL('./dns-daemon.js', import.meta.url)) });
