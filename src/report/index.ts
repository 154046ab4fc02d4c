/** The report layer's public API: pure formatters, plus the thin writers in writers.ts. */
export type {
  DestinationClassifier,
  EgressDestination,
  EgressReport,
  ReportInput,
  RuleInfo,
  RunVerdict,
  RuntimeFacts,
  WorkflowIdentity,
} from './types.js';
export { verdictOf, shouldFail, failureMessage, failureSentence } from './verdict.js';
export type { VerdictResult } from './verdict.js';
export { compareFindings, rankFindings } from './rank.js';
export {
  planAnnotations,
  planReportAnnotations,
  githubAnnotationLimits,
  foreignLocation,
} from './annotations.js';
export type { Annotation, AnnotationLevel, AnnotationLimits, AnnotationPlan } from './annotations.js';
export { formatGithub, formatWorkflowCommands, workflowCommand } from './github.js';
export { renderEgressSummary, renderSummary, SUMMARY_MAX_BYTES } from './summary.js';
export { suggestAllowlist, defaultClassifier } from './suggest.js';
export type { AllowlistSuggestion } from './suggest.js';
export { toSarif, formatSarif, sarifCategory, FINGERPRINT_KEY } from './sarif.js';
export type { SarifLog, SarifOptions } from './sarif.js';
export { toJsonReport, formatJson } from './json.js';
export type { JsonReportV1, JsonFindingV1 } from './json.js';
export { formatText } from './text.js';
export type { TextOptions } from './text.js';
export { emitAnnotations, writeSummary, summaryRoom, writeReportFile, setReportOutputs } from './writers.js';
export type { AnnotationSink, ReportOutputs } from './writers.js';
export { fromEgressLayer } from './egress.js';
