/**
 * Entry point of the action's main step. Importing compiles no WebAssembly (grammars load when the first script
 * is parsed), so the V8 flags are in place before any grammar is compiled. Eager compilation lets the step compile
 * the bash grammar in the background while it does other work (src/scripts/grammars.ts `prefetchGrammars`).
 */
import { fileURLToPath } from 'node:url';
import { mainStep } from './action/main-step.js';
import { keepWasmOnBaseline } from './wasm-baseline.js';

keepWasmOnBaseline({ eager: true });
// Computed here: only the entry file knows where dist/ is (the rest lives in dist/chunks/).
await mainStep({ dnsDaemon: fileURLToPath(new URL('./dns-daemon.js', import.meta.url)) });
