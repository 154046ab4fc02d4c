import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);

// src/main.ts
import { setFlagsFromString } from "node:v8";
import { fileURLToPath } from "node:url";
setFlagsFromString("--wasm-tiering-budget=2000000000");
var { mainStep } = await import("./chunks/main-step-3V3TQZX7.js");
await mainStep({ dnsDaemon: fileURLToPath(new URL("./dns-daemon.js", import.meta.url)) });
