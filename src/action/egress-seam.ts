/**
 * Where the action starts and stops egress control. src/egress/ provides `startEgress`/`finishEgress`; until it
 * does, asking for `audit` or `block` is answered with a warning rather than silently ignored.
 */
import * as core from '@actions/core';
import type { Options } from '../options.js';
import type { Policy } from '../policy/types.js';

/** Returns the opaque state post needs (saved in GITHUB_STATE, never secret), or '' when egress is off. */
export function startEgress(options: Options, policy: Policy): Promise<string> {
  void policy;
  if (options.egressPolicy !== 'off') {
    core.warning(
      `egress-policy "${options.egressPolicy}" is not available in this build yet: connections are not ` +
        'filtered; the static analysis still runs',
      { title: 'Exfil Guard: egress' },
    );
  }
  return Promise.resolve('');
}

/** Collects the egress log and restores the firewall; a no-op when main started nothing. */
export function finishEgress(state: string): Promise<void> {
  void state;
  return Promise.resolve();
}
