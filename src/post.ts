/** Entry point of the action's post step. */
import * as core from '@actions/core';
import { describeError } from './action/errors-to-text.js';
import { runPost } from './action/run-post.js';

try {
  await runPost();
} catch (e) {
  const report = describeError(e);
  if (!report.user && report.stack && core.isDebug()) core.debug(report.stack);
  core.setFailed(report.line);
}
