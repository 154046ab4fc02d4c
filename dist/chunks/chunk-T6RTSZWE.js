import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);

// src/wasm-baseline.ts
import { setFlagsFromString } from "node:v8";
function keepWasmOnBaseline() {
  setFlagsFromString("--no-wasm-dynamic-tiering");
  setFlagsFromString("--no-wasm-tier-up");
}

export {
  keepWasmOnBaseline
};
