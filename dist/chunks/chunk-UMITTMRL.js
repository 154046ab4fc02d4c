import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  FileError,
  asMap,
  asSeqItems,
  deref,
  entries,
  expressionsIn,
  isMap,
  isScalar,
  isSeq,
  posOf,
  readYaml,
  toStr
} from "./chunk-SCD2Q5QN.js";

// src/workflow/uses.ts
var SHA = /^[0-9a-f]{40}$/i;
function parseUses(raw) {
  const value = raw.value.trim();
  if (value.startsWith("./") || value.startsWith(".\\")) {
    return { raw, kind: "local", path: value.replace(/^\.[\\/]/, "").replace(/\/$/, ""), pinned: true };
  }
  if (value.startsWith("docker://")) {
    return { raw, kind: "docker", path: value.slice("docker://".length), pinned: value.includes("@sha256:") };
  }
  const at = value.lastIndexOf("@");
  const target = at >= 0 ? value.slice(0, at) : value;
  const ref = at >= 0 ? value.slice(at + 1) : void 0;
  const [owner = "", repo = "", ...rest] = target.split("/");
  const path = rest.join("/") || void 0;
  const isWorkflow = /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path ?? "");
  return {
    raw,
    kind: isWorkflow ? "reusable-workflow" : "action",
    repo: `${owner}/${repo}`.toLowerCase(),
    ...path ? { path } : {},
    ...ref ? { ref } : {},
    pinned: ref !== void 0 && SHA.test(ref)
  };
}

// src/workflow/build.ts
function buildModel(file, content) {
  const y = readYaml(file, content);
  const root = deref(y, y.root);
  if (root === null) throw new FileError(file, 1, "empty file: expected a workflow or action mapping");
  if (!isMap(root)) throw new FileError(file, posOf(y, root).line, "expected a mapping at the top level");
  const keys = new Set(entries(y, root).map((e) => e.key));
  if (keys.has("runs") && !keys.has("jobs")) return buildAction(y, root);
  if (!keys.has("jobs"))
    throw new FileError(
      file,
      1,
      "no `jobs:` (workflow) or `runs:` (action) key: not a workflow or action file"
    );
  return buildWorkflow(y, root);
}
function fail(y, node, field, expected) {
  throw new FileError(y.file, posOf(y, node ?? null).line, `${field}: expected ${expected}`);
}
function str(y, node, field) {
  const s = toStr(y, node);
  if (!s) fail(y, node, field, "a string");
  return s;
}
function optStr(y, node, field) {
  return node === null ? void 0 : str(y, node, field);
}
function stringMap(y, node, field) {
  const out = /* @__PURE__ */ new Map();
  if (node === null) return out;
  const n = deref(y, node);
  if (n && isScalar(n)) {
    const s = toStr(y, n);
    if (s && s.value !== "") out.set("*", s);
    return out;
  }
  const map = asMap(y, node);
  if (!map) fail(y, node, field, "a mapping");
  for (const e of entries(y, map)) {
    const s = e.value === null ? emptyAt(str(y, e.keyNode, field)) : toStr(y, e.value) ?? flattenToStr(y, e.value);
    out.set(e.key, s);
  }
  return out;
}
function emptyAt(key) {
  return { value: "", exprs: [], pos: key.pos, locate: (offset) => key.locate(offset) };
}
function flattenToStr(y, node) {
  const { start, end } = node;
  const value = y.text.slice(start, end);
  return {
    value,
    pos: posOf(y, node),
    exprs: expressionsIn(value),
    locate: (offset) => {
      const p = y.lines.linePos(start + Math.min(offset, value.length));
      return { line: p.line, column: p.col };
    }
  };
}
var SCAN_LIMIT = 12;
var indexes = /* @__PURE__ */ new WeakMap();
function index(y, map) {
  let idx = indexes.get(map);
  if (!idx) {
    idx = /* @__PURE__ */ new Map();
    for (const e of entries(y, map)) if (!idx.has(e.key)) idx.set(e.key, e.value);
    indexes.set(map, idx);
  }
  return idx;
}
function scan(map, key) {
  const pairs = map.pairs;
  if (pairs.length > SCAN_LIMIT) return void 0;
  for (const pair of pairs) {
    const k = pair.key;
    if (k?.kind === "alias") return void 0;
    if (k?.kind === "scalar" && k.value === key) return pair;
  }
  return null;
}
function get(y, map, key) {
  const pair = scan(map, key);
  if (pair === void 0) return index(y, map).get(key) ?? null;
  return pair === null ? null : deref(y, pair.value);
}
function has(y, map, key) {
  const pair = scan(map, key);
  return pair === void 0 ? index(y, map).has(key) : pair !== null;
}
function buildWorkflow(y, root) {
  const wfShell = defaultsShell(y, get(y, root, "defaults"), "defaults");
  const jobsNode = asMap(y, get(y, root, "jobs"));
  if (!jobsNode) fail(y, get(y, root, "jobs"), "jobs", "a mapping of job ids to jobs");
  const onNode = get(y, root, "on") ?? get(y, root, "true");
  const workflow = {
    kind: "workflow",
    file: y.file,
    source: y.text,
    on: triggers(y, onNode),
    env: stringMap(y, get(y, root, "env"), "env"),
    jobs: [],
    callSecrets: callSecrets(y, onNode)
  };
  const name = optStr(y, get(y, root, "name"), "name");
  if (name) workflow.name = name;
  const perms = permissions(y, get(y, root, "permissions"), "permissions");
  if (perms) workflow.permissions = perms;
  if (wfShell) workflow.defaultsShell = wfShell;
  for (const e of entries(y, jobsNode)) {
    workflow.jobs.push(buildJob(y, e.key, e.value, e.keyNode, wfShell));
  }
  return workflow;
}
function triggers(y, node) {
  const n = deref(y, node);
  if (!n) return [];
  if (isScalar(n)) return [{ event: n.value, pos: posOf(y, n) }];
  if (isSeq(n))
    return (asSeqItems(y, n) ?? []).map((i) => ({ event: toStr(y, i)?.value ?? "", pos: posOf(y, i) }));
  if (isMap(n)) return entries(y, n).map((e) => ({ event: e.key, pos: posOf(y, e.keyNode) }));
  return [];
}
function callSecrets(y, node) {
  const on = asMap(y, node);
  const call = on && asMap(y, get(y, on, "workflow_call"));
  const secrets = call && asMap(y, get(y, call, "secrets"));
  return secrets ? entries(y, secrets).map((e) => e.key) : [];
}
function defaultsShell(y, node, field) {
  const defaults = asMap(y, node);
  const run = defaults && asMap(y, get(y, defaults, "run"));
  return run ? optStr(y, get(y, run, "shell"), `${field}.run.shell`) : void 0;
}
function permissions(y, node, field) {
  const n = deref(y, node);
  if (!n) return void 0;
  const pos = posOf(y, n);
  if (isScalar(n)) {
    const v = n.value;
    return v === "read-all" || v === "write-all" ? { pos, all: v, scopes: /* @__PURE__ */ new Map() } : { pos, scopes: /* @__PURE__ */ new Map() };
  }
  const map = asMap(y, n);
  if (!map) fail(y, n, field, "read-all, write-all or a mapping of scopes");
  const scopes = /* @__PURE__ */ new Map();
  for (const e of entries(y, map)) scopes.set(e.key, toStr(y, e.value)?.value ?? "");
  return { pos, scopes };
}
function buildJob(y, id, node, keyNode, wfShell) {
  const field = `jobs.${id}`;
  const map = asMap(y, node);
  if (!map) fail(y, node ?? keyNode, field, "a mapping");
  const jobShell = defaultsShell(y, get(y, map, "defaults"), `${field}.defaults`) ?? wfShell;
  const job = {
    id,
    pos: posOf(y, keyNode),
    env: stringMap(y, get(y, map, "env"), `${field}.env`),
    services: /* @__PURE__ */ new Map(),
    needs: listOfStrings(y, get(y, map, "needs")),
    outputs: stringMap(y, get(y, map, "outputs"), `${field}.outputs`),
    steps: []
  };
  const name = optStr(y, get(y, map, "name"), `${field}.name`);
  if (name) job.name = name;
  const runsOn = deref(y, get(y, map, "runs-on"));
  if (runsOn) job.runsOn = runsOnLabels(y, runsOn);
  const perms = permissions(y, get(y, map, "permissions"), `${field}.permissions`);
  if (perms) job.permissions = perms;
  const envNode = deref(y, get(y, map, "environment"));
  if (envNode)
    job.environment = isMap(envNode) ? str(y, get(y, envNode, "name"), `${field}.environment.name`) : str(y, envNode, `${field}.environment`);
  const ifStr = optStr(y, get(y, map, "if"), `${field}.if`);
  if (ifStr) job.if = ifStr;
  if (jobShell) job.defaultsShell = jobShell;
  const container = deref(y, get(y, map, "container"));
  if (container) job.container = containerSpec(y, container, `${field}.container`);
  const services = asMap(y, get(y, map, "services"));
  if (services) {
    for (const e of entries(y, services))
      if (e.value) job.services.set(e.key, containerSpec(y, e.value, `${field}.services.${e.key}`));
  }
  const strategy = asMap(y, get(y, map, "strategy"));
  const matrixNode = strategy ? deref(y, get(y, strategy, "matrix")) : null;
  if (matrixNode) job.matrix = matrix(y, matrixNode);
  const uses = optStr(y, get(y, map, "uses"), `${field}.uses`);
  if (uses) {
    const secretsNode = deref(y, get(y, map, "secrets"));
    const secrets = secretsNode === null ? null : isScalar(secretsNode) && secretsNode.value === "inherit" ? "inherit" : stringMap(y, secretsNode, `${field}.secrets`);
    job.call = { uses: parseUses(uses), with: stringMap(y, get(y, map, "with"), `${field}.with`), secrets };
    return job;
  }
  const stepsNode = get(y, map, "steps");
  if (stepsNode !== null) {
    const items = asSeqItems(y, stepsNode);
    if (!items) fail(y, stepsNode, `${field}.steps`, "a list of steps");
    const os = labelsText(job.runsOn);
    job.steps = items.map((s, i) => buildStep(y, s, i, `${field}.steps[${i}]`, jobShell, os));
  }
  return job;
}
function runsOnLabels(y, n) {
  if (isScalar(n)) return str(y, n, "runs-on");
  if (isSeq(n)) return (asSeqItems(y, n) ?? []).map((i) => str(y, i, "runs-on[]"));
  const map = asMap(y, n);
  const labels = map ? get(y, map, "labels") : null;
  const group = map ? get(y, map, "group") : null;
  if (labels) return runsOnLabels(y, labels);
  return group ? str(y, group, "runs-on.group") : str(y, n, "runs-on");
}
function labelsText(runsOn) {
  if (!runsOn) return "";
  return (Array.isArray(runsOn) ? runsOn : [runsOn]).map((s) => s.value.toLowerCase()).join(" ");
}
function listOfStrings(y, node) {
  const n = deref(y, node);
  if (!n) return [];
  if (isScalar(n)) return [n.value];
  return (asSeqItems(y, n) ?? []).map((i) => toStr(y, i)?.value ?? "").filter((s) => s !== "");
}
function containerSpec(y, n, field) {
  if (isScalar(n)) return { image: str(y, n, field), env: /* @__PURE__ */ new Map(), credentials: /* @__PURE__ */ new Map() };
  const map = asMap(y, n);
  if (!map) fail(y, n, field, "an image name or a mapping");
  const spec = {
    env: stringMap(y, get(y, map, "env"), `${field}.env`),
    credentials: stringMap(y, get(y, map, "credentials"), `${field}.credentials`)
  };
  const image = optStr(y, get(y, map, "image"), `${field}.image`);
  if (image) spec.image = image;
  return spec;
}
function matrix(y, n) {
  const values = /* @__PURE__ */ new Map();
  const add = (key, s) => {
    if (!s) return;
    const list = values.get(key) ?? [];
    list.push(s);
    values.set(key, list);
  };
  const map = asMap(y, n);
  if (!map) {
    const s = toStr(y, n);
    if (s) add("*", s);
    return { pos: posOf(y, n), values };
  }
  for (const e of entries(y, map)) {
    const items = asSeqItems(y, e.value);
    if (e.key === "include" || e.key === "exclude") {
      if (e.key === "exclude") continue;
      for (const item of items ?? []) {
        const m = asMap(y, item);
        if (m)
          for (const kv of entries(y, m))
            add(kv.key, toStr(y, kv.value) ?? (kv.value ? flattenToStr(y, kv.value) : null));
      }
    } else if (items) {
      for (const item of items) add(e.key, toStr(y, item) ?? flattenToStr(y, item));
    } else if (e.value) {
      add(e.key, toStr(y, e.value) ?? flattenToStr(y, e.value));
    }
  }
  return { pos: posOf(y, n), values };
}
function buildStep(y, node, index2, field, jobShell, os) {
  const map = asMap(y, node);
  if (!map) fail(y, node, field, "a mapping with `run:` or `uses:`");
  const pos = posOf(y, node);
  const run = optStr(y, get(y, map, "run"), `${field}.run`);
  const usesStr = optStr(y, get(y, map, "uses"), `${field}.uses`);
  const stepShell = optStr(y, get(y, map, "shell"), `${field}.shell`);
  const shell = stepShell?.value ?? jobShell?.value ?? (os.includes("windows") ? "pwsh" : "bash");
  const step = {
    index: index2,
    label: "",
    pos,
    env: stringMap(y, get(y, map, "env"), `${field}.env`),
    shell,
    shellExplicit: Boolean(stepShell ?? jobShell),
    with: stringMap(y, get(y, map, "with"), `${field}.with`),
    lines: { first: pos.line, last: pos.endLine }
  };
  const id = optStr(y, get(y, map, "id"), `${field}.id`);
  if (id) step.id = id.value;
  const name = optStr(y, get(y, map, "name"), `${field}.name`);
  if (name) step.name = name;
  if (run) step.run = run;
  if (usesStr) step.uses = parseUses(usesStr);
  const ifStr = optStr(y, get(y, map, "if"), `${field}.if`);
  if (ifStr) step.if = ifStr;
  const wd = optStr(y, get(y, map, "working-directory"), `${field}.working-directory`);
  if (wd) step.workingDirectory = wd;
  const coe = optStr(y, get(y, map, "continue-on-error"), `${field}.continue-on-error`);
  if (coe) step.continueOnError = coe;
  step.label = name?.value ?? (run ? firstLine(run.value) : usesStr ? usesStr.value : `step ${index2 + 1}`);
  if (!run && !usesStr && !has(y, map, "run") && !has(y, map, "uses")) {
    fail(y, node, field, "a step with `run:` or `uses:`");
  }
  return step;
}
function firstLine(script) {
  const line = script.split("\n").find((l) => l.trim() !== "") ?? "";
  return `Run ${line.trim()}`.slice(0, 80);
}
function buildAction(y, root) {
  const runs = asMap(y, get(y, root, "runs"));
  if (!runs) fail(y, get(y, root, "runs"), "runs", "a mapping with `using:`");
  const using = str(y, get(y, runs, "using"), "runs.using").value;
  const action = {
    kind: "action",
    file: y.file,
    source: y.text,
    using,
    inputs: /* @__PURE__ */ new Map(),
    steps: []
  };
  const name = optStr(y, get(y, root, "name"), "name");
  if (name) action.name = name;
  const inputs = asMap(y, get(y, root, "inputs"));
  if (inputs) {
    for (const e of entries(y, inputs)) {
      const spec = asMap(y, e.value);
      const def = spec ? optStr(y, get(y, spec, "default"), `inputs.${e.key}.default`) : void 0;
      action.inputs.set(e.key, { pos: posOf(y, e.keyNode), ...def ? { default: def } : {} });
    }
  }
  if (using === "composite") {
    const items = asSeqItems(y, get(y, runs, "steps"));
    if (!items) fail(y, get(y, runs, "steps") ?? runs, "runs.steps", "a list of steps");
    action.steps = items.map((s, i) => buildStep(y, s, i, `runs.steps[${i}]`, void 0, ""));
  }
  return action;
}

export {
  buildModel
};
