import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  affinityEndpoints,
  affinityLabelGlobMatches
} from "./chunk-K2DITVQ4.js";
import {
  formatEndpoint,
  normaliseHost
} from "./chunk-4LRHTQF6.js";
import "./chunk-XXN2UIB3.js";

// src/policy/egress.ts
function egressAllowlist(policy, jobId, jobDestinations, options = {}) {
  const out = /* @__PURE__ */ new Map();
  const add = (list) => {
    for (const e of list ?? []) {
      const key = `${e.kind}:${formatEndpoint(e)}`;
      if (!out.has(key)) out.set(key, e);
    }
  };
  add(policy.global);
  if (jobId !== null) add(policy.jobs.get(jobId));
  for (const entry of policy.secrets) add(entry.endpoints);
  add(policy.egress?.global);
  if (jobId !== null) add(policy.egress?.jobs.get(jobId));
  if (policy.affinity) {
    const secrets = new Set(options.secrets ?? []);
    for (const d of jobDestinations) for (const s of d.secrets ?? []) secrets.add(s);
    const affinity = options.githubServerHost ? { githubServerHost: options.githubServerHost } : {};
    for (const secret of secrets) {
      add(affinityEndpoints(secret, affinity));
      for (const d of jobDestinations) {
        if (d.host !== null && (d.secrets ?? []).includes(secret) && affinityLabelGlobMatches(secret, d.host)) {
          const host = normaliseHost(d.host);
          add([{ kind: "host", host, wildcard: false, raw: host }]);
        }
      }
    }
  }
  return [...out.values()];
}
export {
  egressAllowlist
};
