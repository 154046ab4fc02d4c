import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  keepWasmOnBaseline
} from "./chunks/chunk-T6RTSZWE.js";
import "./chunks/chunk-XXN2UIB3.js";

// src/main.ts
import { fileURLToPath } from "node:url";
keepWasmOnBaseline();
var { mainStep } = await import("./chunks/main-step-3V3TQZX7.js");
await mainStep({ dnsDaemon: fileURLToPath(new URL("./dns-daemon.js", import.meta.url)) });
