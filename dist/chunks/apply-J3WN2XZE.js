import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-S2LNTRLH.js";
import {
  chainsOf,
  isLoopback,
  nameservers,
  planEgress,
  undoEgress
} from "./chunk-D47SHKN7.js";
import {
  formatEndpoint,
  parseEndpoint
} from "./chunk-4LRHTQF6.js";
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
