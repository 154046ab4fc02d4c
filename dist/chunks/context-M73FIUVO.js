import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  GitHubApiError
} from "./chunk-PPTGZGUQ.js";
import {
  FORK_PULL_REQUEST_NO_SECRETS,
  GUARD_NOT_FIRST_STEP,
  INJECTION_PRONE_VARIABLE,
  OIDC_TOKEN_AVAILABLE,
  PROXY_OUTSIDE_ALLOWLIST,
  RUNTIME_RULES,
  WORKFLOW_ADDED_BY_THIS_PUSH
} from "./chunk-EI4FWV4C.js";
import {
  UserError
} from "./chunk-S2LNTRLH.js";
import {
  findMatch
} from "./chunk-4LRHTQF6.js";
import "./chunk-XXN2UIB3.js";

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
      const [sha, name] = line.trim().split(" ");
      if (name === ref && sha && SHA.test(sha)) return sha;
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
    const repository = jw.repository || fromRef?.repository || env.GITHUB_REPOSITORY || "";
    const path2 = checkedPath(jw.filePath || fromRef?.path || "", "workflow-file-path");
    const sameAsCaller = caller !== null && sameRepo(caller.repository, repository) && caller.path === path2;
    const location = {
      repository,
      path: path2,
      ref: fromRef?.ref ?? (sameAsCaller ? caller.ref : ""),
      sha: jw.sha || (sameAsCaller ? callerSha : ""),
      job,
      isReusable: caller !== null && !sameAsCaller,
      callerOnly: false,
      source: "job-inputs"
    };
    if (repository === "") {
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
  const sha = callerSha || (sameRepo(caller.repository, env.GITHUB_REPOSITORY ?? "") ? env.GITHUB_SHA ?? "" : "");
  return {
    repository: caller.repository,
    path,
    ref: caller.ref,
    sha,
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
async function workspaceAt(workspace, sha) {
  if (!FULL_SHA.test(sha)) return false;
  return (await headCommit(workspace))?.toLowerCase() === sha.toLowerCase();
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
  const sha = sameRepo2(repo, location.repository) ? location.sha : ctx.sha ?? "";
  const fromWorkspace = await workspaceAt(ctx.workspace, sha);
  for (const file of candidates) {
    if (fromWorkspace) {
      const text2 = await readWorkspaceFile(ctx.workspace, file);
      if (text2 !== null) return { text: text2, via: "workspace", file };
      continue;
    }
    if (!ctx.client || !FULL_SHA.test(sha)) return null;
    try {
      const text2 = await ctx.client.getFile(repo, file, sha);
      if (text2 !== null) return { text: text2, via: "api", file };
    } catch (error) {
      throw readError(
        error,
        `${repo}/${file}@${sha.slice(0, 7)}`,
        repo,
        sameRepo2(repo, ctx.repository ?? "")
      );
    }
  }
  return null;
}
function localActionReader(location, ctx) {
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
function readError(error, label, repository, ownRepository) {
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
      `${prefix} (${error.status}): the token cannot read ${repository}: pass a token with contents:read on it via the \`token\` input`
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
    readLocalAction: localActionReader(location, ctx),
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
export {
  ALL_SECRETS,
  INJECTION_VARIABLES,
  RUNTIME_RULES,
  callerOnlyNote,
  completePushFacts,
  findGuardStep,
  headCommit,
  injectionVariables,
  inspectJob,
  isSecretName,
  jobSecretNames,
  loadEventPayload,
  loadJobContext,
  localActionReader,
  locateWorkflow,
  parseWorkflowRef,
  prefetchProbes,
  proxiesOutsideAllowlist,
  proxyTargets,
  readEvent,
  readLocalAction,
  readRunnerFacts,
  readWorkflow,
  refineWithModel,
  runtimeFindings,
  secretEnvNames,
  stepsBeforeGuard,
  systemProbes,
  workspaceAt
};
