/**
 * The report layer's cost: every format for a typical result (the release workflow fixture) and for a huge one
 * (20,000 findings, which forces the summary's size-cap search). Run directly: `node --import tsx bench/report.ts`.
 */
import { pathToFileURL } from 'node:url';
import { planReportAnnotations } from '../src/report/annotations.js';
import { formatJson } from '../src/report/json.js';
import { formatSarif, sarifCategory } from '../src/report/sarif.js';
import { renderSummary } from '../src/report/summary.js';
import { formatText } from '../src/report/text.js';
import type { ReportInput } from '../src/report/types.js';
import { input, manyErrors, rules, scan, WORKFLOW_PATH } from '../test/report/findings.js';

export interface ReportFigures {
  findings: number;
  summaryMs: number;
  summaryBytes: number;
  annotationsMs: number;
  sarifMs: number;
  jsonMs: number;
  textMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 100) / 100;
}

function time<T>(iterations: number, fn: () => T): { ms: number; value: T } {
  const times: number[] = [];
  let value = fn();
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    value = fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), value };
}

function measure(report: ReportInput, iterations: number): ReportFigures {
  const sarifOptions = { category: sarifCategory(WORKFLOW_PATH, 'publish'), toolVersion: '0.0.0', rules };
  const summary = time(iterations, () => renderSummary(report));
  return {
    findings: report.result.findings.length,
    summaryMs: summary.ms,
    summaryBytes: Buffer.byteLength(summary.value, 'utf8'),
    annotationsMs: time(iterations, () => planReportAnnotations(report)).ms,
    sarifMs: time(iterations, () => formatSarif(report.result, sarifOptions)).ms,
    jsonMs: time(iterations, () => formatJson(report.result)).ms,
    textMs: time(iterations, () => formatText(report, { color: false })).ms,
  };
}

export function benchReport(): ReportFigures[] {
  const long = 'x'.repeat(200);
  const huge = manyErrors(20_000).map((f, i) => ({
    ...f,
    message: `${f.message} ${long}`,
    evidence: [{ text: `secrets.TOKEN_${i}` }, { text: `curl ${long}` }, { text: `host-${i}.example.com` }],
  }));
  return [
    measure(input(), 50),
    measure(input({ result: scan(manyErrors(1_000)) }), 10),
    measure(input({ result: scan(huge) }), 3),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`node ${process.version}, median ms per call`);
  console.log('findings  summary  (bytes)    annotations  sarif    json     text');
  for (const f of benchReport()) {
    console.log(
      [
        String(f.findings).padStart(8),
        String(f.summaryMs).padStart(8),
        `(${f.summaryBytes})`.padStart(10),
        String(f.annotationsMs).padStart(12),
        String(f.sarifMs).padStart(8),
        String(f.jsonMs).padStart(8),
        String(f.textMs).padStart(8),
      ].join(' '),
    );
  }
}
