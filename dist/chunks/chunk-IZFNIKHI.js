import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  RULE_ID
} from "./chunk-EKKHMLW6.js";
import {
  rules
} from "./chunk-M3BHJP2Y.js";
import {
  buildModel
} from "./chunk-UMITTMRL.js";
import {
  FileError,
  analyseExpression
} from "./chunk-SCD2Q5QN.js";
import {
  parserFor
} from "./chunk-QET5IY2S.js";
import {
  DOCKER_HUB,
  concatWords,
  destinationForHost,
  destinationOf,
  hostFromText,
  joinSpans,
  literalPrefix,
  literalSuffix,
  literalWord,
  staticText,
  subWord,
  template,
  varNames
} from "./chunk-JLYDGA43.js";
import {
  shortSha256
} from "./chunk-GURDG6HC.js";
import {
  affinityAllows
} from "./chunk-NK54UKDG.js";
import {
  SYNTHETIC_SECRETS,
  isWholeContext,
  nameMatches
} from "./chunk-BW6K7SVA.js";
import {
  byCodeUnit
} from "./chunk-7VTNRWSX.js";
import {
  endpointMatches,
  findMatch,
  formatEndpoint,
  parseEndpoint
} from "./chunk-4LRHTQF6.js";

// src/policy/evaluate.ts
function judgeDestination(policy, query) {
  const { secret, job, host, port } = query;
  if (host === null || host.trim() === "") return { verdict: "unknown" };
  const by = (list, fallback) => {
    const match = findMatch(list, host, port);
    return match ? `${policy.origins?.get(match) ?? fallback} \u2192 ${formatEndpoint(match)}` : void 0;
  };
  const allowedBy = by(policy.global, "policy: allowed-endpoints") ?? (job !== null ? by(policy.jobs.get(job) ?? [], `policy: jobs.${job}`) : void 0) ?? secretEntry(policy, secret, by) ?? affinity(policy, query);
  return allowedBy ? { verdict: "allowed", allowedBy } : { verdict: "denied" };
}
function secretEntry(policy, secret, by) {
  if (isWholeContext(secret)) return void 0;
  for (const entry of policy.secrets) {
    if (!nameMatches(entry.pattern, secret)) continue;
    const found = by(entry.endpoints, `policy: secrets.${entry.pattern}`);
    if (found) return found;
  }
  return void 0;
}
function affinity(policy, query) {
  if (!policy.affinity || query.host === null) return void 0;
  const match = affinityAllows(
    query.secret,
    query.host,
    query.port,
    query.githubServerHost ? { githubServerHost: query.githubServerHost } : {}
  );
  return match ? `affinity: ${match.pattern} \u2192 ${match.endpoint}` : void 0;
}

// src/policy/suppress.ts
var MARKER = /(^|\s)(#|\/\/)\s*exfil-guard\s*:(.*)$/i;
var DIRECTIVE = /^\s*ignore\s*\[([^\]]*)\](.*)$/i;
var USAGE = 'expected "# exfil-guard: ignore[rule-id] reason"';
function parseSuppressionComments(sourceText) {
  if (!/exfil-guard/i.test(sourceText)) return [];
  const lines = sourceText.split(/\r\n|\n|\r/);
  const out = [];
  lines.forEach((text, index) => {
    if (!/exfil-guard/i.test(text)) return;
    const m = MARKER.exec(text);
    if (!m) return;
    const line = index + 1;
    const column = m.index + (m[1] ?? "").length + 1;
    const ownLine = text.slice(0, m.index).trim() === "";
    const [from, to] = ownLine ? coveredBlock(lines, index) : [line, line];
    const base2 = { line, column, from, to };
    const directive = DIRECTIVE.exec(m[3] ?? "");
    if (!directive) {
      out.push({ ...base2, rule: "", reason: "", problem: `unrecognised exfil-guard comment; ${USAGE}` });
      return;
    }
    const rules2 = (directive[1] ?? "").split(",").map((r) => r.trim());
    const reason = (directive[2] ?? "").trim();
    if (rules2.every((r) => r === "")) {
      out.push({ ...base2, rule: "", reason, problem: `ignore[] names no rule; ${USAGE}` });
      return;
    }
    for (const rule of rules2) {
      if (!RULE_ID.test(rule)) {
        out.push({ ...base2, rule, reason, problem: `"${rule}" is not a rule id; ${USAGE}` });
      } else if (reason === "") {
        out.push({ ...base2, rule, reason, problem: `suppression without a reason is ignored; ${USAGE}` });
      } else {
        out.push({ ...base2, rule, reason });
      }
    }
  });
  return out;
}
function coveredBlock(lines, index) {
  let start = index + 1;
  while (start < lines.length && /^\s*((#|\/\/).*)?$/.test(lines[start] ?? "")) start++;
  if (start >= lines.length) return [index + 1, index + 1];
  const indent = indentOf(lines[start] ?? "");
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const text = lines[i] ?? "";
    if (text.trim() === "") continue;
    if (indentOf(text) <= indent) break;
    end = i;
  }
  return [start + 1, end + 1];
}
function indentOf(text) {
  return /^[ \t]*/.exec(text)?.[0].length ?? 0;
}
function findSuppression(policy, finding, lineComments) {
  const config = policy.suppressions.find((s) => configMatches(s, finding));
  if (config) return { reason: config.reason, by: "config" };
  const line = finding.location.line;
  const comment = lineComments.find((c) => {
    const extra = c;
    if (extra.problem !== void 0 || c.reason.trim() === "" || c.rule !== finding.rule) return false;
    if (extra.from !== void 0 && extra.to !== void 0) return line >= extra.from && line <= extra.to;
    return line === c.line || line === c.line + 1;
  });
  return comment ? { reason: comment.reason, by: "comment" } : null;
}
function configMatches(s, f) {
  if (s.rule !== f.rule) return false;
  if (s.file !== void 0 && !fileMatches(s.file, f.location.file)) return false;
  if (s.job !== void 0 && s.job !== f.job) return false;
  if (s.step !== void 0 && !stepMatches(s.step, f)) return false;
  if (s.secret !== void 0) {
    const pattern = s.secret;
    if (f.secrets.length === 0 || !f.secrets.every((name) => nameMatches(pattern, name))) return false;
  }
  if (s.destination !== void 0) {
    const endpoint = parseEndpoint(s.destination);
    if ("error" in endpoint) return false;
    if (f.destinations.length === 0) return false;
    if (!f.destinations.every((d) => destinationMatches(endpoint, d))) return false;
  }
  return true;
}
function stepMatches(step, f) {
  if (f.step === null) return false;
  return step === String(f.step) || step === f.stepName || typeof f.stepId === "string" && step === f.stepId;
}
function destinationMatches(endpoint, d) {
  const parsed2 = parseEndpoint(d);
  if ("error" in parsed2 || parsed2.kind === "cidr") return endpointMatches(endpoint, d);
  const host = parsed2.kind === "host" ? parsed2.host : parsed2.address;
  return endpointMatches(endpoint, host, parsed2.port);
}
function fileMatches(pattern, path) {
  const normal = path.replace(/\\/g, "/").replace(/^\.\//, "");
  const target = pattern.includes("/") ? normal : normal.split("/").at(-1) ?? normal;
  const body = pattern.replace(/^\.\//, "").split(/(\*\*\/?|\*|\?)/).map((part) => {
    if (part === "**/") return "(?:.*/)?";
    if (part === "**") return ".*";
    if (part === "*") return "[^/]*";
    if (part === "?") return "[^/]";
    return part.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }).join("");
  return new RegExp(`^${body}$`).test(target);
}

// src/scripts/placeholders.ts
var PREFIX = "EGX";
function expressionEnd(text, open) {
  let i = open + 3;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 39) {
      i++;
      while (i < text.length) {
        if (text.charCodeAt(i) === 39) {
          if (text.charCodeAt(i + 1) === 39) i += 2;
          else break;
        } else i++;
      }
      i++;
    } else if (c === 125 && text.charCodeAt(i + 1) === 125) {
      return i + 2;
    } else i++;
  }
  return -1;
}
function substituteExpressions(text) {
  let at2 = text.indexOf("${{");
  if (at2 < 0) return { text, exprs: [] };
  const exprs = [];
  let out = "";
  let last = 0;
  while (at2 >= 0) {
    const end = expressionEnd(text, at2);
    if (end < 0) break;
    const index = exprs.length;
    const base2 = PREFIX + String(index);
    const len = end - at2;
    const placeholder = len > base2.length ? base2 + "X".repeat(len - base2.length) : base2;
    out += text.slice(last, at2) + placeholder;
    const start = out.length - placeholder.length;
    exprs.push({ text: text.slice(at2, end), start, end: start + placeholder.length, placeholder });
    last = end;
    at2 = text.indexOf("${{", end);
  }
  out += text.slice(last);
  return { text: out, exprs };
}
var PLACEHOLDER = /EGX(\d+)/g;
function splitPlaceholders(text, exprs) {
  if (exprs.length === 0 || !text.includes(PREFIX)) return text === "" ? [] : [{ kind: "literal", text }];
  const parts = [];
  let last = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const index = Number(m[1]);
    const expr = exprs[index];
    if (!expr || !text.startsWith(expr.placeholder, m.index)) continue;
    if (m.index > last) parts.push({ kind: "literal", text: text.slice(last, m.index) });
    parts.push({ kind: "expr", index });
    last = m.index + expr.placeholder.length;
    PLACEHOLDER.lastIndex = last;
  }
  if (last < text.length) parts.push({ kind: "literal", text: text.slice(last) });
  return parts;
}

// src/scripts/builder.ts
var MAX_WALK_DEPTH = 400;
var Builder = class {
  constructor(text, exprs) {
    this.text = text;
    this.exprs = exprs;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }
  text;
  exprs;
  ops = [];
  errors = [];
  inlines = [];
  lineStarts = [0];
  depthReported = false;
  push(op) {
    this.ops.push(op);
    return this.ops.length - 1;
  }
  /** A function definition: its body is every op that `walkBody` pushes (listed inline after it). */
  defineFunction(name, start, end, walkBody) {
    const fn = { kind: "function", name, body: [], span: this.span(start, end) };
    this.push(fn);
    const before = this.ops.length;
    walkBody();
    for (let i = before; i < this.ops.length; i++) fn.body.push(i);
  }
  span(start, end) {
    const a = this.position(start);
    const b = this.position(end);
    return { line: a[0], column: a[1], endLine: b[0], endColumn: b[1], start, end };
  }
  position(offset) {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, offset - (starts[lo] ?? 0) + 1];
  }
  error(message, start, end) {
    if (this.errors.length < 8) this.errors.push({ message, span: this.span(start, end) });
  }
  /** Returns false (and reports once) when a walker has recursed too deep. */
  depthOk(depth, start, end) {
    if (depth < MAX_WALK_DEPTH) return true;
    if (!this.depthReported) {
      this.depthReported = true;
      this.error(`nesting deeper than ${MAX_WALK_DEPTH} levels was not analysed`, start, end);
    }
    return false;
  }
  word(start, end, parts, extra) {
    const w = { raw: this.text.slice(start, end), parts, span: this.span(start, end) };
    if (extra?.props) w.props = extra.props;
    if (extra?.items) w.items = extra.items;
    return w;
  }
  /** Appends literal text (splitting out placeholders) to a part list. */
  literal(out, text) {
    if (text === "") return;
    for (const p of splitPlaceholders(text, this.exprs)) addPart(out, p);
  }
};
function own(table, key) {
  return Object.hasOwn(table, key) ? table[key] : void 0;
}
function setProp(props, key, value) {
  Object.defineProperty(props, key, { value, enumerable: true, writable: true, configurable: true });
}
function addPart(out, p) {
  if (p.kind === "literal") {
    if (p.text === "") return;
    const last = out[out.length - 1];
    if (last?.kind === "literal") {
      out[out.length - 1] = { kind: "literal", text: last.text + p.text };
      return;
    }
  }
  out.push(p);
}
function addParts(out, parts) {
  for (const p of parts) addPart(out, p);
}
function staticText2(w) {
  if (!w) return void 0;
  let s = "";
  for (const p of w.parts) {
    if (p.kind !== "literal") return void 0;
    s += p.text;
  }
  return s;
}
function joinWords(b, words, sep) {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return void 0;
  if (words.length === 1) return first;
  const parts = [];
  words.forEach((w, i) => {
    if (i > 0) addPart(parts, { kind: "literal", text: sep });
    addParts(parts, w.parts);
  });
  return b.word(first.span.start, last.span.end, parts);
}
function codeText(w, exprs) {
  let s = "";
  for (const p of w.parts) {
    switch (p.kind) {
      case "literal":
        s += p.text;
        break;
      case "expr":
        s += exprs[p.index]?.text ?? "";
        break;
      case "var":
        s += "${" + p.name + "}";
        break;
      case "env-all":
      case "output":
      case "dynamic":
        s += "EGDYN";
        break;
    }
  }
  return s;
}

// src/scripts/shell.ts
function interpreterLanguage(command) {
  const base2 = (command.split(/[\\/]/).pop() ?? "").toLowerCase().replace(/\.exe$/, "");
  if (/^(ba|da|z|k|a)?sh$/.test(base2)) return "bash";
  if (base2 === "pwsh" || base2 === "powershell") return "powershell";
  if (/^python[\d.]*$/.test(base2) || /^pypy[\d.]*$/.test(base2)) return "python";
  if (base2 === "node" || base2 === "nodejs") return "javascript";
  if (base2 === "ruby") return "ruby";
  if (base2 === "perl") return "perl";
  if (base2 === "cmd") return "cmd";
  return "unknown";
}
function shellLanguage(shell) {
  const words = shell.trim().split(/\s+/);
  let first = words[0] ?? "";
  if (/(^|[\\/])env$/.test(first)) first = words.find((w, i) => i > 0 && !w.startsWith("-")) ?? first;
  return interpreterLanguage(first);
}

// src/scripts/commands.ts
var none = /* @__PURE__ */ new Set();
var WRAPPERS = {
  sudo: {
    valued: /* @__PURE__ */ new Set([
      "-u",
      "-g",
      "-h",
      "-p",
      "-C",
      "-D",
      "-r",
      "-t",
      "-U",
      "-T",
      "--user",
      "--group",
      "--host"
    ]),
    stop: /* @__PURE__ */ new Set(["-l", "-v", "-k", "-K", "-V", "-e"])
  },
  doas: { valued: /* @__PURE__ */ new Set(["-u", "-C"]) },
  env: { valued: /* @__PURE__ */ new Set(["-u", "-C", "-S", "--unset", "--chdir"]), assignments: true },
  command: { valued: none, stop: /* @__PURE__ */ new Set(["-v", "-V"]) },
  exec: { valued: /* @__PURE__ */ new Set(["-a"]) },
  nohup: { valued: none },
  time: { valued: /* @__PURE__ */ new Set(["-f", "-o"]) },
  nice: { valued: /* @__PURE__ */ new Set(["-n"]) },
  ionice: { valued: /* @__PURE__ */ new Set(["-c", "-n", "-p"]) },
  setsid: { valued: none },
  stdbuf: { valued: /* @__PURE__ */ new Set(["-i", "-o", "-e"]) },
  timeout: { valued: /* @__PURE__ */ new Set(["-s", "-k", "--signal", "--kill-after"]), positional: 1 },
  xargs: {
    valued: /* @__PURE__ */ new Set([
      "-I",
      "-i",
      "-n",
      "-P",
      "-d",
      "-L",
      "-l",
      "-s",
      "-E",
      "-e",
      "-a",
      "--arg-file",
      "--delimiter"
    ])
  }
};
function baseName(name) {
  const i = Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\"));
  return i >= 0 ? name.slice(i + 1) : name;
}
function unwrap(words) {
  const result = { nameIndex: 0, wrappers: [], envAssignments: [] };
  let i = 0;
  for (; ; ) {
    const name = staticText2(words[i]);
    const spec = name === void 0 ? void 0 : own(WRAPPERS, baseName(name));
    if (!spec || name === void 0) return result;
    let j = i + 1;
    let positional = spec.positional ?? 0;
    const envHere = [];
    for (; j < words.length; j++) {
      const t = staticText2(words[j]);
      if (t === void 0) {
        const lead = words[j]?.parts[0];
        if (spec.assignments && lead?.kind === "literal" && /^[A-Za-z_][A-Za-z0-9_]*=/.test(lead.text)) {
          envHere.push(j);
          continue;
        }
        break;
      }
      if (spec.stop?.has(t)) return result;
      if (t === "--") {
        j++;
        break;
      }
      if (t.startsWith("-") && t.length > 1) {
        if (spec.valued.has(t)) j++;
        continue;
      }
      if (spec.assignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(t)) {
        envHere.push(j);
        continue;
      }
      if (positional > 0) {
        positional--;
        continue;
      }
      break;
    }
    if (j >= words.length) return result;
    result.wrappers.push(baseName(name));
    result.envAssignments.push(...envHere);
    result.nameIndex = j;
    i = j;
  }
}
var POWERSHELL_VALUED = /^-(ex|ep|executionpolicy|wd|workingdirectory|of|outputformat|if|inputformat|w|windowstyle|config|configurationname|settingsfile|version|v|psconsolefile|custompipename)$/i;
function inlineCode(name, args, stdin) {
  const language = interpreterLanguage(name);
  const base2 = baseName(name).toLowerCase().replace(/\.exe$/, "");
  const text = (i) => staticText2(args[i]);
  const at2 = (i, l = language) => {
    const code = args[i];
    return code ? { language: l, code } : void 0;
  };
  const fromStdin = () => stdin ? { language, code: stdin } : void 0;
  switch (language) {
    case "bash": {
      for (let i = 0; i < args.length; i++) {
        const t = text(i);
        if (t === void 0) return void 0;
        if (t === "-s" || t === "--") return fromStdin();
        if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(t)) return at2(i + 1);
        if (t === "-o" || t === "+o" || t === "-O" || t === "+O") {
          i++;
          continue;
        }
        if (t.startsWith("-") || t.startsWith("+")) continue;
        return void 0;
      }
      return fromStdin();
    }
    case "python": {
      for (let i = 0; i < args.length; i++) {
        const t = text(i);
        if (t === void 0) return void 0;
        if (t === "-c") return at2(i + 1);
        if (/^-[a-zA-Z]+c$/.test(t)) return at2(i + 1);
        if (t === "-") return fromStdin();
        if (t === "-m") return void 0;
        if (t === "-W" || t === "-X") {
          i++;
          continue;
        }
        if (t.startsWith("-")) continue;
        return void 0;
      }
      return fromStdin();
    }
    case "javascript": {
      for (let i = 0; i < args.length; i++) {
        const t = text(i);
        if (t === void 0) return void 0;
        if (t === "-e" || t === "--eval" || t === "-p" || t === "--print") return at2(i + 1);
        if (t === "-") return fromStdin();
        if (t === "-r" || t === "--require" || t === "--import" || t === "--loader") {
          i++;
          continue;
        }
        if (t.startsWith("-")) continue;
        return void 0;
      }
      return fromStdin();
    }
    case "powershell": {
      for (let i = 0; i < args.length; i++) {
        const t = text(i);
        if (t === void 0) return void 0;
        const lower = t.toLowerCase();
        if (/^-(c|co|com|comm|comma|comman|command)$/.test(lower))
          return commandWords(args.slice(i + 1), language);
        if (/^-(e|ec|en|enc|enco|encod|encode|encoded|encodedc|encodedcommand)$/.test(lower)) {
          const code = args[i + 1];
          return code ? { language, code, encoded: true } : void 0;
        }
        if (/^-(f|fi|fil|file)$/.test(lower)) return void 0;
        if (lower === "-") return fromStdin();
        if (POWERSHELL_VALUED.test(t)) {
          i++;
          continue;
        }
        if (t.startsWith("-")) continue;
        return base2 === "powershell" ? commandWords(args.slice(i), language) : void 0;
      }
      return fromStdin();
    }
    case "ruby":
    case "perl": {
      for (let i = 0; i < args.length; i++) {
        const t = text(i);
        if (t === void 0) return void 0;
        if (t === "-e" || t === "-E") return at2(i + 1);
        if (t.startsWith("-")) continue;
        return void 0;
      }
      return fromStdin();
    }
    case "cmd":
    case "unknown":
      return void 0;
  }
}
function commandWords(words, language) {
  const first = words[0];
  if (!first) return void 0;
  return words.length === 1 ? { language, code: first } : { language, code: first, codeWords: words };
}

// src/scripts/syntax.ts
var MAX_TREE_DEPTH = 600;
var MAX_PROBLEMS = 5;
var tablesByGrammar = /* @__PURE__ */ new WeakMap();
var ERROR_SYMBOL = 65535;
function tablesFor(tree) {
  const lang = tree.language;
  let t = tablesByGrammar.get(lang);
  if (!t) {
    const types = lang.types.map((x) => x ?? "");
    t = { types, named: types.map((_, i) => lang.nodeTypeIsNamed(i)), fields: lang.fields };
    tablesByGrammar.set(lang, t);
  }
  return t;
}
function copyTree(tree, problems) {
  const tables = tablesFor(tree);
  const checkMissing = tree.rootNode.hasError;
  const c = tree.walk();
  try {
    const make = () => {
      const id = c.nodeTypeId;
      const node = {
        type: tables.types[id] ?? (id === ERROR_SYMBOL ? "ERROR" : ""),
        named: tables.named[id] ?? id === ERROR_SYMBOL,
        field: tables.fields[c.currentFieldId] ?? null,
        start: c.startIndex,
        end: -1,
        children: []
      };
      if (problems.length < MAX_PROBLEMS && checkMissing) {
        if (node.type === "ERROR") {
          problems.push({ message: "syntax error", start: node.start, end: c.endIndex });
        } else if (c.nodeIsMissing) {
          problems.push({ message: `missing ${node.type}`, start: node.start, end: node.start });
        }
      }
      return node;
    };
    const root = make();
    root.end = c.endIndex;
    const stack = [root];
    let truncated = false;
    for (; ; ) {
      const top = stack[stack.length - 1];
      if (top && stack.length <= MAX_TREE_DEPTH) {
        if (c.gotoFirstChild()) {
          const child = make();
          top.children.push(child);
          stack.push(child);
          continue;
        }
      } else if (!truncated && c.gotoFirstChild()) {
        c.gotoParent();
        truncated = true;
        problems.push({
          message: `nesting deeper than ${MAX_TREE_DEPTH} levels was not analysed`,
          start: c.startIndex,
          end: c.endIndex
        });
      }
      for (; ; ) {
        const done = stack.pop();
        if (done && done.end < 0) done.end = c.endIndex;
        const parent = stack[stack.length - 1];
        if (!parent) return root;
        if (c.gotoNextSibling()) {
          const sibling = make();
          parent.children.push(sibling);
          stack.push(sibling);
          break;
        }
        c.gotoParent();
      }
    }
  } finally {
    c.delete();
  }
}
function field(n, name) {
  for (const c of n.children) if (c.field === name) return c;
  return void 0;
}

// src/scripts/bash.ts
var NONE = { first: -1, last: -1 };
var WORD_TYPES = /* @__PURE__ */ new Set([
  "word",
  "string",
  "raw_string",
  "ansi_c_string",
  "translated_string",
  "concatenation",
  "simple_expansion",
  "expansion",
  "command_substitution",
  "process_substitution",
  "arithmetic_expansion",
  "number",
  "brace_expression"
]);
var WRITE_OPS = /* @__PURE__ */ new Set([">", ">>", ">|", "&>", "&>>", "<>", ">&"]);
function swallowedNewlines(root, text) {
  const found = [];
  const stack = [root];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === "command" || n.type === "file_redirect") {
      let prev;
      for (const c of n.children) {
        if (c.type.endsWith("_redirect") || c.type === "heredoc_body") break;
        if (prev && c.start > prev.end) {
          for (let i = text.indexOf("\n", prev.end); i >= 0 && i < c.start; i = text.indexOf("\n", i + 1)) {
            if (text.charCodeAt(i - 1) !== 92) {
              found.push(i);
              break;
            }
          }
        }
        prev = c;
      }
    }
    for (const c of n.children) if (c.children.length > 0) stack.push(c);
  }
  return found;
}
function walkBash(root, b) {
  const w = new BashWalker(b);
  w.statements(root, 0);
  w.linkCalls();
}
var BashWalker = class {
  constructor(b) {
    this.b = b;
  }
  b;
  functions = /* @__PURE__ */ new Set();
  src(n) {
    return this.b.text.slice(n.start, n.end);
  }
  statements(n, depth) {
    let first = -1;
    let last = -1;
    for (const c of n.children) {
      if (!c.named) continue;
      const r = this.statement(c, depth + 1);
      if (first < 0) first = r.first;
      if (r.last >= 0) last = r.last;
    }
    return { first, last };
  }
  statement(n, depth, pipeFrom) {
    if (!this.b.depthOk(depth, n.start, n.end)) return NONE;
    switch (n.type) {
      case "command":
        return this.command(n, [], pipeFrom, depth);
      case "redirected_statement":
        return this.redirected(n, pipeFrom, depth);
      case "pipeline":
        return this.pipeline(n.children, depth, pipeFrom);
      case "variable_assignment":
        this.assignment(n, false, depth);
        return NONE;
      case "variable_assignments":
        for (const c of n.children) if (c.type === "variable_assignment") this.assignment(c, false, depth);
        return NONE;
      case "declaration_command":
        this.declaration(n, depth);
        return NONE;
      case "function_definition":
        this.functionDef(n, depth);
        return NONE;
      case "for_statement":
        return this.forLoop(n, depth);
      case "comment":
      case "heredoc_body":
        return NONE;
      default: {
        let first = -1;
        let last = -1;
        for (const c of n.children) {
          if (!c.named) continue;
          if (WORD_TYPES.has(c.type)) {
            this.word(c, depth + 1);
            continue;
          }
          const r = this.statement(c, depth + 1);
          if (first < 0) first = r.first;
          if (r.last >= 0) last = r.last;
        }
        return { first, last };
      }
    }
  }
  pipeline(elements, depth, pipeFrom) {
    let first = -1;
    let prev = pipeFrom ?? -1;
    for (const c of elements) {
      if (!c.named) continue;
      const r = this.statement(c, depth + 1, prev >= 0 ? prev : void 0);
      if (r.first >= 0) {
        const op = this.b.ops[r.first];
        if (op?.kind === "command" && prev >= 0 && op.pipeFrom === void 0) op.pipeFrom = prev;
        if (first < 0) first = r.first;
      }
      if (r.last >= 0) prev = r.last;
    }
    return { first, last: prev };
  }
  redirected(n, pipeFrom, depth) {
    const body = field(n, "body");
    const redirects = n.children.filter((c) => c.field === "redirect");
    if (body?.type === "command") return this.command(body, redirects, pipeFrom, depth);
    const before = this.b.ops.length;
    const r = body ? this.statement(body, depth + 1, pipeFrom) : NONE;
    const built = this.redirects(redirects, depth);
    const targets = [];
    const lastOnly = body?.type === "pipeline" || body?.type === "list";
    if (lastOnly) {
      if (r.last >= 0) targets.push(r.last);
    } else {
      for (let i = before; i < this.b.ops.length; i++) if (this.b.ops[i]?.kind === "command") targets.push(i);
    }
    for (const t of targets) {
      const op = this.b.ops[t];
      if (op?.kind !== "command") continue;
      const hadStdin = op.redirects.some((x) => x.body);
      op.redirects.push(...built.redirects);
      const stdin = built.redirects.find((x) => x.body)?.body;
      if (lastOnly && stdin && !hadStdin) this.inline(op, stdin);
    }
    const content = lastOnly ? [{ kind: "output", ops: r.last >= 0 ? [r.last] : [] }] : [{ kind: "output", ops: range(before, this.b.ops.length) }];
    for (const x of built.redirects) this.write(x, content, n);
    let last = r.last;
    for (const tail of built.tails) last = this.tail(tail, last >= 0 ? last : void 0, depth);
    return { first: r.first, last };
  }
  /** Statements hanging off a here-document redirect (`cat <<EOF | sh`, `<<EOF && x`). */
  tail(n, from, depth) {
    if (n.type === "pipeline") return this.pipeline(n.children, depth, from).last;
    const r = this.statement(n, depth + 1);
    return r.last >= 0 ? r.last : from ?? -1;
  }
  command(n, outer, pipeFrom, depth) {
    const envPrefix = [];
    const words = [];
    const redirectNodes = [];
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === "variable_assignment") {
        const a = this.assignmentOf(c, false, depth);
        if (a) envPrefix.push(a);
      } else if (c.field === "name") {
        words.push(this.word(c.children.find((x) => x.named) ?? c, depth + 1));
      } else if (c.field === "redirect" || c.type.endsWith("_redirect")) {
        redirectNodes.push(c);
      } else if (c.field === "argument" || WORD_TYPES.has(c.type)) {
        words.push(this.word(c, depth + 1));
      } else if (c.type !== "comment") {
        this.statement(c, depth + 1);
      }
    }
    redirectNodes.push(...outer);
    const { redirects, tails } = this.redirects(redirectNodes, depth);
    const u = unwrap(words);
    const nameWord = words[u.nameIndex] ?? this.b.word(n.start, n.start, []);
    for (const i of u.envAssignments) {
      const a = this.envWordAssignment(words[i]);
      if (a) envPrefix.push(a);
    }
    const args = words.slice(u.nameIndex + 1);
    const nameText = staticText2(nameWord);
    const name = nameText === void 0 ? nameWord.raw : baseName(nameText);
    const op = {
      kind: "command",
      name,
      nameWord,
      args,
      envPrefix,
      redirects,
      span: this.b.span(n.start, n.end)
    };
    if (pipeFrom !== void 0) op.pipeFrom = pipeFrom;
    if (u.wrappers.length > 0) op.wrappers = u.wrappers;
    const index = this.b.push(op);
    const stdin = redirects.find((r) => r.body && (r.op.startsWith("<<") || r.op === "<<<"))?.body;
    this.commandEffects(op, stdin);
    for (const r of redirects) this.write(r, this.writtenBy(op, index, stdin), n);
    let last = index;
    for (const tail of tails) last = this.tail(tail, last, depth);
    return { first: index, last };
  }
  /** What a command writes to a redirection: echo/printf their arguments, `cat <<EOF` its body, else its output. */
  writtenBy(op, index, stdin) {
    if (op.name === "echo" || op.name === "printf") {
      const args = op.name === "echo" ? op.args.filter((a) => !/^-[neE]+$/.test(staticText2(a) ?? "")) : op.args;
      return joinWords(this.b, args, " ")?.parts ?? [];
    }
    if (op.name === "cat" && stdin && op.args.length === 0) return stdin.parts;
    return [{ kind: "output", ops: [index] }];
  }
  write(r, content, n) {
    if (!r.target || !WRITE_OPS.has(r.op)) return;
    if (r.op === ">&" && /^(\d+|-)$/.test(staticText2(r.target) ?? "")) return;
    const span = this.b.span(n.start, n.end);
    this.b.push({
      kind: "write",
      target: r.target,
      content: this.b.word(n.start, n.end, content.slice()),
      append: r.op.includes(">>"),
      span
    });
  }
  /** Facts a command implies besides itself: assignments by `read`/`printf -v`, `tee` writes, inline code. */
  commandEffects(op, stdin) {
    const stdinParts = () => stdin ? stdin.parts : op.pipeFrom !== void 0 ? [{ kind: "output", ops: [op.pipeFrom] }] : [];
    if (op.name === "read") {
      const names = [];
      for (let i = 0; i < op.args.length; i++) {
        const t = staticText2(op.args[i]);
        if (t === void 0) continue;
        if (/^-[pdntua]$/.test(t)) {
          if (t === "-a") {
            const w = op.args[i + 1];
            if (w) names.push(w);
          }
          i++;
        } else if (!t.startsWith("-")) names.push(op.args[i]);
      }
      const parts = stdinParts();
      for (const w of names) {
        const name = staticText2(w);
        if (!name) continue;
        const value = this.b.word(w.span.start, w.span.end, parts.length > 0 ? parts.slice() : [dyn("read")]);
        this.b.push({ kind: "assign", name, value, env: false, span: op.span });
      }
    } else if (op.name === "printf" && staticText2(op.args[0]) === "-v") {
      const name = staticText2(op.args[1]);
      const value = joinWords(this.b, op.args.slice(2), " ");
      if (name && value) this.b.push({ kind: "assign", name, value, env: false, span: op.span });
    } else if (op.name === "tee") {
      const parts = stdinParts();
      const append = op.args.some(
        (a) => /^-[a-z]*a/.test(staticText2(a) ?? "") || staticText2(a) === "--append"
      );
      for (const a of op.args) {
        const t = staticText2(a);
        if (t !== void 0 && t.startsWith("-")) continue;
        const content = this.b.word(
          op.span.start,
          op.span.end,
          parts.length > 0 ? parts.slice() : [dyn("stdin")]
        );
        this.b.push({ kind: "write", target: a, content, append, span: op.span });
      }
    }
    this.inline(op, stdin);
  }
  /** `python3 -c CODE`, `node -e CODE`, `bash -c CODE`, `python3 - <<EOF` \u{2026}: the code, parsed later. */
  inline(op, stdin) {
    const inline = inlineCode(op.name, op.args, stdin);
    if (inline) {
      let code = inline.code;
      if (inline.codeWords) code = joinWords(this.b, inline.codeWords, " ") ?? code;
      const last = inline.codeWords?.[inline.codeWords.length - 1];
      const inl = {
        kind: "inline",
        language: inline.language,
        interpreter: op.name,
        code: last ? this.b.word(code.span.start, last.span.end, code.parts) : code,
        span: op.span
      };
      inl.codeOffset = code.span.start + (/^\$?["']/.test(code.raw) ? code.raw.startsWith("$") ? 2 : 1 : 0);
      const i = this.b.push(inl);
      let text = codeText(inl.code, this.b.exprs);
      if (inline.encoded) {
        const enc = staticText2(inline.code);
        text = enc === void 0 ? void 0 : Buffer.from(enc, "base64").toString("utf16le");
      }
      if (text !== void 0) this.b.inlines.push({ opIndex: i, language: inline.language, code: text });
    }
  }
  redirect(n, depth) {
    const tails = [];
    let op = "";
    let fd;
    let target;
    let body;
    if (n.type === "heredoc_redirect") {
      let quoted = false;
      for (const c of n.children) {
        if (!c.named) {
          if (c.type.startsWith("<<")) op = c.type;
          continue;
        }
        switch (c.type) {
          case "heredoc_start": {
            const raw = this.src(c);
            quoted = /['"\\]/.test(raw);
            target = this.b.word(c.start, c.end, [{ kind: "literal", text: raw.replace(/['"\\]/g, "") }]);
            break;
          }
          case "heredoc_body":
            body = quoted ? this.literalWord(c.start, c.end) : this.expandable(c, c.start, c.end, depth);
            break;
          case "heredoc_end":
            break;
          case "file_descriptor":
            fd = Number(this.src(c));
            break;
          default:
            tails.push(c);
        }
      }
      body ??= this.b.word(n.end, n.end, []);
      const redirect2 = { op: op || "<<", target, body };
      if (fd !== void 0) redirect2.fd = fd;
      const inner = tails.filter((t) => t.type === "file_redirect" || t.type === "herestring_redirect");
      return { redirect: redirect2, inner, tails: tails.filter((t) => !inner.includes(t)) };
    }
    for (const c of n.children) {
      if (!c.named) {
        op = this.src(c);
        continue;
      }
      if (c.type === "file_descriptor") fd = Number(this.src(c));
      else if (c.field === "destination" || !target && c.type !== "ERROR") {
        if (n.type === "herestring_redirect") body = this.word(c, depth + 1);
        else target = this.word(c, depth + 1);
      } else if (c.type === "ERROR") {
        op = this.src(c) + op;
      }
    }
    if (n.type === "herestring_redirect") op = "<<<";
    if (op === "<" || op === ">") {
      const raw = this.src(n);
      if (raw.includes("<>")) op = "<>";
    }
    const redirect = { op };
    if (fd !== void 0 && Number.isFinite(fd)) redirect.fd = fd;
    if (target) redirect.target = target;
    if (body) redirect.body = body;
    return { redirect, inner: [], tails };
  }
  /** Redirections of a statement, here-document trailers flattened; `tails` are statements after `<<EOF`. */
  redirects(nodes, depth) {
    const redirects = [];
    const tails = [];
    const queue = [...nodes];
    for (let n = queue.shift(); n; n = queue.shift()) {
      const r = this.redirect(n, depth);
      redirects.push(r.redirect);
      queue.push(...r.inner);
      tails.push(...r.tails);
    }
    return { redirects, tails };
  }
  assignment(n, env, depth) {
    const a = this.assignmentOf(n, env, depth);
    if (a) this.b.push(a);
  }
  assignmentOf(n, env, depth) {
    const nameNode = field(n, "name");
    const valueNode = field(n, "value");
    if (!nameNode) return void 0;
    let name = this.src(nameNode);
    if (nameNode.type === "subscript") name = name.replace(/\[.*$/s, "");
    const append = n.children.some((c) => !c.named && c.type === "+=");
    let value;
    if (!valueNode) value = this.b.word(n.end, n.end, []);
    else if (valueNode.type === "array") value = this.array(valueNode, depth);
    else value = this.word(valueNode, depth + 1);
    if (append) value = { ...value, parts: [{ kind: "var", name, env: "maybe" }, ...value.parts] };
    return { kind: "assign", name, value, env, span: this.b.span(n.start, n.end) };
  }
  /** `env X=Y cmd`: the assignment words after `env`. */
  envWordAssignment(w) {
    const first = w?.parts[0];
    if (!w || first?.kind !== "literal") return void 0;
    const eq = first.text.indexOf("=");
    if (eq < 0) return void 0;
    const name = first.text.slice(0, eq);
    const parts = [];
    addPart(parts, { kind: "literal", text: first.text.slice(eq + 1) });
    addParts(parts, w.parts.slice(1));
    return { kind: "assign", name, value: { ...w, parts }, env: true, span: w.span };
  }
  array(n, depth) {
    const items = n.children.filter((c) => c.named && c.type !== "comment").map((c) => this.word(c, depth + 1));
    const parts = [];
    items.forEach((it, i) => {
      if (i > 0) addPart(parts, { kind: "literal", text: " " });
      addParts(parts, it.parts);
    });
    return this.b.word(n.start, n.end, parts, { items });
  }
  declaration(n, depth) {
    const keyword = n.children.find((c) => !c.named)?.type ?? "";
    let env = keyword === "export";
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === "word" && /^[-+][a-zA-Z]*x/.test(this.src(c)) && this.src(c).startsWith("-")) env = true;
    }
    for (const c of n.children) {
      if (c.type === "variable_assignment") this.assignment(c, env, depth);
      else if (c.type === "variable_name" && env) {
        const name = this.src(c);
        const value = this.b.word(c.start, c.end, [{ kind: "var", name, env: "maybe" }]);
        this.b.push({ kind: "assign", name, value, env: true, span: this.b.span(n.start, n.end) });
      } else if (c.named && c.type !== "variable_name" && WORD_TYPES.has(c.type)) {
        this.word(c, depth + 1);
      }
    }
  }
  functionDef(n, depth) {
    const nameNode = field(n, "name");
    const name = nameNode ? this.src(nameNode) : "";
    this.functions.add(name);
    const body = field(n, "body");
    this.b.defineFunction(name, n.start, n.end, () => {
      if (body) this.statement(body, depth + 1);
    });
  }
  forLoop(n, depth) {
    const variable = field(n, "variable");
    const values = n.children.filter((c) => c.field === "value").map((c) => this.word(c, depth + 1));
    if (variable) {
      const name = this.src(variable);
      const parts = [];
      for (const v of values) addParts(parts, v.parts);
      if (values.length === 0) parts.push({ kind: "var", name: "@", env: "maybe" });
      const value = this.b.word(
        variable.start,
        n.end,
        parts,
        values.length > 0 ? { items: values } : void 0
      );
      value.raw = values.map((v) => v.raw).join(" ");
      this.b.push({ kind: "assign", name, value, env: false, span: this.b.span(n.start, n.end) });
    }
    const body = field(n, "body");
    return body ? this.statement(body, depth + 1) : NONE;
  }
  linkCalls() {
    if (this.functions.size === 0) return;
    for (const op of this.b.ops) if (op.kind === "command" && this.functions.has(op.name)) op.calls = op.name;
  }
  // ---- words ----
  word(n, depth) {
    const parts = [];
    this.parts(n, parts, depth);
    return this.b.word(n.start, n.end, parts);
  }
  literalWord(start, end) {
    const parts = [];
    this.b.literal(parts, this.b.text.slice(start, end));
    return this.b.word(start, end, parts);
  }
  parts(n, out, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) {
      out.push(dyn(this.src(n)));
      return;
    }
    switch (n.type) {
      case "word": {
        const raw = this.src(n);
        if (raw.includes("*")) out.push(dyn(raw));
        else this.b.literal(out, unescapeUnquoted(raw));
        return;
      }
      case "number":
      case "special_variable_name":
      case "variable_name":
        this.b.literal(out, this.src(n));
        return;
      case "raw_string":
        this.b.literal(out, this.src(n).slice(1, -1));
        return;
      case "ansi_c_string":
        this.b.literal(out, decodeAnsiC(this.src(n).slice(2, -1)));
        return;
      case "string":
      case "translated_string": {
        const open = n.type === "string" ? 1 : 2;
        const closes = this.b.text.charCodeAt(n.end - 1) === 34 && n.end - n.start > open;
        const w = this.expandable(n, n.start + open, closes ? n.end - 1 : n.end, depth);
        addParts(out, w.parts);
        return;
      }
      case "concatenation":
        for (const c of n.children) this.parts(c, out, depth + 1);
        return;
      case "simple_expansion": {
        const name = this.src(n).slice(1);
        out.push({ kind: "var", name, env: "maybe" });
        return;
      }
      case "expansion":
        this.expansion(n, out, depth);
        return;
      case "command_substitution":
      case "process_substitution": {
        const before = this.b.ops.length;
        this.statements(n, depth + 1);
        out.push({ kind: "output", ops: range(before, this.b.ops.length) });
        return;
      }
      case "arithmetic_expansion":
      case "brace_expression":
        this.nestedOps(n, depth);
        out.push(dyn(this.src(n)));
        return;
      default:
        if (n.named) {
          this.nestedOps(n, depth);
          out.push(dyn(this.src(n)));
        } else this.b.literal(out, this.src(n));
    }
  }
  /** Command substitutions buried in arithmetic or unusual syntax still run. */
  nestedOps(n, depth) {
    for (const c of n.children) {
      if (c.type === "command_substitution" || c.type === "process_substitution")
        this.parts(c, [], depth + 1);
      else if (c.children.length > 0) this.nestedOps(c, depth + 1);
    }
  }
  /** Text between `start` and `end` where expansions are live (double quotes, unquoted here-documents). */
  expandable(n, start, end, depth) {
    const parts = [];
    let pos = start;
    for (const c of n.children) {
      if (c.type !== "simple_expansion" && c.type !== "expansion" && c.type !== "command_substitution" && c.type !== "arithmetic_expansion") {
        continue;
      }
      if (c.start > pos) this.b.literal(parts, unescapeQuoted(this.b.text.slice(pos, c.start)));
      this.parts(c, parts, depth + 1);
      pos = c.end;
    }
    if (end > pos) this.b.literal(parts, unescapeQuoted(this.b.text.slice(pos, end)));
    return this.b.word(n.start, n.end, parts);
  }
  expansion(n, out, depth) {
    let name = "";
    let transform;
    let prefix = "";
    for (const c of n.children) {
      if (!c.named) {
        if (c.type === "${" || c.type === "}") continue;
        if (!name) {
          prefix = c.type;
          continue;
        }
        transform ??= transformOf(c.type);
        continue;
      }
      if (!name && (c.type === "variable_name" || c.type === "special_variable_name" || c.type === "subscript")) {
        name = this.src(c).replace(/\[.*$/s, "");
        if (c.type === "subscript") transform ??= void 0;
        continue;
      }
      this.nestedOps(c, depth);
      if (c.type === "command_substitution") this.parts(c, [], depth + 1);
    }
    if (!name) {
      const m = /^\$\{([#!]?)([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(this.src(n));
      if (m?.[2]) name = m[2];
      if (m?.[1]) prefix = m[1];
    }
    if (prefix === "#") transform = "length";
    else if (prefix === "!") transform = "indirect";
    if (!name) {
      out.push(dyn(this.src(n)));
      return;
    }
    out.push(
      transform ? { kind: "var", name, env: "maybe", transform } : { kind: "var", name, env: "maybe" }
    );
  }
};
function transformOf(op) {
  switch (op) {
    case ":":
      return "slice";
    case "/":
    case "//":
    case "/#":
    case "/%":
      return "replace";
    case "^":
    case "^^":
      return "upper";
    case ",":
    case ",,":
      return "lower";
    case "#":
    case "##":
    case "%":
    case "%%":
      return "trim";
    case "-":
    case ":-":
    case "=":
    case ":=":
      return "default";
    case "+":
    case ":+":
      return "alternate";
    case ":?":
    case "?":
      return void 0;
    case "@":
      return "quote";
    default:
      return op.startsWith("@") ? "quote" : void 0;
  }
}
function dyn(text) {
  return { kind: "dynamic", text };
}
function range(from, to) {
  const r = [];
  for (let i = from; i < to; i++) r.push(i);
  return r;
}
function unescapeUnquoted(s) {
  return s.includes("\\") ? s.replace(/\\(\n|.)/g, (_, c) => c === "\n" ? "" : c) : s;
}
function unescapeQuoted(s) {
  return s.includes("\\") ? s.replace(/\\([$`"\\\n])/g, (_, c) => c === "\n" ? "" : c) : s;
}
var ANSI = {
  n: "\n",
  t: "	",
  r: "\r",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  E: "\x1B",
  f: "\f",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "?": "?"
};
function decodeAnsiC(s) {
  return s.replace(
    /\\(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|[0-7]{1,3}|c.|.)/g,
    (m, e) => {
      const k = e[0] ?? "";
      if (k === "x" || k === "u" || k === "U") {
        const cp = parseInt(e.slice(1), 16);
        return cp <= 1114111 ? String.fromCodePoint(cp) : m;
      }
      if (/[0-7]/.test(k)) return String.fromCharCode(parseInt(e, 8));
      if (k === "c") return String.fromCharCode((e.charCodeAt(1) || 64) & 31);
      return own(ANSI, k) ?? m;
    }
  );
}

// src/scripts/javascript.ts
var RETURNS = {
  "net.connect": "net.Socket",
  "net.createConnection": "net.Socket",
  "tls.connect": "tls.TLSSocket"
};
var PASS_THROUGH = /* @__PURE__ */ new Set([
  "JSON.stringify",
  "Object.entries",
  "Object.values",
  "Object.keys",
  "Object.assign",
  "String",
  "Buffer.from",
  "btoa",
  "encodeURIComponent",
  "encodeURI",
  "escape",
  "Array.from",
  "structuredClone",
  "querystring.stringify",
  "URLSearchParams"
]);
var PASS_THROUGH_METHODS = /* @__PURE__ */ new Set([
  "toString",
  "trim",
  "concat",
  "join",
  "map",
  "filter",
  "slice",
  "substring",
  "toUpperCase",
  "toLowerCase",
  "replace",
  "replaceAll",
  "split",
  "reverse",
  "padStart",
  "padEnd"
]);
var FILE_WRITES = {
  "fs.writeFileSync": false,
  "fs.writeFile": false,
  "fs.promises.writeFile": false,
  "fs.appendFileSync": true,
  "fs.appendFile": true,
  "fs.promises.appendFile": true
};
function walkJavascript(root, b) {
  new JsWalker(b).statements(root, 0);
}
var JsWalker = class {
  constructor(b) {
    this.b = b;
  }
  b;
  names = /* @__PURE__ */ new Map();
  src(n) {
    return this.b.text.slice(n.start, n.end);
  }
  span(n) {
    return this.b.span(n.start, n.end);
  }
  statements(n, depth) {
    for (const c of n.children) if (c.named) this.statement(c, depth + 1);
  }
  statement(n, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) return;
    switch (n.type) {
      case "import_statement":
        this.importStatement(n);
        return;
      case "lexical_declaration":
      case "variable_declaration":
        for (const c of n.children) if (c.type === "variable_declarator") this.declarator(c, depth);
        return;
      case "expression_statement":
        for (const c of n.children) if (c.named) this.value(c, depth + 1);
        return;
      case "function_declaration":
      case "generator_function_declaration": {
        const name = field(n, "name");
        const body = field(n, "body");
        this.b.defineFunction(name ? this.src(name) : "", n.start, n.end, () => {
          if (body) this.statements(body, depth);
        });
        return;
      }
      case "comment":
      case "empty_statement":
        return;
      default:
        for (const c of n.children) {
          if (!c.named) continue;
          if (c.type.endsWith("statement") || c.type.endsWith("_declaration") || c.type === "statement_block") {
            this.statement(c, depth + 1);
          } else if (c.type.endsWith("_clause") || c.type === "switch_body" || c.type.startsWith("switch_")) {
            this.statement(c, depth + 1);
          } else if (n.type === "for_in_statement" && c.field === "left") {
            continue;
          } else {
            const w = this.value(c, depth + 1);
            if (n.type === "for_in_statement" && c.field === "right") {
              const left = field(n, "left");
              if (left) this.assignPattern(left, w, n, depth);
            }
          }
        }
    }
  }
  moduleName(spec) {
    return spec.replace(/^node:/, "").replace(/\//g, ".");
  }
  importStatement(n) {
    const source = field(n, "source");
    const mod = source ? this.moduleName(this.stringText(source) ?? "") : "";
    const clause = n.children.find((c) => c.type === "import_clause");
    if (!clause || !mod) return;
    for (const c of clause.children) {
      if (c.type === "identifier") this.names.set(this.src(c), mod);
      else if (c.type === "namespace_import") {
        const id = c.children.find((x) => x.type === "identifier");
        if (id) this.names.set(this.src(id), mod);
      } else if (c.type === "named_imports") {
        for (const s of c.children) {
          if (s.type !== "import_specifier") continue;
          const name = field(s, "name");
          const alias = field(s, "alias") ?? name;
          if (name && alias) this.names.set(this.src(alias), `${mod}.${this.src(name)}`);
        }
      }
    }
  }
  declarator(n, depth) {
    const name = field(n, "name");
    const valueNode = field(n, "value");
    if (!name) return;
    if (!valueNode) return;
    const value = this.value(valueNode, depth + 1);
    this.assignPattern(name, value, n, depth, valueNode);
  }
  /** Binds names on the left of `=` / a declarator, and records the assignments. */
  assignPattern(left, value, n, depth, right) {
    if (left.type === "identifier") {
      const name = this.src(left);
      this.names.delete(name);
      if (right) this.bind(name, right);
      if (right && this.moduleOf(right)) return;
      this.b.push({ kind: "assign", name, value, env: false, span: this.span(n) });
      return;
    }
    if (left.type === "object_pattern") {
      const from = right ? this.moduleOf(right) : void 0;
      const isEnv = right ? this.dotted(right) === "process.env" : false;
      for (const c of left.children) {
        let key;
        let target;
        if (c.type === "shorthand_property_identifier_pattern") {
          key = this.src(c);
          target = c;
        } else if (c.type === "pair_pattern") {
          const k = field(c, "key");
          key = k ? this.stringText(k) ?? this.src(k) : void 0;
          target = field(c, "value");
          if (target?.type === "assignment_pattern") target = field(target, "left");
        } else if (c.type === "object_assignment_pattern") {
          target = field(c, "left");
          key = target ? this.src(target) : void 0;
        }
        if (!key || !target) continue;
        if (target.type !== "identifier" && target.type !== "shorthand_property_identifier_pattern") {
          this.assignPattern(target, value, n, depth);
          continue;
        }
        const local = this.src(target);
        if (from) {
          this.names.set(local, `${from}.${key}`);
          continue;
        }
        const v = isEnv ? { ...value, parts: [{ kind: "var", name: key, env: "yes" }] } : value;
        this.b.push({ kind: "assign", name: local, value: v, env: false, span: this.span(n) });
      }
      return;
    }
    if (left.type === "array_pattern") {
      for (const c of left.children) if (c.named) this.assignPattern(c, value, n, depth);
      return;
    }
    if (left.type === "member_expression" || left.type === "subscript_expression") {
      const obj = field(left, "object");
      if (obj && this.dotted(obj) === "process.env") {
        const key = left.type === "member_expression" ? field(left, "property") : field(left, "index");
        const name = key ? this.stringText(key) ?? this.src(key) : "";
        this.b.push({ kind: "assign", name, value, env: true, span: this.span(n) });
        return;
      }
      this.b.push({
        kind: "assign",
        name: this.src(left).replace(/\s+/g, ""),
        value,
        env: false,
        span: this.span(n)
      });
    }
  }
  /** `require('https')`, `require('https').request` \u{2192} the module (member) name. */
  moduleOf(n) {
    if (n.type === "call_expression") {
      const fn = field(n, "function");
      const args = field(n, "arguments");
      const first = args?.children.find((c) => c.named);
      if (fn?.type === "identifier" && this.src(fn) === "require" && first) {
        const spec = this.stringText(first);
        return spec === void 0 ? void 0 : this.moduleName(spec);
      }
    }
    if (n.type === "await_expression") {
      const inner = n.children.find((c) => c.named);
      if (inner?.type === "call_expression" && field(inner, "function")?.type === "import") {
        const first = field(inner, "arguments")?.children.find((c) => c.named);
        const spec = first ? this.stringText(first) : void 0;
        return spec === void 0 ? void 0 : this.moduleName(spec);
      }
      return inner ? this.moduleOf(inner) : void 0;
    }
    return void 0;
  }
  bind(name, right) {
    const mod = this.moduleOf(right);
    if (mod) {
      this.names.set(name, mod);
      return;
    }
    if (this.dotted(right) === "process.env") {
      this.names.set(name, "process.env");
      return;
    }
    let r = right;
    while (r.type === "await_expression" || r.type === "parenthesized_expression") {
      const inner = r.children.find((c) => c.named);
      if (!inner) return;
      r = inner;
    }
    if (r.type === "new_expression") {
      const ctor = field(r, "constructor");
      if (ctor) this.names.set(name, this.callee(ctor));
    } else if (r.type === "call_expression") {
      const fn = field(r, "function");
      if (fn && this.resolvedThroughImport(fn)) {
        const c = this.callee(fn);
        this.names.set(name, own(RETURNS, c) ?? c);
      }
    } else if (r.type === "member_expression" && this.resolvedThroughImport(r)) {
      this.names.set(name, this.callee(r));
    }
  }
  resolvedThroughImport(fn) {
    let n = fn;
    for (; ; ) {
      if (!n) return false;
      if (n.type === "member_expression") n = field(n, "object");
      else if (n.type === "call_expression") {
        if (this.moduleOf(n)) return true;
        n = field(n, "function");
      } else break;
    }
    return n.type === "identifier" && this.names.has(this.src(n));
  }
  callee(n) {
    switch (n.type) {
      case "identifier":
      case "property_identifier": {
        const s = this.src(n);
        return this.names.get(s) ?? s;
      }
      case "member_expression": {
        const obj = field(n, "object");
        const prop2 = field(n, "property");
        return `${obj ? this.callee(obj) : ""}.${prop2 ? this.src(prop2) : ""}`;
      }
      case "subscript_expression": {
        const obj = field(n, "object");
        const idx = field(n, "index");
        const key = idx ? this.stringText(idx) : void 0;
        return `${obj ? this.callee(obj) : ""}.${key ?? "[]"}`;
      }
      case "call_expression": {
        const mod = this.moduleOf(n);
        if (mod) return mod;
        const fn = field(n, "function");
        const c = fn ? this.callee(fn) : "";
        return own(RETURNS, c) ?? c;
      }
      case "new_expression": {
        const ctor = field(n, "constructor");
        return ctor ? this.callee(ctor) : "";
      }
      case "await_expression":
      case "parenthesized_expression": {
        const inner = n.children.find((c) => c.named);
        return inner ? this.callee(inner) : "";
      }
      case "string":
      case "template_string":
        return "String";
      default:
        return this.src(n).replace(/\s+/g, "");
    }
  }
  dotted(n) {
    return n.type === "identifier" || n.type === "member_expression" ? this.callee(n) : "";
  }
  stringText(n) {
    if (n.type === "property_identifier") return this.src(n);
    if (n.type !== "string" && !(n.type === "template_string" && !n.children.some((c) => c.type === "template_substitution"))) {
      return void 0;
    }
    let s = "";
    for (const c of n.children) {
      if (c.type === "string_fragment") s += this.src(c);
      else if (c.type === "escape_sequence") s += unescapeJs(this.src(c));
    }
    return s;
  }
  // ---- values ----
  value(n, depth) {
    const parts = [];
    const extra = {};
    this.parts(n, parts, extra, depth);
    return this.b.word(n.start, n.end, parts, extra);
  }
  parts(n, out, extra, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) {
      out.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
      return;
    }
    switch (n.type) {
      case "string":
      case "template_string":
        for (const c of n.children) {
          if (c.type === "string_fragment") this.b.literal(out, this.src(c));
          else if (c.type === "escape_sequence") this.b.literal(out, unescapeJs(this.src(c)));
          else if (c.type === "template_substitution") {
            for (const e of c.children) if (e.named) this.parts(e, out, {}, depth + 1);
          }
        }
        return;
      case "number":
      case "true":
      case "false":
      case "null":
      case "undefined":
        this.b.literal(out, this.src(n));
        return;
      case "identifier":
      case "shorthand_property_identifier": {
        const name = this.src(n);
        if (this.names.get(name) === "process.env") out.push({ kind: "env-all" });
        else out.push({ kind: "var", name, env: "no" });
        return;
      }
      case "member_expression":
      case "subscript_expression": {
        const obj = field(n, "object");
        if (obj && this.dotted(obj) === "process.env") {
          const key = n.type === "member_expression" ? field(n, "property") : field(n, "index");
          const name = key ? this.stringText(key) : void 0;
          if (name !== void 0) out.push({ kind: "var", name, env: "yes" });
          else out.push({ kind: "env-all" });
          return;
        }
        if (this.dotted(n) === "process.env") {
          out.push({ kind: "env-all" });
          return;
        }
        if (obj && (obj.type === "identifier" || obj.type === "member_expression") && n.type === "member_expression") {
          const base2 = obj;
          if (base2.type === "identifier" || this.isPlainPath(base2)) {
            out.push({ kind: "var", name: this.src(n).replace(/\s+/g, ""), env: "no" });
            return;
          }
        }
        if (obj) this.parts(obj, out, {}, depth + 1);
        if (n.type === "subscript_expression") {
          const idx = field(n, "index");
          if (idx) this.parts(idx, [], {}, depth + 1);
        }
        return;
      }
      case "call_expression":
      case "new_expression":
        this.call(n, out, depth);
        return;
      case "binary_expression": {
        const left = field(n, "left");
        const right = field(n, "right");
        const op = n.children.find((c) => c.field === "operator")?.type ?? "";
        const l = [];
        const r = [];
        if (left) this.parts(left, l, {}, depth + 1);
        if (right) this.parts(right, r, {}, depth + 1);
        if (op === "+") {
          addParts(out, l);
          addParts(out, r);
        } else if (op === "||" || op === "??" || op === "&&") {
          addParts(out, l);
          for (const p of r) if (p.kind !== "literal") out.push(p);
        } else {
          out.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
          for (const p of [...l, ...r]) if (p.kind !== "literal") out.push(p);
        }
        return;
      }
      case "assignment_expression":
      case "augmented_assignment_expression": {
        const left = field(n, "left");
        const right = field(n, "right");
        if (!right) return;
        const value = this.value(right, depth + 1);
        if (left) this.assignPattern(left, value, n, depth, right);
        addParts(out, value.parts);
        return;
      }
      case "object": {
        const props = {};
        for (const c of n.children) {
          if (!c.named || c.type === "comment") continue;
          let key;
          let w;
          if (c.type === "pair") {
            const k = field(c, "key");
            const v = field(c, "value");
            if (!k || !v) continue;
            key = this.stringText(k) ?? this.src(k);
            if (k.type === "computed_property_name") this.parts(k, [], {}, depth + 1);
            w = this.value(v, depth + 1);
          } else if (c.type === "shorthand_property_identifier") {
            key = this.src(c);
            w = this.value(c, depth + 1);
          } else {
            const inner = [];
            this.parts(c, inner, {}, depth + 1);
            if (out.length > 0) addPart(out, { kind: "literal", text: " " });
            addParts(out, inner);
            continue;
          }
          if (out.length > 0) addPart(out, { kind: "literal", text: " " });
          setProp(props, key, w);
          addParts(out, w.parts);
        }
        extra.props = props;
        return;
      }
      case "array": {
        const items = [];
        for (const c of n.children) {
          if (!c.named || c.type === "comment") continue;
          const w = this.value(c, depth + 1);
          if (items.length > 0) addPart(out, { kind: "literal", text: " " });
          items.push(w);
          addParts(out, w.parts);
        }
        extra.items = items;
        return;
      }
      case "parenthesized_expression":
      case "await_expression":
      case "spread_element":
      case "sequence_expression":
      case "ternary_expression":
      case "non_null_expression":
      case "as_expression":
        for (const c of n.children) {
          if (!c.named || c.type === "comment") continue;
          if (n.type === "ternary_expression" && c.field === "condition") this.parts(c, [], {}, depth + 1);
          else this.parts(c, out, extra, depth + 1);
        }
        return;
      case "arrow_function":
      case "function_expression":
      case "function":
      case "generator_function": {
        const body = field(n, "body");
        if (body?.type === "statement_block") this.statements(body, depth);
        else if (body) this.parts(body, [], {}, depth + 1);
        out.push({ kind: "dynamic", text: "function" });
        return;
      }
      case "class":
      case "class_declaration":
        this.statement(n, depth + 1);
        out.push({ kind: "dynamic", text: "class" });
        return;
      default: {
        out.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named) continue;
          if (c.type === "statement_block") {
            this.statements(c, depth + 1);
            continue;
          }
          const inner = [];
          this.parts(c, inner, {}, depth + 1);
          for (const p of inner) if (p.kind !== "literal" && p.kind !== "dynamic") out.push(p);
        }
      }
    }
  }
  /** `a.b.c` where every step is a plain name (not a call or index). */
  isPlainPath(n) {
    while (n.type === "member_expression") {
      const obj = field(n, "object");
      if (!obj) return false;
      n = obj;
    }
    return n.type === "identifier" || n.type === "this";
  }
  call(n, out, depth) {
    const isNew = n.type === "new_expression";
    const fn = isNew ? field(n, "constructor") : field(n, "function");
    const argsNode = field(n, "arguments");
    if (!fn) return;
    const mod = isNew ? void 0 : this.moduleOf(n);
    if (mod) {
      out.push({ kind: "dynamic", text: `require(${mod})` });
      return;
    }
    let receiver = [];
    if (fn.type === "member_expression") {
      const obj = field(fn, "object");
      if (obj) this.parts(obj, receiver, {}, depth + 1);
    } else if (fn.type !== "identifier") {
      this.parts(fn, receiver, {}, depth + 1);
    }
    const callee = this.callee(fn);
    const args = [];
    if (argsNode?.type === "template_string") args.push(this.value(argsNode, depth + 1));
    else if (argsNode) {
      for (const c of argsNode.children)
        if (c.named && c.type !== "comment") args.push(this.value(c, depth + 1));
    }
    const span = this.span(n);
    const index = this.b.push({ kind: "call", callee, args, kwargs: {}, span });
    const append = own(FILE_WRITES, callee);
    if (append !== void 0 && args[0] && args[1]) {
      this.b.push({ kind: "write", target: args[0], content: args[1], append, span });
    }
    const last = callee.slice(callee.lastIndexOf(".") + 1);
    if (PASS_THROUGH.has(callee)) {
      for (const a of args) addParts(out, a.parts);
    } else if (fn.type === "member_expression" && PASS_THROUGH_METHODS.has(last) && receiver.length > 0) {
      addParts(out, receiver);
      for (const a of args) for (const p of a.parts) if (p.kind !== "literal") out.push(p);
    } else {
      out.push({ kind: "output", ops: [index] });
    }
    receiver = [];
  }
};
function unescapeJs(e) {
  const k = e[1] ?? "";
  switch (k) {
    case "n":
      return "\n";
    case "t":
      return "	";
    case "r":
      return "\r";
    case "0":
      return "\0";
    case "b":
      return "\b";
    case "f":
      return "\f";
    case "v":
      return "\v";
    case "x":
      return String.fromCharCode(parseInt(e.slice(2), 16) || 0);
    case "u": {
      const hex = e.slice(2).replace(/[{}]/g, "");
      const cp = parseInt(hex, 16);
      return Number.isFinite(cp) && cp <= 1114111 ? String.fromCodePoint(cp) : e;
    }
    case "\n":
    case "\r":
      return "";
    default:
      return k;
  }
}

// src/scripts/powershell.ts
var ALIASES = {
  iwr: "Invoke-WebRequest",
  "invoke-webrequest": "Invoke-WebRequest",
  irm: "Invoke-RestMethod",
  "invoke-restmethod": "Invoke-RestMethod",
  iex: "Invoke-Expression",
  "invoke-expression": "Invoke-Expression",
  gci: "Get-ChildItem",
  dir: "Get-ChildItem",
  ls: "Get-ChildItem",
  "get-childitem": "Get-ChildItem",
  gi: "Get-Item",
  "get-item": "Get-Item",
  gc: "Get-Content",
  cat: "Get-Content",
  type: "Get-Content",
  "get-content": "Get-Content",
  ac: "Add-Content",
  "add-content": "Add-Content",
  sc: "Set-Content",
  "set-content": "Set-Content",
  "out-file": "Out-File",
  tee: "Tee-Object",
  "tee-object": "Tee-Object",
  echo: "Write-Output",
  write: "Write-Output",
  "write-output": "Write-Output",
  "write-host": "Write-Host",
  "new-object": "New-Object",
  "convertto-json": "ConvertTo-Json",
  "resolve-dnsname": "Resolve-DnsName",
  "test-netconnection": "Test-NetConnection",
  "start-process": "Start-Process",
  "send-mailmessage": "Send-MailMessage",
  "invoke-command": "Invoke-Command",
  "set-item": "Set-Item"
};
var WEB_PARAMETERS = /^-(uri|method|body|headers|outfile|infile|usebasicparsing|contenttype|usedefaultcredentials|credential|websession|sessionvariable)$/i;
var PASS_THROUGH_COMMANDS = /* @__PURE__ */ new Set([
  "ConvertTo-Json",
  "out-string",
  "convertto-csv",
  "convertto-xml",
  "format-list",
  "format-table",
  "select-object",
  "where-object",
  "sort-object",
  "foreach-object",
  "write-output"
]);
var KNOWN_TYPES = [
  "System.Net.WebClient",
  "System.Net.Http.HttpClient",
  "System.Net.Http.StringContent",
  "System.Net.Http.ByteArrayContent",
  "System.Net.Http.HttpRequestMessage",
  "System.Net.Dns",
  "System.Net.WebRequest",
  "System.Net.HttpWebRequest",
  "System.Net.Sockets.TcpClient",
  "System.Net.Sockets.UdpClient",
  "System.Net.Sockets.Socket",
  "System.Environment",
  "System.Convert",
  "System.Text.Encoding",
  "System.IO.File",
  "System.Uri",
  "System.String"
];
var TYPES = new Map(KNOWN_TYPES.map((t) => [t.toLowerCase(), t]));
var KNOWN_METHODS = [
  "UploadString",
  "UploadData",
  "UploadValues",
  "UploadFile",
  "DownloadString",
  "DownloadData",
  "DownloadFile",
  "OpenWrite",
  "OpenRead",
  "PostAsync",
  "PutAsync",
  "GetAsync",
  "SendAsync",
  "GetStringAsync",
  "GetHostAddresses",
  "GetHostEntry",
  "GetHostByName",
  "Resolve",
  "GetEnvironmentVariables",
  "GetEnvironmentVariable",
  "SetEnvironmentVariable",
  "ToBase64String",
  "GetBytes",
  "GetString",
  "Connect",
  "GetStream",
  "Write",
  "Send",
  "Create",
  "WriteAllText",
  "AppendAllText",
  "ReadAllText"
];
var METHODS = new Map(KNOWN_METHODS.map((m) => [m.toLowerCase(), m]));
var PASS_THROUGH_METHODS2 = /* @__PURE__ */ new Set([
  "System.Convert.ToBase64String",
  "System.Text.Encoding.UTF8.GetBytes",
  "System.Text.Encoding.Unicode.GetBytes",
  "System.Text.Encoding.ASCII.GetBytes",
  "System.Text.Encoding.UTF8.GetString"
]);
function walkPowershell(root, b) {
  const w = new PsWalker(b);
  w.statements(root, 0);
  w.linkCalls();
}
function unwrap2(n) {
  while (n.children.length === 1) {
    const c = n.children[0];
    if (!c || !c.named || c.start !== n.start || c.end !== n.end) break;
    n = c;
  }
  return n;
}
var PsWalker = class {
  constructor(b) {
    this.b = b;
  }
  b;
  /** `$wc` \u{2192} `System.Net.WebClient` for variables bound to a constructed object. */
  types = /* @__PURE__ */ new Map();
  functions = /* @__PURE__ */ new Set();
  src(n) {
    return this.b.text.slice(n.start, n.end);
  }
  span(n) {
    return this.b.span(n.start, n.end);
  }
  statements(n, depth) {
    for (const c of n.children) if (c.named) this.statement(c, depth + 1);
  }
  statement(n, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) return;
    switch (n.type) {
      case "pipeline":
        this.pipeline(n, depth);
        return;
      case "function_statement": {
        const nameNode = n.children.find((c) => c.type === "function_name");
        const name = nameNode ? this.src(nameNode) : "";
        this.functions.add(name.toLowerCase());
        this.b.defineFunction(name, n.start, n.end, () => {
          for (const c of n.children) if (c.named && c.type !== "function_name") this.statement(c, depth + 1);
        });
        return;
      }
      case "foreach_statement": {
        const variable = n.children.find((c) => c.type === "variable");
        const source = n.children.find((c) => c.type === "pipeline");
        const value = source ? this.pipelineValue(source, depth) : void 0;
        if (variable && value) {
          const v = this.variable(variable);
          this.b.push({ kind: "assign", name: v.name, value, env: v.env, span: this.span(n) });
        }
        for (const c of n.children)
          if (c.named && c !== source && c !== variable) this.statement(c, depth + 1);
        return;
      }
      case "comment":
      case "empty_statement":
      case "param_block":
        return;
      default:
        for (const c of n.children) {
          if (!c.named) continue;
          if (c.type === "pipeline" || c.type.endsWith("statement") || c.type.includes("block") || c.type.endsWith("_list") || c.type.endsWith("clause") || c.type.endsWith("clauses") || c.type === "ERROR") {
            this.statement(c, depth + 1);
          } else this.value(c, depth + 1);
        }
    }
  }
  /** A pipeline statement; returns the value it produces (assignments return their value). */
  pipeline(n, depth) {
    return this.pipelineValue(n, depth);
  }
  pipelineValue(n, depth) {
    const parts = [];
    let extra = {};
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === "assignment_expression") {
        addParts(parts, this.assignment(c, depth).parts);
      } else if (c.type === "pipeline_chain") {
        const w = this.chain(c, depth);
        addParts(parts, w.parts);
        extra = { ...w.props ? { props: w.props } : {}, ...w.items ? { items: w.items } : {} };
      } else if (c.type === "pipeline") {
        addParts(parts, this.pipelineValue(c, depth + 1).parts);
      } else {
        const w = this.value(c, depth + 1);
        addParts(parts, w.parts);
        extra = { ...w.props ? { props: w.props } : {}, ...w.items ? { items: w.items } : {} };
      }
    }
    return this.b.word(n.start, n.end, parts, extra);
  }
  /** `a | b | c`: commands linked by pipeFrom; the value is what the last element produces. */
  chain(n, depth) {
    let prev;
    let prevValue;
    let value;
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === "command") {
        const r = this.command(c, prev, prevValue, depth);
        prev = r.index;
        value = r.value;
      } else if (c.type === "redirections" || c.type === "redirection") {
        for (const r of c.type === "redirection" ? [c] : c.children.filter((x) => x.type === "redirection")) {
          const red = this.redirect(r, depth);
          const op = prev !== void 0 ? this.b.ops[prev] : void 0;
          if (op?.kind === "command") op.redirects.push(red);
          this.write(red, value ?? this.b.word(n.start, n.end, []), r);
        }
        continue;
      } else {
        value = this.value(c, depth + 1);
        prev = void 0;
      }
      prevValue = value;
    }
    return value ?? this.b.word(n.start, n.end, []);
  }
  command(n, pipeFrom, input, depth) {
    const nameNode = n.children.find((c) => c.field === "command_name");
    const elements = n.children.find((c) => c.field === "command_elements");
    let nameWord;
    if (!nameNode) nameWord = this.b.word(n.start, n.start, []);
    else if (nameNode.type === "command_name") {
      const parts = [];
      this.b.literal(parts, this.src(nameNode));
      nameWord = this.b.word(nameNode.start, nameNode.end, parts);
    } else nameWord = this.value(nameNode.children.find((c) => c.named) ?? nameNode, depth + 1);
    const args = [];
    const redirects = [];
    const redirectNodes = [];
    for (const c of elements?.children ?? []) {
      if (!c.named || c.type === "command_argument_sep" || c.type === "comment") continue;
      if (c.type === "redirection") {
        redirects.push(this.redirect(c, depth));
        redirectNodes.push(c);
      } else if (c.type === "command_parameter") {
        const parts = [];
        this.b.literal(parts, this.src(c));
        args.push(this.b.word(c.start, c.end, parts));
      } else args.push(this.value(c, depth + 1));
    }
    const raw = staticText2(nameWord);
    const name = raw === void 0 ? nameWord.raw : this.commandName(raw, args);
    const op = {
      kind: "command",
      name,
      nameWord,
      args,
      envPrefix: [],
      redirects,
      span: this.span(n)
    };
    if (pipeFrom !== void 0) op.pipeFrom = pipeFrom;
    const index = this.b.push(op);
    for (let i = 0; i < redirects.length; i++) {
      const r = redirects[i];
      const rn = redirectNodes[i];
      if (r && rn) this.write(r, this.output(op, index), rn);
    }
    this.commandEffects(op, index, input);
    return { index, value: this.commandValue(op, index, input) };
  }
  commandName(raw, args) {
    const base2 = baseName(raw).replace(/\.exe$/i, "");
    const lower = base2.toLowerCase();
    if ((lower === "curl" || lower === "wget") && args.some((a) => WEB_PARAMETERS.test(staticText2(a) ?? ""))) {
      return "Invoke-WebRequest";
    }
    return own(ALIASES, lower) ?? base2;
  }
  /** What a command contributes as a value (`$x = gci env:`, `(iwr \u{2026})`, `$(\u{2026})`). */
  commandValue(op, index, input) {
    const w = (parts) => ({ raw: "", parts, span: op.span });
    const first = staticText2(op.args.find((a) => !(staticText2(a) ?? "").startsWith("-")));
    const envPath = first !== void 0 ? /^env:(?:\\|\/)?(.*)$/i.exec(first) : null;
    if (envPath && (op.name === "Get-ChildItem" || op.name === "Get-Item" || op.name === "Get-Content")) {
      const v = envPath[1] ?? "";
      return w(v === "" || v === "*" ? [{ kind: "env-all" }] : [{ kind: "var", name: v, env: "yes" }]);
    }
    if (PASS_THROUGH_COMMANDS.has(op.name) || PASS_THROUGH_COMMANDS.has(op.name.toLowerCase())) {
      const parts = [];
      if (input) addParts(parts, input.parts);
      for (const a of op.args) if (!(staticText2(a) ?? "").startsWith("-")) addParts(parts, a.parts);
      if (parts.length > 0)
        return { raw: "", parts, span: op.span, ...input?.props ? { props: input.props } : {} };
    }
    return w([{ kind: "output", ops: [index] }]);
  }
  output(op, index) {
    if (op.name === "Write-Output" || op.name === "Write-Host") {
      return joinWords(this.b, op.args, " ") ?? this.b.word(op.span.start, op.span.end, []);
    }
    return { raw: "", parts: [{ kind: "output", ops: [index] }], span: op.span };
  }
  /** Cmdlets that write files or bind .NET objects, and interpreters given code inline. */
  commandEffects(op, index, input) {
    const named = parameters(op.args);
    if (op.name === "New-Object") return;
    if (op.name === "Out-File" || op.name === "Add-Content" || op.name === "Set-Content" || op.name === "Tee-Object") {
      const target = named.get("filepath") ?? named.get("path") ?? named.get("literalpath") ?? named.positional[0];
      let content = named.get("value") ?? named.get("inputobject");
      if (!content && op.name !== "Out-File" && op.name !== "Tee-Object") content = named.positional[1];
      content ??= input ?? {
        raw: "",
        parts: [{ kind: "output", ops: op.pipeFrom !== void 0 ? [op.pipeFrom] : [] }],
        span: op.span
      };
      const append = op.name === "Add-Content" || named.has("append");
      if (target) this.b.push({ kind: "write", target, content, append, span: op.span });
      return;
    }
    const inline = inlineCode(op.name, op.args, void 0);
    if (inline) {
      const code = inline.codeWords ? joinWords(this.b, inline.codeWords, " ") ?? inline.code : inline.code;
      const i = this.b.push({
        kind: "inline",
        language: inline.language,
        interpreter: op.name,
        code,
        span: op.span,
        codeOffset: code.span.start + (/^["']/.test(code.raw) ? 1 : 0)
      });
      let text = codeText(code, this.b.exprs);
      if (inline.encoded) {
        const enc = staticText2(code);
        text = enc === void 0 ? void 0 : Buffer.from(enc, "base64").toString("utf16le");
      }
      if (text !== void 0) this.b.inlines.push({ opIndex: i, language: inline.language, code: text });
    }
    void index;
  }
  redirect(n, depth) {
    const opNode = n.children.find(
      (c) => c.type === "file_redirection_operator" || c.type === "merging_redirection_operator"
    );
    const raw = opNode ? this.src(opNode).trim() : ">";
    const m = /^(\d|\*)?(.*)$/.exec(raw);
    const red = { op: m?.[2] ?? raw };
    if (m?.[1] && m[1] !== "*") red.fd = Number(m[1]);
    const file = n.children.find((c) => c.type === "redirected_file_name");
    const target = file?.children.find((c) => c.named && c.type !== "command_argument_sep");
    if (target) red.target = this.value(target, depth + 1);
    return red;
  }
  write(r, content, n) {
    if (!r.target || !r.op.startsWith(">")) return;
    this.b.push({ kind: "write", target: r.target, content, append: r.op === ">>", span: this.span(n) });
  }
  variable(n) {
    let raw = this.src(n).replace(/^[$@]/, "");
    if (raw.startsWith("{") && raw.endsWith("}")) raw = raw.slice(1, -1);
    const m = /^(env|global|script|local|private|using|variable):(.*)$/i.exec(raw);
    if (m) return { name: m[2] ?? "", env: (m[1] ?? "").toLowerCase() === "env" };
    return { name: raw, env: false };
  }
  assignment(n, depth) {
    const left = n.children.find((c) => c.type === "left_assignment_expression");
    const valueNode = field(n, "value");
    const op = n.children.find((c) => c.type === "assignement_operator" || c.type === "assignment_operator");
    const value = valueNode ? this.pipelineValue(valueNode, depth + 1) : this.b.word(n.end, n.end, []);
    const target = left ? unwrap2(left) : void 0;
    if (target?.type === "variable" || target?.type === "braced_variable") {
      const v = this.variable(target);
      if (op && this.src(op).trim() !== "=")
        value.parts = [{ kind: "var", name: v.name, env: v.env ? "yes" : "no" }, ...value.parts];
      this.types.delete(v.name.toLowerCase());
      const type = valueNode ? this.constructed(valueNode) : void 0;
      if (type) this.types.set(v.name.toLowerCase(), type);
      this.b.push({ kind: "assign", name: v.name, value, env: v.env, span: this.span(n) });
    } else if (target) {
      this.b.push({ kind: "assign", name: this.src(target), value, env: false, span: this.span(n) });
    }
    return value;
  }
  /** The .NET type an expression constructs: `New-Object T`, `[T]::new()`, `(New-Object T)`. */
  constructed(n) {
    const u = unwrap2(n);
    if (u.type === "command") {
      const nameNode = u.children.find((c) => c.field === "command_name");
      if (!nameNode || this.src(nameNode).toLowerCase() !== "new-object") return void 0;
      const elements = u.children.find((c) => c.field === "command_elements");
      const tokens = (elements?.children ?? []).filter((c) => c.named && c.type !== "command_argument_sep");
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (!t) continue;
        const text = this.src(t);
        if (t.type === "command_parameter") {
          if (/^-typename$/i.test(text))
            return tokens[i + 1] ? canonicalType(this.src(tokens[i + 1])) : void 0;
          i++;
          continue;
        }
        return canonicalType(text.replace(/^['"]|['"]$/g, ""));
      }
      return void 0;
    }
    if (u.type === "invokation_expression") {
      const member = u.children.find((c) => c.type === "member_name");
      const target = u.children.find((c) => c.named);
      if (member && target?.type === "type_literal" && this.src(member).toLowerCase() === "new")
        return this.typeName(target);
    }
    if (u.type === "parenthesized_expression") {
      const inner = u.children.find((c) => c.named);
      return inner ? this.constructed(inner) : void 0;
    }
    if (u.type === "pipeline" || u.type === "pipeline_chain") {
      const inner = u.children.filter((c) => c.named);
      return inner.length === 1 && inner[0] ? this.constructed(inner[0]) : void 0;
    }
    return void 0;
  }
  typeName(t) {
    return canonicalType(
      this.src(t).replace(/^\[|\]$/g, "").replace(/\s+/g, "")
    );
  }
  /** The canonical dotted receiver/callee of an invocation target. */
  callee(n) {
    const u = unwrap2(n);
    switch (u.type) {
      case "variable":
      case "braced_variable": {
        const v = this.variable(u);
        return this.types.get(v.name.toLowerCase()) ?? `$${v.name}`;
      }
      case "type_literal":
        return this.typeName(u);
      case "member_access":
      case "invokation_expression": {
        const target = u.children.find((c) => c.named);
        const member = u.children.find((c) => c.type === "member_name");
        const name = member ? this.src(member) : "";
        const base2 = target ? this.callee(target) : "";
        return `${base2}.${METHODS.get(name.toLowerCase()) ?? name}`;
      }
      case "parenthesized_expression": {
        const type = this.constructed(u);
        if (type) return type;
        const inner = u.children.find((c) => c.named);
        return inner ? this.callee(inner) : "";
      }
      default:
        return this.src(u);
    }
  }
  linkCalls() {
    if (this.functions.size === 0) return;
    for (const op of this.b.ops) {
      if (op.kind === "command" && this.functions.has(op.name.toLowerCase())) op.calls = op.name;
    }
  }
  // ---- values ----
  value(n, depth) {
    const parts = [];
    const extra = {};
    this.parts(n, parts, extra, depth);
    return this.b.word(n.start, n.end, parts, extra);
  }
  parts(node, out, extra, depth) {
    if (!this.b.depthOk(depth, node.start, node.end)) {
      out.push({ kind: "dynamic", text: this.src(node).slice(0, 80) });
      return;
    }
    const n = unwrap2(node);
    switch (n.type) {
      case "variable":
      case "braced_variable": {
        const v = this.variable(n);
        const lower = v.name.toLowerCase();
        if (!v.env && (lower === "true" || lower === "false" || lower === "null"))
          this.b.literal(out, `$${lower}`);
        else out.push({ kind: "var", name: v.name, env: v.env ? "yes" : "no" });
        return;
      }
      case "expandable_string_literal":
      case "expandable_here_string_literal":
        this.expandable(n, out, depth);
        return;
      case "verbatim_string_characters":
      case "verbatim_string_literal":
        this.b.literal(out, this.src(n).slice(1, -1).replace(/''/g, "'"));
        return;
      case "verbatim_here_string_characters":
      case "verbatim_here_string_literal":
        this.b.literal(out, hereContent(this.src(n)));
        return;
      case "generic_token":
      case "command_name":
      case "simple_name":
      case "decimal_integer_literal":
      case "hexadecimal_integer_literal":
      case "real_literal":
      case "integer_literal":
        if (n.children.some((c) => c.named)) this.expandable(n, out, depth, 0);
        else this.b.literal(out, this.src(n).replace(/`(.)/g, "$1"));
        return;
      case "type_literal":
        this.b.literal(out, this.typeName(n));
        return;
      case "hash_literal_expression": {
        const props = {};
        const body = n.children.find((c) => c.type === "hash_literal_body");
        for (const e of body?.children ?? []) {
          if (e.type !== "hash_entry") continue;
          const k = e.children.find((c) => c.type === "key_expression");
          const v = e.children.find((c) => c.named && c.type !== "key_expression");
          if (!k || !v) continue;
          const kw = this.value(k, depth + 1);
          const w = v.type === "pipeline" ? this.pipelineValue(v, depth + 1) : this.value(v, depth + 1);
          if (Object.keys(props).length > 0) addPart(out, { kind: "literal", text: " " });
          setProp(props, staticText2(kw) ?? kw.raw, w);
          addParts(out, w.parts);
        }
        extra.props = props;
        return;
      }
      case "array_literal_expression": {
        const items = [];
        for (const c of n.children) {
          if (!c.named) continue;
          const w = this.value(c, depth + 1);
          if (items.length > 0) addPart(out, { kind: "literal", text: " " });
          items.push(w);
          addParts(out, w.parts);
        }
        extra.items = items;
        return;
      }
      case "parenthesized_expression":
      case "sub_expression":
      case "array_expression": {
        for (const c of n.children) {
          if (!c.named) continue;
          const w = c.type === "pipeline" ? this.pipelineValue(c, depth + 1) : this.statementsValue(c, depth + 1);
          addParts(out, w.parts);
          if (w.props) extra.props = w.props;
          if (w.items) extra.items = w.items;
        }
        return;
      }
      case "script_block_expression":
      case "script_block":
        this.statements(n, depth + 1);
        out.push({ kind: "dynamic", text: "scriptblock" });
        return;
      case "invokation_expression":
        this.invocation(n, out, depth);
        return;
      case "member_access":
      case "element_access": {
        const target = n.children.find((c) => c.named);
        if (target?.type === "type_literal") {
          out.push({ kind: "dynamic", text: this.src(n) });
          return;
        }
        if (target) this.parts(target, out, {}, depth + 1);
        return;
      }
      case "cast_expression":
      case "unary_expression":
      case "expression_with_unary_operator": {
        for (const c of n.children)
          if (c.named && c.type !== "type_literal") this.parts(c, out, extra, depth + 1);
        return;
      }
      case "additive_expression":
      case "format_expression":
      case "comparison_expression":
      case "logical_expression":
      case "bitwise_expression":
      case "multiplicative_expression":
      case "range_expression": {
        const concat2 = n.type === "additive_expression" && n.children.some((c) => c.type === "+");
        if (!concat2) out.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named || c.type.endsWith("_operator")) continue;
          const inner = [];
          this.parts(c, inner, {}, depth + 1);
          if (concat2) addParts(out, inner);
          else for (const p of inner) if (p.kind !== "literal" && p.kind !== "dynamic") out.push(p);
        }
        return;
      }
      case "pipeline":
        addParts(out, this.pipelineValue(n, depth + 1).parts);
        return;
      case "command": {
        const r = this.command(n, void 0, void 0, depth);
        addParts(out, r.value.parts);
        return;
      }
      default: {
        if (!n.named) {
          this.b.literal(out, this.src(n));
          return;
        }
        out.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named) continue;
          if (c.type === "pipeline" || c.type.endsWith("statement") || c.type.endsWith("_list")) {
            this.statement(c, depth + 1);
            continue;
          }
          const inner = [];
          this.parts(c, inner, {}, depth + 1);
          for (const p of inner) if (p.kind !== "literal" && p.kind !== "dynamic") out.push(p);
        }
      }
    }
  }
  /** The value of a statement list (`$( a; b )`): every statement's value. */
  statementsValue(n, depth) {
    if (n.type === "pipeline") return this.pipelineValue(n, depth);
    const parts = [];
    const extra = {};
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === "pipeline") {
        const w = this.pipelineValue(c, depth + 1);
        addParts(parts, w.parts);
        if (w.props) extra.props ??= w.props;
        if (w.items) extra.items ??= w.items;
      } else this.statement(c, depth + 1);
    }
    return this.b.word(n.start, n.end, parts, extra);
  }
  /** `"\u{2026}$x\u{2026}$($y)\u{2026}"`: the text between the expansions is literal (backtick escapes decoded). */
  expandable(n, out, depth, quote = 1) {
    const raw = this.src(n);
    let start = n.start + quote;
    let end = n.end - quote;
    if (n.type === "expandable_here_string_literal") {
      const first = raw.indexOf("\n");
      const last = raw.lastIndexOf("\n");
      start = n.start + (first >= 0 ? first + 1 : 2);
      end = last > first ? n.start + last : n.end - 2;
    }
    let pos = start;
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.start > pos) this.b.literal(out, unescapeBacktick(this.b.text.slice(pos, c.start)));
      this.parts(c, out, {}, depth + 1);
      pos = c.end;
    }
    if (end > pos) this.b.literal(out, unescapeBacktick(this.b.text.slice(pos, end)));
  }
  invocation(n, out, depth) {
    const target = n.children.find((c) => c.named);
    const member = n.children.find((c) => c.type === "member_name");
    const argList = n.children.find((c) => c.type === "argument_list");
    const receiver = [];
    if (target && target.type !== "type_literal") this.parts(target, receiver, {}, depth + 1);
    const base2 = target ? this.callee(target) : "";
    const methodRaw = member ? this.src(member) : "";
    const method = METHODS.get(methodRaw.toLowerCase()) ?? (methodRaw.toLowerCase() === "new" ? "new" : methodRaw);
    const callee = `${base2}.${method}`;
    const args = [];
    const list = argList?.children.find((c) => c.type === "argument_expression_list");
    for (const c of list?.children ?? []) if (c.named) args.push(this.value(c, depth + 1));
    const index = this.b.push({ kind: "call", callee, args, kwargs: {}, span: this.span(n) });
    if (callee === "System.Environment.GetEnvironmentVariables") {
      out.push({ kind: "env-all" });
    } else if (callee === "System.Environment.GetEnvironmentVariable") {
      const name = staticText2(args[0]);
      out.push(name !== void 0 ? { kind: "var", name, env: "yes" } : { kind: "env-all" });
    } else if (callee === "System.Environment.SetEnvironmentVariable" && args[0] && args[1]) {
      this.b.push({
        kind: "assign",
        name: staticText2(args[0]) ?? args[0].raw,
        value: args[1],
        env: true,
        span: this.span(n)
      });
      out.push({ kind: "output", ops: [index] });
    } else if (PASS_THROUGH_METHODS2.has(callee) || /^(ToString|Trim|Replace|ToUpper|ToLower|Substring|Split|Join)$/i.test(method)) {
      addParts(
        out,
        receiver.filter((p) => p.kind !== "dynamic")
      );
      for (const a of args) addParts(out, a.parts);
    } else {
      out.push({ kind: "output", ops: [index] });
    }
    if ((callee === "System.IO.File.WriteAllText" || callee === "System.IO.File.AppendAllText") && args[0] && args[1]) {
      this.b.push({
        kind: "write",
        target: args[0],
        content: args[1],
        append: callee.endsWith("AppendAllText"),
        span: this.span(n)
      });
    }
  }
};
function parameters(args) {
  const named = /* @__PURE__ */ new Map();
  named.positional = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const t = staticText2(a);
    if (t !== void 0 && /^-[A-Za-z][\w-]*:?$/.test(t)) {
      const key = t.slice(1).replace(/:$/, "").toLowerCase();
      const next = args[i + 1];
      const nt = staticText2(next);
      if (next && !(nt !== void 0 && /^-[A-Za-z]/.test(nt))) {
        named.set(key, next);
        i++;
      } else named.set(key, a);
    } else named.positional.push(a);
  }
  return named;
}
function canonicalType(raw) {
  const t = raw.trim();
  const lower = t.toLowerCase();
  const known = TYPES.get(lower) ?? TYPES.get(`system.${lower}`);
  if (known) return known;
  if (lower.startsWith("system.") || lower.startsWith("microsoft.")) return t;
  return `System.${t}`;
}
function unescapeBacktick(s) {
  if (!s.includes("`")) return s;
  const map = {
    n: "\n",
    t: "	",
    r: "\r",
    "0": "\0",
    a: "\x07",
    b: "\b",
    e: "\x1B",
    f: "\f",
    v: "\v"
  };
  return s.replace(/`([\s\S])/g, (_, c) => map[c] ?? c);
}
function hereContent(raw) {
  const first = raw.indexOf("\n");
  const last = raw.lastIndexOf("\n");
  return first >= 0 && last > first ? raw.slice(first + 1, last) : raw.slice(2, -2);
}

// src/scripts/python.ts
var RETURNS2 = {
  "socket.create_connection": "socket.socket",
  "requests.session": "requests.Session",
  "urllib.request.build_opener": "urllib.request.OpenerDirector",
  "ssl.wrap_socket": "ssl.SSLSocket"
};
var PASS_THROUGH2 = /* @__PURE__ */ new Set([
  "str",
  "bytes",
  "repr",
  "list",
  "tuple",
  "json.dumps",
  "base64.b64encode",
  "base64.b32encode",
  "base64.b16encode",
  "base64.urlsafe_b64encode",
  "base64.encodebytes",
  "binascii.hexlify",
  "urllib.parse.quote",
  "urllib.parse.quote_plus",
  "urllib.parse.urlencode",
  "codecs.encode",
  "zlib.compress",
  "gzip.compress"
]);
var PASS_THROUGH_METHODS3 = /* @__PURE__ */ new Set([
  "encode",
  "decode",
  "strip",
  "upper",
  "lower",
  "hex",
  "copy",
  "items",
  "join"
]);
function walkPython(root, b) {
  new PythonWalker(b).block(root, 0);
}
var PythonWalker = class {
  constructor(b) {
    this.b = b;
  }
  b;
  /** Local name \u{2192} canonical dotted name (imports, and objects bound to a constructor call). */
  names = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Map();
  src(n) {
    return this.b.text.slice(n.start, n.end);
  }
  block(n, depth) {
    for (const c of n.children) if (c.named) this.statement(c, depth + 1);
  }
  statement(n, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) return;
    switch (n.type) {
      case "import_statement":
        for (const c of n.children) if (c.field === "name") this.importName(c, "");
        return;
      case "import_from_statement": {
        const mod = field(n, "module_name");
        const prefix = mod ? this.src(mod).replace(/\s+/g, "") : "";
        for (const c of n.children) if (c.field === "name") this.importName(c, prefix);
        return;
      }
      case "expression_statement":
        for (const c of n.children) if (c.named) this.expressionStatement(c, depth + 1);
        return;
      case "function_definition": {
        const name = field(n, "name");
        const body = field(n, "body");
        this.b.defineFunction(name ? this.src(name) : "", n.start, n.end, () => {
          if (body) this.block(body, depth);
        });
        return;
      }
      case "with_statement":
        for (const c of n.children) {
          if (c.type === "with_clause") {
            for (const item of c.children) if (item.named) this.withItem(item, depth);
          } else if (c.field === "body") this.block(c, depth);
        }
        return;
      case "for_statement": {
        const left = field(n, "left");
        const right = field(n, "right");
        const value = right ? this.value(right, depth + 1) : void 0;
        if (left && value) this.assignTarget(left, value, n, depth);
        for (const c of n.children) if (c.field === "body" || c.type === "else_clause") this.block(c, depth);
        return;
      }
      case "comment":
      case "pass_statement":
      case "break_statement":
      case "continue_statement":
        return;
      default:
        for (const c of n.children) {
          if (!c.named) continue;
          if (c.type === "block" || c.type.endsWith("_clause") || c.type.endsWith("_statement") || c.type === "ERROR") {
            if (c.type === "block") this.block(c, depth);
            else this.statement(c, depth + 1);
          } else if (c.type === "function_definition" || c.type === "class_definition" || c.type === "decorated_definition") {
            this.statement(c, depth + 1);
          } else this.value(c, depth + 1);
        }
    }
  }
  importName(n, prefix) {
    const join = (s) => prefix ? `${prefix}.${s}` : s;
    if (n.type === "aliased_import") {
      const name = field(n, "name");
      const alias = field(n, "alias");
      if (name && alias) this.names.set(this.src(alias), join(this.src(name)));
      return;
    }
    const dotted = this.src(n).replace(/\s+/g, "");
    if (prefix) this.names.set(dotted.split(".").pop() ?? dotted, join(dotted));
    else this.names.set(dotted.split(".")[0] ?? dotted, dotted.split(".")[0] ?? dotted);
  }
  expressionStatement(n, depth) {
    if (n.type === "assignment" || n.type === "augmented_assignment") {
      const left = field(n, "left");
      const right = field(n, "right");
      if (!right) return;
      const value = this.value(right, depth + 1);
      if (n.type === "augmented_assignment" && left?.type === "identifier") {
        value.parts = [{ kind: "var", name: this.src(left), env: "no" }, ...value.parts];
      }
      if (left) this.assignTarget(left, value, n, depth, right);
      return;
    }
    this.value(n, depth);
  }
  assignTarget(left, value, n, depth, right) {
    if (left.type === "identifier") {
      const name = this.src(left);
      this.names.delete(name);
      this.files.delete(name);
      if (right) this.bind(name, right);
      this.b.push({ kind: "assign", name, value, env: false, span: this.span(n) });
      return;
    }
    if (left.type === "subscript") {
      const obj = field(left, "value");
      const key = field(left, "subscript");
      if (obj && this.dotted(obj) === "os.environ" && key) {
        const name = this.stringValue(key) ?? this.src(key);
        this.b.push({ kind: "assign", name, value, env: true, span: this.span(n) });
        return;
      }
    }
    if (left.type === "pattern_list" || left.type === "tuple_pattern" || left.type === "list_pattern") {
      for (const c of left.children) if (c.named) this.assignTarget(c, value, n, depth);
      return;
    }
    if (left.type === "attribute") {
      this.b.push({ kind: "assign", name: this.src(left), value, env: false, span: this.span(n) });
    }
  }
  /** Remembers what a name stands for when it is bound to a constructor, factory or open file. */
  bind(name, right) {
    if (right.type !== "call") return;
    const fn = field(right, "function");
    if (!fn) return;
    const callee = this.callee(fn);
    if (callee === "open") {
      const handle = this.openHandle(right);
      if (handle) this.files.set(name, handle);
      return;
    }
    if (callee && this.resolvedThroughImport(fn)) this.names.set(name, own(RETURNS2, callee) ?? callee);
  }
  withItem(item, depth) {
    const v = field(item, "value");
    if (!v) return;
    if (v.type === "as_pattern") {
      const expr = v.children.find((c) => c.named && c.field !== "alias");
      const alias = field(v, "alias");
      const target = alias?.children.find((c) => c.type === "identifier") ?? alias;
      if (expr) this.value(expr, depth + 1);
      if (expr && target && target.type === "identifier") this.bind(this.src(target), expr);
    } else this.value(v, depth + 1);
  }
  openHandle(call) {
    const args = field(call, "arguments");
    if (!args) return void 0;
    const positional = args.children.filter(
      (c) => c.named && c.type !== "keyword_argument" && c.type !== "comment"
    );
    let modeNode = positional[1];
    for (const k of args.children) {
      if (k.type === "keyword_argument" && this.src(field(k, "name") ?? k) === "mode")
        modeNode = field(k, "value");
    }
    const pathNode = positional[0];
    if (!pathNode) return void 0;
    const mode = modeNode ? this.stringValue(modeNode) ?? "" : "r";
    return { path: this.quiet(pathNode), mode };
  }
  /** A value built without recording ops (for a node already walked). */
  quiet(n) {
    const mark = this.b.ops.length;
    const w = this.value(n, 0);
    this.b.ops.length = mark;
    return w;
  }
  // ---- names ----
  resolvedThroughImport(fn) {
    let n = fn;
    while (n && (n.type === "attribute" || n.type === "call"))
      n = field(n, n.type === "call" ? "function" : "object");
    return n?.type === "identifier" && this.names.has(this.src(n));
  }
  /** The canonical dotted name of a callee expression. */
  callee(n) {
    switch (n.type) {
      case "identifier": {
        const s = this.src(n);
        return this.names.get(s) ?? (this.files.has(s) ? "open" : s);
      }
      case "attribute": {
        const obj = field(n, "object");
        const attr = field(n, "attribute");
        return `${obj ? this.callee(obj) : ""}.${attr ? this.src(attr) : ""}`;
      }
      case "call": {
        const fn = field(n, "function");
        const c = fn ? this.callee(fn) : "";
        return own(RETURNS2, c) ?? c;
      }
      case "parenthesized_expression": {
        const inner = n.children.find((c) => c.named);
        return inner ? this.callee(inner) : "";
      }
      case "string":
      case "concatenated_string":
        return "str";
      default:
        return this.src(n);
    }
  }
  /** A dotted name without alias resolution of locals bound to files (for `os.environ`). */
  dotted(n) {
    return n.type === "identifier" || n.type === "attribute" ? this.callee(n) : "";
  }
  stringValue(n) {
    if (n.type !== "string") return void 0;
    let s = "";
    for (const c of n.children) {
      if (c.type === "interpolation") return void 0;
      if (c.type === "string_content") s += unescapePython(this.src(c));
      else if (c.type === "escape_sequence") s += unescapePython(this.src(c));
    }
    return s;
  }
  span(n) {
    return this.b.span(n.start, n.end);
  }
  // ---- values ----
  value(n, depth) {
    const parts = [];
    const extra = {};
    this.parts(n, parts, extra, depth);
    return this.b.word(n.start, n.end, parts, extra);
  }
  parts(n, out, extra, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) {
      out.push({ kind: "dynamic", text: this.src(n) });
      return;
    }
    switch (n.type) {
      case "string":
        this.string(n, out, depth);
        return;
      case "concatenated_string":
        for (const c of n.children) if (c.type === "string") this.string(c, out, depth);
        return;
      case "integer":
      case "float":
      case "true":
      case "false":
      case "none":
        this.b.literal(out, this.src(n));
        return;
      case "identifier": {
        const name = this.src(n);
        const canonical2 = this.names.get(name);
        if (canonical2 === "os.environ") out.push({ kind: "env-all" });
        else out.push({ kind: "var", name, env: "no" });
        return;
      }
      case "attribute": {
        const d = this.callee(n);
        if (d === "os.environ") out.push({ kind: "env-all" });
        else {
          const obj = field(n, "object");
          if (obj && obj.type !== "identifier" && obj.type !== "attribute")
            this.parts(obj, out, {}, depth + 1);
          else out.push({ kind: "var", name: this.src(n).replace(/\s+/g, ""), env: "no" });
        }
        return;
      }
      case "subscript": {
        const obj = field(n, "value");
        const key = field(n, "subscript");
        if (obj && key && this.dotted(obj) === "os.environ") {
          const name = this.stringValue(key);
          if (name !== void 0) out.push({ kind: "var", name, env: "yes" });
          else {
            this.parts(key, [], {}, depth + 1);
            out.push({ kind: "env-all" });
          }
          return;
        }
        if (obj) this.parts(obj, out, {}, depth + 1);
        if (key) this.parts(key, [], {}, depth + 1);
        return;
      }
      case "call":
        this.call(n, out, depth);
        return;
      case "binary_operator": {
        const left = field(n, "left");
        const right = field(n, "right");
        const op = n.children.find((c) => c.field === "operator")?.type ?? "";
        if (op === "%" && left?.type === "string" && right) {
          this.percentFormat(left, right, out, depth);
          return;
        }
        const l = [];
        const r = [];
        if (left) this.parts(left, l, {}, depth + 1);
        if (right) this.parts(right, r, {}, depth + 1);
        if (op === "+") {
          addParts(out, l);
          addParts(out, r);
        } else {
          out.push({ kind: "dynamic", text: this.src(n) });
          for (const p of [...l, ...r]) if (p.kind !== "literal") out.push(p);
        }
        return;
      }
      case "dictionary": {
        const props = {};
        for (const c of n.children) {
          if (c.type === "pair") {
            const k = field(c, "key");
            const v = field(c, "value");
            if (!k || !v) continue;
            const key = this.stringValue(k) ?? this.src(k);
            if (k.type !== "string") this.parts(k, [], {}, depth + 1);
            const w = this.value(v, depth + 1);
            if (Object.keys(props).length > 0) addPart(out, { kind: "literal", text: " " });
            setProp(props, key, w);
            addParts(out, w.parts);
          } else if (c.named && c.type !== "comment") {
            this.parts(c, out, {}, depth + 1);
          }
        }
        extra.props = props;
        return;
      }
      case "list":
      case "tuple":
      case "set": {
        const items = [];
        for (const c of n.children) {
          if (!c.named || c.type === "comment") continue;
          const w = this.value(c, depth + 1);
          if (items.length > 0) addPart(out, { kind: "literal", text: " " });
          items.push(w);
          addParts(out, w.parts);
        }
        extra.items = items;
        return;
      }
      case "parenthesized_expression":
      case "await":
      case "list_splat":
      case "dictionary_splat":
      case "expression_list":
      case "boolean_operator":
      case "conditional_expression":
      case "named_expression":
      case "keyword_argument":
        for (const c of n.children) if (c.named && c.type !== "comment") this.parts(c, out, extra, depth + 1);
        return;
      case "lambda":
      case "list_comprehension":
      case "dictionary_comprehension":
      case "set_comprehension":
      case "generator_expression":
      default: {
        out.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named) continue;
          const inner = [];
          this.parts(c, inner, {}, depth + 1);
          for (const p of inner) if (p.kind !== "literal" && p.kind !== "dynamic") out.push(p);
        }
      }
    }
  }
  string(n, out, depth) {
    const start = n.children.find((c) => c.type === "string_start");
    const raw = start ? /r/i.test(this.src(start)) : false;
    for (const c of n.children) {
      if (c.type === "string_content") {
        this.b.literal(out, raw ? this.src(c) : unescapePython(this.src(c)));
      } else if (c.type === "escape_sequence") {
        this.b.literal(out, unescapePython(this.src(c)));
      } else if (c.type === "interpolation") {
        const e = field(c, "expression") ?? c.children.find((x) => x.named);
        if (e) this.parts(e, out, {}, depth + 1);
      }
    }
  }
  /** `"X=%s" % v` and `"%s:%s" % (a, b)`: the values replace the conversions, in order. */
  percentFormat(fmt, args, out, depth) {
    const values = args.type === "tuple" ? args.children.filter((c) => c.named).map((c) => this.value(c, depth + 1)) : [this.value(args, depth + 1)];
    const template2 = [];
    this.string(fmt, template2, depth);
    let next = 0;
    for (const p of template2) {
      if (p.kind !== "literal") {
        out.push(p);
        continue;
      }
      const pieces = p.text.split(/%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdrifxXeEgGoca%]/);
      const convs = p.text.match(/%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdrifxXeEgGoca%]/g) ?? [];
      pieces.forEach((piece, i) => {
        addPart(out, { kind: "literal", text: piece });
        const conv = convs[i];
        if (conv === void 0) return;
        if (conv === "%%") addPart(out, { kind: "literal", text: "%" });
        else {
          const v = values[next++];
          if (v) addParts(out, v.parts);
        }
      });
    }
    for (; next < values.length; next++) addParts(out, values[next]?.parts ?? []);
  }
  call(n, out, depth) {
    const fn = field(n, "function");
    const argsNode = field(n, "arguments");
    if (!fn) return;
    let receiver = [];
    if (fn.type === "attribute") {
      const obj = field(fn, "object");
      if (obj && obj.type !== "identifier" && obj.type !== "attribute") {
        this.parts(obj, receiver, {}, depth + 1);
      } else if (obj) {
        this.parts(obj, receiver, {}, depth + 1);
      }
    }
    const callee = this.callee(fn);
    const args = [];
    const kwargs = {};
    if (argsNode) {
      for (const c of argsNode.children) {
        if (!c.named || c.type === "comment") continue;
        if (c.type === "keyword_argument") {
          const k = field(c, "name");
          const v = field(c, "value");
          if (k && v) kwargs[this.src(k)] = this.value(v, depth + 1);
        } else if (c.type === "generator_expression" && argsNode.children.length === 1) {
          args.push(this.value(c, depth + 1));
        } else args.push(this.value(c, depth + 1));
      }
    }
    const span = this.span(n);
    if (callee === "os.getenv" || callee === "os.environ.get" || callee === "os.environ.pop") {
      const name = args[0] && args[0].parts.length === 1 && args[0].parts[0]?.kind === "literal" ? args[0].parts[0].text : void 0;
      const index2 = this.b.push({ kind: "call", callee, args, kwargs, span });
      if (name !== void 0) out.push({ kind: "var", name, env: "yes" });
      else out.push({ kind: "env-all" }, { kind: "output", ops: [index2] });
      if (args[1])
        addParts(
          out,
          args[1].parts.filter((p) => p.kind !== "literal")
        );
      return;
    }
    const index = this.b.push({ kind: "call", callee, args, kwargs, span });
    if (callee === "os.putenv" && args[0] && args[1]) {
      const name = args[0].parts[0]?.kind === "literal" ? args[0].parts[0].text : args[0].raw;
      this.b.push({ kind: "assign", name, value: args[1], env: true, span });
    } else if (callee === "os.environ.update" || callee === "os.environ.setdefault") {
      if (callee === "os.environ.setdefault" && args[0] && args[1] && args[0].parts[0]?.kind === "literal") {
        this.b.push({ kind: "assign", name: args[0].parts[0].text, value: args[1], env: true, span });
      } else {
        for (const [k, v] of Object.entries(args[0]?.props ?? kwargs)) {
          this.b.push({ kind: "assign", name: k, value: v, env: true, span });
        }
      }
    }
    this.fileWrite(fn, callee, args, kwargs, n);
    if (callee === "dict" && args.length === 1 && args[0]?.parts.length === 1 && args[0].parts[0]?.kind === "env-all") {
      out.push({ kind: "env-all" });
      return;
    }
    const last = callee.slice(callee.lastIndexOf(".") + 1);
    if (callee === "os.environ.copy" || callee === "os.environ.items" || callee === "os.environ.values") {
      out.push({ kind: "env-all" });
    } else if (PASS_THROUGH2.has(callee)) {
      for (const a of args) addParts(out, a.parts);
    } else if (fn.type === "attribute" && last === "format" && receiver.some((p) => p.kind === "literal")) {
      this.format(receiver, args, kwargs, out);
    } else if (fn.type === "attribute" && PASS_THROUGH_METHODS3.has(last) && receiver.length > 0) {
      addParts(out, receiver);
      for (const a of args) addParts(out, a.parts);
    } else {
      out.push({ kind: "output", ops: [index] });
    }
    receiver = [];
  }
  /** `"https://{}/{x}".format(h, x=v)`: fields replaced by the arguments they name. */
  format(template2, args, kwargs, out) {
    let auto = 0;
    for (const p of template2) {
      if (p.kind !== "literal") {
        out.push(p);
        continue;
      }
      let last = 0;
      const re = /\{\{|\}\}|\{([^{}]*)\}/g;
      for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
        addPart(out, { kind: "literal", text: p.text.slice(last, m.index) });
        last = m.index + m[0].length;
        if (m[0] === "{{" || m[0] === "}}") {
          addPart(out, { kind: "literal", text: m[0][0] ?? "" });
          continue;
        }
        const key = (m[1] ?? "").split(/[.[!:]/)[0] ?? "";
        const w = key === "" ? args[auto++] : /^\d+$/.test(key) ? args[Number(key)] : kwargs[key];
        if (w) addParts(out, w.parts);
        else out.push({ kind: "dynamic", text: m[0] });
      }
      addPart(out, { kind: "literal", text: p.text.slice(last) });
    }
  }
  /** `f.write(x)`, `open(p, 'a').write(x)`, `print(x, file=f)`, `Path(p).write_text(x)`. */
  fileWrite(fn, callee, args, kwargs, n) {
    let handle;
    let content;
    if (callee === "print" && kwargs.file) {
      const f = kwargs.file.parts[0];
      if (f?.kind === "var") handle = this.files.get(f.name);
      content = this.joinArgs(args, n);
    } else if (fn.type === "attribute") {
      const attr = field(fn, "attribute");
      const method = attr ? this.src(attr) : "";
      if (method !== "write" && method !== "writelines") return;
      const obj = field(fn, "object");
      if (obj?.type === "identifier") handle = this.files.get(this.src(obj));
      else if (obj?.type === "call" && this.callee(field(obj, "function") ?? obj) === "open")
        handle = this.openHandle(obj);
      content = args[0];
    }
    if (!handle || !content || !/[wax+]/.test(handle.mode)) return;
    this.b.push({
      kind: "write",
      target: handle.path,
      content,
      append: handle.mode.includes("a"),
      span: this.span(n)
    });
  }
  joinArgs(args, n) {
    if (args.length === 0) return void 0;
    const parts = [];
    args.forEach((a, i) => {
      if (i > 0) addPart(parts, { kind: "literal", text: " " });
      addParts(parts, a.parts);
    });
    return this.b.word(n.start, n.end, parts);
  }
};
var PY_ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  "0": "\0",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  "\n": ""
};
function unescapePython(s) {
  if (!s.includes("\\")) return s;
  return s.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g,
    (m, e) => {
      const k = e[0] ?? "";
      if (k === "x" || k === "u" || k === "U") {
        const cp = parseInt(e.slice(1), 16);
        return cp <= 1114111 ? String.fromCodePoint(cp) : m;
      }
      if (/[0-7]/.test(k) && e.length > 1) return String.fromCharCode(parseInt(e, 8));
      return own(PY_ESCAPES, e) ?? m;
    }
  );
}

// src/scripts/index.ts
var GRAMMARS = {
  bash: "bash",
  powershell: "powershell",
  python: "python",
  javascript: "javascript"
};
var MAX_INLINE_NESTING = 4;
var PARSE_TIME_BASE_MS = 2e3;
var PARSE_TIME_PER_KB_MS = 10;
async function parseScript(text, language) {
  return parseNested(text, language, 0);
}
async function parseNested(source, language, nesting) {
  const { text, exprs } = substituteExpressions(source);
  const script = {
    language,
    text,
    exprs: exprs.map(({ text: t, start, end }) => ({ text: t, start, end })),
    ops: [],
    errors: []
  };
  const whole = new Builder(text, exprs);
  const grammar = GRAMMARS[language];
  if (!grammar) {
    script.errors.push({ message: `${language} scripts are not parsed`, span: whole.span(0, text.length) });
    return script;
  }
  try {
    const parser = await parserFor(grammar);
    const b = new Builder(text, exprs);
    const root = parseTree(parser, grammar, text, b);
    if (root) {
      try {
        WALKERS[grammar](root, b);
      } catch (e) {
        b.error(`script analysis stopped: ${e instanceof Error ? e.message : String(e)}`, 0, text.length);
      }
    }
    script.ops = b.ops;
    script.errors = b.errors;
    for (const p of b.inlines) {
      const op = b.ops[p.opIndex];
      if (op?.kind !== "inline" || !GRAMMARS[p.language]) continue;
      if (nesting >= MAX_INLINE_NESTING) {
        b.error("inline code nested too deep was not parsed", op.span.start, op.span.end);
        continue;
      }
      op.script = await parseNested(p.code, p.language, nesting + 1);
    }
  } catch (e) {
    script.errors.push({
      message: `could not parse ${language}: ${e instanceof Error ? e.message : String(e)}`,
      span: whole.span(0, text.length)
    });
  }
  return script;
}
var WALKERS = {
  bash: walkBash,
  powershell: walkPowershell,
  python: walkPython,
  javascript: walkJavascript
};
var JS_WRAP_OPEN = "(async () => {\n";
var JS_WRAP_CLOSE = "\n})()";
function parseTree(parser, grammar, text, b) {
  const input = grammar === "bash" && text.includes("<>") ? text.replace(/(^|[\s;&|(\d])<>/g, "$1>|") : text;
  let first = parseOnce(parser, input, 0);
  if (grammar === "bash") {
    let patched = input;
    for (let round = 0; first && round < 4; round++) {
      const at2 = swallowedNewlines(first.root, patched);
      if (at2.length === 0) break;
      for (const i of at2) patched = patched.slice(0, i) + ";" + patched.slice(i + 1);
      first = parseOnce(parser, patched, 0);
    }
  }
  if (!first) {
    b.error("parsing took too long and was abandoned", 0, text.length);
    return void 0;
  }
  let best = first;
  if (grammar === "javascript" && first.problems.length > 0) {
    const wrapped = parseOnce(parser, JS_WRAP_OPEN + input + JS_WRAP_CLOSE, JS_WRAP_OPEN.length);
    if (wrapped && wrapped.problems.length < first.problems.length) best = wrapped;
  }
  for (const p of best.problems) {
    b.error(p.message, clamp(p.start, text.length), clamp(p.end, text.length));
  }
  return best.root;
}
function clamp(n, max) {
  return n < 0 ? 0 : n > max ? max : n;
}
function parseOnce(parser, input, shift) {
  const deadline = performance.now() + PARSE_TIME_BASE_MS + input.length / 1024 * PARSE_TIME_PER_KB_MS;
  parser.reset();
  const tree = parser.parse(input, null, { progressCallback: () => performance.now() > deadline });
  if (!tree) return void 0;
  try {
    const problems = [];
    const root = copyTree(tree, problems);
    if (shift > 0) {
      shiftTree(root, shift, input.length - shift - JS_WRAP_CLOSE.length);
      for (const p of problems) {
        p.start -= shift;
        p.end -= shift;
      }
    }
    return { root, problems };
  } finally {
    tree.delete();
  }
}
function shiftTree(root, shift, max) {
  const stack = [root];
  for (let n = stack.pop(); n; n = stack.pop()) {
    n.start = clamp(n.start - shift, max);
    n.end = clamp(n.end - shift, max);
    for (const c of n.children) stack.push(c);
  }
}

// data/actions.json
var actions_default = {
  note: "Popular actions and where they send what they receive. hosts: where the action sends its credentials when no input overrides it; inputs/env: inputs (or env variables) that name the destination (hint says how to read them; replaces: false adds to hosts instead of replacing them); templates: hosts built from input values; secretInputs: inputs documented as credentials; sendsEnv: environment variables the action reads and sends; local: no network; configured: further destinations come from a config file the action reads. Keys are owner/name, case-insensitive; sub-path actions (owner/name/path) fall back to owner/name.",
  retrieved: "2026-11-27",
  actions: {
    "8398a7/action-slack": {
      hosts: ["hooks.slack.com"],
      inputs: {
        webhook_url: {
          hint: "url"
        }
      },
      env: {
        SLACK_WEBHOOK_URL: {
          hint: "url"
        }
      },
      secretInputs: ["webhook_url", "github_token"],
      sendsEnv: ["SLACK_WEBHOOK_URL", "GITHUB_TOKEN"],
      notes: "Posts to the Slack webhook from env SLACK_WEBHOOK_URL; reads job details from the GitHub API with GITHUB_TOKEN.",
      source: "https://github.com/8398a7/action-slack/blob/master/action.yml",
      date: "2026-11-27"
    },
    "actions-rs/cargo": {
      hosts: ["crates.io", "static.crates.io"],
      secretInputs: [],
      sendsEnv: ["CARGO_REGISTRY_TOKEN"],
      notes: "Runs cargo (archived); a publish command sends CARGO_REGISTRY_TOKEN from env to crates.io.",
      source: "https://github.com/actions-rs/cargo/blob/master/action.yml",
      date: "2026-11-27"
    },
    "actions-rs/toolchain": {
      hosts: ["static.rust-lang.org"],
      secretInputs: [],
      notes: "Installs a Rust toolchain with rustup (archived).",
      source: "https://github.com/actions-rs/toolchain/blob/master/action.yml",
      date: "2026-11-27"
    },
    "actions/add-to-project": {
      hosts: ["api.github.com"],
      secretInputs: ["github-token"],
      notes: "Adds issues to a GitHub project through the GraphQL API.",
      source: "https://github.com/actions/add-to-project/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/cache": {
      hosts: ["results-receiver.actions.githubusercontent.com"],
      secretInputs: [],
      notes: "Saves and restores caches in GitHub's cache service.",
      source: "https://github.com/actions/cache/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/checkout": {
      hosts: ["github.com", "api.github.com"],
      inputs: {
        "github-server-url": {
          hint: "url"
        }
      },
      secretInputs: ["token", "ssh-key"],
      notes: "Fetches from GitHub (or the GHES at github-server-url). The token stays with GitHub but is persisted in .git/config unless persist-credentials: false, so later git commands send it to the remote.",
      source: "https://github.com/actions/checkout/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/create-release": {
      hosts: ["api.github.com"],
      secretInputs: [],
      sendsEnv: ["GITHUB_TOKEN"],
      notes: "Creates a GitHub release with GITHUB_TOKEN from env (archived action).",
      source: "https://github.com/actions/create-release/blob/master/action.yml",
      date: "2026-11-27"
    },
    "actions/download-artifact": {
      hosts: ["results-receiver.actions.githubusercontent.com", "api.github.com"],
      secretInputs: ["github-token"],
      notes: "Downloads artifacts; github-token for other runs/repositories goes to GitHub.",
      source: "https://github.com/actions/download-artifact/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/first-interaction": {
      hosts: ["api.github.com"],
      secretInputs: ["repo-token"],
      notes: "Comments on first issues and pull requests through the GitHub API.",
      source: "https://github.com/actions/first-interaction/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/github-script": {
      hosts: ["api.github.com"],
      secretInputs: ["github-token"],
      notes: "Runs the script input with an authenticated Octokit; the engine analyses the script itself for other destinations.",
      source: "https://github.com/actions/github-script/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/labeler": {
      hosts: ["api.github.com"],
      secretInputs: ["repo-token"],
      notes: "Labels pull requests through the GitHub API.",
      source: "https://github.com/actions/labeler/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/setup-dotnet": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: [],
      sendsEnv: ["NUGET_AUTH_TOKEN"],
      notes: "With source-url it writes a NuGet config that reads NUGET_AUTH_TOKEN, sent by later dotnet nuget commands to that source.",
      source: "https://github.com/actions/setup-dotnet/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/setup-go": {
      hosts: ["github.com", "api.github.com", "go.dev", "dl.google.com"],
      secretInputs: ["token"],
      notes: "token is only used against GitHub to download Go builds.",
      source: "https://github.com/actions/setup-go/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/setup-java": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: ["token", "server-password", "server-username", "gpg-private-key", "gpg-passphrase"],
      notes: "Writes Maven settings.xml that reads server credentials from the environment variables named by server-username/server-password; the Maven server receives them at deploy. gpg-private-key is imported locally.",
      source: "https://github.com/actions/setup-java/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/setup-node": {
      hosts: ["github.com", "api.github.com", "nodejs.org"],
      secretInputs: ["token"],
      notes: "token is only used against GitHub to download Node builds. With registry-url it writes an .npmrc whose auth token is ${NODE_AUTH_TOKEN}, sent by later npm commands to that registry.",
      source: "https://github.com/actions/setup-node/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/setup-python": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: ["token"],
      notes: "token is only used against GitHub to download Python builds.",
      source: "https://github.com/actions/setup-python/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/setup-ruby": {
      hosts: ["github.com"],
      secretInputs: [],
      notes: "Deprecated predecessor of ruby/setup-ruby.",
      source: "https://github.com/actions/setup-ruby/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/stale": {
      hosts: ["api.github.com"],
      secretInputs: ["repo-token"],
      notes: "Labels and closes stale issues through the GitHub API.",
      source: "https://github.com/actions/stale/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/upload-artifact": {
      hosts: ["results-receiver.actions.githubusercontent.com"],
      secretInputs: [],
      notes: "Uploads artifacts to GitHub's artifact storage with the runtime token.",
      source: "https://github.com/actions/upload-artifact/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/upload-release-asset": {
      hosts: ["api.github.com", "uploads.github.com"],
      secretInputs: [],
      sendsEnv: ["GITHUB_TOKEN"],
      notes: "Uploads a release asset to GitHub (archived action).",
      source: "https://github.com/actions/upload-release-asset/blob/master/action.yml",
      date: "2026-11-27"
    },
    "ad-m/github-push-action": {
      hosts: ["github.com"],
      inputs: {
        github_url: {
          hint: "url"
        }
      },
      secretInputs: ["github_token"],
      notes: "Pushes commits to a GitHub repository (github_url for GHES).",
      source: "https://github.com/ad-m/github-push-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "akhileshns/heroku-deploy": {
      hosts: ["api.heroku.com", "git.heroku.com"],
      secretInputs: ["heroku_api_key", "heroku_email"],
      notes: "Deploys with the Heroku CLI and git push to git.heroku.com.",
      source: "https://github.com/AkhileshNS/heroku-deploy/blob/master/action.yml",
      date: "2026-11-27"
    },
    "amondnet/vercel-action": {
      hosts: ["api.vercel.com", "api.github.com"],
      secretInputs: ["vercel-token", "github-token"],
      notes: "Deploys with the Vercel CLI; comments on GitHub with github-token.",
      source: "https://github.com/amondnet/vercel-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "appleboy/scp-action": {
      hosts: [],
      inputs: {
        host: {
          hint: "ssh"
        },
        proxy_host: {
          hint: "ssh",
          replaces: false
        }
      },
      secretInputs: ["password", "key", "passphrase", "proxy_password", "proxy_key", "proxy_passphrase"],
      notes: "Copies the source files over SCP to the host input.",
      source: "https://github.com/appleboy/scp-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "appleboy/ssh-action": {
      hosts: [],
      inputs: {
        host: {
          hint: "ssh"
        },
        proxy_host: {
          hint: "ssh",
          replaces: false
        }
      },
      secretInputs: ["password", "key", "passphrase", "proxy_password", "proxy_key", "proxy_passphrase"],
      notes: "Connects over SSH to the host input and runs the script there; envs passes the named environment variables to the remote host.",
      source: "https://github.com/appleboy/ssh-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "aws-actions/amazon-ecr-login": {
      hosts: ["api.ecr.amazonaws.com", "ecr.amazonaws.com"],
      secretInputs: [],
      sendsEnv: ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"],
      notes: "Gets a registry password from ECR (api.ecr.<region>.amazonaws.com) with the AWS credentials in the environment and logs docker in to <account>.dkr.ecr.<region>.amazonaws.com.",
      source: "https://github.com/aws-actions/amazon-ecr-login/blob/main/action.yml",
      date: "2026-11-27"
    },
    "aws-actions/amazon-ecs-deploy-task-definition": {
      hosts: ["ecs.amazonaws.com"],
      secretInputs: [],
      sendsEnv: ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"],
      notes: "Registers and deploys an ECS task definition with the AWS credentials in the environment.",
      source: "https://github.com/aws-actions/amazon-ecs-deploy-task-definition/blob/main/action.yml",
      date: "2026-11-27"
    },
    "aws-actions/configure-aws-credentials": {
      hosts: ["sts.amazonaws.com"],
      secretInputs: [
        "aws-access-key-id",
        "aws-secret-access-key",
        "aws-session-token",
        "web-identity-token-file"
      ],
      notes: "Calls AWS STS (regional sts.<region>.amazonaws.com) and exports AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN to later steps. With role-to-assume and id-token: write it uses OIDC.",
      source: "https://github.com/aws-actions/configure-aws-credentials/blob/main/action.yml",
      date: "2026-11-27"
    },
    "azure/aks-set-context": {
      hosts: ["management.azure.com", "login.microsoftonline.com"],
      secretInputs: ["creds"],
      notes: "Gets AKS cluster credentials through Azure Resource Manager (after azure/login) and writes a kubeconfig.",
      source: "https://github.com/azure/aks-set-context/blob/main/action.yml",
      date: "2026-11-27"
    },
    "azure/docker-login": {
      hosts: ["registry-1.docker.io", "index.docker.io", "auth.docker.io"],
      inputs: {
        "login-server": {
          hint: "registry"
        }
      },
      secretInputs: ["password", "username"],
      notes: "Logs docker in to login-server (default index.docker.io).",
      source: "https://github.com/Azure/docker-login/blob/master/action.yml",
      date: "2026-11-27"
    },
    "azure/login": {
      hosts: ["login.microsoftonline.com", "management.azure.com"],
      secretInputs: ["creds", "client-secret"],
      notes: "Logs the Azure CLI/PowerShell in with a service principal (creds JSON) or OIDC.",
      source: "https://github.com/Azure/login/blob/master/action.yml",
      date: "2026-11-27"
    },
    "azure/webapps-deploy": {
      hosts: ["management.azure.com"],
      templates: ["{app-name}.scm.azurewebsites.net"],
      secretInputs: ["publish-profile"],
      notes: "Deploys to the web app's Kudu endpoint (<app-name>.scm.azurewebsites.net) with a publish profile, or through Azure Resource Manager after azure/login.",
      source: "https://github.com/Azure/webapps-deploy/blob/master/action.yml",
      date: "2026-11-27"
    },
    "bahmutov/npm-install": {
      hosts: ["registry.npmjs.org"],
      secretInputs: [],
      sendsEnv: ["NODE_AUTH_TOKEN", "NPM_TOKEN"],
      notes: "Installs npm dependencies with caching.",
      source: "https://github.com/bahmutov/npm-install/blob/master/action.yml",
      date: "2026-11-27"
    },
    "changesets/action": {
      hosts: ["registry.npmjs.org", "api.github.com"],
      secretInputs: [],
      sendsEnv: ["GITHUB_TOKEN", "NPM_TOKEN", "NODE_AUTH_TOKEN"],
      notes: "Opens version PRs on GitHub and runs the publish script (usually npm publish to registry.npmjs.org).",
      source: "https://github.com/changesets/action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "cirrus-actions/rebase": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: [],
      sendsEnv: ["GITHUB_TOKEN"],
      notes: "Rebases a pull request and force-pushes to GitHub.",
      source: "https://github.com/cirrus-actions/rebase/blob/master/action.yml",
      date: "2026-11-27"
    },
    "cloudflare/wrangler-action": {
      hosts: ["api.cloudflare.com"],
      secretInputs: ["apiToken", "accountId"],
      sendsEnv: ["CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID"],
      notes: "Runs wrangler against the Cloudflare API; the secrets input uploads the named environment variables to the Worker as secrets.",
      source: "https://github.com/cloudflare/wrangler-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "codecov/codecov-action": {
      hosts: ["codecov.io", "api.codecov.io", "ingest.codecov.io", "cli.codecov.io"],
      inputs: {
        url: {
          hint: "url"
        }
      },
      secretInputs: ["token"],
      sendsEnv: ["CODECOV_TOKEN"],
      notes: "Uploads coverage reports to Codecov (url input for self-hosted Codecov).",
      source: "https://github.com/codecov/codecov-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "coverallsapp/github-action": {
      hosts: ["coveralls.io"],
      inputs: {
        "coveralls-endpoint": {
          hint: "url"
        }
      },
      secretInputs: ["github-token"],
      sendsEnv: ["COVERALLS_REPO_TOKEN"],
      notes: "Uploads coverage to Coveralls (coveralls-endpoint for Coveralls Enterprise); github-token identifies the repository to Coveralls.",
      source: "https://github.com/coverallsapp/github-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "crazy-max/ghaction-import-gpg": {
      hosts: [],
      secretInputs: ["gpg_private_key", "passphrase"],
      local: true,
      notes: "Imports the key into the local GnuPG keyring; no network.",
      source: "https://github.com/crazy-max/ghaction-import-gpg/blob/master/action.yml",
      date: "2026-11-27"
    },
    "crowdin/github-action": {
      hosts: ["api.crowdin.com", "api.github.com"],
      secretInputs: [],
      sendsEnv: ["CROWDIN_PERSONAL_TOKEN", "CROWDIN_PROJECT_ID", "GITHUB_TOKEN"],
      notes: "Syncs translations with Crowdin (token from env) and opens pull requests on GitHub.",
      source: "https://github.com/crowdin/github-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "cypress-io/github-action": {
      hosts: ["api.cypress.io", "registry.npmjs.org"],
      secretInputs: [],
      sendsEnv: ["CYPRESS_RECORD_KEY", "GITHUB_TOKEN"],
      configured: true,
      notes: "Runs Cypress; with record it sends results to Cypress Cloud using CYPRESS_RECORD_KEY. The tests run project code.",
      source: "https://github.com/cypress-io/github-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "dawidd6/action-download-artifact": {
      hosts: ["api.github.com", "results-receiver.actions.githubusercontent.com"],
      secretInputs: ["github_token"],
      notes: "Downloads artifacts of other workflow runs through the GitHub API.",
      source: "https://github.com/dawidd6/action-download-artifact/blob/master/action.yml",
      date: "2026-11-27"
    },
    "dessant/lock-threads": {
      hosts: ["api.github.com"],
      secretInputs: ["github-token"],
      notes: "Locks closed threads through the GitHub API.",
      source: "https://github.com/dessant/lock-threads/blob/main/action.yml",
      date: "2026-11-27"
    },
    "docker/build-push-action": {
      hosts: ["github.com"],
      inputs: {
        tags: {
          hint: "registry-list",
          replaces: false
        }
      },
      secretInputs: ["github-token", "secrets", "secret-files", "ssh"],
      notes: "Pushes to the registries named by the tags (when push is true); github-token is used for the git build context on GitHub. Build secrets go to the build (Dockerfile RUN --mount=type=secret), which can send them anywhere.",
      source: "https://github.com/docker/build-push-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "docker/login-action": {
      hosts: ["registry-1.docker.io", "index.docker.io", "auth.docker.io"],
      inputs: {
        registry: {
          hint: "registry"
        }
      },
      secretInputs: ["password", "username"],
      sendsEnv: ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"],
      notes: "Logs in to the registry input (default Docker Hub). For Amazon ECR registries it uses the AWS credentials from the environment.",
      source: "https://github.com/docker/login-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "docker/metadata-action": {
      hosts: ["api.github.com"],
      secretInputs: ["github-token"],
      notes: "Computes tags and labels; reads repository data from the GitHub API.",
      source: "https://github.com/docker/metadata-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "docker/setup-buildx-action": {
      hosts: ["github.com"],
      secretInputs: [],
      notes: "Sets up Buildx (downloads from GitHub).",
      source: "https://github.com/docker/setup-buildx-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "docker/setup-qemu-action": {
      hosts: ["registry-1.docker.io"],
      secretInputs: [],
      notes: "Pulls the binfmt image.",
      source: "https://github.com/docker/setup-qemu-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "dorny/paths-filter": {
      hosts: ["api.github.com"],
      secretInputs: ["token"],
      notes: "Lists changed files through the GitHub API.",
      source: "https://github.com/dorny/paths-filter/blob/main/action.yml",
      date: "2026-11-27"
    },
    "easingthemes/ssh-deploy": {
      hosts: [],
      inputs: {
        REMOTE_HOST: {
          hint: "ssh"
        }
      },
      env: {
        REMOTE_HOST: {
          hint: "ssh"
        }
      },
      secretInputs: ["SSH_PRIVATE_KEY"],
      sendsEnv: ["SSH_PRIVATE_KEY"],
      notes: "rsync over SSH to REMOTE_HOST (an input in v3+, an env variable in older versions).",
      source: "https://github.com/easingthemes/ssh-deploy/blob/main/action.yml",
      date: "2026-11-27"
    },
    "EndBug/add-and-commit": {
      hosts: ["github.com"],
      secretInputs: ["github_token"],
      notes: "Commits and pushes to the GitHub repository.",
      source: "https://github.com/EndBug/add-and-commit/blob/main/action.yml",
      date: "2026-11-27"
    },
    "github/codeql-action": {
      hosts: ["api.github.com", "uploads.github.com"],
      secretInputs: ["token"],
      notes: "Analyses code and uploads SARIF to GitHub code scanning.",
      source: "https://github.com/github/codeql-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "golangci/golangci-lint-action": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: ["github-token"],
      notes: "Downloads golangci-lint from GitHub releases; github-token only for GitHub.",
      source: "https://github.com/golangci/golangci-lint-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "google-github-actions/auth": {
      hosts: ["sts.googleapis.com", "iamcredentials.googleapis.com", "oauth2.googleapis.com"],
      secretInputs: ["credentials_json"],
      notes: "Exchanges the GitHub OIDC token (workload identity federation) or a service-account key for Google credentials; writes a credentials file and exports GOOGLE_APPLICATION_CREDENTIALS.",
      source: "https://github.com/google-github-actions/auth/blob/main/action.yml",
      date: "2026-11-27"
    },
    "google-github-actions/deploy-cloudrun": {
      hosts: ["run.googleapis.com"],
      secretInputs: [],
      notes: "Deploys to Cloud Run with the Google credentials in the environment; env_vars/secrets inputs are sent to the service configuration.",
      source: "https://github.com/google-github-actions/deploy-cloudrun/blob/main/action.yml",
      date: "2026-11-27"
    },
    "google-github-actions/setup-gcloud": {
      hosts: ["dl.google.com", "oauth2.googleapis.com"],
      secretInputs: [],
      notes: "Installs the Cloud SDK; uses credentials from google-github-actions/auth.",
      source: "https://github.com/google-github-actions/setup-gcloud/blob/main/action.yml",
      date: "2026-11-27"
    },
    "goreleaser/goreleaser-action": {
      hosts: ["github.com", "api.github.com", "uploads.github.com"],
      secretInputs: [],
      sendsEnv: [
        "GITHUB_TOKEN",
        "GORELEASER_KEY",
        "GITLAB_TOKEN",
        "GITEA_TOKEN",
        "HOMEBREW_TAP_GITHUB_TOKEN"
      ],
      configured: true,
      notes: "Runs GoReleaser; where it publishes (GitHub releases, registries, package managers, blob storage) is set in .goreleaser.yml.",
      source: "https://github.com/goreleaser/goreleaser-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "gradle/actions": {
      hosts: ["services.gradle.org", "plugins.gradle.org", "scans-in.gradle.com"],
      secretInputs: ["cache-encryption-key", "develocity-access-key", "build-scan-terms-of-use-url"],
      configured: true,
      notes: "setup-gradle / dependency-submission; develocity-access-key goes to the Develocity server; dependency graphs go to GitHub.",
      source: "https://github.com/gradle/actions/blob/main/setup-gradle/action.yml",
      date: "2026-11-27"
    },
    "gradle/gradle-build-action": {
      hosts: ["services.gradle.org", "plugins.gradle.org"],
      secretInputs: ["cache-encryption-key", "gradle-home-cache-includes"],
      configured: true,
      notes: "Sets up Gradle and its caches (cache-encryption-key stays local). The Gradle build itself runs project code that can reach any host.",
      source: "https://github.com/gradle/gradle-build-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "gradle/wrapper-validation-action": {
      hosts: ["services.gradle.org"],
      secretInputs: [],
      notes: "Checks Gradle wrapper checksums against services.gradle.org.",
      source: "https://github.com/gradle/wrapper-validation-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "hashicorp/vault-action": {
      hosts: [],
      inputs: {
        url: {
          hint: "url"
        }
      },
      secretInputs: [
        "token",
        "secretId",
        "roleId",
        "password",
        "username",
        "jwtPrivateKey",
        "githubToken",
        "jwtGithubAudience",
        "caCertificate",
        "clientCertificate",
        "clientKey"
      ],
      notes: "Authenticates to the Vault server at url and exports the requested secrets.",
      source: "https://github.com/hashicorp/vault-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "Homebrew/actions": {
      hosts: ["github.com", "ghcr.io"],
      secretInputs: [],
      sendsEnv: ["HOMEBREW_GITHUB_API_TOKEN", "GITHUB_TOKEN"],
      notes: "Homebrew's actions (setup-homebrew, git-user-config\u2026); tokens go to GitHub.",
      source: "https://github.com/Homebrew/actions/blob/master/setup-homebrew/action.yml",
      date: "2026-11-27"
    },
    "jakejarvis/s3-sync-action": {
      hosts: ["s3.amazonaws.com"],
      env: {
        AWS_S3_ENDPOINT: {
          hint: "url"
        }
      },
      secretInputs: [],
      sendsEnv: ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"],
      notes: "Syncs a directory to S3 (or the S3-compatible AWS_S3_ENDPOINT) with credentials from env.",
      source: "https://github.com/jakejarvis/s3-sync-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "JamesIves/github-pages-deploy-action": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: ["token", "ssh-key"],
      notes: "Pushes a folder to a GitHub Pages branch of a GitHub repository.",
      source: "https://github.com/JamesIves/github-pages-deploy-action/blob/dev/action.yml",
      date: "2026-11-27"
    },
    "JS-DevTools/npm-publish": {
      hosts: ["registry.npmjs.org"],
      inputs: {
        registry: {
          hint: "url"
        }
      },
      secretInputs: ["token"],
      notes: "Publishes to the registry input (default https://registry.npmjs.org/).",
      source: "https://github.com/JS-DevTools/npm-publish/blob/main/action.yml",
      date: "2026-11-27"
    },
    "k0kubun/action-slack": {
      hosts: ["hooks.slack.com"],
      inputs: {
        webhook_url: {
          hint: "url"
        }
      },
      env: {
        SLACK_WEBHOOK_URL: {
          hint: "url"
        }
      },
      secretInputs: ["webhook_url"],
      sendsEnv: ["SLACK_WEBHOOK_URL"],
      notes: "Posts a payload to a Slack webhook.",
      source: "https://github.com/k0kubun/action-slack/blob/master/action.yml",
      date: "2026-11-27"
    },
    "marocchino/sticky-pull-request-comment": {
      hosts: ["api.github.com"],
      secretInputs: ["GITHUB_TOKEN"],
      notes: "Comments on a pull request through the GitHub API.",
      source: "https://github.com/marocchino/sticky-pull-request-comment/blob/main/action.yml",
      date: "2026-11-27"
    },
    "mikepenz/action-junit-report": {
      hosts: ["api.github.com"],
      secretInputs: ["token"],
      notes: "Creates a check run on GitHub.",
      source: "https://github.com/mikepenz/action-junit-report/blob/main/action.yml",
      date: "2026-11-27"
    },
    "mislav/bump-homebrew-formula-action": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: [],
      sendsEnv: ["COMMITTER_TOKEN", "GITHUB_TOKEN"],
      notes: "Opens a formula bump pull request on a GitHub Homebrew tap.",
      source: "https://github.com/mislav/bump-homebrew-formula-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "ncipollo/release-action": {
      hosts: ["api.github.com", "uploads.github.com"],
      secretInputs: ["token"],
      notes: "Creates a GitHub release and uploads artifacts.",
      source: "https://github.com/ncipollo/release-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "netlify/actions": {
      hosts: ["api.netlify.com"],
      secretInputs: [],
      sendsEnv: ["NETLIFY_AUTH_TOKEN", "NETLIFY_SITE_ID"],
      notes: "Runs the Netlify CLI (netlify/actions/cli) with NETLIFY_AUTH_TOKEN from env.",
      source: "https://github.com/netlify/actions/blob/master/cli/action.yml",
      date: "2026-11-27"
    },
    "nwtgck/actions-netlify": {
      hosts: ["api.netlify.com"],
      secretInputs: ["github-token"],
      sendsEnv: ["NETLIFY_AUTH_TOKEN", "NETLIFY_SITE_ID"],
      notes: "Deploys to Netlify (token from env NETLIFY_AUTH_TOKEN); comments on GitHub with github-token.",
      source: "https://github.com/nwtgck/actions-netlify/blob/develop/action.yml",
      date: "2026-11-27"
    },
    "peaceiris/actions-gh-pages": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: ["github_token", "deploy_key", "personal_token"],
      notes: "Pushes the publish directory to a GitHub Pages branch (external_repository is also on GitHub).",
      source: "https://github.com/peaceiris/actions-gh-pages/blob/main/action.yml",
      date: "2026-11-27"
    },
    "peter-evans/create-or-update-comment": {
      hosts: ["api.github.com"],
      secretInputs: ["token"],
      notes: "Comments on issues and pull requests through the GitHub API.",
      source: "https://github.com/peter-evans/create-or-update-comment/blob/main/action.yml",
      date: "2026-11-27"
    },
    "peter-evans/create-pull-request": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: ["token", "branch-token"],
      notes: "Pushes a branch and opens a pull request on GitHub (GHES via GITHUB_SERVER_URL).",
      source: "https://github.com/peter-evans/create-pull-request/blob/main/action.yml",
      date: "2026-11-27"
    },
    "peter-evans/find-comment": {
      hosts: ["api.github.com"],
      secretInputs: ["token"],
      notes: "Finds an issue comment through the GitHub API.",
      source: "https://github.com/peter-evans/find-comment/blob/main/action.yml",
      date: "2026-11-27"
    },
    "peter-evans/repository-dispatch": {
      hosts: ["api.github.com"],
      secretInputs: ["token"],
      notes: "Sends a repository_dispatch event through the GitHub API.",
      source: "https://github.com/peter-evans/repository-dispatch/blob/main/action.yml",
      date: "2026-11-27"
    },
    "pnpm/action-setup": {
      hosts: ["registry.npmjs.org"],
      secretInputs: [],
      notes: "Installs pnpm from the npm registry.",
      source: "https://github.com/pnpm/action-setup/blob/main/action.yml",
      date: "2026-11-27"
    },
    "preactjs/compressed-size-action": {
      hosts: ["api.github.com", "registry.npmjs.org"],
      secretInputs: ["repo-token"],
      notes: "Builds the base and head and comments sizes on the pull request through the GitHub API.",
      source: "https://github.com/preactjs/compressed-size-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "pypa/gh-action-pypi-publish": {
      hosts: ["upload.pypi.org"],
      inputs: {
        "repository-url": {
          hint: "url"
        }
      },
      secretInputs: ["password", "user"],
      notes: "Uploads distributions to the index at repository-url (default https://upload.pypi.org/legacy/). Without a password it uses Trusted Publishing (OIDC).",
      source: "https://github.com/pypa/gh-action-pypi-publish/blob/unstable/v1/action.yml",
      date: "2026-11-27"
    },
    "release-drafter/release-drafter": {
      hosts: ["api.github.com"],
      secretInputs: [],
      sendsEnv: ["GITHUB_TOKEN"],
      notes: "Drafts release notes through the GitHub API (GITHUB_TOKEN from env).",
      source: "https://github.com/release-drafter/release-drafter/blob/main/action.yml",
      date: "2026-11-27"
    },
    "rtCamp/action-slack-notify": {
      hosts: ["hooks.slack.com", "slack.com"],
      env: {
        SLACK_WEBHOOK: {
          hint: "url"
        }
      },
      secretInputs: [],
      sendsEnv: ["SLACK_WEBHOOK", "SLACK_TOKEN"],
      notes: "Configured through env: posts to SLACK_WEBHOOK (or the Slack API with SLACK_TOKEN).",
      source: "https://github.com/rtCamp/action-slack-notify/blob/master/action.yml",
      date: "2026-11-27"
    },
    "ruby/setup-ruby": {
      hosts: ["rubygems.org", "github.com", "objects.githubusercontent.com"],
      secretInputs: [],
      notes: "Downloads prebuilt Rubies from GitHub releases and installs gems (bundler-cache).",
      source: "https://github.com/ruby/setup-ruby/blob/master/action.yml",
      date: "2026-11-27"
    },
    "rubygems/configure-rubygems-credentials": {
      hosts: ["rubygems.org"],
      inputs: {
        "gem-server": {
          hint: "url"
        }
      },
      secretInputs: [],
      notes: "Exchanges the GitHub OIDC token for a short-lived RubyGems API key.",
      source: "https://github.com/rubygems/configure-rubygems-credentials/blob/main/action.yml",
      date: "2026-11-27"
    },
    "rubygems/release-gem": {
      hosts: ["rubygems.org"],
      secretInputs: [],
      sendsEnv: ["GEM_HOST_API_KEY"],
      notes: "Publishes the gem to rubygems.org, with Trusted Publishing (OIDC via rubygems/configure-rubygems-credentials).",
      source: "https://github.com/rubygems/release-gem/blob/v1/action.yml",
      date: "2026-11-27"
    },
    "SamKirkland/FTP-Deploy-Action": {
      hosts: [],
      inputs: {
        server: {
          hint: "host"
        }
      },
      secretInputs: ["password", "username"],
      notes: "Uploads files over FTP/FTPS to the server input.",
      source: "https://github.com/SamKirkland/FTP-Deploy-Action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "shivammathur/setup-php": {
      hosts: ["github.com", "api.github.com", "repo.packagist.org"],
      secretInputs: [],
      sendsEnv: ["GITHUB_TOKEN", "COMPOSER_TOKEN"],
      notes: "Installs PHP; a GitHub token from env configures Composer's github-oauth for github.com.",
      source: "https://github.com/shivammathur/setup-php/blob/main/action.yml",
      date: "2026-11-27"
    },
    "slackapi/slack-github-action": {
      hosts: ["slack.com", "hooks.slack.com"],
      inputs: {
        webhook: {
          hint: "url"
        }
      },
      secretInputs: ["webhook", "token"],
      sendsEnv: ["SLACK_WEBHOOK_URL", "SLACK_BOT_TOKEN"],
      notes: "Posts to a Slack webhook (webhook input) or the Slack Web API with a bot token.",
      source: "https://github.com/slackapi/slack-github-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "snyk/actions": {
      hosts: ["api.snyk.io", "snyk.io"],
      secretInputs: [],
      sendsEnv: ["SNYK_TOKEN"],
      notes: "Runs the Snyk CLI (snyk/actions/<language>) with SNYK_TOKEN from env.",
      source: "https://github.com/snyk/actions/blob/master/node/action.yml",
      date: "2026-11-27"
    },
    "softprops/action-gh-release": {
      hosts: ["api.github.com", "uploads.github.com"],
      secretInputs: ["token"],
      sendsEnv: ["GITHUB_TOKEN"],
      notes: "Creates/updates a GitHub release and uploads files (GITHUB_TOKEN or token input).",
      source: "https://github.com/softprops/action-gh-release/blob/master/action.yml",
      date: "2026-11-27"
    },
    "sonarsource/sonarcloud-github-action": {
      hosts: ["sonarcloud.io", "api.sonarcloud.io"],
      env: {
        SONAR_HOST_URL: {
          hint: "url"
        }
      },
      secretInputs: [],
      sendsEnv: ["SONAR_TOKEN", "GITHUB_TOKEN"],
      notes: "Runs the Sonar scanner against SonarCloud (SONAR_TOKEN from env); deprecated in favour of sonarqube-scan-action.",
      source: "https://github.com/SonarSource/sonarcloud-github-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "sonarsource/sonarqube-scan-action": {
      hosts: ["sonarcloud.io", "api.sonarcloud.io"],
      env: {
        SONAR_HOST_URL: {
          hint: "url"
        }
      },
      secretInputs: [],
      sendsEnv: ["SONAR_TOKEN"],
      notes: "Runs the Sonar scanner against SONAR_HOST_URL (SonarQube) or SonarCloud when unset.",
      source: "https://github.com/SonarSource/sonarqube-scan-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "stefanzweifel/git-auto-commit-action": {
      hosts: ["github.com"],
      secretInputs: [],
      notes: "Commits and pushes with the credentials actions/checkout persisted.",
      source: "https://github.com/stefanzweifel/git-auto-commit-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "svenstaro/upload-release-action": {
      hosts: ["api.github.com", "uploads.github.com"],
      secretInputs: ["repo_token"],
      notes: "Uploads files to a GitHub release.",
      source: "https://github.com/svenstaro/upload-release-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "tj-actions/changed-files": {
      hosts: ["api.github.com"],
      secretInputs: ["token"],
      notes: "Lists changed files. Versions up to v45.0.7 were compromised in March 2025 (CVE-2025-30066) to dump runner memory to the log; pin to a reviewed SHA.",
      source: "https://github.com/tj-actions/changed-files/blob/main/action.yml",
      date: "2026-11-27"
    }
  }
};

// src/analysis/action-catalogue.ts
var entries = /* @__PURE__ */ new Map();
for (const [key, value] of Object.entries(
  actions_default.actions
)) {
  entries.set(key.toLowerCase(), value);
}
function find(repo) {
  const clean = repo.replace(/@.*$/, "").toLowerCase();
  const segments = clean.split("/");
  for (let n = segments.length; n >= 2; n--) {
    const key = segments.slice(0, n).join("/");
    const e = entries.get(key);
    if (e) return [key, e];
  }
  return null;
}
function hostsOf(value, hint) {
  if (hint === "registry-list") {
    return value.split(/[\s,]+/).filter((t) => t !== "").flatMap((t) => {
      const h2 = hostFromText(t, "registry");
      return h2 ? [h2.host] : [];
    });
  }
  const h = hostFromText(value, hint);
  if (!h) return [];
  if (hint === "registry" && h.host === DOCKER_HUB)
    return ["registry-1.docker.io", "index.docker.io", "auth.docker.io"];
  return [h.host];
}
function lookupAction(repo, withInputs, env = /* @__PURE__ */ new Map()) {
  const found = find(repo);
  if (!found) return null;
  const [key, e] = found;
  const inputValue = (name, from) => {
    for (const [k, v] of from) if (k.toLowerCase() === name.toLowerCase()) return v;
    return void 0;
  };
  let hosts = [...e.hosts];
  const extra = [];
  const unresolved = [];
  const apply = (specs, from, label) => {
    for (const [name, spec] of Object.entries(specs ?? {})) {
      const value = inputValue(name, from);
      if (value === void 0 || value === "") continue;
      if (value === null) {
        unresolved.push(`${label}${name}`);
        if (spec.replaces !== false) hosts = [];
        continue;
      }
      const found2 = hostsOf(value, spec.hint);
      if (spec.replaces === false) extra.push(...found2);
      else hosts = found2;
      if (found2.length === 0) unresolved.push(`${label}${name}`);
    }
  };
  apply(e.inputs, withInputs, "with.");
  apply(e.env, env, "env.");
  for (const t of e.templates ?? []) {
    let ok = true;
    const host = t.replace(/\{([^}]+)\}/g, (_, name) => {
      const v = inputValue(name, withInputs);
      if (typeof v !== "string" || !/^[A-Za-z0-9.-]+$/.test(v)) ok = false;
      return typeof v === "string" ? v.toLowerCase() : "";
    });
    if (ok) extra.push(host);
    else unresolved.push(t);
  }
  const destinations = [.../* @__PURE__ */ new Set([...hosts, ...extra])];
  const info = {
    destinations,
    documented: [...e.hosts],
    secretInputs: e.secretInputs,
    unresolved,
    local: e.local === true,
    configured: e.configured === true,
    notes: e.notes,
    key,
    source: e.source
  };
  if (e.sendsEnv) info.sendsEnv = e.sendsEnv;
  return info;
}

// data/untrusted-contexts.json
var untrusted_contexts_default = {
  description: "Event fields an outside contributor controls. Interpolating them into a script lets them inject code (the s1ngularity entry point, Aug 2025). Patterns match the path after `github.`; `*` matches one segment.",
  source: "https://securitylab.github.com/resources/github-actions-untrusted-input/ and GitHub's security hardening guide for Actions",
  date: "2026-11-27",
  patterns: [
    "event.issue.title",
    "event.issue.body",
    "event.pull_request.title",
    "event.pull_request.body",
    "event.pull_request.head.ref",
    "event.pull_request.head.label",
    "event.pull_request.head.repo.default_branch",
    "event.comment.body",
    "event.review.body",
    "event.review_comment.body",
    "event.discussion.title",
    "event.discussion.body",
    "event.pages.*.page_name",
    "event.commits.*.message",
    "event.commits.*.author.email",
    "event.commits.*.author.name",
    "event.head_commit.message",
    "event.head_commit.author.email",
    "event.head_commit.author.name",
    "event.workflow_run.head_branch",
    "event.workflow_run.head_commit.message",
    "event.workflow_run.head_commit.author.email",
    "event.workflow_run.head_commit.author.name",
    "event.workflow_run.pull_requests.*.head.ref",
    "head_ref"
  ]
};

// src/analysis/taint.ts
var UNKNOWN = Object.freeze({ taints: [], text: null });
function literal(text) {
  return { taints: [], text };
}
function unionTaints(...lists) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const list of lists) {
    for (const t of list) {
      if (seen.has(t.secret)) continue;
      seen.add(t.secret);
      out.push(t);
    }
  }
  return out;
}
function concat(values) {
  let text = "";
  let prefix;
  for (const v of values) {
    if (text === null) break;
    if (v.text === null) {
      prefix = text + (v.prefix ?? "");
      text = null;
    } else text += v.text;
  }
  const taints = unionTaints(...values.map((v) => v.taints));
  return prefix === void 0 ? { taints, text } : { taints, text, prefix };
}
function through(value, link) {
  if (value.taints.length === 0) return value;
  return { ...value, taints: value.taints.map((t) => extend(t, link)) };
}
function extend(t, link) {
  const last = t.chain[t.chain.length - 1];
  if (last && last.text === link.text) return t;
  const chain = t.chain.length >= 12 ? [...t.chain.slice(0, 5), { text: "\u2026" }, ...t.chain.slice(-5), link] : [...t.chain, link];
  return { ...t, chain };
}
function secretTaint(secret, source, origin, scope = "one") {
  return { secret, source, scope, chain: [{ text: origin, location: source }] };
}
function at(location) {
  return `line ${location.line}`;
}

// src/analysis/expr-values.ts
function secretName(read) {
  if (read.context === "secrets") {
    const name = read.path[0];
    if (name === void 0) return null;
    return name === "*" ? "secrets[computed]" : name.toUpperCase();
  }
  if (read.context === "github" && read.path[0]?.toLowerCase() === "token")
    return SYNTHETIC_SECRETS.githubToken;
  return null;
}
function exprValue(text, scope, location) {
  const parsed2 = analyseExpression(text);
  const taints = [];
  for (const d of parsed2.dumps) {
    if (d === "secrets")
      taints.push([secretTaint(SYNTHETIC_SECRETS.allSecrets, location, `toJSON(secrets)`, "all")]);
    if (d === "env") taints.push(unionTaints(...[...scope.env.values()].map((v) => v.taints)));
  }
  for (const read of parsed2.reads) taints.push(readValue(read, scope, location).taints);
  return { taints: unionTaints(...taints), text: staticText3(parsed2.reads, text, scope) };
}
function readValue(read, scope, location) {
  const name = secretName(read);
  if (name)
    return {
      taints: [secretTaint(name, location, read.context === "github" ? "github.token" : `secrets.${name}`)],
      text: null
    };
  const [a, b, c] = read.path;
  switch (read.context) {
    case "env":
      return a ? through(scope.env.get(a) ?? UNKNOWN, { text: `env.${a}`, location }) : UNKNOWN;
    case "steps":
      return a && b === "outputs" && c ? through(scope.stepOutputs.get(a)?.get(c) ?? UNKNOWN, { text: `steps.${a}.outputs.${c}`, location }) : UNKNOWN;
    case "needs":
      return a && b === "outputs" && c ? through(scope.needsOutputs.get(a)?.get(c) ?? UNKNOWN, { text: `needs.${a}.outputs.${c}`, location }) : UNKNOWN;
    case "inputs":
      return a ? through(scope.inputs.get(a) ?? UNKNOWN, { text: `inputs.${a}`, location }) : UNKNOWN;
    case "matrix":
      return a ? scope.matrix.get(a) ?? UNKNOWN : UNKNOWN;
    default:
      return UNKNOWN;
  }
}
function staticText3(reads, text, scope) {
  if (reads.length !== 1) return null;
  const read = reads[0];
  const name = read.path[0];
  if (read.path.length !== 1 || name === void 0 || read.context !== "env" && read.context !== "matrix")
    return null;
  if (text.replace(/\s+/g, "").toLowerCase() !== `${read.context}.${name}`.toLowerCase()) return null;
  return (read.context === "env" ? scope.env.get(name) : scope.matrix.get(name))?.text ?? null;
}
function strValue(s, scope) {
  if (s.exprs.length === 0) return literal(s.value);
  const pieces = [];
  let last = 0;
  for (const e of s.exprs) {
    pieces.push(literal(s.value.slice(last, e.start)));
    const loc = s.locate(e.start);
    pieces.push(exprValue(e.text, scope, { file: scope.file, line: loc.line, column: loc.column }));
    last = e.end;
  }
  pieces.push(literal(s.value.slice(last)));
  return concat(pieces);
}
var untrustedPatterns = untrusted_contexts_default.patterns.map(
  (p) => new RegExp(`^github\\.${p.replace(/\./g, "\\.").replace(/\*/g, "[^.]+")}$`, "i")
);
function untrustedReads(text) {
  const out = [];
  for (const read of analyseExpression(text).reads) {
    if (read.context !== "github") continue;
    const path = `github.${read.path.join(".")}`;
    if (untrustedPatterns.some((re) => re.test(path))) out.push(path);
  }
  return out;
}

// src/analysis/sinks/options.ts
function parseOptions(args, spec) {
  const options = [];
  const positionals = [];
  let i = 0;
  let endOfOptions = false;
  while (i < args.length) {
    const word = args[i++];
    if (!word) break;
    const prefix = literalPrefix(word);
    const tpl = template(word);
    if (endOfOptions || !prefix.startsWith("-") || prefix === "-" || tpl === "-") {
      if (spec.plusOptions && prefix.startsWith("+")) continue;
      positionals.push(word);
      if (spec.stopAtPositional && !endOfOptions) {
        return { options, positionals, rest: [word, ...args.slice(i)] };
      }
      continue;
    }
    if (tpl === "--") {
      endOfOptions = true;
      continue;
    }
    if (prefix.startsWith("--")) {
      const eq = tpl.indexOf("=");
      const name = eq >= 0 ? tpl.slice(2, eq) : tpl.slice(2);
      if (eq >= 0) {
        options.push({ name: `--${name}`, value: subWord(word, eq + 1), word });
      } else if (spec.longWithArg.has(name)) {
        options.push({ name: `--${name}`, value: args[i] ?? null, word });
        i++;
      } else {
        options.push({ name: `--${name}`, value: null, word });
      }
      continue;
    }
    const single = spec.singleDashLong;
    if (single) {
      const eq = tpl.indexOf("=");
      const name = eq >= 0 ? tpl.slice(1, eq) : tpl.slice(1);
      if (single.has(name)) {
        if (eq >= 0) options.push({ name: `-${name}`, value: subWord(word, eq + 1), word });
        else {
          options.push({ name: `-${name}`, value: args[i] ?? null, word });
          i++;
        }
        continue;
      }
    }
    for (let k = 1; k < tpl.length; k++) {
      const letter = tpl[k] ?? "";
      if (letter === "\0") break;
      if (spec.shortWithArg.includes(letter)) {
        if (k + 1 < tpl.length) options.push({ name: `-${letter}`, value: subWord(word, k + 1), word });
        else {
          options.push({ name: `-${letter}`, value: args[i] ?? null, word });
          i++;
        }
        break;
      }
      options.push({ name: `-${letter}`, value: null, word });
    }
  }
  return { options, positionals, rest: [] };
}
function optionValues(parsed2, ...names) {
  return parsed2.options.flatMap((o) => names.includes(o.name) && o.value ? [o.value] : []);
}
function hasOption(parsed2, ...names) {
  return parsed2.options.some((o) => names.includes(o.name));
}
function parsePwshParams(args, known, switches = []) {
  const params = /* @__PURE__ */ new Map();
  const positionals = [];
  const all = [...known, ...switches].map((n) => n.toLowerCase());
  const isParam = (w) => {
    const p = w ? literalPrefix(w) : "";
    return /^-[A-Za-z]/.test(p);
  };
  let i = 0;
  while (i < args.length) {
    const word = args[i++];
    if (!word) break;
    if (!isParam(word)) {
      positionals.push(word);
      continue;
    }
    const tpl = template(word);
    const colon = tpl.indexOf(":");
    const written = (colon >= 0 ? tpl.slice(1, colon) : tpl.slice(1)).toLowerCase();
    const exact = all.find((n) => n === written);
    const candidates = exact ? [exact] : all.filter((n) => n.startsWith(written));
    const name = candidates.length === 1 ? candidates[0] ?? written : written;
    if (colon >= 0) {
      params.set(name, subWord(word, colon + 1));
    } else if (switches.some((s) => s.toLowerCase() === name)) {
      params.set(name, null);
    } else if (i < args.length && !isParam(args[i])) {
      params.set(name, args[i] ?? null);
      i++;
    } else {
      params.set(name, null);
    }
  }
  return { params, positionals };
}

// src/analysis/sinks/types.ts
function sink(init) {
  const dests = init.destinations ?? [];
  const payload = [...init.payload ?? []];
  for (const d of dests) if (!payload.includes(d.word)) payload.push(d.word);
  const m = {
    tool: init.tool,
    channel: init.channel,
    destinations: dests.map((d) => d.word),
    destinationHints: dests.map((d) => d.hint),
    payload,
    sendsStdin: init.sendsStdin ?? false,
    readsEnv: init.readsEnv ?? [],
    readsFiles: init.readsFiles ?? [],
    uploads: init.uploads ?? [],
    span: init.span
  };
  if (init.defaultHost !== void 0) m.defaultHost = init.defaultHost;
  return m;
}
function unknownWord(raw, span) {
  return { raw, parts: [{ kind: "dynamic", text: raw }], span };
}

// src/analysis/sinks/curl.ts
var LONG_WITH_ARG = new Set(
  `abstract-unix-socket alt-svc aws-sigv4 cacert capath cert cert-type ciphers config connect-timeout connect-to
  continue-at cookie cookie-jar create-file-mode crlfile curves data data-ascii data-binary data-raw
  data-urlencode delegation dns-interface dns-ipv4-addr dns-ipv6-addr dns-servers doh-url dump-header egd-file
  engine etag-compare etag-save expect100-timeout form form-string ftp-account ftp-alternative-to-user
  ftp-method ftp-port ftp-ssl-ccc-mode happy-eyeballs-timeout-ms header hostpubmd5 hostpubsha256 hsts
  interface json keepalive-time key key-type krb libcurl limit-rate local-port login-options mail-auth
  mail-from mail-rcpt max-filesize max-redirs max-time netrc-file noproxy oauth2-bearer output output-dir
  parallel-max pass pinnedpubkey preproxy proto proto-default proto-redir proxy proxy-cacert proxy-capath
  proxy-cert proxy-cert-type proxy-ciphers proxy-crlfile proxy-header proxy-key proxy-key-type proxy-pass
  proxy-pinnedpubkey proxy-service-name proxy-tls13-ciphers proxy-tlsauthtype proxy-tlspassword
  proxy-tlsuser proxy-user pubkey quote random-file range rate referer request request-target resolve retry
  retry-delay retry-max-time sasl-authzid service-name socks4 socks4a socks5 socks5-gssapi-service
  socks5-hostname speed-limit speed-time stderr telnet-option tftp-blksize time-cond tls-max tls13-ciphers
  tlsauthtype tlspassword tlsuser trace trace-ascii trace-config unix-socket upload-file url url-query user
  user-agent write-out variable ech ip-tos vlan-priority haproxy-clientip sigalgs knownhosts upload-flags
  ssl-sessions retry-connrefused-timeout mptcp-port`.split(/\s+/)
);
var CURL_OPTIONS = {
  shortWithArg: "EKCbcdDFPHmoxUQreXYytzTuAw",
  longWithArg: LONG_WITH_ARG
};
var DATA_AT = /* @__PURE__ */ new Set(["-d", "--data", "--data-ascii", "--data-binary", "--json"]);
var DATA_RAW = /* @__PURE__ */ new Set(["--data-raw"]);
var FORM = /* @__PURE__ */ new Set(["-F", "--form"]);
var PLAIN_PAYLOAD = /* @__PURE__ */ new Set([
  "--form-string",
  "-u",
  "--user",
  "-U",
  "--proxy-user",
  "--oauth2-bearer",
  "-e",
  "--referer",
  "-A",
  "--user-agent",
  "--url-query",
  "--proxy-header",
  "--request-target",
  "--mail-from",
  "--mail-rcpt",
  "--mail-auth",
  "--tlsuser",
  "--tlspassword",
  "--proxy-tlsuser",
  "--proxy-tlspassword",
  "--pass",
  "--proxy-pass",
  "--login-options",
  "--sasl-authzid",
  "--aws-sigv4",
  "--variable"
]);
var PROXIES = /* @__PURE__ */ new Set([
  "-x",
  "--proxy",
  "--preproxy",
  "--socks4",
  "--socks4a",
  "--socks5",
  "--socks5-hostname"
]);
function canonical(name) {
  return name.startsWith("--expand-") ? `--${name.slice("--expand-".length)}` : name;
}
function matchCurl(op, tool = "curl") {
  const parsed2 = parseOptions(op.args, CURL_OPTIONS);
  const destinations = [];
  const payload = [];
  const uploads = [];
  const readsFiles = [];
  let sendsStdin = false;
  const atFile = (value) => {
    const tpl = template(value);
    if (tpl === "@-") sendsStdin = true;
    else if (literalPrefix(value).startsWith("@")) uploads.push(subWord(value, 1));
    else payload.push(value);
  };
  for (const opt of parsed2.options) {
    const name = canonical(opt.name);
    const value = opt.value;
    if (name === "-n" || name === "--netrc" || name === "--netrc-optional") readsFiles.push("~/.netrc");
    if (!value) continue;
    if (DATA_AT.has(name)) atFile(value);
    else if (DATA_RAW.has(name) || PLAIN_PAYLOAD.has(name)) payload.push(value);
    else if (name === "--data-urlencode") {
      const tpl = template(value);
      const eq = tpl.indexOf("=");
      const at2 = tpl.indexOf("@");
      if (at2 >= 0 && (eq < 0 || at2 < eq)) {
        const file = subWord(value, at2 + 1);
        if (template(file) === "-") sendsStdin = true;
        else uploads.push(file);
      } else payload.push(value);
    } else if (FORM.has(name)) {
      const tpl = template(value);
      const eq = tpl.indexOf("=");
      const marker = eq >= 0 ? tpl[eq + 1] : void 0;
      if (marker === "@" || marker === "<") {
        const semi = tpl.indexOf(";", eq + 2);
        const file = subWord(value, eq + 2, semi >= 0 ? semi : void 0);
        if (template(file) === "-") sendsStdin = true;
        else uploads.push(file);
        payload.push(subWord(value, 0, eq));
      } else payload.push(value);
    } else if (name === "-H" || name === "--header") {
      if (literalPrefix(value).startsWith("@")) {
        const file = subWord(value, 1);
        if (template(file) === "-") sendsStdin = true;
        else uploads.push(file);
      } else payload.push(value);
    } else if (name === "-b" || name === "--cookie") {
      if (template(value).includes("=")) payload.push(value);
      else uploads.push(value);
    } else if (name === "-T" || name === "--upload-file") {
      const tpl = template(value);
      if (tpl === "-" || tpl === ".") sendsStdin = true;
      else uploads.push(value);
    } else if (name === "--url") destinations.push({ word: value, hint: "url" });
    else if (PROXIES.has(name)) destinations.push({ word: value, hint: "url" });
    else if (name === "-K" || name === "--config") {
      if (template(value) === "-") sendsStdin = true;
      else uploads.push(value);
      destinations.push({ word: unknownWord(`curl config ${value.raw}`, value.span), hint: "url" });
    } else if (name === "--netrc-file") readsFiles.push(value.raw);
  }
  for (const url of parsed2.positionals) destinations.push({ word: url, hint: "url" });
  return [
    sink({
      tool,
      channel: "http",
      span: op.span,
      destinations,
      payload,
      uploads,
      sendsStdin,
      readsFiles
    })
  ];
}
var curlSink = {
  names: ["curl", "curl.exe"],
  match: (op) => matchCurl(op)
};

// src/analysis/sinks/wget.ts
var WGET_OPTIONS = {
  shortWithArg: "oaeiBtOTwQPUlARDIXn",
  longWithArg: new Set(
    `output-file append-output execute input-file base tries output-document timeout wait quota
    directory-prefix user-agent level accept reject domains include-directories exclude-directories
    report-speed config rejected-log retry-on-http-error start-pos progress dns-timeout connect-timeout
    read-timeout waitretry bind-address limit-rate restrict-file-names prefer-family user password use-askpass
    local-encoding remote-encoding cut-dirs http-user http-password default-page header compression proxy-user
    proxy-password referer load-cookies save-cookies post-data post-file method body-data body-file
    secure-protocol certificate certificate-type private-key private-key-type ca-certificate ca-directory
    crl-file pinnedpubkey ciphers ftp-user ftp-password warc-file warc-header warc-max-size warc-dedup
    warc-tempdir backups accept-regex reject-regex regex-type exclude-domains follow-tags ignore-tags
    http-proxy https-proxy`.split(/\s+/)
  )
};
var PAYLOAD = /* @__PURE__ */ new Set([
  "--post-data",
  "--body-data",
  "--header",
  "--user",
  "--password",
  "--http-user",
  "--http-password",
  "--proxy-user",
  "--proxy-password",
  "--ftp-user",
  "--ftp-password",
  "--referer",
  "-U",
  "--user-agent"
]);
var FILES = /* @__PURE__ */ new Set(["--post-file", "--body-file", "--load-cookies"]);
function matchWget(op, tool = "wget") {
  const parsed2 = parseOptions(op.args, WGET_OPTIONS);
  const destinations = [];
  const payload = [];
  const uploads = [];
  let sendsStdin = false;
  for (const opt of parsed2.options) {
    const value = opt.value;
    if (!value) continue;
    if (PAYLOAD.has(opt.name)) payload.push(value);
    else if (FILES.has(opt.name)) uploads.push(value);
    else if (opt.name === "-i" || opt.name === "--input-file") {
      if (template(value) === "-") sendsStdin = true;
      destinations.push({ word: unknownWord(`wget URL list ${value.raw}`, value.span), hint: "url" });
    } else if (opt.name === "-e" || opt.name === "--execute") payload.push(value);
    else if (opt.name === "--http-proxy" || opt.name === "--https-proxy") {
      destinations.push({ word: value, hint: "url" });
    }
  }
  for (const url of parsed2.positionals) destinations.push({ word: url, hint: "url" });
  return [
    sink({
      tool,
      channel: "http",
      span: op.span,
      destinations,
      payload,
      uploads,
      sendsStdin,
      // wget reads ~/.netrc for credentials of the host it contacts.
      readsFiles: ["~/.netrc"]
    })
  ];
}
var wgetSink = {
  names: ["wget", "wget2", "wget.exe"],
  match: (op) => matchWget(op)
};

// src/analysis/sinks/httpie.ts
var HTTPIE_OPTIONS = {
  shortWithArg: "aAop",
  longWithArg: new Set(
    `auth auth-type output print history-print pretty style format-options response-charset
    response-mime session session-read-only proxy verify cert cert-key cert-key-pass ssl ciphers
    max-redirects timeout boundary default-scheme path-as-is unix-socket raw`.split(/\s+/)
  )
};
var METHODS2 = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE|CONNECT|QUERY)$/i;
function matchHttpie(op) {
  const parsed2 = parseOptions(op.args, HTTPIE_OPTIONS);
  const positionals = [...parsed2.positionals];
  if (positionals[0] && METHODS2.test(template(positionals[0]))) positionals.shift();
  const url = positionals.shift();
  const payload = [...optionValues(parsed2, "-a", "--auth", "--raw")];
  const uploads = [];
  for (const item of positionals) {
    const tpl = template(item);
    const m = /(:=@|=@|@)/.exec(tpl);
    const sep = /(==|:=|=|:)/.exec(tpl);
    if (m && (!sep || m.index <= sep.index)) uploads.push(subWord(item, m.index + m[0].length));
    else payload.push(item);
  }
  const destinations = url ? [{ word: url, hint: "url" }] : [];
  for (const proxy of optionValues(parsed2, "--proxy")) {
    const colon = template(proxy).indexOf(":");
    destinations.push({ word: subWord(proxy, colon + 1), hint: "url" });
  }
  return [
    sink({
      tool: op.name,
      channel: "http",
      span: op.span,
      destinations,
      payload,
      uploads,
      sendsStdin: !hasOption(parsed2, "--ignore-stdin", "-I"),
      readsFiles: ["~/.netrc"]
    })
  ];
}
var httpieSink = {
  names: ["http", "https", "xh", "xhs"],
  match: (op) => matchHttpie(op)
};

// src/analysis/sinks/netcat.ts
var NC_OPTIONS = {
  shortWithArg: "pswiqxXeIOTVMmPcg",
  longWithArg: new Set(
    `exec sh-exec lua-exec source source-port wait idle-timeout proxy proxy-type proxy-auth proxy-dns
    max-conns allow allowfile deny denyfile output hex-dump append-output delay ssl-cert ssl-key
    ssl-trustfile ssl-ciphers ssl-servername ssl-alpn`.split(/\s+/)
  )
};
function matchNetcat(op) {
  const parsed2 = parseOptions(op.args, NC_OPTIONS);
  if (hasOption(parsed2, "-l", "--listen")) return [];
  const [host, ...ports] = parsed2.positionals;
  const destinations = [];
  if (host) {
    const port = ports[0];
    destinations.push({ word: port ? concatWords([host, ":", port], host.span) : host, hint: "host" });
  }
  for (const proxy of optionValues(parsed2, "-x", "--proxy")) destinations.push({ word: proxy, hint: "host" });
  const exec = optionValues(parsed2, "-e", "-c", "--exec", "--sh-exec", "--lua-exec");
  return [
    sink({
      tool: op.name,
      channel: "socket",
      span: op.span,
      destinations,
      payload: exec,
      sendsStdin: true
    })
  ];
}
var SOCAT_NET = /^(tcp[46]?|tcp[46]?-connect|udp[46]?|udp[46]?-connect|udp[46]?-sendto|udp[46]?-datagram|openssl|openssl-connect|ssl|sctp[46]?|sctp[46]?-connect|socks4a?|socks5|proxy|proxy-connect|dccp-connect):/i;
function matchSocat(op) {
  const parsed2 = parseOptions(op.args, { shortWithArg: "dlL", longWithArg: /* @__PURE__ */ new Set() });
  const destinations = [];
  const payload = [];
  const uploads = [];
  let sendsStdin = false;
  for (const address of parsed2.positionals) {
    const tpl = template(address);
    const net = SOCAT_NET.exec(tpl);
    if (net) {
      const comma = tpl.indexOf(",", net[0].length);
      let target = subWord(address, net[0].length, comma >= 0 ? comma : void 0);
      const type = (net[1] ?? "").toLowerCase();
      if (type.startsWith("proxy") || type.startsWith("socks")) {
        const ttpl = template(target);
        const colon = ttpl.indexOf(":");
        target = subWord(target, 0, colon >= 0 ? colon : void 0);
      }
      destinations.push({ word: target, hint: "host" });
    } else if (/^(-|stdin|stdio|-:-)(,|$)/i.test(tpl)) {
      sendsStdin = true;
    } else if (/^(exec|system):/i.test(tpl)) {
      payload.push(address);
    } else if (/^(file|open|gopen|create):/i.test(tpl)) {
      uploads.push(subWord(address, tpl.indexOf(":") + 1));
    } else if (!tpl.includes(":")) {
      uploads.push(address);
    }
  }
  if (destinations.length === 0) return [];
  return [
    sink({ tool: "socat", channel: "socket", span: op.span, destinations, payload, uploads, sendsStdin })
  ];
}
function matchTelnet(op) {
  const parsed2 = parseOptions(op.args, { shortWithArg: "bel", longWithArg: /* @__PURE__ */ new Set() });
  const [host, port] = parsed2.positionals;
  if (!host) return [];
  const word = port ? concatWords([host, ":", port], host.span) : host;
  return [
    sink({
      tool: "telnet",
      channel: "socket",
      span: op.span,
      destinations: [{ word, hint: "host" }],
      sendsStdin: true
    })
  ];
}
function matchOpenssl(op) {
  const [sub2, ...rest] = op.args;
  if (!sub2 || template(sub2) !== "s_client") return [];
  const parsed2 = parseOptions(rest, {
    shortWithArg: "",
    longWithArg: /* @__PURE__ */ new Set(),
    singleDashLong: new Set(
      `connect host port servername proxy proxy_user proxy_pass CAfile CApath cert key pass starttls
      xmpphost name sess_out sess_in alpn`.split(/\s+/)
    )
  });
  const destinations = [];
  for (const c of optionValues(parsed2, "-connect", "-proxy")) destinations.push({ word: c, hint: "host" });
  const host = optionValues(parsed2, "-host")[0];
  if (host) {
    const port = optionValues(parsed2, "-port")[0];
    destinations.push({ word: port ? concatWords([host, ":", port], host.span) : host, hint: "host" });
  }
  const payload = optionValues(parsed2, "-proxy_user", "-proxy_pass", "-pass");
  return [
    sink({
      tool: "openssl s_client",
      channel: "socket",
      span: op.span,
      destinations,
      ...destinations.length === 0 ? { defaultHost: "localhost" } : {},
      payload,
      sendsStdin: true
    })
  ];
}
var netcatSinks = [
  { names: ["nc", "ncat", "netcat", "nc.openbsd", "nc.traditional"], match: (op) => matchNetcat(op) },
  { names: ["socat"], match: (op) => matchSocat(op) },
  { names: ["telnet"], match: (op) => matchTelnet(op) },
  { names: ["openssl"], match: (op) => matchOpenssl(op) }
];

// src/analysis/sinks/ssh.ts
var SSH_OPTIONS = {
  shortWithArg: "BbcDEeFIiJLlmOopQRSWw",
  longWithArg: /* @__PURE__ */ new Set(),
  stopAtPositional: true
};
var SCP_OPTIONS = { shortWithArg: "cDFiJlOoPSX", longWithArg: /* @__PURE__ */ new Set() };
var SFTP_OPTIONS = {
  shortWithArg: "BbcDFiJloPRSsX",
  longWithArg: /* @__PURE__ */ new Set(),
  stopAtPositional: true
};
var RSYNC_OPTIONS = {
  shortWithArg: "efBTM",
  longWithArg: new Set(
    `rsh rsync-path exclude include filter files-from exclude-from include-from password-file port temp-dir
    log-file log-file-format chmod chown block-size bwlimit compare-dest copy-dest link-dest backup-dir suffix
    timeout contimeout max-size min-size max-delete partial-dir out-format info debug remote-option iconv
    sockopts usermap groupmap skip-compress address outbuf stop-after stop-at modify-window checksum-choice
    compress-choice compress-level read-batch write-batch only-write-batch protocol`.split(/\s+/)
  )
};
function isRemotePath(word) {
  const tpl = template(word);
  if (/^(scp|sftp|ssh|rsync):\/\//i.test(tpl)) return true;
  const colon = tpl.indexOf(":");
  if (colon <= 0) return false;
  const slash = tpl.indexOf("/");
  return slash < 0 || slash > colon;
}
function jumpHosts(parsed2) {
  return optionValues(parsed2, "-J").map((word) => ({ word, hint: "ssh" }));
}
function matchSsh(op) {
  const parsed2 = parseOptions(op.args, SSH_OPTIONS);
  const [host, ...command] = parsed2.rest.length > 0 ? parsed2.rest : parsed2.positionals;
  if (!host) return [];
  return [
    sink({
      tool: "ssh",
      channel: "ssh",
      span: op.span,
      destinations: [{ word: host, hint: "ssh" }, ...jumpHosts(parsed2)],
      payload: [...command, ...optionValues(parsed2, "-o")],
      sendsStdin: true
    })
  ];
}
function copyMatch(op, tool, positionals, extra) {
  const target = positionals.at(-1);
  const sources = positionals.slice(0, -1);
  if (!target) return [];
  const destinations = [];
  const uploads = [];
  if (isRemotePath(target)) {
    destinations.push({ word: target, hint: "ssh" });
    for (const s of sources) {
      if (isRemotePath(s)) destinations.push({ word: s, hint: "ssh" });
      else uploads.push(s);
    }
  } else {
    for (const s of sources) if (isRemotePath(s)) destinations.push({ word: s, hint: "ssh" });
  }
  if (destinations.length === 0) return [];
  return [sink({ tool, channel: "ssh", span: op.span, destinations, uploads, ...extra })];
}
function matchScp(op) {
  const parsed2 = parseOptions(op.args, SCP_OPTIONS);
  return copyMatch(op, "scp", parsed2.positionals, {});
}
function matchRsync(op) {
  const parsed2 = parseOptions(op.args, RSYNC_OPTIONS);
  return copyMatch(op, "rsync", parsed2.positionals, {
    readsEnv: ["RSYNC_PASSWORD"],
    readsFiles: optionValues(parsed2, "--password-file").map((w) => w.raw),
    payload: optionValues(parsed2, "-e", "--rsh", "--rsync-path", "-M", "--remote-option")
  });
}
function matchSftp(op) {
  const parsed2 = parseOptions(op.args, SFTP_OPTIONS);
  const host = parsed2.positionals[0];
  if (!host) return [];
  const batch = optionValues(parsed2, "-b")[0];
  return [
    sink({
      tool: "sftp",
      channel: "ssh",
      span: op.span,
      destinations: [{ word: host, hint: "ssh" }, ...jumpHosts(parsed2)],
      // Batch commands (`put file`) come from stdin or a batch file; what they upload is not known statically.
      uploads: batch && template(batch) !== "-" ? [batch] : [],
      sendsStdin: !batch || template(batch) === "-"
    })
  ];
}
var sshSinks = [
  { names: ["ssh"], match: (op) => matchSsh(op) },
  { names: ["scp"], match: (op) => matchScp(op) },
  { names: ["sftp"], match: (op) => matchSftp(op) },
  { names: ["rsync"], match: (op) => matchRsync(op) }
];

// src/analysis/sinks/ftp.ts
function matchFtp(op) {
  const parsed2 = parseOptions(op.args, { shortWithArg: "P", longWithArg: /* @__PURE__ */ new Set() });
  const [host, port] = parsed2.positionals;
  if (!host) return [];
  const word = port ? concatWords([host, ":", port], host.span) : host;
  return [
    sink({
      tool: op.name,
      channel: "ftp",
      span: op.span,
      destinations: [{ word, hint: "url" }],
      sendsStdin: true,
      readsFiles: ["~/.netrc"]
    })
  ];
}
function matchLftp(op) {
  const parsed2 = parseOptions(op.args, {
    shortWithArg: "uepfcD",
    longWithArg: /* @__PURE__ */ new Set(["user", "password", "env-password"])
  });
  const destinations = parsed2.positionals.map((word) => ({
    word,
    hint: "url"
  }));
  const commands = optionValues(parsed2, "-c", "-e");
  if (destinations.length === 0) {
    destinations.push({ word: unknownWord("lftp commands", op.span), hint: "url" });
  }
  return [
    sink({
      tool: "lftp",
      channel: "ftp",
      span: op.span,
      destinations,
      payload: [...optionValues(parsed2, "-u", "--user", "--password"), ...commands],
      uploads: optionValues(parsed2, "-f"),
      sendsStdin: commands.length === 0,
      readsEnv: ["LFTP_PASSWORD"],
      readsFiles: ["~/.netrc"]
    })
  ];
}
function matchNcftpput(op) {
  const parsed2 = parseOptions(op.args, { shortWithArg: "uPpjdetUmyfTSo", longWithArg: /* @__PURE__ */ new Set() });
  const [host, , ...files] = parsed2.positionals;
  if (!host) return [];
  return [
    sink({
      tool: "ncftpput",
      channel: "ftp",
      span: op.span,
      destinations: [{ word: host, hint: "host" }],
      payload: optionValues(parsed2, "-u", "-p"),
      uploads: files
    })
  ];
}
var ftpSinks = [
  { names: ["ftp", "pftp", "tnftp"], match: (op) => matchFtp(op) },
  { names: ["lftp"], match: (op) => matchLftp(op) },
  { names: ["ncftpput"], match: (op) => matchNcftpput(op) }
];

// src/analysis/sinks/devtcp.ts
var DEV = /^\/dev\/(tcp|udp)\//;
function devSocketTarget(word) {
  const tpl = template(word);
  const m = DEV.exec(tpl);
  if (!m) return null;
  const slash = tpl.indexOf("/", m[0].length);
  const host = subWord(word, m[0].length, slash >= 0 ? slash : void 0);
  const joined = slash >= 0 ? concatWords([host, ":", subWord(word, slash + 1)], word.span) : host;
  return { word: { ...joined, span: word.span }, protocol: m[1] === "udp" ? "udp" : "tcp" };
}
var ARG_PRINTERS = /* @__PURE__ */ new Set(["echo", "printf", "print", "Write-Output"]);
var FILE_PRINTERS = /* @__PURE__ */ new Set(["cat", "tac", "head", "tail", "base64", "xxd", "od", "hexdump", "gzip", "dd"]);
function writes(r) {
  return r.op.includes(">");
}
function senderMatch(op, target, protocol, sending) {
  const isPrinter = ARG_PRINTERS.has(op.name);
  const isFile = FILE_PRINTERS.has(op.name);
  return sink({
    tool: `/dev/${protocol}`,
    channel: "socket",
    span: op.span,
    destinations: [{ word: target, hint: "host" }],
    payload: sending && !isFile ? op.args : [],
    uploads: sending && isFile ? op.args.filter((a) => !template(a).startsWith("-")) : [],
    sendsStdin: sending && !isPrinter
  });
}
function openedSockets(script, before) {
  const fds = /* @__PURE__ */ new Map();
  for (const op of script.ops.slice(0, before)) {
    if (op.kind !== "command") continue;
    for (const r of op.redirects) {
      const t = r.target && devSocketTarget(r.target);
      if (t && r.fd !== void 0 && r.fd > 2) fds.set(r.fd, t);
    }
  }
  return fds;
}
function matchDevTcp(op, script) {
  const matches = [];
  let fds;
  for (const r of op.redirects) {
    if (!r.target) continue;
    const direct = devSocketTarget(r.target);
    const target = r.target;
    const modelledAsWrite = script.ops.some(
      (o) => o.kind === "write" && o.target.span.start === target.span.start
    );
    if (direct && modelledAsWrite && r.fd === void 0) continue;
    if (direct) {
      const sending = writes(r) && (r.fd === void 0 || r.fd <= 2) && op.name !== "exec" && op.name !== "";
      matches.push(senderMatch(op, direct.word, direct.protocol, sending));
      continue;
    }
    const fdText = template(r.target);
    if (writes(r) && /^\d+$/.test(fdText) && r.op.includes("&")) {
      const index = script.ops.indexOf(op);
      fds ??= openedSockets(script, index >= 0 ? index : script.ops.length);
      const socket = fds.get(Number(fdText));
      if (socket) matches.push(senderMatch(op, socket.word, socket.protocol, true));
    }
  }
  return matches;
}
function matchDevTcpWrite(op) {
  const t = devSocketTarget(op.target);
  if (!t) return [];
  return [
    sink({
      tool: `/dev/${t.protocol}`,
      channel: "socket",
      span: op.span,
      destinations: [{ word: t.word, hint: "host" }],
      payload: [op.content]
    })
  ];
}

// src/analysis/sinks/dns.ts
var RR_TYPES = new Set(
  `a aaaa txt mx ns cname soa ptr srv any caa ds dnskey https svcb naptr tlsa axfr ixfr spf hinfo rrsig nsec
  nsec3 loc uri`.split(/\s+/)
);
var CLASSES = /* @__PURE__ */ new Set(["in", "ch", "hs", "chaos", "hesiod"]);
function isTypeOrClass(word) {
  const t = template(word).toLowerCase();
  return RR_TYPES.has(t) || CLASSES.has(t);
}
function dnsMatch(tool, span, names, servers) {
  if (names.length === 0) return [];
  const destinations = [
    ...names.map((word) => ({ word, hint: "dns" })),
    ...servers.map((word) => ({ word, hint: "host" }))
  ];
  return [sink({ tool, channel: "dns", span, destinations, payload: names })];
}
var DIG_OPTIONS = { shortWithArg: "bcfkpqtxy", longWithArg: /* @__PURE__ */ new Set(), plusOptions: true };
function matchDig(op) {
  const parsed2 = parseOptions(op.args, DIG_OPTIONS);
  const servers = [];
  const names = [...optionValues(parsed2, "-q")];
  for (const w of parsed2.positionals) {
    if (literalPrefix(w).startsWith("@")) servers.push(subWord(w, 1));
    else if (!isTypeOrClass(w)) names.push(w);
  }
  return dnsMatch(op.name, op.span, names, servers);
}
function matchNslookup(op) {
  const positionals = op.args.filter((w) => !literalPrefix(w).startsWith("-") || template(w) === "-");
  const [name, server] = positionals;
  if (!name || template(name) === "-") return [];
  return dnsMatch("nslookup", op.span, [name], server ? [server] : []);
}
function matchHost(op) {
  const parsed2 = parseOptions(op.args, { shortWithArg: "cNRtWm", longWithArg: /* @__PURE__ */ new Set() });
  const [name, server] = parsed2.positionals;
  return name ? dnsMatch("host", op.span, [name], server ? [server] : []) : [];
}
function matchDrill(op) {
  const parsed2 = parseOptions(op.args, { shortWithArg: "ckoprsyT", longWithArg: /* @__PURE__ */ new Set() });
  const servers = [];
  const names = [];
  for (const w of parsed2.positionals) {
    if (literalPrefix(w).startsWith("@")) servers.push(subWord(w, 1));
    else if (!isTypeOrClass(w)) names.push(w);
  }
  return dnsMatch("drill", op.span, names, servers);
}
function matchResolver(op) {
  const parsed2 = parseOptions(op.args, {
    shortWithArg: "itcp",
    longWithArg: /* @__PURE__ */ new Set(["interface", "type", "class", "protocol"])
  });
  let names = parsed2.positionals;
  if (op.name === "resolvectl") {
    const sub2 = names[0] ? template(names[0]) : "";
    if (sub2 !== "query" && sub2 !== "tlsa" && sub2 !== "openpgp" && sub2 !== "service") return [];
    names = names.slice(1);
  }
  if (op.name === "getent") {
    const db = names[0] ? template(names[0]) : "";
    if (!/^(hosts|ahosts|ahostsv4|ahostsv6)$/.test(db)) return [];
    names = names.slice(1);
  }
  return dnsMatch(op.name, op.span, names, []);
}
function matchResolveDnsName(op) {
  const { params, positionals } = parsePwshParams(
    op.args,
    ["Name", "Server", "Type", "DnsOnly", "NoHostsFile"],
    ["DnsOnly", "NoHostsFile", "TcpOnly", "NoRecursion", "QuickTimeout", "CacheOnly"]
  );
  const name = params.get("name") ?? positionals[0];
  const server = params.get("server");
  return name ? dnsMatch("Resolve-DnsName", op.span, [name], server ? [server] : []) : [];
}
var dnsCommandSinks = [
  { names: ["dig", "kdig", "delv"], match: (op) => matchDig(op) },
  { names: ["nslookup", "nslookup.exe"], match: (op) => matchNslookup(op) },
  { names: ["host"], match: (op) => matchHost(op) },
  { names: ["drill"], match: (op) => matchDrill(op) },
  { names: ["resolvectl", "systemd-resolve", "getent"], match: (op) => matchResolver(op) },
  { names: ["Resolve-DnsName"], match: (op) => matchResolveDnsName(op) }
];
var DNS_CALLS = [
  /^socket\.(gethostbyname|gethostbyname_ex|getaddrinfo|getfqdn)$/,
  /^dns\.resolver\.(resolve|query|resolve_name)$/,
  /^dns\.resolver\.Resolver\.(resolve|query|resolve_name)$/,
  /^dns\.(promises\.)?(lookup|resolve|resolve4|resolve6|resolveAny|resolveTxt|resolveCname|resolveMx|resolveNs|resolveSrv|resolveCaa)$/,
  /^dns\.(promises\.)?Resolver\.(resolve|resolve4|resolve6|resolveAny|resolveTxt|resolveCname|resolveMx|resolveNs|resolveSrv)$/,
  /^(system\.)?net\.dns\.(gethostaddresses|gethostentry|gethostbyname|resolve|gethostaddressesasync|gethostentryasync)$/i
];
var dnsCallSink = {
  match(op) {
    if (!DNS_CALLS.some((re) => re.test(op.callee))) return [];
    const name = op.args[0] ?? op.kwargs["host"] ?? op.kwargs["hostname"] ?? op.kwargs["qname"];
    return name ? dnsMatch(op.callee, op.span, [name], []) : [];
  }
};

// src/analysis/sinks/ping.ts
function matchPing(op) {
  const parsed2 = parseOptions(op.args, { shortWithArg: "ciIlmMpQsStTwWF", longWithArg: /* @__PURE__ */ new Set() });
  const host = parsed2.positionals.at(-1);
  if (!host) return [];
  return [
    sink({
      tool: op.name,
      channel: "icmp",
      span: op.span,
      destinations: [{ word: host, hint: "host" }],
      payload: optionValues(parsed2, "-p")
    })
  ];
}
var pingSink = { names: ["ping", "ping6"], match: (op) => matchPing(op) };

// src/analysis/sinks/git.ts
var GLOBAL_OPTIONS = {
  shortWithArg: "Cc",
  longWithArg: /* @__PURE__ */ new Set([
    "git-dir",
    "work-tree",
    "namespace",
    "exec-path",
    "config-env",
    "super-prefix",
    "list-cmds",
    "attr-source"
  ]),
  stopAtPositional: true
};
var SUB_OPTIONS = {
  clone: {
    shortWithArg: "obujc",
    longWithArg: new Set(
      `origin branch upload-pack reference reference-if-able separate-git-dir depth shallow-since shallow-exclude
      config filter jobs template server-option bundle-uri ref-format revision also-filter-submodules`.split(
        /\s+/
      )
    )
  },
  push: { shortWithArg: "o", longWithArg: /* @__PURE__ */ new Set(["repo", "receive-pack", "exec", "push-option"]) },
  fetch: {
    shortWithArg: "jo",
    longWithArg: /* @__PURE__ */ new Set([
      "depth",
      "deepen",
      "shallow-since",
      "shallow-exclude",
      "upload-pack",
      "jobs",
      "server-option",
      "negotiation-tip",
      "refmap",
      "filter"
    ])
  },
  pull: {
    shortWithArg: "sXjo",
    longWithArg: /* @__PURE__ */ new Set([
      "depth",
      "deepen",
      "shallow-since",
      "shallow-exclude",
      "upload-pack",
      "jobs",
      "server-option",
      "strategy",
      "strategy-option",
      "negotiation-tip"
    ])
  },
  "ls-remote": { shortWithArg: "o", longWithArg: /* @__PURE__ */ new Set(["upload-pack", "sort", "server-option"]) }
};
function isUrlLike(word) {
  const tpl = template(word);
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(tpl) || /^[^/:]+:/.test(tpl) || tpl.startsWith("/") || tpl.startsWith(".");
}
function remoteUrl(name, script, before) {
  let found = null;
  for (const op of script.ops) {
    if (op === before) break;
    if (op.kind !== "command" || op.name !== "git") continue;
    const g = parseOptions(op.args, GLOBAL_OPTIONS);
    const [sub2, ...rest] = g.rest;
    const subName = sub2 ? template(sub2) : "";
    if (subName === "remote") {
      const parsed2 = parseOptions(rest, { shortWithArg: "tm", longWithArg: /* @__PURE__ */ new Set(["mirror"]) });
      const [action, remote, url] = parsed2.positionals;
      const act = action ? template(action) : "";
      if ((act === "add" || act === "set-url") && remote && url && template(remote) === name) found = url;
    } else if (subName === "clone" && name === "origin") {
      const parsed2 = parseOptions(rest, SUB_OPTIONS["clone"] ?? GLOBAL_OPTIONS);
      const origin = optionValues(parsed2, "-o", "--origin")[0];
      if (!origin && parsed2.positionals[0]) found = parsed2.positionals[0];
    }
  }
  return found;
}
function repoDestination(repo, script, op) {
  if (!repo) return unknownWord("git remote (default)", op.span);
  if (isUrlLike(repo)) return repo;
  const name = template(repo);
  return remoteUrl(name, script, op) ?? unknownWord(`git remote ${repo.raw}`, repo.span);
}
function matchGit(op, script) {
  const global = parseOptions(op.args, GLOBAL_OPTIONS);
  const [subWord2, ...rest] = global.rest;
  if (!subWord2) return [];
  const sub2 = template(subWord2);
  const config = optionValues(global, "-c");
  const configEnv = optionValues(global, "--config-env").flatMap((w) => {
    const m = /=([A-Za-z_][A-Za-z0-9_]*)$/.exec(template(w));
    return m?.[1] ? [m[1]] : [];
  });
  const destinations = [];
  const payload = [...config];
  switch (sub2) {
    case "clone": {
      const parsed2 = parseOptions(rest, SUB_OPTIONS["clone"] ?? GLOBAL_OPTIONS);
      const url = parsed2.positionals[0];
      if (!url) return [];
      destinations.push({ word: url, hint: "git" });
      payload.push(...optionValues(parsed2, "-c", "--config"));
      break;
    }
    case "push":
    case "fetch":
    case "pull":
    case "ls-remote": {
      const parsed2 = parseOptions(rest, SUB_OPTIONS[sub2] ?? GLOBAL_OPTIONS);
      const repo = optionValues(parsed2, "--repo")[0] ?? parsed2.positionals[0];
      destinations.push({ word: repoDestination(repo, script, op), hint: "git" });
      payload.push(...optionValues(parsed2, "-o", "--push-option", "--server-option"));
      break;
    }
    case "remote": {
      const parsed2 = parseOptions(rest, { shortWithArg: "tm", longWithArg: /* @__PURE__ */ new Set(["mirror"]) });
      const [action, , url] = parsed2.positionals;
      const act = action ? template(action) : "";
      if (act !== "add" && act !== "set-url" || !url) return [];
      destinations.push({ word: url, hint: "git" });
      break;
    }
    case "submodule": {
      const parsed2 = parseOptions(rest, {
        shortWithArg: "b",
        longWithArg: /* @__PURE__ */ new Set(["branch", "name", "reference", "depth"])
      });
      const [action, url] = parsed2.positionals;
      if (!action || template(action) !== "add" || !url) return [];
      destinations.push({ word: url, hint: "git" });
      break;
    }
    case "archive": {
      const parsed2 = parseOptions(rest, {
        shortWithArg: "o",
        longWithArg: /* @__PURE__ */ new Set(["remote", "format", "prefix", "output", "exec"])
      });
      const remote = optionValues(parsed2, "--remote")[0];
      if (!remote) return [];
      destinations.push({ word: repoDestination(remote, script, op), hint: "git" });
      break;
    }
    default:
      return [];
  }
  return [
    sink({
      tool: `git ${sub2}`,
      channel: "git",
      span: op.span,
      destinations,
      payload,
      readsEnv: configEnv,
      // Stored credentials and the token actions/checkout persists in .git/config go to the remote.
      readsFiles: ["~/.git-credentials", ".git/config", "~/.gitconfig", "~/.netrc"]
    })
  ];
}
var gitSink = {
  names: ["git", "git.exe"],
  match: (op, script) => matchGit(op, script)
};

// src/analysis/sinks/gh.ts
var GH_ENV = ["GH_TOKEN", "GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"];
var GH_OPTIONS = {
  shortWithArg: "RfFHXqtpbnTlmaAsjew",
  longWithArg: new Set(
    `repo hostname field raw-field header method input jq template cache preview body body-file title notes
    notes-file target tag label assignee milestone project reviewer base head env org app visibility
    description filename secret-file jq ref json workflow`.split(/\s+/)
  )
};
function matchGh(op) {
  const parsed2 = parseOptions(op.args, GH_OPTIONS);
  const [sub2, action] = parsed2.positionals.map(template);
  if (!sub2) return [];
  const destinations = optionValues(parsed2, "--hostname").map(
    (word) => ({
      word,
      hint: "host"
    })
  );
  const payload = [];
  const uploads = [];
  let sendsStdin = false;
  for (const opt of parsed2.options) {
    if (!opt.value) continue;
    const v = template(opt.value);
    if (["--input", "--body-file", "--notes-file", "-F", "--field"].includes(opt.name) && v.includes("@")) {
      const file = v.slice(v.indexOf("@") + 1);
      if (file === "-") sendsStdin = true;
      else uploads.push(opt.value);
    } else if (["--input", "--body-file", "--notes-file", "--secret-file"].includes(opt.name)) {
      if (v === "-") sendsStdin = true;
      else uploads.push(opt.value);
    } else payload.push(opt.value);
  }
  const files = parsed2.positionals.slice(sub2 === "gist" ? 2 : 3);
  if (sub2 === "release" && (action === "upload" || action === "create") || sub2 === "gist" && action === "create") {
    uploads.push(...files.filter((f) => template(f) !== "-"));
    if (files.some((f) => template(f) === "-")) sendsStdin = true;
  } else {
    payload.push(...parsed2.positionals.slice(1));
  }
  if (sub2 === "secret" && action === "set" && optionValues(parsed2, "-b", "--body").length === 0)
    sendsStdin = true;
  if (sub2 === "auth" && parsed2.options.some((o) => o.name === "--with-token")) sendsStdin = true;
  return [
    sink({
      tool: `gh ${sub2}`,
      channel: "http",
      span: op.span,
      destinations,
      ...destinations.length === 0 ? { defaultHost: "api.github.com" } : {},
      payload,
      uploads,
      sendsStdin,
      readsEnv: [...GH_ENV, "GH_HOST"],
      readsFiles: ["~/.config/gh/hosts.yml"]
    })
  ];
}
var ghSink = { names: ["gh", "gh.exe"], match: (op) => matchGh(op) };

// src/analysis/sinks/docker.ts
var DOCKER_CONFIG = "~/.docker/config.json";
var LOGIN_OPTIONS = {
  shortWithArg: "up",
  longWithArg: /* @__PURE__ */ new Set(["username", "password", "authfile"])
};
var BUILD_OPTIONS = {
  shortWithArg: "tfo",
  longWithArg: new Set(
    `tag file output build-arg build-context cache-from cache-to platform target secret ssh label network
    progress builder iidfile metadata-file provenance sbom attest annotation add-host allow cgroup-parent
    shm-size ulimit`.split(/\s+/)
  )
};
function login(op, tool, args) {
  const parsed2 = parseOptions(args, LOGIN_OPTIONS);
  const server = parsed2.positionals[0];
  return [
    sink({
      tool: `${tool} login`,
      channel: "registry",
      span: op.span,
      destinations: server ? [{ word: server, hint: "registry" }] : [],
      ...server ? {} : { defaultHost: "registry-1.docker.io" },
      payload: optionValues(parsed2, "-u", "--username", "-p", "--password"),
      sendsStdin: hasOption(parsed2, "--password-stdin")
    })
  ];
}
function images(op, tool, words) {
  if (words.length === 0) return [];
  return [
    sink({
      tool,
      channel: "registry",
      span: op.span,
      destinations: words.map((word) => ({ word, hint: "registry" })),
      readsFiles: [DOCKER_CONFIG]
    })
  ];
}
function matchDocker(op) {
  const global = parseOptions(op.args, {
    shortWithArg: "cHl",
    longWithArg: /* @__PURE__ */ new Set(["config", "context", "host", "log-level", "tlscacert", "tlscert", "tlskey"]),
    stopAtPositional: true
  });
  const [subWord2, ...rest] = global.rest;
  let sub2 = subWord2 ? template(subWord2) : "";
  let args = rest;
  if (sub2 === "image" || sub2 === "buildx" || sub2 === "builder") {
    const inner = args[0] ? template(args[0]) : "";
    sub2 = sub2 === "image" ? inner : inner === "build" || inner === "b" ? "build" : inner;
    args = args.slice(1);
  }
  const tool = op.name;
  switch (sub2) {
    case "login":
      return login(op, tool, args);
    case "push":
    case "pull": {
      const parsed2 = parseOptions(args, { shortWithArg: "q", longWithArg: /* @__PURE__ */ new Set(["platform"]) });
      return images(op, `${tool} ${sub2}`, parsed2.positionals.slice(0, 1));
    }
    case "build": {
      const parsed2 = parseOptions(args, BUILD_OPTIONS);
      const pushes = hasOption(parsed2, "--push") || optionValues(parsed2, "-o", "--output").some((o) => /push=true|type=registry/.test(template(o)));
      if (!pushes) return [];
      return images(op, `${tool} build --push`, optionValues(parsed2, "-t", "--tag"));
    }
    default:
      return [];
  }
}
function matchSkopeo(op) {
  const [subWord2, ...rest] = op.args;
  const sub2 = subWord2 ? template(subWord2) : "";
  if (sub2 === "login") return login(op, "skopeo", rest);
  if (sub2 !== "copy" && sub2 !== "sync") return [];
  const parsed2 = parseOptions(rest, {
    shortWithArg: "",
    longWithArg: /* @__PURE__ */ new Set([
      "src-creds",
      "dest-creds",
      "authfile",
      "src-authfile",
      "dest-authfile",
      "format",
      "src-tls-verify",
      "dest-tls-verify"
    ])
  });
  const dests = parsed2.positionals.filter((w) => template(w).startsWith("docker://"));
  return [
    sink({
      tool: `skopeo ${sub2}`,
      channel: "registry",
      span: op.span,
      destinations: dests.map((word) => ({ word, hint: "url" })),
      payload: optionValues(parsed2, "--src-creds", "--dest-creds"),
      readsFiles: [DOCKER_CONFIG]
    })
  ];
}
function matchHelmRegistry(op) {
  const [a, b, ...rest] = op.args.map((w) => w);
  const first = a ? template(a) : "";
  if (first === "registry" && b && template(b) === "login") return login(op, "helm registry", rest);
  if (first === "push" && rest[0]) {
    return [
      sink({
        tool: "helm push",
        channel: "registry",
        span: op.span,
        destinations: [{ word: rest[0], hint: "url" }],
        uploads: b ? [b] : [],
        readsFiles: ["~/.config/helm/registry/config.json"]
      })
    ];
  }
  return [];
}
var dockerSinks = [
  { names: ["docker", "podman", "buildah", "nerdctl"], match: (op) => matchDocker(op) },
  { names: ["skopeo"], match: (op) => matchSkopeo(op) }
];

// src/analysis/sinks/npm.ts
var NPM_ENV = [
  "NODE_AUTH_TOKEN",
  "NPM_TOKEN",
  "NPM_CONFIG__AUTH",
  "NPM_CONFIG__AUTHTOKEN",
  "npm_config__auth",
  "npm_config__authToken",
  "NPM_CONFIG_REGISTRY",
  "YARN_NPM_AUTH_TOKEN",
  "YARN_NPM_AUTH_IDENT",
  "NPM_CONFIG_USERCONFIG"
];
var NPM_FILES = ["~/.npmrc", ".npmrc", ".yarnrc.yml", "~/.yarnrc.yml", ".yarnrc"];
var NPM_OPTIONS = {
  shortWithArg: "wC",
  longWithArg: /* @__PURE__ */ new Set([
    "registry",
    "tag",
    "access",
    "otp",
    "workspace",
    "userconfig",
    "prefix",
    "cache",
    "filter",
    "provenance-file"
  ])
};
var REGISTRY_SUBCOMMANDS = new Set(
  `publish unpublish install i ci add update up upgrade view info show whoami access dist-tag deprecate owner
  token login adduser logout audit outdated exec dlx create init-from search star ping org team hook
  stars fund pack-publish npm`.split(/\s+/)
);
function matchNpm(op) {
  const parsed2 = parseOptions(op.args, NPM_OPTIONS);
  const name = op.name.replace(/\.(cmd|exe)$/, "");
  let sub2 = parsed2.positionals[0] ? template(parsed2.positionals[0]) : name === "yarn" ? "install" : "";
  if (name === "yarn" && sub2 === "npm" && parsed2.positionals[1]) sub2 = template(parsed2.positionals[1]);
  const isNpx = name === "npx" || name === "pnpx" || name === "bunx";
  if (!isNpx && !REGISTRY_SUBCOMMANDS.has(sub2)) return [];
  const destinations = [];
  for (const opt of parsed2.options) {
    if (!opt.value) continue;
    if (opt.name === "--registry" || /^--@[^:]+:registry$/.test(opt.name))
      destinations.push({ word: opt.value, hint: "url" });
  }
  const publishing = sub2 === "publish" || sub2 === "unpublish";
  return [
    sink({
      tool: isNpx ? name : `${name} ${sub2}`,
      channel: "registry",
      span: op.span,
      destinations,
      ...destinations.length === 0 ? { defaultHost: name === "yarn" && !publishing ? "registry.yarnpkg.com" : "registry.npmjs.org" } : {},
      payload: parsed2.options.flatMap((o) => o.name === "--otp" && o.value ? [o.value] : []),
      readsEnv: NPM_ENV,
      readsFiles: NPM_FILES
    })
  ];
}
var npmSink = {
  names: ["npm", "yarn", "pnpm", "bun", "npx", "pnpx", "bunx", "npm.cmd", "npx.cmd", "yarn.cmd", "pnpm.cmd"],
  match: (op) => matchNpm(op)
};

// src/analysis/sinks/python-packaging.ts
var PYPI_UPLOAD = "upload.pypi.org";
var TESTPYPI_UPLOAD = "test.pypi.org";
var TWINE_OPTIONS = {
  shortWithArg: "rusipc",
  longWithArg: /* @__PURE__ */ new Set([
    "repository",
    "repository-url",
    "sign-with",
    "identity",
    "username",
    "password",
    "comment",
    "config-file",
    "client-cert",
    "cert",
    "attestations"
  ])
};
function matchTwine(op, args = op.args) {
  const [subWord2, ...rest] = args;
  if (!subWord2 || template(subWord2) !== "upload") return [];
  const parsed2 = parseOptions(rest, TWINE_OPTIONS);
  const url = optionValues(parsed2, "--repository-url")[0];
  const repo = optionValues(parsed2, "-r", "--repository")[0];
  const repoName = repo ? template(repo) : "pypi";
  return [
    sink({
      tool: "twine upload",
      channel: "registry",
      span: op.span,
      destinations: url ? [{ word: url, hint: "url" }] : [],
      ...url ? {} : { defaultHost: repoName === "testpypi" ? TESTPYPI_UPLOAD : PYPI_UPLOAD },
      payload: optionValues(parsed2, "-u", "--username", "-p", "--password"),
      uploads: parsed2.positionals,
      readsEnv: ["TWINE_PASSWORD", "TWINE_USERNAME", "TWINE_REPOSITORY_URL", "TWINE_REPOSITORY"],
      readsFiles: ["~/.pypirc", "~/.netrc"]
    })
  ];
}
var PIP_OPTIONS = {
  shortWithArg: "ircecft",
  longWithArg: new Set(
    `index-url extra-index-url find-links requirement constraint editable target platform python-version
    implementation abi root prefix src upgrade-strategy progress-bar log proxy retries timeout exists-action
    trusted-host cert client-cert cache-dir report only-binary no-binary config-settings global-option
    python keyring-provider use-feature use-deprecated`.split(/\s+/)
  )
};
function matchPip(op, args = op.args) {
  const parsed2 = parseOptions(args, PIP_OPTIONS);
  const sub2 = parsed2.positionals[0] ? template(parsed2.positionals[0]) : "";
  if (!["install", "download", "wheel", "index", "search"].includes(sub2)) return [];
  const destinations = [];
  for (const w of optionValues(
    parsed2,
    "-i",
    "--index-url",
    "--extra-index-url",
    "-f",
    "--find-links",
    "--proxy"
  )) {
    destinations.push({ word: w, hint: "url" });
  }
  const custom = optionValues(parsed2, "-i", "--index-url").length > 0;
  return [
    sink({
      tool: `pip ${sub2}`,
      channel: "registry",
      span: op.span,
      destinations,
      ...custom ? {} : { defaultHost: "pypi.org" },
      readsEnv: ["PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS"],
      readsFiles: ["~/.netrc", "~/.config/pip/pip.conf", "~/.pip/pip.conf", "/etc/pip.conf"]
    })
  ];
}
function matchPublisher(op, args = op.args) {
  const tool = op.name === "python" || op.name.startsWith("python") ? "flit" : op.name;
  const spec = {
    shortWithArg: "rupt",
    longWithArg: /* @__PURE__ */ new Set([
      "repository",
      "username",
      "password",
      "token",
      "publish-url",
      "index",
      "repo",
      "user",
      "auth",
      "check-url",
      "trusted-publishing",
      "index-url",
      "pypirc",
      "ca-cert",
      "client-cert",
      "repository-url"
    ])
  };
  const parsed2 = parseOptions(args, spec);
  const sub2 = parsed2.positionals[0] ? template(parsed2.positionals[0]) : "";
  if (sub2 !== "publish" && !(tool === "maturin" && sub2 === "upload")) return [];
  const urls = optionValues(parsed2, "--publish-url", "--repository-url", "--index-url");
  const repo = optionValues(parsed2, "-r", "--repository", "--repo")[0];
  const repoUrl = repo && /:\/\//.test(template(repo)) ? repo : void 0;
  const destinations = [...urls, ...repoUrl ? [repoUrl] : []].map(
    (word) => ({
      word,
      hint: "url"
    })
  );
  const test = repo && template(repo) === "testpypi";
  const env = {
    poetry: ["POETRY_PYPI_TOKEN_*", "POETRY_HTTP_BASIC_*", "POETRY_REPOSITORIES_*"],
    uv: ["UV_PUBLISH_TOKEN", "UV_PUBLISH_USERNAME", "UV_PUBLISH_PASSWORD", "UV_PUBLISH_URL"],
    flit: ["FLIT_PASSWORD", "FLIT_USERNAME", "FLIT_INDEX_URL"],
    hatch: ["HATCH_INDEX_AUTH", "HATCH_INDEX_USER", "HATCH_INDEX_REPO"],
    pdm: ["PDM_PUBLISH_PASSWORD", "PDM_PUBLISH_USERNAME", "PDM_PUBLISH_REPO"],
    maturin: ["MATURIN_PYPI_TOKEN", "MATURIN_PASSWORD", "MATURIN_USERNAME", "MATURIN_REPOSITORY_URL"]
  };
  return [
    sink({
      tool: `${tool} publish`,
      channel: "registry",
      span: op.span,
      destinations,
      ...destinations.length === 0 ? { defaultHost: test ? TESTPYPI_UPLOAD : PYPI_UPLOAD } : {},
      payload: optionValues(parsed2, "-u", "--username", "-p", "--password", "--token", "--auth", "--user"),
      readsEnv: env[tool] ?? [],
      readsFiles: ["~/.pypirc"]
    })
  ];
}
var pythonPackagingSinks = [
  { names: ["twine"], match: (op) => matchTwine(op) },
  { names: ["pip", "pip3", "pipx"], match: (op) => matchPip(op) },
  { names: ["poetry", "uv", "flit", "hatch", "pdm", "maturin"], match: (op) => matchPublisher(op) }
];

// src/analysis/sinks/cloud.ts
var AWS_ENV = [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_SECURITY_TOKEN",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_CONTAINER_AUTHORIZATION_TOKEN",
  "AWS_PROFILE"
];
var GCP_ENV = [
  "GOOGLE_APPLICATION_CREDENTIALS",
  "GOOGLE_GHA_CREDS_PATH",
  "CLOUDSDK_AUTH_ACCESS_TOKEN_FILE",
  "CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE",
  "GOOGLE_CREDENTIALS",
  "GOOGLE_OAUTH_ACCESS_TOKEN"
];
var AZURE_ENV = [
  "AZURE_CLIENT_ID",
  "AZURE_CLIENT_SECRET",
  "AZURE_TENANT_ID",
  "AZURE_SUBSCRIPTION_ID",
  "AZURE_FEDERATED_TOKEN_FILE",
  "AZURE_CLIENT_CERTIFICATE_PATH"
];
var ARM_ENV = [
  "ARM_CLIENT_ID",
  "ARM_CLIENT_SECRET",
  "ARM_TENANT_ID",
  "ARM_SUBSCRIPTION_ID",
  "ARM_ACCESS_KEY",
  "ARM_OIDC_TOKEN"
];
function firstSubcommand(args, withArg) {
  const parsed2 = parseOptions(args, { shortWithArg: "", longWithArg: withArg });
  const [sub2, ...rest] = parsed2.positionals;
  return { sub: sub2 ? template(sub2) : "", rest, parsed: parsed2 };
}
function matchAws(op) {
  const AWS_FLAGS = /* @__PURE__ */ new Set([
    "debug",
    "no-verify-ssl",
    "no-paginate",
    "no-sign-request",
    "dryrun",
    "dry-run",
    "recursive",
    "quiet",
    "force",
    "no-cli-pager",
    "follow-symlinks",
    "no-follow-symlinks",
    "delete",
    "exact-timestamps",
    "only-show-errors",
    "no-progress",
    "with-decryption",
    "no-include-email",
    "human-readable",
    "summarize"
  ]);
  const withArg = /* @__PURE__ */ new Set();
  for (const w of op.args) {
    const t = template(w);
    if (t.startsWith("--") && !t.includes("=") && !AWS_FLAGS.has(t.slice(2))) withArg.add(t.slice(2));
  }
  const { sub: sub2, parsed: parsed2 } = firstSubcommand(op.args, withArg);
  const endpoint = optionValues(parsed2, "--endpoint-url");
  const service = sub2 === "s3api" ? "s3" : sub2 === "configure" || sub2 === "" ? "sts" : sub2;
  const positionals = parsed2.positionals.slice(2);
  const uploads = sub2 === "s3" && positionals.length >= 2 && /^s3:\/\//.test(template(positionals.at(-1))) ? positionals.slice(0, -1).filter((w) => !/^s3:\/\//.test(template(w))) : [];
  const fileArgs = parsed2.options.flatMap(
    (o) => o.value && /^(file|fileb):\/\//.test(template(o.value)) ? [o.value] : []
  );
  return [
    sink({
      tool: `aws ${sub2}`.trim(),
      channel: "cloud",
      span: op.span,
      destinations: endpoint.map((word) => ({ word, hint: "url" })),
      ...endpoint.length === 0 ? { defaultHost: `${service}.amazonaws.com` } : {},
      payload: op.args.filter((w) => !uploads.includes(w)),
      uploads: [...uploads, ...fileArgs],
      readsEnv: AWS_ENV,
      readsFiles: ["~/.aws/credentials", "~/.aws/config"]
    })
  ];
}
function matchGcloud(op) {
  const { sub: sub2 } = firstSubcommand(
    op.args,
    /* @__PURE__ */ new Set([
      "project",
      "account",
      "configuration",
      "format",
      "impersonate-service-account",
      "verbosity",
      "access-token-file"
    ])
  );
  const host = op.name === "gsutil" ? "storage.googleapis.com" : sub2 && /^[a-z-]+$/.test(sub2) && sub2 !== "auth" && sub2 !== "config" ? `${sub2.replace(/-/g, "")}.googleapis.com` : "oauth2.googleapis.com";
  return [
    sink({
      tool: `${op.name} ${sub2}`.trim(),
      channel: "cloud",
      span: op.span,
      defaultHost: host,
      payload: op.args,
      readsEnv: [...GCP_ENV, "CLOUDSDK_*"],
      readsFiles: ["~/.config/gcloud"]
    })
  ];
}
function matchAz(op) {
  const sub2 = op.args[0] ? template(op.args[0]) : "";
  return [
    sink({
      tool: `az ${sub2}`.trim(),
      channel: "cloud",
      span: op.span,
      defaultHost: sub2 === "login" ? "login.microsoftonline.com" : "management.azure.com",
      payload: op.args,
      readsEnv: AZURE_ENV,
      readsFiles: ["~/.azure"]
    })
  ];
}
var KUBE_OPTIONS = {
  shortWithArg: "snfolc",
  longWithArg: /* @__PURE__ */ new Set([
    "server",
    "namespace",
    "kubeconfig",
    "context",
    "cluster",
    "user",
    "token",
    "filename",
    "output",
    "selector",
    "container",
    "as",
    "as-group",
    "certificate-authority",
    "client-certificate",
    "client-key",
    "username",
    "password",
    "from-literal",
    "from-file",
    "from-env-file",
    "kube-apiserver",
    "kube-token",
    "kube-context",
    "set",
    "set-string",
    "set-file",
    "values",
    "version",
    "repo"
  ])
};
function matchKube(op) {
  if (op.name === "helm") {
    const reg = matchHelmRegistry(op);
    if (reg.length > 0) return reg;
  }
  const parsed2 = parseOptions(op.args, KUBE_OPTIONS);
  const servers = optionValues(parsed2, "-s", "--server", "--kube-apiserver");
  const destinations = servers.length > 0 ? servers.map((word) => ({ word, hint: "url" })) : [{ word: unknownWord(`${op.name} cluster (from kubeconfig)`, op.span), hint: "url" }];
  const files = [
    ...optionValues(parsed2, "-f", "--filename", "--from-file", "--from-env-file", "--values", "--set-file")
  ].filter((w) => template(w) !== "-");
  return [
    sink({
      tool: op.name,
      channel: "cloud",
      span: op.span,
      destinations,
      payload: op.args.filter((w) => !files.includes(w)),
      uploads: files,
      sendsStdin: optionValues(parsed2, "-f", "--filename").some((w) => template(w) === "-"),
      readsEnv: ["KUBECONFIG"],
      readsFiles: ["~/.kube/config"]
    })
  ];
}
function matchTerraform(op) {
  const parsed2 = parseOptions(op.args, {
    shortWithArg: "",
    longWithArg: /* @__PURE__ */ new Set(),
    singleDashLong: /* @__PURE__ */ new Set([
      "chdir",
      "var",
      "var-file",
      "target",
      "backend-config",
      "out",
      "state",
      "parallelism"
    ])
  });
  const sub2 = parsed2.positionals[0] ? template(parsed2.positionals[0]) : "";
  if (![
    "init",
    "plan",
    "apply",
    "destroy",
    "import",
    "refresh",
    "login",
    "output",
    "state",
    "taint",
    "untaint",
    "providers"
  ].includes(sub2))
    return [];
  return [
    sink({
      tool: `${op.name} ${sub2}`,
      channel: "cloud",
      span: op.span,
      // Providers and the backend decide where data goes; only their configuration knows.
      destinations: [{ word: unknownWord(`${op.name} providers and backend`, op.span), hint: "url" }],
      payload: optionValues(parsed2, "-var", "-backend-config"),
      uploads: optionValues(parsed2, "-var-file"),
      readsEnv: [
        "TF_TOKEN_*",
        "TF_VAR_*",
        "TF_CLI_ARGS*",
        ...AWS_ENV,
        ...ARM_ENV,
        ...GCP_ENV,
        "CLOUDFLARE_API_TOKEN",
        "DIGITALOCEAN_TOKEN",
        "GITHUB_TOKEN",
        "VAULT_TOKEN"
      ],
      readsFiles: ["~/.terraformrc", "~/.terraform.d/credentials.tfrc.json", "~/.aws/credentials"]
    })
  ];
}
var FIXED = [
  {
    names: ["wrangler"],
    host: "api.cloudflare.com",
    env: ["CLOUDFLARE_API_TOKEN", "CLOUDFLARE_API_KEY", "CLOUDFLARE_ACCOUNT_ID", "CF_API_TOKEN"]
  },
  { names: ["vercel"], host: "api.vercel.com", env: ["VERCEL_TOKEN", "VERCEL_ORG_ID", "VERCEL_PROJECT_ID"] },
  { names: ["netlify"], host: "api.netlify.com", env: ["NETLIFY_AUTH_TOKEN", "NETLIFY_SITE_ID"] },
  { names: ["heroku"], host: "api.heroku.com", env: ["HEROKU_API_KEY"], files: ["~/.netrc"] },
  { names: ["firebase"], host: "firebase.googleapis.com", env: ["FIREBASE_TOKEN", ...GCP_ENV] },
  { names: ["doctl"], host: "api.digitalocean.com", env: ["DIGITALOCEAN_ACCESS_TOKEN"] },
  { names: ["flyctl", "fly"], host: "api.fly.io", env: ["FLY_API_TOKEN", "FLY_ACCESS_TOKEN"] },
  {
    names: ["pulumi"],
    host: "api.pulumi.com",
    env: ["PULUMI_ACCESS_TOKEN", "PULUMI_CONFIG_PASSPHRASE", ...AWS_ENV, ...ARM_ENV, ...GCP_ENV]
  },
  {
    names: ["codecov", "codecovcli"],
    host: "ingest.codecov.io",
    env: ["CODECOV_TOKEN"],
    hostOptions: ["--url", "-u", "--enterprise-url"]
  },
  {
    names: ["sentry-cli"],
    host: "sentry.io",
    env: ["SENTRY_AUTH_TOKEN", "SENTRY_DSN"],
    hostOptions: ["--url"]
  },
  {
    names: ["gem"],
    host: "rubygems.org",
    env: ["GEM_HOST_API_KEY", "RUBYGEMS_API_KEY"],
    files: ["~/.gem/credentials", "~/.local/share/gem/credentials"],
    subcommands: ["push", "yank", "owner", "signin"],
    hostOptions: ["--host"]
  },
  {
    names: ["cargo"],
    host: "crates.io",
    env: ["CARGO_REGISTRY_TOKEN", "CARGO_REGISTRIES_*"],
    files: ["~/.cargo/credentials.toml", "~/.cargo/credentials"],
    subcommands: ["publish", "yank", "owner", "login"],
    hostOptions: ["--index"]
  },
  {
    names: ["dotnet"],
    host: "api.nuget.org",
    env: ["NUGET_API_KEY", "NUGET_AUTH_TOKEN"],
    files: ["~/.nuget/NuGet/NuGet.Config", "nuget.config"],
    subcommands: ["nuget"],
    hostOptions: ["-s", "--source"]
  },
  {
    names: ["nuget"],
    host: "api.nuget.org",
    env: ["NUGET_API_KEY"],
    subcommands: ["push", "delete"],
    hostOptions: ["-Source", "-s"]
  },
  {
    names: ["vsce"],
    host: "marketplace.visualstudio.com",
    env: ["VSCE_PAT"],
    subcommands: ["publish", "unpublish"]
  },
  {
    names: ["ovsx"],
    host: "open-vsx.org",
    env: ["OVSX_PAT"],
    subcommands: ["publish"],
    hostOptions: ["-r", "--registryUrl"]
  },
  {
    names: ["snapcraft"],
    host: "dashboard.snapcraft.io",
    env: ["SNAPCRAFT_STORE_CREDENTIALS"],
    subcommands: ["upload", "push", "release", "login"]
  },
  { names: ["gsutil"], host: "storage.googleapis.com", env: GCP_ENV }
];
function matchFixed(op, cli) {
  const hostOptions = new Set(
    (cli.hostOptions ?? []).filter((o) => o.startsWith("--")).map((o) => o.slice(2))
  );
  const parsed2 = parseOptions(op.args, {
    shortWithArg: (cli.hostOptions ?? []).filter((o) => /^-[A-Za-z]$/.test(o)).map((o) => o[1]).join(""),
    longWithArg: hostOptions,
    singleDashLong: new Set(
      (cli.hostOptions ?? []).filter((o) => /^-[A-Za-z]{2,}$/.test(o)).map((o) => o.slice(1))
    )
  });
  const sub2 = parsed2.positionals[0] ? template(parsed2.positionals[0]) : "";
  if (cli.subcommands && !cli.subcommands.includes(sub2)) return [];
  const hosts = optionValues(parsed2, ...cli.hostOptions ?? []);
  return [
    sink({
      tool: `${op.name} ${sub2}`.trim(),
      channel: "cloud",
      span: op.span,
      destinations: hosts.map((word) => ({ word, hint: "url" })),
      ...hosts.length === 0 ? { defaultHost: cli.host } : {},
      payload: op.args,
      readsEnv: cli.env,
      readsFiles: cli.files ?? []
    })
  ];
}
var cloudSinks = [
  { names: ["aws"], match: (op) => matchAws(op) },
  { names: ["gcloud"], match: (op) => matchGcloud(op) },
  { names: ["az"], match: (op) => matchAz(op) },
  { names: ["kubectl", "helm", "oc"], match: (op) => matchKube(op) },
  { names: ["terraform", "tofu", "terragrunt"], match: (op) => matchTerraform(op) },
  ...FIXED.map((cli) => ({ names: cli.names, match: (op) => matchFixed(op, cli) }))
];

// src/analysis/sinks/calls.ts
function arg(op, index, ...names) {
  for (const n of names) {
    const kw = op.kwargs[n];
    if (kw) return kw;
  }
  return index >= 0 ? op.args[index] : void 0;
}
function prop(word, ...names) {
  if (!word?.props) return void 0;
  for (const n of names) {
    const p = word.props[n];
    if (p) return p;
  }
  return void 0;
}
function callsBefore(script, op, test) {
  const out = [];
  for (const o of script.ops) {
    if (o === op) break;
    if (o.kind === "call" && test(o.callee)) out.push(o);
  }
  return out;
}
function callsIn(script, test) {
  return script.ops.filter((o) => o.kind === "call" && test(o.callee));
}
function addressWord(word) {
  const [host, port] = word.items ?? [];
  if (host && port) return concatWords([host, ":", port], word.span);
  if (host) return host;
  return word;
}

// src/analysis/sinks/python-http.ts
var VERBS = /* @__PURE__ */ new Set([
  "get",
  "post",
  "put",
  "patch",
  "delete",
  "head",
  "options",
  "request",
  "stream",
  "send"
]);
var CLIENTS = /^(requests|requests\.Session|requests\.session|httpx|httpx\.Client|httpx\.AsyncClient|aiohttp\.ClientSession)\.(\w+)$/;
var PAYLOAD_KW = [
  "data",
  "json",
  "headers",
  "params",
  "auth",
  "cookies",
  "files",
  "content",
  "body",
  "fields"
];
function http(op, url, payload, tool = op.callee) {
  const destinations = url ? [{ word: url, hint: "url" }] : [{ word: unknownWord(`${tool} URL`, op.span), hint: "url" }];
  return [
    sink({
      tool,
      channel: "http",
      span: op.span,
      destinations,
      payload: payload.filter((w) => !!w)
    })
  ];
}
function kwPayload(op) {
  return PAYLOAD_KW.flatMap((k) => op.kwargs[k] ? [op.kwargs[k]] : []);
}
function withBaseUrl(op, script, client, url) {
  if (url && !literalPrefix(url).startsWith("/")) return url;
  const ctor = callsBefore(script, op, (c) => c === client).at(-1);
  const base2 = ctor?.kwargs["base_url"];
  if (!base2) return url;
  return url ? concatWords([base2, url], url.span) : base2;
}
function matchClient(op, script) {
  const m = CLIENTS.exec(op.callee);
  if (!m) return [];
  const [, client = "", verb = ""] = m;
  if (!VERBS.has(verb)) return [];
  const isRequest = verb === "request" || verb === "stream" || verb === "send";
  let url = isRequest ? arg(op, 1, "url") : arg(op, 0, "url");
  if (client.includes(".")) url = withBaseUrl(op, script, client, url);
  const positionalData = isRequest ? op.args.slice(2) : op.args.slice(1);
  return http(op, url, [...positionalData, ...kwPayload(op)]);
}
function matchUrllib(op, script) {
  switch (op.callee) {
    case "urllib.request.Request":
      return http(op, arg(op, 0, "url"), [arg(op, 1, "data"), arg(op, 2, "headers")]);
    case "urllib.request.urlopen":
    case "urllib.urlopen":
    case "urllib2.urlopen": {
      const target = arg(op, 0, "url");
      if (target && isRequestObject(target, script)) {
        const data = arg(op, 1, "data");
        return data ? http(op, void 0, [data]).map((s) => ({ ...s, destinations: [], destinationHints: [] })) : [];
      }
      return http(op, target, [arg(op, 1, "data")]);
    }
    case "urllib3.request":
    case "urllib3.PoolManager.request":
    case "urllib3.PoolManager.request_encode_body":
    case "urllib3.PoolManager.urlopen":
      return http(op, arg(op, 1, "url"), [arg(op, 2, "body"), ...kwPayload(op)]);
    default:
      return [];
  }
}
function isRequestObject(word, script) {
  const requestOps = new Set(
    script.ops.flatMap((o, i) => o.kind === "call" && o.callee === "urllib.request.Request" ? [i] : [])
  );
  if (requestOps.size === 0) return false;
  return word.parts.some((p) => {
    if (p.kind === "output") return p.ops.some((i) => requestOps.has(i));
    if (p.kind === "var") {
      return script.ops.some(
        (o) => o.kind === "assign" && o.name === p.name && o.value.parts.some((q) => q.kind === "output" && q.ops.some((i) => requestOps.has(i)))
      );
    }
    return false;
  });
}
function matchHttpClient(op, script) {
  const m = /^(http\.client|httplib)\.(HTTPS?Connection)(?:\.(\w+))?$/.exec(op.callee);
  if (!m) return [];
  const [, mod = "", cls = "", method] = m;
  const scheme = cls === "HTTPSConnection" ? "https://" : "http://";
  if (!method) return [];
  if (!["request", "putrequest", "putheader", "send", "endheaders"].includes(method)) return [];
  const ctor = callsBefore(script, op, (c) => c === `${mod}.${cls}`).at(-1);
  const host = ctor ? arg(ctor, 0, "host") : void 0;
  const port = ctor ? arg(ctor, 1, "port") : void 0;
  const url = host ? concatWords([scheme, host, ...port ? [":", port] : []], host.span) : void 0;
  const payload = method === "request" ? [arg(op, 1, "url"), arg(op, 2, "body"), arg(op, 3, "headers")] : [...op.args];
  return http(op, url, payload, `${mod}.${cls}.${method}`);
}
var SOCKET_CONNECT = /^socket\.(socket\.connect|socket\.connect_ex|create_connection)$/;
function matchSocket(op, script) {
  const c = op.callee;
  if (SOCKET_CONNECT.test(c)) {
    const address = arg(op, 0, "address");
    if (!address) return [];
    return [
      sink({
        tool: c,
        channel: "socket",
        span: op.span,
        destinations: [{ word: addressWord(address), hint: "host" }]
      })
    ];
  }
  if (c === "socket.socket.sendto") {
    const address = arg(op, op.args.length - 1, "address");
    return [
      sink({
        tool: c,
        channel: "socket",
        span: op.span,
        destinations: address ? [{ word: addressWord(address), hint: "host" }] : [],
        payload: op.args.slice(0, 1)
      })
    ];
  }
  if (/^socket\.(socket|create_connection)\.(send|sendall|write|sendmsg)$/.test(c)) {
    const connects = callsIn(script, (x) => SOCKET_CONNECT.test(x));
    const destinations = connects.flatMap((k) => {
      const a = arg(k, 0, "address");
      return a ? [{ word: addressWord(a), hint: "host" }] : [];
    });
    return [
      sink({
        tool: c,
        channel: "socket",
        span: op.span,
        destinations: destinations.length > 0 ? destinations : [{ word: unknownWord("socket peer", op.span), hint: "host" }],
        payload: op.args
      })
    ];
  }
  return [];
}
var SESSIONS = [
  {
    ctor: /^smtplib\.(SMTP|SMTP_SSL|LMTP)$/,
    hostArg: { index: 0, names: ["host"] },
    channel: "smtp",
    sends: /^(sendmail|send_message|login)$/
  },
  {
    ctor: /^ftplib\.(FTP|FTP_TLS)$/,
    hostArg: { index: 0, names: ["host"] },
    channel: "ftp",
    sends: /^(login|storbinary|storlines|connect|sendcmd)$/
  },
  {
    ctor: /^paramiko\.(SSHClient|Transport)$/,
    hostArg: { index: -1, names: [] },
    channel: "ssh",
    sends: /^(connect|exec_command|open_sftp)$/
  },
  {
    ctor: /^xmlrpc\.client\.ServerProxy$/,
    hostArg: { index: 0, names: ["uri"] },
    channel: "http",
    sends: /^\w+$/
  }
];
function matchSessions(op, script) {
  for (const s of SESSIONS) {
    const dot = op.callee.lastIndexOf(".");
    const recv = op.callee.slice(0, dot);
    const method = op.callee.slice(dot + 1);
    const ctorCall = s.ctor.test(op.callee);
    if (!ctorCall && !(s.ctor.test(recv) && s.sends.test(method))) continue;
    const ctor = ctorCall ? op : callsBefore(script, op, (c) => s.ctor.test(c)).at(-1);
    let host = ctor ? arg(ctor, s.hostArg.index, ...s.hostArg.names) : void 0;
    if (!ctorCall && method === "connect" && s.channel === "ssh") host = arg(op, 0, "hostname");
    if (!host && ctorCall) return [];
    const hint = s.channel === "http" ? "url" : "host";
    return [
      sink({
        tool: op.callee,
        channel: s.channel,
        span: op.span,
        destinations: [{ word: host ?? unknownWord(`${recv} host`, op.span), hint }],
        payload: ctorCall ? [] : [...op.args, ...Object.values(op.kwargs)]
      })
    ];
  }
  return [];
}
function matchWebsocket(op, script) {
  if (/^websockets?\.(connect|client\.connect|create_connection)$/.test(op.callee)) {
    return http(op, arg(op, 0, "uri", "url"), []);
  }
  if (/^websockets?\.(connect|create_connection)\.send$/.test(op.callee)) {
    const ctor = callsBefore(script, op, (c) => /^websockets?\.(connect|create_connection)$/.test(c)).at(-1);
    return http(op, ctor ? arg(ctor, 0, "uri", "url") : void 0, op.args);
  }
  return [];
}
var pythonHttpSink = {
  match(op, script) {
    for (const f of [matchClient, matchUrllib, matchHttpClient, matchSocket, matchSessions, matchWebsocket]) {
      const r = f(op, script);
      if (r.length > 0) return r;
    }
    return [];
  }
};

// src/analysis/sinks/node-http.ts
function httpMatch(op, url, payload, tool = op.callee) {
  const destinations = [
    { word: url ?? unknownWord(`${tool} URL`, op.span), hint: "url" }
  ];
  return [
    sink({
      tool,
      channel: "http",
      span: op.span,
      destinations,
      payload: payload.filter((w) => !!w)
    })
  ];
}
function optionsUrl(options, span) {
  const host = prop(options, "hostname", "host");
  if (!host) return void 0;
  const port = prop(options, "port");
  const protocol = prop(options, "protocol");
  return concatWords([...protocol ? [protocol, "//"] : [], host, ...port ? [":", port] : []], span);
}
var FETCH = /^(fetch|globalThis\.fetch|window\.fetch|node-fetch|undici\.fetch|undici\.request|cross-fetch)$/;
var HTTP_REQ = /^(node:)?(https?|http2)\.(request|get|connect)$/;
var AXIOS = /^axios(\.create)?(\.(get|delete|head|options|post|put|patch|request|postForm|putForm|patchForm))?$/;
var GOT = /^got(\.(get|post|put|patch|delete|head|stream))?$/;
var SOCKET = /^(node:)?(net\.(connect|createConnection|Socket\.connect)|tls\.connect)$/;
function matchFetch(op) {
  if (!FETCH.test(op.callee)) return [];
  const init = op.args[1];
  return httpMatch(op, op.args[0], [
    prop(init, "body"),
    prop(init, "headers"),
    init && !init.props ? init : void 0
  ]);
}
function matchHttpModule(op, script) {
  if (HTTP_REQ.test(op.callee)) {
    const [first, second] = op.args;
    const firstIsOptions = !!first?.props;
    const url = firstIsOptions ? optionsUrl(first, first.span) : first;
    const options = firstIsOptions ? first : second?.props ? second : void 0;
    return httpMatch(op, url, [prop(options, "headers"), prop(options, "path"), prop(options, "auth")]);
  }
  const m = /^((?:node:)?(?:https?|http2)\.(?:request|get))\.(write|end|setHeader)$/.exec(op.callee);
  if (m) {
    const ctor = callsBefore(script, op, (c) => c === m[1]).at(-1);
    const url = ctor ? ctor.args[0]?.props ? optionsUrl(ctor.args[0], ctor.span) : ctor.args[0] : void 0;
    return httpMatch(op, url, op.args, `${m[1] ?? ""}.${m[2] ?? ""}`);
  }
  return [];
}
function matchSocket2(op, script) {
  const address = (c) => {
    const [a, b] = c.args;
    if (a?.props) {
      const host = prop(a, "host") ?? prop(a, "hostname");
      const port = prop(a, "port");
      return host ? port ? concatWords([host, ":", port], a.span) : host : void 0;
    }
    if (a && b) return concatWords([b, ":", a], b.span);
    return void 0;
  };
  if (SOCKET.test(op.callee)) {
    const a = address(op);
    return [
      sink({
        tool: op.callee,
        channel: "socket",
        span: op.span,
        destinations: [{ word: a ?? unknownWord("socket peer", op.span), hint: "host" }]
      })
    ];
  }
  const send = /^((?:node:)?(?:net\.(?:connect|createConnection|Socket)|tls\.connect))\.(write|end)$/.exec(
    op.callee
  );
  if (send) {
    const ctors = callsBefore(script, op, (c) => SOCKET.test(c));
    const dests = ctors.flatMap((c) => {
      const a = address(c);
      return a ? [{ word: a, hint: "host" }] : [];
    });
    return [
      sink({
        tool: `${send[1] ?? ""}.${send[2] ?? ""}`,
        channel: "socket",
        span: op.span,
        destinations: dests.length > 0 ? dests : [{ word: unknownWord("socket peer", op.span), hint: "host" }],
        payload: op.args
      })
    ];
  }
  if (/^(node:)?dgram\.createSocket\.send$/.test(op.callee)) {
    const [msg, port, host] = op.args;
    return [
      sink({
        tool: "dgram.send",
        channel: "socket",
        span: op.span,
        destinations: [
          {
            word: host && port ? concatWords([host, ":", port], host.span) : unknownWord("udp peer", op.span),
            hint: "host"
          }
        ],
        payload: msg ? [msg] : []
      })
    ];
  }
  return [];
}
function matchWebSocket(op, script) {
  if (op.callee === "WebSocket" || op.callee === "ws" || op.callee === "ws.WebSocket")
    return httpMatch(op, op.args[0], []);
  const m = /^(WebSocket|ws|ws\.WebSocket)\.send$/.exec(op.callee);
  if (!m) return [];
  const ctor = callsBefore(script, op, (c) => c === m[1]).at(-1);
  return httpMatch(op, ctor?.args[0], op.args, "WebSocket.send");
}
function matchAxiosGot(op, script) {
  const ax = AXIOS.exec(op.callee);
  if (ax && op.callee !== "axios.create") {
    const verb = ax[3];
    const created = ax[1] === ".create";
    const base2 = created ? prop(callsBefore(script, op, (c) => c === "axios.create").at(-1)?.args[0], "baseURL") : void 0;
    const join = (u) => base2 && (!u || literalPrefix(u).startsWith("/")) ? u ? concatWords([base2, u], u.span) : base2 : u;
    if (!verb || verb === "request") {
      const first = op.args[0];
      const config2 = first?.props ? first : op.args[1];
      const url = first?.props ? prop(first, "url") : first;
      return httpMatch(op, join(url ?? prop(config2, "baseURL")), [
        prop(config2, "data"),
        prop(config2, "headers"),
        prop(config2, "params"),
        prop(config2, "auth")
      ]);
    }
    const withData = /^(post|put|patch|postForm|putForm|patchForm)$/.test(verb);
    const config = withData ? op.args[2] : op.args[1];
    return httpMatch(op, join(op.args[0]), [
      withData ? op.args[1] : void 0,
      prop(config, "headers"),
      prop(config, "params"),
      prop(config, "auth")
    ]);
  }
  if (GOT.test(op.callee)) {
    const options = op.args[1];
    return httpMatch(op, op.args[0] ?? prop(options, "url"), [
      prop(options, "json"),
      prop(options, "body"),
      prop(options, "form"),
      prop(options, "headers"),
      prop(options, "searchParams"),
      prop(options, "username"),
      prop(options, "password")
    ]);
  }
  return [];
}
var OCTOKIT = /^(github|octokit|Octokit|context\.github)\.(request|graphql|rest\.[\w.]+|paginate)$/;
function matchOctokit(op) {
  const m = OCTOKIT.exec(op.callee);
  if (!m) return [];
  const kind = m[2] ?? "";
  const destinations = [];
  let defaultHost = "api.github.com";
  const route = op.args[0];
  if ((kind === "request" || kind === "paginate") && route) {
    const tpl = template(route);
    const url = /^(?:[A-Z]+\s+)?(?=https?:\/\/|\/\/)/.exec(tpl);
    const objUrl = prop(route, "url");
    if (url) {
      destinations.push({ word: subWord(route, url[0].length), hint: "url" });
      defaultHost = void 0;
    } else if (objUrl && /^https?:\/\//.test(template(objUrl))) {
      destinations.push({ word: objUrl, hint: "url" });
      defaultHost = void 0;
    } else if (!route.props && tpl[/^(?:[A-Z]+\s+)?/.exec(tpl)?.[0].length ?? 0] === "\0") {
      destinations.push({ word: route, hint: "url" });
      defaultHost = void 0;
    }
  }
  const params = op.args.slice(kind === "request" || kind === "graphql" || kind === "paginate" ? 1 : 0);
  return [
    sink({
      tool: op.callee,
      channel: "http",
      span: op.span,
      destinations,
      ...defaultHost ? { defaultHost } : {},
      payload: [...kind === "graphql" && route ? [route] : [], ...params],
      readsEnv: ["GITHUB_TOKEN"]
    })
  ];
}
var nodeHttpSink = {
  match(op, script) {
    for (const f of [matchFetch, matchHttpModule, matchSocket2, matchWebSocket, matchAxiosGot, matchOctokit]) {
      const r = f(op, script);
      if (r.length > 0) return r;
    }
    return [];
  }
};

// src/analysis/sinks/powershell-http.ts
var WEB_PARAMS = [
  "Uri",
  "Method",
  "Body",
  "Headers",
  "InFile",
  "OutFile",
  "ContentType",
  "UserAgent",
  "Proxy",
  "ProxyCredential",
  "Credential",
  "Token",
  "Form",
  "WebSession",
  "SessionVariable",
  "Authentication",
  "TimeoutSec",
  "MaximumRedirection",
  "CustomMethod",
  "Certificate",
  "CertificateThumbprint",
  "TransferEncoding",
  "StatusCodeVariable",
  "ResponseHeadersVariable",
  "MaximumRetryCount",
  "RetryIntervalSec"
];
var WEB_SWITCHES = [
  "UseBasicParsing",
  "UseDefaultCredentials",
  "SkipCertificateCheck",
  "PassThru",
  "DisableKeepAlive",
  "AllowUnencryptedAuthentication",
  "SkipHeaderValidation",
  "NoProxy",
  "Resume",
  "SkipHttpErrorCheck",
  "PreserveAuthorizationOnRedirect"
];
function matchPwshWebCmdlet(op) {
  const { params, positionals } = parsePwshParams(op.args, WEB_PARAMS, WEB_SWITCHES);
  const uri = params.get("uri") ?? positionals[0];
  const destinations = [
    { word: uri ?? unknownWord(`${op.name} URI`, op.span), hint: "url" }
  ];
  const proxy = params.get("proxy");
  if (proxy) destinations.push({ word: proxy, hint: "url" });
  const payload = [
    "body",
    "headers",
    "credential",
    "token",
    "form",
    "useragent",
    "websession",
    "proxycredential"
  ].map((k) => params.get(k)).filter((w) => !!w);
  const inFile = params.get("infile");
  return [
    sink({
      tool: op.name,
      channel: "http",
      span: op.span,
      destinations,
      payload,
      uploads: inFile ? [inFile] : [],
      // `$x | Invoke-RestMethod -Uri u -Method Post` sends the piped object as the body.
      sendsStdin: op.pipeFrom !== void 0 && !params.has("body")
    })
  ];
}
function matchSendMail(op) {
  const { params } = parsePwshParams(
    op.args,
    [
      "SmtpServer",
      "Body",
      "Subject",
      "To",
      "From",
      "Attachments",
      "Credential",
      "Port",
      "Cc",
      "Bcc",
      "Encoding",
      "Priority"
    ],
    ["UseSsl", "BodyAsHtml"]
  );
  const server = params.get("smtpserver");
  const attachments = params.get("attachments");
  return [
    sink({
      tool: "Send-MailMessage",
      channel: "smtp",
      span: op.span,
      destinations: [{ word: server ?? unknownWord("$PSEmailServer", op.span), hint: "host" }],
      payload: ["body", "subject", "to", "credential"].map((k) => params.get(k)).filter((w) => !!w),
      uploads: attachments ? [attachments] : []
    })
  ];
}
function matchTestNetConnection(op) {
  const { params, positionals } = parsePwshParams(
    op.args,
    ["ComputerName", "Port", "CommonTCPPort", "TraceRoute"],
    ["InformationLevel"]
  );
  const host = params.get("computername") ?? positionals[0];
  if (!host) return [];
  const port = params.get("port");
  return [
    sink({
      tool: op.name,
      channel: "socket",
      span: op.span,
      destinations: [{ word: port ? concatWords([host, ":", port], host.span) : host, hint: "host" }]
    })
  ];
}
function matchBits(op) {
  const { params, positionals } = parsePwshParams(
    op.args,
    ["Source", "Destination", "TransferType", "Credential"],
    []
  );
  const type = params.get("transfertype");
  if (!type || !/upload/i.test(type.raw)) return [];
  const dest = params.get("destination") ?? positionals[1];
  const src = params.get("source") ?? positionals[0];
  return [
    sink({
      tool: "Start-BitsTransfer",
      channel: "http",
      span: op.span,
      destinations: [{ word: dest ?? unknownWord("BITS destination", op.span), hint: "url" }],
      uploads: src ? [src] : []
    })
  ];
}
function tcpClientTarget(op) {
  if (op.name.toLowerCase() !== "new-object") return null;
  const { params, positionals } = parsePwshParams(op.args, ["TypeName", "ArgumentList"], []);
  const type = params.get("typename") ?? positionals[0];
  if (!type || !/^(system\.)?net\.sockets\.(tcpclient|udpclient)$/i.test(template(type))) return null;
  const argList = params.get("argumentlist") ?? positionals[1];
  if (!argList) return null;
  if (argList.items && argList.items.length >= 1) return addressWord(argList);
  const m = /^\(?\s*["']([^"'$]+)["']\s*,\s*(\d+)\s*\)?$/.exec(argList.raw);
  if (m?.[1] && m[2]) return literalWord(`${m[1]}:${m[2]}`, argList.span);
  return unknownWord(argList.raw, argList.span);
}
function matchNewObject(op) {
  const target = tcpClientTarget(op);
  if (!target) return [];
  return [
    sink({
      tool: "TcpClient",
      channel: "socket",
      span: op.span,
      destinations: [{ word: target, hint: "host" }]
    })
  ];
}
var powershellCommandSinks = [
  { names: ["New-Object"], match: (op) => matchNewObject(op) },
  { names: ["Invoke-WebRequest", "Invoke-RestMethod", "iwr", "irm"], match: (op) => matchPwshWebCmdlet(op) },
  { names: ["Send-MailMessage"], match: (op) => matchSendMail(op) },
  { names: ["Test-NetConnection", "tnc"], match: (op) => matchTestNetConnection(op) },
  { names: ["Start-BitsTransfer"], match: (op) => matchBits(op) }
];
function hasTcpClient(script) {
  return script.ops.some(
    (o) => o.kind === "command" && tcpClientTarget(o) !== null || o.kind === "call" && /tcpclient/i.test(o.callee)
  );
}
function norm(callee) {
  return callee.replace(/^system\./i, "").toLowerCase();
}
var WEBCLIENT = {
  uploadstring: { url: 0, payload: [1, 2] },
  uploadstringasync: { url: 0, payload: [1, 2] },
  uploadstringtaskasync: { url: 0, payload: [1, 2] },
  uploaddata: { url: 0, payload: [1, 2] },
  uploaddataasync: { url: 0, payload: [1, 2] },
  uploaddatataskasync: { url: 0, payload: [1, 2] },
  uploadvalues: { url: 0, payload: [1, 2] },
  uploadvaluestaskasync: { url: 0, payload: [1, 2] },
  uploadfile: { url: 0, payload: [1], file: 2 },
  uploadfileasync: { url: 0, payload: [1], file: 2 },
  uploadfiletaskasync: { url: 0, payload: [1], file: 2 },
  downloadstring: { url: 0, payload: [] },
  downloadstringtaskasync: { url: 0, payload: [] },
  downloaddata: { url: 0, payload: [] },
  downloadfile: { url: 0, payload: [] },
  openread: { url: 0, payload: [] },
  openwrite: { url: 0, payload: [] }
};
var HTTPCLIENT = {
  postasync: { url: 0, payload: [1] },
  putasync: { url: 0, payload: [1] },
  patchasync: { url: 0, payload: [1] },
  getasync: { url: 0, payload: [] },
  getstringasync: { url: 0, payload: [] },
  getbytearrayasync: { url: 0, payload: [] },
  getstreamasync: { url: 0, payload: [] },
  deleteasync: { url: 0, payload: [] },
  sendasync: { url: -1, payload: [0] },
  send: { url: -1, payload: [0] }
};
function pick(op, indices) {
  return indices.flatMap((i) => op.args[i] ? [op.args[i]] : []);
}
function scriptUrls(script, type) {
  const urls = [];
  for (const c of callsIn(script, (x) => norm(x).startsWith(`${type}.`))) {
    const method = norm(c.callee).slice(type.length + 1);
    const spec = type === "net.webclient" ? WEBCLIENT[method] : HTTPCLIENT[method];
    const u = spec && spec.url >= 0 ? c.args[spec.url] : void 0;
    if (u) urls.push(u);
  }
  for (const c of callsIn(script, (x) => norm(x) === "net.http.httprequestmessage"))
    if (c.args[1]) urls.push(c.args[1]);
  return urls;
}
function urlDests(urls, span, what) {
  return urls.length > 0 ? urls.map((word) => ({ word, hint: "url" })) : [{ word: unknownWord(what, span), hint: "url" }];
}
var powershellCallSink = {
  match(op, script) {
    const c = norm(op.callee);
    if (c.startsWith("net.webclient.")) {
      const method = c.slice("net.webclient.".length);
      const spec = WEBCLIENT[method];
      if (spec) {
        const url = op.args[spec.url];
        return [
          sink({
            tool: `WebClient.${op.callee.split(".").pop() ?? method}`,
            channel: "http",
            span: op.span,
            destinations: urlDests(url ? [url] : [], op.span, "WebClient URL"),
            payload: pick(op, spec.payload),
            uploads: spec.file !== void 0 ? pick(op, [spec.file]) : []
          })
        ];
      }
      if (/^headers\.(add|set)$/.test(method) || method === "credentials") {
        return [
          sink({
            tool: "WebClient.Headers",
            channel: "http",
            span: op.span,
            destinations: urlDests(scriptUrls(script, "net.webclient"), op.span, "WebClient URL"),
            payload: op.args
          })
        ];
      }
      return [];
    }
    if (c.startsWith("net.http.httpclient.")) {
      const method = c.slice("net.http.httpclient.".length);
      const spec = HTTPCLIENT[method];
      if (spec) {
        const url = spec.url >= 0 ? op.args[spec.url] : void 0;
        return [
          sink({
            tool: `HttpClient.${op.callee.split(".").pop() ?? method}`,
            channel: "http",
            span: op.span,
            destinations: urlDests(
              url ? [url] : scriptUrls(script, "net.http.httpclient"),
              op.span,
              "HttpClient URL"
            ),
            payload: pick(op, spec.payload)
          })
        ];
      }
      if (/^defaultrequestheaders\.(add|tryaddwithoutvalidation)$/.test(method) || /^defaultrequestheaders\.authorization$/.test(method)) {
        return [
          sink({
            tool: "HttpClient.DefaultRequestHeaders",
            channel: "http",
            span: op.span,
            destinations: urlDests(scriptUrls(script, "net.http.httpclient"), op.span, "HttpClient URL"),
            payload: op.args
          })
        ];
      }
      return [];
    }
    if (c === "net.webrequest.create" || c === "net.httpwebrequest.create") {
      return [
        sink({
          tool: "WebRequest.Create",
          channel: "http",
          span: op.span,
          destinations: urlDests(op.args.slice(0, 1), op.span, "WebRequest URL")
        })
      ];
    }
    if (c === "net.sockets.tcpclient" || c === "net.sockets.tcpclient.connect" || c === "net.sockets.tcpclient.connectasync") {
      const [host, port] = op.args;
      if (!host) return [];
      return [
        sink({
          tool: "TcpClient",
          channel: "socket",
          span: op.span,
          destinations: [{ word: port ? concatWords([host, ":", port], host.span) : host, hint: "host" }]
        })
      ];
    }
    if (c === "net.sockets.udpclient.send") {
      const [data, , host, port] = op.args;
      return [
        sink({
          tool: "UdpClient.Send",
          channel: "socket",
          span: op.span,
          destinations: [
            {
              word: host ? port ? concatWords([host, ":", port], host.span) : host : unknownWord("udp peer", op.span),
              hint: "host"
            }
          ],
          payload: data ? [data] : []
        })
      ];
    }
    const streamWrite = (/^\$\w+\.(write|writeasync|writeline)$/.test(c) || /^io\.streamwriter\.(write|writeline)$/.test(c)) && hasTcpClient(script);
    if (streamWrite || /^net\.sockets\.tcpclient\.(getstream\.)?(write|writeasync|send)$/.test(c) || /^net\.sockets\.networkstream\.(write|writeasync)$/.test(c)) {
      const dests = [
        ...callsIn(script, (x) => /^net\.sockets\.tcpclient(\.connect(async)?)?$/.test(norm(x))).flatMap(
          (k) => {
            const [host, port] = k.args;
            return host ? [{ word: port ? concatWords([host, ":", port], host.span) : host, hint: "host" }] : [];
          }
        ),
        ...script.ops.flatMap((o) => {
          const t = o.kind === "command" ? tcpClientTarget(o) : null;
          return t ? [{ word: t, hint: "host" }] : [];
        })
      ];
      return [
        sink({
          tool: "TcpClient stream",
          channel: "socket",
          span: op.span,
          destinations: dests.length > 0 ? dests : [{ word: unknownWord("tcp peer", op.span), hint: "host" }],
          payload: op.args
        })
      ];
    }
    return [];
  }
};

// src/analysis/sinks/mail.ts
function recipientDomain(word) {
  const at2 = template(word).lastIndexOf("@");
  return at2 >= 0 ? subWord(word, at2 + 1) : null;
}
function matchMail(op) {
  const parsed2 = parseOptions(op.args, {
    shortWithArg: "sacbrSAqFfBCoOXeLNpRT",
    longWithArg: /* @__PURE__ */ new Set(["subject", "attach", "cc", "bcc", "from", "return-address"])
  });
  const recipients = [...parsed2.positionals, ...optionValues(parsed2, "-c", "-b", "--cc", "--bcc")];
  const destinations = recipients.flatMap((r) => {
    const d = recipientDomain(r);
    return d ? [{ word: d, hint: "host" }] : [];
  });
  if (destinations.length === 0) return [];
  return [
    sink({
      tool: op.name,
      channel: "smtp",
      span: op.span,
      destinations,
      payload: [...optionValues(parsed2, "-s", "--subject"), ...recipients],
      uploads: optionValues(parsed2, "-a", "-A", "--attach"),
      sendsStdin: true
    })
  ];
}
function matchSwaks(op) {
  const parsed2 = parseOptions(op.args, {
    shortWithArg: "tfsphaunS",
    longWithArg: new Set(
      `to from server port helo body header header-x auth auth-user auth-password data attach attach-body
      subject cc bcc h-From h-Subject`.split(/\s+/)
    )
  });
  const server = optionValues(parsed2, "-s", "--server")[0];
  const to = optionValues(parsed2, "-t", "--to");
  const destinations = server ? [{ word: server, hint: "host" }] : to.flatMap((r) => {
    const d = recipientDomain(r);
    return d ? [{ word: d, hint: "host" }] : [];
  });
  if (destinations.length === 0) return [];
  return [
    sink({
      tool: "swaks",
      channel: "smtp",
      span: op.span,
      destinations,
      payload: [
        ...to,
        ...optionValues(
          parsed2,
          "--body",
          "--header",
          "--subject",
          "--auth-user",
          "--auth-password",
          "-au",
          "-ap",
          "--data"
        )
      ],
      uploads: optionValues(parsed2, "--attach")
    })
  ];
}
var mailSinks = [
  { names: ["mail", "mailx", "sendmail", "mutt", "msmtp"], match: (op) => matchMail(op) },
  { names: ["swaks"], match: (op) => matchSwaks(op) }
];

// src/analysis/sinks/index.ts
var COMMAND_SINKS = [
  curlSink,
  wgetSink,
  httpieSink,
  ...netcatSinks,
  ...sshSinks,
  ...ftpSinks,
  ...dnsCommandSinks,
  pingSink,
  gitSink,
  ghSink,
  ...dockerSinks,
  npmSink,
  ...pythonPackagingSinks,
  ...cloudSinks,
  ...powershellCommandSinks,
  ...mailSinks
];
var CALL_SINKS = [pythonHttpSink, nodeHttpSink, powershellCallSink, dnsCallSink];
var byName = /* @__PURE__ */ new Map();
for (const s of COMMAND_SINKS) {
  for (const name of s.names) byName.set(name.toLowerCase(), [...byName.get(name.toLowerCase()) ?? [], s]);
}
function isPwshAlias(op, script) {
  if (script.language !== "powershell") return false;
  return op.args.some(
    (a) => /^-(uri|method|body|headers|outfile|usebasicparsing|infile|contenttype)\b/i.test(template(a))
  );
}
function pythonModule(op) {
  const i = op.args.findIndex((a) => template(a) === "-m");
  const mod = i >= 0 ? op.args[i + 1] : void 0;
  if (!mod) return [];
  const rest = op.args.slice(i + 2);
  switch (template(mod)) {
    case "twine":
      return matchTwine(op, rest);
    case "pip":
      return matchPip(op, rest);
    case "flit":
      return matchPublisher({ ...op, name: "flit" }, rest);
    default:
      return [];
  }
}
var DESTINATION_ENV = {
  gh: [{ name: "GH_HOST", hint: "host" }],
  npm: [
    { name: "NPM_CONFIG_REGISTRY", hint: "url" },
    { name: "npm_config_registry", hint: "url" }
  ],
  pnpm: [{ name: "npm_config_registry", hint: "url" }],
  yarn: [{ name: "YARN_NPM_REGISTRY_SERVER", hint: "url" }],
  twine: [{ name: "TWINE_REPOSITORY_URL", hint: "url" }],
  pip: [
    { name: "PIP_INDEX_URL", hint: "url" },
    { name: "PIP_EXTRA_INDEX_URL", hint: "url" }
  ],
  uv: [{ name: "UV_PUBLISH_URL", hint: "url" }],
  flit: [{ name: "FLIT_INDEX_URL", hint: "url" }],
  aws: [{ name: "AWS_ENDPOINT_URL", hint: "url" }]
};
function withEnvDestinations(op, m) {
  const vars = DESTINATION_ENV[m.tool.split(" ")[0] ?? ""];
  if (!vars || op.envPrefix.length === 0) return m;
  const found = op.envPrefix.flatMap((a) => {
    const v = vars.find((x) => x.name === a.name);
    return v ? [{ word: a.value, hint: v.hint }] : [];
  });
  if (found.length === 0) return m;
  const { defaultHost: _dropped, ...rest } = m;
  return {
    ...rest,
    destinations: [...m.destinations, ...found.map((f) => f.word)],
    destinationHints: [...m.destinationHints, ...found.map((f) => f.hint)],
    payload: [...m.payload, ...found.map((f) => f.word)]
  };
}
function matchCommand(op, script) {
  return matchCommandRaw(op, script).map((m) => withEnvDestinations(op, m));
}
function matchCommandRaw(op, script) {
  const matches = [];
  const name = op.name.toLowerCase();
  if ((name === "curl" || name === "wget" || name === "iwr" || name === "irm") && isPwshAlias(op, script)) {
    matches.push(...matchPwshWebCmdlet(op));
  } else if (/^python(\d+(\.\d+)?)?$|^py$/.test(name)) {
    matches.push(...pythonModule(op));
  } else if (name === "uv" && op.args[0] && template(op.args[0]) === "pip") {
    matches.push(...matchPip({ ...op, name: "pip" }, op.args.slice(1)));
  } else {
    for (const s of byName.get(name) ?? []) matches.push(...s.match(op, script));
  }
  if (op.redirects.length > 0) matches.push(...matchDevTcp(op, script));
  return matches;
}
function matchCall(op, script) {
  return CALL_SINKS.flatMap((s) => s.match(op, script));
}
function matchWrite(op) {
  return matchDevTcpWrite(op);
}
function readsEnvVar(match, name) {
  return match.readsEnv.some((p) => p.endsWith("*") ? name.startsWith(p.slice(0, -1)) : p === name);
}

// src/analysis/tool-sources.ts
var NONE2 = { kind: "none" };
var CREDENTIAL_FILES = [
  { test: /(^|\/)\.npmrc$/, file: "~/.npmrc", tool: "npm" },
  { test: /(^|\/)\.yarnrc(\.yml)?$/, file: "~/.yarnrc.yml", tool: "yarn" },
  { test: /(^|\/)\.pypirc$/, file: "~/.pypirc", tool: "twine" },
  { test: /(^|\/)[._]netrc$/, file: "~/.netrc", tool: "netrc (curl, git, pip, wget)" },
  { test: /(^|\/)\.docker\/config\.json$/, file: "~/.docker/config.json", tool: "docker" },
  { test: /(^|\/)containers\/auth\.json$/, file: "~/.docker/config.json", tool: "podman" },
  { test: /(^|\/)\.git-credentials$/, file: "~/.git-credentials", tool: "git" },
  { test: /(^|\/)\.gitconfig$/, file: "~/.gitconfig", tool: "git" },
  { test: /(^|\/)\.git\/config$/, file: ".git/config", tool: "git" },
  { test: /(^|\/)\.env(\.[\w.-]+)?$/, file: ".env", tool: "dotenv" },
  { test: /(^|\/)\.aws\/(credentials|config)$/, file: "~/.aws/credentials", tool: "aws" },
  { test: /(^|\/)\.config\/gh\/hosts\.yml$/, file: "~/.config/gh/hosts.yml", tool: "gh" },
  { test: /(^|\/)\.kube\/config$/, file: "~/.kube/config", tool: "kubectl" },
  { test: /(^|\/)\.m2\/settings\.xml$/, file: "~/.m2/settings.xml", tool: "maven" },
  { test: /(^|\/)\.gradle\/gradle\.properties$/, file: "~/.gradle/gradle.properties", tool: "gradle" },
  { test: /(^|\/)\.cargo\/credentials(\.toml)?$/, file: "~/.cargo/credentials.toml", tool: "cargo" },
  { test: /(^|\/)\.gem\/credentials$/, file: "~/.gem/credentials", tool: "gem" },
  { test: /(^|\/)\.ssh\/id_[\w-]+$/, file: "~/.ssh/id_*", tool: "ssh" },
  { test: /(^|\/)pip\.(conf|ini)$/, file: "~/.config/pip/pip.conf", tool: "pip" },
  { test: /(^|\/)(\.terraformrc|credentials\.tfrc\.json)$/, file: "~/.terraformrc", tool: "terraform" },
  { test: /(^|\/)\.config\/gcloud(\/|$)/, file: "~/.config/gcloud", tool: "gcloud" },
  { test: /(^|\/)\.azure(\/|$)/, file: "~/.azure", tool: "az" },
  { test: /(^|\/)nuget\.config$/i, file: "nuget.config", tool: "nuget" },
  { test: /(^|\/)\.config\/pypoetry\/auth\.toml$/, file: "~/.config/pypoetry/auth.toml", tool: "poetry" },
  { test: /(^|\/)\.composer\/auth\.json$/, file: "~/.composer/auth.json", tool: "composer" },
  { test: /(^|\/)\.vault-token$/, file: "~/.vault-token", tool: "vault" },
  {
    test: /(^|\/)\.config\/helm\/registry\/config\.json$/,
    file: "~/.config/helm/registry/config.json",
    tool: "helm"
  }
];
function normaliseHome(path) {
  return path.trim().replace(/^["']|["']$/g, "").replace(
    /^(\$\{?HOME\}?|\$env:(HOME|USERPROFILE)|%USERPROFILE%|\/home\/[^/]+|\/root|\/Users\/[^/]+)(?=[/\\]|$)/i,
    "~"
  ).replace(/\\/g, "/");
}
var CREDENTIAL_HINT = /npmrc|pypirc|netrc|docker|containers|credential|\.env|\.git|\.aws|hosts\.yml|kube|settings\.xml|gradle|cargo|\.gem|\.ssh|pip\.|terraform|tfrc|gcloud|azure|nuget|pypoetry|composer|vault|helm|yarnrc/i;
function credentialFile(path) {
  if (!CREDENTIAL_HINT.test(path)) return null;
  const p = normaliseHome(path);
  const spec = CREDENTIAL_FILES.find((s) => s.test.test(p));
  return spec ? { file: spec.file, tool: spec.tool } : null;
}
function pathText(word) {
  const s = staticText(word);
  if (s !== null) return s;
  const parts = word.parts;
  const first = parts[0];
  if (first?.kind === "var" && parts.slice(1).every((p) => p.kind === "literal")) {
    const tail = parts.slice(1).map((p) => p.kind === "literal" ? p.text : "").join("");
    return `$${first.name}${tail}`;
  }
  return null;
}
function credentialFileWrite(x, script) {
  if (typeof x === "string") {
    const c = credentialFile(x);
    return c ? `${c.tool} credentials, ${c.file}` : null;
  }
  void script;
  switch (x.kind) {
    case "write": {
      const p = pathText(x.target);
      return p !== null ? credentialFile(p) : null;
    }
    case "command":
      return commandCredentialWrite(x);
    case "call":
      return callCredentialWrite(x);
  }
}
var sub = (op, i) => {
  const w = op.args[i];
  return w ? template(w) : "";
};
function commandCredentialWrite(op) {
  const name = op.name.toLowerCase();
  const args = op.args.map(template);
  for (const r of op.redirects) {
    if (r.op.includes(">") && r.target) {
      const p = pathText(r.target);
      const c = p !== null ? credentialFile(p) : null;
      if (c) return c;
    }
  }
  switch (name) {
    case "docker":
    case "podman":
    case "buildah":
    case "nerdctl":
    case "skopeo":
      return args.includes("login") ? { file: "~/.docker/config.json", tool: name } : null;
    case "helm":
      return sub(op, 0) === "registry" && sub(op, 1) === "login" ? { file: "~/.config/helm/registry/config.json", tool: "helm" } : null;
    case "npm":
    case "pnpm":
      if (args[0] === "login" || args[0] === "adduser") return { file: "~/.npmrc", tool: "npm" };
      return args[0] === "config" && args[1] === "set" || args[0] === "set" ? args.some((a) => /_auth|_password|token/i.test(a)) ? { file: "~/.npmrc", tool: "npm" } : null : null;
    case "yarn":
      return args[0] === "config" && args[1] === "set" && args.some((a) => /auth/i.test(a)) ? { file: "~/.yarnrc.yml", tool: "yarn" } : null;
    case "git": {
      if (args[0] === "credential" || args[0] === "credential-store")
        return { file: "~/.git-credentials", tool: "git" };
      if (args[0] !== "config") return null;
      const global = args.includes("--global") || args.includes("--system");
      const file = global ? "~/.gitconfig" : ".git/config";
      const carries = op.args.some((w, i) => {
        const t = template(w);
        return /extraheader|insteadof|credential\.helper/i.test(t) || i > 0 && /:\/\/[^/@\s]*@/.test(t);
      });
      return carries ? { file, tool: "git" } : null;
    }
    case "aws":
      return args[0] === "configure" && args[1] === "set" ? { file: "~/.aws/credentials", tool: "aws" } : null;
    case "gh":
      return args[0] === "auth" && args[1] === "login" ? { file: "~/.config/gh/hosts.yml", tool: "gh" } : null;
    case "gcloud":
      return args[0] === "auth" ? { file: "~/.config/gcloud", tool: "gcloud" } : null;
    case "az":
      return args[0] === "login" ? { file: "~/.azure", tool: "az" } : null;
    case "kubectl":
      return args[0] === "config" && /^set-(credentials|cluster|context)$/.test(args[1] ?? "") ? { file: "~/.kube/config", tool: "kubectl" } : null;
    case "poetry":
      return args[0] === "config" && args.some((a) => /^(pypi-token|http-basic)\./.test(a)) ? { file: "~/.config/pypoetry/auth.toml", tool: "poetry" } : null;
    case "cargo":
      return args[0] === "login" ? { file: "~/.cargo/credentials.toml", tool: "cargo" } : null;
    case "vault":
      return args[0] === "login" ? { file: "~/.vault-token", tool: "vault" } : null;
    case "tee":
    case "cp":
    case "mv":
    case "install":
    case "ln":
    case "set-content":
    case "add-content":
    case "out-file": {
      const files = op.args.filter((w) => !literalPrefix(w).startsWith("-"));
      const targets = name === "tee" ? files : files.slice(-1);
      for (const t of targets) {
        const p = pathText(t);
        const c = p !== null ? credentialFile(p) : null;
        if (c) return c;
      }
      return null;
    }
    default:
      return null;
  }
}
var FILE_WRITE_CALLS = /^(fs\.(promises\.)?(writeFileSync|writeFile|appendFileSync|appendFile)|System\.IO\.File\.(WriteAllText|AppendAllText|WriteAllLines)|IO\.File\.(WriteAllText|AppendAllText))$/;
function callCredentialWrite(op) {
  if (!FILE_WRITE_CALLS.test(op.callee)) return null;
  const target = op.args[0];
  const p = target ? pathText(target) : null;
  return p !== null ? credentialFile(p) : null;
}
var PASSTHROUGH = new Set(
  `base64 base32 basenc xxd od hexdump hd rev tr sed gsed awk gawk mawk nawk cut gzip gunzip zcat bzip2 xz zstd
  lz4 brotli jq yq cat tac head tail sort uniq grep egrep fgrep rg fold tee strings iconv gpg age paste column
  nl fmt echo printf xargs envsubst dd split expand unexpand sponge tr-d uuencode recode openssl
  convertto-json convertfrom-json out-string select-string write-output foreach-object select-object
  format-list format-table join-string convertto-securestring convertfrom-securestring`.split(/\s+/)
);
var FILE_READERS = new Set(
  `cat tac head tail less more strings xxd od hexdump hd base64 base32 grep egrep fgrep rg awk sed cut sort uniq
  jq yq dd gzip openssl gpg get-content gc type`.split(/\s+/)
);
var PROC_ENVIRON = /^\/proc\/[^/]+\/environ$/;
var PROC_MEM = /^\/proc\/[^/]+\/(mem|maps|smaps|pagemap)$/;
var PROC_MEM_LOOSE = /\/proc(\/|PID)(.*(\/|PID))?(mem|maps|smaps|pagemap)$/;
var PROC_ENVIRON_LOOSE = /\/proc(\/|PID)(.*(\/|PID))?environ$/;
var RUNNER_WORKER = /Runner\.(Worker|Listener)/i;
function readsOidcVars(op) {
  const test = (w) => w.parts.some((p) => p.kind === "var" && p.name.startsWith("ACTIONS_ID_TOKEN_REQUEST_"));
  return op.args.some(test) || op.envPrefix.some((a) => test(a.value));
}
function argPaths(op) {
  return op.args.map((w) => looseText(w).replace(/^if=/, ""));
}
function looseText(word) {
  return word.parts.map((p) => p.kind === "literal" ? p.text : p.kind === "dynamic" ? p.text : "\0").join("");
}
function procPattern(path) {
  return path.split("\0").join("PID");
}
function classifyCommandSource(op, script) {
  const name = op.name.toLowerCase();
  const args = op.args.map(template);
  const positional = args.filter((a) => !a.startsWith("-") && !a.startsWith("+"));
  if (readsOidcVars(op)) {
    return { kind: "oidc", detail: "requests an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL)" };
  }
  const joined = args.join("");
  const piped = op.pipeFrom !== void 0 ? script.ops[op.pipeFrom] : void 0;
  const suspicious = MEMORY_TOOLS.has(name) || joined.includes("/proc") || /Runner\.|isSecret|memdump/i.test(joined) || op.redirects.length > 0 || op.args.some((w) => w.parts.some((p) => p.kind === "dynamic")) || piped?.kind === "command" && piped.args.some((w) => /memdump/i.test(literalPrefix(w) + literalSuffix(w)));
  if (suspicious) {
    const memory = memorySource(op, name, args, piped);
    if (memory) return memory;
  }
  return otherSources(op, name, args, positional);
}
var MEMORY_TOOLS = /* @__PURE__ */ new Set(["gcore", "procdump", "gdb"]);
function memorySource(op, name, args, piped) {
  const paths = argPaths(op).map(procPattern);
  const redirectIn = op.redirects.flatMap(
    (r) => r.op === "<" && r.target ? [procPattern(template(r.target))] : []
  );
  if ([...paths, ...redirectIn].some((p) => PROC_MEM.test(p)))
    return { kind: "memory", detail: "reads /proc/<pid>/mem" };
  if (name === "gcore" || name === "procdump" || name === "gdb" && args.some((a) => /^(-p|--pid|attach|--pid=)/.test(a))) {
    return { kind: "memory", detail: `${name} dumps process memory` };
  }
  if (["pgrep", "pidof", "ps", "grep", "egrep", "pkill", "awk"].includes(name) && args.some((a) => RUNNER_WORKER.test(a))) {
    return { kind: "memory", detail: "looks up the Runner.Worker process" };
  }
  if (["grep", "egrep", "rg", "sed", "awk", "strings"].includes(name) && args.some((a) => /isSecret/.test(a))) {
    return { kind: "memory", detail: 'filters runner memory for "isSecret"' };
  }
  const pipedArgs = piped?.kind === "command" ? piped.args.map(template).join(" ") : "";
  if (/memdump/i.test(`${args.join(" ")} ${pipedArgs}`) && /^(python[\d.]*|py|perl|ruby|node|bash|sh)$/.test(name)) {
    return { kind: "memory", detail: "runs a memory-dump script" };
  }
  if ([...paths, ...redirectIn].some((p) => PROC_ENVIRON.test(p))) {
    return { kind: "env-all", detail: "reads /proc/<pid>/environ" };
  }
  return null;
}
function otherSources(op, name, args, positional) {
  switch (name) {
    case "env":
      if (positional.length === 0) return { kind: "env-all", detail: "env prints the environment" };
      break;
    case "printenv":
      return positional.length === 0 ? { kind: "env-all", detail: "printenv prints the environment" } : { kind: "env-var", names: positional.filter((a) => !a.includes("\0")) };
    case "set":
      if (args.length === 0) return { kind: "env-all", detail: "set prints every variable" };
      break;
    case "export":
      if (args.length === 0 || args.length === 1 && args[0] === "-p")
        return { kind: "env-all", detail: "export -p" };
      break;
    case "declare":
    case "typeset": {
      const flags = args.filter((a) => a.startsWith("-")).join("");
      if (/[px]/.test(flags) && positional.length === 0)
        return { kind: "env-all", detail: `${name} ${flags}` };
      if (flags.includes("p") && positional.length > 0) return { kind: "env-var", names: positional };
      if (args.length === 0) return { kind: "env-all", detail: name };
      break;
    }
    case "compgen":
      if (args.includes("-e") || args.includes("-v")) return { kind: "env-all", detail: "compgen -e" };
      break;
    case "get-childitem":
    case "gci":
    case "dir":
    case "ls":
    case "get-item":
    case "gi":
    case "get-content":
    case "gc": {
      const envArg = args.find((a) => /^env:/i.test(a) || /^-path$/i.test(a));
      const target = envArg && /^-path$/i.test(envArg) ? args[args.indexOf(envArg) + 1] : envArg;
      if (target && /^env:\\?\*?$/i.test(target)) return { kind: "env-all", detail: "Get-ChildItem env:" };
      if (target && /^env:\\?\w+$/i.test(target))
        return { kind: "env-var", names: [target.replace(/^env:\\?/i, "")] };
      break;
    }
    default:
      break;
  }
  if (FILE_READERS.has(name) && op.args.some((w) => varNames(w).includes("GITHUB_ENV") && literalPrefix(w) === "")) {
    return { kind: "env-all", detail: "reads $GITHUB_ENV" };
  }
  if (name === "gh" && args[0] === "auth" && args[1] === "token")
    return { kind: "env-var", names: ["GH_TOKEN", "GITHUB_TOKEN"] };
  if (name === "aws" && (args.includes("get-login-password") || args.includes("get-session-token") || args.includes("export-credentials") || args[0] === "configure" && args[1] === "get" || args.includes("get-authorization-token"))) {
    return { kind: "env-var", names: AWS_ENV };
  }
  if (name === "gcloud" && args[0] === "auth" && /^print-(access|identity)-token$/.test(args[1] ?? "")) {
    return { kind: "credential-read", file: "~/.config/gcloud", detail: "gcloud prints a token" };
  }
  if (name === "az" && args[0] === "account" && args[1] === "get-access-token") {
    return { kind: "credential-read", file: "~/.azure", detail: "az prints a token" };
  }
  if (name === "git" && (args[0] === "config" || args[0] === "credential")) {
    if (args[0] === "credential" && args[1] === "fill")
      return { kind: "credential-read", file: "~/.git-credentials" };
    if (args.some((a) => /^(--get|--get-all|--get-regexp|--list|-l|get)$/.test(a)) || args.some((a) => /extraheader/i.test(a))) {
      return { kind: "credential-read", file: args.includes("--global") ? "~/.gitconfig" : ".git/config" };
    }
  }
  if (/^docker-credential-/.test(name) && args[0] === "get")
    return { kind: "credential-read", file: "~/.docker/config.json" };
  if ((name === "npm" || name === "pnpm") && args[0] === "config" && args[1] === "get" && /_auth|_password|token/i.test(args[2] ?? "")) {
    return { kind: "credential-read", file: "~/.npmrc" };
  }
  if (FILE_READERS.has(name)) {
    for (const w of op.args) {
      if (literalPrefix(w).startsWith("-")) continue;
      const p = pathText(w);
      const c = p !== null ? credentialFile(p) : null;
      if (c)
        return { kind: "credential-read", file: p ?? c.file, detail: `${name} reads ${c.tool} credentials` };
    }
  }
  if (PASSTHROUGH.has(name)) {
    if (name === "openssl" && args[0] === "s_client") return NONE2;
    return { kind: "passthrough" };
  }
  return NONE2;
}
var ENV_ALL_CALLS = /^(os\.environ\.(copy|items|keys|values)|os\.environ|dict|System\.Environment\.GetEnvironmentVariables|Environment\.GetEnvironmentVariables|Object\.(entries|keys|values|assign)|JSON\.stringify|json\.dumps|str|repr)$/;
var ENV_VAR_CALLS = /^(os\.getenv|os\.environ\.get|os\.environ\.__getitem__|System\.Environment\.GetEnvironmentVariable|Environment\.GetEnvironmentVariable|core\.getInput)$/;
var FILE_READ_CALLS = /^(open|io\.open|codecs\.open|pathlib\.Path\.read_text|pathlib\.Path\.read_bytes|pathlib\.Path\.open|fs\.(promises\.)?(readFileSync|readFile|createReadStream|openSync|open)|System\.IO\.File\.(ReadAllText|ReadAllBytes|ReadAllLines|OpenRead)|IO\.File\.(ReadAllText|ReadAllBytes|OpenRead)|os\.open)$/;
var PASSTHROUGH_CALLS = /^(base64\.\w+|binascii\.\w+|codecs\.(encode|decode)|zlib\.compress|gzip\.compress|bz2\.compress|lzma\.compress|json\.dumps|urllib\.parse\.(quote|quote_plus|urlencode)|Buffer\.from|btoa|encodeURIComponent|encodeURI|escape|JSON\.stringify|System\.Convert\.ToBase64String|Convert\.ToBase64String|System\.Text\.Encoding\.\w+\.GetBytes|Text\.Encoding\.\w+\.GetBytes|.+\.(encode|decode|hex|upper|lower|replace|join|format|toString|split|reverse))$/;
var JOIN_CALLS = /^(os\.path\.join|path\.join|path\.resolve|pathlib\.Path|System\.IO\.Path\.Combine|IO\.Path\.Combine)$/;
function resolvedTemplate(word, script, before, depth = 0) {
  const only = word.parts.length === 1 ? word.parts[0] : void 0;
  if (depth < 3 && only?.kind === "var") {
    let value;
    for (const o of script.ops) {
      if (o === before) break;
      if (o.kind === "assign" && o.name === only.name) value = o.value;
    }
    if (value) return resolvedTemplate(value, script, before, depth + 1);
  }
  if (depth < 3 && only?.kind === "output") {
    const joined = only.ops.map((i) => script.ops[i]).find((o) => o?.kind === "call" && JOIN_CALLS.test(o.callee));
    if (joined) return joined.args.map((a) => resolvedTemplate(a, script, before, depth + 1)).join("/");
  }
  return looseText(word);
}
function classifyCallSource(op, script) {
  const c = op.callee;
  if (c === "core.getIDToken" || /^(actions\.)?core\.getIDToken$/.test(c))
    return { kind: "oidc", detail: "core.getIDToken()" };
  const words = [...op.args, ...Object.values(op.kwargs)];
  if (words.some((w) => varNames(w).some((n) => /^ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)$/.test(n)))) {
    return { kind: "oidc", detail: "uses ACTIONS_ID_TOKEN_REQUEST_URL" };
  }
  if (FILE_READ_CALLS.test(c)) {
    const target = op.args[0] ?? op.kwargs["file"] ?? op.kwargs["path"];
    const path = target ? procPattern(resolvedTemplate(target, script, op)) : "";
    if (PROC_MEM.test(path) || PROC_MEM_LOOSE.test(path))
      return { kind: "memory", detail: `${c} reads /proc/<pid>/mem` };
    if (PROC_ENVIRON.test(path) || PROC_ENVIRON_LOOSE.test(path))
      return { kind: "env-all", detail: `${c} reads /proc/<pid>/environ` };
    const p = target ? pathText(target) : null;
    const cred = p !== null ? credentialFile(p) : null;
    if (cred)
      return { kind: "credential-read", file: p ?? cred.file, detail: `${c} reads ${cred.tool} credentials` };
    return NONE2;
  }
  if (/^(psutil\.process_iter|psutil\.Process\.memory_maps)$/.test(c) && words.some((w) => RUNNER_WORKER.test(template(w)))) {
    return { kind: "memory", detail: "looks up the Runner.Worker process" };
  }
  if (ENV_ALL_CALLS.test(c)) {
    if (/^(os\.environ|System\.Environment\.GetEnvironmentVariables|Environment\.GetEnvironmentVariables)/.test(
      c
    )) {
      return { kind: "env-all", detail: c };
    }
    if (words.some((w) => w.parts.some((p) => p.kind === "env-all"))) return { kind: "env-all", detail: c };
  }
  if (ENV_VAR_CALLS.test(c) && c !== "core.getInput") {
    const name = op.args[0] ? staticText(op.args[0]) : null;
    if (name) return { kind: "env-var", names: [name] };
  }
  if (PASSTHROUGH_CALLS.test(c)) return { kind: "passthrough" };
  return NONE2;
}

// src/analysis/download-exec.ts
var SHELLS = /^(sh|bash|zsh|dash|ksh|mksh|ash|fish|csh|tcsh|busybox)$/;
var INTERPRETERS = /^(python[\d.]*|py|pypy3?|perl|ruby|node|nodejs|deno|bun|php|lua|pwsh|powershell|pwsh\.exe|powershell\.exe)$/;
var PWSH_EXEC = /^(iex|invoke-expression)$/i;
var WEB_CMDLETS = /^(iwr|irm|invoke-webrequest|invoke-restmethod|curl|wget)$/i;
var WEBCLIENT_DOWNLOAD = /^(System\.)?Net\.WebClient\.(DownloadString|DownloadData)$/i;
function isDownloaderOp(op) {
  if (!op) return false;
  if (op.kind === "call")
    return WEBCLIENT_DOWNLOAD.test(op.callee) || /^(System\.Net\.Http\.)?HttpClient\.GetStringAsync$/i.test(op.callee);
  if (op.kind !== "command") return false;
  const name = op.name.toLowerCase();
  if (name === "curl" || name === "curl.exe") return true;
  if (name === "wget" || name === "wget2") {
    const out = optionValues(
      parseOptions(op.args, {
        shortWithArg: "oaeiBtOTwQPUlARDIXn",
        longWithArg: /* @__PURE__ */ new Set(["output-document"])
      }),
      "-O",
      "--output-document"
    );
    return out.some((w) => template(w) === "-");
  }
  return WEB_CMDLETS.test(name) || name === "fetch" || name === "http" || name === "https" || name === "xh";
}
function asDownloader(op) {
  return op && (op.kind === "command" || op.kind === "call") && isDownloaderOp(op) ? op : null;
}
function downloadUrl(op) {
  if (op.kind === "call") return op.args[0] ?? null;
  const name = op.name.toLowerCase();
  if (name === "curl" || name === "curl.exe") return matchCurl(op)[0]?.destinations[0] ?? null;
  if (name.startsWith("wget")) return matchWget(op)[0]?.destinations[0] ?? null;
  if (WEB_CMDLETS.test(name)) {
    const { params, positionals } = parsePwshParams(
      op.args,
      ["Uri", "OutFile", "Method", "Headers", "Body"],
      ["UseBasicParsing"]
    );
    return params.get("uri") ?? positionals[0] ?? null;
  }
  return op.args.find((a) => /^https?:\/\//.test(template(a))) ?? null;
}
function runsStdin(op) {
  const name = op.name.toLowerCase();
  if (PWSH_EXEC.test(name)) return true;
  if (!SHELLS.test(name) && !INTERPRETERS.test(name)) return false;
  const args = op.args.map(template);
  if (args.includes("-s") || args.includes("-") || args.some((a) => /^-\w*s$/.test(a) && SHELLS.test(name)))
    return true;
  if (/^(pwsh|powershell)/.test(name))
    return args.some((a) => /^-(c|command)$/i.test(a)) && args.includes("-");
  const firstNonOption = args.find((a) => !a.startsWith("-"));
  return firstNonOption === void 0 && !args.some((a) => /^-(c|m|e|command)$/i.test(a));
}
function downloadersIn(word, script, seen = /* @__PURE__ */ new Set()) {
  const found = [];
  for (const p of word.parts) {
    if (p.kind !== "output") continue;
    for (const i of p.ops) {
      if (seen.has(i)) continue;
      seen.add(i);
      const op = script.ops[i];
      const d = asDownloader(op);
      if (d) found.push(d);
      else if (op?.kind === "call") for (const a of op.args) found.push(...downloadersIn(a, script, seen));
    }
  }
  return found;
}
function textOf(script, span, fallback) {
  const t = script.text.slice(span.start, span.end);
  return t.trim() !== "" ? t : fallback;
}
function savedFile(op) {
  const name = op.name.toLowerCase();
  const url = downloadUrl(op);
  const urlText = url ? staticText(url) : null;
  const basename = urlText ? (urlText.split(/[?#]/)[0] ?? "").split("/").pop() || null : null;
  if (name === "curl" || name === "curl.exe") {
    const parsed2 = parseOptions(op.args, CURL_OPTIONS);
    const out = optionValues(parsed2, "-o", "--output")[0];
    if (out) return staticText(out);
    if (parsed2.options.some((o) => o.name === "-O" || o.name === "--remote-name")) return basename;
    return null;
  }
  if (name === "wget" || name === "wget2") {
    const out = optionValues(
      parseOptions(op.args, {
        shortWithArg: "oaeiBtOTwQPUlARDIXn",
        longWithArg: /* @__PURE__ */ new Set(["output-document"])
      }),
      "-O",
      "--output-document"
    )[0];
    if (out) return template(out) === "-" ? null : staticText(out);
    return basename;
  }
  if (WEB_CMDLETS.test(name)) {
    const { params } = parsePwshParams(
      op.args,
      ["Uri", "OutFile", "Method", "Headers", "Body"],
      ["UseBasicParsing"]
    );
    const out = params.get("outfile");
    return out ? staticText(out) : null;
  }
  return null;
}
function base(path) {
  return path.replace(/\\/g, "/").split("/").pop() ?? path;
}
function executesFile(op, file) {
  const b = base(file);
  const written = template(op.nameWord);
  if (written.includes("/") && base(written) === b) return true;
  const lower = op.name.toLowerCase();
  if (!(SHELLS.test(lower) || INTERPRETERS.test(lower) || lower === "source" || lower === "." || lower === "&"))
    return false;
  const first = op.args.find((a) => !template(a).startsWith("-") || /^-file$/i.test(template(a)));
  const args = op.args.map(template);
  const fileArg = args.findIndex((a) => /^-file$/i.test(a));
  const candidate = fileArg >= 0 ? args[fileArg + 1] : first ? template(first) : void 0;
  return candidate !== void 0 && base(candidate) === b;
}
function findDownloadExec(script) {
  const found = [];
  const ops = script.ops;
  const saved = [];
  ops.forEach((op, index) => {
    if (op.kind === "command") {
      if (op.pipeFrom !== void 0 && runsStdin(op)) {
        let prev = ops[op.pipeFrom];
        let guard = 0;
        while (prev && guard++ < 16) {
          const d = asDownloader(prev);
          if (d) {
            const span = joinSpans(d.span, op.span);
            found.push({
              span,
              url: downloadUrl(d),
              text: textOf(script, span, `${prevName(d)} | ${op.name}`)
            });
            break;
          }
          prev = prev.kind === "command" && prev.pipeFrom !== void 0 ? ops[prev.pipeFrom] : void 0;
        }
      }
      if (op.pipeFrom === void 0 && PWSH_EXEC.test(op.name) && op.args.length === 0) {
        const prev = asDownloader(ops[index - 1]);
        if (prev && /^\s*\)?\s*\|\s*$/.test(script.text.slice(prev.span.end, op.span.start))) {
          const span = joinSpans(prev.span, op.span);
          found.push({
            span,
            url: downloadUrl(prev),
            text: textOf(script, span, `${prevName(prev)} | ${op.name}`)
          });
        }
      }
      const lower = op.name.toLowerCase();
      if (SHELLS.test(lower) || INTERPRETERS.test(lower) || PWSH_EXEC.test(lower) || lower === "eval" || lower === "source" || lower === ".") {
        for (const a of op.args) {
          const d = downloadersIn(a, script)[0];
          if (d) {
            found.push({
              span: op.span,
              url: downloadUrl(d),
              text: textOf(script, op.span, `${op.name} ${a.raw}`)
            });
            break;
          }
        }
      }
      if (isDownloaderToFile(op)) {
        const file = savedFile(op);
        if (file) saved.push({ file, op, index });
      }
      for (const s of saved) {
        if (s.index < index && executesFile(op, s.file)) {
          const span = joinSpans(s.op.span, op.span);
          found.push({
            span,
            url: downloadUrl(s.op),
            text: textOf(script, span, `${s.op.name} \u2026 ${op.name}`)
          });
        }
      }
    } else if (op.kind === "inline") {
      const d = downloadersIn(op.code, script)[0];
      if (d)
        found.push({
          span: op.span,
          url: downloadUrl(d),
          text: textOf(script, op.span, `${op.interpreter} ${op.code.raw}`)
        });
    }
  });
  return dedupe(found);
}
function isDownloaderToFile(op) {
  const name = op.name.toLowerCase();
  return name === "curl" || name === "curl.exe" || name === "wget" || name === "wget2" || WEB_CMDLETS.test(name);
}
function prevName(op) {
  return op.kind === "command" ? op.name : op.callee;
}
function dedupe(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((d) => {
    const key = `${d.span.start}:${d.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/analysis/script-flow.ts
function walkScript(script, ctx) {
  new Walker(script, ctx).run();
}
var Walker = class {
  constructor(script, ctx) {
    this.script = script;
    this.ctx = ctx;
    this.env = new Map(ctx.env);
    this.exprs = script.exprs.map((e) => exprValue(innerText(e.text), ctx.scope, ctx.locate(e.start)));
  }
  script;
  ctx;
  vars = /* @__PURE__ */ new Map();
  env;
  outputs = /* @__PURE__ */ new Map();
  exprs;
  run() {
    for (const d of findDownloadExec(this.script)) {
      this.ctx.facts.push({
        kind: "download-exec",
        site: this.ctx.site,
        location: this.loc(d.span.start),
        text: d.text,
        url: d.url ? this.value(d.url).text : null
      });
    }
    this.script.ops.forEach((op, i) => this.op(op, i));
  }
  loc(offset) {
    return this.ctx.locate(offset);
  }
  op(op, index) {
    switch (op.kind) {
      case "assign": {
        const v = through(this.value(op.value), {
          text: `$${op.name} (${at(this.loc(op.span.start))})`,
          location: this.loc(op.span.start)
        });
        this.vars.set(op.name, v);
        if (op.env || this.env.has(op.name)) this.env.set(op.name, v);
        break;
      }
      case "command":
        this.outputs.set(index, this.command(op));
        break;
      case "call":
        this.outputs.set(index, this.call(op));
        break;
      case "write": {
        const content = this.value(op.content);
        for (const m of matchWrite(op)) this.sink(m, content, op.target.raw);
        this.write(op.target, content, op.span.start);
        break;
      }
      case "inline":
        if (op.script) {
          const base2 = op.code.span.start + (op.codeOffset ?? 0);
          walkScript(op.script, {
            ...this.ctx,
            env: this.exportedEnv(),
            locate: (offset) => this.loc(op.codeOffset === void 0 ? op.span.start : base2 + offset)
          });
        }
        break;
      case "function":
        break;
    }
  }
  /** Variables a child process sees: the environment plus (for bash) variables marked for export. */
  exportedEnv() {
    return new Map(this.env);
  }
  // --- values -------------------------------------------------------------------------------------------
  value(word) {
    return concat(word.parts.map((p) => this.part(p, word)));
  }
  part(p, word) {
    switch (p.kind) {
      case "literal":
        return literal(p.text);
      case "expr":
        return this.exprs[p.index] ?? UNKNOWN;
      case "var": {
        const v = this.readVar(p.name, p.env, word);
        return p.transform ? { taints: v.taints, text: null } : v;
      }
      case "env-all":
        return this.wholeEnv(word);
      case "output":
        return { taints: unionTaints(...p.ops.map((i) => this.outputs.get(i)?.taints ?? [])), text: null };
      case "dynamic":
        return UNKNOWN;
    }
  }
  readVar(name, env, word) {
    const location = this.loc(word.span.start);
    if (/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/.test(name) && this.ctx.job.idToken) {
      this.ctx.facts.push({ kind: "oidc-request", site: this.ctx.site, location, text: word.raw });
      return { taints: [secretTaint(SYNTHETIC_SECRETS.oidc, location, `$${name}`)], text: null };
    }
    const v = (env === "yes" ? void 0 : this.vars.get(name)) ?? (env === "no" ? void 0 : this.env.get(name));
    if (!v) return name === "HOME" ? literal("~") : UNKNOWN;
    return v.taints.length ? through(v, { text: `$${name}`, location }) : v;
  }
  wholeEnv(word) {
    const location = this.loc(word.span.start);
    const link = { text: "whole environment", location };
    const secrets = unionTaints(...[...this.env.values()].map((v) => v.taints)).map((t) => ({
      ...t,
      scope: "all",
      chain: [...t.chain, link]
    }));
    return {
      taints: secrets.length ? secrets : [secretTaint(SYNTHETIC_SECRETS.environment, location, "whole environment", "all")],
      text: null
    };
  }
  fileValue(path) {
    if (path === null) return UNKNOWN;
    return this.ctx.job.files.get(normalisePath(path)) ?? UNKNOWN;
  }
  // --- commands -----------------------------------------------------------------------------------------
  command(op) {
    const saved = /* @__PURE__ */ new Map();
    for (const a of op.envPrefix) {
      saved.set(a.name, this.env.get(a.name));
      this.env.set(a.name, this.value(a.value));
    }
    const stdin = this.stdin(op);
    const output = this.commandOutput(op, stdin);
    for (const m of matchCommand(op, this.script)) this.sink(m, stdin, op.nameWord.raw);
    for (const [name, prev] of saved) {
      if (prev === void 0) this.env.delete(name);
      else this.env.set(name, prev);
    }
    return output;
  }
  stdin(op) {
    const pieces = [];
    if (op.pipeFrom !== void 0) pieces.push(this.outputs.get(op.pipeFrom) ?? UNKNOWN);
    for (const r of op.redirects) {
      if (r.body) pieces.push(this.value(r.body));
      else if (r.op === "<" && r.target) pieces.push(this.fileValue(this.value(r.target).text));
    }
    return { taints: unionTaints(...pieces.map((p) => p.taints)), text: null };
  }
  commandOutput(op, stdin) {
    const source = classifyCommandSource(op, this.script);
    const location = this.loc(op.span.start);
    switch (source.kind) {
      case "env-all":
        return this.wholeEnv(op.nameWord);
      case "env-var":
        return {
          taints: unionTaints(
            ...(source.names ?? []).map((n) => this.readVar(n, "yes", op.nameWord).taints)
          ),
          text: null
        };
      case "memory":
        this.ctx.facts.push({ kind: "memory-read", site: this.ctx.site, location, text: op.nameWord.raw });
        return {
          taints: [secretTaint("secrets (runner memory)", location, `${op.name} reads runner memory`, "all")],
          text: null
        };
      case "credential-read":
        return through(this.fileValue(source.file ?? null), {
          text: `${op.name} ${source.file ?? ""}`.trim(),
          location
        });
      case "oidc":
        this.ctx.facts.push({ kind: "oidc-request", site: this.ctx.site, location, text: op.name });
        return this.ctx.job.idToken ? {
          taints: [secretTaint(SYNTHETIC_SECRETS.oidc, location, `${op.name} requests an OIDC token`)],
          text: null
        } : UNKNOWN;
      case "passthrough": {
        const args = op.args.map((a) => this.value(a));
        const out = op.args.length === 0 ? stdin : { taints: unionTaints(stdin.taints, ...args.map((a) => a.taints)), text: null };
        return out.taints.length ? through(out, { text: `${op.name} (${at(location)})`, location }) : out;
      }
      case "none":
        return UNKNOWN;
    }
  }
  call(op) {
    const location = this.loc(op.span.start);
    const source = classifyCallSource(op, this.script);
    let output = UNKNOWN;
    if (source.kind === "env-all")
      output = this.wholeEnv(op.args[0] ?? { raw: op.callee, parts: [], span: op.span });
    else if (source.kind === "memory") {
      this.ctx.facts.push({ kind: "memory-read", site: this.ctx.site, location, text: op.callee });
      output = {
        taints: [secretTaint("secrets (runner memory)", location, `${op.callee} reads runner memory`, "all")],
        text: null
      };
    } else if (source.kind === "credential-read") output = this.fileValue(source.file ?? null);
    else {
      const ins = [...op.args, ...Object.values(op.kwargs)].map((w) => this.value(w));
      output = { taints: unionTaints(...ins.map((v) => v.taints)), text: null };
    }
    for (const m of matchCall(op, this.script)) this.sink(m, UNKNOWN, op.callee);
    return output;
  }
  // --- sinks --------------------------------------------------------------------------------------------
  sink(m, stdin, text) {
    const location = this.loc(m.span.start);
    const parts = m.payload.map((w) => this.value(w).taints);
    if (m.sendsStdin) parts.push(stdin.taints);
    for (const [name, v] of this.env) {
      if (v.taints.length && readsEnvVar(m, name))
        parts.push(through(v, { text: `${m.tool} reads $${name}`, location }).taints);
    }
    for (const f of m.readsFiles) {
      const v = this.ctx.job.files.get(normalisePath(f));
      if (v) parts.push(through(v, { text: `${m.tool} reads ${f}`, location }).taints);
    }
    for (const u of m.uploads) parts.push(this.fileValue(this.value(u).text).taints);
    if (this.ctx.implicit?.callees.test(m.tool)) parts.push(this.ctx.implicit.value.taints);
    const taints = unionTaints(...parts);
    if (taints.length === 0) return;
    const options = {
      resolveText: (w) => this.value(w).text,
      ...this.ctx.job.githubHost ? { githubHost: this.ctx.job.githubHost } : {}
    };
    const destinations = m.destinations.map(
      (w, i) => destinationOf(w, m.destinationHints[i] ?? "url", options)
    );
    if (destinations.length === 0) {
      destinations.push(
        m.defaultHost ? vouchDefault(m, destinationForHost(m.defaultHost, `${m.tool} default`, options)) : { host: null, raw: m.tool, kind: "unknown" }
      );
    }
    for (const d of destinations) d.raw = this.unplaceholder(d.raw);
    this.ctx.flows.push({
      site: this.ctx.site,
      taints: taints.map((t) => ({
        ...t,
        chain: [...t.chain, { text: `${m.tool} (${at(location)})`, location }]
      })),
      tool: m.tool,
      channel: m.channel,
      location,
      text,
      destinations
    });
  }
  /** Puts `${{ \u{2026} }}` back where the parser saw a placeholder, so messages show what the user wrote. */
  unplaceholder(text) {
    return text.replace(/EGX(\d+)X*/g, (m, i) => {
      const e = this.script.exprs[Number(i)];
      return e ? e.text.startsWith("${{") ? e.text : `\${{ ${e.text} }}` : m;
    });
  }
  // --- writes -------------------------------------------------------------------------------------------
  write(target, content, offset) {
    const location = this.loc(offset);
    const special = target.parts.find(
      (p) => p.kind === "var" && /^GITHUB_(ENV|OUTPUT)$/.test(p.name)
    );
    if (special) {
      if (content.taints.length > 0)
        this.githubFile(special.name === "GITHUB_ENV" ? "env" : "output", content, location);
      return;
    }
    if (isDevice(target)) return;
    if (content.taints.length === 0) return;
    const path = this.value(target).text;
    if (path === null) return;
    const file = normalisePath(path);
    const prev = this.ctx.job.files.get(file);
    const what = credentialFileWrite(file);
    const v = through(content, { text: `written to ${path}${what ? ` (${what})` : ""}`, location });
    this.ctx.job.files.set(file, prev ? { taints: unionTaints(prev.taints, v.taints), text: null } : v);
  }
  /**
   * `NAME=value` or `NAME<<DELIM` lines appended to `$GITHUB_ENV`/`$GITHUB_OUTPUT`. The content's text is
   * rarely static (it holds the secret), so the name is read from the static prefix of the written value.
   */
  githubFile(kind, content, location) {
    const name = nameOfAssignment(content);
    if (!name) return;
    const v = through(
      { taints: content.taints, text: null },
      { text: `${kind === "env" ? "$GITHUB_ENV" : "$GITHUB_OUTPUT"} ${name} (${at(location)})`, location }
    );
    if (kind === "env") {
      this.ctx.job.addedEnv.set(name, v);
      this.env.set(name, v);
    } else if (this.ctx.stepId) {
      const outs = this.ctx.job.stepOutputs.get(this.ctx.stepId) ?? /* @__PURE__ */ new Map();
      outs.set(name, v);
      this.ctx.job.stepOutputs.set(this.ctx.stepId, outs);
    }
  }
};
function vouchDefault(m, d) {
  return m.channel === "registry" && d.kind === "host" ? { ...d, vouchedBy: `${m.tool}'s default registry` } : d;
}
function nameOfAssignment(content) {
  const text = content.text ?? content.prefix ?? "";
  const m = /^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*(=|<<)/.exec(text);
  return m ? m[1] : null;
}
function innerText(expr) {
  return expr.startsWith("${{") && expr.endsWith("}}") ? expr.slice(3, -2).trim() : expr.trim();
}
function isDevice(target) {
  const t = target.parts.map((p) => p.kind === "literal" ? p.text : "\0").join("");
  return /^\/dev\/(null|stdout|stderr|tty|fd\/\d)$/.test(t) || /^&?\d$/.test(t);
}
function normalisePath(path) {
  return path.trim().replace(/^(\$\{?HOME\}?|\/home\/[^/]+|\/root|\/Users\/[^/]+)(?=\/|$)/, "~").replace(/\/{2,}/g, "/");
}

// src/analysis/job-flow.ts
var MAX_COMPOSITE_DEPTH = 4;
async function analyseJob(workflow, job, needsOutputs, aenv) {
  const state = {
    addedEnv: /* @__PURE__ */ new Map(),
    stepOutputs: /* @__PURE__ */ new Map(),
    files: /* @__PURE__ */ new Map(),
    idToken: idTokenWrite(workflow, job),
    ...aenv.githubHost ? { githubHost: aenv.githubHost } : {}
  };
  const out = { flows: [], facts: [], secrets: /* @__PURE__ */ new Set(), outputs: /* @__PURE__ */ new Map() };
  const base2 = {
    file: workflow.file,
    env: /* @__PURE__ */ new Map(),
    stepOutputs: state.stepOutputs,
    needsOutputs,
    inputs: /* @__PURE__ */ new Map(),
    matrix: matrixValues(job)
  };
  const wfEnv = envValues(workflow.env, base2, "workflow env");
  const jobEnv = envValues(job.env, { ...base2, env: wfEnv }, "job env", wfEnv);
  const site = { file: workflow, job, step: null };
  if (job.call) {
    callFacts(workflow, job, { ...base2, env: jobEnv }, out, site);
  }
  for (const step of job.steps) {
    const env = new Map([...jobEnv, ...state.addedEnv]);
    await analyseStep(
      workflow,
      step,
      { file: workflow, job, step },
      env,
      { ...base2, env },
      state,
      out,
      aenv,
      0
    );
  }
  const finalScope = { ...base2, env: new Map([...jobEnv, ...state.addedEnv]) };
  for (const [name, s] of job.outputs) out.outputs.set(name, strValue(s, finalScope));
  for (const f of out.flows) for (const t of f.taints) out.secrets.add(t.secret);
  collectSecretNames(job, workflow, out.secrets);
  return out;
}
async function analyseAction(action, aenv) {
  const state = { addedEnv: /* @__PURE__ */ new Map(), stepOutputs: /* @__PURE__ */ new Map(), files: /* @__PURE__ */ new Map(), idToken: false };
  const out = { flows: [], facts: [], secrets: /* @__PURE__ */ new Set(), outputs: /* @__PURE__ */ new Map() };
  const scope = {
    file: action.file,
    env: /* @__PURE__ */ new Map(),
    stepOutputs: state.stepOutputs,
    needsOutputs: /* @__PURE__ */ new Map(),
    inputs: /* @__PURE__ */ new Map(),
    matrix: /* @__PURE__ */ new Map()
  };
  for (const step of action.steps) {
    const env = new Map(state.addedEnv);
    await analyseStep(
      action,
      step,
      { file: action, job: null, step },
      env,
      { ...scope, env },
      state,
      out,
      aenv,
      0
    );
  }
  for (const f of out.flows) for (const t of f.taints) out.secrets.add(t.secret);
  return out;
}
function idTokenWrite(workflow, job) {
  const perms = job.permissions ?? workflow.permissions;
  if (!perms) return false;
  return perms.all === "write-all" || perms.scopes.get("id-token") === "write";
}
function matrixValues(job) {
  const out = /* @__PURE__ */ new Map();
  for (const [key, values] of job.matrix?.values ?? []) {
    const only = values.length === 1 && values[0].exprs.length === 0 ? values[0].value : null;
    out.set(key, only === null ? UNKNOWN : literal(only));
  }
  return out;
}
function envValues(map, scope, level, inherited = /* @__PURE__ */ new Map()) {
  const out = new Map(inherited);
  for (const [name, s] of map) {
    const v = strValue(s, scope);
    const location = { file: scope.file, line: s.pos.line, column: s.pos.column };
    out.set(
      name,
      v.taints.length ? through(v, { text: `env ${name} (${level}, ${at(location)})`, location }) : v
    );
  }
  return out;
}
async function analyseStep(file, step, site, inheritedEnv, scope, state, out, aenv, depth) {
  const env = envValues(step.env, scope, "step env", inheritedEnv);
  const stepScope = { ...scope, env };
  if (step.run) {
    await analyseScript(step.run, shellLanguage(step.shell), site, env, stepScope, state, out, step.id);
  }
  if (!step.uses) return;
  const uses = step.uses;
  const withValues = /* @__PURE__ */ new Map();
  for (const [name2, s] of step.with) withValues.set(name2, strValue(s, stepScope));
  if (uses.kind === "local") {
    const action = aenv.localAction(uses.path ?? "");
    if (action && action.using === "composite" && depth < MAX_COMPOSITE_DEPTH) {
      const inputs2 = /* @__PURE__ */ new Map();
      for (const [name2, spec] of action.inputs) {
        const given = withValues.get(name2);
        inputs2.set(name2, given ?? (spec.default ? strValue(spec.default, stepScope) : UNKNOWN));
      }
      const innerScope = { ...stepScope, file: action.file, inputs: inputs2, stepOutputs: /* @__PURE__ */ new Map() };
      const innerState = { ...state, stepOutputs: innerScope.stepOutputs };
      for (const inner of action.steps) {
        await analyseStep(
          action,
          inner,
          { file: action, job: site.job, step: inner },
          env,
          innerScope,
          innerState,
          out,
          aenv,
          depth + 1
        );
      }
      return;
    }
  }
  if (uses.kind === "action" && uses.repo === "actions/github-script") {
    const script = step.with.get("script");
    if (script) {
      const token = withValues.get("github-token") ?? {
        taints: [
          secretTaint(
            SYNTHETIC_SECRETS.githubToken,
            strLocation(file.file, script),
            "github-script uses github.token"
          )
        ],
        text: null
      };
      await analyseScript(script, "javascript", site, env, stepScope, state, out, step.id, {
        callees: /^(github|octokit)\./,
        value: token
      });
    }
    return;
  }
  const location = strLocation(file.file, uses.raw);
  const name = uses.kind === "docker" ? `docker://${uses.path ?? ""}` : uses.kind === "local" ? `./${uses.path ?? ""}` : `${uses.repo ?? ""}${uses.path ? `/${uses.path}` : ""}`;
  const statics = /* @__PURE__ */ new Map();
  for (const [k, v] of withValues) statics.set(k, v.text);
  const envStatics = /* @__PURE__ */ new Map();
  for (const [k, v] of env) envStatics.set(k, v.text);
  const entry = uses.kind === "action" && uses.repo ? lookupAction(name, statics, envStatics) : null;
  if (!entry) {
    const own2 = new Map([...env].filter(([k]) => step.env.has(k)));
    const received2 = receivedSecrets(withValues, own2);
    if (received2.length === 0) return;
    out.facts.push({
      kind: "action-with-secret",
      site,
      location,
      action: uses.raw.value,
      pinned: uses.pinned,
      catalogued: false,
      secrets: received2.map((t) => t.secret)
    });
    return;
  }
  if (entry.local) return;
  const inputs = entry.secretInputs.length ? new Map([...withValues].filter(([k]) => entry.secretInputs.includes(k))) : withValues;
  const sent = new Map(
    [...env].filter(([k]) => (entry.sendsEnv ?? []).some((p) => envNameMatches(p, k)) || step.env.has(k))
  );
  const received = receivedSecrets(inputs, sent);
  if (received.length === 0) return;
  const options = aenv.githubHost ? { githubHost: aenv.githubHost } : {};
  const documented = new Set(entry.documented);
  const destinations = entry.destinations.map((h) => {
    const d = destinationForHost(h, `${name} sends to ${h}`, options);
    return documented.has(h) && d.kind !== "exfil-service" && d.kind !== "ip" ? { ...d, vouchedBy: `${entry.key}'s documented endpoint` } : d;
  });
  if (destinations.length === 0 || entry.unresolved.length) {
    destinations.push({
      host: null,
      raw: `${name} (${entry.unresolved.join(", ") || "destination"} not static)`,
      kind: "unknown"
    });
  }
  out.flows.push({
    site,
    taints: received.map((t) => ({
      ...t,
      chain: [...t.chain, { text: `${name} (${at(location)})`, location }]
    })),
    tool: name,
    channel: "action",
    location,
    text: uses.raw.value,
    destinations
  });
}
function envNameMatches(pattern, name) {
  return pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}
function receivedSecrets(withValues, env) {
  const lists = [];
  for (const [name, v] of withValues)
    if (v.taints.length) lists.push(through(v, { text: `with.${name}` }).taints);
  for (const [name, v] of env) if (v.taints.length) lists.push(through(v, { text: `env ${name}` }).taints);
  return unionTaints(...lists);
}
async function analyseScript(s, language, site, env, scope, state, out, stepId, implicit) {
  for (const e of s.exprs) {
    for (const path of untrustedReads(e.text)) {
      const loc = s.locate(e.start);
      out.facts.push({
        kind: "untrusted-input",
        site,
        location: { file: scope.file, line: loc.line, column: loc.column },
        expression: path
      });
    }
  }
  const script = await parseCached(s.value, language);
  if (script.errors.length && script.ops.length === 0 && language !== "bash") {
    out.facts.push({
      kind: "unparsed-script",
      site,
      location: strLocation(scope.file, s),
      language,
      reason: script.errors[0]?.message ?? "not parsed"
    });
  }
  walkScript(script, {
    site,
    file: scope.file,
    locate: (offset) => {
      const p = s.locate(offset);
      return { file: scope.file, line: p.line, column: p.column };
    },
    scope,
    env,
    job: state,
    ...stepId ? { stepId } : {},
    flows: out.flows,
    facts: out.facts,
    ...implicit ? { implicit } : {}
  });
}
var parsed = /* @__PURE__ */ new Map();
var PARSE_CACHE_LIMIT = 5e3;
function parseCached(text, language) {
  const key = `${language}\0${text}`;
  let hit = parsed.get(key);
  if (!hit) {
    if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear();
    hit = parseScript(text, language);
    parsed.set(key, hit);
  }
  return hit;
}
function strLocation(file, s) {
  return { file, line: s.pos.line, column: s.pos.column, endLine: s.pos.endLine, endColumn: s.pos.endColumn };
}
function callFacts(workflow, job, scope, out, site) {
  const call = job.call;
  let secrets = [];
  if (call.secrets === "inherit") secrets = ["secrets (inherit)"];
  else if (call.secrets) {
    for (const [, s] of call.secrets) secrets.push(...strValue(s, scope).taints.map((t) => t.secret));
  }
  if (secrets.length === 0 || call.uses.kind === "local") return;
  out.facts.push({
    kind: "action-with-secret",
    site,
    location: strLocation(workflow.file, call.uses.raw),
    action: call.uses.raw.value,
    pinned: call.uses.pinned,
    catalogued: false,
    secrets
  });
}
function collectSecretNames(job, workflow, into) {
  const visit = (s) => {
    for (const e of s?.exprs ?? []) {
      for (const r of e.reads) {
        const name = secretName(r);
        if (name) into.add(name);
      }
      if (e.dumps.includes("secrets")) into.add(SYNTHETIC_SECRETS.allSecrets);
    }
  };
  for (const m of [workflow.env, job.env]) for (const s of m.values()) visit(s);
  if (job.call?.secrets === "inherit") into.add("secrets (inherit)");
  else if (job.call?.secrets) for (const s of job.call.secrets.values()) visit(s);
  for (const step of job.steps) {
    visit(step.run);
    for (const m of [step.env, step.with]) for (const s of m.values()) visit(s);
  }
}

// src/analysis/engine.ts
async function scanFiles(inputs, policy, options = {}) {
  const files = [];
  const models = [];
  for (const input of inputs) {
    try {
      models.push(input.model ?? buildModel(input.path, input.content));
      files.push({ path: input.path, error: null });
    } catch (e) {
      files.push({ path: input.path, error: describeError(input.path, e) });
    }
  }
  const actions = await localActions(models, options, files);
  const findings = [];
  for (const model of models) {
    try {
      findings.push(...await analyseFile(model, policy, actions, options));
    } catch (e) {
      const r = files.find((f) => f.path === model.file);
      if (r) r.error = describeError(model.file, e);
    }
  }
  return { files, findings };
}
function describeError(path, e) {
  if (e instanceof FileError) return e.message;
  if (e instanceof RangeError) return `${path}:1: nesting too deep to analyse`;
  return `${path}:1: internal error while analysing (${e instanceof Error ? e.message : String(e)})`;
}
async function localActions(models, options, files) {
  const byPath = /* @__PURE__ */ new Map();
  for (const m of models) if (m.kind === "action") byPath.set(actionDir(m.file), m);
  const wanted = /* @__PURE__ */ new Set();
  for (const m of models) {
    const steps = m.kind === "workflow" ? m.jobs.flatMap((j) => j.steps) : m.steps;
    for (const s of steps) if (s.uses?.kind === "local" && s.uses.path !== void 0) wanted.add(s.uses.path);
  }
  for (const path of wanted) {
    if (byPath.has(path) || !options.readLocalAction) continue;
    const text = await options.readLocalAction(path);
    if (text === null) continue;
    const file = `${path}/action.yml`;
    try {
      const m = buildModel(file, text);
      if (m.kind === "action") byPath.set(path, m);
    } catch (e) {
      files.push({ path: file, error: describeError(file, e) });
    }
  }
  return byPath;
}
function actionDir(file) {
  return file.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/?action\.ya?ml$/, "");
}
async function analyseFile(model, policy, actions, options) {
  const aenv = {
    localAction: (path) => actions.get(path.replace(/^\.\//, "").replace(/\/$/, "")) ?? null,
    ...options.githubHost ? { githubHost: options.githubHost } : {}
  };
  const raw = [];
  const facts = [];
  const jobSecrets = /* @__PURE__ */ new Map();
  if (model.kind === "workflow") {
    const results = await analyseJobs(model, aenv, options.jobs);
    for (const [id, r] of results) {
      raw.push(...r.flows);
      facts.push(...r.facts);
      jobSecrets.set(id, r.secrets);
    }
  } else {
    const r = await analyseAction(model, aenv);
    raw.push(...r.flows);
    facts.push(...r.facts);
  }
  const flows = raw.map((f) => judge(f, policy, options.githubHost));
  const ctx = {
    file: model,
    workflow: model.kind === "workflow" ? model : null,
    policy,
    flows,
    jobSecrets,
    facts,
    comments: parseSuppressionComments(model.source)
  };
  return finalise(ctx);
}
async function analyseJobs(workflow, aenv, only) {
  const results = /* @__PURE__ */ new Map();
  const byId = new Map(workflow.jobs.map((j) => [j.id, j]));
  const visiting = /* @__PURE__ */ new Set();
  const visit = async (id) => {
    const job = byId.get(id);
    if (!job || results.has(id) || visiting.has(id)) return;
    visiting.add(id);
    for (const need of job.needs) await visit(need);
    const needsOutputs = /* @__PURE__ */ new Map();
    for (const need of job.needs)
      needsOutputs.set(need, results.get(need)?.outputs ?? /* @__PURE__ */ new Map());
    results.set(id, await analyseJob(workflow, job, needsOutputs, aenv));
  };
  for (const job of workflow.jobs) await visit(job.id);
  if (only) {
    for (const id of [...results.keys()]) if (!only.includes(id)) results.delete(id);
  }
  return results;
}
function judge(f, policy, githubHost) {
  const job = f.site.job?.id ?? null;
  return {
    site: f.site,
    taints: f.taints,
    sink: { tool: f.tool, channel: f.channel, location: f.location, text: f.text },
    destinations: f.destinations.map((dest) => {
      if (dest.host === null)
        return { dest, verdict: "unknown", denied: f.taints.map((t) => t.secret), allowed: [] };
      const denied = [];
      const allowed = [];
      let allowedBy;
      for (const t of f.taints) {
        if (dest.vouchedBy) {
          allowedBy ??= dest.vouchedBy;
          allowed.push(t.secret);
          continue;
        }
        const v = judgeDestination(policy, {
          secret: t.secret,
          job,
          host: dest.host,
          ...dest.port !== void 0 ? { port: dest.port } : {},
          ...githubHost ? { githubServerHost: githubHost } : {}
        });
        if (v.verdict === "allowed") {
          allowedBy ??= v.allowedBy;
          allowed.push(t.secret);
        } else denied.push(t.secret);
      }
      return {
        dest,
        verdict: denied.length ? "denied" : "allowed",
        denied,
        allowed,
        ...allowedBy && !denied.length ? { allowedBy } : {}
      };
    })
  };
}
function finalise(ctx) {
  const comments = ctx.comments;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    const override = ctx.policy.ruleOverrides.get(rule.id);
    if (override === "off") continue;
    for (const r of rule.check(ctx)) {
      const finding = {
        ...r,
        rule: rule.id,
        severity: override ?? r.severity ?? rule.severity,
        fix: rule.fix,
        fingerprint: fingerprint(rule.id, r)
      };
      if (seen.has(finding.fingerprint + finding.location.line)) continue;
      seen.add(finding.fingerprint + finding.location.line);
      const suppressed = findSuppression(ctx.policy, finding, comments);
      if (suppressed) finding.suppressed = suppressed;
      out.push(finding);
    }
  }
  return out.sort(
    (a, b) => byCodeUnit(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || byCodeUnit(a.rule, b.rule)
  );
}
function fingerprint(rule, r) {
  return shortSha256(
    [
      rule,
      r.location.file,
      r.job ?? "",
      r.stepName ?? String(r.step ?? ""),
      [...r.secrets].sort().join(","),
      [...r.destinations].sort().join(",")
    ].join("\0")
  );
}

export {
  scanFiles
};
