/** Repository, changed-files and organisation scans: the entry points main.ts and the CLI call. */
export { parseRepoSpec, type RepoSpec } from './repo-spec.js';
export {
  apiFileSource,
  apiRevisionSource,
  fsFileSource,
  type FileSource,
  type RevisionSource,
  type DirEntry,
} from './source.js';
export { scanRepository, scanFileSource, type RepoScanResult, type RepoScanOptions } from './repository.js';
export { scanChanged, introducedFindings, type ChangeSpec, type ChangedScanResult } from './changed.js';
export {
  scanForEvent,
  changeOfEvent,
  pushedFiles,
  CHANGED_SCOPE_EVENTS,
  type EventScanResult,
} from './event.js';
export {
  sweepOrganisation,
  DEFAULT_CONCURRENCY,
  type SweepOptions,
  type SweepProgress,
  type SweepResult,
  type SweepEntry,
} from './sweep.js';
export {
  renderSweepTable,
  toSweepJson,
  formatSweepJson,
  toSweepSarif,
  formatSweepSarif,
  sweepFindings,
  sweepShouldFail,
  countsOf,
} from './sweep-report.js';
export { createProgress, sweepProgressBar, type Progress, type ProgressStream } from './progress.js';
export { defaultIocs, loadIocFile, parseIocData, type IocSet, type IocMatch } from './ioc.js';
export { scanRules } from './scan-rules.js';
