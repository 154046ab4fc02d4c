/** Entry point of the action's main step: read inputs, run, map errors to one failed-step line. */
import * as core from '@actions/core';
import { describeError } from './action/errors-to-text.js';
import { runMain } from './action/run-main.js';
import { readInputs } from './inputs.js';

try {
  await runMain(readInputs((name) => core.getInput(name)));
} catch (e) {
  const report = describeError(e);
  if (!report.user && report.stack && core.isDebug()) core.debug(report.stack);
  core.setFailed(report.line);
}
