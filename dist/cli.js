#!/usr/bin/env node
import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  VERSION,
  buildPolicy,
  keepWasmOnBaseline,
  knownRules
} from "./chunks/chunk-DZRJEIRB.js";
import {
  formatGithub,
  formatText
} from "./chunks/chunk-SKWTNRQD.js";
import {
  formatJson,
  formatSarif,
  sarifCategory,
  verdictOf
} from "./chunks/chunk-5S3JS42L.js";
import "./chunks/chunk-JLYDGA43.js";
import "./chunks/chunk-GURDG6HC.js";
import {
  describeError
} from "./chunks/chunk-5DJML5A4.js";
import "./chunks/chunk-AGCSABST.js";
import {
  UserError
} from "./chunks/chunk-S2LNTRLH.js";
import {
  byCodeUnit
} from "./chunks/chunk-7VTNRWSX.js";
import "./chunks/chunk-4LRHTQF6.js";
import "./chunks/chunk-XXN2UIB3.js";

// src/cli/pool.ts
import { availableParallelism } from "node:os";
import { Worker, parentPort, workerData } from "node:worker_threads";

// src/cli/scan-local.ts
import { readFile, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
var MAX_FILE_BYTES = 64 * 1024 * 1024;
async function scanTargets(files, policy, options = {}) {
  const { scanFiles } = await import("./chunks/engine-3ZJV4SHX.js");
  const order = new Map(files.map((f, i) => [f.path, i]));
  const byRoot = /* @__PURE__ */ new Map();
  for (const f of files) byRoot.set(f.root, [...byRoot.get(f.root) ?? [], f]);
  const result = { files: [], findings: [] };
  for (const [root, group] of byRoot) {
    const inputs = [];
    for (const f of group) {
      const content = await readTarget(f);
      if (typeof content === "string") result.files.push({ path: f.path, error: content });
      else inputs.push({ path: f.path, content });
    }
    if (inputs.length === 0) continue;
    const r = await scanFiles(inputs, policy, { ...options, readLocalAction: localActionReader(root) });
    result.files.push(...r.files);
    result.findings.push(...r.findings);
  }
  result.files.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  return result;
}
async function readTarget(f) {
  try {
    const info = await stat(f.abs);
    if (info.size > MAX_FILE_BYTES)
      return `${f.path}: file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`;
    return await readFile(f.abs);
  } catch (e) {
    const err = e;
    return `${f.path}: cannot read (${err.code ?? err.message})`;
  }
}
function localActionReader(root) {
  return async (path) => {
    const dir = resolve(root, path);
    const rel = relative(root, dir);
    if (rel.startsWith("..") || rel.split(sep).includes("..")) return null;
    for (const name of ["action.yml", "action.yaml"]) {
      try {
        return await readFile(join(dir, name), "utf8");
      } catch {
      }
    }
    return null;
  };
}

// src/cli/pool.ts
var WORKER_THRESHOLD = 200;
var CHUNK = 16;
var MAX_WORKERS = 8;
var WORKER_ROLE = "exfil-guard-scan-worker";
function workerCount(count, requested, cores = availableParallelism()) {
  if (requested !== void 0) return Math.max(0, Math.min(requested, Math.ceil(count / CHUNK)));
  if (count < WORKER_THRESHOLD || cores <= 2) return 0;
  return Math.max(1, Math.min(cores - 1, MAX_WORKERS, Math.ceil(count / CHUNK)));
}
async function scanInWorkers(files, policy, opts) {
  const chunks = [];
  for (let i = 0; i < files.length; i += CHUNK) chunks.push(files.slice(i, i + CHUNK));
  const results = new Array(chunks.length);
  let next = 0;
  const runOne = () => new Promise((resolvePool, rejectPool) => {
    const worker = new Worker(opts.workerUrl, { workerData: { role: WORKER_ROLE } });
    const feed = () => {
      if (next >= chunks.length) {
        void worker.terminate().then(() => resolvePool());
        return;
      }
      const id = next++;
      const task = { id, files: chunks[id] ?? [], policy, ...opts.jobs ? { jobs: opts.jobs } : {} };
      worker.postMessage(task);
    };
    worker.on("message", (reply) => {
      if ("error" in reply) {
        void worker.terminate();
        rejectPool(new Error(reply.error));
        return;
      }
      results[reply.id] = reply.result;
      feed();
    });
    worker.on("error", rejectPool);
    worker.on("exit", (code) => {
      if (code !== 0 && code !== 1) rejectPool(new Error(`scan worker exited with code ${code}`));
    });
    feed();
  });
  await Promise.all(Array.from({ length: Math.max(1, opts.workers) }, runOne));
  return {
    files: results.flatMap((r) => r.files),
    findings: results.flatMap((r) => r.findings)
  };
}
function isScanWorker() {
  return parentPort !== null && workerData?.role === WORKER_ROLE;
}
function serveWorker() {
  const port = parentPort;
  if (!port) return;
  port.on("message", (task) => {
    scanTargets(task.files, task.policy, task.jobs ? { jobs: task.jobs } : {}).then(
      (result) => port.postMessage({ id: task.id, result }),
      (e) => port.postMessage({ id: task.id, error: e instanceof Error ? e.message : String(e) })
    );
  });
}

// src/cli/run.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/output.ts
var FORMATS = ["text", "json", "sarif", "github"];
function render(input, format, opts) {
  switch (format) {
    case "json":
      return formatJson(input.result);
    case "sarif":
      return formatSarif(input.result, {
        category: sarifCategory(opts.scanned),
        toolVersion: VERSION,
        rules: input.rules ?? []
      });
    case "github":
      return formatGithub(input);
    case "text":
      return formatText(input, { color: opts.color, ...opts.readLine ? { readLine: opts.readLine } : {} });
  }
}

// src/cli/args.ts
var USAGE = `Usage: exfil-guard scan [PATH...] [options]
       exfil-guard scan OWNER/REPO[@REF] [options]
       exfil-guard scan --org ORG [options]

Follows every secret in GitHub Actions workflows to the network sinks that can send it.
A directory means its .github/workflows/*.yml|yaml and every action.yml|yaml below it
(node_modules and .git are skipped). Without PATH, the current directory is scanned.

Options:
  --format text|json|sarif|github  output format (default: text; github = workflow commands)
  --config FILE                    policy file (default: .github/exfil-guard.yml when present)
  --fail-on error|warning|never    lowest severity that makes the exit code 1 (default: error)
  --org ORG                        scan every repository of an organisation through the API
  --token TOKEN                    API token for remote scans (default: $GITHUB_TOKEN)
  --api-url URL                    API base URL (default: $GITHUB_API_URL or https://api.github.com)
  --workers N                      worker threads (default: chosen from the number of files; 0 = none)
  --debug                          show stack traces of internal errors
  -h, --help                       show this help
  -v, --version                    show the version

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error or no readable input.
`;
var FAIL_ON = ["error", "warning", "never"];
var REPO_ARG = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9_.-]+(@\S+)?$/;
function parseCommand(argv, exists) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        config: { type: "string" },
        "fail-on": { type: "string" },
        org: { type: "string" },
        token: { type: "string" },
        "api-url": { type: "string" },
        workers: { type: "string" },
        debug: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (e) {
    throw new UserError(`${e.message.split("\n")[0] ?? "bad arguments"}; see exfil-guard --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [command, ...rest] = positionals;
  if (command === void 0)
    throw new UserError("missing command; try: exfil-guard scan [PATH...] (see --help)");
  if (command === "help") return { kind: "help" };
  if (command !== "scan")
    throw new UserError(`unknown command "${command}"; the command is: scan (see --help)`);
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) {
    throw new UserError(`--format has invalid value "${format}"; expected one of: ${FORMATS.join(", ")}`);
  }
  const failOn = values["fail-on"] ?? "error";
  if (!FAIL_ON.includes(failOn)) {
    throw new UserError(`--fail-on has invalid value "${failOn}"; expected one of: ${FAIL_ON.join(", ")}`);
  }
  let workers;
  if (values.workers !== void 0) {
    if (!/^\d{1,3}$/.test(values.workers)) {
      throw new UserError(`--workers has invalid value "${values.workers}"; expected a whole number 0-999`);
    }
    workers = Number(values.workers);
  }
  const paths = [];
  const repos = [];
  for (const arg of rest) (!exists(arg) && REPO_ARG.test(arg) ? repos : paths).push(arg);
  const org = values.org ?? null;
  if (org !== null && (paths.length > 0 || repos.length > 0)) {
    throw new UserError("--org scans a whole organisation; give it no PATH or OWNER/REPO arguments");
  }
  if (org !== null && !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(org)) {
    throw new UserError(`--org has invalid value "${org}"; expected an organisation login`);
  }
  return {
    kind: "scan",
    paths: paths.length === 0 && repos.length === 0 && org === null ? ["."] : paths,
    repos,
    org,
    format,
    config: values.config ?? null,
    failOn,
    token: values.token ?? null,
    apiUrl: values["api-url"] ?? null,
    workers,
    debug: values.debug ?? false
  };
}

// src/cli/expand.ts
import { readdir, stat as stat2 } from "node:fs/promises";
import { dirname, isAbsolute, join as join2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
import { existsSync } from "node:fs";
var SKIP = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var WORKFLOW = /\.ya?ml$/;
var ACTION = /^action\.ya?ml$/;
async function expandPaths(args, cwd) {
  const files = [];
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (abs, root) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push({ path: display(abs, cwd), abs, root });
  };
  for (const arg of args) {
    const abs = isAbsolute(arg) ? arg : resolve2(cwd, arg);
    const info = await stat2(abs).catch((e) => e);
    if (info instanceof Error) {
      problems.push(
        `${arg}: ${info.code === "ENOENT" ? "no such file or directory" : info.code ?? info.message}`
      );
      continue;
    }
    if (info.isFile()) {
      add(abs, repoRootOf(abs));
      continue;
    }
    const before = files.length;
    const workflows = join2(abs, ".github", "workflows");
    const entries = await readdir(workflows, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
      if ((e.isFile() || e.isSymbolicLink()) && WORKFLOW.test(e.name)) add(join2(workflows, e.name), abs);
    }
    for (const action of await findActions(abs)) add(action, abs);
    if (files.length === before) {
      problems.push(`${arg}: no .github/workflows/*.yml or action.yml in this directory`);
    }
  }
  return { files, problems };
}
async function findActions(dir) {
  const out = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => byCodeUnit(a.name, b.name));
  for (const e of entries) {
    if (e.isFile() && ACTION.test(e.name)) out.push(join2(dir, e.name));
  }
  for (const e of entries) {
    if (e.isDirectory() && !SKIP.has(e.name)) out.push(...await findActions(join2(dir, e.name)));
  }
  return out;
}
function repoRootOf(file) {
  let dir = dirname(file);
  for (; ; ) {
    if (existsSync(join2(dir, ".github"))) return dir;
    const up = dirname(dir);
    if (up === dir) return dirname(file);
    dir = up;
  }
}
function display(abs, cwd) {
  const rel = relative2(cwd, abs);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep2).join("/") : abs;
}

// src/cli/run.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
async function runCli(argv, io) {
  const command = parseCommand(argv, (p) => existsSync2(resolve3(io.cwd, p)));
  switch (command.kind) {
    case "help":
      io.stdout(USAGE);
      return EXIT_OK;
    case "version":
      io.stdout(`exfil-guard ${VERSION}
`);
      return EXIT_OK;
    case "scan":
      return scan(command, io);
  }
}
async function scan(cmd, io) {
  const rules = await knownRules();
  const { policy } = await buildPolicy({
    ruleIds: new Set(rules.map((r) => r.id)),
    config: cmd.config !== null ? { path: cmd.config, explicit: true } : cmd.paths.length === 1 ? { path: resolve3(io.cwd, cmd.paths[0] ?? ".", ".github/exfil-guard.yml"), explicit: false } : null,
    base: io.cwd,
    allowedEndpoints: []
  });
  if (cmd.org !== null) return sweep(cmd.org, cmd, policy, io);
  const results = [];
  if (cmd.paths.length > 0) results.push({ result: await scanLocal(cmd, policy, io) });
  for (const spec of cmd.repos) results.push(await scanRemote(spec, cmd, policy, io));
  const result = {
    files: results.flatMap((r) => r.result.files),
    findings: results.flatMap((r) => r.result.findings)
  };
  const sources = new Map(results.flatMap((r) => [...r.sources ?? []]));
  const input = {
    result,
    failOn: cmd.failOn,
    rules,
    ...sources.size > 0 ? { sources } : {}
  };
  io.stdout(
    render(input, cmd.format, {
      color: io.isTTY,
      readLine: lineReader(io.cwd),
      scanned: cmd.repos.length === 1 && cmd.paths.length === 0 ? cmd.repos[0] ?? "" : "local"
    })
  );
  if (result.files.length > 0 && result.files.every((f) => f.error !== null)) return EXIT_USAGE;
  return verdictOf(result.findings, cmd.failOn).shouldFail ? EXIT_FINDINGS : EXIT_OK;
}
async function scanLocal(cmd, policy, io) {
  const { files, problems } = await expandPaths(cmd.paths, io.cwd);
  for (const p of problems) io.stderr(`exfil-guard: ${p}
`);
  if (files.length === 0 && cmd.repos.length === 0)
    throw new UserError("no workflow or action files to scan");
  const workers = workerCount(files.length, cmd.workers);
  return workers > 0 ? scanInWorkers(files, policy, { workerUrl: io.workerUrl, workers }) : scanTargets(files, policy);
}
async function scanRemote(spec, cmd, policy, io) {
  const { parseRepoSpec } = await import("./chunks/repo-spec-54NS7TZK.js");
  const { scanRepository } = await import("./chunks/repository-K5ILR7VZ.js");
  const repo = parseRepoSpec(spec);
  const client = await apiClient(cmd, io);
  const scan2 = await scanRepository(client, repo.fullName, repo.ref, policy);
  if (scan2.files.length === 0)
    io.stderr(`exfil-guard: ${repo.fullName}@${scan2.ref}: no workflow or action files
`);
  return { result: scan2, sources: scan2.sources };
}
async function sweep(org, cmd, policy, io) {
  const { sweepOrganisation } = await import("./chunks/sweep-LGO6MFMY.js");
  const { sweepProgressBar } = await import("./chunks/progress-SFLCS4DJ.js");
  const report = await import("./chunks/sweep-report-M2G474JT.js");
  const bar = sweepProgressBar(io.progress ?? { write: () => true, isTTY: false });
  const client = await apiClient(cmd, io, bar.onWait);
  let result;
  try {
    result = await sweepOrganisation(client, org, { policy, onProgress: bar.onProgress });
  } finally {
    bar.done();
  }
  const rules = await knownRules();
  switch (cmd.format) {
    case "json":
      io.stdout(report.formatSweepJson(result));
      break;
    case "sarif":
      io.stdout(report.formatSweepSarif(result, { toolVersion: VERSION, rules }));
      break;
    case "github":
      io.stdout(
        render(
          { result: { files: [], findings: report.sweepFindings(result) }, failOn: cmd.failOn, rules },
          "github",
          {
            color: false,
            scanned: org
          }
        )
      );
      break;
    case "text":
      io.stdout(report.renderSweepTable(result, { color: io.isTTY }));
      break;
  }
  return report.sweepShouldFail(result, cmd.failOn) ? EXIT_FINDINGS : EXIT_OK;
}
async function apiClient(cmd, io, onWait) {
  const { createGitHubClient } = await import("./chunks/client-RNSFBDOH.js");
  return createGitHubClient({
    token: cmd.token ?? io.env.GITHUB_TOKEN ?? "",
    apiUrl: cmd.apiUrl ?? io.env.GITHUB_API_URL ?? "https://api.github.com",
    ...onWait ? { onWait } : {}
  });
}
function lineReader(cwd) {
  const cache = /* @__PURE__ */ new Map();
  return (file, line) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(resolve3(cwd, file), "utf8").split(/\r?\n/));
      } catch {
        cache.set(file, null);
      }
    }
    return cache.get(file)?.[line - 1];
  };
}

// src/cli.ts
keepWasmOnBaseline();
if (isScanWorker()) {
  serveWorker();
} else {
  const argv = process.argv.slice(2);
  try {
    process.exitCode = await runCli(argv, {
      cwd: process.cwd(),
      env: process.env,
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
      isTTY: process.stdout.isTTY === true && process.env.NO_COLOR === void 0,
      workerUrl: new URL(import.meta.url),
      progress: process.stderr
    });
  } catch (e) {
    const report = describeError(e);
    console.error(`exfil-guard: ${report.line}`);
    if (!report.user && report.stack && argv.includes("--debug")) console.error(report.stack);
    process.exitCode = EXIT_USAGE;
  }
}
