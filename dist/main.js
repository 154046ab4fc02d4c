import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);

// src/main.ts
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
var FLAG = "--liftoff-only";
if (process.execArgv.includes(FLAG) || process.env.EXFIL_GUARD_NO_REEXEC === "1") {
  const { mainStep } = await import("./chunks/main-step-7YGTRHGE.js");
  await mainStep({ dnsDaemon: fileURLToPath(new URL("./dns-daemon.js", import.meta.url)) });
} else {
  const child = spawnSync(process.execPath, [FLAG, ...process.execArgv, fileURLToPath(import.meta.url)], {
    stdio: "inherit"
  });
  process.exitCode = child.status ?? 1;
  if (child.error) console.error(`Exfil Guard could not start its main step: ${child.error.message}`);
}
