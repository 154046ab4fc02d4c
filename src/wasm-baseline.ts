/**
 * Keeps WebAssembly on V8's baseline compiler (Liftoff) for the whole process.
 *
 * The script parsers are tree-sitter grammars compiled to WebAssembly. By default V8 optimises hot wasm functions
 * with TurboFan in background threads, and Node waits for those jobs before the process may exit: 2 s after one
 * workflow, 9 s after the 752-file corpus, all for code that is not run again. The optimised code does not pay for
 * itself here either: the corpus scans faster per CPU-second on baseline code, because the background compiles
 * burn the second core. `--liftoff-only` says this but is only read from the command line; these two flags say
 * the same and are read when a module is compiled, so setting them at run time works. Call this before anything
 * compiles a grammar (the entry points call it first).
 *
 * `eager`: compile every function of a module when the module is compiled, instead of on its first call. The
 * total work is the same, but an asynchronous compile then does all of it on V8's background threads, so the
 * main step can compile the bash grammar while it reads the policy and the runner context (see
 * `prefetchGrammars`); lazily, the first parse pays about 20 ms on the main thread. One compilation task is
 * enough for that: it is done long before the first parse, and by default V8 starts several, which on a 2-core
 * runner take the main thread's core too (the main step came out 5-13 ms slower with them).
 */
import { setFlagsFromString } from 'node:v8';

export function keepWasmOnBaseline(options: { eager?: boolean } = {}): void {
  setFlagsFromString('--no-wasm-dynamic-tiering');
  setFlagsFromString('--no-wasm-tier-up');
  if (options.eager) {
    setFlagsFromString('--no-wasm-lazy-compilation');
    setFlagsFromString('--wasm-num-compilation-tasks=1');
  }
}
