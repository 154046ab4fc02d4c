import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  compareByLocation,
  compareText,
  escapeCommandData,
  escapeCommandProperty,
  failureSentence,
  md,
  mdCode,
  rankFindings,
  terminalSafe,
  verdictOf
} from "./chunk-5S3JS42L.js";
import {
  classifyHost
} from "./chunk-JLYDGA43.js";
import {
  core_exports,
  setOutput
} from "./chunk-AGCSABST.js";
import {
  formatEndpoint,
  parseEndpoint
} from "./chunk-4LRHTQF6.js";

// src/report/evidence.ts
function chainText(f) {
  return f.evidence.map((e) => e.text).join(" \u2192 ");
}
function sinkText(f) {
  const texts = f.evidence.map((e) => e.text);
  if (texts.length < 2) return null;
  const last = texts[texts.length - 1] ?? "";
  const endsInDestination = f.destinations.some((d) => last === d || last.includes(d));
  if (!endsInDestination) return last;
  return texts.length >= 3 ? texts[texts.length - 2] ?? null : null;
}

// src/report/annotations.ts
var githubAnnotationLimits = { perType: 10, perJob: 50 };
var levelOf = { error: "error", warning: "warning", note: "notice" };
function planAnnotations(findings, limits = githubAnnotationLimits, context = {}) {
  const titles = new Map((context.rules ?? []).map((r) => [r.id, r.title]));
  const candidates = [
    ...(context.files ?? []).flatMap(
      (f) => f.error === null ? [] : [{ level: "error", make: () => fileErrorAnnotation(f, context.workflow) }]
    ),
    ...rankFindings(findings.filter((f) => f.suppressed === void 0)).map((f) => ({
      level: levelOf[f.severity],
      make: () => findingAnnotation(f, titles.get(f.rule), context.workflow)
    }))
  ];
  const jobBudget = Math.max(0, limits.perJob - (limits.usedInJob ?? 0));
  const fitAll = take(candidates, limits.perType, jobBudget, false);
  if (fitAll.length === candidates.length) return { annotations: fitAll, dropped: 0 };
  const kept = take(candidates, limits.perType, jobBudget, true);
  const dropped = candidates.length - kept.length;
  const canTell = limits.perType > 0 && jobBudget > 0;
  const overflow = {
    level: "notice",
    title: "exfil-guard: more findings",
    message: `${dropped} more finding${dropped === 1 ? "" : "s"} in the job summary (GitHub shows at most ${limits.perType} annotations of each type per step).`
  };
  return { annotations: canTell ? [...kept, overflow] : kept, dropped };
}
function take(candidates, perType, jobBudget, reserve) {
  const left = {
    error: perType,
    warning: perType,
    notice: reserve ? perType - 1 : perType
  };
  let job = reserve ? jobBudget - 1 : jobBudget;
  const kept = [];
  for (const candidate of candidates) {
    if (job <= 0) break;
    if (left[candidate.level] <= 0) continue;
    left[candidate.level] -= 1;
    job -= 1;
    kept.push(candidate.make());
  }
  return kept;
}
function findingAnnotation(f, title, workflow) {
  const lines = [f.message];
  const chain = chainText(f);
  if (chain) lines.push(`Evidence: ${chain}`);
  if (f.fix) lines.push(`Fix: ${f.fix}`);
  return {
    level: levelOf[f.severity],
    title: `exfil-guard/${f.rule}${title ? `: ${title}` : ""}`,
    ...placed(lines.join("\n"), f.location, workflow)
  };
}
function fileErrorAnnotation(file, workflow) {
  const line = new RegExp(`^${escapeRegExp(file.path)}:(\\d+):`).exec(file.error ?? "")?.[1];
  const location = { file: file.path, line: line ? Number(line) : 1, column: 1 };
  return {
    level: "error",
    title: "exfil-guard: file not analysed",
    ...placed(file.error ?? "", location, workflow)
  };
}
function placed(message, at, workflow) {
  if (workflow?.otherRepository) {
    return { message: `${foreignLocation(at, workflow)}: ${message}` };
  }
  const endLine = at.endLine ?? at.line;
  const sameLine = endLine === at.line;
  return {
    message,
    file: at.file,
    line: at.line,
    endLine,
    ...sameLine ? { col: at.column } : {},
    ...sameLine && at.endColumn !== void 0 ? { endColumn: at.endColumn } : {}
  };
}
function foreignLocation(at, workflow) {
  const repo = workflow.repository ? `${workflow.repository}/` : "";
  const sha = workflow.sha ? `@${workflow.sha}` : "";
  return `${repo}${at.file}${sha}:${at.line}`;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function planReportAnnotations(input, limits = githubAnnotationLimits) {
  return planAnnotations(input.result.findings, limits, {
    files: input.result.files,
    ...input.rules ? { rules: input.rules } : {},
    ...input.workflow ? { workflow: input.workflow } : {}
  });
}

// src/report/github.ts
function workflowCommand(a) {
  const properties = [
    ["file", a.file],
    ["line", a.line],
    ["endLine", a.endLine],
    ["col", a.col],
    ["endColumn", a.endColumn],
    ["title", a.title]
  ];
  const list = properties.filter((p) => p[1] !== void 0 && p[1] !== "").map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(",");
  return `::${a.level}${list ? ` ${list}` : ""}::${escapeCommandData(a.message)}`;
}
function formatWorkflowCommands(annotations) {
  return annotations.map((a) => `${workflowCommand(a)}
`).join("");
}
function formatGithub(input, limits = githubAnnotationLimits) {
  return formatWorkflowCommands(planReportAnnotations(input, limits).annotations);
}

// src/report/suggest.ts
var defaultClassifier = (host) => {
  const c = classifyHost(host);
  if (c.kind === "ip") return { kind: "ip" };
  if (c.kind === "exfil-service")
    return c.service ? { kind: "exfil-service", service: c.service } : { kind: "exfil-service" };
  return { kind: "host" };
};
function suggestAllowlist(findings, egress, classify = defaultClassifier) {
  const denied = findings.filter((f) => f.suppressed === void 0 && f.severity !== "note");
  const raw = [
    ...denied.flatMap((f) => f.destinations),
    ...(egress?.blocked ?? []).map((d) => d.host),
    ...egress?.suggested ?? []
  ];
  const allow = /* @__PURE__ */ new Set();
  const doNotAllow = /* @__PURE__ */ new Map();
  const undetermined = /* @__PURE__ */ new Set();
  for (const text of raw) {
    const parsed = parseEndpoint(text);
    if ("error" in parsed) {
      undetermined.add(text);
      continue;
    }
    if (parsed.kind !== "host") {
      const address = parsed.kind === "ip" ? parsed.address : formatEndpoint(parsed);
      doNotAllow.set(address, "IP literal: name the host you mean, so the policy stays readable");
      continue;
    }
    const entry = formatEndpoint(parsed);
    const kind = classify(parsed.host);
    if (kind.kind === "exfil-service" || kind.kind === "ip") {
      doNotAllow.set(entry, kind.service ?? "known exfiltration service");
    } else {
      allow.add(entry);
    }
  }
  for (const entry of doNotAllow.keys()) allow.delete(entry);
  return {
    allow: [...allow].sort(compareText),
    doNotAllow: [...doNotAllow].map(([host, reason]) => ({ host, reason })).sort((a, b) => compareText(a.host, b.host)),
    undetermined: [...undetermined].sort(compareText)
  };
}

// src/report/summary.ts
var SUMMARY_MAX_BYTES = 1e6;
var Lines = class {
  lines = [];
  bytes = 0;
  push(...lines) {
    for (const line of lines) this.pushSized(line, Buffer.byteLength(line, "utf8"));
  }
  /** `text` may hold several lines; `bytes` is its UTF-8 size. */
  pushSized(text, bytes) {
    this.lines.push(text);
    this.bytes += bytes + 1;
  }
  text() {
    return `${this.lines.join("\n")}
`;
  }
};
function renderSummary(input, options = {}) {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const findings = input.result.findings;
  const outcome = verdictOf(findings, input.failOn);
  const prepared = {
    input,
    verdict: input.verdict ?? outcome.verdict,
    shouldFail: outcome.shouldFail,
    ranked: rankFindings(findings.filter((f) => f.suppressed === void 0)),
    suppressed: findings.filter((f) => f.suppressed !== void 0).sort(compareByLocation),
    titles: new Map((input.rules ?? []).map((r) => [r.id, r.title])),
    suggestion: suggestAllowlist(findings, input.egress, input.classify),
    pieces: /* @__PURE__ */ new Map(),
    rankOf: /* @__PURE__ */ new Map(),
    ordered: [],
    failure: failureSentence(findings, input.failOn)
  };
  prepared.ranked.forEach((f, i) => prepared.rankOf.set(f, i));
  prepared.ordered = [...prepared.ranked].sort(
    (a, b) => compareText(a.location.file, b.location.file) || compareText(a.job ?? "", b.job ?? "") || (a.step ?? -1) - (b.step ?? -1) || compareByLocation(a, b)
  );
  const eligible = prepared.ranked.filter((f) => f.severity !== "note").length;
  const full = { rows: prepared.ranked.length, details: eligible, listCap: longestList(prepared) };
  const fits = (b) => size(render(prepared, b, maxBytes)) <= maxBytes;
  const whole = render(prepared, full, maxBytes);
  if (size(whole) <= maxBytes) return whole.out.text();
  let budget = full;
  const shrink = (knob, floor) => {
    if (fits(budget)) return;
    const lowest = Math.min(floor, budget[knob]);
    budget = { ...budget, [knob]: largest(lowest, budget[knob], (n) => fits({ ...budget, [knob]: n })) };
  };
  shrink("listCap", LIST_FLOOR);
  shrink("details", 0);
  shrink("listCap", 0);
  if (!fits(budget)) {
    const withEvidence = (rows) => ({ ...budget, rows, details: Math.min(rows, DETAIL_FLOOR) });
    budget = withEvidence(largest(0, full.rows, (r) => fits(withEvidence(r))));
    shrink("details", 0);
  }
  if (budget.rows < full.rows) {
    budget = {
      ...budget,
      details: largest(budget.details, eligible, (d) => fits({ ...budget, details: d }))
    };
  }
  const rendered = render(prepared, budget, maxBytes);
  return size(rendered) <= maxBytes ? rendered.out.text() : hardCut(rendered.out.text(), maxBytes);
}
var LIST_FLOOR = 20;
var DETAIL_FLOOR = 25;
function largest(lo, hi, ok) {
  let best = lo;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}
function size(r) {
  return typeof r === "string" ? Buffer.byteLength(r, "utf8") : r.out.bytes;
}
function hardCut(text, maxBytes) {
  const note = "\n\n_The summary was cut here to stay under GitHub\u2019s 1 MiB step summary limit._\n";
  const room = Math.max(0, maxBytes - size(note));
  let cut = Buffer.from(text, "utf8").subarray(0, room).toString("utf8");
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf("\n")));
  return `${cut}${note}`;
}
function longestList(p) {
  const { input, suggestion } = p;
  return Math.max(
    input.result.files.length,
    p.suppressed.length,
    input.egress?.allowed.length ?? 0,
    input.egress?.blocked.length ?? 0,
    input.egress?.problems?.length ?? 0,
    input.runtime?.secretEnvNames?.length ?? 0,
    input.runtime?.proxies?.length ?? 0,
    input.runtime?.injectionVariables?.length ?? 0,
    suggestion.allow.length,
    suggestion.doNotAllow.length,
    suggestion.undetermined.length
  );
}
function render(p, budget, maxBytes) {
  const out = new Lines();
  const state = { omittedRows: 0, omittedDetails: 0, omittedListItems: 0 };
  const cap = (items) => {
    if (items.length <= budget.listCap) return [...items];
    state.omittedListItems += items.length - budget.listCap;
    return items.slice(0, budget.listCap);
  };
  banner(p, out);
  fileErrors(p, out, cap);
  findingsSection(p, budget, out, state, maxBytes);
  runtimeSection(p, out, cap);
  egressSection(p.input.egress, out, cap);
  suggestionSection(p, out, cap);
  suppressedSection(p, out, cap);
  const omitted = [
    state.omittedRows ? `${state.omittedRows} findings` : "",
    state.omittedDetails ? `the evidence of ${state.omittedDetails} findings` : "",
    state.omittedListItems ? `${state.omittedListItems} list entries` : ""
  ].filter(Boolean);
  if (omitted.length > 0) {
    out.push(
      "",
      `_Shortened to stay under GitHub\u2019s step summary limit (${Math.floor(maxBytes / 1e3)} kB here): ${listing(omitted)} are not shown. The JSON and SARIF reports list every finding._`
    );
  }
  return { out, ...state };
}
function listing(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function banner(p, out) {
  const { input, verdict, shouldFail: shouldFail2, ranked, suppressed } = p;
  const icon = verdict === "error" ? "\u274C" : verdict === "warning" ? "\u26A0\uFE0F" : "\u2705";
  const stopped = shouldFail2 ? " \u2014 job stopped" : "";
  out.push(`## ${icon} Exfil Guard: ${verdict}${stopped}`, "");
  const sentence = p.failure;
  const unreadable = input.result.files.filter((f) => f.error !== null).length;
  const analysed = input.result.files.length - unreadable;
  if (sentence !== null) {
    out.push(`**${md(sentence, 2e3)}.**`, "");
  } else if (ranked.length === 0) {
    out.push(`No finding in ${plural(analysed, "analysed file")}.`, "");
  }
  const count = (s) => ranked.filter((f) => f.severity === s).length;
  const parts = [
    plural(count("error"), "error"),
    plural(count("warning"), "warning"),
    plural(count("note"), "note"),
    `${suppressed.length} suppressed`,
    `${plural(analysed, "file")} analysed${unreadable ? `, ${unreadable} could not be read` : ""}`,
    `fail-on: ${input.failOn}`
  ];
  out.push(parts.join(" \xB7 "), "");
  const w = input.workflow;
  if (w) {
    const where = `${w.repository ? `${w.repository}/` : ""}${w.path}`;
    const at = w.sha ? ` at ${mdCode(w.sha.slice(0, 12))}` : "";
    const job = w.job ? `, job ${mdCode(w.job)}` : "";
    const other = w.otherRepository ? " (in another repository)" : "";
    out.push(`Workflow ${mdCode(where)}${at}${job}${other}`, "");
    if (w.note) out.push(`> ${md(w.note, 1e3)}`, "");
  }
}
function fileErrors(p, out, cap) {
  const failed = p.input.result.files.filter((f) => f.error !== null);
  if (failed.length === 0) return;
  out.push("### Files that could not be analysed", "");
  for (const f of cap(failed)) out.push(`- ${mdCode(f.error ?? "", 1e3)}`);
  out.push("");
}
var statusText = {
  "not allowed": "\u26D4 not allowed",
  unknown: "\u2754 unknown",
  allowed: "\u2705 allowed",
  "\u2014": "\u2014"
};
function statusOf(f, destination) {
  if (destination === null) return "\u2014";
  if ("error" in parseEndpoint(destination)) return "unknown";
  return f.severity === "note" ? "allowed" : "not allowed";
}
function findingsSection(p, budget, out, state, maxBytes) {
  if (p.ranked.length === 0) return;
  const shown = p.ranked.slice(0, budget.rows);
  state.omittedRows += p.ranked.length - shown.length;
  const eligible = shown.filter((f) => f.severity !== "note");
  const detailed = new Set(eligible.slice(0, budget.details));
  state.omittedDetails += p.ranked.filter((f) => f.severity !== "note").length - detailed.size;
  if (shown.length === 0) return;
  out.push("### Findings", "");
  const ordered = p.ordered.filter((f) => (p.rankOf.get(f) ?? 0) < budget.rows);
  let file = null;
  let job;
  let group = [];
  const flush = () => {
    if (group.length > 0) stepGroup(p, group, detailed, out);
    group = [];
  };
  for (const f of ordered) {
    if (out.bytes > maxBytes) break;
    if (f.location.file !== file) {
      flush();
      file = f.location.file;
      job = void 0;
      out.push(`#### ${mdCode(file)}`, "");
    }
    if (f.job !== job) {
      flush();
      job = f.job;
      if (job !== null) out.push(`Job ${mdCode(job)}`, "");
    }
    const head = group[0];
    if (head && head.step !== f.step) flush();
    group.push(f);
  }
  flush();
}
function stepGroup(p, group, detailed, out) {
  const first = group[0];
  if (!first) return;
  let line = first.location.line;
  for (const f of group) line = Math.min(line, f.location.line);
  const label = first.step !== null ? `Step ${first.step + 1}${first.stepName ? `: ${md(first.stepName)}` : ""}` : first.job !== null ? "Job level" : "File level";
  out.push(`**${label}** \xB7 line ${line}`, "");
  out.push(
    "| Secrets | Sink | Destination | Status | Line | Rule |",
    "| --- | --- | --- | --- | --- | --- |"
  );
  for (const f of group) {
    const piece = pieceOf(p, f);
    out.pushSized(piece.rows, piece.rowBytes);
  }
  out.push("");
  let details = 0;
  for (const f of group) {
    const piece = pieceOf(p, f);
    if (!detailed.has(f) || piece.detail === null) continue;
    out.pushSized(piece.detail, piece.detailBytes);
    details += 1;
  }
  if (details > 0) out.push("");
}
function pieceOf(p, f) {
  const cached = p.pieces.get(f);
  if (cached) return cached;
  const secrets = f.secrets.length > 0 ? f.secrets.map((s) => mdCode(s)).join(", ") : "\u2014";
  const sink = sinkText(f);
  const destinations = f.destinations.length > 0 ? f.destinations : [null];
  const rows = destinations.map(
    (d) => `| ${secrets} | ${sink === null ? "\u2014" : md(sink)} | ${d === null ? "\u2014" : mdCode(d)} | ${statusText[statusOf(f, d)]} | ${f.location.line} | ${md(f.rule)} |`
  ).join("\n");
  let detail = null;
  if (f.severity !== "note") {
    const icon = f.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
    const title = p.titles.get(f.rule);
    const lines = [
      `- ${icon} **${md(f.rule)}**${title ? ` (${md(title)})` : ""}, line ${f.location.line}, ${f.confidence} confidence: ${md(f.message, 1e3)}`
    ];
    if (f.evidence.length > 0) lines.push(`  <br>Evidence: ${md(chainText(f), 2e3)}`);
    if (f.fix) lines.push(`  <br>Fix: ${md(f.fix, 1e3)}`);
    detail = lines.join("\n");
  }
  const piece = {
    rows,
    rowBytes: Buffer.byteLength(rows, "utf8"),
    detail,
    detailBytes: detail === null ? 0 : Buffer.byteLength(detail, "utf8")
  };
  p.pieces.set(f, piece);
  return piece;
}
function yesNo(value, yes, no) {
  return value === void 0 ? null : value ? yes : no;
}
function runtimeSection(p, out, cap) {
  const r = p.input.runtime;
  if (!r) return;
  const names = (list) => cap(list).map((n) => mdCode(n)).join(", ");
  const rows = [
    [
      "Runner",
      r.runnerEnvironment || r.os || r.arch ? md([r.runnerEnvironment, r.os, r.arch].filter(Boolean).join(", ")) : null
    ],
    ["Self-hosted", r.runnerEnvironment === "self-hosted" ? "\u26A0\uFE0F yes: the machine outlives the job" : null],
    ["Container job", yesNo(r.container, "yes", "no")],
    ["sudo", yesNo(r.sudo, "available", "not available")],
    ["iptables", yesNo(r.iptables, "available", "not available")],
    [
      "Secret-bearing variables in this step",
      r.secretEnvNames ? r.secretEnvNames.length > 0 ? names(r.secretEnvNames) : "none" : null
    ],
    [
      "Proxies outside the allowlist",
      r.proxies ? r.proxies.length > 0 ? `\u26A0\uFE0F ${cap(r.proxies).map((x) => `${mdCode(x.variable)} \u2192 ${mdCode(x.host.slice(x.host.lastIndexOf("@") + 1))}`).join(", ")}` : "none" : null
    ],
    [
      "Injection-prone variables set",
      r.injectionVariables ? r.injectionVariables.length > 0 ? `\u26A0\uFE0F ${names(r.injectionVariables)}` : "none" : null
    ],
    ["OIDC token", yesNo(r.oidcAvailable, "can be requested by this job", "not available")],
    [
      "Steps before the guard",
      r.stepsBeforeGuard === void 0 ? null : r.stepsBeforeGuard > 0 ? `\u26A0\uFE0F ${plural(r.stepsBeforeGuard, "step")} ran unguarded: make the guard the first step` : "none: the guard ran first"
    ],
    ["Fork pull request", r.forkPullRequest ? "yes: the runner withholds secrets from this run" : null]
  ];
  const present = rows.filter((row) => row[1] !== null);
  if (present.length === 0) return;
  out.push("### Runtime facts", "", "| Fact | Value |", "| --- | --- |");
  for (const [fact, value] of present) out.push(`| ${fact} | ${value} |`);
  out.push("");
}
function egressSection(e, out, cap) {
  if (!e) return;
  const audit = e.mode === "audit";
  const total = (list) => list.reduce((n, d) => n + d.count, 0);
  out.push(
    `### Egress (${e.mode} mode)`,
    "",
    `${plural(e.allowed.length, "destination")} allowed (${total(e.allowed)} connections); ${plural(e.blocked.length, "destination")} ${audit ? "would have been blocked" : "blocked"} (${total(e.blocked)} connections).`,
    ""
  );
  const table = (heading, list) => {
    if (list.length === 0) return;
    const sorted = [...list].sort((a, b) => b.count - a.count || compareText(a.host, b.host));
    out.push(`**${heading}**`, "", "| Destination | Count | Steps |", "| --- | --- | --- |");
    for (const d of cap(sorted)) {
      const host = d.port ? `${d.host}:${d.port}` : d.host;
      const steps = d.steps && d.steps.length > 0 ? d.steps.map((s) => md(s)).join(", ") : "\u2014";
      out.push(`| ${mdCode(host)} | ${d.count} | ${steps} |`);
    }
    out.push("");
  };
  table(audit ? "Would have been blocked" : "Blocked", e.blocked);
  table("Allowed", e.allowed);
  if (e.problems && e.problems.length > 0) {
    for (const problem of cap(e.problems)) out.push(`- \u26A0\uFE0F ${md(problem, 1e3)}`);
    out.push("");
  }
}
function renderEgressSummary(egress, maxItems = 200) {
  const out = new Lines();
  out.push("## Exfil Guard: egress", "");
  egressSection(egress, out, (items) => items.slice(0, maxItems));
  const suggested = (egress.suggested ?? []).filter((entry) => SAFE_ENTRY.test(entry));
  if (egress.mode === "audit" && suggested.length > 0) {
    out.push(
      "To switch to `egress-policy: block` with what this job reached:",
      "",
      "```yaml",
      "allowed-endpoints: |",
      ...suggested.slice(0, maxItems).map((entry) => `  ${entry}`),
      "```",
      ""
    );
  }
  return out.text();
}
var SAFE_ENTRY = /^[a-z0-9*._:[\]-]+$/;
function suggestionSection(p, out, cap) {
  const s = p.suggestion;
  const allow = s.allow.filter((entry) => SAFE_ENTRY.test(entry));
  if (allow.length === 0 && s.doNotAllow.length === 0 && s.undetermined.length === 0) return;
  out.push("### Suggested allowed-endpoints", "");
  if (allow.length > 0) {
    out.push(
      "If these destinations are legitimate, add them to the guard step (or, narrower, to the one secret that needs them in the config file):",
      "",
      "```yaml",
      "allowed-endpoints: |",
      ...cap(allow).map((entry) => `  ${entry}`),
      "```",
      ""
    );
  }
  if (s.doNotAllow.length > 0) {
    out.push("**Do not allow**", "");
    for (const d of cap(s.doNotAllow)) out.push(`- ${mdCode(d.host)}: ${md(d.reason)}`);
    out.push("");
  }
  if (s.undetermined.length > 0) {
    out.push(
      "**Destinations computed at run time** (review the step; an allowlist entry cannot cover them):",
      ""
    );
    for (const d of cap(s.undetermined)) out.push(`- ${mdCode(d)}`);
    out.push("");
  }
}
function suppressedSection(p, out, cap) {
  if (p.suppressed.length === 0) return;
  out.push(
    `### Suppressed findings (${p.suppressed.length})`,
    "",
    "| Rule | Location | Secrets | Destinations | Reason | By |",
    "| --- | --- | --- | --- | --- | --- |"
  );
  for (const f of cap(p.suppressed)) {
    const where = `${f.location.file}:${f.location.line}${f.job ? ` (job ${f.job}${f.stepName ? `, ${f.stepName}` : ""})` : ""}`;
    const list = (items) => items.length > 0 ? items.map((s) => mdCode(s)).join(", ") : "\u2014";
    out.push(
      `| ${md(f.rule)} | ${md(where)} | ${list(f.secrets)} | ${list(f.destinations)} | ${md(f.suppressed?.reason ?? "")} | ${f.suppressed?.by ?? ""} |`
    );
  }
  out.push("");
}

// src/report/text.ts
import { isAbsolute, relative } from "node:path";
var MAX_SOURCE_WIDTH = 160;
var codes = { bold: 1, dim: 2, red: 31, yellow: 33, cyan: 36, green: 32 };
function formatText(input, options) {
  const paint = (style, text) => options.color ? `\x1B[${codes[style]}m${text}\x1B[0m` : text;
  const safe = terminalSafe;
  const out = [];
  const lineOf = sourceReader(input, options);
  const failed = [...input.result.files].filter((f) => f.error !== null).sort((a, b) => compareText(a.path, b.path));
  if (failed.length > 0) {
    out.push(paint("bold", "Files that could not be analysed"));
    for (const f of failed) out.push(`  ${paint("red", "error")}  ${safe(f.error ?? "")}`);
    out.push("");
  }
  const sorted = [...input.result.findings].sort(compareByLocation);
  const byFile = groupBy(sorted, (f) => f.location.file);
  const show = (path) => {
    if (!options.cwd || !isAbsolute(path)) return path;
    const rel = relative(options.cwd, path);
    return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  };
  for (const [file, inFile] of byFile) {
    out.push(paint("bold", safe(show(file))));
    for (const [, inJob] of groupBy(inFile, (f) => f.job ?? "")) {
      const job = inJob[0]?.job ?? null;
      const jobIndent = job === null ? "  " : "    ";
      if (job !== null) out.push(`  job ${safe(job)}`);
      for (const [, inStep] of groupBy(inJob, (f) => String(f.step))) {
        const first = inStep[0];
        if (!first) continue;
        let indent = jobIndent;
        if (first.step !== null) {
          const name = first.stepName ? ` "${safe(first.stepName)}"` : "";
          out.push(`${jobIndent}step ${first.step + 1}${name}`);
          indent = `${jobIndent}  `;
        }
        for (const f of inStep) findingBlock(f, indent, lineOf, paint, out);
      }
    }
    out.push("");
  }
  out.push(summaryLine(input, paint));
  return `${out.join("\n")}
`;
}
function findingBlock(f, indent, lineOf, paint, out) {
  const safe = terminalSafe;
  const tag = f.suppressed ? paint("dim", "suppressed") : f.severity === "error" ? paint("red", "error") : f.severity === "warning" ? paint("yellow", "warning") : paint("cyan", "note");
  const where = `${f.location.line}:${f.location.column}`;
  out.push(`${indent}${where}  ${tag}  ${safe(f.message)}  ${paint("dim", `exfil-guard/${safe(f.rule)}`)}`);
  const detail = `${indent}    `;
  const source = lineOf(f.location.file, f.location.line);
  if (source !== void 0) out.push(...sourceExcerpt(source, f.location, detail, paint));
  if (f.suppressed)
    out.push(`${detail}${paint("dim", `suppressed by ${f.suppressed.by}: ${safe(f.suppressed.reason)}`)}`);
  const chain = chainText(f);
  if (chain) out.push(`${detail}${paint("dim", "evidence:")} ${safe(chain)}`);
  if (f.fix && !f.suppressed) out.push(`${detail}${paint("dim", "fix:")} ${safe(f.fix)}`);
}
function sourceExcerpt(text, at, indent, paint) {
  const line = text.replace(/\r$/, "");
  const column = Math.max(1, at.column);
  const sameLine = (at.endLine ?? at.line) === at.line;
  const endColumn = sameLine && at.endColumn !== void 0 ? Math.max(column, at.endColumn) : column;
  let start = 0;
  let shown = line;
  if (line.length > MAX_SOURCE_WIDTH) {
    start = Math.max(0, Math.min(column - 1 - 40, line.length - MAX_SOURCE_WIDTH));
    shown = line.slice(start, start + MAX_SOURCE_WIDTH);
  }
  const lead = start > 0 ? "\u2026" : "";
  const tail = start + shown.length < line.length ? "\u2026" : "";
  const offset = column - 1 - start;
  const pad = lead.replace(/./g, " ") + shown.slice(0, Math.max(0, offset)).replace(/[^\t]/g, " ");
  const width = Math.max(1, Math.min(endColumn, start + shown.length) - column + 1);
  const gutter = String(at.line);
  return [
    `${indent}${paint("dim", `${gutter} \u2502`)} ${terminalSafe(`${lead}${shown}${tail}`)}`,
    `${indent}${" ".repeat(gutter.length)} ${paint("dim", "\u2502")} ${pad}${paint("red", "^".repeat(width))}`
  ];
}
function summaryLine(input, paint) {
  const { result, failOn } = input;
  const outcome = verdictOf(result.findings, failOn);
  const active = result.findings.filter((f) => f.suppressed === void 0);
  const count = (s) => active.filter((f) => f.severity === s).length;
  const plural2 = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const unreadable = result.files.filter((f) => f.error !== null).length;
  const suppressed = result.findings.length - active.length;
  const parts = [
    plural2(count("error"), "error"),
    plural2(count("warning"), "warning"),
    plural2(count("note"), "note"),
    ...suppressed > 0 ? [`${suppressed} suppressed`] : []
  ];
  const files = `${plural2(result.files.length, "file")} scanned${unreadable ? ` (${unreadable} could not be analysed)` : ""}`;
  const verdict = outcome.shouldFail ? paint("red", `fails at --fail-on ${failOn}`) : paint("green", `passes at --fail-on ${failOn}`);
  return `${parts.join(", ")} in ${files}: ${verdict}.`;
}
function sourceReader(input, options) {
  const split = /* @__PURE__ */ new Map();
  return (file, line) => {
    const text = input.sources?.get(file);
    if (text === void 0) return options.readLine?.(file, line);
    let lines = split.get(file);
    if (!lines) {
      lines = text.split("\n");
      split.set(file, lines);
    }
    return lines[line - 1];
  };
}
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

// src/report/writers.ts
import { appendFile, mkdir, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
function emitAnnotations(annotations, sink = core_exports) {
  for (const a of annotations) {
    const properties = { title: a.title };
    if (a.file !== void 0) properties.file = a.file;
    if (a.line !== void 0) properties.startLine = a.line;
    if (a.endLine !== void 0) properties.endLine = a.endLine;
    if (a.col !== void 0) properties.startColumn = a.col;
    if (a.endColumn !== void 0) properties.endColumn = a.endColumn;
    sink[a.level](a.message, properties);
  }
}
async function summaryRoom(path, limit) {
  try {
    return Math.max(0, limit - (await stat(path)).size);
  } catch {
    return limit;
  }
}
async function writeSummary(markdown, path = process.env.GITHUB_STEP_SUMMARY) {
  if (!path) return false;
  await appendFile(path, markdown, "utf8");
  return true;
}
async function writeReportFile(path, content) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content, "utf8");
}
function setReportOutputs(outputs, setOutput2 = setOutput) {
  setOutput2("findings", String(outputs.findings));
  setOutput2("verdict", outputs.verdict);
  setOutput2("report-file", outputs.reportFile);
  setOutput2("sarif-file", outputs.sarifFile);
}

// src/report/egress.ts
function fromEgressLayer(report) {
  const refused = report.mode === "block" ? report.blocked : report.audited;
  const problems = [
    ...report.failures,
    ...report.daemonAlive ? [] : ["The DNS daemon was not answering at the end of the job."],
    ...report.warnings
  ];
  return {
    mode: report.mode,
    allowed: report.allowed.map((a) => ({ host: a.name, count: a.count })),
    blocked: refused.map(refusedDestination),
    ...report.suggestedAllowlist !== void 0 ? { suggested: entries(report.suggestedAllowlist) } : {},
    ...problems.length > 0 ? { problems } : {}
  };
}
function refusedDestination(r) {
  const host = r.kind === "name" ? r.destination : r.address ?? r.destination;
  return {
    host,
    count: r.count,
    ...r.port !== void 0 && r.kind === "connection" ? { port: r.port } : {}
  };
}
function entries(block) {
  return block.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("allowed-endpoints:"));
}

export {
  githubAnnotationLimits,
  planAnnotations,
  foreignLocation,
  planReportAnnotations,
  workflowCommand,
  formatWorkflowCommands,
  formatGithub,
  defaultClassifier,
  suggestAllowlist,
  SUMMARY_MAX_BYTES,
  renderSummary,
  renderEgressSummary,
  formatText,
  emitAnnotations,
  summaryRoom,
  writeSummary,
  writeReportFile,
  setReportOutputs,
  fromEgressLayer
};
