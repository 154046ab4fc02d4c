import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  expressionsIn
} from "./chunk-K2Z2JRZ5.js";
import {
  require_dist
} from "./chunk-AVKL5W3U.js";
import {
  __toESM
} from "./chunk-XXN2UIB3.js";

// src/workflow/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_FILE_BYTES = 2 * 1024 * 1024;
var MAX_ALIAS_EXPANSIONS = 1e4;
var MAX_NESTING = 500;
var FileError = class extends Error {
  constructor(file, line, reason) {
    super(`${file}:${line}: ${reason.replace(/\s*\n\s*/g, " ")}`);
    this.file = file;
    this.line = line;
  }
  file;
  line;
  name = "FileError";
};
var isMap = (n) => n?.kind === "map";
var isSeq = (n) => n?.kind === "seq";
var isScalar = (n) => n?.kind === "scalar";
function readYaml(file, content) {
  const text = decode(file, content);
  const lines = new import_yaml.LineCounter();
  const reader = new Reader(text);
  let root;
  try {
    root = reader.read(new import_yaml.Parser(lines.addNewLine).parse(text));
  } catch (e) {
    if (e instanceof RangeError) throw new FileError(file, 1, "nesting too deep to be a workflow");
    throw e;
  }
  if (reader.error) {
    const at = lines.linePos(reader.error.offset).line;
    throw new FileError(file, at, `invalid YAML: ${reader.error.message.split("\n")[0] ?? ""}`);
  }
  return { file, text, root, lines, aliasBudget: MAX_ALIAS_EXPANSIONS };
}
function decode(file, content) {
  const size = typeof content === "string" ? content.length : content.byteLength;
  if (size > MAX_FILE_BYTES) {
    throw new FileError(
      file,
      1,
      `file is ${(size / 1024 / 1024).toFixed(1)} MiB; workflow files over 2 MiB are not analysed`
    );
  }
  let text;
  if (typeof content === "string") {
    text = content;
  } else {
    try {
      text = utf8.decode(content);
    } catch {
      throw new FileError(
        file,
        lineOfInvalidUtf8(content),
        "not valid UTF-8 text; workflow files must be UTF-8"
      );
    }
  }
  const nul = text.indexOf("\0");
  if (nul >= 0)
    throw new FileError(file, lineAt(text, nul), "contains NUL bytes: a binary file, not a workflow");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function lineOfInvalidUtf8(bytes) {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const len = b < 128 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (len === 0) return line;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 192) !== 128) return line;
    if (b === 10) line++;
    i += len;
  }
  return line;
}
var CORE_TAGS = new import_yaml.Schema({}).tags.filter(
  (t) => t.default === true && "test" in t && t.test instanceof RegExp
);
function plainText(source) {
  const c = source.charCodeAt(0);
  const maybeTagged = source.length === 0 || c === 126 || c === 43 || c === 45 || c === 46 || c >= 48 && c <= 57 ? true : /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source);
  if (!maybeTagged) return source;
  for (const tag of CORE_TAGS) {
    if (!tag.test.test(source)) continue;
    const v = tag.resolve(source, () => void 0, {});
    if (v === null || v === void 0) return "";
    if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
    return source;
  }
  return source;
}
var Reader = class {
  constructor(text) {
    this.text = text;
  }
  text;
  error = null;
  anchors = /* @__PURE__ */ new Map();
  depth = 0;
  read(tokens) {
    let root = null;
    let docs = 0;
    for (const tok of tokens) {
      if (tok.type === "document") {
        if (++docs > 1) {
          this.fail(tok.offset, "Source contains multiple documents");
          continue;
        }
        this.props(tok.start);
        root = this.node(tok.value, tok.start);
        this.props(tok.end);
      } else if (tok.type === "error") {
        this.fail(tok.offset, tok.message);
      } else if (tok.type === "doc-end") {
        this.props(tok.end);
      }
    }
    return root;
  }
  fail(offset, message) {
    this.error ??= { offset, message };
  }
  /**
   * Checks a run of property tokens (the composer's checks that real files trip over: error tokens and tabs used
   * as indentation); returns the anchor they set, if any. `atNewline`: the run starts a line.
   */
  props(tokens, atNewline = false, next) {
    let anchor;
    if (!tokens) return anchor;
    let tab = null;
    for (const t of tokens) {
      if (tab && atNewline && t.type !== "comment" && t.type !== "newline")
        this.fail(tab.offset, "Tabs are not allowed as indentation");
      tab = null;
      if (t.type === "space") {
        if (t.source.includes("	")) tab = t;
      } else if (t.type === "newline") {
        atNewline = true;
      } else if (t.type === "error") {
        this.fail(t.offset, t.message);
      } else {
        if (t.type === "anchor") anchor = t.source.slice(1);
        atNewline = false;
      }
    }
    if (tab && atNewline && (next?.type === "block-map" || next?.type === "block-seq"))
      this.fail(tab.offset, "Tabs are not allowed as indentation");
    return anchor;
  }
  node(tok, props, atNewline = false) {
    const anchor = this.props(props, atNewline, tok);
    if (!tok) {
      return null;
    }
    const n = this.value(tok);
    if (anchor !== void 0 && n) this.anchors.set(anchor, n);
    return n;
  }
  value(tok) {
    if (tok.type === "alias") {
      this.props(tok.end);
      const target = this.anchors.get(tok.source.slice(1));
      if (!target) {
        this.fail(tok.offset, `Aliased anchor not found: ${tok.source.slice(1)}`);
        return null;
      }
      const end = tok.offset + tok.source.length;
      return { kind: "alias", start: tok.offset, end, nodeEnd: afterTokens(tok.end, end), target };
    }
    if (import_yaml.CST.isScalar(tok)) return this.scalar(tok);
    if (import_yaml.CST.isCollection(tok)) {
      if (this.depth >= MAX_NESTING) {
        this.fail(tok.offset, `collections nested more than ${MAX_NESTING} deep`);
        return null;
      }
      this.depth++;
      try {
        return tok.type === "block-map" ? this.blockMap(tok) : tok.type === "block-seq" ? this.blockSeq(tok) : this.flow(tok);
      } finally {
        this.depth--;
      }
    }
    this.fail(tok.offset, tok.type === "error" ? tok.message : `Unexpected ${tok.type} token`);
    return null;
  }
  scalar(tok) {
    const r = import_yaml.CST.resolveAsScalar(tok, true, (offset, _code, message) => this.fail(offset, message));
    if (tok.type !== "block-scalar") this.props(tok.end);
    const style = tok.type === "single-quoted-scalar" ? "single" : tok.type === "double-quoted-scalar" ? "double" : tok.type === "block-scalar" ? r.type === "BLOCK_FOLDED" ? "folded" : "literal" : "plain";
    return {
      kind: "scalar",
      value: style === "plain" ? plainText(r.value) : r.value,
      style,
      start: r.range[0],
      end: r.range[1],
      nodeEnd: r.range[2]
    };
  }
  blockMap(tok) {
    const map = { kind: "map", pairs: [], start: tok.offset, end: tok.offset, nodeEnd: tok.offset };
    const seen = /* @__PURE__ */ new Set();
    for (const item of tok.items) {
      const key = this.node(item.key, item.start, true);
      const explicit = item.start.find((t) => t.type === "explicit-key-ind");
      const keyIndent = explicit ? explicit.indent : item.key && "indent" in item.key ? item.key.indent : tok.indent;
      if (keyIndent !== tok.indent) {
        this.fail(
          explicit?.offset ?? item.key?.offset ?? tok.offset,
          "All mapping items must start at the same column"
        );
      }
      if (item.key && !item.explicitKey && !hasToken(item.sep, "map-value-ind")) {
        this.fail(item.key.offset, "Implicit map keys need to be followed by map values");
      }
      if (key?.kind === "scalar" && key.style !== "literal" && key.style !== "folded") {
        if (this.text.slice(key.start, key.end).includes("\n"))
          this.fail(key.start, "Implicit keys need to be on a single line");
      }
      if (item.value?.type === "block-map" && !item.explicitKey && !hasToken(item.sep, "newline")) {
        this.fail(item.value.offset, "Nested mappings are not allowed in compact mappings");
      }
      this.uniqueKey(seen, key);
      const value = this.node(item.value, item.sep);
      map.pairs.push({ key, value });
      map.end = map.nodeEnd = Math.max(map.end, value?.nodeEnd ?? key?.nodeEnd ?? map.end);
    }
    return map;
  }
  blockSeq(tok) {
    const seq = {
      kind: "seq",
      items: [],
      start: tok.offset,
      end: tok.offset + 1,
      nodeEnd: tok.offset + 1
    };
    for (const item of tok.items) {
      const value = this.node(item.value, item.start, true);
      seq.items.push(value);
      seq.end = seq.nodeEnd = Math.max(seq.end, value?.nodeEnd ?? seq.end);
    }
    return seq;
  }
  flow(tok) {
    const isMapping = tok.start.source === "{";
    const close = tok.end.find((t) => t.type === "flow-map-end" || t.type === "flow-seq-end");
    if (!close)
      this.fail(
        tok.start.offset,
        `Expected flow ${isMapping ? "map" : "sequence"} to end with ${isMapping ? "}" : "]"}`
      );
    else if (close.source === "}" !== isMapping)
      this.fail(close.offset, `Unexpected ${close.source} in flow ${isMapping ? "map" : "sequence"}`);
    this.props(tok.end);
    const start = tok.start.offset;
    const end = close ? close.offset + 1 : start + 1;
    const nodeEnd = afterTokens(tok.end, end);
    if (isMapping) {
      const map = { kind: "map", pairs: [], start, end, nodeEnd };
      const seen = /* @__PURE__ */ new Set();
      for (const item of tok.items) {
        const key = this.node(item.key, item.start);
        this.uniqueKey(seen, key);
        map.pairs.push({ key, value: this.node(item.value, item.sep) });
      }
      return map;
    }
    const seq = { kind: "seq", items: [], start, end, nodeEnd };
    for (const item of tok.items) {
      if (item.key !== void 0 || item.sep !== void 0) {
        const key = this.node(item.key, item.start);
        const value = this.node(item.value, item.sep);
        const pairEnd = value?.nodeEnd ?? key?.nodeEnd ?? start;
        const pairStart = key?.start ?? start;
        seq.items.push({
          kind: "map",
          pairs: [{ key, value }],
          start: pairStart,
          end: pairEnd,
          nodeEnd: pairEnd
        });
      } else {
        seq.items.push(this.node(item.value, item.start));
      }
    }
    return seq;
  }
  uniqueKey(seen, key) {
    const k = key?.kind === "alias" ? key.target : key;
    if (k?.kind !== "scalar") return;
    if (seen.has(k.value)) this.fail(key.start, "Map keys must be unique");
    seen.add(k.value);
  }
};
function afterTokens(tokens, end) {
  const last = tokens?.at(-1);
  return last ? Math.max(end, last.offset + last.source.length) : end;
}
function hasToken(tokens, type) {
  if (!tokens) return false;
  for (const t of tokens) if (t.type === type) return true;
  return false;
}
function deref(y, node) {
  if (!node) return null;
  if (node.kind !== "alias") return node;
  if (--y.aliasBudget < 0) {
    throw new FileError(
      y.file,
      posOf(y, node).line,
      `more than ${MAX_ALIAS_EXPANSIONS} alias expansions (a YAML alias bomb?)`
    );
  }
  return node.target;
}
function posOf(y, node) {
  const startOff = node?.start ?? 0;
  const start = y.lines.linePos(startOff);
  const end = y.lines.linePos(Math.max(startOff, (node?.end ?? 0) - 1));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
function entries(y, map) {
  const out = [];
  for (const pair of map.pairs) {
    const keyNode = deref(y, pair.key);
    if (!keyNode || keyNode.kind !== "scalar") continue;
    out.push({ key: keyNode.value, keyNode, value: deref(y, pair.value) });
  }
  return out;
}
function asMap(y, node) {
  const n = deref(y, node);
  return n && n.kind === "map" ? n : null;
}
function asSeqItems(y, node) {
  const n = deref(y, node);
  if (!n || n.kind !== "seq") return null;
  const out = [];
  for (const i of n.items) {
    const d = deref(y, i);
    if (d) out.push(d);
  }
  return out;
}
function toStr(y, node) {
  const n = deref(y, node);
  if (!n || n.kind !== "scalar") return null;
  return {
    value: n.value,
    pos: posOf(y, n),
    exprs: n.value.includes("${{") ? expressionsIn(n.value) : [],
    locate: locator(y, n)
  };
}
function locator(y, node) {
  const start = node.start;
  const value = node.value;
  if (node.style === "literal" || node.style === "folded") {
    const headerEnd = y.text.indexOf("\n", start);
    const bodyStart = headerEnd < 0 ? y.text.length : headerEnd + 1;
    return (offset) => {
      const firstLine2 = y.lines.linePos(bodyStart).line;
      const indent = blockIndent(y.text, bodyStart);
      let line = 0;
      let lineStart = 0;
      for (let i = value.indexOf("\n"); i >= 0 && i < offset; i = value.indexOf("\n", i + 1)) {
        line++;
        lineStart = i + 1;
      }
      return { line: firstLine2 + line, column: indent + (offset - lineStart) + 1 };
    };
  }
  const quoted = node.style === "double" || node.style === "single" ? 1 : 0;
  const end = node.end;
  return (offset) => {
    const p = y.lines.linePos(Math.min(start + quoted + offset, Math.max(start, end - 1)));
    return { line: p.line, column: p.col };
  };
}
function blockIndent(text, from) {
  let i = from;
  while (i < text.length) {
    let n = 0;
    while (text[i + n] === " ") n++;
    const c = text[i + n];
    if (c !== "\n" && c !== "\r") return n;
    i += n + 1;
  }
  return 0;
}

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
    const s = e.value === null ? { ...str(y, e.keyNode, field), value: "", exprs: [] } : toStr(y, e.value) ?? flattenToStr(y, e.value);
    out.set(e.key, s);
  }
  return out;
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
function get(y, map, key) {
  return index(y, map).get(key) ?? null;
}
function has(y, map, key) {
  return index(y, map).has(key);
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
  FileError,
  buildModel
};
