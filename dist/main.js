import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  saveMainState,
  startEgress
} from "./chunks/chunk-QGN7SDUJ.js";
import {
  VERSION,
  buildPolicy,
  keepWasmOnBaseline,
  knownRules
} from "./chunks/chunk-DZRJEIRB.js";
import {
  SUMMARY_MAX_BYTES,
  emitAnnotations,
  planReportAnnotations,
  renderSummary,
  setReportOutputs,
  summaryRoom,
  writeReportFile,
  writeSummary
} from "./chunks/chunk-SKWTNRQD.js";
import {
  failureMessage,
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
import {
  debug,
  getInput,
  isDebug,
  setFailed
} from "./chunks/chunk-AGCSABST.js";
import {
  UserError
} from "./chunks/chunk-S2LNTRLH.js";
import {
  parseEndpointList
} from "./chunks/chunk-4LRHTQF6.js";
import "./chunks/chunk-XXN2UIB3.js";

// src/main.ts
import { fileURLToPath } from "node:url";

// src/action/run-main.ts
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";

// src/action/reports.ts
import { isAbsolute, join } from "node:path";
async function publishReports(input, opts) {
  const { result } = input;
  const { verdict } = verdictOf(result.findings, input.failOn);
  emitAnnotations(planReportAnnotations(input).annotations);
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const room = await summaryRoom(summaryFile, SUMMARY_MAX_BYTES);
    await writeSummary(renderSummary(input, { maxBytes: room }), summaryFile);
  }
  const reportFile = join(opts.tempDir, "exfil-guard", "report.json");
  await writeReportFile(reportFile, formatJson(result));
  let sarifFile = "";
  if (opts.sarifFile !== "") {
    sarifFile = isAbsolute(opts.sarifFile) ? opts.sarifFile : join(opts.workspace, opts.sarifFile);
    const sarif = formatSarif(result, {
      category: sarifCategory(input.workflow?.path ?? "workflow", input.workflow?.job ?? null),
      toolVersion: opts.version,
      rules: input.rules ?? [],
      ...opts.informationUri ? { informationUri: opts.informationUri } : {}
    });
    await writeReportFile(sarifFile, sarif);
  }
  setReportOutputs({
    findings: result.findings.filter((f) => f.suppressed === void 0).length,
    verdict,
    reportFile,
    sarifFile
  });
  return { verdict, failure: failureMessage(result.findings, input.failOn), reportFile, sarifFile };
}

// src/github/lazy.ts
function lazyGitHubClient(opts) {
  let real;
  const client = () => real ??= import("./chunks/client-RNSFBDOH.js").then((m) => m.createGitHubClient(opts));
  return {
    getFile: async (repo, path, ref) => (await client()).getFile(repo, path, ref),
    listDir: async (repo, path, ref) => (await client()).listDir(repo, path, ref),
    getRepo: async (repo) => (await client()).getRepo(repo),
    compare: async (repo, base, head) => (await client()).compare(repo, base, head),
    async *listOrgRepos(org) {
      yield* (await client()).listOrgRepos(org);
    },
    async getTree(repo, ref) {
      const c = await client();
      return c.getTree ? c.getTree(repo, ref) : null;
    }
  };
}

// src/action/run-main.ts
var Stages = class {
  started = performance.now();
  marks = [`start ${Math.round(this.started)}`];
  mark(stage) {
    this.marks.push(`${stage} ${Math.round(performance.now())}`);
  }
  toString() {
    return `${Math.round(performance.now() - this.started)} ms (ms since process start: ${this.marks.join(", ")})`;
  }
};
var apiUrl = (env) => env.GITHUB_API_URL || "https://api.github.com";
async function workflowModel(path, text) {
  const { buildModel } = await import("./chunks/build-F54ITPPH.js");
  try {
    const model = buildModel(path, text);
    return model.kind === "workflow" ? model : null;
  } catch {
    return null;
  }
}
async function runMain(options, env = process.env, paths = { dnsDaemon: "" }) {
  const stages = new Stages();
  import("./chunks/grammars-GNYGFUMC.js").then((g) => g.prefetchGrammars(["bash"])).catch(() => void 0);
  const jobModules = options.scope === "job" || options.scope === "workflow" ? loadJobModules() : void 0;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const tempDir = env.RUNNER_TEMP || tmpdir();
  const rules = await knownRules();
  const { policy } = await buildPolicy({
    ruleIds: new Set(rules.map((r) => r.id)),
    config: options.config,
    base: workspace,
    allowedEndpoints: options.allowedEndpoints,
    ...options.scope === "changed" ? { readFile: await baseCommitReader(options, env) } : {}
  });
  stages.mark("policy");
  const analysis = await analyse(options, env, workspace, policy, stages, jobModules);
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const published = await publishReports(
    {
      result: analysis.result,
      failOn: options.failOn,
      workflow: analysis.workflow,
      sources: analysis.sources,
      rules,
      ...analysis.runtime ? { runtime: analysis.runtime } : {}
    },
    {
      tempDir,
      workspace,
      sarifFile: options.sarifFile,
      version: VERSION,
      ...env.GITHUB_ACTION_REPOSITORY ? { informationUri: `${server}/${env.GITHUB_ACTION_REPOSITORY}` } : {}
    }
  );
  stages.mark("reports");
  let egress = "";
  try {
    egress = await startEgress(options, {
      policy,
      job: analysis.workflow.job ?? null,
      secrets: analysis.secrets ?? [],
      daemonArgv: [process.execPath, paths.dnsDaemon],
      ...server !== "https://github.com" ? { githubServerHost: new URL(server).host } : {}
    });
  } finally {
    saveMainState({ completed: true, reportFile: published.reportFile, egress });
  }
  stages.mark("egress");
  debug(
    `exfil-guard main: ${analysis.result.files.length} file(s), ${analysis.result.findings.length} finding(s) in ${stages.toString()}`
  );
  if (published.failure !== null) setFailed(published.failure);
  else {
    const unreadable = analysis.result.files.find((f) => f.error !== null);
    if (unreadable?.error) setFailed(`Exfil Guard could not analyse ${unreadable.error}`);
  }
}
function loadJobModules() {
  const modules = Promise.all([import("./chunks/context-M73FIUVO.js"), import("./chunks/engine-3ZJV4SHX.js")]).then(
    ([context, engine]) => ({ context, engine })
  );
  modules.catch(() => void 0);
  return modules;
}
async function analyse(options, env, workspace, policy, stages, jobModules) {
  const repository2 = env.GITHUB_REPOSITORY ?? "";
  switch (options.scope) {
    case "job":
    case "workflow": {
      const { context, engine } = await (jobModules ?? loadJobModules());
      const probes = context.prefetchProbes(context.systemProbes({ sudo: options.egressPolicy !== "off" }));
      const client = options.token !== "" ? lazyGitHubClient({ token: options.token, apiUrl: apiUrl(env) }) : null;
      const job = await context.loadJobContext(env, options, { client, workspace });
      stages.mark("context");
      const { file, location } = job;
      const { scanFiles } = engine;
      stages.mark("engine loaded");
      const model = await workflowModel(file.file, file.text);
      const result = await scanFiles(
        [{ path: file.file, content: file.text, ...model ? { model } : {} }],
        policy,
        {
          ...options.scope === "job" && location.job !== "" ? { jobs: [location.job] } : {},
          readLocalAction: job.readLocalAction
        }
      );
      stages.mark("scan");
      const guarded = model?.jobs.filter((j) => options.scope === "workflow" || j.id === location.job) ?? [];
      const inspection = await context.inspectJob(env, job, model, {
        probes,
        allowlist: policy.global
      });
      stages.mark("inspect");
      return {
        result: { files: result.files, findings: [...result.findings, ...inspection.findings] },
        sources: /* @__PURE__ */ new Map([[file.file, file.text]]),
        runtime: inspection.runtime,
        secrets: [
          .../* @__PURE__ */ new Set([
            ...result.findings.flatMap((f) => f.secrets),
            ...guarded.flatMap((j) => model ? context.jobSecretNames(model, j) : [])
          ])
        ],
        workflow: {
          repository: inspection.location.repository,
          path: file.file,
          ...inspection.location.sha ? { sha: inspection.location.sha } : {},
          ...inspection.location.job ? { job: inspection.location.job } : {},
          otherRepository: job.otherRepository,
          ...inspection.note ? { note: inspection.note } : {}
        }
      };
    }
    case "repository": {
      const { scanFileSource } = await import("./chunks/repository-K5ILR7VZ.js");
      const { fsFileSource } = await import("./chunks/source-QJMFCBKG.js");
      const scan = await scanFileSource(fsFileSource(workspace), policy, {
        ...repository2 ? { repository: repository2 } : {},
        ...env.GITHUB_SHA ? { ref: env.GITHUB_SHA } : {}
      });
      if (scan.files.length === 0) {
        throw new UserError(
          'scope "repository" found no workflow or action files in the workspace; check out the repository (actions/checkout) before the Exfil Guard step'
        );
      }
      return { result: scan, sources: scan.sources, workflow: { repository: repository2, path: ".github/workflows" } };
    }
    case "changed": {
      const payload = await readEvent(env);
      const { scanForEvent } = await import("./chunks/event-WMRLPQOY.js");
      const client = lazyGitHubClient({ token: options.token, apiUrl: apiUrl(env) });
      const scan = await scanForEvent(env.GITHUB_EVENT_NAME ?? "", payload, client, policy);
      return {
        result: { files: scan.result.files, findings: scan.introduced },
        sources: scan.result.sources,
        workflow: {
          repository: scan.repository || repository2,
          path: scan.scanned.length === 1 ? scan.scanned[0] ?? "" : ".github/workflows",
          ...scan.head ? { sha: scan.head } : {}
        }
      };
    }
  }
}
async function baseCommitReader(options, env) {
  const [{ changeOfEvent }, payload] = await Promise.all([import("./chunks/event-WMRLPQOY.js"), readEvent(env)]);
  const change = changeOfEvent(env.GITHUB_EVENT_NAME ?? "", payload);
  if (!change?.base) return () => Promise.resolve(null);
  const { base, repository: repository2 } = change;
  const client = lazyGitHubClient({ token: options.token, apiUrl: apiUrl(env) });
  return (path) => client.getFile(repository2, path.replace(/^\.\//, ""), base);
}
async function readEvent(env) {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) throw new UserError('scope "changed" needs the event payload, but GITHUB_EVENT_PATH is not set');
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch {
    throw new UserError(`scope "changed" cannot read the event payload at ${path}`);
  }
}

// src/inputs.ts
var FAIL_ON = ["error", "warning", "never"];
var EGRESS_MODES = ["off", "audit", "block"];
var SCOPES = ["job", "workflow", "repository", "changed"];
var DEFAULT_CONFIG = ".github/exfil-guard.yml";
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function readInputs(getInput2) {
  const get = (name) => getInput2(name).trim();
  const allowed = parseEndpointList(getInput2("allowed-endpoints"));
  if (allowed.errors.length > 0) {
    throw new UserError(`Input "allowed-endpoints" has invalid entries: ${allowed.errors.join("; ")}`);
  }
  const configPath = get("config");
  const sarifFile = get("sarif-file");
  if (sarifFile.includes("\0")) throw invalid("sarif-file", sarifFile, "a file path");
  if (configPath.includes("\0")) throw invalid("config", configPath, "a file path");
  return {
    failOn: oneOf("fail-on", get("fail-on") || "error", FAIL_ON),
    egressPolicy: oneOf("egress-policy", get("egress-policy") || "off", EGRESS_MODES),
    allowedEndpoints: allowed.endpoints,
    config: {
      path: configPath || DEFAULT_CONFIG,
      explicit: configPath !== "" && configPath !== DEFAULT_CONFIG
    },
    scope: oneOf("scope", get("scope") || "job", SCOPES),
    token: get("token"),
    disableSudo: bool("disable-sudo", get("disable-sudo") || "false"),
    sarifFile,
    jobWorkflow: {
      ref: get("workflow-ref"),
      sha: sha("workflow-sha", get("workflow-sha")),
      repository: repository("workflow-repository", get("workflow-repository")),
      filePath: get("workflow-file-path")
    },
    checkRunId: digits("check-run-id", get("check-run-id"))
  };
}
function oneOf(name, value, allowed) {
  if (allowed.includes(value)) return value;
  throw invalid(name, value, `one of: ${allowed.join(", ")}`);
}
function bool(name, value) {
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw invalid(name, value, "true or false");
}
function sha(name, value) {
  if (value === "" || /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value)) return value.toLowerCase();
  throw invalid(name, value, "a full commit SHA (40 hex digits), or empty");
}
function repository(name, value) {
  if (value === "" || /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value)) return value;
  throw invalid(name, value, "owner/repo, or empty");
}
function digits(name, value) {
  if (value === "" || /^\d+$/.test(value)) return value;
  throw invalid(name, value, "a number, or empty");
}
function invalid(name, value, expected) {
  const shown = value.length > 200 ? `${value.slice(0, 200)}\u2026` : value;
  return new UserError(`Input "${name}" has invalid value ${JSON.stringify(shown)}; expected ${expected}`);
}

// src/action/main-step.ts
async function mainStep(paths) {
  try {
    await runMain(
      readInputs((name) => getInput(name)),
      process.env,
      paths
    );
  } catch (e) {
    const report = describeError(e);
    if (!report.user && report.stack && isDebug()) debug(report.stack);
    setFailed(report.line);
  }
}

// src/main.ts
keepWasmOnBaseline({ eager: true });
await mainStep({ dnsDaemon: fileURLToPath(new URL("./dns-daemon.js", import.meta.url)) });
