/**
 * The action's post step: runs after every other step of the job (post-if: always()). It stops egress control
 * and collects its log; it never fails the job for what main already reported.
 */
import * as core from '@actions/core';
import { finishEgress } from './egress-seam.js';
import { loadMainState } from './outputs.js';

export async function runPost(): Promise<void> {
  const state = loadMainState();
  if (state === null) {
    core.debug('exfil-guard post: main saved no state (it failed early or did not run); nothing to undo');
    return;
  }
  if (state.egress !== '') await finishEgress(state.egress);
  core.debug(`exfil-guard post: main completed=${state.completed}, report ${state.reportFile}`);
}
