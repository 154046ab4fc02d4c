/**
 * What the report layer takes in. Everything here is plain data so that main, post and the CLI can fill it from
 * whatever they gathered; every field beyond the scan result is optional and its section is left out when absent.
 */
import type { ScanResult } from '../analysis/api.js';
import type { DestinationKind, Rule } from '../analysis/types.js';
import type { FailOn } from '../options.js';

/** `clean`: nothing above note level; otherwise the highest severity among the findings not suppressed. */
export type RunVerdict = 'clean' | 'warning' | 'error';

/** What the formatters need from a rule (a registered `Rule` satisfies it). */
export type RuleInfo = Pick<Rule, 'id' | 'title' | 'severity' | 'rationale' | 'fix'>;

/**
 * Facts about the runner that the workflow file cannot show. Filled by the context layer; every field is
 * optional because each probe can fail or not apply. Names only: never the value of a variable.
 */
export interface RuntimeFacts {
  /** `RUNNER_ENVIRONMENT`: `github-hosted` or `self-hosted`. */
  runnerEnvironment?: string;
  /** `RUNNER_OS` / `RUNNER_ARCH`, e.g. `Linux`, `X64`. */
  os?: string;
  arch?: string;
  /** True when the job runs in a container (`container:`). */
  container?: boolean;
  /** `sudo -n true` succeeded. */
  sudo?: boolean;
  /** An `iptables` binary is usable. */
  iptables?: boolean;
  /** Names of secret-bearing variables present in this step's environment. */
  secretEnvNames?: string[];
  /** Proxy variables that point outside the allowlist: variable name and the proxy's host (no credentials). */
  proxies?: { variable: string; host: string }[];
  /** Injection-prone variables that are set: `NODE_OPTIONS`, `LD_PRELOAD`, `BASH_ENV`, `PROMPT_COMMAND`. */
  injectionVariables?: string[];
  /** `ACTIONS_ID_TOKEN_REQUEST_URL` is set: steps of this job can mint an OIDC token. */
  oidcAvailable?: boolean;
  /** Steps of this job that ran before the guard (0 when the guard is the first step). */
  stepsBeforeGuard?: number;
  /** A `pull_request` from a fork: the runner withholds secrets. */
  forkPullRequest?: boolean;
}

/** Which file and job the report is about. */
export interface WorkflowIdentity {
  /** `owner/repo` that holds the workflow file. */
  repository?: string;
  /** Path of the file inside that repository. */
  path: string;
  /** Commit the file was read at. */
  sha?: string;
  /** The job being guarded. */
  job?: string;
  /**
   * The file lives in another repository than the one running the job (a cross-repo reusable or required
   * workflow). GitHub cannot link annotations into it, so locations go into the message text instead.
   */
  otherRepository?: boolean;
  /** A caveat shown under the banner, e.g. that only the calling workflow of a reusable workflow is known. */
  note?: string;
}

/** One destination seen by the egress layer. */
export interface EgressDestination {
  /** Host name, or the IP when no name is known. */
  host: string;
  port?: number;
  /** Connections or DNS queries counted for it. */
  count: number;
  /** Step names the traffic was attributed to, when known. */
  steps?: string[];
}

/** What the egress layer saw, for the summary. */
export interface EgressReport {
  mode: 'audit' | 'block';
  allowed: EgressDestination[];
  /** In block mode: refused. In audit mode: what block mode would have refused. */
  blocked: EgressDestination[];
  /** Allowlist entries the egress layer proposes (audit mode); merged into the suggested block. */
  suggested?: string[];
  /** Problems the egress layer wants shown (e.g. a daemon restart). */
  problems?: string[];
}

/** How the report classifies a destination it is asked to suggest. Default: a built-in heuristic. */
export type DestinationClassifier = (host: string) => { kind: DestinationKind; service?: string };

export interface ReportInput {
  result: ScanResult;
  failOn: FailOn;
  /** Defaults to `verdictOf(result.findings, failOn)`. */
  verdict?: RunVerdict;
  /** Rule titles and fixes, for titles and SARIF; findings of rules not listed still render. */
  rules?: readonly RuleInfo[];
  runtime?: RuntimeFacts;
  workflow?: WorkflowIdentity;
  egress?: EgressReport;
  /** The text of each analysed file by its path, to show the offending line. */
  sources?: ReadonlyMap<string, string>;
  /** Overrides the built-in destination heuristic used for the suggested allowlist. */
  classify?: DestinationClassifier;
}
