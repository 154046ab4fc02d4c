/**
 * The in-job context: which workflow file and job are running, what the event says about them, and the runner
 * facts the file cannot show. `RuntimeFacts` is the report layer's shape (src/report/types.ts), re-exported so
 * that callers need one import.
 */
export type { RuntimeFacts } from '../report/types.js';

/** The workflow file that defines the running job. */
export interface WorkflowLocation {
  /** `owner/repo` that holds the file (for a cross-repo reusable workflow, not the running repository). */
  repository: string;
  /** Repository-relative path: `.github/workflows/release.yml`. */
  path: string;
  /** The git ref the workflow was taken from (`refs/heads/main`, `refs/tags/v1`, `refs/pull/7/merge`), or ''. */
  ref: string;
  /** Commit of the file: the only revision it is ever read at. '' when the runner did not say. */
  sha: string;
  /** The job id (`GITHUB_JOB`); matrix legs share it. '' when unknown. */
  job: string;
  /** The job is defined in a reusable workflow called by another file. */
  isReusable: boolean;
  /**
   * Only the calling workflow is known (no `job.workflow_*` inputs): the job being guarded may be inside a
   * reusable workflow it calls, which this run cannot see. The summary says so.
   */
  callerOnly: boolean;
  /** The calling (top-level) workflow, when it differs from the file above. */
  caller?: { repository: string; path: string; ref: string; sha: string };
  /** Where the location came from. */
  source: 'job-inputs' | 'env';
}

/** What the triggering event says about the run. */
export interface EventFacts {
  eventName: string;
  /** `push`: the executing workflow file was added by a commit of the push that triggered it. */
  workflowAdded: boolean;
  /** `push`: the executing workflow file was modified (not added) by the push. */
  workflowModified: boolean;
  /** Short SHAs of the pushed commits that added or modified the workflow file, oldest first. */
  touchingCommits: string[];
  /** `pull_request` (and its review events) from a fork: the runner withholds secrets. */
  forkPullRequest: boolean;
  /**
   * `pull_request_target` from a fork: secrets are present while the change comes from outside; any step that
   * checks out or runs the pull request's code runs it with them.
   */
  forkPullRequestTarget: boolean;
  /** `owner/repo` of a pull request's head, when the event has one. */
  headRepository?: string;
  /** The push payload lists at most 2048 commits; beyond that the answer above may be incomplete. */
  commitsTruncated: boolean;
}

/** Side-effecting checks on the runner, injectable so tests do not depend on the machine. */
export interface RunnerProbes {
  /** True when the process runs inside a container (`/.dockerenv`, container cgroups). */
  inContainer(): Promise<boolean>;
  /**
   * `sudo -n true` succeeds. Absent when not asked: spawning it costs the step 10–20 ms, and only egress control
   * needs the answer (the summary then leaves the row out).
   */
  sudo?: () => Promise<boolean>;
  /** An `iptables` binary answers. */
  iptables(): Promise<boolean>;
}

/** A file read for analysis, and how it was read. */
export interface ReadFile {
  text: string;
  via: 'workspace' | 'api';
  /** Repository-relative path used in findings. */
  file: string;
}
