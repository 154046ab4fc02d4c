import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  formatEndpoint,
  parseEndpoint
} from "./chunk-4LRHTQF6.js";
import {
  UserError
} from "./chunk-S2LNTRLH.js";
import "./chunk-XXN2UIB3.js";

// src/egress/apply.ts
import { randomBytes } from "node:crypto";
import { join } from "node:path";

// src/egress/deps.ts
var DEFAULT_PATHS = {
  resolvConf: "/etc/resolv.conf",
  resolvedUpstreams: "/run/systemd/resolve/resolv.conf",
  resolvedDropInDir: "/etc/systemd/resolved.conf.d",
  sudoersDir: "/etc/sudoers.d",
  dockerSocket: "/var/run/docker.sock",
  dockerEnv: "/.dockerenv",
  podmanEnv: "/run/.containerenv"
};

// src/egress/netfilter-text.ts
import { isIP } from "node:net";
function normaliseSave(text) {
  return text.split("\n").filter((line) => !line.startsWith("#") && line.trim() !== "").map((line) => line.replace(/^\[\d+:\d+\]\s*/, "").replace(/^(:\S+ \S+) \[\d+:\d+\]$/, "$1")).join("\n");
}
function chainsOf(text) {
  const tables = /* @__PURE__ */ new Map();
  let current;
  for (const line of text.split("\n")) {
    if (line.startsWith("*")) {
      current = /* @__PURE__ */ new Set();
      tables.set(line.slice(1).trim(), current);
    } else if (line.startsWith(":") && current) {
      current.add(line.slice(1).split(" ")[0] ?? "");
    }
  }
  return tables;
}
function firstDifference(before, after) {
  const a = normaliseSave(before).split("\n");
  const b = normaliseSave(after).split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `before: ${a[i] ?? "(nothing)"}; after: ${b[i] ?? "(nothing)"}`;
  }
  return void 0;
}
function nameservers(text) {
  const servers = [];
  for (const line of text.split("\n")) {
    const [keyword, address] = line.replace(/[#;].*/, "").trim().split(/\s+/);
    if (keyword === "nameserver" && address && isIP(address.replace(/%.*/, "")) !== 0) servers.push(address);
  }
  return servers;
}
function isLoopback(address) {
  return address === "::1" || address.startsWith("127.");
}

// src/egress/plan.ts
import { isIP as isIP2 } from "node:net";
var DEFAULT_PORTS = {
  dns: 53,
  bridge: 53530,
  upstreamUdp: 1011,
  upstreamTcp: [1012, 1019]
};
var BRIDGES = ["docker0", "br-+"];
var DNS_PORTS = [53, 853];
var SEEN_TIMEOUT = 2147483;
function planEgress(input) {
  const ports = input.ports ?? DEFAULT_PORTS;
  const p = input.names.chain;
  const s = input.names.set;
  const chains = {
    out: `${p}-OUT`,
    fwd: `${p}-FWD`,
    br: `${p}-BR`,
    chk: `${p}-CHK`,
    deny: `${p}-DENY`,
    in: `${p}-IN`,
    dns: `${p}-DNS`
  };
  const sets = {
    any4: `${s}-a4`,
    any6: `${s}-a6`,
    port4: `${s}-p4`,
    port6: `${s}-p6`,
    seen4: `${s}-seen4`,
    seen6: `${s}-seen6`
  };
  const endpoints = [...input.required, ...input.allowlist];
  const upstreams = [...new Set(input.upstreams)];
  const hooks = [];
  const families = input.ipv6 ? [4, 6] : [4];
  for (const family of families) {
    const forward = (family === 4 ? input.dockerUser.v4 : input.dockerUser.v6) ? "DOCKER-USER" : "FORWARD";
    hooks.push(
      { family, table: "filter", chain: "OUTPUT", target: chains.out },
      { family, table: "filter", chain: forward, target: chains.fwd },
      { family, table: "filter", chain: "INPUT", target: chains.in },
      { family, table: "nat", chain: "PREROUTING", target: chains.dns }
    );
  }
  const text = (family) => rulesText({ family, mode: input.mode, chains, sets, endpoints, upstreams, ports, hooks });
  const dns = {
    mode: input.mode,
    allow: namePatterns(endpoints),
    upstreams,
    listen: [
      { address: "127.0.0.1", port: ports.dns },
      ...input.ipv6 ? [{ address: "::1", port: ports.dns }] : [],
      { address: "0.0.0.0", port: ports.bridge },
      ...input.ipv6 ? [{ address: "::", port: ports.bridge }] : []
    ],
    upstreamUdpPort: ports.upstreamUdp,
    upstreamTcpPorts: ports.upstreamTcp,
    sets: { any4: sets.any4, any6: sets.any6, port4: sets.port4, port6: sets.port6 },
    minTtl: input.minTtl ?? 600,
    files: {
      events: `${input.dir}/dns-events.jsonl`,
      pid: `${input.dir}/dns-daemon.pid`,
      ready: `${input.dir}/dns-daemon.ready`
    }
  };
  const ipsetRestore = ipsetText(sets, endpoints, input.ipv6);
  const install = [
    { argv: ["ipset", "restore"], stdin: ipsetRestore, why: "create the allow and record ipsets" },
    { argv: ["iptables-restore", "-w", "--noflush"], stdin: text(4), why: "install the IPv4 rules" }
  ];
  if (input.ipv6) {
    install.push({
      argv: ["ip6tables-restore", "-w", "--noflush"],
      stdin: text(6),
      why: "install the IPv6 rules"
    });
  }
  const teardown = [];
  for (const family of families) {
    teardown.push({
      argv: [family === 4 ? "iptables-restore" : "ip6tables-restore", "-w", "--noflush"],
      stdin: removalText(chains, hooks, family),
      why: `remove the IPv${family} rules`
    });
  }
  for (const family of families) {
    for (const table of (family === 4 ? input.newNftTables?.v4 : input.newNftTables?.v6) ?? []) {
      teardown.push({
        argv: ["nft", "delete", "table", family === 4 ? "ip" : "ip6", table],
        why: `delete the ${table} table (IPv${family}) that our rules created`,
        onlyIfEmpty: { save: family === 4 ? "iptables-save" : "ip6tables-save", table }
      });
    }
  }
  for (const name of Object.values(sets)) {
    if (!input.ipv6 && name.endsWith("6")) continue;
    teardown.push({ argv: ["ipset", "destroy", name], why: `destroy ipset ${name}` });
  }
  return {
    mode: input.mode,
    names: input.names,
    chains,
    sets,
    ipsetRestore,
    v4: text(4),
    v6: input.ipv6 ? text(6) : "",
    dns,
    install,
    teardown,
    hooks
  };
}
function rulesText(r) {
  const { chains: c, sets, family } = r;
  const any = family === 4 ? sets.any4 : sets.any6;
  const port = family === 4 ? sets.port4 : sets.port6;
  const seen = family === 4 ? sets.seen4 : sets.seen6;
  const filter = ["*filter"];
  for (const chain of [c.out, c.fwd, c.br, c.chk, c.deny, c.in]) filter.push(`:${chain} - [0:0]`);
  for (const h of r.hooks) {
    if (h.family === family && h.table === "filter") filter.push(`-I ${h.chain} 1 -j ${h.target}`);
  }
  filter.push(`-A ${c.out} -o lo -j RETURN`);
  const [tcpLo, tcpHi] = r.ports.upstreamTcp;
  for (const up of r.upstreams.filter((u) => isIP2(u) === family)) {
    filter.push(
      `-A ${c.out} -d ${hostAddress(up, family)} -p udp -m owner --uid-owner 0 -m udp --sport ${r.ports.upstreamUdp} --dport 53 -j RETURN`,
      `-A ${c.out} -d ${hostAddress(up, family)} -p tcp -m owner --uid-owner 0 -m tcp --sport ${tcpLo}:${tcpHi} --dport 53 -j RETURN`
    );
  }
  filter.push(`-A ${c.out} -g ${c.chk}`);
  for (const bridge of BRIDGES) filter.push(`-A ${c.fwd} -i ${bridge} -g ${c.br}`);
  for (const bridge of BRIDGES) filter.push(`-A ${c.br} -o ${bridge} -j RETURN`);
  filter.push(`-A ${c.br} -g ${c.chk}`);
  filter.push(`-A ${c.chk} -m conntrack --ctstate RELATED,ESTABLISHED -j RETURN`);
  if (family === 4) {
    filter.push(`-A ${c.chk} -p udp -m udp --sport 68 --dport 67 -j RETURN`);
  } else {
    for (const type of [
      "router-solicitation",
      "router-advertisement",
      "neighbour-solicitation",
      "neighbour-advertisement"
    ]) {
      filter.push(`-A ${c.chk} -p ipv6-icmp -m icmp6 --icmpv6-type ${type} -j RETURN`);
    }
    filter.push(`-A ${c.chk} -d ff02::/16 -j RETURN`);
    filter.push(`-A ${c.chk} -p udp -m udp --sport 546 --dport 547 -j RETURN`);
  }
  for (const e of r.endpoints) {
    if (e.kind === "ip" && e.family === family && e.port !== void 0 && DNS_PORTS.includes(e.port)) {
      for (const proto of ["udp", "tcp"]) {
        filter.push(
          `-A ${c.chk} -d ${hostAddress(e.address, family)} -p ${proto} -m ${proto} --dport ${e.port} -j RETURN`
        );
      }
    }
  }
  for (const dnsPort of DNS_PORTS) {
    for (const proto of ["udp", "tcp"])
      filter.push(`-A ${c.chk} -p ${proto} -m ${proto} --dport ${dnsPort} -g ${c.deny}`);
  }
  filter.push(`-A ${c.chk} -m set --match-set ${any} dst -j RETURN`);
  filter.push(`-A ${c.chk} -m set --match-set ${port} dst,dst -j RETURN`);
  filter.push(`-A ${c.chk} -g ${c.deny}`);
  filter.push(`-A ${c.deny} -m set --match-set ${seen} dst,dst`);
  filter.push(`-A ${c.deny} -j SET --add-set ${seen} dst,dst`);
  if (r.mode === "block") {
    filter.push(`-A ${c.deny} -p tcp -j REJECT --reject-with tcp-reset`);
    filter.push(
      `-A ${c.deny} -j REJECT --reject-with ${family === 4 ? "icmp-port-unreachable" : "icmp6-port-unreachable"}`
    );
  }
  filter.push(`-A ${c.in} -i lo -j RETURN`);
  for (const bridge of BRIDGES) filter.push(`-A ${c.in} -i ${bridge} -j RETURN`);
  for (const proto of ["udp", "tcp"]) {
    filter.push(`-A ${c.in} -p ${proto} -m ${proto} --dport ${r.ports.bridge} -j DROP`);
  }
  filter.push("COMMIT");
  const nat = ["*nat", `:${c.dns} - [0:0]`];
  for (const h of r.hooks) {
    if (h.family === family && h.table === "nat") nat.push(`-I ${h.chain} 1 -j ${h.target}`);
  }
  for (const bridge of BRIDGES) {
    for (const proto of ["udp", "tcp"]) {
      nat.push(
        `-A ${c.dns} -i ${bridge} -p ${proto} -m ${proto} --dport 53 -j REDIRECT --to-ports ${r.ports.bridge}`
      );
    }
  }
  nat.push("COMMIT");
  return [...filter, ...nat, ""].join("\n");
}
function removalText(c, hooks, family) {
  const lines = ["*filter"];
  for (const h of hooks)
    if (h.family === family && h.table === "filter") lines.push(`-D ${h.chain} -j ${h.target}`);
  const ours = [c.out, c.fwd, c.br, c.chk, c.deny, c.in];
  for (const chain of ours) lines.push(`-F ${chain}`);
  for (const chain of ours) lines.push(`-X ${chain}`);
  lines.push("COMMIT", "*nat");
  for (const h of hooks)
    if (h.family === family && h.table === "nat") lines.push(`-D ${h.chain} -j ${h.target}`);
  lines.push(`-F ${c.dns}`, `-X ${c.dns}`, "COMMIT", "");
  return lines.join("\n");
}
function ipsetText(sets, endpoints, ipv6) {
  const lines = [];
  for (const family of ipv6 ? [4, 6] : [4]) {
    const inet = family === 4 ? "inet" : "inet6";
    const any = family === 4 ? sets.any4 : sets.any6;
    const port = family === 4 ? sets.port4 : sets.port6;
    const seen = family === 4 ? sets.seen4 : sets.seen6;
    lines.push(`create ${any} hash:net family ${inet} timeout 3600`);
    lines.push(`create ${port} hash:net,port family ${inet} timeout 3600`);
    lines.push(`create ${seen} hash:ip,port family ${inet} timeout ${SEEN_TIMEOUT} counters`);
    for (const e of endpoints) {
      if (e.kind === "host" || e.family !== family) continue;
      const nets = e.kind === "cidr" ? cidrEntries(e.address, e.prefix, family) : [e.address];
      if (e.kind === "ip" && e.port !== void 0) {
        const net = e.address;
        if (DNS_PORTS.includes(e.port)) continue;
        lines.push(
          `add ${port} ${net},tcp:${e.port} timeout 0`,
          `add ${port} ${net},udp:${e.port} timeout 0`
        );
      } else {
        for (const net of nets) lines.push(`add ${any} ${net} timeout 0`);
      }
    }
  }
  return [...lines, ""].join("\n");
}
function namePatterns(endpoints) {
  const byKey = /* @__PURE__ */ new Map();
  for (const e of endpoints) {
    if (e.kind !== "host") continue;
    const key = `${e.wildcard ? "*." : ""}${e.host}`;
    const existing = byKey.get(key);
    const ports = e.port === void 0 ? void 0 : [e.port];
    if (!existing) {
      byKey.set(
        key,
        ports ? { host: e.host, wildcard: e.wildcard, ports } : { host: e.host, wildcard: e.wildcard }
      );
    } else if (existing.ports && ports) {
      existing.ports = [.../* @__PURE__ */ new Set([...existing.ports, ...ports])].sort((a, b) => a - b);
    } else {
      delete existing.ports;
    }
  }
  return [...byKey.values()];
}
function cidrEntries(address, prefix, family) {
  if (prefix > 0) return [`${address}/${prefix}`];
  return family === 4 ? ["0.0.0.0/1", "128.0.0.0/1"] : ["::/1", "8000::/1"];
}
function hostAddress(address, family) {
  return `${address}/${family === 4 ? 32 : 128}`;
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

// data/github-endpoints.json
var github_endpoints_default = {
  source: "https://docs.github.com/en/actions/concepts/runners/communicating-with-self-hosted-runners",
  retrieved: "2026-11-27",
  note: "Hosts a GitHub-hosted or self-hosted runner needs to keep working (job messages, logs, artifacts, caches, actions downloads, the token service, packages), plus the Azure platform addresses every hosted VM uses (wireserver and instance metadata). The egress allowlist always includes them.",
  endpoints: [
    { entry: "github.com", why: "git and the web API front door" },
    { entry: "*.github.com", why: "api.github.com, uploads and codeload and other GitHub services" },
    { entry: "api.github.com", why: "REST and GraphQL API" },
    { entry: "codeload.github.com", why: "downloading actions as tarballs" },
    { entry: "ghcr.io", why: "container actions and packages" },
    { entry: "*.ghcr.io", why: "container registry storage" },
    { entry: "*.actions.githubusercontent.com", why: "job messages, the token service, OIDC, logs" },
    { entry: "pkg.actions.githubusercontent.com", why: "runner and action packages" },
    {
      entry: "results-receiver.actions.githubusercontent.com",
      why: "job results, artifacts v4, caches v2"
    },
    { entry: "objects.githubusercontent.com", why: "release assets and LFS objects" },
    { entry: "objects-origin.githubusercontent.com", why: "release assets origin" },
    { entry: "github-releases.githubusercontent.com", why: "runner updates" },
    { entry: "release-assets.githubusercontent.com", why: "release assets" },
    { entry: "github-registry-files.githubusercontent.com", why: "package registry files" },
    { entry: "pkg-containers.githubusercontent.com", why: "container registry blobs" },
    { entry: "*.pkg.github.com", why: "GitHub Packages" },
    { entry: "*.blob.core.windows.net", why: "storage for logs, artifacts and caches" },
    { entry: "168.63.129.16", why: "Azure wireserver (VM agent, platform DNS on hosted runners)" },
    { entry: "169.254.169.254", why: "Azure instance metadata service" }
  ]
};

// src/egress/required.ts
var REQUIRED_SOURCE = github_endpoints_default.source;
function requiredEndpoints() {
  return github_endpoints_default.endpoints.map(({ entry }) => {
    const parsed = parseEndpoint(entry);
    if ("error" in parsed) throw new Error(`data/github-endpoints.json: ${parsed.error}`);
    return parsed;
  });
}

// src/egress/apply.ts
var EgressFailure = class extends Error {
};
async function startEgress(options, deps) {
  const paths = { ...DEFAULT_PATHS, ...deps.paths };
  const sudo = deps.uid !== 0;
  const priv = (argv) => sudo ? ["sudo", "-n", ...argv] : argv;
  const run = (argv, stdin) => deps.run(priv(argv), stdin === void 0 ? void 0 : { stdin });
  const must = async (command) => {
    const result = await run(command.argv, command.stdin);
    if (result.code !== 0)
      throw new EgressFailure(`could not ${command.why}: ${firstLine(result.stderr || result.stdout)}`);
    return result;
  };
  let state;
  let plan;
  try {
    await checkPlatform(deps, paths, options.env);
    const resolv = await readResolver(deps, paths);
    if (resolv.upstreams.length === 0) {
      throw new EgressFailure(
        `no upstream DNS resolver found in ${resolv.source} (loopback resolvers cannot be used)`
      );
    }
    const id = randomBytes(3).toString("hex");
    const names = options.names ?? { chain: `EXFILGUARD${id}`, set: `exfilguard${id}` };
    const dir = join(options.runnerTemp, `exfil-guard-egress-${names.set}`);
    await deps.fs.mkdir(dir);
    const planInput = {
      mode: options.mode,
      allowlist: options.allowlist,
      required: requiredEndpoints(),
      upstreams: resolv.upstreams,
      names,
      dir,
      ...options.ports ? { ports: options.ports } : {}
    };
    const sets = planEgress({ ...planInput, ipv6: true, dockerUser: { v4: false, v6: false } });
    const destroySets = sets.teardown.filter((c) => c.argv[0] === "ipset");
    state = {
      version: 1,
      mode: options.mode,
      names,
      sudo,
      startedAt: deps.now(),
      dir,
      ipv6: false,
      sudoDisabled: false,
      saved: { v4: join(dir, "iptables.before") },
      userEntries: options.allowlist.map(formatEndpoint),
      teardown: destroySets,
      dnsPort: sets.dns.listen[0]?.port ?? 53
    };
    deps.saveState?.(state);
    const [sudoProbe, v4Save, v6Save, created] = await Promise.all([
      sudo ? deps.run(["sudo", "-n", "true"]) : Promise.resolve(void 0),
      run(["iptables-save"]),
      run(["ip6tables-save"]),
      run(["ipset", "restore"], sets.ipsetRestore)
    ]);
    if (sudoProbe && sudoProbe.code !== 0) {
      throw new EgressFailure("sudo without a password is not available to the runner user");
    }
    if (v4Save.code === 127) throw new EgressFailure("iptables is not installed");
    if (v4Save.code !== 0) throw new EgressFailure(`iptables is not usable: ${firstLine(v4Save.stderr)}`);
    const ipv6 = v6Save.code === 0;
    if (!ipv6 && options.mode === "block") {
      throw new EgressFailure(
        `ip6tables is not usable, so IPv6 could not be filtered: ${firstLine(v6Save.stderr)}`
      );
    }
    if (created.code === 127) throw new EgressFailure("ipset is not installed");
    if (created.code !== 0) {
      throw new EgressFailure(`could not create the allow and record ipsets: ${firstLine(created.stderr)}`);
    }
    const nft = /^# Generated by iptables-save .*\(nf_tables\)/m.test(v4Save.stdout);
    const missing = (save) => nft ? ["filter", "nat"].filter((table) => !chainsOf(save).has(table)) : [];
    const saved = {
      v4: join(dir, "iptables.before"),
      ...ipv6 ? { v6: join(dir, "ip6tables.before") } : {}
    };
    await deps.fs.writeFile(saved.v4, v4Save.stdout);
    if (saved.v6) await deps.fs.writeFile(saved.v6, v6Save.stdout);
    plan = planEgress({
      ...planInput,
      dockerUser: {
        v4: chainsOf(v4Save.stdout).get("filter")?.has("DOCKER-USER") ?? false,
        v6: chainsOf(v6Save.stdout).get("filter")?.has("DOCKER-USER") ?? false
      },
      ipv6,
      newNftTables: { v4: missing(v4Save.stdout), v6: ipv6 ? missing(v6Save.stdout) : [] }
    });
    state.teardown = [...plan.teardown.filter((c) => c.argv[0] !== "ipset"), ...destroySets];
    state.ipv6 = ipv6;
    state.saved = saved;
    deps.saveState?.(state);
    const ruleSteps = plan.install.filter((c) => c.argv[0] !== "ipset");
    const configPath = join(dir, "dns-daemon.json");
    await deps.fs.writeFile(configPath, JSON.stringify(plan.dns, null, 2) + "\n");
    const logFile = join(dir, "dns-daemon.log");
    await Promise.all(ruleSteps.map(must));
    state.rulesAt = deps.now();
    deps.saveState?.(state);
    const daemon = deps.spawnDetached(priv([...deps.daemonArgv, configPath]), logFile);
    await waitReady(deps, plan, logFile, () => daemon.exitCode(), options.readyTimeoutMs ?? 5e3);
    state.daemonPid = Number((await deps.fs.readFile(plan.dns.files.pid)).trim()) || void 0;
    deps.saveState?.(state);
    state.resolvConf = await pointResolver(deps, paths, run, dir, resolv.symlink, ipv6);
    deps.saveState?.(state);
    if (resolv.resolved) {
      state.resolvedDropIn = await pointResolved(paths, run, dir, deps);
      deps.saveState?.(state);
    }
    if (options.disableSudo) {
      await disableSudo(deps, paths, run, options.env);
      state.sudoDisabled = sudo;
      deps.saveState?.(state);
    }
    const summary = `egress ${options.mode}: ${options.allowlist.length} allowed endpoints plus the runner's own, IPv4${ipv6 ? " and IPv6" : ""}, host and containers (${plan.hooks.filter((h) => h.family === 4 && h.table === "filter" && h.chain !== "INPUT").map((h) => h.chain).join(", ")}), DNS through the daemon (upstream ${resolv.upstreams.join(", ")})`;
    return { state, summary, plan };
  } catch (error) {
    if (!(error instanceof EgressFailure)) throw error;
    if (options.mode === "block") {
      throw new UserError(`egress-policy block could not be enforced: ${error.message}`);
    }
    deps.warn(`egress-policy audit is not active: ${error.message}`);
    if (state) {
      await undoEgress(state, deps);
      deps.saveState?.(void 0);
    }
    return { summary: `egress audit not active: ${error.message}` };
  }
}
async function checkPlatform(deps, paths, env) {
  if (deps.platform !== "linux") {
    throw new EgressFailure(`it needs a Linux runner with iptables, and this runner is ${deps.platform}`);
  }
  const inContainer = /slim/i.test(env.ImageOS ?? "") || await deps.fs.exists(paths.dockerEnv) || await deps.fs.exists(paths.podmanEnv);
  if (inContainer && env.EXFIL_GUARD_EGRESS_IN_CONTAINER !== "true") {
    throw new EgressFailure(
      "this step runs inside a container (a container job or ubuntu-slim), where the host firewall cannot be changed"
    );
  }
}
async function readResolver(deps, paths) {
  const symlink = await deps.fs.readlink(paths.resolvConf);
  const text = await deps.fs.readFile(paths.resolvConf).catch(() => "");
  const listed = nameservers(text);
  const resolved = listed.includes("127.0.0.53") || (symlink?.includes("/run/systemd/resolve/") ?? false);
  if (resolved) {
    const upstreamText = await deps.fs.readFile(paths.resolvedUpstreams).catch(() => "");
    const upstreams2 = nameservers(upstreamText).filter((a) => !isLoopback(a));
    return { upstreams: upstreams2, source: paths.resolvedUpstreams, resolved, ...symlink ? { symlink } : {} };
  }
  const upstreams = listed.filter((a) => !isLoopback(a) && !a.includes("%"));
  return { upstreams, source: paths.resolvConf, resolved, ...symlink ? { symlink } : {} };
}
async function waitReady(deps, plan, logFile, exitCode, timeoutMs) {
  const deadline = deps.now() + timeoutMs;
  while (deps.now() < deadline) {
    if (await deps.fs.exists(plan.dns.files.ready)) return;
    const code = exitCode();
    if (code !== void 0) {
      const log = await deps.fs.readFile(logFile).catch(() => "");
      throw new EgressFailure(
        `the DNS daemon exited (${code}) before it was ready: ${lastLine(log) || "no output"}`
      );
    }
    await deps.sleep(10);
  }
  throw new EgressFailure(`the DNS daemon was not ready within ${timeoutMs} ms (log: ${logFile})`);
}
async function pointResolver(deps, paths, run, dir, symlink, ipv6) {
  const original = await deps.fs.readFile(paths.resolvConf).catch(() => "");
  const backup = join(dir, "resolv.conf.before");
  await deps.fs.writeFile(backup, original);
  const options = original.split("\n").filter((l) => /^\s*(search|domain|options)\b/.test(l));
  const ours = join(dir, "resolv.conf");
  await deps.fs.writeFile(
    ours,
    [
      "# written by exfil-guard for this job; restored by its post step",
      "nameserver 127.0.0.1",
      ...ipv6 ? ["nameserver ::1"] : [],
      ...options,
      ""
    ].join("\n")
  );
  if (symlink !== void 0) {
    const removed = await run(["rm", "-f", paths.resolvConf]);
    if (removed.code !== 0)
      throw new EgressFailure(`could not replace ${paths.resolvConf}: ${firstLine(removed.stderr)}`);
  }
  const copied = await run(["cp", ours, paths.resolvConf]);
  if (copied.code !== 0)
    throw new EgressFailure(`could not write ${paths.resolvConf}: ${firstLine(copied.stderr)}`);
  return symlink !== void 0 ? { path: paths.resolvConf, kind: "symlink", target: symlink } : { path: paths.resolvConf, kind: "file", backup };
}
async function pointResolved(paths, run, dir, deps) {
  const active = await run(["systemctl", "is-active", "--quiet", "systemd-resolved"]);
  if (active.code !== 0) return void 0;
  const source = join(dir, "resolved-exfil-guard.conf");
  await deps.fs.writeFile(source, "[Resolve]\nDNS=127.0.0.1\nDomains=~.\nDNSStubListener=yes\n");
  const target = join(paths.resolvedDropInDir, "exfil-guard.conf");
  const steps = [
    ["mkdir", "-p", paths.resolvedDropInDir],
    ["cp", source, target],
    ["systemctl", "restart", "systemd-resolved"]
  ];
  let written = false;
  for (const argv of steps) {
    const result = await run(argv);
    if (result.code !== 0) {
      deps.warn(
        `could not point systemd-resolved at the DNS daemon (${argv.join(" ")}): ${firstLine(result.stderr)}`
      );
      break;
    }
    written ||= argv[0] === "cp";
  }
  return written ? target : void 0;
}
async function disableSudo(deps, paths, run, env) {
  if (deps.uid === 0) {
    deps.warn("disable-sudo has no effect: the job already runs as root");
    return;
  }
  if (await deps.fs.exists(paths.dockerSocket)) {
    for (const argv of [
      ["chown", "root:root", paths.dockerSocket],
      ["chmod", "600", paths.dockerSocket]
    ]) {
      const result = await run(argv);
      if (result.code !== 0)
        throw new EgressFailure(`could not close the Docker socket: ${firstLine(result.stderr)}`);
    }
  }
  const user = env.USER ?? env.LOGNAME ?? "runner";
  const removed = await run(["rm", "-f", join(paths.sudoersDir, user)]);
  if (removed.code !== 0)
    throw new EgressFailure(`could not remove the sudo rights of ${user}: ${firstLine(removed.stderr)}`);
  const still = await deps.run(["sudo", "-n", "true"]);
  if (still.code === 0) {
    throw new EgressFailure(
      `${user} still has sudo after removing ${join(paths.sudoersDir, user)} (granted elsewhere)`
    );
  }
}
function firstLine(text) {
  return text.trim().split("\n")[0]?.trim() ?? "";
}
function lastLine(text) {
  return text.trim().split("\n").at(-1)?.trim() ?? "";
}
export {
  firstLine,
  startEgress
};
