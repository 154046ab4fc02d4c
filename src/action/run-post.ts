/**
 * The action's post step: runs after every other step of the job (post-if: always()). It stops egress control
 * and collects its log; it never fails the job for what main already reported.
 */
import * as core from '@actions/core';
import { finishEgress } from './egress-post.js';
import { loadMainState } from './outputs.js';

export async function runPost(): Promise<void> {
  const state = loadMainState();
  // Egress state is also saved on its own the moment anything is installed, so a main step that failed
  // half-way is still cleaned up here.
  await finishEgress(state?.egress ?? '');
  if (state === null) {
    core.debug('exfil-guard post: main saved no state (it failed early or did not run)');
    return;
  }
  core.debug(`exfil-guard post: main completed=${state.completed}, report ${state.reportFile}`);
}
