/** The state main hands to post: names as saved with core.saveState, values never secret. */
import * as core from '@actions/core';

/** What main hands to post. Only paths, flags and modes: post runs with the same step env, secrets never go here. */
export interface MainState {
  /** Set when main got as far as writing its reports. */
  completed: boolean;
  reportFile: string;
  /** Opaque state from the egress layer (chain names, paths), or '' when egress is off. */
  egress: string;
}

export const STATE_KEY = 'exfil-guard';
/** Egress state, saved on its own the moment anything is installed (src/action/egress-seam.ts). */
export const EGRESS_STATE_KEY = 'exfil-guard-egress';
/** The policy file's `egress: fail-on-block: false`, handed to post (which has no policy of its own). */
export const FAIL_ON_BLOCK_KEY = 'exfil-guard-egress-fail-on-block';

export function saveMainState(state: MainState): void {
  core.saveState(STATE_KEY, JSON.stringify(state));
}

export function loadMainState(): MainState | null {
  const raw = core.getState(STATE_KEY);
  if (raw === '') return null;
  try {
    return JSON.parse(raw) as MainState;
  } catch {
    return null;
  }
}
