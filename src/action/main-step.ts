/** The main step proper: read inputs, run, map errors to one failed-step line. Loaded by src/main.ts. */
import * as core from '@actions/core';
import { describeError } from './errors-to-text.js';
import { runMain } from './run-main.js';
import type { MainPaths } from './run-main.js';
import { readInputs } from '../inputs.js';

export async function mainStep(paths: MainPaths): Promise<void> {
  try {
    await runMain(
      readInputs((name) => core.getInput(name)),
      process.env,
      paths,
    );
  } catch (e) {
    const report = describeError(e);
    if (!report.user && report.stack && core.isDebug()) core.debug(report.stack);
    core.setFailed(report.line);
  }
}
