/**
 * Policy: which destinations secrets may reach, and which findings are accepted. Built from the built-in
 * per-secret affinity, the config file and the `allowed-endpoints` input.
 */

/** One allowlist entry as the user wrote it, parsed. */
export type Endpoint =
  /** `host` (exact) or `*.host` (subdomains only, not the apex). */
  | { kind: 'host'; host: string; wildcard: boolean; port?: number; raw: string }
  | { kind: 'ip'; address: string; family: 4 | 6; port?: number; raw: string }
  | { kind: 'cidr'; address: string; prefix: number; family: 4 | 6; raw: string };

export interface Suppression {
  rule: string;
  reason: string;
  /** Narrow the suppression; all absent means the rule is off everywhere. */
  file?: string;
  job?: string;
  step?: string;
  secret?: string;
  destination?: string;
}

export interface Policy {
  /** Endpoints every secret may reach (input `allowed-endpoints` + config `allowed-endpoints`). */
  global: Endpoint[];
  /** Per job id. */
  jobs: Map<string, Endpoint[]>;
  /** Per secret name (exact, or a `PREFIX_*` pattern). */
  secrets: { pattern: string; endpoints: Endpoint[] }[];
  /** Built-in affinity (secret name pattern → issuer endpoints); can be turned off in the config file. */
  affinity: boolean;
  suppressions: Suppression[];
  /** Rules switched off or re-levelled in the config file. */
  ruleOverrides: Map<string, 'off' | 'error' | 'warning' | 'note'>;
  /** The config file's `egress:` section: network-only entries (no secret may be sent there) and behaviour. */
  egress?: EgressPolicy;
  /** Where each entry of `global`, `jobs` and `secrets` came from (`input: allowed-endpoints`, `config: jobs.x`). */
  origins?: Map<Endpoint, string>;
}

export interface EgressPolicy {
  /** Fail the job when block mode refused anything; undefined means the default (on in block mode). */
  failOnBlock?: boolean;
  /** Hosts every job may reach over the network; secrets may not be sent there. */
  global: Endpoint[];
  /** Per job id, likewise. */
  jobs: Map<string, Endpoint[]>;
}
