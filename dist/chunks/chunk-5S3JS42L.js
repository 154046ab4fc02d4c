import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  shortSha256
} from "./chunk-GURDG6HC.js";

// src/analysis/types.ts
var severityRank = { note: 1, warning: 2, error: 3 };

// src/report/rank.ts
var confidenceRank = { low: 1, medium: 2, high: 3 };
var ruleImportance = [
  "runner-memory-read",
  "secrets-context-dump",
  "secret-to-exfil-service",
  "secret-to-ip-literal",
  "env-dump-to-network",
  "secret-to-unlisted-host",
  "secret-to-unknown-host",
  "workflow-added-by-this-push",
  "untrusted-input-in-secret-job",
  "download-exec-in-secret-job",
  "unpinned-action-with-secret",
  "uncatalogued-action-with-secret",
  "oidc-token-request",
  "trusted-publishing"
];
var keywordImportance = [
  [/memory|dump|exfil|ip-literal/, 3],
  [/secret|token|credential/, 2],
  [/untrusted|inject|download|push/, 1]
];
function importanceOf(rule) {
  const index = ruleImportance.indexOf(rule);
  if (index >= 0) return 100 + ruleImportance.length - index;
  return keywordImportance.find(([pattern]) => pattern.test(rule))?.[1] ?? 0;
}
function compareFindings(a, b) {
  return Number(a.suppressed !== void 0) - Number(b.suppressed !== void 0) || severityRank[b.severity] - severityRank[a.severity] || confidenceRank[b.confidence] - confidenceRank[a.confidence] || importanceOf(b.rule) - importanceOf(a.rule) || compareByLocation(a, b);
}
function compareByLocation(a, b) {
  return compareText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || compareText(a.rule, b.rule) || compareText(a.fingerprint, b.fingerprint) || compareText(a.message, b.message);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function rankFindings(findings) {
  return [...findings].sort(compareFindings);
}

// src/report/verdict.ts
function verdictOf(findings, failOn) {
  const active = findings.filter((f) => f.suppressed === void 0);
  const verdict = active.some((f) => f.severity === "error") ? "error" : active.some((f) => f.severity === "warning") ? "warning" : "clean";
  const failing = failOn === "never" ? [] : active.filter((f) => severityRank[f.severity] >= severityRank[failOn]);
  return { verdict, shouldFail: failing.length > 0, failing: failing.sort(compareByLocation) };
}
function shouldFail(findings, failOn) {
  return verdictOf(findings, failOn).shouldFail;
}
var LISTED_PLACES = 5;
function failureMessage(findings, failOn) {
  const sentence = failureSentence(findings, failOn);
  return sentence === null ? null : `Exfil Guard: ${sentence}. See the job summary.`;
}
function failureSentence(findings, failOn) {
  const { failing } = verdictOf(findings, failOn);
  if (failing.length === 0 || failOn === "never") return null;
  const places = /* @__PURE__ */ new Map();
  for (const f of failing) {
    const key = JSON.stringify([f.location.file, f.job, f.step]);
    if (!places.has(key)) {
      places.set(key, { finding: f, kind: f.step !== null ? "step" : f.job !== null ? "job" : "file" });
    }
  }
  const severalFiles = new Set(failing.map((f) => f.location.file)).size > 1;
  const labels = [...places.values()].map(({ finding: f, kind }) => {
    const at = severalFiles ? `${f.location.file}:${f.location.line}` : `line ${f.location.line}`;
    const name = kind === "step" ? `"${oneLine(f.stepName ?? `step ${(f.step ?? 0) + 1}`)}"` : kind === "job" ? `job "${oneLine(f.job ?? "")}"` : oneLine(f.location.file);
    return `${name} (${at})`;
  });
  const kinds = new Set([...places.values()].map((p) => p.kind));
  const noun = kinds.size > 1 ? "location" : [...kinds][0] ?? "location";
  const count = places.size;
  const subject = `${count} ${noun}${count === 1 ? "" : "s"}`;
  const flows = failing.every((f) => f.secrets.length > 0 && f.destinations.length > 0);
  const level = failOn === "error" ? "error-level findings" : failOn === "warning" ? "warning- or error-level findings" : "findings";
  const predicate = flows ? "can send secrets to hosts the policy does not allow" : `${count === 1 ? "has" : "have"} ${level}`;
  const listed = labels.slice(0, LISTED_PLACES).join(", ");
  const more = labels.length > LISTED_PLACES ? ` and ${labels.length - LISTED_PLACES} more` : "";
  return `${subject} ${predicate}: ${listed}${more}`;
}
function oneLine(text) {
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, " ").trim();
}

// src/report/escape.ts
var MAX_FIELD_CHARS = 300;
var htmlEntities = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function md(text, max = MAX_FIELD_CHARS) {
  const bounded = text.length > max ? `${text.slice(0, max)}\u2026` : text;
  return bounded.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/[&<>]/g, (c) => htmlEntities[c] ?? c).replace(/[|`[\]*~\\$@]|:(?=\/\/)|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\b(www)\./gi, "$1&#46;");
}
function mdCode(text, max = MAX_FIELD_CHARS) {
  return `<code>${md(text, max)}</code>`;
}
function escapeCommandData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(text) {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function terminalSafe(text) {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => {
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
}

// src/report/sarif.ts
var TOOL_NAME = "Exfil Guard";
function sarifCategory(workflowPath, job) {
  const clean = (s) => s.replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
  const parts = [clean(workflowPath), job ? clean(job) : ""].filter((p) => p !== "");
  return `exfil-guard/${parts.map((p) => `${p}/`).join("")}`;
}
var FINGERPRINT_KEY = "exfilGuardFingerprint/v1";
function toSarif(result, options) {
  const rules = ruleDescriptors(options.rules, result.findings);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const findings = [...result.findings].sort(compareByLocation);
  const failed = result.files.filter((f) => f.error !== null);
  const driver = {
    name: TOOL_NAME,
    version: options.toolVersion,
    semanticVersion: options.toolVersion,
    ...options.informationUri ? { informationUri: options.informationUri } : {},
    rules
  };
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        automationDetails: { id: options.category },
        // Columns come from JavaScript string offsets.
        columnKind: "utf16CodeUnits",
        results: findings.map((f) => sarifResult(f, index.get(f.rule) ?? 0)),
        invocations: [
          {
            // A file we could not read is a tool problem, not an alert: code scanning shows it on its status page.
            executionSuccessful: true,
            toolExecutionNotifications: failed.map((f) => ({
              level: "error",
              message: { text: f.error ?? "" },
              locations: [{ physicalLocation: { artifactLocation: artifact(f.path) } }]
            }))
          }
        ]
      }
    ]
  };
}
function formatSarif(result, options) {
  return `${JSON.stringify(toSarif(result, options), null, 2)}
`;
}
function ruleDescriptors(rules, findings) {
  const byId = /* @__PURE__ */ new Map();
  for (const r of rules) byId.set(r.id, r);
  for (const f of findings) {
    if (!byId.has(f.rule)) {
      byId.set(f.rule, { id: f.rule, title: f.rule, severity: f.severity, rationale: f.rule, fix: f.fix });
    }
  }
  return [...byId.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0).map(ruleDescriptor);
}
function ruleDescriptor(rule) {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, _dash, c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: { text: rule.fix, markdown: rule.fix },
    defaultConfiguration: { level: rule.severity },
    properties: {
      tags: ["security", "ci", "secrets", "exfiltration"],
      precision: rule.severity === "error" ? "high" : "medium",
      "problem.severity": rule.severity === "note" ? "recommendation" : rule.severity,
      "security-severity": securitySeverity(rule.id, rule.severity)
    }
  };
}
function securitySeverity(rule, severity) {
  if (severity === "note") return "2.0";
  if (severity === "warning") return "5.5";
  const importance = importanceOf(rule);
  const score = importance >= importanceOf("env-dump-to-network") ? 9.5 : importance >= 100 ? 8.5 : importance >= 2 ? 8 : 7.5;
  return score.toFixed(1);
}
function sarifResult(f, ruleIndex) {
  const result = {
    ruleId: f.rule,
    ruleIndex,
    level: f.severity,
    message: { text: f.message },
    locations: [{ physicalLocation: physical(f.location) }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprintHash(f.fingerprint) },
    properties: {
      confidence: f.confidence,
      secrets: [...f.secrets],
      destinations: [...f.destinations],
      job: f.job,
      step: f.step,
      stepName: f.stepName
    }
  };
  if (f.source && !sameLocation(f.source, f.location)) {
    const names = f.secrets.length > 0 ? f.secrets.join(", ") : "the secret";
    result.relatedLocations = [
      { id: 1, physicalLocation: physical(f.source), message: { text: `${names} enters here` } }
    ];
  }
  const steps = f.evidence.filter((e) => e.location !== void 0);
  if (steps.length >= 2) {
    result.codeFlows = [
      {
        threadFlows: [
          {
            locations: steps.map((e) => ({
              location: { physicalLocation: physical(e.location), message: { text: e.text } }
            }))
          }
        ]
      }
    ];
  }
  if (f.suppressed) {
    result.suppressions = [
      { kind: f.suppressed.by === "comment" ? "inSource" : "external", justification: f.suppressed.reason }
    ];
  }
  return result;
}
function fingerprintHash(fingerprint) {
  return shortSha256(fingerprint);
}
function sameLocation(a, b) {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}
function physical(at) {
  const endLine = at.endLine ?? at.line;
  return {
    artifactLocation: artifact(at.file),
    region: {
      startLine: Math.max(1, at.line),
      startColumn: Math.max(1, at.column),
      endLine: Math.max(at.line, endLine),
      // Our end columns include the last character; SARIF's point one past it.
      ...at.endColumn !== void 0 ? { endColumn: at.endColumn + 1 } : {}
    }
  };
}
function artifactUri(path) {
  return path.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function artifact(path) {
  const slashed = path.replace(/\\/g, "/");
  if (slashed.startsWith("/") || /^[a-zA-Z]:\//.test(slashed)) {
    const segments = slashed.split("/").filter((s) => s !== "");
    const encoded = segments.map((s, i) => i === 0 && /^[a-zA-Z]:$/.test(s) ? s : encodeURIComponent(s));
    return { uri: `file:///${encoded.join("/")}` };
  }
  return { uri: artifactUri(path), uriBaseId: "%SRCROOT%" };
}

// src/report/json.ts
function toJsonReport(result) {
  return {
    version: 1,
    files: [...result.files].sort((a, b) => compareText(a.path, b.path)).map((f) => ({ path: f.path, error: f.error })),
    findings: [...result.findings].sort(compareByLocation).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      file: f.location.file,
      line: f.location.line,
      column: f.location.column,
      job: f.job,
      step: f.step,
      stepName: f.stepName,
      secrets: [...f.secrets],
      destinations: [...f.destinations],
      message: f.message,
      endLine: f.location.endLine ?? null,
      endColumn: f.location.endColumn ?? null,
      confidence: f.confidence,
      evidence: f.evidence.map((e) => ({ text: e.text, location: jsonLocation(e.location) })),
      fix: f.fix,
      source: jsonLocation(f.source),
      fingerprint: f.fingerprint,
      suppressed: f.suppressed ? { reason: f.suppressed.reason, by: f.suppressed.by } : null
    }))
  };
}
function formatJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}
function jsonLocation(at) {
  if (!at) return null;
  return {
    file: at.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine ?? null,
    endColumn: at.endColumn ?? null
  };
}

export {
  compareFindings,
  compareByLocation,
  compareText,
  rankFindings,
  verdictOf,
  shouldFail,
  failureMessage,
  failureSentence,
  md,
  mdCode,
  escapeCommandData,
  escapeCommandProperty,
  terminalSafe,
  sarifCategory,
  FINGERPRINT_KEY,
  toSarif,
  formatSarif,
  toJsonReport,
  formatJson
};
