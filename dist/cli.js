#!/usr/bin/env node
import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  VERSION,
  applyPolicy,
  buildPolicy,
  byCodeUnit,
  defaultIocs,
  describeError,
  formatGithub,
  formatJson,
  formatSarif,
  formatText,
  iocFindings,
  keepWasmOnBaseline,
  knownRules,
  matchRepository,
  sarifCategory,
  scanFiles,
  scanRepository,
  scanRules,
  terminalSafe,
  toJsonReport,
  toSarif,
  verdictOf
} from "./chunks/chunk-G3IG73QX.js";
import "./chunks/chunk-K2DITVQ4.js";
import "./chunks/chunk-4LRHTQF6.js";
import {
  GitHubApiError
} from "./chunks/chunk-PPTGZGUQ.js";
import {
  UserError
} from "./chunks/chunk-S2LNTRLH.js";
import "./chunks/chunk-XXN2UIB3.js";

// src/cli/pool.ts
import { availableParallelism } from "node:os";
import { Worker, parentPort, workerData } from "node:worker_threads";

// src/cli/scan-local.ts
import { readFile, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
var MAX_FILE_BYTES = 64 * 1024 * 1024;
async function scanTargets(files, policy, options = {}) {
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

// src/scan/progress.ts
var REDRAW_MS = 80;
function createProgress(stream, total, options = {}) {
  const now = options.now ?? Date.now;
  const active = stream.isTTY === true;
  let count = 0;
  let max = total;
  let label = "";
  let last = -Infinity;
  let drawn = false;
  const draw = (force) => {
    if (!active) return;
    const t = now();
    if (!force && t - last < REDRAW_MS) return;
    last = t;
    stream.write(`\r\x1B[2K${render(count, max, label, stream.columns ?? 80)}`);
    drawn = true;
  };
  return {
    active,
    setTotal(n) {
      if (n === max) return;
      max = n;
      draw(true);
    },
    tick(name) {
      count++;
      if (name !== void 0) label = name;
      draw(count >= max);
    },
    status(text) {
      label = text;
      draw(false);
    },
    done() {
      if (active && drawn) stream.write("\r\x1B[2K");
      drawn = false;
    }
  };
}
function render(count, total, label, columns) {
  const counts = total > 0 ? `${count}/${total} ${String(Math.floor(100 * count / total)).padStart(3)}%` : `${count}`;
  const width = Math.max(10, Math.min(30, columns - counts.length - 8));
  const filled = total > 0 ? Math.min(width, Math.round(width * count / total)) : 0;
  const shown = total === 0 && count === 0 ? label : `${counts} ${label}`;
  const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${shown}`;
  return line.length >= columns ? line.slice(0, Math.max(0, columns - 1)) : line;
}
function sweepProgressBar(stream, options = {}) {
  const bar = createProgress(stream, 0, options);
  return {
    onProgress(event) {
      if (event.phase === "listing") {
        bar.status(`listing repositories\u2026 ${event.listed}`);
        return;
      }
      bar.setTotal(event.total);
      bar.tick(event.repository);
    },
    onWait(info) {
      bar.status(
        `waiting ${Math.ceil(info.ms / 1e3)} s (${info.reason === "transient" ? "retrying" : "rate limit"})`
      );
    },
    done: () => bar.done()
  };
}

// src/scan/repo-spec.ts
var OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var REPO = /^[A-Za-z0-9._-]{1,100}$/;
function parseRepoSpec(spec) {
  const text = spec.trim();
  const expected = "expected OWNER/REPO or OWNER/REPO@REF, e.g. octo-org/api@main";
  if (text === "") throw new UserError(`repository: empty; ${expected}`);
  const at = text.indexOf("@");
  const name = at === -1 ? text : text.slice(0, at);
  const ref = at === -1 ? void 0 : text.slice(at + 1);
  const parts = name.split("/");
  if (parts.length !== 2) throw new UserError(`repository "${text}": not OWNER/REPO; ${expected}`);
  const [owner = "", repo = ""] = parts;
  if (!OWNER.test(owner)) {
    throw new UserError(
      `repository "${text}": owner "${owner}" is not a GitHub user or organisation name (letters, digits and single hyphens, at most 39 characters)`
    );
  }
  if (!REPO.test(repo) || repo === "." || repo === "..") {
    throw new UserError(
      `repository "${text}": "${repo}" is not a repository name (letters, digits, ".", "_" and "-", at most 100)`
    );
  }
  if (ref !== void 0 && !validRef(ref)) {
    throw new UserError(`repository "${text}": "${ref}" after @ is not a branch, tag or commit SHA`);
  }
  const result = { owner, repo: repo.replace(/\.git$/, ""), fullName: "" };
  result.fullName = `${result.owner}/${result.repo}`;
  if (ref !== void 0) result.ref = ref;
  return result;
}
function validRef(ref) {
  if (ref === "" || ref.length > 255) return false;
  if ([...ref].some((c) => c.charCodeAt(0) < 32 || c === "\x7F") || /[\s~^:?*[\\]/.test(ref)) return false;
  if (ref.includes("..") || ref.includes("@{") || ref.includes("//")) return false;
  if (ref.startsWith("/") || ref.endsWith("/") || ref.endsWith(".") || ref.endsWith(".lock")) return false;
  return true;
}

// src/scan/sweep-report.ts
function countsOf(entry) {
  const active = entry.result.findings.filter(
    (f) => f.suppressed === void 0 && !f.rule.startsWith("ioc-")
  );
  const iocRules = entry.result.findings.filter(
    (f) => f.suppressed === void 0 && f.rule.startsWith("ioc-")
  );
  return {
    repository: entry.repository,
    errors: active.filter((f) => f.severity === "error").length,
    warnings: active.filter((f) => f.severity === "warning").length,
    notes: active.filter((f) => f.severity === "note").length,
    iocs: iocRules.length
  };
}
function sweepFindings(result) {
  return result.entries.flatMap((e) => e.result.findings);
}
function sweepShouldFail(result, failOn) {
  return verdictOf(sweepFindings(result), failOn).shouldFail;
}
function renderSweepTable(result, options = {}) {
  const paint = (code, text) => options.color ? `\x1B[${code}m${text}\x1B[0m` : text;
  const rows = result.entries.map(countsOf).filter((c) => c.errors + c.warnings + c.iocs > 0).sort(
    (a, b) => b.iocs - a.iocs || b.errors - a.errors || b.warnings - a.warnings || (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0)
  );
  const out = [];
  if (rows.length > 0) {
    const header = ["REPOSITORY", "ERRORS", "WARNINGS", "IOCS"];
    const cells = rows.map((r) => [
      terminalSafe(r.repository),
      String(r.errors),
      String(r.warnings),
      String(r.iocs)
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
    const line = (c) => c.map((v, i) => i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0)).join("  ").trimEnd();
    out.push(paint(1, line(header)));
    for (const c of cells) out.push(Number(c[3]) > 0 || Number(c[1]) > 0 ? paint(31, line(c)) : line(c));
    out.push("");
  }
  const byIoc = result.entries.flatMap((e) => e.result.iocs.map((m) => ({ repository: e.repository, m })));
  if (byIoc.length > 0) {
    out.push(paint(1, "Indicators of compromise"));
    for (const { repository, m } of byIoc) out.push(`  ${terminalSafe(repository)}: ${describeIoc(m)}`);
    out.push("");
  }
  const failed = result.entries.filter((e) => e.status === "failed");
  if (failed.length > 0) {
    out.push(paint(1, "Repositories that could not be scanned"));
    for (const e of failed)
      out.push(`  ${terminalSafe(e.repository)}: ${terminalSafe(e.reason ?? "unknown error")}`);
    out.push("");
  }
  out.push(summaryLine(result, rows.length));
  return `${out.join("\n")}
`;
}
function describeIoc(m) {
  const where = m.file ? ` in ${terminalSafe(m.file)}${m.line > 0 ? `:${m.line}` : ""}` : "";
  return `${m.severity} ${m.indicator} (${m.campaign}) ${terminalSafe(m.matched)}${where}`;
}
function summaryLine(result, withFindings) {
  const { listed, scanned, skipped, failed } = result.counts;
  const reasons = /* @__PURE__ */ new Map();
  for (const e of result.entries) {
    if (e.status === "skipped")
      reasons.set(e.reason ?? "skipped", (reasons.get(e.reason ?? "skipped") ?? 0) + 1);
  }
  const why = [...reasons].map(([r, n]) => `${n} ${r}`).join(", ");
  return `${result.organisation}: ${listed} repositor${listed === 1 ? "y" : "ies"}, ${scanned} scanned, ${skipped} skipped${why ? ` (${why})` : ""}, ${failed} failed; ${withFindings} with findings`;
}
function toSweepJson(result) {
  return {
    version: 1,
    organisation: result.organisation,
    counts: result.counts,
    repositories: [...result.entries].sort((a, b) => a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0).map((e) => ({
      ...toJsonReport(e.result),
      repository: e.repository,
      ref: e.result.ref,
      status: e.status,
      reason: e.reason ?? null,
      iocs: e.result.iocs
    }))
  };
}
function formatSweepJson(result) {
  return `${JSON.stringify(toSweepJson(result), null, 2)}
`;
}
function toSweepSarif(result, options) {
  const server = (options.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  const rules = [...options.rules, ...scanRules.filter((r) => !options.rules.some((o) => o.id === r.id))];
  const runs = [];
  for (const entry of result.entries) {
    if (entry.result.findings.length === 0 && entry.result.files.every((f) => f.error === null)) continue;
    const log = toSarif(entry.result, {
      category: `exfil-guard/org/${entry.repository}/`,
      toolVersion: options.toolVersion,
      rules
    });
    for (const run of log.runs) {
      runs.push({
        ...run,
        versionControlProvenance: [
          { repositoryUri: `${server}/${entry.repository}`, branch: entry.result.ref }
        ]
      });
    }
  }
  return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs };
}
function formatSweepSarif(result, options) {
  return `${JSON.stringify(toSweepSarif(result, options), null, 2)}
`;
}

// src/scan/pool.ts
async function mapPool(items, concurrency, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  const width = Math.max(1, Math.min(Math.floor(concurrency) || 1, items.length));
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

// src/scan/sweep.ts
var DEFAULT_CONCURRENCY = 8;
async function sweepOrganisation(client, org, options) {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const iocs = options.iocs === false ? null : options.iocs ?? defaultIocs();
  const repos = [];
  for await (const repo of client.listOrgRepos(org)) {
    repos.push(repo);
    options.onProgress?.({ phase: "listing", listed: repos.length });
  }
  let done = 0;
  const entries = await mapPool(repos, concurrency, async (repo) => {
    const entry = await sweepOne(client, repo, options, iocs);
    done++;
    options.onProgress?.({
      phase: "scanning",
      done,
      total: repos.length,
      repository: repo.fullName,
      status: entry.status
    });
    return entry;
  });
  const count = (s) => entries.filter((e) => e.status === s).length;
  return {
    organisation: org,
    concurrency,
    entries,
    counts: {
      listed: repos.length,
      scanned: count("scanned"),
      skipped: count("skipped"),
      failed: count("failed")
    }
  };
}
async function sweepOne(client, repo, options, iocs) {
  const repository = repo.fullName;
  const nameOnly = () => {
    const matches = iocs ? matchRepository(iocs, repository) : [];
    return {
      repository,
      ref: repo.defaultBranch,
      files: [],
      findings: applyPolicy(iocFindings(matches), options.policy),
      iocs: matches,
      sources: /* @__PURE__ */ new Map()
    };
  };
  if (repo.archived && !options.includeArchived) {
    return { repository, status: "skipped", reason: "archived", result: nameOnly() };
  }
  if (repo.empty) return { repository, status: "skipped", reason: "empty", result: nameOnly() };
  try {
    const result = await scanRepository(client, repository, repo.defaultBranch, options.policy, {
      iocs: iocs ?? false,
      ...options.githubHost ? { githubHost: options.githubHost } : {}
    });
    return { repository, status: "scanned", result };
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 401) throw error;
    const reason = error instanceof Error ? error.message.replace(/\s*\n\s*/g, " ") : String(error);
    return { repository, status: "failed", reason, result: nameOnly() };
  }
}

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/output.ts
var FORMATS = ["text", "json", "sarif", "github"];
function render2(input, format, opts) {
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
  const rules = knownRules();
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
    render2(input, cmd.format, {
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
  const repo = parseRepoSpec(spec);
  const client = await apiClient(cmd, io);
  const scan2 = await scanRepository(client, repo.fullName, repo.ref, policy);
  if (scan2.files.length === 0)
    io.stderr(`exfil-guard: ${repo.fullName}@${scan2.ref}: no workflow or action files
`);
  return { result: scan2, sources: scan2.sources };
}
async function sweep(org, cmd, policy, io) {
  const bar = sweepProgressBar(io.progress ?? { write: () => true, isTTY: false });
  const client = await apiClient(cmd, io, bar.onWait);
  let result;
  try {
    result = await sweepOrganisation(client, org, { policy, onProgress: bar.onProgress });
  } finally {
    bar.done();
  }
  const rules = knownRules();
  switch (cmd.format) {
    case "json":
      io.stdout(formatSweepJson(result));
      break;
    case "sarif":
      io.stdout(formatSweepSarif(result, { toolVersion: VERSION, rules }));
      break;
    case "github":
      io.stdout(
        render2(
          { result: { files: [], findings: sweepFindings(result) }, failOn: cmd.failOn, rules },
          "github",
          {
            color: false,
            scanned: org
          }
        )
      );
      break;
    case "text":
      io.stdout(renderSweepTable(result, { color: io.isTTY }));
      break;
  }
  return sweepShouldFail(result, cmd.failOn) ? EXIT_FINDINGS : EXIT_OK;
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
