/** The in-job context layer's public surface. */
export { completePushFacts, loadEventPayload, readEvent } from './event.js';
export { findGuardStep, stepsBeforeGuard } from './guard-position.js';
export { headCommit } from './git-head.js';
export { inspectJob, loadJobContext, type JobContext, type JobInspection } from './job-context.js';
export { ALL_SECRETS, jobSecretNames } from './job-secrets.js';
export { callerOnlyNote, locateWorkflow, parseWorkflowRef, refineWithModel } from './locate.js';
export { prefetchProbes, systemProbes } from './probes.js';
export { proxiesOutsideAllowlist, proxyTargets } from './proxy.js';
export {
  localActionReader,
  readLocalAction,
  readWorkflow,
  workspaceAt,
  type ReadContext,
} from './read-workflow.js';
export {
  INJECTION_VARIABLES,
  injectionVariables,
  readRunnerFacts,
  type RunnerFactOptions,
} from './runner.js';
export { runtimeFindings, type RuntimeAnchors } from './runtime-findings.js';
export { RUNTIME_RULES, type RuntimeRule } from './runtime-rules.js';
export { isSecretName, secretEnvNames } from './secret-names.js';
export type { EventFacts, ReadFile, RunnerProbes, RuntimeFacts, WorkflowLocation } from './types.js';
