import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  byCodeUnit
} from "./chunk-7VTNRWSX.js";
import {
  SEEN_TIMEOUT,
  parseSeenSet,
  undoEgress
} from "./chunk-D47SHKN7.js";
import {
  formatEndpoint,
  parseEndpoint
} from "./chunk-4LRHTQF6.js";
import "./chunk-XXN2UIB3.js";

// src/egress/dns/events.ts
function parseEvents(text) {
  const events = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const value = JSON.parse(line);
      if (value && typeof value === "object" && typeof value.kind === "string") events.push(value);
    } catch {
    }
  }
  return events;
}

// src/egress/report.ts
function buildReport(input) {
  const namesByAddress = /* @__PURE__ */ new Map();
  const allowed = /* @__PURE__ */ new Map();
  const refusedNames = /* @__PURE__ */ new Map();
  for (const event of input.events) {
    if (event.kind === "allowed" || event.kind === "unlisted") {
      for (const address of event.addresses) {
        const names = namesByAddress.get(address) ?? /* @__PURE__ */ new Set();
        names.add(event.name);
        namesByAddress.set(address, names);
      }
    }
    if (event.kind === "allowed") {
      const entry = allowed.get(event.name) ?? { name: event.name, count: 0, addresses: [] };
      entry.count++;
      entry.addresses = [.../* @__PURE__ */ new Set([...entry.addresses, ...event.addresses])];
      allowed.set(event.name, entry);
    } else if (event.kind === "refused" || event.kind === "unlisted") {
      const entry = refusedNames.get(event.name) ?? {
        kind: "name",
        destination: event.name,
        names: [],
        count: 0,
        firstSeen: event.t
      };
      entry.count++;
      refusedNames.set(event.name, entry);
    }
  }
  const connections = input.seen.map((s) => {
    const v6 = s.address.includes(":");
    const destination = s.port === void 0 ? s.address : v6 ? `[${s.address}]:${s.port}` : `${s.address}:${s.port}`;
    return {
      kind: "connection",
      destination,
      address: s.address,
      ...s.port !== void 0 ? { port: s.port } : {},
      protocol: s.protocol,
      names: [...namesByAddress.get(s.address) ?? []].sort(),
      count: s.packets,
      firstSeen: input.readAt - (SEEN_TIMEOUT - s.timeout) * 1e3
    };
  });
  const refused = [...refusedNames.values(), ...connections].sort(
    (a, b) => (a.firstSeen ?? 0) - (b.firstSeen ?? 0) || byCodeUnit(a.destination, b.destination)
  );
  const report = {
    mode: input.mode,
    blocked: input.mode === "block" ? refused : [],
    audited: input.mode === "audit" ? refused : [],
    allowed: [...allowed.values()].sort((a, b) => byCodeUnit(a.name, b.name)),
    daemonAlive: input.daemonAlive,
    failures: input.failures,
    warnings: input.warnings
  };
  if (input.mode === "audit") report.suggestedAllowlist = suggestAllowlist(input.userEntries, refused);
  return report;
}
function suggestAllowlist(userEntries, refused) {
  const entries = new Set(userEntries);
  const named = new Set(refused.filter((r) => r.kind === "name").map((r) => r.destination));
  for (const name of named) entries.add(name);
  for (const r of refused) {
    if (r.kind !== "connection" || !r.address) continue;
    if (r.names.some((n) => named.has(n))) continue;
    const parsed = parseEndpoint(
      r.port !== void 0 ? r.address.includes(":") ? `[${r.address}]:${r.port}` : `${r.address}:${r.port}` : r.address
    );
    if (!("error" in parsed)) entries.add(formatEndpoint(parsed));
  }
  return ["allowed-endpoints: |", ...[...entries].map((e) => `  ${e}`)].join("\n");
}

// src/egress/finish.ts
async function finishEgress(state, deps) {
  const failures = [];
  const warnings = [];
  const priv = (argv) => state.sudo ? ["sudo", "-n", ...argv] : argv;
  const daemonAlive = await deps.dnsHealthy("127.0.0.1", state.dnsPort, 1e3);
  if (!daemonAlive && state.mode === "block") {
    failures.push(
      "the egress DNS daemon stopped during the job, so name resolution failed closed from then on"
    );
  } else if (!daemonAlive) {
    warnings.push(
      "the egress DNS daemon stopped during the job; names looked up after that were not recorded"
    );
  }
  const seen = [];
  const readAt = deps.now();
  if (!state.sudoDisabled) {
    for (const set of [`${state.names.set}-seen4`, ...state.ipv6 ? [`${state.names.set}-seen6`] : []]) {
      const listed = await deps.run(priv(["ipset", "save", set]));
      if (listed.code === 0) seen.push(...parseSeenSet(listed.stdout));
      else
        warnings.push(
          `could not read the refused connections (${set}): ${listed.stderr.trim().split("\n")[0] ?? ""}`
        );
    }
  }
  const eventsText = await deps.fs.readFile(`${state.dir}/dns-events.jsonl`).catch(() => "");
  const events = parseEvents(eventsText);
  if (state.sudoDisabled) {
    warnings.push(
      "disable-sudo removed sudo, so the rules, the DNS daemon and the resolver change stay until the runner VM is discarded; refused connections by address could not be read"
    );
  } else {
    const undone = await undoEgress(state, deps);
    warnings.push(...undone.problems);
  }
  return buildReport({
    mode: state.mode,
    seen,
    events,
    readAt,
    daemonAlive,
    userEntries: state.userEntries,
    failures,
    warnings
  });
}
export {
  finishEgress
};
