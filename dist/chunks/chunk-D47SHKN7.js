import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);

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

export {
  chainsOf,
  parseSeenSet,
  nameservers,
  isLoopback,
  SEEN_TIMEOUT,
  planEgress,
  undoEgress
};
