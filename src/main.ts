/** Entry point of the action's main step. */
import { fileURLToPath } from 'node:url';
import { keepWasmOnBaseline } from './wasm-baseline.js';

keepWasmOnBaseline();
const { mainStep } = await import('./action/main-step.js');
// Computed here: only the entry file knows where dist/ is (the rest lives in dist/chunks/).
await mainStep({ dnsDaemon: fileURLToPath(new URL('./dns-daemon.js', import.meta.url)) });
