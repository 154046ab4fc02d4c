/**
 * The JSON report, format version 1: a stable contract other tools read (the CLI's `--format json` and the
 * action's `report-file`). Required fields come first, in the documented order; fields after `message` are
 * additions. Nothing is ever renamed or removed. Ordering is deterministic: files by path, findings by location.
 */
import type { ScanResult } from '../analysis/api.js';
import type { Confidence, Evidence, Location, Severity } from '../analysis/types.js';
import { compareByLocation, compareText } from './rank.js';

export interface JsonLocation {
  file: string;
  line: number;
  column: number;
  endLine: number | null;
  endColumn: number | null;
}

export interface JsonFindingV1 {
  rule: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  job: string | null;
  /** 0-based index of the step in its job; null for job- and file-level findings. */
  step: number | null;
  stepName: string | null;
  secrets: string[];
  destinations: string[];
  message: string;
  // Additions to the documented shape.
  endLine: number | null;
  endColumn: number | null;
  confidence: Confidence;
  evidence: { text: string; location: JsonLocation | null }[];
  fix: string;
  source: JsonLocation | null;
  fingerprint: string;
  suppressed: { reason: string; by: 'config' | 'comment' } | null;
}

export interface JsonReportV1 {
  version: 1;
  files: { path: string; error: string | null }[];
  findings: JsonFindingV1[];
}

export function toJsonReport(result: ScanResult): JsonReportV1 {
  return {
    version: 1,
    files: [...result.files]
      .sort((a, b) => compareText(a.path, b.path))
      .map((f) => ({ path: f.path, error: f.error })),
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
      evidence: f.evidence.map((e: Evidence) => ({ text: e.text, location: jsonLocation(e.location) })),
      fix: f.fix,
      source: jsonLocation(f.source),
      fingerprint: f.fingerprint,
      suppressed: f.suppressed ? { reason: f.suppressed.reason, by: f.suppressed.by } : null,
    })),
  };
}

export function formatJson(result: ScanResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}

function jsonLocation(at: Location | undefined): JsonLocation | null {
  if (!at) return null;
  return {
    file: at.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine ?? null,
    endColumn: at.endColumn ?? null,
  };
}
