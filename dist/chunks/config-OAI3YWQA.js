import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  JOB_ID,
  RULE_ID
} from "./chunk-EKKHMLW6.js";
import {
  LineCounter,
  Scalar,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit
} from "./chunk-E7AQUCQ4.js";
import {
  inputError
} from "./chunk-S2LNTRLH.js";
import {
  SECRET_PATTERN,
  SYNTHETIC_SECRETS
} from "./chunk-BW6K7SVA.js";
import {
  parseEndpoint
} from "./chunk-4LRHTQF6.js";
import "./chunk-XXN2UIB3.js";

// src/policy/config.ts
var CONFIG_VERSION = 1;
var MAX_CONFIG_BYTES = 256 * 1024;
var MAX_ALIAS_COUNT = 100;
var RULE_LEVELS = ["off", "error", "warning", "note"];
var TOP_KEYS = [
  "$schema",
  "version",
  "affinity",
  "allowed-endpoints",
  "jobs",
  "secrets",
  "suppress",
  "rules",
  "egress"
];
var LIST_KEYS = ["allowed-endpoints"];
var SUPPRESS_KEYS = ["rule", "reason", "file", "job", "step", "secret", "destination"];
var EGRESS_KEYS = ["fail-on-block", "allowed-endpoints", "jobs"];
function loadPolicyConfig(text, file, options = {}) {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_CONFIG_BYTES) {
    throw inputError(
      { file, field: "(file)" },
      `${Math.ceil(bytes / 1024)} KiB; a policy file may be at most ${MAX_CONFIG_BYTES / 1024} KiB`
    );
  }
  const lineCounter = new LineCounter();
  let doc;
  const source = text.replace(/^\uFEFF/, "");
  try {
    doc = parseDocument(source, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      version: "1.2"
    });
  } catch (error) {
    const why = error instanceof RangeError ? "nesting is too deep" : "could not be parsed";
    throw inputError({ file, line: 1, field: "YAML" }, why);
  }
  const reader = new Reader(source, file, doc, lineCounter, options);
  return reader.read();
}
var Reader = class {
  constructor(text, file, doc, lc, options) {
    this.text = text;
    this.file = file;
    this.doc = doc;
    this.lc = lc;
    this.options = options;
  }
  text;
  file;
  doc;
  lc;
  options;
  aliases = 0;
  read() {
    const { doc } = this;
    const yamlError = doc.errors[0];
    if (yamlError) {
      const line = this.lc.linePos(yamlError.pos[0]).line;
      const first = yamlError.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "";
      const message = /call stack/i.test(first) ? "nesting is too deep" : first || "invalid YAML";
      throw inputError({ file: this.file, line, field: "YAML" }, message);
    }
    this.checkAliasExpansion();
    const root = doc.contents;
    const expectedRoot = `expected a mapping that starts with "version: ${CONFIG_VERSION}"`;
    if (root === null || isScalar(root) && root.value === null) {
      throw inputError({ file: this.file, line: 1, field: "(root)" }, `the file is empty; ${expectedRoot}`);
    }
    const top = this.mapping(root, "(root)", expectedRoot);
    const config = {
      file: this.file,
      version: CONFIG_VERSION,
      allowedEndpoints: [],
      jobs: /* @__PURE__ */ new Map(),
      secrets: [],
      suppressions: [],
      rules: /* @__PURE__ */ new Map(),
      egress: { allowedEndpoints: [], jobs: /* @__PURE__ */ new Map() }
    };
    const pairs = this.pairs(top, "", TOP_KEYS);
    const version = pairs.get("version");
    if (!version) {
      throw this.fail(
        top,
        "version",
        `missing; expected "version: ${CONFIG_VERSION}" (the format of this file)`
      );
    }
    const v = this.resolve(version.value, "version");
    if (!isScalar(v) || v.value !== CONFIG_VERSION) {
      throw this.fail(v, "version", `${this.describe(v)} is not supported; expected ${CONFIG_VERSION}`);
    }
    for (const [key, pair] of pairs) {
      const value = this.resolve(pair.value, key);
      switch (key) {
        case "$schema":
          this.string(value, key);
          break;
        case "version":
          break;
        case "affinity":
          config.affinity = this.boolean(value, key);
          break;
        case "allowed-endpoints":
          config.allowedEndpoints = this.endpoints(value, key);
          break;
        case "jobs":
          config.jobs = this.jobs(value, key);
          break;
        case "secrets":
          config.secrets = this.secrets(value, key);
          break;
        case "suppress":
          config.suppressions = this.suppressions(value, key);
          break;
        case "rules":
          config.rules = this.rules(value, key);
          break;
        case "egress":
          config.egress = this.egress(value, key);
          break;
      }
    }
    return config;
  }
  // \u{2500}\u{2500} sections \u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}
  jobs(node, field) {
    const out = /* @__PURE__ */ new Map();
    for (const [id, pair] of this.pairs(this.mapping(node, field, "expected a mapping of job ids"), field)) {
      const at = `${field}.${id}`;
      if (!JOB_ID.test(id)) {
        throw this.fail(pair.key, at, `"${id}" is not a job id; expected letters, digits, "_" and "-"`);
      }
      out.set(id, this.listHolder(this.resolve(pair.value, at), at));
    }
    return out;
  }
  secrets(node, field) {
    const out = [];
    const map = this.mapping(node, field, "expected a mapping of secret names or NAME_* patterns");
    for (const [pattern, pair] of this.pairs(map, field)) {
      const at = `${field}.${pattern}`;
      const problem = secretPatternProblem(pattern);
      if (problem) throw this.fail(pair.key, at, problem);
      out.push({ pattern, endpoints: this.listHolder(this.resolve(pair.value, at), at) });
    }
    return out;
  }
  /** `{ allowed-endpoints: \u{2026} }`, the shape of a job or secret entry. */
  listHolder(node, field) {
    const map = this.mapping(node, field, "expected a mapping with allowed-endpoints");
    const list = this.pairs(map, field, LIST_KEYS).get("allowed-endpoints");
    return list ? this.endpoints(this.resolve(list.value, `${field}.allowed-endpoints`), `${field}.allowed-endpoints`) : [];
  }
  suppressions(node, field) {
    if (!isSeq(node)) throw this.fail(node, field, `${this.describe(node)}; expected a list of suppressions`);
    return node.items.map((item, i) => {
      const at = `${field}[${i}]`;
      const map = this.mapping(this.resolve(item, at), at, "expected a mapping with rule and reason");
      const pairs = this.pairs(map, at, SUPPRESS_KEYS);
      const get = (key) => {
        const pair = pairs.get(key);
        return pair ? this.resolve(pair.value, `${at}.${key}`) : void 0;
      };
      const ruleNode = get("rule");
      if (!ruleNode) throw this.fail(map, `${at}.rule`, "missing; expected the id of the rule to suppress");
      const rule = this.ruleId(ruleNode, `${at}.rule`);
      const reasonNode = get("reason");
      if (!reasonNode) {
        throw this.fail(
          map,
          `${at}.reason`,
          "missing; every suppression needs a reason saying why it is accepted"
        );
      }
      const reason = this.string(reasonNode, `${at}.reason`).trim();
      if (reason === "") {
        throw this.fail(
          reasonNode,
          `${at}.reason`,
          "is empty; every suppression needs a reason saying why it is accepted"
        );
      }
      const s = { rule, reason };
      const file = get("file");
      if (file) s.file = this.nonEmpty(file, `${at}.file`, "a file path or glob");
      const job = get("job");
      if (job) {
        s.job = this.string(job, `${at}.job`, "a job id");
        if (!JOB_ID.test(s.job)) {
          throw this.fail(
            job,
            `${at}.job`,
            `"${s.job}" is not a job id; expected letters, digits, "_" and "-"`
          );
        }
      }
      const step = get("step");
      if (step) s.step = this.step(step, `${at}.step`);
      const secret = get("secret");
      if (secret) {
        s.secret = this.string(secret, `${at}.secret`, "a secret name or NAME_* pattern");
        const problem = secretPatternProblem(s.secret, true);
        if (problem) throw this.fail(secret, `${at}.secret`, problem);
      }
      const destination = get("destination");
      if (destination) {
        s.destination = this.nonEmpty(destination, `${at}.destination`, "an endpoint");
        const parsed = parseEndpoint(s.destination);
        if ("error" in parsed) throw this.fail(destination, `${at}.destination`, parsed.error);
      }
      return s;
    });
  }
  rules(node, field) {
    const out = /* @__PURE__ */ new Map();
    for (const [id, pair] of this.pairs(this.mapping(node, field, "expected a mapping of rule ids"), field)) {
      const at = `${field}.${id}`;
      this.checkRuleId(id, pair.key, at);
      const value = this.resolve(pair.value, at);
      const level = isScalar(value) ? value.value : void 0;
      if (typeof level !== "string" || !RULE_LEVELS.includes(level)) {
        throw this.fail(value, at, `${this.describe(value)}; expected one of: ${RULE_LEVELS.join(", ")}`);
      }
      out.set(id, level);
    }
    return out;
  }
  egress(node, field) {
    const map = this.mapping(node, field, "expected a mapping with fail-on-block, allowed-endpoints, jobs");
    const out = { allowedEndpoints: [], jobs: /* @__PURE__ */ new Map() };
    for (const [key, pair] of this.pairs(map, field, EGRESS_KEYS)) {
      const at = `${field}.${key}`;
      const value = this.resolve(pair.value, at);
      if (key === "fail-on-block") out.failOnBlock = this.boolean(value, at);
      else if (key === "allowed-endpoints") out.allowedEndpoints = this.endpoints(value, at);
      else out.jobs = this.jobs(value, at);
    }
    return out;
  }
  // \u{2500}\u{2500} values \u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}
  /** A list of entries, or one string of entries separated by spaces, commas or newlines (`#` comments). */
  endpoints(node, field) {
    if (isScalar(node) && node.value === null) return [];
    if (isSeq(node)) {
      return node.items.map((item, i) => {
        const at = `${field}[${i}]`;
        const value = this.resolve(item, at);
        const parsed = parseEndpoint(
          this.string(value, at, "an endpoint (host, *.host, host:port, IP or CIDR)")
        );
        if ("error" in parsed) throw this.fail(value, at, parsed.error);
        return parsed;
      });
    }
    if (isScalar(node) && typeof node.value === "string") {
      const text = node.value;
      const out = [];
      let cursor = node.range?.[0] ?? 0;
      for (const raw of text.split(/\r?\n/).flatMap((l) => l.replace(/#.*/, "").split(/[\s,]+/))) {
        if (raw === "") continue;
        const found = this.sourceIndex(raw, cursor, node);
        if (found >= 0) cursor = found + raw.length;
        const parsed = parseEndpoint(raw);
        if ("error" in parsed) {
          const line = this.lc.linePos(found >= 0 ? found : node.range?.[0] ?? 0).line;
          throw inputError({ file: this.file, line, field: `${field}[${out.length}]` }, parsed.error);
        }
        out.push(parsed);
      }
      return out;
    }
    throw this.fail(
      node,
      field,
      `${this.describe(node)}; expected a list of endpoints, or one string of them`
    );
  }
  /** Offset of an entry of a string list inside the scalar's source range, or -1. */
  sourceIndex(raw, from, node) {
    const at = this.text.indexOf(raw, from);
    const end = node.range?.[1];
    return at >= 0 && (end === void 0 || at < end) ? at : -1;
  }
  ruleId(node, field) {
    const id = this.string(node, field, "a rule id");
    this.checkRuleId(id, node, field);
    return id;
  }
  checkRuleId(id, node, field) {
    if (!RULE_ID.test(id)) {
      throw this.fail(
        node,
        field,
        `"${id}" is not a rule id; expected kebab-case like secret-to-unlisted-host`
      );
    }
    const known = this.options.knownRules;
    if (known && !known.has(id)) {
      const hint = closest(id, [...known]);
      throw this.fail(node, field, `unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ""}`);
    }
  }
  step(node, field) {
    if (isScalar(node) && typeof node.value === "number" && Number.isInteger(node.value) && node.value >= 0) {
      return String(node.value);
    }
    return this.nonEmpty(node, field, "a step id, name, or 0-based index");
  }
  boolean(node, field) {
    if (isScalar(node) && typeof node.value === "boolean") return node.value;
    throw this.fail(node, field, `${this.describe(node)}; expected true or false`);
  }
  string(node, field, expected = "a string") {
    if (isScalar(node) && typeof node.value === "string") return node.value;
    throw this.fail(node, field, `${this.describe(node)}; expected ${expected}`);
  }
  nonEmpty(node, field, expected) {
    const value = this.string(node, field, expected).trim();
    if (value === "") throw this.fail(node, field, `is empty; expected ${expected}`);
    return value;
  }
  // \u{2500}\u{2500} structure \u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}
  mapping(node, field, expected) {
    if (isMap(node)) return node;
    throw this.fail(node, field, `${this.describe(node)}; ${expected}`);
  }
  /** The pairs of a mapping by key; with `allowed`, any other key is an error that suggests the closest one. */
  pairs(map, field, allowed) {
    const out = /* @__PURE__ */ new Map();
    for (const pair of map.items) {
      const keyNode = pair.key;
      const key = isScalar(keyNode) ? keyNode.value : void 0;
      const at = (k) => field ? `${field}.${k}` : k;
      if (typeof key !== "string" && typeof key !== "number") {
        throw this.fail(keyNode ?? map, at("(key)"), `${this.describe(keyNode)} as a key; expected a name`);
      }
      const name = String(key);
      if (allowed && !allowed.includes(name)) {
        const hint = closest(name, allowed);
        throw this.fail(
          keyNode,
          at(name),
          `unknown key${hint ? `; did you mean "${hint}"?` : ""} (expected one of: ${allowed.join(", ")})`
        );
      }
      out.set(name, pair);
    }
    return out;
  }
  /** Follows an alias to its anchor; the number of alias uses is bounded. */
  resolve(node, field) {
    if (isAlias(node)) {
      if (++this.aliases > MAX_ALIAS_COUNT) {
        throw this.fail(node, field, `more than ${MAX_ALIAS_COUNT} aliases; a policy file needs far fewer`);
      }
      const target = node.resolve(this.doc);
      if (!target) throw this.fail(node, field, `alias *${node.source} has no anchor`);
      return this.resolve(target, field);
    }
    if (node === null || node === void 0) {
      return new Scalar(null);
    }
    return node;
  }
  /** Rejects documents whose aliases would expand exponentially (billion laughs) before walking them. */
  checkAliasExpansion() {
    try {
      this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      if (error instanceof RangeError)
        throw inputError({ file: this.file, line: 1, field: "YAML" }, "nesting is too deep");
      let line = 1;
      visit(this.doc, {
        Alias: (_, alias) => {
          if (alias.range) line = this.lc.linePos(alias.range[0]).line;
          return visit.BREAK;
        }
      });
      throw inputError(
        { file: this.file, line, field: "YAML" },
        `aliases expand too far (limit ${MAX_ALIAS_COUNT}); write the lists out or share fewer`
      );
    }
  }
  lineOf(node) {
    const range = node?.range;
    return range ? this.lc.linePos(range[0]).line : void 0;
  }
  fail(node, field, problem) {
    return inputError({ file: this.file, line: this.lineOf(node) ?? 1, field }, problem);
  }
  describe(node) {
    if (isMap(node)) return "a mapping";
    if (isSeq(node)) return "a list";
    if (isScalar(node)) {
      const v = node.value;
      if (v === null) return "empty";
      if (typeof v === "string") return `"${v.length > 60 ? `${v.slice(0, 57)}...` : v}"`;
      if (typeof v === "number" || typeof v === "boolean") return String(v);
      return "a value of an unsupported type";
    }
    if (isAlias(node)) return "an alias";
    return "nothing";
  }
};
function secretPatternProblem(pattern, allowWholeContext = false) {
  const lower = pattern.toLowerCase();
  if (lower === SYNTHETIC_SECRETS.oidc.toLowerCase()) return null;
  if (lower === SYNTHETIC_SECRETS.allSecrets || lower === SYNTHETIC_SECRETS.environment) {
    return allowWholeContext ? null : `"${pattern}" cannot be given endpoints; a host every secret may reach belongs in allowed-endpoints`;
  }
  if (!SECRET_PATTERN.test(pattern)) {
    return `"${pattern}" is not a secret name; expected NAME, a NAME_* pattern, or "${SYNTHETIC_SECRETS.oidc}"`;
  }
  if (/^\*+$/.test(pattern))
    return `"${pattern}" matches every secret; use the top-level allowed-endpoints instead`;
  return null;
}
function closest(word, options) {
  let best;
  let bestDistance = 3;
  for (const option of options) {
    const d = option.startsWith(word) || word.startsWith(option) ? 1 : distance(word, option);
    if (d < bestDistance) {
      bestDistance = d;
      best = option;
    }
  }
  return best;
}
function distance(a, b) {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    prev = row;
  }
  return prev[b.length] ?? 3;
}
export {
  CONFIG_VERSION,
  MAX_ALIAS_COUNT,
  MAX_CONFIG_BYTES,
  RULE_LEVELS,
  loadPolicyConfig,
  secretPatternProblem
};
