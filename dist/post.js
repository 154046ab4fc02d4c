import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  finishEgress,
  loadMainState
} from "./chunks/chunk-QGN7SDUJ.js";
import {
  describeError
} from "./chunks/chunk-5DJML5A4.js";
import {
  debug,
  isDebug,
  setFailed
} from "./chunks/chunk-AGCSABST.js";
import "./chunks/chunk-S2LNTRLH.js";
import "./chunks/chunk-XXN2UIB3.js";

// src/action/run-post.ts
async function runPost() {
  const state = loadMainState();
  await finishEgress(state?.egress ?? "");
  if (state === null) {
    debug("exfil-guard post: main saved no state (it failed early or did not run)");
    return;
  }
  debug(`exfil-guard post: main completed=${state.completed}, report ${state.reportFile}`);
}

// src/post.ts
try {
  await runPost();
} catch (e) {
  const report = describeError(e);
  if (!report.user && report.stack && isDebug()) debug(report.stack);
  setFailed(report.line);
}
