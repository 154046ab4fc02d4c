/**
 * The analysis vocabulary: flows of secrets to sinks, the findings rules derive from them, and the rule contract.
 */
import type { Job, ModelFile, Step, Workflow } from '../workflow/types.js';
import type { Policy } from '../policy/types.js';
import type { CommentSuppression } from '../policy/suppress.js';
import type { Span, Word } from '../scripts/types.js';

export type Severity = 'error' | 'warning' | 'note';
export type Confidence = 'high' | 'medium' | 'low';

export const severityRank: Record<Severity, number> = { note: 1, warning: 2, error: 3 };

export interface Location {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** One link of an evidence chain: `secrets.PYPI_API_TOKEN`, `env T (job env, line 12)`, `curl -d (line 30)`. */
export interface Evidence {
  text: string;
  location?: Location;
}

export interface Finding {
  rule: string;
  severity: Severity;
  confidence: Confidence;
  /** One sentence in the user's terms. Names secrets, never their values. */
  message: string;
  /** Where the problem is (usually the sink). */
  location: Location;
  /** Where the secret enters, when it differs from the location. */
  source?: Location;
  /** Job id, or null for a file-level finding. */
  job: string | null;
  /** 0-based step index within the job, or null for job- or file-level findings. */
  step: number | null;
  stepName: string | null;
  secrets: string[];
  destinations: string[];
  evidence: Evidence[];
  fix: string;
  /** Stable across unrelated edits: rule, file, job, step identity, secrets and destinations (not line numbers). */
  fingerprint: string;
  /** Set when a suppression matched; suppressed findings are reported but never fail the run. */
  suppressed?: { reason: string; by: 'config' | 'comment' };
}

/** How a destination was classified. */
export type DestinationKind = 'ip' | 'github' | 'exfil-service' | 'host' | 'unknown';

export interface Destination {
  /** The host name or IP, lower-cased; null when it could not be determined statically. */
  host: string | null;
  port?: number;
  /** The text the destination was derived from (a URL, a host argument, an action input). */
  raw: string;
  kind: DestinationKind;
  /** For exfil services: what the service is (`webhook.site: request bin`). */
  service?: string;
  /**
   * Set when the destination is the documented endpoint of the tool or action that receives the secret as its
   * credential (npm publish → registry.npmjs.org, coverallsapp/github-action → coveralls.io): by design, not a leak.
   */
  vouchedBy?: string;
}

export type Verdict = 'allowed' | 'denied' | 'unknown';

/** A secret (or secret-bearing value) as it reaches a sink. */
export interface Taint {
  /** Display name: `PYPI_API_TOKEN`, `GITHUB_TOKEN`, `secrets (all)`, `OIDC token`, `environment (all)`. */
  secret: string;
  /** How it got here, from source to the sink's input. */
  chain: Evidence[];
  /** Where the secret first appears (the `${{ secrets.X }}`). */
  source: Location;
  /** `all` for whole-context dumps (toJSON(secrets), env, printenv, /proc/PID/environ, runner memory). */
  scope: 'one' | 'all';
}

/** What a network tool does with its inputs, as seen by a sink matcher. */
export interface SinkMatch {
  /** The tool as users know it: `curl`, `wget`, `nc`, `requests.post`, `fetch`, `Invoke-WebRequest`, `/dev/tcp`. */
  tool: string;
  /** How it sends: */
  channel: 'http' | 'socket' | 'dns' | 'ssh' | 'ftp' | 'git' | 'registry' | 'cloud' | 'icmp' | 'smtp';
  /** Words that name the destination (a URL, `host`, `host:port`, `user@host`). Empty with `defaultHost`. */
  destinations: Word[];
  /** The destination when none is given explicitly (`npm publish` → registry.npmjs.org). */
  defaultHost?: string;
  /** Words whose content is sent (body, headers, query, DNS labels, argv in general). */
  payload: Word[];
  /** True when the tool sends its stdin (`curl -d @-`, `nc host port`, `ssh host` …). */
  sendsStdin: boolean;
  /** Environment variables the tool reads and sends on its own (`gh` → GH_TOKEN, `twine` → TWINE_PASSWORD). */
  readsEnv: string[];
  /** Credential files the tool reads and sends (`~/.npmrc`, `~/.pypirc`, `~/.netrc`, `~/.docker/config.json`). */
  readsFiles: string[];
  /** Files it uploads (`curl -T f`, `-F x=@f`, `scp f host:`), whose content is sent. */
  uploads: Word[];
  span: Span;
}

/** Where a flow happens: a step of a job (or of a composite action used by that step). */
export interface FlowSite {
  file: ModelFile;
  job: Job | null;
  step: Step | null;
}

/** A secret that can reach a network sink. Rules classify flows into findings. */
export interface Flow {
  site: FlowSite;
  taints: Taint[];
  sink: { tool: string; channel: SinkMatch['channel'] | 'action'; location: Location; text: string };
  /** Per destination: the overall verdict, and which of the flow's secrets the policy does not allow there. */
  destinations: {
    dest: Destination;
    verdict: Verdict;
    allowedBy?: string;
    denied: string[];
    allowed: string[];
  }[];
}

/** Everything a rule may look at. Computed once per file by the engine. */
export interface RuleContext {
  file: ModelFile;
  workflow: Workflow | null;
  policy: Policy;
  flows: Flow[];
  /** Per job: the secret names the job can see (env, with, expressions, inherit), for "job holds secrets" rules. */
  jobSecrets: Map<string, Set<string>>;
  /** Other facts the engine gathered (download-and-execute, env dumps, memory reads, untrusted inputs…). */
  facts: Fact[];
  /** `# exfil-guard: ignore[…]` comments of the file, valid or not. */
  comments: CommentSuppression[];
}

/** A non-flow observation made while walking scripts and steps. */
export type Fact =
  | { kind: 'download-exec'; site: FlowSite; location: Location; text: string; url: string | null }
  | { kind: 'memory-read'; site: FlowSite; location: Location; text: string }
  | { kind: 'env-dump'; site: FlowSite; location: Location; text: string; toNetwork: boolean }
  | { kind: 'untrusted-input'; site: FlowSite; location: Location; expression: string }
  | {
      kind: 'action-with-secret';
      site: FlowSite;
      location: Location;
      action: string;
      pinned: boolean;
      catalogued: boolean;
      secrets: string[];
    }
  | { kind: 'publish-token'; site: FlowSite; location: Location; registry: string; secrets: string[] }
  | { kind: 'oidc-request'; site: FlowSite; location: Location; text: string }
  | { kind: 'unparsed-script'; site: FlowSite; location: Location; language: string; reason: string };

/** A finding as a rule produces it; the engine fills in rule id, fix, fingerprint and suppression. */
export type RuleResult = Omit<Finding, 'rule' | 'fix' | 'fingerprint' | 'suppressed' | 'severity'> & {
  /** Rules may raise or lower their default severity for a specific result (e.g. unpinned → error). */
  severity?: Severity;
};

export interface Rule {
  /** kebab-case, says what it finds: `secret-to-unlisted-host`. */
  id: string;
  title: string;
  /** Default severity of its findings. */
  severity: Severity;
  /** One paragraph: why this matters, with the incident it comes from where there is one. */
  rationale: string;
  /** What to do about a finding. */
  fix: string;
  check(ctx: RuleContext): RuleResult[];
}
