import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  WORKFLOW_DIR,
  defaultIocs,
  iocFindings,
  isActionPath,
  isWorkflowPath,
  localActionDirs,
  localActionReader,
  matchDestinations,
  matchHostsInFile,
  matchWorkflowFile
} from "./chunk-4DPRSBJI.js";
import {
  scanFiles
} from "./chunk-IZFNIKHI.js";
import {
  apiRevisionSource,
  cleanPath
} from "./chunk-3GPA56DB.js";
import "./chunk-EKKHMLW6.js";
import {
  GitHubApiError
} from "./chunk-PPTGZGUQ.js";
import "./chunk-M3BHJP2Y.js";
import {
  addedWorkflowFinding,
  applyPolicy,
  secretAddedFinding,
  secretReferences
} from "./chunk-IP2GJXWI.js";
import "./chunk-UMITTMRL.js";
import "./chunk-SCD2Q5QN.js";
import "./chunk-E7AQUCQ4.js";
import "./chunk-QET5IY2S.js";
import "./chunk-JLYDGA43.js";
import "./chunk-GURDG6HC.js";
import {
  UserError
} from "./chunk-S2LNTRLH.js";
import "./chunk-NK54UKDG.js";
import "./chunk-BW6K7SVA.js";
import "./chunk-7VTNRWSX.js";
import "./chunk-4LRHTQF6.js";
import "./chunk-XXN2UIB3.js";

// src/scan/changed.ts
import { posix } from "node:path";
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
  const changedActionDirs = [...relevant.keys()].filter(isActionPath).map((p) => posix.dirname(p));
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
    for (const [path, text] of texts) {
      if (isWorkflowPath(path)) matches.push(...matchWorkflowFile(iocs, path, text));
      matches.push(...matchHostsInFile(iocs, path, text));
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
  return texts.filter(({ text }) => text !== null && localActionDirs(text).some((d) => dirs.has(d))).map(({ path }) => path);
}

// src/scan/event.ts
var CHANGED_SCOPE_EVENTS = ["pull_request", "pull_request_target", "merge_group", "push"];
var ZERO_SHA = /^0{40}$/;
var PUSH_COMMIT_LIMIT = 2048;
function changeOfEvent(eventName, payload) {
  const repository = str(get(payload, "repository", "full_name"));
  if (!repository) throw new UserError(`scope: changed: the ${eventName} event payload names no repository`);
  switch (eventName) {
    case "pull_request":
    case "pull_request_target": {
      const base = str(get(payload, "pull_request", "base", "sha"));
      const head = str(get(payload, "pull_request", "head", "sha"));
      if (!base || !head)
        throw new UserError(`scope: changed: the ${eventName} payload has no base or head SHA`);
      return { repository, base, head, filesFrom: "compare" };
    }
    case "merge_group": {
      const base = str(get(payload, "merge_group", "base_sha"));
      const head = str(get(payload, "merge_group", "head_sha"));
      if (!base || !head)
        throw new UserError("scope: changed: the merge_group payload has no base_sha or head_sha");
      return { repository, base, head, filesFrom: "compare" };
    }
    case "push": {
      const head = str(get(payload, "after"));
      if (!head) throw new UserError('scope: changed: the push payload has no "after" commit');
      if (ZERO_SHA.test(head) || get(payload, "deleted") === true) return null;
      const before = str(get(payload, "before"));
      const defaultBranch = str(get(payload, "repository", "default_branch"));
      const base = before && !ZERO_SHA.test(before) ? before : defaultBranch ?? null;
      const commits = get(payload, "commits");
      const forced = get(payload, "forced") === true;
      if (Array.isArray(commits) && commits.length < PUSH_COMMIT_LIMIT && !forced && base === before) {
        return { repository, base, head, changedFiles: pushedFiles(commits), filesFrom: "payload" };
      }
      if (!base)
        throw new UserError('scope: changed: the push payload has neither a "before" commit nor a branch');
      return { repository, base, head, filesFrom: "compare" };
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
    for (const path of strings(get(commit, "added"))) {
      status.set(path, status.get(path) === "removed" ? "modified" : "added");
    }
    for (const path of strings(get(commit, "modified"))) {
      if (status.get(path) !== "added") status.set(path, "modified");
    }
    for (const path of strings(get(commit, "removed"))) {
      if (status.get(path) === "added") status.delete(path);
      else status.set(path, "removed");
    }
  }
  return [...status].map(([path, s]) => ({ path, status: s }));
}
async function scanForEvent(eventName, payload, client, policy, options = {}) {
  const change = changeOfEvent(eventName, payload);
  if (!change) {
    const repository = str(get(payload, "repository", "full_name")) ?? "";
    const empty = {
      repository,
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
      repository,
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
function str(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
export {
  CHANGED_SCOPE_EVENTS,
  changeOfEvent,
  pushedFiles,
  scanForEvent
};
