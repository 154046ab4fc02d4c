import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  scanRules
} from "./chunk-IP2GJXWI.js";
import "./chunk-SCD2Q5QN.js";
import "./chunk-E7AQUCQ4.js";
import {
  terminalSafe,
  toJsonReport,
  toSarif,
  verdictOf
} from "./chunk-5S3JS42L.js";
import "./chunk-GURDG6HC.js";
import "./chunk-XXN2UIB3.js";

// src/scan/sweep-report.ts
function countsOf(entry) {
  const active = entry.result.findings.filter(
    (f) => f.suppressed === void 0 && !f.rule.startsWith("ioc-")
  );
  const iocRules = entry.result.findings.filter(
    (f) => f.suppressed === void 0 && f.rule.startsWith("ioc-")
  );
  return {
    repository: entry.repository,
    errors: active.filter((f) => f.severity === "error").length,
    warnings: active.filter((f) => f.severity === "warning").length,
    notes: active.filter((f) => f.severity === "note").length,
    iocs: iocRules.length
  };
}
function sweepFindings(result) {
  return result.entries.flatMap((e) => e.result.findings);
}
function sweepShouldFail(result, failOn) {
  return verdictOf(sweepFindings(result), failOn).shouldFail;
}
function renderSweepTable(result, options = {}) {
  const paint = (code, text) => options.color ? `\x1B[${code}m${text}\x1B[0m` : text;
  const rows = result.entries.map(countsOf).filter((c) => c.errors + c.warnings + c.iocs > 0).sort(
    (a, b) => b.iocs - a.iocs || b.errors - a.errors || b.warnings - a.warnings || (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0)
  );
  const out = [];
  if (rows.length > 0) {
    const header = ["REPOSITORY", "ERRORS", "WARNINGS", "IOCS"];
    const cells = rows.map((r) => [
      terminalSafe(r.repository),
      String(r.errors),
      String(r.warnings),
      String(r.iocs)
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
    const line = (c) => c.map((v, i) => i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0)).join("  ").trimEnd();
    out.push(paint(1, line(header)));
    for (const c of cells) out.push(Number(c[3]) > 0 || Number(c[1]) > 0 ? paint(31, line(c)) : line(c));
    out.push("");
  }
  const byIoc = result.entries.flatMap((e) => e.result.iocs.map((m) => ({ repository: e.repository, m })));
  if (byIoc.length > 0) {
    out.push(paint(1, "Indicators of compromise"));
    for (const { repository, m } of byIoc) out.push(`  ${terminalSafe(repository)}: ${describeIoc(m)}`);
    out.push("");
  }
  const failed = result.entries.filter((e) => e.status === "failed");
  if (failed.length > 0) {
    out.push(paint(1, "Repositories that could not be scanned"));
    for (const e of failed)
      out.push(`  ${terminalSafe(e.repository)}: ${terminalSafe(e.reason ?? "unknown error")}`);
    out.push("");
  }
  out.push(summaryLine(result, rows.length));
  return `${out.join("\n")}
`;
}
function describeIoc(m) {
  const where = m.file ? ` in ${terminalSafe(m.file)}${m.line > 0 ? `:${m.line}` : ""}` : "";
  return `${m.severity} ${m.indicator} (${m.campaign}) ${terminalSafe(m.matched)}${where}`;
}
function summaryLine(result, withFindings) {
  const { listed, scanned, skipped, failed } = result.counts;
  const reasons = /* @__PURE__ */ new Map();
  for (const e of result.entries) {
    if (e.status === "skipped")
      reasons.set(e.reason ?? "skipped", (reasons.get(e.reason ?? "skipped") ?? 0) + 1);
  }
  const why = [...reasons].map(([r, n]) => `${n} ${r}`).join(", ");
  return `${result.organisation}: ${listed} repositor${listed === 1 ? "y" : "ies"}, ${scanned} scanned, ${skipped} skipped${why ? ` (${why})` : ""}, ${failed} failed; ${withFindings} with findings`;
}
function toSweepJson(result) {
  return {
    version: 1,
    organisation: result.organisation,
    counts: result.counts,
    repositories: [...result.entries].sort((a, b) => a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0).map((e) => ({
      ...toJsonReport(e.result),
      repository: e.repository,
      ref: e.result.ref,
      status: e.status,
      reason: e.reason ?? null,
      iocs: e.result.iocs
    }))
  };
}
function formatSweepJson(result) {
  return `${JSON.stringify(toSweepJson(result), null, 2)}
`;
}
function toSweepSarif(result, options) {
  const server = (options.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  const rules = [...options.rules, ...scanRules.filter((r) => !options.rules.some((o) => o.id === r.id))];
  const runs = [];
  for (const entry of result.entries) {
    if (entry.result.findings.length === 0 && entry.result.files.every((f) => f.error === null)) continue;
    const log = toSarif(entry.result, {
      category: `exfil-guard/org/${entry.repository}/`,
      toolVersion: options.toolVersion,
      rules
    });
    for (const run of log.runs) {
      runs.push({
        ...run,
        versionControlProvenance: [
          { repositoryUri: `${server}/${entry.repository}`, branch: entry.result.ref }
        ]
      });
    }
  }
  return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs };
}
function formatSweepSarif(result, options) {
  return `${JSON.stringify(toSweepSarif(result, options), null, 2)}
`;
}
export {
  countsOf,
  formatSweepJson,
  formatSweepSarif,
  renderSweepTable,
  sweepFindings,
  sweepShouldFail,
  toSweepJson,
  toSweepSarif
};
