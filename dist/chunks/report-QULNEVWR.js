import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  SUMMARY_MAX_BYTES,
  defaultClassifier,
  emitAnnotations,
  foreignLocation,
  formatGithub,
  formatText,
  formatWorkflowCommands,
  fromEgressLayer,
  githubAnnotationLimits,
  planAnnotations,
  planReportAnnotations,
  renderEgressSummary,
  renderSummary,
  setReportOutputs,
  suggestAllowlist,
  summaryRoom,
  workflowCommand,
  writeReportFile,
  writeSummary
} from "./chunk-SKWTNRQD.js";
import {
  FINGERPRINT_KEY,
  compareFindings,
  failureMessage,
  failureSentence,
  formatJson,
  formatSarif,
  rankFindings,
  sarifCategory,
  shouldFail,
  toJsonReport,
  toSarif,
  verdictOf
} from "./chunk-5S3JS42L.js";
import "./chunk-JLYDGA43.js";
import "./chunk-GURDG6HC.js";
import "./chunk-AGCSABST.js";
import "./chunk-4LRHTQF6.js";
import "./chunk-XXN2UIB3.js";
export {
  FINGERPRINT_KEY,
  SUMMARY_MAX_BYTES,
  compareFindings,
  defaultClassifier,
  emitAnnotations,
  failureMessage,
  failureSentence,
  foreignLocation,
  formatGithub,
  formatJson,
  formatSarif,
  formatText,
  formatWorkflowCommands,
  fromEgressLayer,
  githubAnnotationLimits,
  planAnnotations,
  planReportAnnotations,
  rankFindings,
  renderEgressSummary,
  renderSummary,
  sarifCategory,
  setReportOutputs,
  shouldFail,
  suggestAllowlist,
  summaryRoom,
  toJsonReport,
  toSarif,
  verdictOf,
  workflowCommand,
  writeReportFile,
  writeSummary
};
