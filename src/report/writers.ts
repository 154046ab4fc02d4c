/**
 * The report layer's only side effects, kept thin: emit the planned annotations, append the step summary,
 * write report files, set outputs. Sinks are injectable so tests see exactly what would reach the runner.
 */
import * as core from '@actions/core';
import { appendFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Annotation } from './annotations.js';
import type { RunVerdict } from './types.js';

export type AnnotationSink = Pick<typeof core, 'error' | 'warning' | 'notice'>;

/** Sends each annotation through @actions/core (or `sink`), which escapes and prints the workflow command. */
export function emitAnnotations(annotations: readonly Annotation[], sink: AnnotationSink = core): void {
  for (const a of annotations) {
    const properties: core.AnnotationProperties = { title: a.title };
    if (a.file !== undefined) properties.file = a.file;
    if (a.line !== undefined) properties.startLine = a.line;
    if (a.endLine !== undefined) properties.endLine = a.endLine;
    if (a.col !== undefined) properties.startColumn = a.col;
    if (a.endColumn !== undefined) properties.endColumn = a.endColumn;
    sink[a.level](a.message, properties);
  }
}

/**
 * Bytes still free in the step summary file at `path` under `limit`: each step has its own file, but another
 * writer in this step may have used part of it already.
 */
export async function summaryRoom(path: string, limit: number): Promise<number> {
  try {
    return Math.max(0, limit - (await stat(path)).size);
  } catch {
    return limit;
  }
}

/**
 * Appends the markdown to the step summary file (`GITHUB_STEP_SUMMARY` unless `path` is given). Returns false
 * when there is no summary file (outside GitHub Actions), which is not an error.
 */
export async function writeSummary(
  markdown: string,
  path = process.env.GITHUB_STEP_SUMMARY,
): Promise<boolean> {
  if (!path) return false;
  await appendFile(path, markdown, 'utf8');
  return true;
}

/** Writes a report file, creating its directory. */
export async function writeReportFile(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content, 'utf8');
}

export interface ReportOutputs {
  /** Findings not suppressed. */
  findings: number;
  verdict: RunVerdict;
  reportFile: string;
  /** Empty when no SARIF file was written. */
  sarifFile: string;
}

export function setReportOutputs(
  outputs: ReportOutputs,
  setOutput: (name: string, value: string) => void = core.setOutput,
): void {
  setOutput('findings', String(outputs.findings));
  setOutput('verdict', outputs.verdict);
  setOutput('report-file', outputs.reportFile);
  setOutput('sarif-file', outputs.sarifFile);
}
