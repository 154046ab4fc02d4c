import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  formatEndpoint,
  parseEndpoint
} from "./chunk-EJKFYFMH.js";
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

// src/egress/netfilter-text.ts
import { isIP } from "node:net";
function normaliseSave(text) {
  return text.split("\n").filter((line) => !line.startsWith("#") && line.trim() !== "").map((line) => line.replace(/^\[\d+:\d+\]\s*/, "").replace(/^(:\S+ \S+) \[\d+:\d+\]$/, "$1")).join("\n");
}
function firstDifference(before, after) {
  const a = normaliseSave(before).split("\n");
  const b = normaliseSave(after).split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `before: ${a[i] ?? "(nothing)"}; after: ${b[i] ?? "(nothing)"}`;
  }
  return void 0;
}
function parseSeenSet(text) {
  const entries = [];
  for (const line of text.split("\n")) {
    const words = line.trim().split(/\s+/);
    if (words[0] !== "add" || !words[2]) continue;
    const member = words[2];
    const comma = member.lastIndexOf(",");
    const address = member.slice(0, comma);
    const [protocol = "", portText = ""] = member.slice(comma + 1).split(":");
    if (isIP(address) === 0) continue;
    const value = (key) => {
      const index = words.indexOf(key);
      return index >= 0 ? Number(words[index + 1] ?? 0) : 0;
    };
    const port = /^\d+$/.test(portText) ? Number(portText) : void 0;
    entries.push({
      address,
      protocol: port === void 0 && portText ? `${protocol}:${portText}` : protocol,
      ...port !== void 0 && port > 0 ? { port } : {},
      packets: value("packets"),
      timeout: value("timeout")
    });
  }
  return entries;
}

// src/egress/plan.ts
var SEEN_TIMEOUT = 2147483;

// src/compare.ts
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
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

// src/egress/restore.ts
async function undoEgress(state, deps) {
  const problems = [];
  const priv = (argv) => state.sudo ? ["sudo", "-n", ...argv] : argv;
  const run = (argv, stdin) => deps.run(priv(argv), stdin === void 0 ? void 0 : { stdin });
  const attempt = async (why, argv, stdin) => {
    const result = await run(argv, stdin);
    if (result.code !== 0)
      problems.push(`could not ${why}: ${(result.stderr || result.stdout).trim().split("\n")[0] ?? ""}`);
    return result.code === 0;
  };
  const pidFile = await deps.fs.readFile(`${state.dir}/dns-daemon.pid`).catch(() => "");
  const pid = state.daemonPid ?? (Number(pidFile.trim()) || void 0);
  if (pid) await run(["kill", String(pid)]);
  const resolv = state.resolvConf;
  if (resolv?.kind === "symlink") {
    await attempt(`restore the ${resolv.path} symlink`, ["ln", "-sfn", resolv.target, resolv.path]);
  } else if (resolv?.kind === "file") {
    await attempt(`restore ${resolv.path}`, ["cp", resolv.backup, resolv.path]);
  }
  if (state.resolvedDropIn) {
    await attempt("remove the systemd-resolved drop-in", ["rm", "-f", state.resolvedDropIn]);
    await attempt("restart systemd-resolved", ["systemctl", "restart", "systemd-resolved"]);
  }
  for (const step of state.teardown) {
    if (step.onlyIfEmpty) {
      const table = await run([step.onlyIfEmpty.save, "-t", step.onlyIfEmpty.table]);
      if (table.code !== 0 || /^-A /m.test(table.stdout)) continue;
    }
    const ok = (await run(step.argv, step.stdin)).code === 0;
    if (ok) continue;
    if (step.stdin !== void 0) {
      await removeLineByLine(step, run);
    } else {
      await attempt(step.why, step.argv);
    }
  }
  const restored = {};
  for (const [family, file, save] of [
    ["v4", state.saved.v4, "iptables-save"],
    ["v6", state.saved.v6, "ip6tables-save"]
  ]) {
    if (!file) continue;
    const before = await deps.fs.readFile(file).catch(() => void 0);
    const after = await run([save]);
    if (before === void 0 || after.code !== 0) continue;
    const difference = firstDifference(before, after.stdout);
    restored[family] = difference === void 0;
    if (difference)
      problems.push(`${save} differs from before the job (changed during the job?): ${difference}`);
  }
  return { problems, restored };
}
async function removeLineByLine(step, run) {
  const tool = step.argv[0] === "ip6tables-restore" ? "ip6tables" : "iptables";
  let table = "filter";
  for (const line of (step.stdin ?? "").split("\n")) {
    if (line.startsWith("*")) table = line.slice(1);
    else if (line.startsWith("-")) await run([tool, "-w", "-t", table, ...line.split(" ")]);
  }
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
