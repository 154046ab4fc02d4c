import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  error,
  getState,
  info,
  notice,
  saveState,
  warning
} from "./chunk-AGCSABST.js";
import {
  UserError
} from "./chunk-S2LNTRLH.js";

// src/action/egress-seam.ts
var EGRESS_STATE_KEY = "exfil-guard-egress";
var FAIL_ON_BLOCK_KEY = "exfil-guard-egress-fail-on-block";
async function startEgress(options, ctx) {
  if (options.egressPolicy === "off") return "";
  const [{ startEgress: start }, { systemDeps }, { egressAllowlist }] = await Promise.all([
    import("./apply-J3WN2XZE.js"),
    import("./system-PO4LU23T.js"),
    import("./egress-CLGEUNYB.js")
  ]);
  const allowlist = egressAllowlist(ctx.policy, ctx.job, [], {
    secrets: ctx.secrets,
    ...ctx.githubServerHost ? { githubServerHost: ctx.githubServerHost } : {}
  });
  const deps = {
    ...systemDeps({
      daemonArgv: ctx.daemonArgv,
      warn: (m) => warning(m, { title: "Exfil Guard: egress" })
    }),
    // Saved as soon as anything is installed, so post can undo it even if main stops half-way.
    saveState: (state2) => saveState(EGRESS_STATE_KEY, JSON.stringify(state2))
  };
  const result = await start(
    {
      mode: options.egressPolicy,
      allowlist,
      disableSudo: options.disableSudo,
      runnerTemp: process.env.RUNNER_TEMP ?? "",
      env: process.env
    },
    deps
  );
  info(result.summary);
  if (ctx.policy.egress?.failOnBlock === false) saveState(FAIL_ON_BLOCK_KEY, "false");
  if (!result.state) return "";
  const state = JSON.stringify(result.state);
  saveState(EGRESS_STATE_KEY, state);
  return state;
}
async function finishEgress(state) {
  const failOnBlock = getState(FAIL_ON_BLOCK_KEY) !== "false";
  const saved = state || getState(EGRESS_STATE_KEY);
  if (!saved) return;
  const [{ finishEgress: finish }, { systemDeps }, report] = await Promise.all([
    import("./finish-ND2DY54Z.js"),
    import("./system-PO4LU23T.js"),
    import("./report-QULNEVWR.js")
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

// src/action/outputs.ts
var STATE_KEY = "exfil-guard";
function saveMainState(state) {
  saveState(STATE_KEY, JSON.stringify(state));
}
function loadMainState() {
  const raw = getState(STATE_KEY);
  if (raw === "") return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

export {
  startEgress,
  finishEgress,
  saveMainState,
  loadMainState
};
