/**
 * What the main step hands to the post step (saved with core.saveState): names of what was installed and
 * where the files are, so that the post step can collect and undo it. No secrets; nothing the job wrote.
 */
import type { Command, Names } from './plan.js';

export type EnforcedMode = 'audit' | 'block';

export interface EgressState {
  version: 1;
  mode: EnforcedMode;
  /** Chain, set and file names used by this run (unique per run so parallel runs on one host don't collide). */
  names: Names;
  /** Privileged commands go through `sudo -n`. */
  sudo: boolean;
  /** Milliseconds since the epoch when the rules became active. */
  startedAt: number;
  /** Folder (under RUNNER_TEMP) with the daemon's config, logs, pid and the saved pre-state. */
  dir: string;
  /** How /etc/resolv.conf looked before; undefined when it was not changed. */
  resolvConf?: { path: string } & ({ kind: 'symlink'; target: string } | { kind: 'file'; backup: string });
  /** A systemd-resolved drop-in we wrote (removed and resolved restarted in post). */
  resolvedDropIn?: string;
  /** Whether IPv6 rules were installed (ip6tables present). */
  ipv6: boolean;
  /** Whether the run removed the runner user's sudo rights; post then cannot undo anything privileged. */
  sudoDisabled: boolean;
  /** When the rules were installed (ms since the epoch). */
  rulesAt?: number;
  /** Where the daemon answers the host (127.0.0.1). */
  dnsPort: number;
  /** The daemon's own pid (not sudo's). */
  daemonPid?: number;
  /** The user's allowlist entries as written, for the suggested allowlist in audit mode. */
  userEntries: string[];
  /** Commands that remove our rules, chains and sets (from the plan). */
  teardown: Command[];
  /** Files holding `iptables-save` / `ip6tables-save` output taken before anything was installed. */
  saved: { v4: string; v6?: string };
}
