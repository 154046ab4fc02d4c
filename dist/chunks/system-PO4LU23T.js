import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  HEALTH_NAME,
  require_dns_packet
} from "./chunk-SINWINIQ.js";
import "./chunk-4LRHTQF6.js";
import {
  __toESM
} from "./chunk-XXN2UIB3.js";

// src/egress/system.ts
var import_dns_packet = __toESM(require_dns_packet(), 1);
import { spawn } from "node:child_process";
import dgram from "node:dgram";
import { closeSync, openSync } from "node:fs";
import { access, mkdir, readFile, readlink, writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
function systemDeps(options) {
  return {
    run: runCommand,
    spawnDetached,
    dnsHealthy,
    fs: {
      readFile: (path) => readFile(path, "utf8"),
      writeFile: (path, text) => writeFile(path, text, { mode: 420 }),
      mkdir: async (path) => void await mkdir(path, { recursive: true }),
      readlink: (path) => readlink(path).catch(() => void 0),
      exists: (path) => access(path).then(
        () => true,
        () => false
      )
    },
    platform: process.platform,
    uid: process.getuid?.() ?? -1,
    daemonArgv: options.daemonArgv,
    now: () => Date.now(),
    sleep: (ms) => sleep(ms),
    warn: options.warn
  };
}
function runCommand(argv, options) {
  return new Promise((resolve) => {
    const [file, ...args] = argv;
    if (!file) return resolve({ code: 127, stdout: "", stderr: "empty command" });
    const child = spawn(file, args, { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => stdout += chunk.toString());
    child.stderr.on("data", (chunk) => stderr += chunk.toString());
    child.on("error", (error) => resolve({ code: 127, stdout, stderr: `${file}: ${error.message}` }));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.on("error", () => void 0);
    child.stdin.end(options?.stdin ?? "");
  });
}
function spawnDetached(argv, logFile) {
  const [file, ...args] = argv;
  const log = openSync(logFile, "a", 420);
  const child = spawn(file ?? "false", args, { detached: true, stdio: ["ignore", log, log] });
  closeSync(log);
  let code;
  child.on("exit", (exit) => code = exit);
  child.on("error", () => code = 127);
  child.unref();
  return { exitCode: () => code };
}
function dnsHealthy(address, port, timeoutMs) {
  return new Promise((resolve) => {
    const socket = dgram.createSocket(address.includes(":") ? "udp6" : "udp4");
    const id = Math.floor(Math.random() * 65536);
    const done = (value) => {
      clearTimeout(timer);
      socket.close();
      resolve(value);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.on("error", () => done(false));
    socket.on("message", (message) => {
      try {
        if (import_dns_packet.default.decode(message).id === id) done(true);
      } catch {
      }
    });
    socket.send(
      import_dns_packet.default.encode({ type: "query", id, questions: [{ name: HEALTH_NAME, type: "A" }] }),
      port,
      address
    );
  });
}
export {
  dnsHealthy,
  runCommand,
  systemDeps
};
