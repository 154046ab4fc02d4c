import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  debug,
  error,
  getState,
  isDebug,
  notice,
  setFailed,
  warning
} from "./chunks/chunk-CLZN7PMX.js";
import "./chunks/chunk-XXN2UIB3.js";

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
  constructor(message) {
    super(message.replace(/\s*\n\s*/g, " "));
  }
};

// src/action/errors-to-text.ts
function describeError(e) {
  if (e instanceof UserError) return { line: e.message, user: true, stack: void 0 };
  const err = e instanceof Error ? e : new Error(String(e));
  const first = (err.message.split("\n")[0] ?? "").trim() || err.name;
  return { line: `internal error: ${first} (please report)`, user: false, stack: err.stack };
}

// src/action/outputs.ts
var STATE_KEY = "exfil-guard";
var EGRESS_STATE_KEY = "exfil-guard-egress";
var FAIL_ON_BLOCK_KEY = "exfil-guard-egress-fail-on-block";
function loadMainState() {
  const raw = getState(STATE_KEY);
  if (raw === "") return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

// src/action/egress-post.ts
async function finishEgress(state) {
  const failOnBlock = getState(FAIL_ON_BLOCK_KEY) !== "false";
  const saved = state || getState(EGRESS_STATE_KEY);
  if (!saved) return;
  const [{ finishEgress: finish }, { systemDeps }, report] = await Promise.all([
    import("./chunks/finish-VUQMJIME.js"),
    import("./chunks/system-R53ZNNVS.js"),
    import("./chunks/report-AN6JKSZC.js")
  ]);
  let parsed;
  try {
    parsed = JSON.parse(saved);
  } catch {
    throw new UserError(
      "the egress state saved by the main step is unreadable; the firewall rules were not removed"
    );
  }
  const deps = systemDeps({
    daemonArgv: [],
    warn: (m) => warning(m, { title: "Exfil Guard: egress" })
  });
  const result = await finish(parsed, deps);
  await report.writeSummary(report.renderEgressSummary(report.fromEgressLayer(result)));
  for (const b of result.blocked.slice(0, 10)) {
    const names = b.names.length ? ` (${b.names.join(", ")})` : "";
    error(
      `Blocked ${b.kind === "name" ? "DNS lookup of" : "connection to"} ${b.destination}${names}, ${b.count} time(s)`,
      {
        title: "exfil-guard/egress-blocked"
      }
    );
  }
  if (result.blocked.length > 10)
    notice(`${result.blocked.length - 10} more blocked destinations in the job summary`);
  if (result.failures.length > 0) {
    throw new UserError(
      `Exfil Guard egress enforcement failed during the job: ${result.failures.join("; ")}`
    );
  }
  if (parsed.mode === "block" && result.blocked.length > 0 && failOnBlock) {
    throw new UserError(
      `Exfil Guard blocked ${result.blocked.length} destination(s) outside the allowlist: ${result.blocked.slice(0, 5).map((b) => b.destination).join(", ")}. See the job summary.`
    );
  }
}

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
