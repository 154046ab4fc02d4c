import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  FORK_PULL_REQUEST_NO_SECRETS,
  GUARD_NOT_FIRST_STEP,
  INJECTION_PRONE_VARIABLE,
  OIDC_TOKEN_AVAILABLE,
  PROXY_OUTSIDE_ALLOWLIST,
  SUMMARY_MAX_BYTES,
  VERSION,
  WORKFLOW_ADDED_BY_THIS_PUSH,
  WORKFLOW_DIR,
  addedWorkflowFinding,
  apiRevisionSource,
  applyPolicy,
  buildModel,
  buildPolicy,
  cleanPath,
  debug,
  defaultIocs,
  describeError,
  emitAnnotations,
  failureMessage,
  formatJson,
  formatSarif,
  fsFileSource,
  getInput,
  info,
  iocFindings,
  isActionPath,
  isDebug,
  isWorkflowPath,
  keepWasmOnBaseline,
  knownRules,
  localActionDirs,
  localActionReader,
  matchDestinations,
  matchHostsInFile,
  matchWorkflowFile,
  planReportAnnotations,
  prefetchGrammars,
  renderSummary,
  sarifCategory,
  saveState,
  scanFileSource,
  scanFiles,
  secretAddedFinding,
  secretReferences,
  setFailed,
  setReportOutputs,
  summaryRoom,
  verdictOf,
  warning,
  writeReportFile,
  writeSummary
} from "./chunks/chunk-G3IG73QX.js";
import "./chunks/chunk-K2DITVQ4.js";
import {
  findMatch,
  parseEndpointList
} from "./chunks/chunk-4LRHTQF6.js";
import {
  GitHubApiError
} from "./chunks/chunk-PPTGZGUQ.js";
import {
  UserError
} from "./chunks/chunk-S2LNTRLH.js";
import "./chunks/chunk-XXN2UIB3.js";

// src/main.ts
import { fileURLToPath } from "node:url";

// src/action/run-main.ts
import { readFile as readFile4 } from "node:fs/promises";
import { tmpdir } from "node:os";

// src/context/event.ts
import { readFile } from "node:fs/promises";
var PUSH_COMMIT_LIMIT = 2048;
var FORK_SECRETLESS = /* @__PURE__ */ new Set(["pull_request", "pull_request_review", "pull_request_review_comment"]);
function readEvent(eventName, payload, workflowPath, workflowRepository) {
  const facts = {
    eventName,
    workflowAdded: false,
    workflowModified: false,
    touchingCommits: [],
    forkPullRequest: false,
    forkPullRequestTarget: false,
    commitsTruncated: false
  };
  const body = record(payload);
  if (!body) return facts;
  if (eventName === "push") {
    const repo = str(record(body.repository)?.full_name);
    if (workflowRepository && repo && repo.toLowerCase() !== workflowRepository.toLowerCase()) return facts;
    const commits = Array.isArray(body.commits) ? body.commits.map(record) : [];
    const head = record(body.head_commit);
    const all = head && !commits.some((c) => c && str(c.id) === str(head.id)) ? [...commits, head] : commits;
    const path = workflowPath.replace(/^\.\//, "");
    for (const commit of all) {
      if (!commit) continue;
      const added = strings(commit.added).includes(path);
      const modified = strings(commit.modified).includes(path);
      if (added) facts.workflowAdded = true;
      else if (modified) facts.workflowModified = true;
      if (added || modified) facts.touchingCommits.push((str(commit.id) ?? "").slice(0, 7));
    }
    if (facts.workflowAdded) facts.workflowModified = false;
    facts.commitsTruncated = commits.length >= PUSH_COMMIT_LIMIT;
    return facts;
  }
  const pr = record(body.pull_request);
  if (pr) {
    const headRef = record(pr.head);
    const head = record(headRef?.repo);
    const base = record(record(pr.base)?.repo);
    const headName = str(head?.full_name);
    const baseName = str(base?.full_name);
    if (headName) facts.headRepository = headName;
    const fork = headRef !== null && headRef.repo === null || head?.fork === true || headName !== void 0 && baseName !== void 0 && headName.toLowerCase() !== baseName.toLowerCase();
    if (fork && FORK_SECRETLESS.has(eventName)) facts.forkPullRequest = true;
    if (fork && eventName === "pull_request_target") facts.forkPullRequestTarget = true;
  }
  return facts;
}
async function loadEventPayload(path) {
  if (!path) return null;
  let text2;
  try {
    text2 = await readFile(path, "utf8");
  } catch {
    return null;
  }
  try {
    return JSON.parse(text2);
  } catch {
    throw new UserError(`GITHUB_EVENT_PATH ${path}: not valid JSON`);
  }
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
async function completePushFacts(facts, payload, compare, workflowPath) {
  if (facts.eventName !== "push" || !facts.commitsTruncated || facts.workflowAdded || facts.workflowModified) {
    return facts;
  }
  const body = record(payload);
  const before = str(body?.before) ?? "";
  const after = str(body?.after) ?? "";
  if (!/^[0-9a-f]{40}$/.test(before) || /^0+$/.test(before) || !/^[0-9a-f]{40}$/.test(after)) return facts;
  const file = (await compare(before, after)).find((f) => f.path === workflowPath.replace(/^\.\//, ""));
  if (!file) return facts;
  const added = file.status === "added" || file.status === "copied";
  const modified = !added && (file.status === "modified" || file.status === "renamed" || file.status === "changed");
  return { ...facts, workflowAdded: added, workflowModified: modified };
}

// src/context/guard-position.ts
function findGuardStep(job, env) {
  const stepName = env.GITHUB_ACTION ?? "";
  const byId = job.steps.find((s) => s.id !== void 0 && s.id === stepName);
  if (byId) return byId;
  const actionRepo = (env.GITHUB_ACTION_REPOSITORY ?? "").toLowerCase();
  const candidates = job.steps.filter((s) => s.id === void 0 && isGuardUse(s, actionRepo));
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0] ?? null;
  const suffix = /_(\d+)$/.exec(stepName);
  const nth = suffix ? Number(suffix[1]) : 1;
  return candidates[nth - 1] ?? null;
}
function stepsBeforeGuard(job, env) {
  return findGuardStep(job, env)?.index;
}
function isGuardUse(step, actionRepo) {
  const uses = step.uses;
  if (!uses) return false;
  if (actionRepo !== "") return uses.kind === "action" && uses.repo === actionRepo;
  return uses.kind === "local" || (uses.repo?.split("/")[1] ?? "") === "exfil-guard";
}

// src/context/git-head.ts
import { readFile as readFile2 } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
async function headCommit(workspace) {
  const gitDir = await findGitDir(workspace);
  if (!gitDir) return null;
  const head = await text(join(gitDir, "HEAD"));
  if (head === null) return null;
  if (SHA.test(head)) return head;
  const m = /^ref:\s*(refs\/\S+)$/.exec(head);
  if (!m?.[1]) return null;
  const common = await text(join(gitDir, "commondir"));
  const dirs = common === null ? [gitDir] : [gitDir, resolve(gitDir, common)];
  return resolveRef(dirs, m[1], 0);
}
async function findGitDir(workspace) {
  const dotGit = join(workspace, ".git");
  const pointer = await text(dotGit).catch(() => null);
  if (pointer === null) {
    return await text(join(dotGit, "HEAD")) === null ? null : dotGit;
  }
  const m = /^gitdir:\s*(.+)$/.exec(pointer);
  if (!m?.[1]) return null;
  return isAbsolute(m[1]) ? m[1] : resolve(workspace, m[1]);
}
async function resolveRef(dirs, ref, depth) {
  if (depth > 5 || ref.split("/").includes("..")) return null;
  for (const dir of dirs) {
    const loose = await text(join(dir, ref));
    if (loose === null) continue;
    if (SHA.test(loose)) return loose;
    const symbolic = /^ref:\s*(refs\/\S+)$/.exec(loose);
    return symbolic?.[1] ? resolveRef(dirs, symbolic[1], depth + 1) : null;
  }
  for (const dir of dirs) {
    const packed = await text(join(dir, "packed-refs"));
    if (packed === null) continue;
    for (const line of packed.split("\n")) {
      const [sha2, name] = line.trim().split(" ");
      if (name === ref && sha2 && SHA.test(sha2)) return sha2;
    }
  }
  return null;
}
async function text(path) {
  try {
    return (await readFile2(path, "utf8")).trim();
  } catch {
    return null;
  }
}

// src/context/job-secrets.ts
var ALL_SECRETS = "secrets (all)";
function jobSecretNames(workflow, job) {
  const names = /* @__PURE__ */ new Set();
  const visit = (s) => {
    for (const expr of s?.exprs ?? []) {
      if (expr.dumps.includes("secrets")) names.add(ALL_SECRETS);
      for (const read of expr.reads) {
        if (read.context !== "secrets") continue;
        const name = read.path[0];
        if (name === void 0 || name === "*") names.add(ALL_SECRETS);
        else names.add(name.toUpperCase());
      }
    }
  };
  const visitMap = (m) => m?.forEach(visit);
  visitMap(workflow.env);
  visitMap(job.env);
  visit(job.if);
  visitMap(job.outputs);
  if (job.container) {
    visitMap(job.container.env);
    visitMap(job.container.credentials);
  }
  for (const service of job.services.values()) {
    visitMap(service.env);
    visitMap(service.credentials);
  }
  for (const step of job.steps) {
    visit(step.if);
    visit(step.run);
    visitMap(step.env);
    visitMap(step.with);
  }
  if (job.call) {
    visitMap(job.call.with);
    if (job.call.secrets === "inherit") names.add(ALL_SECRETS);
    else visitMap(job.call.secrets ?? void 0);
  }
  names.delete("GITHUB_TOKEN");
  return [...names].sort();
}

// src/context/locate.ts
function parseWorkflowRef(text2) {
  const value = text2.trim();
  const at2 = value.lastIndexOf("@");
  const head = at2 >= 0 ? value.slice(0, at2) : value;
  const m = /^([\w.-]+\/[\w.-]+)\/(.+)$/.exec(head);
  if (!m) return null;
  return { repository: m[1] ?? "", path: m[2] ?? "", ref: at2 >= 0 ? value.slice(at2 + 1) : "" };
}
function locateWorkflow(env, options) {
  const jw = options.jobWorkflow;
  const job = env.GITHUB_JOB ?? "";
  const callerText = env.GITHUB_WORKFLOW_REF ?? "";
  const caller = callerText === "" ? null : parseWorkflowRef(callerText);
  const callerSha = env.GITHUB_WORKFLOW_SHA ?? "";
  if (jw.ref !== "" || jw.filePath !== "") {
    const fromRef = jw.ref === "" ? null : parseWorkflowRef(jw.ref);
    if (jw.ref !== "" && !fromRef) {
      throw new UserError(
        `workflow-ref: "${jw.ref}" is not OWNER/REPO/PATH@REF; leave the input at its default ${"${{ job.workflow_ref }}"}`
      );
    }
    const repository2 = jw.repository || fromRef?.repository || env.GITHUB_REPOSITORY || "";
    const path2 = checkedPath(jw.filePath || fromRef?.path || "", "workflow-file-path");
    const sameAsCaller = caller !== null && sameRepo(caller.repository, repository2) && caller.path === path2;
    const location = {
      repository: repository2,
      path: path2,
      ref: fromRef?.ref ?? (sameAsCaller ? caller.ref : ""),
      sha: jw.sha || (sameAsCaller ? callerSha : ""),
      job,
      isReusable: caller !== null && !sameAsCaller,
      callerOnly: false,
      source: "job-inputs"
    };
    if (repository2 === "") {
      throw new UserError(
        "workflow-repository: not set and GITHUB_REPOSITORY is empty; leave the input at its default"
      );
    }
    if (location.isReusable && caller) location.caller = { ...caller, sha: callerSha };
    return location;
  }
  if (!caller) {
    throw new UserError(
      `Cannot tell which workflow is running: GITHUB_WORKFLOW_REF is ${callerText === "" ? "not set" : `"${callerText}"`}; run Exfil Guard as a step of a GitHub Actions job (or use the CLI to scan files)`
    );
  }
  const path = checkedPath(caller.path, "GITHUB_WORKFLOW_REF");
  const sha2 = callerSha || (sameRepo(caller.repository, env.GITHUB_REPOSITORY ?? "") ? env.GITHUB_SHA ?? "" : "");
  return {
    repository: caller.repository,
    path,
    ref: caller.ref,
    sha: sha2,
    job,
    isReusable: false,
    callerOnly: false,
    source: "env"
  };
}
function refineWithModel(location, workflow) {
  if (location.source !== "env" || location.job === "") return location;
  const job = workflow.jobs.find((j) => j.id === location.job);
  if (job && !job.call) return location;
  if (job?.call || workflow.jobs.some((j) => j.call)) return { ...location, callerOnly: true };
  return location;
}
function callerOnlyNote(location) {
  if (!location.callerOnly) return void 0;
  return `Job ${location.job} runs inside a reusable workflow called by ${location.repository}/${location.path}; this runner did not name the called file (no job.workflow_* context), so only the calling workflow was analysed`;
}
function checkedPath(path, from) {
  const clean = path.replace(/^\.\//, "");
  if (clean === "" || clean.startsWith("/") || clean.split("/").includes("..") || !/\.ya?ml$/.test(clean)) {
    throw new UserError(`${from}: "${path}" is not a workflow file path inside a repository (\u2026/name.yml)`);
  }
  return clean;
}
function sameRepo(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}

// src/context/read-workflow.ts
import { lstat, readFile as readFile3 } from "node:fs/promises";
import { join as join2, posix } from "node:path";
var FULL_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;
async function workspaceAt(workspace, sha2) {
  if (!FULL_SHA.test(sha2)) return false;
  return (await headCommit(workspace))?.toLowerCase() === sha2.toLowerCase();
}
async function readWorkflow(location, ctx) {
  const label = `${location.repository}/${location.path}${location.sha ? `@${location.sha.slice(0, 7)}` : ""}`;
  const here = ctx.repository === void 0 || sameRepo2(ctx.repository, location.repository);
  if (here && await workspaceAt(ctx.workspace, location.sha)) {
    const text3 = await readWorkspaceFile(ctx.workspace, location.path);
    if (text3 !== null) return { text: text3, via: "workspace", file: location.path };
  }
  if (!ctx.client) {
    throw new UserError(
      `Cannot read the running workflow ${label}: the workspace is not checked out at its commit and no token is available; leave the \`token\` input at its default (github.token) or check out the repository first`
    );
  }
  if (!FULL_SHA.test(location.sha)) {
    throw new UserError(
      `Cannot read the running workflow ${label} through the API: the runner did not give its commit (GITHUB_WORKFLOW_SHA / job.workflow_sha), and reading at a branch could see a different file; check out the repository before Exfil Guard so it can be read from the workspace`
    );
  }
  let text2;
  try {
    text2 = await ctx.client.getFile(location.repository, location.path, location.sha);
  } catch (error) {
    throw readError(error, label, location.repository, here);
  }
  if (text2 === null) {
    throw new UserError(
      `Cannot read the running workflow ${label}: the file does not exist at that commit; check the workflow-ref/workflow-file-path inputs (leave them at their defaults)`
    );
  }
  return { text: text2, via: "api", file: location.path };
}
async function readLocalAction(dir, location, ctx) {
  const clean = posix.normalize(dir.replace(/^\.\//, "")).replace(/\/+$/, "");
  if (clean.startsWith("/") || clean.split("/").includes("..")) return null;
  const candidates = /(^|\/)action\.ya?ml$/.test(clean) ? [clean] : ["action.yml", "action.yaml"].map((f) => clean === "." || clean === "" ? f : `${clean}/${f}`);
  const repo = ctx.repository || location.repository;
  const sha2 = sameRepo2(repo, location.repository) ? location.sha : ctx.sha ?? "";
  const fromWorkspace = await workspaceAt(ctx.workspace, sha2);
  for (const file of candidates) {
    if (fromWorkspace) {
      const text2 = await readWorkspaceFile(ctx.workspace, file);
      if (text2 !== null) return { text: text2, via: "workspace", file };
      continue;
    }
    if (!ctx.client || !FULL_SHA.test(sha2)) return null;
    try {
      const text2 = await ctx.client.getFile(repo, file, sha2);
      if (text2 !== null) return { text: text2, via: "api", file };
    } catch (error) {
      throw readError(
        error,
        `${repo}/${file}@${sha2.slice(0, 7)}`,
        repo,
        sameRepo2(repo, ctx.repository ?? "")
      );
    }
  }
  return null;
}
function localActionReader2(location, ctx) {
  const cache = /* @__PURE__ */ new Map();
  return (path) => {
    let pending = cache.get(path);
    if (!pending) {
      pending = readLocalAction(path, location, ctx).then((f) => f?.text ?? null);
      cache.set(path, pending);
    }
    return pending;
  };
}
async function readWorkspaceFile(workspace, path) {
  const full = join2(workspace, path);
  try {
    if (!(await lstat(full)).isFile()) return null;
    return await readFile3(full, "utf8");
  } catch {
    return null;
  }
}
function readError(error, label, repository2, ownRepository) {
  if (!(error instanceof GitHubApiError)) return error;
  const prefix = `Cannot read ${label} through the GitHub API`;
  if (error.kind !== "http") return new UserError(`${prefix}: ${error.message}`);
  if (error.status === 401) {
    return new UserError(
      `${prefix}: the token is invalid or expired; set the \`token\` input to a valid token`
    );
  }
  if (error.status === 403 || error.status === 404) {
    if (ownRepository) {
      return new UserError(
        `${prefix} (${error.status}): the job's token lacks \`contents: read\`; add \`permissions: contents: read\` to the job, pass a token that has it via the \`token\` input, or check out the repository before Exfil Guard`
      );
    }
    return new UserError(
      `${prefix} (${error.status}): the token cannot read ${repository2}: pass a token with contents:read on it via the \`token\` input`
    );
  }
  return new UserError(`${prefix}: ${error.message}`);
}
function sameRepo2(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}

// src/context/proxy.ts
var PROXY_VARIABLES = ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "FTP_PROXY"];
function proxyTargets(env) {
  const out = [];
  for (const upper of PROXY_VARIABLES) {
    for (const variable of [upper, upper.toLowerCase()]) {
      const value = env[variable]?.trim();
      if (!value) continue;
      out.push({ variable, ...hostOf(value) });
    }
  }
  return out;
}
function proxiesOutsideAllowlist(env, allowlist) {
  return proxyTargets(env).filter((p) => p.host === "(unparsable)" || !findMatch(allowlist, p.host, p.port));
}
function hostOf(value) {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url;
  try {
    url = new URL(withScheme);
  } catch {
    return { host: "(unparsable)" };
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  const shaped = host.includes(":") || /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || /^[a-z][a-z0-9-]{0,15}$/.test(host);
  if (!shaped || host.length > 253) {
    return { host: "(unparsable)" };
  }
  return url.port === "" ? { host } : { host, port: Number(url.port) };
}

// src/context/secret-names.ts
var SECRET_PARTS = /(?:^|_)(?:TOKEN|TOKENS|SECRET|SECRETS|PASSWORD|PASSWD|PASSPHRASE|PASS|PWD|KEY|KEYS|APIKEY|CREDENTIALS?|AUTH|PAT|PRIVATE|SIGNING|DSN|COOKIE)(?:_|$)/;
var ALWAYS_SECRET = /WEBHOOK|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|TOKEN$/;
var SECRET_PREFIXES = /^(?:NPM_(?!CONFIG_)|NODE_AUTH_|PYPI_|TWINE_|AWS_|DOCKER_|DOCKERHUB_|CARGO_REGISTRY_|GEM_HOST_|NUGET_|VAULT_|OP_SERVICE_ACCOUNT)/;
var SECRET_NAMES = /* @__PURE__ */ new Set([
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "DATABASE_URL",
  "REDIS_URL",
  "MONGODB_URI",
  "GITHUB_TOKEN",
  "GPG_PRIVATE_KEY"
]);
var NOT_SECRET = /(?:_URL|_URI|_REGION|_ENDPOINT|_HOST|_PORT|_VERSION|_DIR|_HOME|_USER|_USERNAME|_EMAIL|_PROFILE|_FILE|_PATH|_ID|_ARN|_NAME)$|^(?:PWD|OLDPWD)$/;
var RUNNER_OWN = /^(?:ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|INPUT_.*)$/;
function isSecretName(name) {
  const upper = name.toUpperCase();
  if (RUNNER_OWN.test(upper)) return false;
  if (SECRET_NAMES.has(upper) || ALWAYS_SECRET.test(upper)) return true;
  if (NOT_SECRET.test(upper)) return false;
  return SECRET_PARTS.test(upper) || SECRET_PREFIXES.test(upper);
}
function secretEnvNames(env) {
  return Object.keys(env).filter((name) => (env[name] ?? "") !== "" && isSecretName(name)).sort();
}

// src/context/runner.ts
var INJECTION_VARIABLES = [
  "NODE_OPTIONS",
  "LD_PRELOAD",
  "LD_LIBRARY_PATH",
  "LD_AUDIT",
  "DYLD_INSERT_LIBRARIES",
  "BASH_ENV",
  "ENV",
  "PROMPT_COMMAND",
  "PYTHONSTARTUP",
  "PYTHONPATH",
  "PERL5OPT",
  "RUBYOPT",
  "JAVA_TOOL_OPTIONS",
  "_JAVA_OPTIONS",
  "GIT_SSH_COMMAND"
];
async function readRunnerFacts(env, probes, options) {
  const [inContainer2, sudo, iptables] = await Promise.all([
    probes.inContainer().catch(() => false),
    probes.sudo ? probes.sudo().catch(() => false) : void 0,
    probes.iptables().catch(() => false)
  ]);
  const facts = {
    // A container job's workspace is mounted at /__w; the process may not see /.dockerenv through the mount.
    container: inContainer2 || (env.GITHUB_WORKSPACE ?? "").startsWith("/__w/"),
    ...sudo !== void 0 ? { sudo } : {},
    iptables,
    secretEnvNames: secretEnvNames(env),
    proxies: proxiesOutsideAllowlist(env, options.allowlist).map((p) => ({
      variable: p.variable,
      host: p.port === void 0 ? p.host : `${p.host}:${p.port}`
    })),
    injectionVariables: injectionVariables(env),
    oidcAvailable: (env.ACTIONS_ID_TOKEN_REQUEST_URL ?? "") !== ""
  };
  if (env.RUNNER_ENVIRONMENT) facts.runnerEnvironment = env.RUNNER_ENVIRONMENT;
  if (env.RUNNER_OS) facts.os = env.RUNNER_OS;
  if (env.RUNNER_ARCH) facts.arch = env.RUNNER_ARCH;
  const before = options.job ? stepsBeforeGuard(options.job, env) : void 0;
  if (before !== void 0) facts.stepsBeforeGuard = before;
  if (options.event) facts.forkPullRequest = options.event.forkPullRequest;
  return facts;
}
function injectionVariables(env) {
  const set = INJECTION_VARIABLES.filter((name) => (env[name] ?? "") !== "");
  const functions = Object.keys(env).filter((name) => /^BASH_FUNC_.+%%$/.test(name));
  return [...set, ...functions.sort()];
}

// src/context/runtime-findings.ts
var WHY_INJECTION = {
  NODE_OPTIONS: "every node process of later steps can be made to load a module (--require, --import)",
  LD_PRELOAD: "every dynamically linked program of later steps loads the named library first",
  LD_LIBRARY_PATH: "later programs look for their libraries in these directories first",
  LD_AUDIT: "every dynamically linked program of later steps loads the named audit library",
  DYLD_INSERT_LIBRARIES: "every program of later steps loads the named library first",
  BASH_ENV: "every non-interactive bash of later steps, `run:` scripts included, sources this file first",
  ENV: "every sh of later steps sources this file first",
  PROMPT_COMMAND: "bash runs this command before each prompt",
  PYTHONSTARTUP: "interactive python runs this file first",
  PYTHONPATH: "python of later steps imports modules from these directories first",
  PERL5OPT: "every perl of later steps runs with these options (-M loads a module)",
  RUBYOPT: "every ruby of later steps runs with these options (-r loads a file)",
  JAVA_TOOL_OPTIONS: "every JVM of later steps runs with these options (-javaagent loads code)",
  _JAVA_OPTIONS: "every JVM of later steps runs with these options (-javaagent loads code)",
  GIT_SSH_COMMAND: "git runs this command instead of ssh for every remote operation"
};
function runtimeFindings(facts, event, jobHoldsSecrets, location, anchors = {}) {
  const file = location.path;
  const job = location.job === "" ? null : location.job;
  const jobLabel = job === null ? "this job" : `job ${job}`;
  const secrets = typeof jobHoldsSecrets === "boolean" ? [] : [...jobHoldsSecrets];
  const holds = typeof jobHoldsSecrets === "boolean" ? jobHoldsSecrets : jobHoldsSecrets.length > 0;
  const fileStart = { file, line: 1, column: 1 };
  const jobLocation = anchors.job ? at(file, anchors.job.pos) : fileStart;
  const out = [];
  const make = (rule, detail, fields, severity = rule.severity) => ({
    rule: rule.id,
    severity,
    confidence: "high",
    location: jobLocation,
    job,
    step: null,
    stepName: null,
    secrets: [],
    destinations: [],
    evidence: [],
    fix: rule.fix,
    fingerprint: [rule.id, location.repository, file, job ?? "", detail].join("|"),
    ...fields
  });
  if ((event.workflowAdded || event.workflowModified) && holds) {
    const commits = event.touchingCommits.filter((c) => c !== "");
    const by = commits.length > 0 ? ` (commit${commits.length > 1 ? "s" : ""} ${commits.join(", ")})` : "";
    const held = secrets.length > 0 ? ` (${secrets.join(", ")})` : "";
    out.push(
      make(
        WORKFLOW_ADDED_BY_THIS_PUSH,
        event.workflowAdded ? "added" : "modified",
        {
          message: event.workflowAdded ? `${file} was added by the push that triggered this run${by}, and ${jobLabel} holds secrets${held}: a workflow pushed and run at once is how GhostAction sent 3,325 secrets out` : `${file} was changed by the push that triggered this run${by}, and ${jobLabel} holds secrets${held}: make sure the change is yours before its secret-holding steps run`,
          location: fileStart,
          secrets,
          evidence: commits.map((c) => ({
            text: `commit ${c} ${event.workflowAdded ? "adds or edits" : "edits"} ${file}`
          }))
        },
        event.workflowAdded ? "error" : "warning"
      )
    );
  }
  const before = facts.stepsBeforeGuard ?? 0;
  if (before > 0) {
    const earlier = anchors.job?.steps.slice(0, before) ?? [];
    const names = earlier.map((s) => `"${s.label}"`).join(", ");
    const guard = anchors.guardStep ?? null;
    out.push(
      make(GUARD_NOT_FIRST_STEP, String(before), {
        message: `${before} step${before > 1 ? "s" : ""} ran before Exfil Guard in ${jobLabel}, unguarded` + (names ? `: ${names}` : ""),
        location: guard ? at(file, guard.pos) : jobLocation,
        step: guard?.index ?? null,
        stepName: guard?.label ?? null,
        evidence: earlier.map((s) => ({
          text: `step ${s.index + 1}: ${s.label}`,
          location: at(file, s.pos)
        }))
      })
    );
  }
  for (const proxy of facts.proxies ?? []) {
    out.push(
      make(PROXY_OUTSIDE_ALLOWLIST, proxy.variable, {
        message: `${proxy.variable} points at the proxy ${proxy.host}, which the allowlist does not name: requests of later steps, with the tokens they carry, go through it`,
        destinations: [proxy.host]
      })
    );
  }
  for (const variable of facts.injectionVariables ?? []) {
    const why = WHY_INJECTION[variable] ?? (variable.startsWith("BASH_FUNC_") ? "bash of later steps defines this function, which can shadow any command" : "later processes load code it names");
    out.push(
      make(INJECTION_PRONE_VARIABLE, variable, {
        message: `${variable} is set in the environment of ${jobLabel}: ${why}`
      })
    );
  }
  if (facts.oidcAvailable) {
    out.push(
      make(OIDC_TOKEN_AVAILABLE, "oidc", {
        message: `Steps of ${jobLabel} can request an OIDC token (id-token: write): any of them can exchange it for the cloud roles that trust this repository`,
        secrets: ["OIDC token"]
      })
    );
  }
  if (event.forkPullRequest) {
    const from = event.headRepository ? ` from ${event.headRepository}` : " from a fork";
    out.push(
      make(FORK_PULL_REQUEST_NO_SECRETS, "fork", {
        message: `This run is for a pull request${from}: GitHub withholds secrets, so none can leave this run`,
        location: fileStart
      })
    );
  }
  return out;
}
function at(file, pos) {
  return { file, line: pos.line, column: pos.column, endLine: pos.endLine, endColumn: pos.endColumn };
}

// src/context/job-context.ts
async function loadJobContext(env, options, deps) {
  const location = locateWorkflow(env, options);
  const ctx = {
    workspace: deps.workspace,
    client: deps.client,
    repository: env.GITHUB_REPOSITORY ?? "",
    sha: env.GITHUB_SHA ?? ""
  };
  const [file, payload] = await Promise.all([
    readWorkflow(location, ctx),
    loadEventPayload(env.GITHUB_EVENT_PATH)
  ]);
  let event = readEvent(env.GITHUB_EVENT_NAME ?? "", payload, location.path, location.repository);
  const client = deps.client;
  if (client) {
    event = await completePushFacts(
      event,
      payload,
      (a, b) => client.compare(location.repository, a, b),
      location.path
    );
  }
  return {
    location,
    file,
    event,
    readLocalAction: localActionReader2(location, ctx),
    otherRepository: (env.GITHUB_REPOSITORY ?? "").toLowerCase() !== location.repository.toLowerCase()
  };
}
async function inspectJob(env, context, workflow, deps) {
  const location = workflow ? refineWithModel(context.location, workflow) : context.location;
  const job = location.callerOnly ? void 0 : workflow?.jobs.find((j) => j.id === location.job);
  const runtime = await readRunnerFacts(env, deps.probes, {
    allowlist: deps.allowlist,
    event: context.event,
    ...job ? { job } : {}
  });
  const fromModel = workflow && job ? jobSecretNames(workflow, job) : [];
  const jobSecrets = [.../* @__PURE__ */ new Set([...fromModel, ...runtime.secretEnvNames ?? []])].sort();
  const findings = runtimeFindings(runtime, context.event, jobSecrets, location, {
    ...job ? { job, guardStep: findGuardStep(job, env) } : {}
  });
  const note = callerOnlyNote(location);
  return { location, runtime, findings, jobSecrets, ...note ? { note } : {} };
}

// src/context/probes.ts
import { accessSync, constants, readFileSync } from "node:fs";
import { delimiter, join as join3 } from "node:path";
var TIMEOUT_MS = 2e3;
function systemProbes(options, platform = process.platform, path = process.env.PATH ?? "") {
  const linux = platform === "linux";
  const probes = {
    inContainer: () => Promise.resolve(linux && inContainer()),
    // Finding the executable is enough: running it needs root anyway, which `sudo` answers. No process spawned.
    iptables: () => Promise.resolve(linux && onPath("iptables", path))
  };
  if (options.sudo)
    probes.sudo = () => platform === "win32" ? Promise.resolve(false) : succeeds("sudo", ["-n", "true"]);
  return probes;
}
function prefetchProbes(probes) {
  const settle = (p) => p().catch(() => false);
  const inContainer2 = settle(() => probes.inContainer());
  const sudo = probes.sudo ? settle(probes.sudo) : void 0;
  const iptables = settle(() => probes.iptables());
  const prefetched = { inContainer: () => inContainer2, iptables: () => iptables };
  if (sudo) prefetched.sudo = () => sudo;
  return prefetched;
}
async function succeeds(file, args) {
  const { execFile } = await import("node:child_process");
  return new Promise((resolve2) => {
    execFile(
      file,
      args,
      { timeout: TIMEOUT_MS, windowsHide: true, maxBuffer: 64 * 1024 },
      (error) => resolve2(error === null)
    );
  });
}
function inContainer() {
  if (exists("/.dockerenv", constants.F_OK)) return true;
  let cgroup = "";
  try {
    cgroup = readFileSync("/proc/1/cgroup", "utf8");
  } catch {
  }
  return /docker|containerd|kubepods|libpod/.test(cgroup);
}
function onPath(name, path) {
  const dirs = [...path.split(delimiter).filter((d) => d !== ""), "/usr/sbin", "/sbin"];
  return dirs.some((dir) => exists(join3(dir, name), constants.X_OK));
}
function exists(path, mode) {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

// src/scan/changed.ts
import { posix as posix2 } from "node:path";
var CONTENT_CHANGED = /* @__PURE__ */ new Set(["added", "modified", "renamed", "copied", "changed"]);
async function scanChanged(source, change, policy, options = {}) {
  const headSource = source.at(change.head);
  const baseSource = change.base ? source.at(change.base) : null;
  const { files: changed, listing } = change.changedFiles ? { files: change.changedFiles, listing: "given" } : await compareFiles(source, change, headSource);
  const relevant = /* @__PURE__ */ new Map();
  for (const file of changed) {
    const path = cleanPath(file.path);
    if (CONTENT_CHANGED.has(file.status) && (isWorkflowPath(path) || isActionPath(path))) {
      relevant.set(path, { ...file, path });
    }
  }
  const changedActionDirs = [...relevant.keys()].filter(isActionPath).map((p) => posix2.dirname(p));
  if (changedActionDirs.length > 0) {
    for (const path of await workflowsUsing(headSource, changedActionDirs)) {
      if (!relevant.has(path)) relevant.set(path, { path, status: "unchanged" });
    }
  }
  const empty = {
    repository: source.repository,
    ref: change.head,
    files: [],
    findings: [],
    iocs: [],
    sources: /* @__PURE__ */ new Map()
  };
  if (relevant.size === 0)
    return { result: empty, introduced: [], scanned: [], listing, base: change.base, head: change.head };
  const files = [...relevant.values()].sort((a, b) => a.path < b.path ? -1 : 1);
  const sides = await Promise.all(
    files.map(async (file) => ({
      file,
      head: await headSource.readFile(file.path),
      base: baseSource && activeAtBase(file) ? await baseSource.readFile(file.previousPath ?? file.path) : null
    }))
  );
  const present = sides.filter((s) => s.head !== null);
  const headInputs = present.map((s) => ({ path: s.file.path, content: s.head }));
  const baseInputs = present.flatMap(
    (s) => s.base === null ? [] : [{ path: s.file.path, content: s.base }]
  );
  const iocs = options.iocs === false ? null : options.iocs ?? defaultIocs();
  const [headSide, baseSide] = await Promise.all([
    analyseSide(headSource, headInputs, policy, iocs, options.githubHost),
    baseSource ? analyseSide(baseSource, baseInputs, policy, iocs, options.githubHost) : { findings: [], files: [], iocs: [] }
  ]);
  const delta = [];
  for (const side of present) {
    const refs = secretReferences(side.head);
    if (side.base === null) {
      if (isWorkflowPath(side.file.path) && refs.length > 0)
        delta.push(addedWorkflowFinding(side.file.path, refs));
      continue;
    }
    const before = new Set(secretReferences(side.base).map((r) => r.name));
    for (const ref of refs) if (!before.has(ref.name)) delta.push(secretAddedFinding(side.file.path, ref));
  }
  const headFindings = [...headSide.findings, ...applyPolicy(delta, policy)];
  return {
    result: {
      repository: source.repository,
      ref: change.head,
      files: headSide.files,
      findings: headFindings,
      iocs: headSide.iocs,
      sources: new Map(headInputs.map((i) => [i.path, String(i.content)]))
    },
    introduced: introducedFindings(headFindings, baseSide.findings),
    scanned: present.map((s) => s.file.path),
    listing,
    base: change.base,
    head: change.head
  };
}
function activeAtBase(file) {
  if (file.status === "added" || file.status === "copied") return false;
  const before = cleanPath(file.previousPath ?? file.path);
  return isWorkflowPath(file.path) ? isWorkflowPath(before) : isActionPath(before);
}
function introducedFindings(head, base) {
  const remaining = /* @__PURE__ */ new Map();
  for (const f of base) remaining.set(f.fingerprint, (remaining.get(f.fingerprint) ?? 0) + 1);
  return head.filter((f) => {
    const left = remaining.get(f.fingerprint) ?? 0;
    if (left === 0) return true;
    remaining.set(f.fingerprint, left - 1);
    return false;
  });
}
async function analyseSide(source, inputs, policy, iocs, githubHost) {
  if (inputs.length === 0) return { findings: [], files: [], iocs: [] };
  const texts = new Map(inputs.map((i) => [i.path, String(i.content)]));
  const engine = await scanFiles(inputs, policy, {
    readLocalAction: localActionReader(source, texts),
    ...githubHost ? { githubHost } : {}
  });
  const matches = [];
  if (iocs) {
    for (const [path, text2] of texts) {
      if (isWorkflowPath(path)) matches.push(...matchWorkflowFile(iocs, path, text2));
      matches.push(...matchHostsInFile(iocs, path, text2));
    }
    matches.push(...matchDestinations(iocs, engine.findings, matches));
  }
  return {
    findings: [...engine.findings, ...applyPolicy(iocFindings(matches), policy)],
    files: engine.files,
    iocs: matches
  };
}
async function compareFiles(source, change, head) {
  if (!change.base) {
    throw new UserError(
      "scope: changed: the event names no base commit and no changed files; use scope: repository for this event"
    );
  }
  if (source.compare) {
    try {
      return { files: await source.compare(change.base, change.head), listing: "compare" };
    } catch (error) {
      if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
    }
  }
  const entries = await head.listDir(WORKFLOW_DIR) ?? [];
  const files = entries.filter((e) => e.type === "file" && isWorkflowPath(e.path)).map((e) => ({ path: cleanPath(e.path), status: "changed" }));
  return { files, listing: "every-workflow" };
}
async function workflowsUsing(source, actionDirs) {
  const entries = await source.listDir(WORKFLOW_DIR) ?? [];
  const workflows = entries.filter((e) => e.type === "file" && isWorkflowPath(e.path)).map((e) => cleanPath(e.path));
  const texts = await Promise.all(
    workflows.map(async (path) => ({ path, text: await source.readFile(path) }))
  );
  const dirs = new Set(actionDirs.map((d) => d === "." ? "" : d));
  return texts.filter(({ text: text2 }) => text2 !== null && localActionDirs(text2).some((d) => dirs.has(d))).map(({ path }) => path);
}

// src/scan/event.ts
var CHANGED_SCOPE_EVENTS = ["pull_request", "pull_request_target", "merge_group", "push"];
var ZERO_SHA = /^0{40}$/;
var PUSH_COMMIT_LIMIT2 = 2048;
function changeOfEvent(eventName, payload) {
  const repository2 = str2(get(payload, "repository", "full_name"));
  if (!repository2) throw new UserError(`scope: changed: the ${eventName} event payload names no repository`);
  switch (eventName) {
    case "pull_request":
    case "pull_request_target": {
      const base = str2(get(payload, "pull_request", "base", "sha"));
      const head = str2(get(payload, "pull_request", "head", "sha"));
      if (!base || !head)
        throw new UserError(`scope: changed: the ${eventName} payload has no base or head SHA`);
      return { repository: repository2, base, head, filesFrom: "compare" };
    }
    case "merge_group": {
      const base = str2(get(payload, "merge_group", "base_sha"));
      const head = str2(get(payload, "merge_group", "head_sha"));
      if (!base || !head)
        throw new UserError("scope: changed: the merge_group payload has no base_sha or head_sha");
      return { repository: repository2, base, head, filesFrom: "compare" };
    }
    case "push": {
      const head = str2(get(payload, "after"));
      if (!head) throw new UserError('scope: changed: the push payload has no "after" commit');
      if (ZERO_SHA.test(head) || get(payload, "deleted") === true) return null;
      const before = str2(get(payload, "before"));
      const defaultBranch = str2(get(payload, "repository", "default_branch"));
      const base = before && !ZERO_SHA.test(before) ? before : defaultBranch ?? null;
      const commits = get(payload, "commits");
      const forced = get(payload, "forced") === true;
      if (Array.isArray(commits) && commits.length < PUSH_COMMIT_LIMIT2 && !forced && base === before) {
        return { repository: repository2, base, head, changedFiles: pushedFiles(commits), filesFrom: "payload" };
      }
      if (!base)
        throw new UserError('scope: changed: the push payload has neither a "before" commit nor a branch');
      return { repository: repository2, base, head, filesFrom: "compare" };
    }
    default:
      throw new UserError(
        `scope: changed does not support the ${eventName} event; it runs on ${CHANGED_SCOPE_EVENTS.join(", ")} (use scope: repository for other events)`
      );
  }
}
function pushedFiles(commits) {
  const status = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    for (const path of strings2(get(commit, "added"))) {
      status.set(path, status.get(path) === "removed" ? "modified" : "added");
    }
    for (const path of strings2(get(commit, "modified"))) {
      if (status.get(path) !== "added") status.set(path, "modified");
    }
    for (const path of strings2(get(commit, "removed"))) {
      if (status.get(path) === "added") status.delete(path);
      else status.set(path, "removed");
    }
  }
  return [...status].map(([path, s]) => ({ path, status: s }));
}
async function scanForEvent(eventName, payload, client, policy, options = {}) {
  const change = changeOfEvent(eventName, payload);
  if (!change) {
    const repository2 = str2(get(payload, "repository", "full_name")) ?? "";
    const empty = {
      repository: repository2,
      ref: "",
      files: [],
      findings: [],
      iocs: [],
      sources: /* @__PURE__ */ new Map()
    };
    return {
      result: empty,
      introduced: [],
      scanned: [],
      listing: "given",
      base: null,
      head: "",
      repository: repository2,
      eventName,
      filesFrom: "none"
    };
  }
  const scan = await scanChanged(apiRevisionSource(client, change.repository), change, policy, options);
  return { ...scan, repository: change.repository, eventName, filesFrom: change.filesFrom };
}
function get(value, ...keys) {
  let cur = value;
  for (const key of keys) {
    if (typeof cur !== "object" || cur === null) return void 0;
    cur = cur[key];
  }
  return cur;
}
function str2(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function strings2(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}

// src/action/outputs.ts
var STATE_KEY = "exfil-guard";
var EGRESS_STATE_KEY = "exfil-guard-egress";
var FAIL_ON_BLOCK_KEY = "exfil-guard-egress-fail-on-block";
function saveMainState(state) {
  saveState(STATE_KEY, JSON.stringify(state));
}

// src/action/egress-seam.ts
async function startEgress(options, ctx) {
  if (options.egressPolicy === "off") return "";
  const [{ startEgress: start }, { systemDeps }, { egressAllowlist }] = await Promise.all([
    import("./chunks/apply-AROXMF2W.js"),
    import("./chunks/system-ABEODK3I.js"),
    import("./chunks/egress-CFXKZAO3.js")
  ]);
  const allowlist = egressAllowlist(ctx.policy, ctx.job, [], {
    secrets: ctx.secrets,
    ...ctx.githubServerHost ? { githubServerHost: ctx.githubServerHost } : {}
  });
  const deps = {
    ...systemDeps({
      daemonArgv: ctx.daemonArgv,
      warn: (m) => warning(m, { title: "Exfil Guard: egress" })
    }),
    // Saved as soon as anything is installed, so post can undo it even if main stops half-way.
    saveState: (state2) => saveState(EGRESS_STATE_KEY, JSON.stringify(state2))
  };
  const result = await start(
    {
      mode: options.egressPolicy,
      allowlist,
      disableSudo: options.disableSudo,
      runnerTemp: process.env.RUNNER_TEMP ?? "",
      env: process.env
    },
    deps
  );
  info(result.summary);
  if (ctx.policy.egress?.failOnBlock === false) saveState(FAIL_ON_BLOCK_KEY, "false");
  if (!result.state) return "";
  const state = JSON.stringify(result.state);
  saveState(EGRESS_STATE_KEY, state);
  return state;
}

// src/action/reports.ts
import { isAbsolute as isAbsolute2, join as join4 } from "node:path";
async function publishReports(input, opts) {
  const { result } = input;
  const { verdict } = verdictOf(result.findings, input.failOn);
  emitAnnotations(planReportAnnotations(input).annotations);
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const room = await summaryRoom(summaryFile, SUMMARY_MAX_BYTES);
    await writeSummary(renderSummary(input, { maxBytes: room }), summaryFile);
  }
  const reportFile = join4(opts.tempDir, "exfil-guard", "report.json");
  await writeReportFile(reportFile, formatJson(result));
  let sarifFile = "";
  if (opts.sarifFile !== "") {
    sarifFile = isAbsolute2(opts.sarifFile) ? opts.sarifFile : join4(opts.workspace, opts.sarifFile);
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
function workflowModel(path, text2) {
  try {
    const model = buildModel(path, text2);
    return model.kind === "workflow" ? model : null;
  } catch {
    return null;
  }
}
async function runMain(options, env = process.env, paths = { dnsDaemon: "" }) {
  const stages = new Stages();
  prefetchGrammars(["bash"]);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const tempDir = env.RUNNER_TEMP || tmpdir();
  const rules = knownRules();
  const { policy } = await buildPolicy({
    ruleIds: new Set(rules.map((r) => r.id)),
    config: options.config,
    base: workspace,
    allowedEndpoints: options.allowedEndpoints,
    ...options.scope === "changed" ? { readFile: await baseCommitReader(options, env) } : {}
  });
  stages.mark("policy");
  const analysis = await analyse(options, env, workspace, policy, stages);
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
async function analyse(options, env, workspace, policy, stages) {
  const repository2 = env.GITHUB_REPOSITORY ?? "";
  switch (options.scope) {
    case "job":
    case "workflow": {
      const probes = prefetchProbes(systemProbes({ sudo: options.egressPolicy !== "off" }));
      const client = options.token !== "" ? lazyGitHubClient({ token: options.token, apiUrl: apiUrl(env) }) : null;
      const job = await loadJobContext(env, options, { client, workspace });
      stages.mark("context");
      const { file, location } = job;
      const model = workflowModel(file.file, file.text);
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
      const inspection = await inspectJob(env, job, model, {
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
            ...guarded.flatMap((j) => model ? jobSecretNames(model, j) : [])
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
      const payload = await readEvent2(env);
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
  const payload = await readEvent2(env);
  const change = changeOfEvent(env.GITHUB_EVENT_NAME ?? "", payload);
  if (!change?.base) return () => Promise.resolve(null);
  const { base, repository: repository2 } = change;
  const client = lazyGitHubClient({ token: options.token, apiUrl: apiUrl(env) });
  return (path) => client.getFile(repository2, path.replace(/^\.\//, ""), base);
}
async function readEvent2(env) {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) throw new UserError('scope "changed" needs the event payload, but GITHUB_EVENT_PATH is not set');
  try {
    return JSON.parse(await readFile4(path, "utf8"));
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
  const get2 = (name) => getInput2(name).trim();
  const allowed = parseEndpointList(getInput2("allowed-endpoints"));
  if (allowed.errors.length > 0) {
    throw new UserError(`Input "allowed-endpoints" has invalid entries: ${allowed.errors.join("; ")}`);
  }
  const configPath = get2("config");
  const sarifFile = get2("sarif-file");
  if (sarifFile.includes("\0")) throw invalid("sarif-file", sarifFile, "a file path");
  if (configPath.includes("\0")) throw invalid("config", configPath, "a file path");
  return {
    failOn: oneOf("fail-on", get2("fail-on") || "error", FAIL_ON),
    egressPolicy: oneOf("egress-policy", get2("egress-policy") || "off", EGRESS_MODES),
    allowedEndpoints: allowed.endpoints,
    config: {
      path: configPath || DEFAULT_CONFIG,
      explicit: configPath !== "" && configPath !== DEFAULT_CONFIG
    },
    scope: oneOf("scope", get2("scope") || "job", SCOPES),
    token: get2("token"),
    disableSudo: bool("disable-sudo", get2("disable-sudo") || "false"),
    sarifFile,
    jobWorkflow: {
      ref: get2("workflow-ref"),
      sha: sha("workflow-sha", get2("workflow-sha")),
      repository: repository("workflow-repository", get2("workflow-repository")),
      filePath: get2("workflow-file-path")
    },
    checkRunId: digits("check-run-id", get2("check-run-id"))
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
