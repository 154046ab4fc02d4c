import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  rules
} from "./chunk-M3BHJP2Y.js";
import {
  buildModel
} from "./chunk-LVPMBYD7.js";
import {
  FileError,
  analyseExpression
} from "./chunk-UR2PXTHB.js";
import {
  RULE_ID
} from "./chunk-XVY5KRYH.js";
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
  affinityAllows
} from "./chunk-NK54UKDG.js";
import {
  SYNTHETIC_SECRETS,
  isWholeContext,
  nameMatches
} from "./chunk-BW6K7SVA.js";
import {
  endpointMatches,
  findMatch,
  formatEndpoint,
  parseEndpoint
} from "./chunk-4LRHTQF6.js";

// src/analysis/engine.ts
import { createHash } from "node:crypto";

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
  const lines = sourceText.split(/\r\n|\n|\r/);
  const out2 = [];
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
      out2.push({ ...base2, rule: "", reason: "", problem: `unrecognised exfil-guard comment; ${USAGE}` });
      return;
    }
    const rules2 = (directive[1] ?? "").split(",").map((r) => r.trim());
    const reason = (directive[2] ?? "").trim();
    if (rules2.every((r) => r === "")) {
      out2.push({ ...base2, rule: "", reason, problem: `ignore[] names no rule; ${USAGE}` });
      return;
    }
    for (const rule of rules2) {
      if (!RULE_ID.test(rule)) {
        out2.push({ ...base2, rule, reason, problem: `"${rule}" is not a rule id; ${USAGE}` });
      } else if (reason === "") {
        out2.push({ ...base2, rule, reason, problem: `suppression without a reason is ignored; ${USAGE}` });
      } else {
        out2.push({ ...base2, rule, reason });
      }
    }
  });
  return out2;
}
function coveredBlock(lines, index) {
  let start2 = index + 1;
  while (start2 < lines.length && /^\s*((#|\/\/).*)?$/.test(lines[start2] ?? "")) start2++;
  if (start2 >= lines.length) return [index + 1, index + 1];
  const indent = indentOf(lines[start2] ?? "");
  let end = start2;
  for (let i2 = start2 + 1; i2 < lines.length; i2++) {
    const text = lines[i2] ?? "";
    if (text.trim() === "") continue;
    if (indentOf(text) <= indent) break;
    end = i2;
  }
  return [start2 + 1, end + 1];
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
    if (f.secrets.length === 0 || !f.secrets.every((name2) => nameMatches(pattern, name2))) return false;
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
  const body2 = pattern.replace(/^\.\//, "").split(/(\*\*\/?|\*|\?)/).map((part) => {
    if (part === "**/") return "(?:.*/)?";
    if (part === "**") return ".*";
    if (part === "*") return "[^/]*";
    if (part === "?") return "[^/]";
    return part.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }).join("");
  return new RegExp(`^${body2}$`).test(target);
}

// src/scripts/placeholders.ts
var PREFIX = "EGX";
function expressionEnd(text, open) {
  let i2 = open + 3;
  while (i2 < text.length) {
    const c = text.charCodeAt(i2);
    if (c === 39) {
      i2++;
      while (i2 < text.length) {
        if (text.charCodeAt(i2) === 39) {
          if (text.charCodeAt(i2 + 1) === 39) i2 += 2;
          else break;
        } else i2++;
      }
      i2++;
    } else if (c === 125 && text.charCodeAt(i2 + 1) === 125) {
      return i2 + 2;
    } else i2++;
  }
  return -1;
}
function substituteExpressions(text) {
  let at2 = text.indexOf("${{");
  if (at2 < 0) return { text, exprs: [] };
  const exprs = [];
  let out2 = "";
  let last = 0;
  while (at2 >= 0) {
    const end = expressionEnd(text, at2);
    if (end < 0) break;
    const index = exprs.length;
    const base2 = PREFIX + String(index);
    const len = end - at2;
    const placeholder = len > base2.length ? base2 + "X".repeat(len - base2.length) : base2;
    out2 += text.slice(last, at2) + placeholder;
    const start2 = out2.length - placeholder.length;
    exprs.push({ text: text.slice(at2, end), start: start2, end: start2 + placeholder.length, placeholder });
    last = end;
    at2 = text.indexOf("${{", end);
  }
  out2 += text.slice(last);
  return { text: out2, exprs };
}
var PLACEHOLDER = /EGX(\d+)/g;
function splitPlaceholders(text, exprs) {
  if (exprs.length === 0 || !text.includes(PREFIX)) return text === "" ? [] : [{ kind: "literal", text }];
  const parts2 = [];
  let last = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const index = Number(m[1]);
    const expr = exprs[index];
    if (!expr || !text.startsWith(expr.placeholder, m.index)) continue;
    if (m.index > last) parts2.push({ kind: "literal", text: text.slice(last, m.index) });
    parts2.push({ kind: "expr", index });
    last = m.index + expr.placeholder.length;
    PLACEHOLDER.lastIndex = last;
  }
  if (last < text.length) parts2.push({ kind: "literal", text: text.slice(last) });
  return parts2;
}

// src/scripts/builder.ts
var MAX_WALK_DEPTH = 400;
var Builder = class {
  constructor(text, exprs) {
    this.text = text;
    this.exprs = exprs;
    for (let i2 = text.indexOf("\n"); i2 >= 0; i2 = text.indexOf("\n", i2 + 1)) this.lineStarts.push(i2 + 1);
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
  defineFunction(name2, start2, end, walkBody) {
    const fn = { kind: "function", name: name2, body: [], span: this.span(start2, end) };
    this.push(fn);
    const before = this.ops.length;
    walkBody();
    for (let i2 = before; i2 < this.ops.length; i2++) fn.body.push(i2);
  }
  span(start2, end) {
    const a = this.position(start2);
    const b = this.position(end);
    return { line: a[0], column: a[1], endLine: b[0], endColumn: b[1], start: start2, end };
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
  error(message, start2, end) {
    if (this.errors.length < 8) this.errors.push({ message, span: this.span(start2, end) });
  }
  /** Returns false (and reports once) when a walker has recursed too deep. */
  depthOk(depth, start2, end) {
    if (depth < MAX_WALK_DEPTH) return true;
    if (!this.depthReported) {
      this.depthReported = true;
      this.error(`nesting deeper than ${MAX_WALK_DEPTH} levels was not analysed`, start2, end);
    }
    return false;
  }
  word(start2, end, parts2, extra) {
    const w = { raw: this.text.slice(start2, end), parts: parts2, span: this.span(start2, end) };
    if (extra?.props) w.props = extra.props;
    if (extra?.items) w.items = extra.items;
    return w;
  }
  /** Appends literal text (splitting out placeholders) to a part list. */
  literal(out2, text) {
    if (text === "") return;
    for (const p of splitPlaceholders(text, this.exprs)) addPart(out2, p);
  }
};
function own(table, key) {
  return Object.hasOwn(table, key) ? table[key] : void 0;
}
function setProp(props, key, value) {
  Object.defineProperty(props, key, { value, enumerable: true, writable: true, configurable: true });
}
function addPart(out2, p) {
  if (p.kind === "literal") {
    if (p.text === "") return;
    const last = out2[out2.length - 1];
    if (last?.kind === "literal") {
      out2[out2.length - 1] = { kind: "literal", text: last.text + p.text };
      return;
    }
  }
  out2.push(p);
}
function addParts(out2, parts2) {
  for (const p of parts2) addPart(out2, p);
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
  const parts2 = [];
  words.forEach((w, i2) => {
    if (i2 > 0) addPart(parts2, { kind: "literal", text: sep });
    addParts(parts2, w.parts);
  });
  return b.word(first.span.start, last.span.end, parts2);
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
  if (/(^|[\\/])env$/.test(first)) first = words.find((w, i2) => i2 > 0 && !w.startsWith("-")) ?? first;
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
function baseName(name2) {
  const i2 = Math.max(name2.lastIndexOf("/"), name2.lastIndexOf("\\"));
  return i2 >= 0 ? name2.slice(i2 + 1) : name2;
}
function unwrap(words) {
  const result = { nameIndex: 0, wrappers: [], envAssignments: [] };
  let i2 = 0;
  for (; ; ) {
    const name2 = staticText2(words[i2]);
    const spec = name2 === void 0 ? void 0 : own(WRAPPERS, baseName(name2));
    if (!spec || name2 === void 0) return result;
    let j = i2 + 1;
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
    result.wrappers.push(baseName(name2));
    result.envAssignments.push(...envHere);
    result.nameIndex = j;
    i2 = j;
  }
}
var POWERSHELL_VALUED = /^-(ex|ep|executionpolicy|wd|workingdirectory|of|outputformat|if|inputformat|w|windowstyle|config|configurationname|settingsfile|version|v|psconsolefile|custompipename)$/i;
function inlineCode(name2, args2, stdin) {
  const language = interpreterLanguage(name2);
  const base2 = baseName(name2).toLowerCase().replace(/\.exe$/, "");
  const text = (i2) => staticText2(args2[i2]);
  const at2 = (i2, l = language) => {
    const code = args2[i2];
    return code ? { language: l, code } : void 0;
  };
  const fromStdin = () => stdin ? { language, code: stdin } : void 0;
  switch (language) {
    case "bash": {
      for (let i2 = 0; i2 < args2.length; i2++) {
        const t = text(i2);
        if (t === void 0) return void 0;
        if (t === "-s" || t === "--") return fromStdin();
        if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(t)) return at2(i2 + 1);
        if (t === "-o" || t === "+o" || t === "-O" || t === "+O") {
          i2++;
          continue;
        }
        if (t.startsWith("-") || t.startsWith("+")) continue;
        return void 0;
      }
      return fromStdin();
    }
    case "python": {
      for (let i2 = 0; i2 < args2.length; i2++) {
        const t = text(i2);
        if (t === void 0) return void 0;
        if (t === "-c") return at2(i2 + 1);
        if (/^-[a-zA-Z]+c$/.test(t)) return at2(i2 + 1);
        if (t === "-") return fromStdin();
        if (t === "-m") return void 0;
        if (t === "-W" || t === "-X") {
          i2++;
          continue;
        }
        if (t.startsWith("-")) continue;
        return void 0;
      }
      return fromStdin();
    }
    case "javascript": {
      for (let i2 = 0; i2 < args2.length; i2++) {
        const t = text(i2);
        if (t === void 0) return void 0;
        if (t === "-e" || t === "--eval" || t === "-p" || t === "--print") return at2(i2 + 1);
        if (t === "-") return fromStdin();
        if (t === "-r" || t === "--require" || t === "--import" || t === "--loader") {
          i2++;
          continue;
        }
        if (t.startsWith("-")) continue;
        return void 0;
      }
      return fromStdin();
    }
    case "powershell": {
      for (let i2 = 0; i2 < args2.length; i2++) {
        const t = text(i2);
        if (t === void 0) return void 0;
        const lower = t.toLowerCase();
        if (/^-(c|co|com|comm|comma|comman|command)$/.test(lower))
          return commandWords(args2.slice(i2 + 1), language);
        if (/^-(e|ec|en|enc|enco|encod|encode|encoded|encodedc|encodedcommand)$/.test(lower)) {
          const code = args2[i2 + 1];
          return code ? { language, code, encoded: true } : void 0;
        }
        if (/^-(f|fi|fil|file)$/.test(lower)) return void 0;
        if (lower === "-") return fromStdin();
        if (POWERSHELL_VALUED.test(t)) {
          i2++;
          continue;
        }
        if (t.startsWith("-")) continue;
        return base2 === "powershell" ? commandWords(args2.slice(i2), language) : void 0;
      }
      return fromStdin();
    }
    case "ruby":
    case "perl": {
      for (let i2 = 0; i2 < args2.length; i2++) {
        const t = text(i2);
        if (t === void 0) return void 0;
        if (t === "-e" || t === "-E") return at2(i2 + 1);
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
    t = { types, named: types.map((_, i2) => lang.nodeTypeIsNamed(i2)), fields: lang.fields };
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
function field(n, name2) {
  for (const c of n.children) if (c.field === name2) return c;
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
          for (let i2 = text.indexOf("\n", prev.end); i2 >= 0 && i2 < c.start; i2 = text.indexOf("\n", i2 + 1)) {
            if (text.charCodeAt(i2 - 1) !== 92) {
              found.push(i2);
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
    const body2 = field(n, "body");
    const redirects = n.children.filter((c) => c.field === "redirect");
    if (body2?.type === "command") return this.command(body2, redirects, pipeFrom, depth);
    const before = this.b.ops.length;
    const r = body2 ? this.statement(body2, depth + 1, pipeFrom) : NONE;
    const built = this.redirects(redirects, depth);
    const targets = [];
    const lastOnly = body2?.type === "pipeline" || body2?.type === "list";
    if (lastOnly) {
      if (r.last >= 0) targets.push(r.last);
    } else {
      for (let i2 = before; i2 < this.b.ops.length; i2++) if (this.b.ops[i2]?.kind === "command") targets.push(i2);
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
    for (const i2 of u.envAssignments) {
      const a = this.envWordAssignment(words[i2]);
      if (a) envPrefix.push(a);
    }
    const args2 = words.slice(u.nameIndex + 1);
    const nameText = staticText2(nameWord);
    const name2 = nameText === void 0 ? nameWord.raw : baseName(nameText);
    const op = {
      kind: "command",
      name: name2,
      nameWord,
      args: args2,
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
      const args2 = op.name === "echo" ? op.args.filter((a) => !/^-[neE]+$/.test(staticText2(a) ?? "")) : op.args;
      return joinWords(this.b, args2, " ")?.parts ?? [];
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
      for (let i2 = 0; i2 < op.args.length; i2++) {
        const t = staticText2(op.args[i2]);
        if (t === void 0) continue;
        if (/^-[pdntua]$/.test(t)) {
          if (t === "-a") {
            const w = op.args[i2 + 1];
            if (w) names.push(w);
          }
          i2++;
        } else if (!t.startsWith("-")) names.push(op.args[i2]);
      }
      const parts2 = stdinParts();
      for (const w of names) {
        const name2 = staticText2(w);
        if (!name2) continue;
        const value = this.b.word(w.span.start, w.span.end, parts2.length > 0 ? parts2.slice() : [dyn("read")]);
        this.b.push({ kind: "assign", name: name2, value, env: false, span: op.span });
      }
    } else if (op.name === "printf" && staticText2(op.args[0]) === "-v") {
      const name2 = staticText2(op.args[1]);
      const value = joinWords(this.b, op.args.slice(2), " ");
      if (name2 && value) this.b.push({ kind: "assign", name: name2, value, env: false, span: op.span });
    } else if (op.name === "tee") {
      const parts2 = stdinParts();
      const append = op.args.some(
        (a) => /^-[a-z]*a/.test(staticText2(a) ?? "") || staticText2(a) === "--append"
      );
      for (const a of op.args) {
        const t = staticText2(a);
        if (t !== void 0 && t.startsWith("-")) continue;
        const content = this.b.word(
          op.span.start,
          op.span.end,
          parts2.length > 0 ? parts2.slice() : [dyn("stdin")]
        );
        this.b.push({ kind: "write", target: a, content, append, span: op.span });
      }
    }
    this.inline(op, stdin);
  }
  /** `python3 -c CODE`, `node -e CODE`, `bash -c CODE`, `python3 - <<EOF` …: the code, parsed later. */
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
      const i2 = this.b.push(inl);
      let text = codeText(inl.code, this.b.exprs);
      if (inline.encoded) {
        const enc = staticText2(inline.code);
        text = enc === void 0 ? void 0 : Buffer.from(enc, "base64").toString("utf16le");
      }
      if (text !== void 0) this.b.inlines.push({ opIndex: i2, language: inline.language, code: text });
    }
  }
  redirect(n, depth) {
    const tails = [];
    let op = "";
    let fd;
    let target;
    let body2;
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
            body2 = quoted ? this.literalWord(c.start, c.end) : this.expandable(c, c.start, c.end, depth);
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
      body2 ??= this.b.word(n.end, n.end, []);
      const redirect2 = { op: op || "<<", target, body: body2 };
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
        if (n.type === "herestring_redirect") body2 = this.word(c, depth + 1);
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
    if (body2) redirect.body = body2;
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
    let name2 = this.src(nameNode);
    if (nameNode.type === "subscript") name2 = name2.replace(/\[.*$/s, "");
    const append = n.children.some((c) => !c.named && c.type === "+=");
    let value;
    if (!valueNode) value = this.b.word(n.end, n.end, []);
    else if (valueNode.type === "array") value = this.array(valueNode, depth);
    else value = this.word(valueNode, depth + 1);
    if (append) value = { ...value, parts: [{ kind: "var", name: name2, env: "maybe" }, ...value.parts] };
    return { kind: "assign", name: name2, value, env, span: this.b.span(n.start, n.end) };
  }
  /** `env X=Y cmd`: the assignment words after `env`. */
  envWordAssignment(w) {
    const first = w?.parts[0];
    if (!w || first?.kind !== "literal") return void 0;
    const eq = first.text.indexOf("=");
    if (eq < 0) return void 0;
    const name2 = first.text.slice(0, eq);
    const parts2 = [];
    addPart(parts2, { kind: "literal", text: first.text.slice(eq + 1) });
    addParts(parts2, w.parts.slice(1));
    return { kind: "assign", name: name2, value: { ...w, parts: parts2 }, env: true, span: w.span };
  }
  array(n, depth) {
    const items = n.children.filter((c) => c.named && c.type !== "comment").map((c) => this.word(c, depth + 1));
    const parts2 = [];
    items.forEach((it, i2) => {
      if (i2 > 0) addPart(parts2, { kind: "literal", text: " " });
      addParts(parts2, it.parts);
    });
    return this.b.word(n.start, n.end, parts2, { items });
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
        const name2 = this.src(c);
        const value = this.b.word(c.start, c.end, [{ kind: "var", name: name2, env: "maybe" }]);
        this.b.push({ kind: "assign", name: name2, value, env: true, span: this.b.span(n.start, n.end) });
      } else if (c.named && c.type !== "variable_name" && WORD_TYPES.has(c.type)) {
        this.word(c, depth + 1);
      }
    }
  }
  functionDef(n, depth) {
    const nameNode = field(n, "name");
    const name2 = nameNode ? this.src(nameNode) : "";
    this.functions.add(name2);
    const body2 = field(n, "body");
    this.b.defineFunction(name2, n.start, n.end, () => {
      if (body2) this.statement(body2, depth + 1);
    });
  }
  forLoop(n, depth) {
    const variable = field(n, "variable");
    const values = n.children.filter((c) => c.field === "value").map((c) => this.word(c, depth + 1));
    if (variable) {
      const name2 = this.src(variable);
      const parts2 = [];
      for (const v of values) addParts(parts2, v.parts);
      if (values.length === 0) parts2.push({ kind: "var", name: "@", env: "maybe" });
      const value = this.b.word(
        variable.start,
        n.end,
        parts2,
        values.length > 0 ? { items: values } : void 0
      );
      value.raw = values.map((v) => v.raw).join(" ");
      this.b.push({ kind: "assign", name: name2, value, env: false, span: this.b.span(n.start, n.end) });
    }
    const body2 = field(n, "body");
    return body2 ? this.statement(body2, depth + 1) : NONE;
  }
  linkCalls() {
    if (this.functions.size === 0) return;
    for (const op of this.b.ops) if (op.kind === "command" && this.functions.has(op.name)) op.calls = op.name;
  }
  // ---- words ----
  word(n, depth) {
    const parts2 = [];
    this.parts(n, parts2, depth);
    return this.b.word(n.start, n.end, parts2);
  }
  literalWord(start2, end) {
    const parts2 = [];
    this.b.literal(parts2, this.b.text.slice(start2, end));
    return this.b.word(start2, end, parts2);
  }
  parts(n, out2, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) {
      out2.push(dyn(this.src(n)));
      return;
    }
    switch (n.type) {
      case "word": {
        const raw = this.src(n);
        if (raw.includes("*")) out2.push(dyn(raw));
        else this.b.literal(out2, unescapeUnquoted(raw));
        return;
      }
      case "number":
      case "special_variable_name":
      case "variable_name":
        this.b.literal(out2, this.src(n));
        return;
      case "raw_string":
        this.b.literal(out2, this.src(n).slice(1, -1));
        return;
      case "ansi_c_string":
        this.b.literal(out2, decodeAnsiC(this.src(n).slice(2, -1)));
        return;
      case "string":
      case "translated_string": {
        const open = n.type === "string" ? 1 : 2;
        const closes = this.b.text.charCodeAt(n.end - 1) === 34 && n.end - n.start > open;
        const w = this.expandable(n, n.start + open, closes ? n.end - 1 : n.end, depth);
        addParts(out2, w.parts);
        return;
      }
      case "concatenation":
        for (const c of n.children) this.parts(c, out2, depth + 1);
        return;
      case "simple_expansion": {
        const name2 = this.src(n).slice(1);
        out2.push({ kind: "var", name: name2, env: "maybe" });
        return;
      }
      case "expansion":
        this.expansion(n, out2, depth);
        return;
      case "command_substitution":
      case "process_substitution": {
        const before = this.b.ops.length;
        this.statements(n, depth + 1);
        out2.push({ kind: "output", ops: range(before, this.b.ops.length) });
        return;
      }
      case "arithmetic_expansion":
      case "brace_expression":
        this.nestedOps(n, depth);
        out2.push(dyn(this.src(n)));
        return;
      default:
        if (n.named) {
          this.nestedOps(n, depth);
          out2.push(dyn(this.src(n)));
        } else this.b.literal(out2, this.src(n));
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
  expandable(n, start2, end, depth) {
    const parts2 = [];
    let pos = start2;
    for (const c of n.children) {
      if (c.type !== "simple_expansion" && c.type !== "expansion" && c.type !== "command_substitution" && c.type !== "arithmetic_expansion") {
        continue;
      }
      if (c.start > pos) this.b.literal(parts2, unescapeQuoted(this.b.text.slice(pos, c.start)));
      this.parts(c, parts2, depth + 1);
      pos = c.end;
    }
    if (end > pos) this.b.literal(parts2, unescapeQuoted(this.b.text.slice(pos, end)));
    return this.b.word(n.start, n.end, parts2);
  }
  expansion(n, out2, depth) {
    let name2 = "";
    let transform;
    let prefix = "";
    for (const c of n.children) {
      if (!c.named) {
        if (c.type === "${" || c.type === "}") continue;
        if (!name2) {
          prefix = c.type;
          continue;
        }
        transform ??= transformOf(c.type);
        continue;
      }
      if (!name2 && (c.type === "variable_name" || c.type === "special_variable_name" || c.type === "subscript")) {
        name2 = this.src(c).replace(/\[.*$/s, "");
        if (c.type === "subscript") transform ??= void 0;
        continue;
      }
      this.nestedOps(c, depth);
      if (c.type === "command_substitution") this.parts(c, [], depth + 1);
    }
    if (!name2) {
      const m = /^\$\{([#!]?)([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(this.src(n));
      if (m?.[2]) name2 = m[2];
      if (m?.[1]) prefix = m[1];
    }
    if (prefix === "#") transform = "length";
    else if (prefix === "!") transform = "indirect";
    if (!name2) {
      out2.push(dyn(this.src(n)));
      return;
    }
    out2.push(
      transform ? { kind: "var", name: name2, env: "maybe", transform } : { kind: "var", name: name2, env: "maybe" }
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
  for (let i2 = from; i2 < to; i2++) r.push(i2);
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

// src/scripts/grammars.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/web-tree-sitter/web-tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index) {
    let newIndex = index;
    const newPoint = { ...point };
    if (index >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range2) {
    const newRange = {
      startIndex: range2.startIndex,
      startPosition: { ...range2.startPosition },
      endIndex: range2.endIndex,
      endPosition: { ...range2.endPosition }
    };
    if (range2.endIndex >= this.oldEndIndex) {
      if (range2.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range2.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range2.endPosition.row - this.oldEndPosition.row),
          column: range2.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range2.endPosition.column - this.oldEndPosition.column) : range2.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range2.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range2.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range2.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range2.startPosition.row - this.oldEndPosition.row),
        column: range2.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range2.startPosition.column - this.oldEndPosition.column) : range2.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range2.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range2) {
  marshalPoint(address, range2.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range2.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range2.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range2.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary2;
    if (input instanceof Uint8Array) {
      binary2 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await import("fs/promises");
      binary2 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary2 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary2 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop2) {
          switch (prop2) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop2 in wasmImports && !wasmImports[prop2].stub) {
            var res = wasmImports[prop2];
            return res;
          }
          if (!(prop2 in stubs)) {
            var resolved;
            stubs[prop2] = (...args2) => {
              resolved ||= resolveSymbol(prop2);
              return resolved(...args2);
            };
          }
          return stubs[prop2];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
    var len = 0;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var c = str.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var u = str.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
    var size = lengthBytesUTF8(str) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str;
      str += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg2) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg2));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};

// src/scripts/grammars.ts
var here = dirname(fileURLToPath(import.meta.url));
var require2 = createRequire(import.meta.url);
function bundled(file) {
  for (const dir of [join(here, "wasm"), join(here, "..", "wasm")]) {
    const p = join(dir, file);
    if (existsSync(p)) return p;
  }
  return void 0;
}
function runtimeWasm() {
  return bundled("web-tree-sitter.wasm") ?? require2.resolve("web-tree-sitter/web-tree-sitter.wasm");
}
function grammarWasm(name2) {
  const file = `tree-sitter-${name2}.wasm`;
  return bundled(file) ?? join(dirname(require2.resolve(`tree-sitter-${name2}/package.json`)), file);
}
var WasmModule = globalThis.WebAssembly.Module;
var runtime;
var parsers = /* @__PURE__ */ new Map();
var loadTimes = /* @__PURE__ */ new Map();
function initRuntime2() {
  runtime ??= (async () => {
    const t0 = performance.now();
    const wasm = runtimeWasm();
    await Parser.init({ locateFile: () => wasm });
    loadTimes.set("runtime", performance.now() - t0);
  })();
  return runtime;
}
function parserFor(name2) {
  let p = parsers.get(name2);
  if (!p) {
    p = (async () => {
      await initRuntime2();
      const t0 = performance.now();
      const grammar = Language.loadSync(new WasmModule(readFileSync(grammarWasm(name2))));
      const parser = new Parser();
      parser.setLanguage(grammar);
      loadTimes.set(name2, performance.now() - t0);
      return parser;
    })();
    p.catch(() => parsers.delete(name2));
    parsers.set(name2, p);
  }
  return p;
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
        const name2 = field(n, "name");
        const body2 = field(n, "body");
        this.b.defineFunction(name2 ? this.src(name2) : "", n.start, n.end, () => {
          if (body2) this.statements(body2, depth);
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
          const name2 = field(s, "name");
          const alias = field(s, "alias") ?? name2;
          if (name2 && alias) this.names.set(this.src(alias), `${mod}.${this.src(name2)}`);
        }
      }
    }
  }
  declarator(n, depth) {
    const name2 = field(n, "name");
    const valueNode = field(n, "value");
    if (!name2) return;
    if (!valueNode) return;
    const value = this.value(valueNode, depth + 1);
    this.assignPattern(name2, value, n, depth, valueNode);
  }
  /** Binds names on the left of `=` / a declarator, and records the assignments. */
  assignPattern(left, value, n, depth, right) {
    if (left.type === "identifier") {
      const name2 = this.src(left);
      this.names.delete(name2);
      if (right) this.bind(name2, right);
      if (right && this.moduleOf(right)) return;
      this.b.push({ kind: "assign", name: name2, value, env: false, span: this.span(n) });
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
        const name2 = key ? this.stringText(key) ?? this.src(key) : "";
        this.b.push({ kind: "assign", name: name2, value, env: true, span: this.span(n) });
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
  /** `require('https')`, `require('https').request` → the module (member) name. */
  moduleOf(n) {
    if (n.type === "call_expression") {
      const fn = field(n, "function");
      const args2 = field(n, "arguments");
      const first = args2?.children.find((c) => c.named);
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
  bind(name2, right) {
    const mod = this.moduleOf(right);
    if (mod) {
      this.names.set(name2, mod);
      return;
    }
    if (this.dotted(right) === "process.env") {
      this.names.set(name2, "process.env");
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
      if (ctor) this.names.set(name2, this.callee(ctor));
    } else if (r.type === "call_expression") {
      const fn = field(r, "function");
      if (fn && this.resolvedThroughImport(fn)) {
        const c = this.callee(fn);
        this.names.set(name2, own(RETURNS, c) ?? c);
      }
    } else if (r.type === "member_expression" && this.resolvedThroughImport(r)) {
      this.names.set(name2, this.callee(r));
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
    const parts2 = [];
    const extra = {};
    this.parts(n, parts2, extra, depth);
    return this.b.word(n.start, n.end, parts2, extra);
  }
  parts(n, out2, extra, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) {
      out2.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
      return;
    }
    switch (n.type) {
      case "string":
      case "template_string":
        for (const c of n.children) {
          if (c.type === "string_fragment") this.b.literal(out2, this.src(c));
          else if (c.type === "escape_sequence") this.b.literal(out2, unescapeJs(this.src(c)));
          else if (c.type === "template_substitution") {
            for (const e of c.children) if (e.named) this.parts(e, out2, {}, depth + 1);
          }
        }
        return;
      case "number":
      case "true":
      case "false":
      case "null":
      case "undefined":
        this.b.literal(out2, this.src(n));
        return;
      case "identifier":
      case "shorthand_property_identifier": {
        const name2 = this.src(n);
        if (this.names.get(name2) === "process.env") out2.push({ kind: "env-all" });
        else out2.push({ kind: "var", name: name2, env: "no" });
        return;
      }
      case "member_expression":
      case "subscript_expression": {
        const obj = field(n, "object");
        if (obj && this.dotted(obj) === "process.env") {
          const key = n.type === "member_expression" ? field(n, "property") : field(n, "index");
          const name2 = key ? this.stringText(key) : void 0;
          if (name2 !== void 0) out2.push({ kind: "var", name: name2, env: "yes" });
          else out2.push({ kind: "env-all" });
          return;
        }
        if (this.dotted(n) === "process.env") {
          out2.push({ kind: "env-all" });
          return;
        }
        if (obj && (obj.type === "identifier" || obj.type === "member_expression") && n.type === "member_expression") {
          const base2 = obj;
          if (base2.type === "identifier" || this.isPlainPath(base2)) {
            out2.push({ kind: "var", name: this.src(n).replace(/\s+/g, ""), env: "no" });
            return;
          }
        }
        if (obj) this.parts(obj, out2, {}, depth + 1);
        if (n.type === "subscript_expression") {
          const idx = field(n, "index");
          if (idx) this.parts(idx, [], {}, depth + 1);
        }
        return;
      }
      case "call_expression":
      case "new_expression":
        this.call(n, out2, depth);
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
          addParts(out2, l);
          addParts(out2, r);
        } else if (op === "||" || op === "??" || op === "&&") {
          addParts(out2, l);
          for (const p of r) if (p.kind !== "literal") out2.push(p);
        } else {
          out2.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
          for (const p of [...l, ...r]) if (p.kind !== "literal") out2.push(p);
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
        addParts(out2, value.parts);
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
            if (out2.length > 0) addPart(out2, { kind: "literal", text: " " });
            addParts(out2, inner);
            continue;
          }
          if (out2.length > 0) addPart(out2, { kind: "literal", text: " " });
          setProp(props, key, w);
          addParts(out2, w.parts);
        }
        extra.props = props;
        return;
      }
      case "array": {
        const items = [];
        for (const c of n.children) {
          if (!c.named || c.type === "comment") continue;
          const w = this.value(c, depth + 1);
          if (items.length > 0) addPart(out2, { kind: "literal", text: " " });
          items.push(w);
          addParts(out2, w.parts);
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
          else this.parts(c, out2, extra, depth + 1);
        }
        return;
      case "arrow_function":
      case "function_expression":
      case "function":
      case "generator_function": {
        const body2 = field(n, "body");
        if (body2?.type === "statement_block") this.statements(body2, depth);
        else if (body2) this.parts(body2, [], {}, depth + 1);
        out2.push({ kind: "dynamic", text: "function" });
        return;
      }
      case "class":
      case "class_declaration":
        this.statement(n, depth + 1);
        out2.push({ kind: "dynamic", text: "class" });
        return;
      default: {
        out2.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named) continue;
          if (c.type === "statement_block") {
            this.statements(c, depth + 1);
            continue;
          }
          const inner = [];
          this.parts(c, inner, {}, depth + 1);
          for (const p of inner) if (p.kind !== "literal" && p.kind !== "dynamic") out2.push(p);
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
  call(n, out2, depth) {
    const isNew = n.type === "new_expression";
    const fn = isNew ? field(n, "constructor") : field(n, "function");
    const argsNode = field(n, "arguments");
    if (!fn) return;
    const mod = isNew ? void 0 : this.moduleOf(n);
    if (mod) {
      out2.push({ kind: "dynamic", text: `require(${mod})` });
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
    const args2 = [];
    if (argsNode?.type === "template_string") args2.push(this.value(argsNode, depth + 1));
    else if (argsNode) {
      for (const c of argsNode.children)
        if (c.named && c.type !== "comment") args2.push(this.value(c, depth + 1));
    }
    const span = this.span(n);
    const index = this.b.push({ kind: "call", callee, args: args2, kwargs: {}, span });
    const append = own(FILE_WRITES, callee);
    if (append !== void 0 && args2[0] && args2[1]) {
      this.b.push({ kind: "write", target: args2[0], content: args2[1], append, span });
    }
    const last = callee.slice(callee.lastIndexOf(".") + 1);
    if (PASS_THROUGH.has(callee)) {
      for (const a of args2) addParts(out2, a.parts);
    } else if (fn.type === "member_expression" && PASS_THROUGH_METHODS.has(last) && receiver.length > 0) {
      addParts(out2, receiver);
      for (const a of args2) for (const p of a.parts) if (p.kind !== "literal") out2.push(p);
    } else {
      out2.push({ kind: "output", ops: [index] });
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
  /** `$wc` → `System.Net.WebClient` for variables bound to a constructed object. */
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
        const name2 = nameNode ? this.src(nameNode) : "";
        this.functions.add(name2.toLowerCase());
        this.b.defineFunction(name2, n.start, n.end, () => {
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
    const parts2 = [];
    let extra = {};
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === "assignment_expression") {
        addParts(parts2, this.assignment(c, depth).parts);
      } else if (c.type === "pipeline_chain") {
        const w = this.chain(c, depth);
        addParts(parts2, w.parts);
        extra = { ...w.props ? { props: w.props } : {}, ...w.items ? { items: w.items } : {} };
      } else if (c.type === "pipeline") {
        addParts(parts2, this.pipelineValue(c, depth + 1).parts);
      } else {
        const w = this.value(c, depth + 1);
        addParts(parts2, w.parts);
        extra = { ...w.props ? { props: w.props } : {}, ...w.items ? { items: w.items } : {} };
      }
    }
    return this.b.word(n.start, n.end, parts2, extra);
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
      const parts2 = [];
      this.b.literal(parts2, this.src(nameNode));
      nameWord = this.b.word(nameNode.start, nameNode.end, parts2);
    } else nameWord = this.value(nameNode.children.find((c) => c.named) ?? nameNode, depth + 1);
    const args2 = [];
    const redirects = [];
    const redirectNodes = [];
    for (const c of elements?.children ?? []) {
      if (!c.named || c.type === "command_argument_sep" || c.type === "comment") continue;
      if (c.type === "redirection") {
        redirects.push(this.redirect(c, depth));
        redirectNodes.push(c);
      } else if (c.type === "command_parameter") {
        const parts2 = [];
        this.b.literal(parts2, this.src(c));
        args2.push(this.b.word(c.start, c.end, parts2));
      } else args2.push(this.value(c, depth + 1));
    }
    const raw = staticText2(nameWord);
    const name2 = raw === void 0 ? nameWord.raw : this.commandName(raw, args2);
    const op = {
      kind: "command",
      name: name2,
      nameWord,
      args: args2,
      envPrefix: [],
      redirects,
      span: this.span(n)
    };
    if (pipeFrom !== void 0) op.pipeFrom = pipeFrom;
    const index = this.b.push(op);
    for (let i2 = 0; i2 < redirects.length; i2++) {
      const r = redirects[i2];
      const rn = redirectNodes[i2];
      if (r && rn) this.write(r, this.output(op, index), rn);
    }
    this.commandEffects(op, index, input);
    return { index, value: this.commandValue(op, index, input) };
  }
  commandName(raw, args2) {
    const base2 = baseName(raw).replace(/\.exe$/i, "");
    const lower = base2.toLowerCase();
    if ((lower === "curl" || lower === "wget") && args2.some((a) => WEB_PARAMETERS.test(staticText2(a) ?? ""))) {
      return "Invoke-WebRequest";
    }
    return own(ALIASES, lower) ?? base2;
  }
  /** What a command contributes as a value (`$x = gci env:`, `(iwr …)`, `$(…)`). */
  commandValue(op, index, input) {
    const w = (parts2) => ({ raw: "", parts: parts2, span: op.span });
    const first = staticText2(op.args.find((a) => !(staticText2(a) ?? "").startsWith("-")));
    const envPath = first !== void 0 ? /^env:(?:\\|\/)?(.*)$/i.exec(first) : null;
    if (envPath && (op.name === "Get-ChildItem" || op.name === "Get-Item" || op.name === "Get-Content")) {
      const v = envPath[1] ?? "";
      return w(v === "" || v === "*" ? [{ kind: "env-all" }] : [{ kind: "var", name: v, env: "yes" }]);
    }
    if (PASS_THROUGH_COMMANDS.has(op.name) || PASS_THROUGH_COMMANDS.has(op.name.toLowerCase())) {
      const parts2 = [];
      if (input) addParts(parts2, input.parts);
      for (const a of op.args) if (!(staticText2(a) ?? "").startsWith("-")) addParts(parts2, a.parts);
      if (parts2.length > 0)
        return { raw: "", parts: parts2, span: op.span, ...input?.props ? { props: input.props } : {} };
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
      const i2 = this.b.push({
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
      if (text !== void 0) this.b.inlines.push({ opIndex: i2, language: inline.language, code: text });
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
      for (let i2 = 0; i2 < tokens.length; i2++) {
        const t = tokens[i2];
        if (!t) continue;
        const text = this.src(t);
        if (t.type === "command_parameter") {
          if (/^-typename$/i.test(text))
            return tokens[i2 + 1] ? canonicalType(this.src(tokens[i2 + 1])) : void 0;
          i2++;
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
        const name2 = member ? this.src(member) : "";
        const base2 = target ? this.callee(target) : "";
        return `${base2}.${METHODS.get(name2.toLowerCase()) ?? name2}`;
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
    const parts2 = [];
    const extra = {};
    this.parts(n, parts2, extra, depth);
    return this.b.word(n.start, n.end, parts2, extra);
  }
  parts(node, out2, extra, depth) {
    if (!this.b.depthOk(depth, node.start, node.end)) {
      out2.push({ kind: "dynamic", text: this.src(node).slice(0, 80) });
      return;
    }
    const n = unwrap2(node);
    switch (n.type) {
      case "variable":
      case "braced_variable": {
        const v = this.variable(n);
        const lower = v.name.toLowerCase();
        if (!v.env && (lower === "true" || lower === "false" || lower === "null"))
          this.b.literal(out2, `$${lower}`);
        else out2.push({ kind: "var", name: v.name, env: v.env ? "yes" : "no" });
        return;
      }
      case "expandable_string_literal":
      case "expandable_here_string_literal":
        this.expandable(n, out2, depth);
        return;
      case "verbatim_string_characters":
      case "verbatim_string_literal":
        this.b.literal(out2, this.src(n).slice(1, -1).replace(/''/g, "'"));
        return;
      case "verbatim_here_string_characters":
      case "verbatim_here_string_literal":
        this.b.literal(out2, hereContent(this.src(n)));
        return;
      case "generic_token":
      case "command_name":
      case "simple_name":
      case "decimal_integer_literal":
      case "hexadecimal_integer_literal":
      case "real_literal":
      case "integer_literal":
        if (n.children.some((c) => c.named)) this.expandable(n, out2, depth, 0);
        else this.b.literal(out2, this.src(n).replace(/`(.)/g, "$1"));
        return;
      case "type_literal":
        this.b.literal(out2, this.typeName(n));
        return;
      case "hash_literal_expression": {
        const props = {};
        const body2 = n.children.find((c) => c.type === "hash_literal_body");
        for (const e of body2?.children ?? []) {
          if (e.type !== "hash_entry") continue;
          const k = e.children.find((c) => c.type === "key_expression");
          const v = e.children.find((c) => c.named && c.type !== "key_expression");
          if (!k || !v) continue;
          const kw = this.value(k, depth + 1);
          const w = v.type === "pipeline" ? this.pipelineValue(v, depth + 1) : this.value(v, depth + 1);
          if (Object.keys(props).length > 0) addPart(out2, { kind: "literal", text: " " });
          setProp(props, staticText2(kw) ?? kw.raw, w);
          addParts(out2, w.parts);
        }
        extra.props = props;
        return;
      }
      case "array_literal_expression": {
        const items = [];
        for (const c of n.children) {
          if (!c.named) continue;
          const w = this.value(c, depth + 1);
          if (items.length > 0) addPart(out2, { kind: "literal", text: " " });
          items.push(w);
          addParts(out2, w.parts);
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
          addParts(out2, w.parts);
          if (w.props) extra.props = w.props;
          if (w.items) extra.items = w.items;
        }
        return;
      }
      case "script_block_expression":
      case "script_block":
        this.statements(n, depth + 1);
        out2.push({ kind: "dynamic", text: "scriptblock" });
        return;
      case "invokation_expression":
        this.invocation(n, out2, depth);
        return;
      case "member_access":
      case "element_access": {
        const target = n.children.find((c) => c.named);
        if (target?.type === "type_literal") {
          out2.push({ kind: "dynamic", text: this.src(n) });
          return;
        }
        if (target) this.parts(target, out2, {}, depth + 1);
        return;
      }
      case "cast_expression":
      case "unary_expression":
      case "expression_with_unary_operator": {
        for (const c of n.children)
          if (c.named && c.type !== "type_literal") this.parts(c, out2, extra, depth + 1);
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
        if (!concat2) out2.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named || c.type.endsWith("_operator")) continue;
          const inner = [];
          this.parts(c, inner, {}, depth + 1);
          if (concat2) addParts(out2, inner);
          else for (const p of inner) if (p.kind !== "literal" && p.kind !== "dynamic") out2.push(p);
        }
        return;
      }
      case "pipeline":
        addParts(out2, this.pipelineValue(n, depth + 1).parts);
        return;
      case "command": {
        const r = this.command(n, void 0, void 0, depth);
        addParts(out2, r.value.parts);
        return;
      }
      default: {
        if (!n.named) {
          this.b.literal(out2, this.src(n));
          return;
        }
        out2.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named) continue;
          if (c.type === "pipeline" || c.type.endsWith("statement") || c.type.endsWith("_list")) {
            this.statement(c, depth + 1);
            continue;
          }
          const inner = [];
          this.parts(c, inner, {}, depth + 1);
          for (const p of inner) if (p.kind !== "literal" && p.kind !== "dynamic") out2.push(p);
        }
      }
    }
  }
  /** The value of a statement list (`$( a; b )`): every statement's value. */
  statementsValue(n, depth) {
    if (n.type === "pipeline") return this.pipelineValue(n, depth);
    const parts2 = [];
    const extra = {};
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === "pipeline") {
        const w = this.pipelineValue(c, depth + 1);
        addParts(parts2, w.parts);
        if (w.props) extra.props ??= w.props;
        if (w.items) extra.items ??= w.items;
      } else this.statement(c, depth + 1);
    }
    return this.b.word(n.start, n.end, parts2, extra);
  }
  /** `"…$x…$($y)…"`: the text between the expansions is literal (backtick escapes decoded). */
  expandable(n, out2, depth, quote = 1) {
    const raw = this.src(n);
    let start2 = n.start + quote;
    let end = n.end - quote;
    if (n.type === "expandable_here_string_literal") {
      const first = raw.indexOf("\n");
      const last = raw.lastIndexOf("\n");
      start2 = n.start + (first >= 0 ? first + 1 : 2);
      end = last > first ? n.start + last : n.end - 2;
    }
    let pos = start2;
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.start > pos) this.b.literal(out2, unescapeBacktick(this.b.text.slice(pos, c.start)));
      this.parts(c, out2, {}, depth + 1);
      pos = c.end;
    }
    if (end > pos) this.b.literal(out2, unescapeBacktick(this.b.text.slice(pos, end)));
  }
  invocation(n, out2, depth) {
    const target = n.children.find((c) => c.named);
    const member = n.children.find((c) => c.type === "member_name");
    const argList = n.children.find((c) => c.type === "argument_list");
    const receiver = [];
    if (target && target.type !== "type_literal") this.parts(target, receiver, {}, depth + 1);
    const base2 = target ? this.callee(target) : "";
    const methodRaw = member ? this.src(member) : "";
    const method = METHODS.get(methodRaw.toLowerCase()) ?? (methodRaw.toLowerCase() === "new" ? "new" : methodRaw);
    const callee = `${base2}.${method}`;
    const args2 = [];
    const list = argList?.children.find((c) => c.type === "argument_expression_list");
    for (const c of list?.children ?? []) if (c.named) args2.push(this.value(c, depth + 1));
    const index = this.b.push({ kind: "call", callee, args: args2, kwargs: {}, span: this.span(n) });
    if (callee === "System.Environment.GetEnvironmentVariables") {
      out2.push({ kind: "env-all" });
    } else if (callee === "System.Environment.GetEnvironmentVariable") {
      const name2 = staticText2(args2[0]);
      out2.push(name2 !== void 0 ? { kind: "var", name: name2, env: "yes" } : { kind: "env-all" });
    } else if (callee === "System.Environment.SetEnvironmentVariable" && args2[0] && args2[1]) {
      this.b.push({
        kind: "assign",
        name: staticText2(args2[0]) ?? args2[0].raw,
        value: args2[1],
        env: true,
        span: this.span(n)
      });
      out2.push({ kind: "output", ops: [index] });
    } else if (PASS_THROUGH_METHODS2.has(callee) || /^(ToString|Trim|Replace|ToUpper|ToLower|Substring|Split|Join)$/i.test(method)) {
      addParts(
        out2,
        receiver.filter((p) => p.kind !== "dynamic")
      );
      for (const a of args2) addParts(out2, a.parts);
    } else {
      out2.push({ kind: "output", ops: [index] });
    }
    if ((callee === "System.IO.File.WriteAllText" || callee === "System.IO.File.AppendAllText") && args2[0] && args2[1]) {
      this.b.push({
        kind: "write",
        target: args2[0],
        content: args2[1],
        append: callee.endsWith("AppendAllText"),
        span: this.span(n)
      });
    }
  }
};
function parameters(args2) {
  const named = /* @__PURE__ */ new Map();
  named.positional = [];
  for (let i2 = 0; i2 < args2.length; i2++) {
    const a = args2[i2];
    const t = staticText2(a);
    if (t !== void 0 && /^-[A-Za-z][\w-]*:?$/.test(t)) {
      const key = t.slice(1).replace(/:$/, "").toLowerCase();
      const next = args2[i2 + 1];
      const nt = staticText2(next);
      if (next && !(nt !== void 0 && /^-[A-Za-z]/.test(nt))) {
        named.set(key, next);
        i2++;
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
  /** Local name → canonical dotted name (imports, and objects bound to a constructor call). */
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
        const name2 = field(n, "name");
        const body2 = field(n, "body");
        this.b.defineFunction(name2 ? this.src(name2) : "", n.start, n.end, () => {
          if (body2) this.block(body2, depth);
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
    const join2 = (s) => prefix ? `${prefix}.${s}` : s;
    if (n.type === "aliased_import") {
      const name2 = field(n, "name");
      const alias = field(n, "alias");
      if (name2 && alias) this.names.set(this.src(alias), join2(this.src(name2)));
      return;
    }
    const dotted = this.src(n).replace(/\s+/g, "");
    if (prefix) this.names.set(dotted.split(".").pop() ?? dotted, join2(dotted));
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
      const name2 = this.src(left);
      this.names.delete(name2);
      this.files.delete(name2);
      if (right) this.bind(name2, right);
      this.b.push({ kind: "assign", name: name2, value, env: false, span: this.span(n) });
      return;
    }
    if (left.type === "subscript") {
      const obj = field(left, "value");
      const key = field(left, "subscript");
      if (obj && this.dotted(obj) === "os.environ" && key) {
        const name2 = this.stringValue(key) ?? this.src(key);
        this.b.push({ kind: "assign", name: name2, value, env: true, span: this.span(n) });
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
  bind(name2, right) {
    if (right.type !== "call") return;
    const fn = field(right, "function");
    if (!fn) return;
    const callee = this.callee(fn);
    if (callee === "open") {
      const handle2 = this.openHandle(right);
      if (handle2) this.files.set(name2, handle2);
      return;
    }
    if (callee && this.resolvedThroughImport(fn)) this.names.set(name2, own(RETURNS2, callee) ?? callee);
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
    const args2 = field(call, "arguments");
    if (!args2) return void 0;
    const positional = args2.children.filter(
      (c) => c.named && c.type !== "keyword_argument" && c.type !== "comment"
    );
    let modeNode = positional[1];
    for (const k of args2.children) {
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
    const parts2 = [];
    const extra = {};
    this.parts(n, parts2, extra, depth);
    return this.b.word(n.start, n.end, parts2, extra);
  }
  parts(n, out2, extra, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) {
      out2.push({ kind: "dynamic", text: this.src(n) });
      return;
    }
    switch (n.type) {
      case "string":
        this.string(n, out2, depth);
        return;
      case "concatenated_string":
        for (const c of n.children) if (c.type === "string") this.string(c, out2, depth);
        return;
      case "integer":
      case "float":
      case "true":
      case "false":
      case "none":
        this.b.literal(out2, this.src(n));
        return;
      case "identifier": {
        const name2 = this.src(n);
        const canonical2 = this.names.get(name2);
        if (canonical2 === "os.environ") out2.push({ kind: "env-all" });
        else out2.push({ kind: "var", name: name2, env: "no" });
        return;
      }
      case "attribute": {
        const d = this.callee(n);
        if (d === "os.environ") out2.push({ kind: "env-all" });
        else {
          const obj = field(n, "object");
          if (obj && obj.type !== "identifier" && obj.type !== "attribute")
            this.parts(obj, out2, {}, depth + 1);
          else out2.push({ kind: "var", name: this.src(n).replace(/\s+/g, ""), env: "no" });
        }
        return;
      }
      case "subscript": {
        const obj = field(n, "value");
        const key = field(n, "subscript");
        if (obj && key && this.dotted(obj) === "os.environ") {
          const name2 = this.stringValue(key);
          if (name2 !== void 0) out2.push({ kind: "var", name: name2, env: "yes" });
          else {
            this.parts(key, [], {}, depth + 1);
            out2.push({ kind: "env-all" });
          }
          return;
        }
        if (obj) this.parts(obj, out2, {}, depth + 1);
        if (key) this.parts(key, [], {}, depth + 1);
        return;
      }
      case "call":
        this.call(n, out2, depth);
        return;
      case "binary_operator": {
        const left = field(n, "left");
        const right = field(n, "right");
        const op = n.children.find((c) => c.field === "operator")?.type ?? "";
        if (op === "%" && left?.type === "string" && right) {
          this.percentFormat(left, right, out2, depth);
          return;
        }
        const l = [];
        const r = [];
        if (left) this.parts(left, l, {}, depth + 1);
        if (right) this.parts(right, r, {}, depth + 1);
        if (op === "+") {
          addParts(out2, l);
          addParts(out2, r);
        } else {
          out2.push({ kind: "dynamic", text: this.src(n) });
          for (const p of [...l, ...r]) if (p.kind !== "literal") out2.push(p);
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
            if (Object.keys(props).length > 0) addPart(out2, { kind: "literal", text: " " });
            setProp(props, key, w);
            addParts(out2, w.parts);
          } else if (c.named && c.type !== "comment") {
            this.parts(c, out2, {}, depth + 1);
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
          if (items.length > 0) addPart(out2, { kind: "literal", text: " " });
          items.push(w);
          addParts(out2, w.parts);
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
        for (const c of n.children) if (c.named && c.type !== "comment") this.parts(c, out2, extra, depth + 1);
        return;
      case "lambda":
      case "list_comprehension":
      case "dictionary_comprehension":
      case "set_comprehension":
      case "generator_expression":
      default: {
        out2.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named) continue;
          const inner = [];
          this.parts(c, inner, {}, depth + 1);
          for (const p of inner) if (p.kind !== "literal" && p.kind !== "dynamic") out2.push(p);
        }
      }
    }
  }
  string(n, out2, depth) {
    const start2 = n.children.find((c) => c.type === "string_start");
    const raw = start2 ? /r/i.test(this.src(start2)) : false;
    for (const c of n.children) {
      if (c.type === "string_content") {
        this.b.literal(out2, raw ? this.src(c) : unescapePython(this.src(c)));
      } else if (c.type === "escape_sequence") {
        this.b.literal(out2, unescapePython(this.src(c)));
      } else if (c.type === "interpolation") {
        const e = field(c, "expression") ?? c.children.find((x) => x.named);
        if (e) this.parts(e, out2, {}, depth + 1);
      }
    }
  }
  /** `"X=%s" % v` and `"%s:%s" % (a, b)`: the values replace the conversions, in order. */
  percentFormat(fmt, args2, out2, depth) {
    const values = args2.type === "tuple" ? args2.children.filter((c) => c.named).map((c) => this.value(c, depth + 1)) : [this.value(args2, depth + 1)];
    const template2 = [];
    this.string(fmt, template2, depth);
    let next = 0;
    for (const p of template2) {
      if (p.kind !== "literal") {
        out2.push(p);
        continue;
      }
      const pieces = p.text.split(/%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdrifxXeEgGoca%]/);
      const convs = p.text.match(/%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdrifxXeEgGoca%]/g) ?? [];
      pieces.forEach((piece, i2) => {
        addPart(out2, { kind: "literal", text: piece });
        const conv = convs[i2];
        if (conv === void 0) return;
        if (conv === "%%") addPart(out2, { kind: "literal", text: "%" });
        else {
          const v = values[next++];
          if (v) addParts(out2, v.parts);
        }
      });
    }
    for (; next < values.length; next++) addParts(out2, values[next]?.parts ?? []);
  }
  call(n, out2, depth) {
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
    const args2 = [];
    const kwargs = {};
    if (argsNode) {
      for (const c of argsNode.children) {
        if (!c.named || c.type === "comment") continue;
        if (c.type === "keyword_argument") {
          const k = field(c, "name");
          const v = field(c, "value");
          if (k && v) kwargs[this.src(k)] = this.value(v, depth + 1);
        } else if (c.type === "generator_expression" && argsNode.children.length === 1) {
          args2.push(this.value(c, depth + 1));
        } else args2.push(this.value(c, depth + 1));
      }
    }
    const span = this.span(n);
    if (callee === "os.getenv" || callee === "os.environ.get" || callee === "os.environ.pop") {
      const name2 = args2[0] && args2[0].parts.length === 1 && args2[0].parts[0]?.kind === "literal" ? args2[0].parts[0].text : void 0;
      const index2 = this.b.push({ kind: "call", callee, args: args2, kwargs, span });
      if (name2 !== void 0) out2.push({ kind: "var", name: name2, env: "yes" });
      else out2.push({ kind: "env-all" }, { kind: "output", ops: [index2] });
      if (args2[1])
        addParts(
          out2,
          args2[1].parts.filter((p) => p.kind !== "literal")
        );
      return;
    }
    const index = this.b.push({ kind: "call", callee, args: args2, kwargs, span });
    if (callee === "os.putenv" && args2[0] && args2[1]) {
      const name2 = args2[0].parts[0]?.kind === "literal" ? args2[0].parts[0].text : args2[0].raw;
      this.b.push({ kind: "assign", name: name2, value: args2[1], env: true, span });
    } else if (callee === "os.environ.update" || callee === "os.environ.setdefault") {
      if (callee === "os.environ.setdefault" && args2[0] && args2[1] && args2[0].parts[0]?.kind === "literal") {
        this.b.push({ kind: "assign", name: args2[0].parts[0].text, value: args2[1], env: true, span });
      } else {
        for (const [k, v] of Object.entries(args2[0]?.props ?? kwargs)) {
          this.b.push({ kind: "assign", name: k, value: v, env: true, span });
        }
      }
    }
    this.fileWrite(fn, callee, args2, kwargs, n);
    if (callee === "dict" && args2.length === 1 && args2[0]?.parts.length === 1 && args2[0].parts[0]?.kind === "env-all") {
      out2.push({ kind: "env-all" });
      return;
    }
    const last = callee.slice(callee.lastIndexOf(".") + 1);
    if (callee === "os.environ.copy" || callee === "os.environ.items" || callee === "os.environ.values") {
      out2.push({ kind: "env-all" });
    } else if (PASS_THROUGH2.has(callee)) {
      for (const a of args2) addParts(out2, a.parts);
    } else if (fn.type === "attribute" && last === "format" && receiver.some((p) => p.kind === "literal")) {
      this.format(receiver, args2, kwargs, out2);
    } else if (fn.type === "attribute" && PASS_THROUGH_METHODS3.has(last) && receiver.length > 0) {
      addParts(out2, receiver);
      for (const a of args2) addParts(out2, a.parts);
    } else {
      out2.push({ kind: "output", ops: [index] });
    }
    receiver = [];
  }
  /** `"https://{}/{x}".format(h, x=v)`: fields replaced by the arguments they name. */
  format(template2, args2, kwargs, out2) {
    let auto = 0;
    for (const p of template2) {
      if (p.kind !== "literal") {
        out2.push(p);
        continue;
      }
      let last = 0;
      const re = /\{\{|\}\}|\{([^{}]*)\}/g;
      for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
        addPart(out2, { kind: "literal", text: p.text.slice(last, m.index) });
        last = m.index + m[0].length;
        if (m[0] === "{{" || m[0] === "}}") {
          addPart(out2, { kind: "literal", text: m[0][0] ?? "" });
          continue;
        }
        const key = (m[1] ?? "").split(/[.[!:]/)[0] ?? "";
        const w = key === "" ? args2[auto++] : /^\d+$/.test(key) ? args2[Number(key)] : kwargs[key];
        if (w) addParts(out2, w.parts);
        else out2.push({ kind: "dynamic", text: m[0] });
      }
      addPart(out2, { kind: "literal", text: p.text.slice(last) });
    }
  }
  /** `f.write(x)`, `open(p, 'a').write(x)`, `print(x, file=f)`, `Path(p).write_text(x)`. */
  fileWrite(fn, callee, args2, kwargs, n) {
    let handle2;
    let content;
    if (callee === "print" && kwargs.file) {
      const f = kwargs.file.parts[0];
      if (f?.kind === "var") handle2 = this.files.get(f.name);
      content = this.joinArgs(args2, n);
    } else if (fn.type === "attribute") {
      const attr = field(fn, "attribute");
      const method = attr ? this.src(attr) : "";
      if (method !== "write" && method !== "writelines") return;
      const obj = field(fn, "object");
      if (obj?.type === "identifier") handle2 = this.files.get(this.src(obj));
      else if (obj?.type === "call" && this.callee(field(obj, "function") ?? obj) === "open")
        handle2 = this.openHandle(obj);
      content = args2[0];
    }
    if (!handle2 || !content || !/[wax+]/.test(handle2.mode)) return;
    this.b.push({
      kind: "write",
      target: handle2.path,
      content,
      append: handle2.mode.includes("a"),
      span: this.span(n)
    });
  }
  joinArgs(args2, n) {
    if (args2.length === 0) return void 0;
    const parts2 = [];
    args2.forEach((a, i2) => {
      if (i2 > 0) addPart(parts2, { kind: "literal", text: " " });
      addParts(parts2, a.parts);
    });
    return this.b.word(n.start, n.end, parts2);
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
    exprs: exprs.map(({ text: t, start: start2, end }) => ({ text: t, start: start2, end })),
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
      for (const i2 of at2) patched = patched.slice(0, i2) + ";" + patched.slice(i2 + 1);
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
  const inputValue = (name2, from) => {
    for (const [k, v] of from) if (k.toLowerCase() === name2.toLowerCase()) return v;
    return void 0;
  };
  let hosts = [...e.hosts];
  const extra = [];
  const unresolved = [];
  const apply = (specs, from, label) => {
    for (const [name2, spec] of Object.entries(specs ?? {})) {
      const value = inputValue(name2, from);
      if (value === void 0 || value === "") continue;
      if (value === null) {
        unresolved.push(`${label}${name2}`);
        if (spec.replaces !== false) hosts = [];
        continue;
      }
      const found2 = hostsOf(value, spec.hint);
      if (spec.replaces === false) extra.push(...found2);
      else hosts = found2;
      if (found2.length === 0) unresolved.push(`${label}${name2}`);
    }
  };
  apply(e.inputs, withInputs, "with.");
  apply(e.env, env, "env.");
  for (const t of e.templates ?? []) {
    let ok = true;
    const host = t.replace(/\{([^}]+)\}/g, (_, name2) => {
      const v = inputValue(name2, withInputs);
      if (typeof v !== "string" || !/^[A-Za-z0-9.-]+$/.test(v)) ok = false;
      return typeof v === "string" ? v.toLowerCase() : "";
    });
    if (ok) extra.push(host);
    else unresolved.push(t);
  }
  const destinations = [.../* @__PURE__ */ new Set([...hosts, ...extra])];
  const info2 = {
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
  if (e.sendsEnv) info2.sendsEnv = e.sendsEnv;
  return info2;
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
  const out2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const list of lists) {
    for (const t of list) {
      if (seen.has(t.secret)) continue;
      seen.add(t.secret);
      out2.push(t);
    }
  }
  return out2;
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
    const name2 = read.path[0];
    if (name2 === void 0) return null;
    return name2 === "*" ? "secrets[computed]" : name2.toUpperCase();
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
  const name2 = secretName(read);
  if (name2)
    return {
      taints: [secretTaint(name2, location, read.context === "github" ? "github.token" : `secrets.${name2}`)],
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
  const name2 = read.path[0];
  if (read.path.length !== 1 || name2 === void 0 || read.context !== "env" && read.context !== "matrix")
    return null;
  if (text.replace(/\s+/g, "").toLowerCase() !== `${read.context}.${name2}`.toLowerCase()) return null;
  return (read.context === "env" ? scope.env.get(name2) : scope.matrix.get(name2))?.text ?? null;
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
  const out2 = [];
  for (const read of analyseExpression(text).reads) {
    if (read.context !== "github") continue;
    const path = `github.${read.path.join(".")}`;
    if (untrustedPatterns.some((re) => re.test(path))) out2.push(path);
  }
  return out2;
}

// src/analysis/sinks/options.ts
function parseOptions(args2, spec) {
  const options = [];
  const positionals = [];
  let i2 = 0;
  let endOfOptions = false;
  while (i2 < args2.length) {
    const word = args2[i2++];
    if (!word) break;
    const prefix = literalPrefix(word);
    const tpl = template(word);
    if (endOfOptions || !prefix.startsWith("-") || prefix === "-" || tpl === "-") {
      if (spec.plusOptions && prefix.startsWith("+")) continue;
      positionals.push(word);
      if (spec.stopAtPositional && !endOfOptions) {
        return { options, positionals, rest: [word, ...args2.slice(i2)] };
      }
      continue;
    }
    if (tpl === "--") {
      endOfOptions = true;
      continue;
    }
    if (prefix.startsWith("--")) {
      const eq = tpl.indexOf("=");
      const name2 = eq >= 0 ? tpl.slice(2, eq) : tpl.slice(2);
      if (eq >= 0) {
        options.push({ name: `--${name2}`, value: subWord(word, eq + 1), word });
      } else if (spec.longWithArg.has(name2)) {
        options.push({ name: `--${name2}`, value: args2[i2] ?? null, word });
        i2++;
      } else {
        options.push({ name: `--${name2}`, value: null, word });
      }
      continue;
    }
    const single = spec.singleDashLong;
    if (single) {
      const eq = tpl.indexOf("=");
      const name2 = eq >= 0 ? tpl.slice(1, eq) : tpl.slice(1);
      if (single.has(name2)) {
        if (eq >= 0) options.push({ name: `-${name2}`, value: subWord(word, eq + 1), word });
        else {
          options.push({ name: `-${name2}`, value: args2[i2] ?? null, word });
          i2++;
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
          options.push({ name: `-${letter}`, value: args2[i2] ?? null, word });
          i2++;
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
function parsePwshParams(args2, known, switches = []) {
  const params = /* @__PURE__ */ new Map();
  const positionals = [];
  const all = [...known, ...switches].map((n) => n.toLowerCase());
  const isParam = (w) => {
    const p = w ? literalPrefix(w) : "";
    return /^-[A-Za-z]/.test(p);
  };
  let i2 = 0;
  while (i2 < args2.length) {
    const word = args2[i2++];
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
    const name2 = candidates.length === 1 ? candidates[0] ?? written : written;
    if (colon >= 0) {
      params.set(name2, subWord(word, colon + 1));
    } else if (switches.some((s) => s.toLowerCase() === name2)) {
      params.set(name2, null);
    } else if (i2 < args2.length && !isParam(args2[i2])) {
      params.set(name2, args2[i2] ?? null);
      i2++;
    } else {
      params.set(name2, null);
    }
  }
  return { params, positionals };
}

// src/analysis/sinks/types.ts
function sink(init2) {
  const dests = init2.destinations ?? [];
  const payload = [...init2.payload ?? []];
  for (const d of dests) if (!payload.includes(d.word)) payload.push(d.word);
  const m = {
    tool: init2.tool,
    channel: init2.channel,
    destinations: dests.map((d) => d.word),
    destinationHints: dests.map((d) => d.hint),
    payload,
    sendsStdin: init2.sendsStdin ?? false,
    readsEnv: init2.readsEnv ?? [],
    readsFiles: init2.readsFiles ?? [],
    uploads: init2.uploads ?? [],
    span: init2.span
  };
  if (init2.defaultHost !== void 0) m.defaultHost = init2.defaultHost;
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
function canonical(name2) {
  return name2.startsWith("--expand-") ? `--${name2.slice("--expand-".length)}` : name2;
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
    const name2 = canonical(opt.name);
    const value = opt.value;
    if (name2 === "-n" || name2 === "--netrc" || name2 === "--netrc-optional") readsFiles.push("~/.netrc");
    if (!value) continue;
    if (DATA_AT.has(name2)) atFile(value);
    else if (DATA_RAW.has(name2) || PLAIN_PAYLOAD.has(name2)) payload.push(value);
    else if (name2 === "--data-urlencode") {
      const tpl = template(value);
      const eq = tpl.indexOf("=");
      const at2 = tpl.indexOf("@");
      if (at2 >= 0 && (eq < 0 || at2 < eq)) {
        const file = subWord(value, at2 + 1);
        if (template(file) === "-") sendsStdin = true;
        else uploads.push(file);
      } else payload.push(value);
    } else if (FORM.has(name2)) {
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
    } else if (name2 === "-H" || name2 === "--header") {
      if (literalPrefix(value).startsWith("@")) {
        const file = subWord(value, 1);
        if (template(file) === "-") sendsStdin = true;
        else uploads.push(file);
      } else payload.push(value);
    } else if (name2 === "-b" || name2 === "--cookie") {
      if (template(value).includes("=")) payload.push(value);
      else uploads.push(value);
    } else if (name2 === "-T" || name2 === "--upload-file") {
      const tpl = template(value);
      if (tpl === "-" || tpl === ".") sendsStdin = true;
      else uploads.push(value);
    } else if (name2 === "--url") destinations.push({ word: value, hint: "url" });
    else if (PROXIES.has(name2)) destinations.push({ word: value, hint: "url" });
    else if (name2 === "-K" || name2 === "--config") {
      if (template(value) === "-") sendsStdin = true;
      else uploads.push(value);
      destinations.push({ word: unknownWord(`curl config ${value.raw}`, value.span), hint: "url" });
    } else if (name2 === "--netrc-file") readsFiles.push(value.raw);
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
  for (const proxy2 of optionValues(parsed2, "--proxy")) {
    const colon = template(proxy2).indexOf(":");
    destinations.push({ word: subWord(proxy2, colon + 1), hint: "url" });
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
  for (const proxy2 of optionValues(parsed2, "-x", "--proxy")) destinations.push({ word: proxy2, hint: "host" });
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
  const [name2, server] = positionals;
  if (!name2 || template(name2) === "-") return [];
  return dnsMatch("nslookup", op.span, [name2], server ? [server] : []);
}
function matchHost(op) {
  const parsed2 = parseOptions(op.args, { shortWithArg: "cNRtWm", longWithArg: /* @__PURE__ */ new Set() });
  const [name2, server] = parsed2.positionals;
  return name2 ? dnsMatch("host", op.span, [name2], server ? [server] : []) : [];
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
  const name2 = params.get("name") ?? positionals[0];
  const server = params.get("server");
  return name2 ? dnsMatch("Resolve-DnsName", op.span, [name2], server ? [server] : []) : [];
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
    const name2 = op.args[0] ?? op.kwargs["host"] ?? op.kwargs["hostname"] ?? op.kwargs["qname"];
    return name2 ? dnsMatch(op.callee, op.span, [name2], []) : [];
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
function remoteUrl(name2, script, before) {
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
      if ((act === "add" || act === "set-url") && remote && url && template(remote) === name2) found = url;
    } else if (subName === "clone" && name2 === "origin") {
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
  const name2 = template(repo);
  return remoteUrl(name2, script, op) ?? unknownWord(`git remote ${repo.raw}`, repo.span);
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
function login(op, tool, args2) {
  const parsed2 = parseOptions(args2, LOGIN_OPTIONS);
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
  let args2 = rest;
  if (sub2 === "image" || sub2 === "buildx" || sub2 === "builder") {
    const inner = args2[0] ? template(args2[0]) : "";
    sub2 = sub2 === "image" ? inner : inner === "build" || inner === "b" ? "build" : inner;
    args2 = args2.slice(1);
  }
  const tool = op.name;
  switch (sub2) {
    case "login":
      return login(op, tool, args2);
    case "push":
    case "pull": {
      const parsed2 = parseOptions(args2, { shortWithArg: "q", longWithArg: /* @__PURE__ */ new Set(["platform"]) });
      return images(op, `${tool} ${sub2}`, parsed2.positionals.slice(0, 1));
    }
    case "build": {
      const parsed2 = parseOptions(args2, BUILD_OPTIONS);
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
  const name2 = op.name.replace(/\.(cmd|exe)$/, "");
  let sub2 = parsed2.positionals[0] ? template(parsed2.positionals[0]) : name2 === "yarn" ? "install" : "";
  if (name2 === "yarn" && sub2 === "npm" && parsed2.positionals[1]) sub2 = template(parsed2.positionals[1]);
  const isNpx = name2 === "npx" || name2 === "pnpx" || name2 === "bunx";
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
      tool: isNpx ? name2 : `${name2} ${sub2}`,
      channel: "registry",
      span: op.span,
      destinations,
      ...destinations.length === 0 ? { defaultHost: name2 === "yarn" && !publishing ? "registry.yarnpkg.com" : "registry.npmjs.org" } : {},
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
function matchTwine(op, args2 = op.args) {
  const [subWord2, ...rest] = args2;
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
function matchPip(op, args2 = op.args) {
  const parsed2 = parseOptions(args2, PIP_OPTIONS);
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
function matchPublisher(op, args2 = op.args) {
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
  const parsed2 = parseOptions(args2, spec);
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
function firstSubcommand(args2, withArg) {
  const parsed2 = parseOptions(args2, { shortWithArg: "", longWithArg: withArg });
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
  const out2 = [];
  for (const o of script.ops) {
    if (o === op) break;
    if (o.kind === "call" && test(o.callee)) out2.push(o);
  }
  return out2;
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
    script.ops.flatMap((o, i2) => o.kind === "call" && o.callee === "urllib.request.Request" ? [i2] : [])
  );
  if (requestOps.size === 0) return false;
  return word.parts.some((p) => {
    if (p.kind === "output") return p.ops.some((i2) => requestOps.has(i2));
    if (p.kind === "var") {
      return script.ops.some(
        (o) => o.kind === "assign" && o.name === p.name && o.value.parts.some((q) => q.kind === "output" && q.ops.some((i2) => requestOps.has(i2)))
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
var GOT2 = /^got(\.(get|post|put|patch|delete|head|stream))?$/;
var SOCKET = /^(node:)?(net\.(connect|createConnection|Socket\.connect)|tls\.connect)$/;
function matchFetch(op) {
  if (!FETCH.test(op.callee)) return [];
  const init2 = op.args[1];
  return httpMatch(op, op.args[0], [
    prop(init2, "body"),
    prop(init2, "headers"),
    init2 && !init2.props ? init2 : void 0
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
    const join2 = (u) => base2 && (!u || literalPrefix(u).startsWith("/")) ? u ? concatWords([base2, u], u.span) : base2 : u;
    if (!verb || verb === "request") {
      const first = op.args[0];
      const config2 = first?.props ? first : op.args[1];
      const url = first?.props ? prop(first, "url") : first;
      return httpMatch(op, join2(url ?? prop(config2, "baseURL")), [
        prop(config2, "data"),
        prop(config2, "headers"),
        prop(config2, "params"),
        prop(config2, "auth")
      ]);
    }
    const withData = /^(post|put|patch|postForm|putForm|patchForm)$/.test(verb);
    const config = withData ? op.args[2] : op.args[1];
    return httpMatch(op, join2(op.args[0]), [
      withData ? op.args[1] : void 0,
      prop(config, "headers"),
      prop(config, "params"),
      prop(config, "auth")
    ]);
  }
  if (GOT2.test(op.callee)) {
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
  const proxy2 = params.get("proxy");
  if (proxy2) destinations.push({ word: proxy2, hint: "url" });
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
  return indices.flatMap((i2) => op.args[i2] ? [op.args[i2]] : []);
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
  for (const name2 of s.names) byName.set(name2.toLowerCase(), [...byName.get(name2.toLowerCase()) ?? [], s]);
}
function isPwshAlias(op, script) {
  if (script.language !== "powershell") return false;
  return op.args.some(
    (a) => /^-(uri|method|body|headers|outfile|usebasicparsing|infile|contenttype)\b/i.test(template(a))
  );
}
function pythonModule(op) {
  const i2 = op.args.findIndex((a) => template(a) === "-m");
  const mod = i2 >= 0 ? op.args[i2 + 1] : void 0;
  if (!mod) return [];
  const rest = op.args.slice(i2 + 2);
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
  const name2 = op.name.toLowerCase();
  if ((name2 === "curl" || name2 === "wget" || name2 === "iwr" || name2 === "irm") && isPwshAlias(op, script)) {
    matches.push(...matchPwshWebCmdlet(op));
  } else if (/^python(\d+(\.\d+)?)?$|^py$/.test(name2)) {
    matches.push(...pythonModule(op));
  } else if (name2 === "uv" && op.args[0] && template(op.args[0]) === "pip") {
    matches.push(...matchPip({ ...op, name: "pip" }, op.args.slice(1)));
  } else {
    for (const s of byName.get(name2) ?? []) matches.push(...s.match(op, script));
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
function readsEnvVar(match, name2) {
  return match.readsEnv.some((p) => p.endsWith("*") ? name2.startsWith(p.slice(0, -1)) : p === name2);
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
  const parts2 = word.parts;
  const first = parts2[0];
  if (first?.kind === "var" && parts2.slice(1).every((p) => p.kind === "literal")) {
    const tail = parts2.slice(1).map((p) => p.kind === "literal" ? p.text : "").join("");
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
var sub = (op, i2) => {
  const w = op.args[i2];
  return w ? template(w) : "";
};
function commandCredentialWrite(op) {
  const name2 = op.name.toLowerCase();
  const args2 = op.args.map(template);
  for (const r of op.redirects) {
    if (r.op.includes(">") && r.target) {
      const p = pathText(r.target);
      const c = p !== null ? credentialFile(p) : null;
      if (c) return c;
    }
  }
  switch (name2) {
    case "docker":
    case "podman":
    case "buildah":
    case "nerdctl":
    case "skopeo":
      return args2.includes("login") ? { file: "~/.docker/config.json", tool: name2 } : null;
    case "helm":
      return sub(op, 0) === "registry" && sub(op, 1) === "login" ? { file: "~/.config/helm/registry/config.json", tool: "helm" } : null;
    case "npm":
    case "pnpm":
      if (args2[0] === "login" || args2[0] === "adduser") return { file: "~/.npmrc", tool: "npm" };
      return args2[0] === "config" && args2[1] === "set" || args2[0] === "set" ? args2.some((a) => /_auth|_password|token/i.test(a)) ? { file: "~/.npmrc", tool: "npm" } : null : null;
    case "yarn":
      return args2[0] === "config" && args2[1] === "set" && args2.some((a) => /auth/i.test(a)) ? { file: "~/.yarnrc.yml", tool: "yarn" } : null;
    case "git": {
      if (args2[0] === "credential" || args2[0] === "credential-store")
        return { file: "~/.git-credentials", tool: "git" };
      if (args2[0] !== "config") return null;
      const global = args2.includes("--global") || args2.includes("--system");
      const file = global ? "~/.gitconfig" : ".git/config";
      const carries = op.args.some((w, i2) => {
        const t = template(w);
        return /extraheader|insteadof|credential\.helper/i.test(t) || i2 > 0 && /:\/\/[^/@\s]*@/.test(t);
      });
      return carries ? { file, tool: "git" } : null;
    }
    case "aws":
      return args2[0] === "configure" && args2[1] === "set" ? { file: "~/.aws/credentials", tool: "aws" } : null;
    case "gh":
      return args2[0] === "auth" && args2[1] === "login" ? { file: "~/.config/gh/hosts.yml", tool: "gh" } : null;
    case "gcloud":
      return args2[0] === "auth" ? { file: "~/.config/gcloud", tool: "gcloud" } : null;
    case "az":
      return args2[0] === "login" ? { file: "~/.azure", tool: "az" } : null;
    case "kubectl":
      return args2[0] === "config" && /^set-(credentials|cluster|context)$/.test(args2[1] ?? "") ? { file: "~/.kube/config", tool: "kubectl" } : null;
    case "poetry":
      return args2[0] === "config" && args2.some((a) => /^(pypi-token|http-basic)\./.test(a)) ? { file: "~/.config/pypoetry/auth.toml", tool: "poetry" } : null;
    case "cargo":
      return args2[0] === "login" ? { file: "~/.cargo/credentials.toml", tool: "cargo" } : null;
    case "vault":
      return args2[0] === "login" ? { file: "~/.vault-token", tool: "vault" } : null;
    case "tee":
    case "cp":
    case "mv":
    case "install":
    case "ln":
    case "set-content":
    case "add-content":
    case "out-file": {
      const files = op.args.filter((w) => !literalPrefix(w).startsWith("-"));
      const targets = name2 === "tee" ? files : files.slice(-1);
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
  const name2 = op.name.toLowerCase();
  const args2 = op.args.map(template);
  const positional = args2.filter((a) => !a.startsWith("-") && !a.startsWith("+"));
  if (readsOidcVars(op)) {
    return { kind: "oidc", detail: "requests an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL)" };
  }
  const joined = args2.join("");
  const piped = op.pipeFrom !== void 0 ? script.ops[op.pipeFrom] : void 0;
  const suspicious = MEMORY_TOOLS.has(name2) || joined.includes("/proc") || /Runner\.|isSecret|memdump/i.test(joined) || op.redirects.length > 0 || op.args.some((w) => w.parts.some((p) => p.kind === "dynamic")) || piped?.kind === "command" && piped.args.some((w) => /memdump/i.test(literalPrefix(w) + literalSuffix(w)));
  if (suspicious) {
    const memory = memorySource(op, name2, args2, piped);
    if (memory) return memory;
  }
  return otherSources(op, name2, args2, positional);
}
var MEMORY_TOOLS = /* @__PURE__ */ new Set(["gcore", "procdump", "gdb"]);
function memorySource(op, name2, args2, piped) {
  const paths = argPaths(op).map(procPattern);
  const redirectIn = op.redirects.flatMap(
    (r) => r.op === "<" && r.target ? [procPattern(template(r.target))] : []
  );
  if ([...paths, ...redirectIn].some((p) => PROC_MEM.test(p)))
    return { kind: "memory", detail: "reads /proc/<pid>/mem" };
  if (name2 === "gcore" || name2 === "procdump" || name2 === "gdb" && args2.some((a) => /^(-p|--pid|attach|--pid=)/.test(a))) {
    return { kind: "memory", detail: `${name2} dumps process memory` };
  }
  if (["pgrep", "pidof", "ps", "grep", "egrep", "pkill", "awk"].includes(name2) && args2.some((a) => RUNNER_WORKER.test(a))) {
    return { kind: "memory", detail: "looks up the Runner.Worker process" };
  }
  if (["grep", "egrep", "rg", "sed", "awk", "strings"].includes(name2) && args2.some((a) => /isSecret/.test(a))) {
    return { kind: "memory", detail: 'filters runner memory for "isSecret"' };
  }
  const pipedArgs = piped?.kind === "command" ? piped.args.map(template).join(" ") : "";
  if (/memdump/i.test(`${args2.join(" ")} ${pipedArgs}`) && /^(python[\d.]*|py|perl|ruby|node|bash|sh)$/.test(name2)) {
    return { kind: "memory", detail: "runs a memory-dump script" };
  }
  if ([...paths, ...redirectIn].some((p) => PROC_ENVIRON.test(p))) {
    return { kind: "env-all", detail: "reads /proc/<pid>/environ" };
  }
  return null;
}
function otherSources(op, name2, args2, positional) {
  switch (name2) {
    case "env":
      if (positional.length === 0) return { kind: "env-all", detail: "env prints the environment" };
      break;
    case "printenv":
      return positional.length === 0 ? { kind: "env-all", detail: "printenv prints the environment" } : { kind: "env-var", names: positional.filter((a) => !a.includes("\0")) };
    case "set":
      if (args2.length === 0) return { kind: "env-all", detail: "set prints every variable" };
      break;
    case "export":
      if (args2.length === 0 || args2.length === 1 && args2[0] === "-p")
        return { kind: "env-all", detail: "export -p" };
      break;
    case "declare":
    case "typeset": {
      const flags2 = args2.filter((a) => a.startsWith("-")).join("");
      if (/[px]/.test(flags2) && positional.length === 0)
        return { kind: "env-all", detail: `${name2} ${flags2}` };
      if (flags2.includes("p") && positional.length > 0) return { kind: "env-var", names: positional };
      if (args2.length === 0) return { kind: "env-all", detail: name2 };
      break;
    }
    case "compgen":
      if (args2.includes("-e") || args2.includes("-v")) return { kind: "env-all", detail: "compgen -e" };
      break;
    case "get-childitem":
    case "gci":
    case "dir":
    case "ls":
    case "get-item":
    case "gi":
    case "get-content":
    case "gc": {
      const envArg = args2.find((a) => /^env:/i.test(a) || /^-path$/i.test(a));
      const target = envArg && /^-path$/i.test(envArg) ? args2[args2.indexOf(envArg) + 1] : envArg;
      if (target && /^env:\\?\*?$/i.test(target)) return { kind: "env-all", detail: "Get-ChildItem env:" };
      if (target && /^env:\\?\w+$/i.test(target))
        return { kind: "env-var", names: [target.replace(/^env:\\?/i, "")] };
      break;
    }
    default:
      break;
  }
  if (FILE_READERS.has(name2) && op.args.some((w) => varNames(w).includes("GITHUB_ENV") && literalPrefix(w) === "")) {
    return { kind: "env-all", detail: "reads $GITHUB_ENV" };
  }
  if (name2 === "gh" && args2[0] === "auth" && args2[1] === "token")
    return { kind: "env-var", names: ["GH_TOKEN", "GITHUB_TOKEN"] };
  if (name2 === "aws" && (args2.includes("get-login-password") || args2.includes("get-session-token") || args2.includes("export-credentials") || args2[0] === "configure" && args2[1] === "get" || args2.includes("get-authorization-token"))) {
    return { kind: "env-var", names: AWS_ENV };
  }
  if (name2 === "gcloud" && args2[0] === "auth" && /^print-(access|identity)-token$/.test(args2[1] ?? "")) {
    return { kind: "credential-read", file: "~/.config/gcloud", detail: "gcloud prints a token" };
  }
  if (name2 === "az" && args2[0] === "account" && args2[1] === "get-access-token") {
    return { kind: "credential-read", file: "~/.azure", detail: "az prints a token" };
  }
  if (name2 === "git" && (args2[0] === "config" || args2[0] === "credential")) {
    if (args2[0] === "credential" && args2[1] === "fill")
      return { kind: "credential-read", file: "~/.git-credentials" };
    if (args2.some((a) => /^(--get|--get-all|--get-regexp|--list|-l|get)$/.test(a)) || args2.some((a) => /extraheader/i.test(a))) {
      return { kind: "credential-read", file: args2.includes("--global") ? "~/.gitconfig" : ".git/config" };
    }
  }
  if (/^docker-credential-/.test(name2) && args2[0] === "get")
    return { kind: "credential-read", file: "~/.docker/config.json" };
  if ((name2 === "npm" || name2 === "pnpm") && args2[0] === "config" && args2[1] === "get" && /_auth|_password|token/i.test(args2[2] ?? "")) {
    return { kind: "credential-read", file: "~/.npmrc" };
  }
  if (FILE_READERS.has(name2)) {
    for (const w of op.args) {
      if (literalPrefix(w).startsWith("-")) continue;
      const p = pathText(w);
      const c = p !== null ? credentialFile(p) : null;
      if (c)
        return { kind: "credential-read", file: p ?? c.file, detail: `${name2} reads ${c.tool} credentials` };
    }
  }
  if (PASSTHROUGH.has(name2)) {
    if (name2 === "openssl" && args2[0] === "s_client") return NONE2;
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
    const joined = only.ops.map((i2) => script.ops[i2]).find((o) => o?.kind === "call" && JOIN_CALLS.test(o.callee));
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
    const name2 = op.args[0] ? staticText(op.args[0]) : null;
    if (name2) return { kind: "env-var", names: [name2] };
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
  const name2 = op.name.toLowerCase();
  if (name2 === "curl" || name2 === "curl.exe") return true;
  if (name2 === "wget" || name2 === "wget2") {
    const out2 = optionValues(
      parseOptions(op.args, {
        shortWithArg: "oaeiBtOTwQPUlARDIXn",
        longWithArg: /* @__PURE__ */ new Set(["output-document"])
      }),
      "-O",
      "--output-document"
    );
    return out2.some((w) => template(w) === "-");
  }
  return WEB_CMDLETS.test(name2) || name2 === "fetch" || name2 === "http" || name2 === "https" || name2 === "xh";
}
function asDownloader(op) {
  return op && (op.kind === "command" || op.kind === "call") && isDownloaderOp(op) ? op : null;
}
function downloadUrl(op) {
  if (op.kind === "call") return op.args[0] ?? null;
  const name2 = op.name.toLowerCase();
  if (name2 === "curl" || name2 === "curl.exe") return matchCurl(op)[0]?.destinations[0] ?? null;
  if (name2.startsWith("wget")) return matchWget(op)[0]?.destinations[0] ?? null;
  if (WEB_CMDLETS.test(name2)) {
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
  const name2 = op.name.toLowerCase();
  if (PWSH_EXEC.test(name2)) return true;
  if (!SHELLS.test(name2) && !INTERPRETERS.test(name2)) return false;
  const args2 = op.args.map(template);
  if (args2.includes("-s") || args2.includes("-") || args2.some((a) => /^-\w*s$/.test(a) && SHELLS.test(name2)))
    return true;
  if (/^(pwsh|powershell)/.test(name2))
    return args2.some((a) => /^-(c|command)$/i.test(a)) && args2.includes("-");
  const firstNonOption = args2.find((a) => !a.startsWith("-"));
  return firstNonOption === void 0 && !args2.some((a) => /^-(c|m|e|command)$/i.test(a));
}
function downloadersIn(word, script, seen = /* @__PURE__ */ new Set()) {
  const found = [];
  for (const p of word.parts) {
    if (p.kind !== "output") continue;
    for (const i2 of p.ops) {
      if (seen.has(i2)) continue;
      seen.add(i2);
      const op = script.ops[i2];
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
  const name2 = op.name.toLowerCase();
  const url = downloadUrl(op);
  const urlText = url ? staticText(url) : null;
  const basename = urlText ? (urlText.split(/[?#]/)[0] ?? "").split("/").pop() || null : null;
  if (name2 === "curl" || name2 === "curl.exe") {
    const parsed2 = parseOptions(op.args, CURL_OPTIONS);
    const out2 = optionValues(parsed2, "-o", "--output")[0];
    if (out2) return staticText(out2);
    if (parsed2.options.some((o) => o.name === "-O" || o.name === "--remote-name")) return basename;
    return null;
  }
  if (name2 === "wget" || name2 === "wget2") {
    const out2 = optionValues(
      parseOptions(op.args, {
        shortWithArg: "oaeiBtOTwQPUlARDIXn",
        longWithArg: /* @__PURE__ */ new Set(["output-document"])
      }),
      "-O",
      "--output-document"
    )[0];
    if (out2) return template(out2) === "-" ? null : staticText(out2);
    return basename;
  }
  if (WEB_CMDLETS.test(name2)) {
    const { params } = parsePwshParams(
      op.args,
      ["Uri", "OutFile", "Method", "Headers", "Body"],
      ["UseBasicParsing"]
    );
    const out2 = params.get("outfile");
    return out2 ? staticText(out2) : null;
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
  const args2 = op.args.map(template);
  const fileArg = args2.findIndex((a) => /^-file$/i.test(a));
  const candidate = fileArg >= 0 ? args2[fileArg + 1] : first ? template(first) : void 0;
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
  const name2 = op.name.toLowerCase();
  return name2 === "curl" || name2 === "curl.exe" || name2 === "wget" || name2 === "wget2" || WEB_CMDLETS.test(name2);
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
    this.script.ops.forEach((op, i2) => this.op(op, i2));
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
        return { taints: unionTaints(...p.ops.map((i2) => this.outputs.get(i2)?.taints ?? [])), text: null };
      case "dynamic":
        return UNKNOWN;
    }
  }
  readVar(name2, env, word) {
    const location = this.loc(word.span.start);
    if (/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/.test(name2) && this.ctx.job.idToken) {
      this.ctx.facts.push({ kind: "oidc-request", site: this.ctx.site, location, text: word.raw });
      return { taints: [secretTaint(SYNTHETIC_SECRETS.oidc, location, `$${name2}`)], text: null };
    }
    const v = (env === "yes" ? void 0 : this.vars.get(name2)) ?? (env === "no" ? void 0 : this.env.get(name2));
    if (!v) return name2 === "HOME" ? literal("~") : UNKNOWN;
    return v.taints.length ? through(v, { text: `$${name2}`, location }) : v;
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
    for (const [name2, prev] of saved) {
      if (prev === void 0) this.env.delete(name2);
      else this.env.set(name2, prev);
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
        const args2 = op.args.map((a) => this.value(a));
        const out2 = op.args.length === 0 ? stdin : { taints: unionTaints(stdin.taints, ...args2.map((a) => a.taints)), text: null };
        return out2.taints.length ? through(out2, { text: `${op.name} (${at(location)})`, location }) : out2;
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
    const parts2 = m.payload.map((w) => this.value(w).taints);
    if (m.sendsStdin) parts2.push(stdin.taints);
    for (const [name2, v] of this.env) {
      if (v.taints.length && readsEnvVar(m, name2))
        parts2.push(through(v, { text: `${m.tool} reads $${name2}`, location }).taints);
    }
    for (const f of m.readsFiles) {
      const v = this.ctx.job.files.get(normalisePath(f));
      if (v) parts2.push(through(v, { text: `${m.tool} reads ${f}`, location }).taints);
    }
    for (const u of m.uploads) parts2.push(this.fileValue(this.value(u).text).taints);
    if (this.ctx.implicit?.callees.test(m.tool)) parts2.push(this.ctx.implicit.value.taints);
    const taints = unionTaints(...parts2);
    if (taints.length === 0) return;
    const options = {
      resolveText: (w) => this.value(w).text,
      ...this.ctx.job.githubHost ? { githubHost: this.ctx.job.githubHost } : {}
    };
    const destinations = m.destinations.map(
      (w, i2) => destinationOf(w, m.destinationHints[i2] ?? "url", options)
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
  /** Puts `${{ … }}` back where the parser saw a placeholder, so messages show what the user wrote. */
  unplaceholder(text) {
    return text.replace(/EGX(\d+)X*/g, (m, i2) => {
      const e = this.script.exprs[Number(i2)];
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
    const name2 = nameOfAssignment(content);
    if (!name2) return;
    const v = through(
      { taints: content.taints, text: null },
      { text: `${kind === "env" ? "$GITHUB_ENV" : "$GITHUB_OUTPUT"} ${name2} (${at(location)})`, location }
    );
    if (kind === "env") {
      this.ctx.job.addedEnv.set(name2, v);
      this.env.set(name2, v);
    } else if (this.ctx.stepId) {
      const outs = this.ctx.job.stepOutputs.get(this.ctx.stepId) ?? /* @__PURE__ */ new Map();
      outs.set(name2, v);
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
  const out2 = { flows: [], facts: [], secrets: /* @__PURE__ */ new Set(), outputs: /* @__PURE__ */ new Map() };
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
    callFacts(workflow, job, { ...base2, env: jobEnv }, out2, site);
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
      out2,
      aenv,
      0
    );
  }
  const finalScope = { ...base2, env: new Map([...jobEnv, ...state.addedEnv]) };
  for (const [name2, s] of job.outputs) out2.outputs.set(name2, strValue(s, finalScope));
  for (const f of out2.flows) for (const t of f.taints) out2.secrets.add(t.secret);
  collectSecretNames(job, workflow, out2.secrets);
  return out2;
}
async function analyseAction(action, aenv) {
  const state = { addedEnv: /* @__PURE__ */ new Map(), stepOutputs: /* @__PURE__ */ new Map(), files: /* @__PURE__ */ new Map(), idToken: false };
  const out2 = { flows: [], facts: [], secrets: /* @__PURE__ */ new Set(), outputs: /* @__PURE__ */ new Map() };
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
      out2,
      aenv,
      0
    );
  }
  for (const f of out2.flows) for (const t of f.taints) out2.secrets.add(t.secret);
  return out2;
}
function idTokenWrite(workflow, job) {
  const perms = job.permissions ?? workflow.permissions;
  if (!perms) return false;
  return perms.all === "write-all" || perms.scopes.get("id-token") === "write";
}
function matrixValues(job) {
  const out2 = /* @__PURE__ */ new Map();
  for (const [key, values] of job.matrix?.values ?? []) {
    const only = values.length === 1 && values[0].exprs.length === 0 ? values[0].value : null;
    out2.set(key, only === null ? UNKNOWN : literal(only));
  }
  return out2;
}
function envValues(map, scope, level, inherited = /* @__PURE__ */ new Map()) {
  const out2 = new Map(inherited);
  for (const [name2, s] of map) {
    const v = strValue(s, scope);
    const location = { file: scope.file, line: s.pos.line, column: s.pos.column };
    out2.set(
      name2,
      v.taints.length ? through(v, { text: `env ${name2} (${level}, ${at(location)})`, location }) : v
    );
  }
  return out2;
}
async function analyseStep(file, step, site, inheritedEnv, scope, state, out2, aenv, depth) {
  const env = envValues(step.env, scope, "step env", inheritedEnv);
  const stepScope = { ...scope, env };
  if (step.run) {
    await analyseScript(step.run, shellLanguage(step.shell), site, env, stepScope, state, out2, step.id);
  }
  if (!step.uses) return;
  const uses = step.uses;
  const withValues = /* @__PURE__ */ new Map();
  for (const [name3, s] of step.with) withValues.set(name3, strValue(s, stepScope));
  if (uses.kind === "local") {
    const action = aenv.localAction(uses.path ?? "");
    if (action && action.using === "composite" && depth < MAX_COMPOSITE_DEPTH) {
      const inputs2 = /* @__PURE__ */ new Map();
      for (const [name3, spec] of action.inputs) {
        const given = withValues.get(name3);
        inputs2.set(name3, given ?? (spec.default ? strValue(spec.default, stepScope) : UNKNOWN));
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
          out2,
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
      await analyseScript(script, "javascript", site, env, stepScope, state, out2, step.id, {
        callees: /^(github|octokit)\./,
        value: token
      });
    }
    return;
  }
  const location = strLocation(file.file, uses.raw);
  const name2 = uses.kind === "docker" ? `docker://${uses.path ?? ""}` : uses.kind === "local" ? `./${uses.path ?? ""}` : `${uses.repo ?? ""}${uses.path ? `/${uses.path}` : ""}`;
  const statics = /* @__PURE__ */ new Map();
  for (const [k, v] of withValues) statics.set(k, v.text);
  const envStatics = /* @__PURE__ */ new Map();
  for (const [k, v] of env) envStatics.set(k, v.text);
  const entry = uses.kind === "action" && uses.repo ? lookupAction(name2, statics, envStatics) : null;
  if (!entry) {
    const own2 = new Map([...env].filter(([k]) => step.env.has(k)));
    const received2 = receivedSecrets(withValues, own2);
    if (received2.length === 0) return;
    out2.facts.push({
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
    const d = destinationForHost(h, `${name2} sends to ${h}`, options);
    return documented.has(h) && d.kind !== "exfil-service" && d.kind !== "ip" ? { ...d, vouchedBy: `${entry.key}'s documented endpoint` } : d;
  });
  if (destinations.length === 0 || entry.unresolved.length) {
    destinations.push({
      host: null,
      raw: `${name2} (${entry.unresolved.join(", ") || "destination"} not static)`,
      kind: "unknown"
    });
  }
  out2.flows.push({
    site,
    taints: received.map((t) => ({
      ...t,
      chain: [...t.chain, { text: `${name2} (${at(location)})`, location }]
    })),
    tool: name2,
    channel: "action",
    location,
    text: uses.raw.value,
    destinations
  });
}
function envNameMatches(pattern, name2) {
  return pattern.endsWith("*") ? name2.startsWith(pattern.slice(0, -1)) : pattern === name2;
}
function receivedSecrets(withValues, env) {
  const lists = [];
  for (const [name2, v] of withValues)
    if (v.taints.length) lists.push(through(v, { text: `with.${name2}` }).taints);
  for (const [name2, v] of env) if (v.taints.length) lists.push(through(v, { text: `env ${name2}` }).taints);
  return unionTaints(...lists);
}
async function analyseScript(s, language, site, env, scope, state, out2, stepId, implicit) {
  for (const e of s.exprs) {
    for (const path of untrustedReads(e.text)) {
      const loc = s.locate(e.start);
      out2.facts.push({
        kind: "untrusted-input",
        site,
        location: { file: scope.file, line: loc.line, column: loc.column },
        expression: path
      });
    }
  }
  const script = await parseCached(s.value, language);
  if (script.errors.length && script.ops.length === 0 && language !== "bash") {
    out2.facts.push({
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
    flows: out2.flows,
    facts: out2.facts,
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
function callFacts(workflow, job, scope, out2, site) {
  const call = job.call;
  let secrets = [];
  if (call.secrets === "inherit") secrets = ["secrets (inherit)"];
  else if (call.secrets) {
    for (const [, s] of call.secrets) secrets.push(...strValue(s, scope).taints.map((t) => t.secret));
  }
  if (secrets.length === 0 || call.uses.kind === "local") return;
  out2.facts.push({
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
        const name2 = secretName(r);
        if (name2) into.add(name2);
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
  const out2 = [];
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
      out2.push(finding);
    }
  }
  return out2.sort(
    (a, b) => a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || a.rule.localeCompare(b.rule)
  );
}
function fingerprint(rule, r) {
  const h = createHash("sha256");
  h.update(
    [
      rule,
      r.location.file,
      r.job ?? "",
      r.stepName ?? String(r.step ?? ""),
      [...r.secrets].sort().join(","),
      [...r.destinations].sort().join(",")
    ].join("\0")
  );
  return h.digest("hex").slice(0, 32);
}

export {
  scanFiles
};
