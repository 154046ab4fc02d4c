import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  cleanPath
} from "./chunk-3GPA56DB.js";
import {
  dumpsSecrets,
  fingerprintOf,
  locateIn,
  mapEntries,
  mapGet,
  parseTree,
  scalarText,
  scalars,
  seqItems,
  stringList
} from "./chunk-IP2GJXWI.js";
import {
  UserError
} from "./chunk-S2LNTRLH.js";

// src/scan/collect.ts
import { posix } from "node:path";
var WORKFLOW_DIR = ".github/workflows";
var MAX_LOCAL_ACTIONS = 100;
function isWorkflowPath(path) {
  const clean = cleanPath(path);
  return posix.dirname(clean) === WORKFLOW_DIR && /\.ya?ml$/i.test(clean);
}
function isActionPath(path) {
  return /^action\.ya?ml$/.test(posix.basename(cleanPath(path)));
}
function localActionDirs(text) {
  const tree = parseTree(text);
  if (!tree) return [];
  const steps = [];
  for (const [, job] of mapEntries(mapGet(tree.root, "jobs"))) steps.push(...seqItems(mapGet(job, "steps")));
  steps.push(...seqItems(mapGet(mapGet(tree.root, "runs"), "steps")));
  const dirs = [];
  for (const step of steps) {
    const uses = scalarText(mapGet(step, "uses"))?.trim();
    if (!uses?.startsWith("./")) continue;
    const dir = cleanPath(uses);
    if (dir.split("/").includes("..") || dirs.includes(dir)) continue;
    dirs.push(dir);
  }
  return dirs;
}
async function readActionFile(source, dir) {
  const clean = cleanPath(dir);
  const candidates = isActionPath(clean) ? [clean] : [posix.join(clean || ".", "action.yml"), posix.join(clean || ".", "action.yaml")].map(cleanPath);
  for (const path of candidates) {
    const text = await source.readFile(path);
    if (text !== null) return { path, text };
  }
  return null;
}
function localActionReader(source, known = /* @__PURE__ */ new Map()) {
  const pending = /* @__PURE__ */ new Map();
  return (path) => {
    const dir = cleanPath(path);
    let answer = pending.get(dir);
    if (!answer) {
      const cached = [dir, posix.join(dir, "action.yml"), posix.join(dir, "action.yaml")].find(
        (p) => known.has(p)
      );
      answer = cached !== void 0 ? Promise.resolve(known.get(cached) ?? null) : readActionFile(source, dir).then((f) => f?.text ?? null);
      pending.set(dir, answer);
    }
    return answer;
  };
}
async function collectRepositoryFiles(source) {
  const [entries, root] = await Promise.all([source.listDir(WORKFLOW_DIR), source.listDir("")]);
  const workflowPaths = (entries ?? []).filter((e) => e.type === "file" && isWorkflowPath(e.path)).map((e) => cleanPath(e.path)).sort();
  const rootAction = (root ?? []).find((e) => e.type === "file" && isActionPath(e.name));
  return collectFiles(source, rootAction ? [...workflowPaths, cleanPath(rootAction.path)] : workflowPaths);
}
async function collectFiles(source, paths, options = {}) {
  const texts = /* @__PURE__ */ new Map();
  const workflows = [];
  const actions = [];
  const missingActions = [];
  const read = await Promise.all(paths.map(async (path) => ({ path, text: await source.readFile(path) })));
  const queue = [];
  for (const { path, text } of read) {
    if (text === null || texts.has(path)) continue;
    texts.set(path, text);
    (isWorkflowPath(path) ? workflows : actions).push(path);
    if (options.followActions !== false)
      queue.push(...localActionDirs(text).map((dir) => ({ from: path, dir })));
  }
  const seenDirs = /* @__PURE__ */ new Set();
  while (queue.length > 0 && seenDirs.size < MAX_LOCAL_ACTIONS) {
    const level = queue.splice(0).filter(({ dir }) => !seenDirs.has(dir) && (seenDirs.add(dir), true));
    const found = await Promise.all(
      level.map(async (ref) => ({ ref, file: await readActionFile(source, ref.dir) }))
    );
    for (const { ref, file } of found) {
      if (!file) {
        missingActions.push(ref);
        continue;
      }
      if (texts.has(file.path)) continue;
      texts.set(file.path, file.text);
      actions.push(file.path);
      if (options.followActions !== false) {
        queue.push(...localActionDirs(file.text).map((dir) => ({ from: file.path, dir })));
      }
    }
  }
  const inputs = [...workflows, ...actions].map((path) => ({ path, content: texts.get(path) ?? "" }));
  return { inputs, texts, workflows, actions, missingActions };
}

// src/scan/ioc.ts
import { posix as posix2 } from "node:path";

// data/ioc.json
var ioc_default = {
  $schema: "./ioc.schema.json",
  version: 1,
  updated: "2026-11-27",
  note: "Indicators of compromise from public incident write-ups, used by `exfil-guard scan --org` and the repository scans. Edit this file to add indicators; the loader validates it against ioc.schema.json's rules and names the entry and field on error. Values are as published by the cited sources: check the source before acting on a match.",
  workflowFiles: [
    {
      id: "shai-hulud-workflow",
      campaign: "Shai-Hulud",
      glob: "shai-hulud-workflow.yml",
      severity: "error",
      description: "The worm pushed this workflow to a `shai-hulud` branch of every repository it could write to; it posts `toJSON(secrets)` to a webhook.site URL.",
      source: "https://www.cisa.gov/news-events/alerts/2025/09/23/widespread-supply-chain-compromise-impacting-npm-ecosystem",
      date: "2025-09-16"
    },
    {
      id: "shai-hulud-workflow-yaml",
      campaign: "Shai-Hulud",
      glob: "shai-hulud*.yaml",
      severity: "error",
      description: "Variants of the Shai-Hulud workflow file name seen in clean-up scripts.",
      source: "https://www.cisa.gov/news-events/alerts/2025/09/23/widespread-supply-chain-compromise-impacting-npm-ecosystem",
      date: "2025-09-23"
    },
    {
      id: "sha1-hulud-discussion-backdoor",
      campaign: "Shai-Hulud 2.0",
      glob: "discussion.y*ml",
      requires: { triggers: ["discussion"], selfHostedRunner: true },
      severity: "error",
      description: "Backdoor workflow: runs the body of any new discussion on a self-hosted runner the worm registered (named SHA1HULUD).",
      source: "https://www.wiz.io/blog/shai-hulud-2-0-ongoing-supply-chain-attack",
      date: "2025-11-24"
    },
    {
      id: "sha1-hulud-formatter",
      campaign: "Shai-Hulud 2.0",
      glob: "formatter_*.yml",
      requires: { dumpsSecrets: true },
      severity: "error",
      description: "Short-lived workflow that writes `toJSON(secrets)` to a file and uploads it as an artifact for the attacker to download.",
      source: "https://www.wiz.io/blog/shai-hulud-2-0-ongoing-supply-chain-attack",
      date: "2025-11-24"
    }
  ],
  domains: [
    {
      id: "ghostaction-exfil-host",
      campaign: "GhostAction",
      host: "bold-dhawan.45-139-104-115.plesk.page",
      severity: "error",
      description: 'The injected "Github Actions Security" workflow sent each repository secret here with curl.',
      source: "https://blog.gitguardian.com/ghostaction-campaign-3-325-secrets-stolen/",
      date: "2025-09-05"
    },
    {
      id: "ghostaction-exfil-ip",
      campaign: "GhostAction",
      host: "45.139.104.115",
      severity: "error",
      description: "Address behind the GhostAction exfiltration host.",
      source: "https://blog.gitguardian.com/ghostaction-campaign-3-325-secrets-stolen/",
      date: "2025-09-05"
    },
    {
      id: "plesk-preview-host",
      campaign: "GhostAction",
      host: "*.plesk.page",
      severity: "warning",
      description: "Plesk's free preview domain, as used by GhostAction; rarely a legitimate destination for CI secrets.",
      source: "https://blog.pypi.org/posts/2025-09-16-github-actions-token-exfiltration/",
      date: "2025-09-16"
    },
    {
      id: "shai-hulud-webhook",
      campaign: "Shai-Hulud",
      host: "webhook.site",
      path: "/bb8ca5f6-4175-45d2-b042-fc9ebb8170b7",
      severity: "error",
      description: "The webhook.site bin the Shai-Hulud workflow posted `toJSON(secrets)` to.",
      source: "https://www.cisa.gov/news-events/alerts/2025/09/23/widespread-supply-chain-compromise-impacting-npm-ecosystem",
      date: "2025-09-16"
    },
    {
      id: "webhook-site",
      campaign: "request bins",
      host: "webhook.site",
      severity: "warning",
      description: "Public request bin: anyone holding the URL reads what is sent. Used by Shai-Hulud and many proofs of concept.",
      source: "https://www.cisa.gov/news-events/alerts/2025/09/23/widespread-supply-chain-compromise-impacting-npm-ecosystem",
      date: "2025-09-23"
    },
    {
      id: "tj-actions-memdump-gist",
      campaign: "tj-actions/changed-files",
      host: "gist.githubusercontent.com",
      path: "/nikitastupin/30e525b776c409e03c2d6f328f254965",
      severity: "error",
      description: "The compromised action downloaded memdump.py from this gist, read the Runner.Worker memory and printed the secrets to the log.",
      source: "https://www.stepsecurity.io/blog/harden-runner-detection-tj-actions-changed-files-action-is-compromised",
      date: "2025-03-14"
    }
  ],
  repositories: [
    {
      id: "s1ngularity-repository",
      campaign: "s1ngularity",
      glob: "s1ngularity-repository*",
      severity: "error",
      description: "The malicious Nx versions published stolen credentials, double base64-encoded, to public repositories of this name in the victim's account.",
      source: "https://github.com/nrwl/nx/security/advisories/GHSA-cxm3-wv7p-598c",
      date: "2025-08-27"
    },
    {
      id: "shai-hulud-repository",
      campaign: "Shai-Hulud",
      glob: "Shai-Hulud",
      severity: "error",
      description: "The worm created a public repository of this name holding the stolen secrets (data.json).",
      source: "https://www.cisa.gov/news-events/alerts/2025/09/23/widespread-supply-chain-compromise-impacting-npm-ecosystem",
      date: "2025-09-16"
    }
  ]
};

// src/scan/ioc.ts
var shipped;
function defaultIocs() {
  return shipped ??= parseIocData(ioc_default, "data/ioc.json");
}
function parseIocData(raw, file) {
  const fail = (where, problem) => {
    throw new UserError(`${file}: ${where}: ${problem}`);
  };
  const top = asObject(raw) ?? fail("(top level)", "expected an object");
  const allowedTop = ["$schema", "version", "updated", "note", "workflowFiles", "domains", "repositories"];
  for (const key of Object.keys(top)) if (!allowedTop.includes(key)) fail(key, "unknown field");
  if (top.version !== 1) fail("version", `expected 1, got ${JSON.stringify(top.version)}`);
  const updated = str(top.updated, "updated", fail);
  if (!DATE.test(updated)) fail("updated", "expected a date YYYY-MM-DD");
  const ids = /* @__PURE__ */ new Set();
  const common = (entry, where, extra) => {
    for (const key of Object.keys(entry)) {
      if (![...COMMON_FIELDS, ...extra].includes(key)) fail(`${where}.${key}`, "unknown field");
    }
    const id = str(entry.id, `${where}.id`, fail);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
      fail(`${where}.id`, "expected lower-case letters, digits and hyphens");
    if (ids.has(id)) fail(`${where}.id`, `"${id}" is used twice`);
    ids.add(id);
    const severity = str(entry.severity, `${where}.severity`, fail);
    if (severity !== "error" && severity !== "warning" && severity !== "note") {
      fail(`${where}.severity`, "expected error, warning or note");
    }
    const source = str(entry.source, `${where}.source`, fail);
    if (!source.startsWith("https://")) fail(`${where}.source`, "expected an https:// URL of the write-up");
    const date = str(entry.date, `${where}.date`, fail);
    if (!DATE.test(date)) fail(`${where}.date`, "expected a date YYYY-MM-DD");
    return {
      id,
      campaign: str(entry.campaign, `${where}.campaign`, fail),
      severity,
      description: str(entry.description, `${where}.description`, fail),
      source,
      date
    };
  };
  const list = (key) => {
    const value = top[key];
    if (!Array.isArray(value)) return fail(key, "expected an array");
    return value.map((item, i) => [
      asObject(item) ?? fail(`${key}[${i}]`, "expected an object"),
      `${key}[${i}]`
    ]);
  };
  const glob = (value, where) => {
    const g = str(value, where, fail);
    if (g.includes("/")) fail(where, 'a name, not a path: no "/"');
    return g;
  };
  const workflowFiles = list("workflowFiles").map(([entry, where]) => {
    const ioc = {
      ...common(entry, where, ["glob", "requires"]),
      glob: glob(entry.glob, `${where}.glob`)
    };
    if (entry.requires !== void 0) {
      const req = asObject(entry.requires) ?? fail(`${where}.requires`, "expected an object");
      const requires = {};
      for (const [key, value] of Object.entries(req)) {
        if (key === "triggers") {
          if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === "string")) {
            fail(`${where}.requires.triggers`, "expected a non-empty list of event names");
          }
          requires.triggers = value;
        } else if (key === "selfHostedRunner" || key === "dumpsSecrets") {
          if (typeof value !== "boolean") fail(`${where}.requires.${key}`, "expected true or false");
          requires[key] = value;
        } else fail(`${where}.requires.${key}`, "unknown condition");
      }
      ioc.requires = requires;
    }
    return ioc;
  });
  const domains = list("domains").map(([entry, where]) => {
    const host = str(entry.host, `${where}.host`, fail).toLowerCase();
    if (!/^(\*\.)?[a-z0-9.:-]+$/.test(host)) fail(`${where}.host`, "expected a host, an IP or *.domain");
    const ioc = { ...common(entry, where, ["host", "path"]), host };
    if (entry.path !== void 0) {
      const path = str(entry.path, `${where}.path`, fail);
      if (!path.startsWith("/")) fail(`${where}.path`, "expected a URL path starting with /");
      ioc.path = path;
    }
    return ioc;
  });
  const repositories = list("repositories").map(([entry, where]) => ({
    ...common(entry, where, ["glob"]),
    glob: glob(entry.glob, `${where}.glob`)
  }));
  return { version: 1, updated, workflowFiles, domains, repositories };
}
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var COMMON_FIELDS = ["id", "campaign", "severity", "description", "source", "date"];
function asObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
}
function str(value, where, fail) {
  if (typeof value !== "string" || value.trim() === "") return fail(where, "expected a non-empty string");
  return value;
}
function globMatches(glob, name) {
  const pattern = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${pattern}$`, "i").test(name);
}
function matchWorkflowFile(iocs, path, text) {
  const name = posix2.basename(path);
  const candidates = iocs.workflowFiles.filter((ioc) => globMatches(ioc.glob, name));
  if (candidates.length === 0) return [];
  const tree = parseTree(text);
  const on = tree ? mapGet(tree.root, "on") : null;
  const triggers = new Set(
    [...stringList(on), ...mapEntries(on).map(([k]) => k)].map((t) => t.toLowerCase())
  );
  const labels = tree ? mapEntries(mapGet(tree.root, "jobs")).flatMap(([, job]) => {
    const runsOn = mapGet(job, "runs-on");
    return [...stringList(runsOn), ...stringList(mapGet(runsOn, "labels"))];
  }) : [];
  const selfHosted = labels.some((l) => l.trim().toLowerCase() === "self-hosted");
  const matches = [];
  for (const ioc of candidates) {
    const req = ioc.requires ?? {};
    if (req.triggers && !req.triggers.some((t) => triggers.has(t.toLowerCase()))) continue;
    if (req.selfHostedRunner !== void 0 && req.selfHostedRunner !== selfHosted) continue;
    if (req.dumpsSecrets !== void 0 && req.dumpsSecrets !== dumpsSecrets(text)) continue;
    matches.push(toMatch(ioc, "workflow-file", path, { line: 1, column: 1 }, name));
  }
  return matches;
}
function matchHostsInFile(iocs, path, text) {
  if (iocs.domains.length === 0) return [];
  const tree = parseTree(text);
  if (!tree) return [];
  const found = /* @__PURE__ */ new Map();
  for (const visit of scalars(tree.root)) {
    for (const ref of hostsIn(visit.value)) {
      const ioc = bestDomain(iocs, ref.host, ref.path);
      if (!ioc || found.has(ioc.id)) continue;
      const shown = ioc.path ? `${ref.host}${ioc.path}` : ref.host;
      found.set(ioc.id, toMatch(ioc, "domain", path, locateIn(tree, visit, ref.host), shown));
    }
  }
  return [...found.values()];
}
function matchDestinations(iocs, findings, already) {
  const seen = new Set(
    already.filter((m) => m.kind === "domain").map((m) => `${m.file}\0${m.matched.replace(/\/.*$/, "")}`)
  );
  const out = [];
  for (const f of findings) {
    for (const dest of f.destinations) {
      const host = dest.toLowerCase();
      const ioc = bestDomain(iocs, host, "");
      const key = `${f.location.file}\0${host}`;
      if (!ioc || seen.has(key)) continue;
      seen.add(key);
      out.push(toMatch(ioc, "domain", f.location.file, f.location, host));
    }
  }
  return out;
}
function matchRepository(iocs, fullName) {
  const name = fullName.slice(fullName.indexOf("/") + 1);
  return iocs.repositories.filter((ioc) => globMatches(ioc.glob, name)).map((ioc) => toMatch(ioc, "repository", null, { line: 0, column: 0 }, fullName));
}
function bestDomain(iocs, host, path) {
  let best;
  let bestRank = 0;
  for (const ioc of iocs.domains) {
    const exact = ioc.host === host;
    const wild = ioc.host.startsWith("*.") && host.endsWith(ioc.host.slice(1));
    if (!exact && !wild) continue;
    if (ioc.path !== void 0 && !path.startsWith(ioc.path)) continue;
    const rank = (ioc.path ? 4 : 0) + (exact ? 2 : 1);
    if (rank > bestRank) [best, bestRank] = [ioc, rank];
  }
  return best;
}
function hostsIn(text) {
  const out = [];
  for (const token of text.split(/[\s"'`<>()[\]{},;|&\\]+/)) {
    if (token === "") continue;
    const scheme = /[a-z][a-z0-9+.-]*:\/\//i.exec(token);
    if (scheme) {
      try {
        const url = new URL(token.slice(scheme.index));
        if (url.hostname)
          out.push({ host: url.hostname.replace(/^\[|\]$/g, "").toLowerCase(), path: url.pathname });
      } catch {
      }
      continue;
    }
    const bare = /^(?:[^@/=\s]+@)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(\/\S*)?$/i.exec(
      token.replace(/^[-\w]*=/, "")
    );
    if (bare?.[1]) out.push({ host: bare[1].toLowerCase(), path: bare[2] ?? "" });
  }
  return out;
}
function toMatch(ioc, kind, file, at, matched) {
  return {
    indicator: ioc.id,
    campaign: ioc.campaign,
    kind,
    severity: ioc.severity,
    file,
    line: at.line,
    column: at.column,
    matched,
    description: ioc.description,
    source: ioc.source,
    date: ioc.date
  };
}
var IOC_RULES = {
  "workflow-file": "ioc-malicious-workflow-file",
  domain: "ioc-exfil-host",
  repository: "ioc-malicious-repository"
};
function iocFindings(matches) {
  return matches.map((m) => {
    const file = m.file ?? "";
    const what = m.kind === "workflow-file" ? `workflow file ${m.matched} matches a known ${m.campaign} indicator` : m.kind === "domain" ? `${m.matched} is a known ${m.campaign} exfiltration endpoint` : `repository ${m.matched} matches a known ${m.campaign} indicator`;
    const rule = IOC_RULES[m.kind];
    return {
      rule,
      severity: m.severity,
      confidence: m.severity === "error" ? "high" : "medium",
      message: `${what}: ${m.description} (${m.source}, ${m.date})`,
      location: { file, line: m.line, column: m.column },
      job: null,
      step: null,
      stepName: null,
      secrets: [],
      destinations: m.kind === "domain" ? [m.matched] : [],
      evidence: [{ text: `indicator ${m.indicator}: ${m.source}` }],
      fix: "Treat the repository as compromised: remove the file or reference, rotate every secret the workflows could read, and review recent pushes and workflow runs.",
      fingerprint: fingerprintOf(rule, file, m.indicator, m.matched)
    };
  });
}

export {
  WORKFLOW_DIR,
  isWorkflowPath,
  isActionPath,
  localActionDirs,
  localActionReader,
  collectRepositoryFiles,
  defaultIocs,
  matchWorkflowFile,
  matchHostsInFile,
  matchDestinations,
  matchRepository,
  iocFindings
};
