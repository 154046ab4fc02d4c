import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  core_exports,
  setOutput
} from "./chunk-CLZN7PMX.js";
import {
  formatEndpoint,
  ipFamily,
  normaliseHost,
  parseEndpoint
} from "./chunk-EJKFYFMH.js";
import "./chunk-XXN2UIB3.js";

// src/analysis/types.ts
var severityRank = { note: 1, warning: 2, error: 3 };

// src/report/rank.ts
var confidenceRank = { low: 1, medium: 2, high: 3 };
var ruleImportance = [
  "runner-memory-read",
  "secrets-context-dump",
  "secret-to-exfil-service",
  "secret-to-ip-literal",
  "env-dump-to-network",
  "secret-to-unlisted-host",
  "secret-to-unknown-host",
  "workflow-added-by-this-push",
  "untrusted-input-in-secret-job",
  "download-exec-in-secret-job",
  "unpinned-action-with-secret",
  "uncatalogued-action-with-secret",
  "oidc-token-request",
  "trusted-publishing"
];
var keywordImportance = [
  [/memory|dump|exfil|ip-literal/, 3],
  [/secret|token|credential/, 2],
  [/untrusted|inject|download|push/, 1]
];
function importanceOf(rule) {
  const index = ruleImportance.indexOf(rule);
  if (index >= 0) return 100 + ruleImportance.length - index;
  return keywordImportance.find(([pattern]) => pattern.test(rule))?.[1] ?? 0;
}
function compareFindings(a, b) {
  return Number(a.suppressed !== void 0) - Number(b.suppressed !== void 0) || severityRank[b.severity] - severityRank[a.severity] || confidenceRank[b.confidence] - confidenceRank[a.confidence] || importanceOf(b.rule) - importanceOf(a.rule) || compareByLocation(a, b);
}
function compareByLocation(a, b) {
  return compareText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || compareText(a.rule, b.rule) || compareText(a.fingerprint, b.fingerprint) || compareText(a.message, b.message);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function rankFindings(findings) {
  return [...findings].sort(compareFindings);
}

// src/report/verdict.ts
function verdictOf(findings, failOn) {
  const active = findings.filter((f) => f.suppressed === void 0);
  const verdict = active.some((f) => f.severity === "error") ? "error" : active.some((f) => f.severity === "warning") ? "warning" : "clean";
  const failing = failOn === "never" ? [] : active.filter((f) => severityRank[f.severity] >= severityRank[failOn]);
  return { verdict, shouldFail: failing.length > 0, failing: failing.sort(compareByLocation) };
}
function shouldFail(findings, failOn) {
  return verdictOf(findings, failOn).shouldFail;
}
var LISTED_PLACES = 5;
function failureMessage(findings, failOn) {
  const sentence = failureSentence(findings, failOn);
  return sentence === null ? null : `Exfil Guard: ${sentence}. See the job summary.`;
}
function failureSentence(findings, failOn) {
  const { failing } = verdictOf(findings, failOn);
  if (failing.length === 0 || failOn === "never") return null;
  const places = /* @__PURE__ */ new Map();
  for (const f of failing) {
    const key = JSON.stringify([f.location.file, f.job, f.step]);
    if (!places.has(key)) {
      places.set(key, { finding: f, kind: f.step !== null ? "step" : f.job !== null ? "job" : "file" });
    }
  }
  const severalFiles = new Set(failing.map((f) => f.location.file)).size > 1;
  const labels = [...places.values()].map(({ finding: f, kind }) => {
    const at = severalFiles ? `${f.location.file}:${f.location.line}` : `line ${f.location.line}`;
    const name = kind === "step" ? `"${oneLine(f.stepName ?? `step ${(f.step ?? 0) + 1}`)}"` : kind === "job" ? `job "${oneLine(f.job ?? "")}"` : oneLine(f.location.file);
    return `${name} (${at})`;
  });
  const kinds = new Set([...places.values()].map((p) => p.kind));
  const noun = kinds.size > 1 ? "location" : [...kinds][0] ?? "location";
  const count = places.size;
  const subject = `${count} ${noun}${count === 1 ? "" : "s"}`;
  const flows = failing.every((f) => f.secrets.length > 0 && f.destinations.length > 0);
  const level = failOn === "error" ? "error-level findings" : failOn === "warning" ? "warning- or error-level findings" : "findings";
  const predicate = flows ? "can send secrets to hosts the policy does not allow" : `${count === 1 ? "has" : "have"} ${level}`;
  const listed = labels.slice(0, LISTED_PLACES).join(", ");
  const more = labels.length > LISTED_PLACES ? ` and ${labels.length - LISTED_PLACES} more` : "";
  return `${subject} ${predicate}: ${listed}${more}`;
}
function oneLine(text) {
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, " ").trim();
}

// src/report/evidence.ts
function chainText(f) {
  return f.evidence.map((e) => e.text).join(" \u2192 ");
}
function sinkText(f) {
  const texts = f.evidence.map((e) => e.text);
  if (texts.length < 2) return null;
  const last = texts[texts.length - 1] ?? "";
  const endsInDestination = f.destinations.some((d) => last === d || last.includes(d));
  if (!endsInDestination) return last;
  return texts.length >= 3 ? texts[texts.length - 2] ?? null : null;
}

// src/report/annotations.ts
var githubAnnotationLimits = { perType: 10, perJob: 50 };
var levelOf = { error: "error", warning: "warning", note: "notice" };
function planAnnotations(findings, limits = githubAnnotationLimits, context = {}) {
  const titles = new Map((context.rules ?? []).map((r) => [r.id, r.title]));
  const candidates = [
    ...(context.files ?? []).flatMap(
      (f) => f.error === null ? [] : [{ level: "error", make: () => fileErrorAnnotation(f, context.workflow) }]
    ),
    ...rankFindings(findings.filter((f) => f.suppressed === void 0)).map((f) => ({
      level: levelOf[f.severity],
      make: () => findingAnnotation(f, titles.get(f.rule), context.workflow)
    }))
  ];
  const jobBudget = Math.max(0, limits.perJob - (limits.usedInJob ?? 0));
  const fitAll = take(candidates, limits.perType, jobBudget, false);
  if (fitAll.length === candidates.length) return { annotations: fitAll, dropped: 0 };
  const kept = take(candidates, limits.perType, jobBudget, true);
  const dropped = candidates.length - kept.length;
  const canTell = limits.perType > 0 && jobBudget > 0;
  const overflow = {
    level: "notice",
    title: "exfil-guard: more findings",
    message: `${dropped} more finding${dropped === 1 ? "" : "s"} in the job summary (GitHub shows at most ${limits.perType} annotations of each type per step).`
  };
  return { annotations: canTell ? [...kept, overflow] : kept, dropped };
}
function take(candidates, perType, jobBudget, reserve) {
  const left = {
    error: perType,
    warning: perType,
    notice: reserve ? perType - 1 : perType
  };
  let job = reserve ? jobBudget - 1 : jobBudget;
  const kept = [];
  for (const candidate of candidates) {
    if (job <= 0) break;
    if (left[candidate.level] <= 0) continue;
    left[candidate.level] -= 1;
    job -= 1;
    kept.push(candidate.make());
  }
  return kept;
}
function findingAnnotation(f, title, workflow) {
  const lines = [f.message];
  const chain = chainText(f);
  if (chain) lines.push(`Evidence: ${chain}`);
  if (f.fix) lines.push(`Fix: ${f.fix}`);
  return {
    level: levelOf[f.severity],
    title: `exfil-guard/${f.rule}${title ? `: ${title}` : ""}`,
    ...placed(lines.join("\n"), f.location, workflow)
  };
}
function fileErrorAnnotation(file, workflow) {
  const line = new RegExp(`^${escapeRegExp(file.path)}:(\\d+):`).exec(file.error ?? "")?.[1];
  const location = { file: file.path, line: line ? Number(line) : 1, column: 1 };
  return {
    level: "error",
    title: "exfil-guard: file not analysed",
    ...placed(file.error ?? "", location, workflow)
  };
}
function placed(message, at, workflow) {
  if (workflow?.otherRepository) {
    return { message: `${foreignLocation(at, workflow)}: ${message}` };
  }
  const endLine = at.endLine ?? at.line;
  const sameLine = endLine === at.line;
  return {
    message,
    file: at.file,
    line: at.line,
    endLine,
    ...sameLine ? { col: at.column } : {},
    ...sameLine && at.endColumn !== void 0 ? { endColumn: at.endColumn } : {}
  };
}
function foreignLocation(at, workflow) {
  const repo = workflow.repository ? `${workflow.repository}/` : "";
  const sha = workflow.sha ? `@${workflow.sha}` : "";
  return `${repo}${at.file}${sha}:${at.line}`;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function planReportAnnotations(input, limits = githubAnnotationLimits) {
  return planAnnotations(input.result.findings, limits, {
    files: input.result.files,
    ...input.rules ? { rules: input.rules } : {},
    ...input.workflow ? { workflow: input.workflow } : {}
  });
}

// src/report/escape.ts
var MAX_FIELD_CHARS = 300;
var htmlEntities = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function md(text, max = MAX_FIELD_CHARS) {
  const bounded = text.length > max ? `${text.slice(0, max)}\u2026` : text;
  return bounded.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/[&<>]/g, (c) => htmlEntities[c] ?? c).replace(/[|`[\]*~\\$@]|:(?=\/\/)|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\b(www)\./gi, "$1&#46;");
}
function mdCode(text, max = MAX_FIELD_CHARS) {
  return `<code>${md(text, max)}</code>`;
}
function escapeCommandData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(text) {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function terminalSafe(text) {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => {
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
}

// src/report/github.ts
function workflowCommand(a) {
  const properties = [
    ["file", a.file],
    ["line", a.line],
    ["endLine", a.endLine],
    ["col", a.col],
    ["endColumn", a.endColumn],
    ["title", a.title]
  ];
  const list = properties.filter((p) => p[1] !== void 0 && p[1] !== "").map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(",");
  return `::${a.level}${list ? ` ${list}` : ""}::${escapeCommandData(a.message)}`;
}
function formatWorkflowCommands(annotations) {
  return annotations.map((a) => `${workflowCommand(a)}
`).join("");
}
function formatGithub(input, limits = githubAnnotationLimits) {
  return formatWorkflowCommands(planReportAnnotations(input, limits).annotations);
}

// data/exfil-services.json
var exfil_services_default = {
  note: "Hosts of public services that receive arbitrary data from anyone without an account of the receiver's choosing being needed, or that expose a local server to the internet: request bins, paste and file drops, tunnels, out-of-band (OAST) DNS/HTTP catchers. A secret sent there is almost always exfiltration. `*.d` matches d and every subdomain of d. Entries are host-level: a service that shares a host with unrelated features (Discord) is listed for the whole host, which the `what` text says.",
  retrieved: "2026-11-27",
  services: [
    {
      pattern: "webhook.site",
      what: "webhook.site: request bin",
      source: "https://webhook.site/",
      date: "2026-11-27"
    },
    {
      pattern: "*.webhook.site",
      what: "webhook.site: request bin (custom subdomains)",
      source: "https://docs.webhook.site/",
      date: "2026-11-27"
    },
    {
      pattern: "*.dnshook.site",
      what: "webhook.site: DNS request catcher",
      source: "https://docs.webhook.site/",
      date: "2026-11-27"
    },
    {
      pattern: "*.emailhook.site",
      what: "webhook.site: e-mail catcher",
      source: "https://docs.webhook.site/",
      date: "2026-11-27"
    },
    {
      pattern: "*.plesk.page",
      what: "Plesk temporary preview domains (GhostAction's collector)",
      source: "https://www.plesk.com/",
      date: "2026-11-27"
    },
    {
      pattern: "*.ngrok.io",
      what: "ngrok tunnel",
      source: "https://ngrok.com/docs/",
      date: "2026-11-27"
    },
    {
      pattern: "*.ngrok-free.app",
      what: "ngrok tunnel (free plan)",
      source: "https://ngrok.com/docs/",
      date: "2026-11-27"
    },
    {
      pattern: "*.ngrok.app",
      what: "ngrok tunnel",
      source: "https://ngrok.com/docs/",
      date: "2026-11-27"
    },
    {
      pattern: "*.ngrok.dev",
      what: "ngrok tunnel",
      source: "https://ngrok.com/docs/",
      date: "2026-11-27"
    },
    {
      pattern: "bin.equinox.io",
      what: "ngrok client downloads (tunnel set-up)",
      source: "https://ngrok.com/download",
      date: "2026-11-27"
    },
    {
      pattern: "*.pipedream.net",
      what: "Pipedream request bin (RequestBin endpoints, *.m.pipedream.net)",
      source: "https://pipedream.com/requestbin",
      date: "2026-11-27"
    },
    {
      pattern: "*.requestbin.com",
      what: "RequestBin request bin",
      source: "https://pipedream.com/requestbin",
      date: "2026-11-27"
    },
    {
      pattern: "*.requestbin.net",
      what: "requestbin.net request and DNS bin",
      source: "http://requestbin.net/",
      date: "2026-11-27"
    },
    {
      pattern: "*.oast.fun",
      what: "interactsh public OAST server",
      source: "https://github.com/projectdiscovery/interactsh",
      date: "2026-11-27"
    },
    {
      pattern: "*.oast.pro",
      what: "interactsh public OAST server",
      source: "https://github.com/projectdiscovery/interactsh",
      date: "2026-11-27"
    },
    {
      pattern: "*.oast.live",
      what: "interactsh public OAST server",
      source: "https://github.com/projectdiscovery/interactsh",
      date: "2026-11-27"
    },
    {
      pattern: "*.oast.site",
      what: "interactsh public OAST server",
      source: "https://github.com/projectdiscovery/interactsh",
      date: "2026-11-27"
    },
    {
      pattern: "*.oast.online",
      what: "interactsh public OAST server",
      source: "https://github.com/projectdiscovery/interactsh",
      date: "2026-11-27"
    },
    {
      pattern: "*.oast.me",
      what: "interactsh public OAST server",
      source: "https://github.com/projectdiscovery/interactsh",
      date: "2026-11-27"
    },
    {
      pattern: "*.interact.sh",
      what: "interactsh OAST server",
      source: "https://github.com/projectdiscovery/interactsh",
      date: "2026-11-27"
    },
    {
      pattern: "*.burpcollaborator.net",
      what: "Burp Collaborator OAST server",
      source: "https://portswigger.net/burp/documentation/collaborator",
      date: "2026-11-27"
    },
    {
      pattern: "*.oastify.com",
      what: "Burp Collaborator OAST server",
      source: "https://portswigger.net/burp/documentation/collaborator",
      date: "2026-11-27"
    },
    {
      pattern: "*.canarytokens.com",
      what: "Thinkst Canarytokens (HTTP/DNS tokens)",
      source: "https://canarytokens.org/",
      date: "2026-11-27"
    },
    {
      pattern: "*.canarytokens.org",
      what: "Thinkst Canarytokens",
      source: "https://canarytokens.org/",
      date: "2026-11-27"
    },
    {
      pattern: "*.dnslog.cn",
      what: "dnslog.cn DNS catcher",
      source: "http://dnslog.cn/",
      date: "2026-11-27"
    },
    {
      pattern: "*.ceye.io",
      what: "ceye.io DNS/HTTP catcher",
      source: "http://ceye.io/",
      date: "2026-11-27"
    },
    {
      pattern: "*.requestcatcher.com",
      what: "requestcatcher.com request bin",
      source: "https://requestcatcher.com/",
      date: "2026-11-27"
    },
    {
      pattern: "*.beeceptor.com",
      what: "Beeceptor mock endpoints (incl. *.free.beeceptor.com)",
      source: "https://beeceptor.com/",
      date: "2026-11-27"
    },
    {
      pattern: "*.hookbin.com",
      what: "Hookbin request bin",
      source: "https://hookbin.com/",
      date: "2026-11-27"
    },
    {
      pattern: "transfer.sh",
      what: "transfer.sh file drop (curl --upload-file)",
      source: "https://transfer.sh/",
      date: "2026-11-27"
    },
    {
      pattern: "paste.ee",
      what: "paste.ee paste site",
      source: "https://paste.ee/",
      date: "2026-11-27"
    },
    {
      pattern: "*.pastebin.com",
      what: "Pastebin paste site",
      source: "https://pastebin.com/doc_api",
      date: "2026-11-27"
    },
    {
      pattern: "*.hastebin.com",
      what: "Hastebin paste site",
      source: "https://www.toptal.com/developers/hastebin",
      date: "2026-11-27"
    },
    {
      pattern: "*.ghostbin.co",
      what: "Ghostbin paste site",
      source: "https://ghostbin.co/",
      date: "2026-11-27"
    },
    {
      pattern: "0x0.st",
      what: "0x0.st file drop (curl -F file=@\u2026)",
      source: "https://0x0.st/",
      date: "2026-11-27"
    },
    {
      pattern: "file.io",
      what: "file.io file drop",
      source: "https://www.file.io/",
      date: "2026-11-27"
    },
    {
      pattern: "termbin.com",
      what: "termbin paste over netcat (nc termbin.com 9999)",
      source: "https://termbin.com/",
      date: "2026-11-27"
    },
    { pattern: "ix.io", what: "ix.io paste site", source: "http://ix.io/", date: "2026-11-27" },
    {
      pattern: "sprunge.us",
      what: "sprunge paste site",
      source: "http://sprunge.us/",
      date: "2026-11-27"
    },
    {
      pattern: "paste.rs",
      what: "paste.rs paste site",
      source: "https://paste.rs/",
      date: "2026-11-27"
    },
    {
      pattern: "dpaste.com",
      what: "dpaste paste site",
      source: "https://dpaste.com/",
      date: "2026-11-27"
    },
    {
      pattern: "dpaste.org",
      what: "dpaste paste site",
      source: "https://dpaste.org/",
      date: "2026-11-27"
    },
    {
      pattern: "bashupload.com",
      what: "bashupload file drop",
      source: "https://bashupload.com/",
      date: "2026-11-27"
    },
    { pattern: "temp.sh", what: "temp.sh file drop", source: "https://temp.sh/", date: "2026-11-27" },
    {
      pattern: "*.catbox.moe",
      what: "catbox/litterbox file drop",
      source: "https://catbox.moe/",
      date: "2026-11-27"
    },
    {
      pattern: "*.gofile.io",
      what: "gofile file drop",
      source: "https://gofile.io/",
      date: "2026-11-27"
    },
    {
      pattern: "discord.com",
      what: "Discord (webhooks under /api/webhooks; classified for the whole host)",
      source: "https://discord.com/developers/docs/resources/webhook",
      date: "2026-11-27"
    },
    {
      pattern: "discordapp.com",
      what: "Discord (legacy host; webhooks under /api/webhooks; classified for the whole host)",
      source: "https://discord.com/developers/docs/resources/webhook",
      date: "2026-11-27"
    },
    {
      pattern: "api.telegram.org",
      what: "Telegram bot API",
      source: "https://core.telegram.org/bots/api",
      date: "2026-11-27"
    },
    {
      pattern: "*.trycloudflare.com",
      what: "Cloudflare quick tunnel",
      source: "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/trycloudflare/",
      date: "2026-11-27"
    },
    {
      pattern: "*.loca.lt",
      what: "localtunnel tunnel",
      source: "https://theboroer.github.io/localtunnel-www/",
      date: "2026-11-27"
    },
    {
      pattern: "*.serveo.net",
      what: "Serveo SSH tunnel",
      source: "https://serveo.net/",
      date: "2026-11-27"
    },
    {
      pattern: "*.localhost.run",
      what: "localhost.run SSH tunnel",
      source: "https://localhost.run/docs/",
      date: "2026-11-27"
    },
    {
      pattern: "*.lhr.life",
      what: "localhost.run tunnel",
      source: "https://localhost.run/docs/",
      date: "2026-11-27"
    },
    {
      pattern: "*.pinggy.link",
      what: "Pinggy tunnel",
      source: "https://pinggy.io/docs/",
      date: "2026-11-27"
    },
    {
      pattern: "*.bore.pub",
      what: "bore TCP tunnel public server",
      source: "https://github.com/ekzhang/bore",
      date: "2026-11-27"
    },
    {
      pattern: "*.nip.io",
      what: "wildcard DNS mapping a name to the IP address written in it",
      source: "https://nip.io/",
      date: "2026-11-27"
    },
    {
      pattern: "*.sslip.io",
      what: "wildcard DNS mapping a name to the IP address written in it",
      source: "https://sslip.io/",
      date: "2026-11-27"
    }
  ]
};

// src/analysis/destinations.ts
var DOCKER_HUB = "registry-1.docker.io";
var SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
function locate(text, hint) {
  switch (hint) {
    case "url":
      return locateUrl(text, true);
    case "host":
      return locateHostPort(text, 0, text.length, true);
    case "ssh":
      return locateSsh(text);
    case "git":
      return locateGit(text);
    case "registry":
      return locateRegistry(text);
    case "dns":
      return text === "" ? null : { start: 0, end: text.replace(/\.$/, "").length };
  }
}
function locateUrl(text, schemeless) {
  const scheme = SCHEME.exec(text);
  let start;
  if (scheme) {
    const name = (scheme[1] ?? "").toLowerCase();
    if (name === "file" || name === "unix") return null;
    start = scheme[0].length;
  } else if (text.startsWith("//")) {
    start = 2;
  } else if (schemeless) {
    start = 0;
  } else {
    return null;
  }
  let end = text.length;
  for (const c of ["/", "?", "#"]) {
    const i = text.indexOf(c, start);
    if (i >= 0 && i < end) end = i;
  }
  return locateHostPort(text, start, end, true);
}
function locateHostPort(text, start, end, allowUser) {
  let from = start;
  if (allowUser) {
    const at = text.lastIndexOf("@", end - 1);
    if (at >= start) from = at + 1;
  }
  if (from >= end) return null;
  if (text[from] === "[") {
    const close = text.indexOf("]", from);
    if (close < 0 || close >= end) return null;
    const port = portAt(text, close + 1, end);
    if (port === false) return null;
    return withPort({ start: from + 1, end: close }, port);
  }
  const hostEnd = text.indexOf(":", from);
  if (hostEnd >= 0 && hostEnd < end) {
    const rest = text.slice(from, end);
    if (ipFamily(rest) === 6) return { start: from, end };
    const port = portAt(text, hostEnd, end);
    if (hostEnd === from) return null;
    return withPort({ start: from, end: hostEnd }, port === false ? void 0 : port);
  }
  return { start: from, end };
}
function portAt(text, colon, end) {
  if (colon >= end) return void 0;
  if (text[colon] !== ":") return false;
  const digits = text.slice(colon + 1, end);
  if (/^\d{1,5}$/.test(digits)) return Number(digits);
  return void 0;
}
function withPort(loc, port) {
  return port !== void 0 && port > 0 && port < 65536 ? { ...loc, port } : loc;
}
function locateSsh(text) {
  if (SCHEME.test(text)) return locateUrl(text, false);
  const dbl = text.indexOf("::");
  if (dbl > 0 && !text.startsWith("[")) return locateHostPort(text, 0, dbl, true);
  const at = text.indexOf("@");
  const hostStart = at >= 0 ? at + 1 : 0;
  if (text[hostStart] === "[") {
    const close = text.indexOf("]", hostStart);
    return close > hostStart ? { start: hostStart + 1, end: close } : null;
  }
  const colon = text.indexOf(":", hostStart);
  const slash = text.indexOf("/");
  if (colon >= 0 && slash >= 0 && slash < colon) return null;
  const end = colon >= 0 ? colon : text.length;
  return end > hostStart ? { start: hostStart, end } : null;
}
function locateGit(text) {
  if (SCHEME.test(text)) return locateUrl(text, false);
  if (text.startsWith("/") || text.startsWith(".") || text.startsWith("~")) return null;
  const colon = text.indexOf(":");
  if (colon <= 0) return null;
  const slash = text.indexOf("/");
  if (slash >= 0 && slash < colon) return null;
  return locateSsh(text);
}
function locateRegistry(text) {
  if (SCHEME.test(text)) return locateUrl(text, false);
  const slash = text.indexOf("/");
  const first = slash >= 0 ? text.slice(0, slash) : text;
  if (slash >= 0 && !(first.includes(".") || first.includes(":") || first === "localhost")) return null;
  if (slash < 0 && !(first.includes(".") || first === "localhost" || /:\d+$/.test(first))) return null;
  return locateHostPort(text, 0, first.length, false);
}
function hostFromText(text, hint) {
  const trimmed = text.trim().replace(/^(['"])(.*)\1$/s, "$2");
  if (hint === "registry" && !trimmed.includes("/") && !trimmed.includes(".") && !SCHEME.test(trimmed)) {
    return trimmed === "" || trimmed === "localhost" ? null : { host: DOCKER_HUB };
  }
  const loc = locate(trimmed, hint);
  if (hint === "registry" && loc === null) return trimmed === "" ? null : { host: DOCKER_HUB };
  if (!loc) return null;
  let host = normaliseHost(trimmed.slice(loc.start, loc.end));
  if (host === "" || /[\s/\\]/.test(host)) return null;
  if (hint === "dns") host = registrableDomain(host);
  if (hint === "registry" && (host === "docker.io" || host === "index.docker.io")) host = DOCKER_HUB;
  return loc.port !== void 0 ? { host, port: loc.port } : { host };
}
var TWO_LABEL_SUFFIXES = /* @__PURE__ */ new Set([
  "co.uk",
  "org.uk",
  "ac.uk",
  "gov.uk",
  "me.uk",
  "com.au",
  "net.au",
  "org.au",
  "co.nz",
  "co.jp",
  "ne.jp",
  "or.jp",
  "com.br",
  "com.cn",
  "net.cn",
  "org.cn",
  "com.tw",
  "co.in",
  "co.kr",
  "co.za",
  "com.mx",
  "com.tr",
  "com.sg",
  "com.hk"
]);
function registrableDomain(name) {
  const host = normaliseHost(name);
  if (ipFamily(host) || ipLiteral(host)) return host;
  const labels = host.split(".").filter((l) => l !== "");
  const n = TWO_LABEL_SUFFIXES.has(labels.slice(-2).join(".")) ? 3 : 2;
  return labels.slice(-n).join(".");
}
function ipLiteral(host) {
  const h = host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (ipFamily(h) === 6) return h;
  const pieces = h.split(".");
  if (pieces.length > 4 || pieces.some((p) => !/^(0x[0-9a-f]*|[0-9]+)$/.test(p))) return null;
  const values = pieces.map(
    (p) => p.startsWith("0x") ? parseInt(p.slice(2) || "0", 16) : /^0[0-7]+$/.test(p) ? parseInt(p, 8) : Number(p)
  );
  if (values.some((v) => !Number.isFinite(v))) return null;
  if (pieces.some((p) => /^0\d*[89]/.test(p))) return null;
  const last = values.at(-1) ?? 0;
  const head = values.slice(0, -1);
  if (head.some((v) => v > 255)) return null;
  const restBytes = 4 - head.length;
  if (last >= 2 ** (8 * restBytes)) return null;
  const bytes = [...head];
  for (let i = restBytes - 1; i >= 0; i--) bytes.push(Math.floor(last / 2 ** (8 * i)) % 256);
  return bytes.join(".");
}
var services = exfil_services_default.services;
function matchesPattern(host, pattern) {
  if (pattern.startsWith("*.")) {
    const apex = pattern.slice(2);
    return host === apex || host.endsWith(`.${apex}`);
  }
  return host === pattern;
}
var GITHUB_PATTERNS = [
  "github.com",
  "*.github.com",
  "*.githubusercontent.com",
  "ghcr.io",
  "*.ghcr.io",
  "*.ghe.com"
];
function classifyHost(rawHost, options = {}) {
  const host = normaliseHost(rawHost.replace(/^\[(.*)\]$/, "$1"));
  const ip = ipLiteral(host);
  if (ip !== null) {
    return ip === host ? { kind: "ip" } : { kind: "ip", service: `IP address ${ip} written as ${host}` };
  }
  if (GITHUB_PATTERNS.some((p) => matchesPattern(host, p))) return { kind: "github" };
  const ghes = options.githubHost ? githubHostOf(options.githubHost) : null;
  if (ghes && (host === ghes || host.endsWith(`.${ghes}`)))
    return { kind: "github", service: "GitHub Enterprise" };
  const service = services.find((s) => matchesPattern(host, s.pattern));
  if (service) return { kind: "exfil-service", service: service.what };
  return { kind: "host" };
}
function githubHostOf(serverUrl) {
  const hp = hostFromText(serverUrl, "url");
  return hp ? hp.host : null;
}

// src/report/suggest.ts
var defaultClassifier = (host) => {
  const c = classifyHost(host);
  if (c.kind === "ip") return { kind: "ip" };
  if (c.kind === "exfil-service")
    return c.service ? { kind: "exfil-service", service: c.service } : { kind: "exfil-service" };
  return { kind: "host" };
};
function suggestAllowlist(findings, egress, classify = defaultClassifier) {
  const denied = findings.filter((f) => f.suppressed === void 0 && f.severity !== "note");
  const raw = [
    ...denied.flatMap((f) => f.destinations),
    ...(egress?.blocked ?? []).map((d) => d.host),
    ...egress?.suggested ?? []
  ];
  const allow = /* @__PURE__ */ new Set();
  const doNotAllow = /* @__PURE__ */ new Map();
  const undetermined = /* @__PURE__ */ new Set();
  for (const text of raw) {
    const parsed = parseEndpoint(text);
    if ("error" in parsed) {
      undetermined.add(text);
      continue;
    }
    if (parsed.kind !== "host") {
      const address = parsed.kind === "ip" ? parsed.address : formatEndpoint(parsed);
      doNotAllow.set(address, "IP literal: name the host you mean, so the policy stays readable");
      continue;
    }
    const entry = formatEndpoint(parsed);
    const kind = classify(parsed.host);
    if (kind.kind === "exfil-service" || kind.kind === "ip") {
      doNotAllow.set(entry, kind.service ?? "known exfiltration service");
    } else {
      allow.add(entry);
    }
  }
  for (const entry of doNotAllow.keys()) allow.delete(entry);
  return {
    allow: [...allow].sort(compareText),
    doNotAllow: [...doNotAllow].map(([host, reason]) => ({ host, reason })).sort((a, b) => compareText(a.host, b.host)),
    undetermined: [...undetermined].sort(compareText)
  };
}

// src/report/summary.ts
var SUMMARY_MAX_BYTES = 1e6;
var Lines = class {
  lines = [];
  bytes = 0;
  push(...lines) {
    for (const line of lines) this.pushSized(line, Buffer.byteLength(line, "utf8"));
  }
  /** `text` may hold several lines; `bytes` is its UTF-8 size. */
  pushSized(text, bytes) {
    this.lines.push(text);
    this.bytes += bytes + 1;
  }
  text() {
    return `${this.lines.join("\n")}
`;
  }
};
function renderSummary(input, options = {}) {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const findings = input.result.findings;
  const outcome = verdictOf(findings, input.failOn);
  const prepared = {
    input,
    verdict: input.verdict ?? outcome.verdict,
    shouldFail: outcome.shouldFail,
    ranked: rankFindings(findings.filter((f) => f.suppressed === void 0)),
    suppressed: findings.filter((f) => f.suppressed !== void 0).sort(compareByLocation),
    titles: new Map((input.rules ?? []).map((r) => [r.id, r.title])),
    suggestion: suggestAllowlist(findings, input.egress, input.classify),
    pieces: /* @__PURE__ */ new Map(),
    rankOf: /* @__PURE__ */ new Map(),
    ordered: [],
    failure: failureSentence(findings, input.failOn)
  };
  prepared.ranked.forEach((f, i) => prepared.rankOf.set(f, i));
  prepared.ordered = [...prepared.ranked].sort(
    (a, b) => compareText(a.location.file, b.location.file) || compareText(a.job ?? "", b.job ?? "") || (a.step ?? -1) - (b.step ?? -1) || compareByLocation(a, b)
  );
  const eligible = prepared.ranked.filter((f) => f.severity !== "note").length;
  const full = { rows: prepared.ranked.length, details: eligible, listCap: longestList(prepared) };
  const whole = render(prepared, full, maxBytes);
  if (size(whole) <= maxBytes) return whole.out.text();
  const verdicts = /* @__PURE__ */ new Map([[budgetKey(full), false]]);
  const fits = (b) => {
    const key = budgetKey(b);
    let ok = verdicts.get(key);
    if (ok === void 0) {
      ok = size(render(prepared, b, maxBytes)) <= maxBytes;
      verdicts.set(key, ok);
    }
    return ok;
  };
  let budget = full;
  const shrink = (knob, floor) => {
    if (fits(budget)) return;
    const lowest = Math.min(floor, budget[knob]);
    budget = { ...budget, [knob]: largest(lowest, budget[knob], (n) => fits({ ...budget, [knob]: n })) };
  };
  shrink("listCap", LIST_FLOOR);
  shrink("details", 0);
  shrink("listCap", 0);
  if (!fits(budget)) {
    const withEvidence = (rows) => ({ ...budget, rows, details: Math.min(rows, DETAIL_FLOOR) });
    budget = withEvidence(largest(0, full.rows, (r) => fits(withEvidence(r))));
    shrink("details", 0);
  }
  if (budget.rows < full.rows) {
    budget = {
      ...budget,
      details: largest(budget.details, eligible, (d) => fits({ ...budget, details: d }))
    };
  }
  const rendered = render(prepared, budget, maxBytes);
  return size(rendered) <= maxBytes ? rendered.out.text() : hardCut(rendered.out.text(), maxBytes);
}
function budgetKey(b) {
  return `${b.rows}/${b.details}/${b.listCap}`;
}
var LIST_FLOOR = 20;
var DETAIL_FLOOR = 25;
function largest(lo, hi, ok) {
  let best = lo;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}
function size(r) {
  return typeof r === "string" ? Buffer.byteLength(r, "utf8") : r.out.bytes;
}
function hardCut(text, maxBytes) {
  const note = "\n\n_The summary was cut here to stay under GitHub\u2019s 1 MiB step summary limit._\n";
  const room = Math.max(0, maxBytes - size(note));
  let cut = Buffer.from(text, "utf8").subarray(0, room).toString("utf8");
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf("\n")));
  return `${cut}${note}`;
}
function longestList(p) {
  const { input, suggestion } = p;
  return Math.max(
    input.result.files.length,
    p.suppressed.length,
    input.egress?.allowed.length ?? 0,
    input.egress?.blocked.length ?? 0,
    input.egress?.problems?.length ?? 0,
    input.runtime?.secretEnvNames?.length ?? 0,
    input.runtime?.proxies?.length ?? 0,
    input.runtime?.injectionVariables?.length ?? 0,
    suggestion.allow.length,
    suggestion.doNotAllow.length,
    suggestion.undetermined.length
  );
}
function render(p, budget, maxBytes) {
  const out = new Lines();
  const state = { omittedRows: 0, omittedDetails: 0, omittedListItems: 0 };
  const cap = (items) => {
    if (items.length <= budget.listCap) return [...items];
    state.omittedListItems += items.length - budget.listCap;
    return items.slice(0, budget.listCap);
  };
  banner(p, out);
  fileErrors(p, out, cap);
  findingsSection(p, budget, out, state, maxBytes);
  runtimeSection(p, out, cap);
  egressSection(p.input.egress, out, cap);
  suggestionSection(p, out, cap);
  suppressedSection(p, out, cap);
  const omitted = [
    state.omittedRows ? `${state.omittedRows} findings` : "",
    state.omittedDetails ? `the evidence of ${state.omittedDetails} findings` : "",
    state.omittedListItems ? `${state.omittedListItems} list entries` : ""
  ].filter(Boolean);
  if (omitted.length > 0) {
    out.push(
      "",
      `_Shortened to stay under GitHub\u2019s step summary limit (${Math.floor(maxBytes / 1e3)} kB here): ${listing(omitted)} are not shown. The JSON and SARIF reports list every finding._`
    );
  }
  return { out, ...state };
}
function listing(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function banner(p, out) {
  const { input, verdict, shouldFail: shouldFail2, ranked, suppressed } = p;
  const icon = verdict === "error" ? "\u274C" : verdict === "warning" ? "\u26A0\uFE0F" : "\u2705";
  const stopped = shouldFail2 ? " \u2014 job stopped" : "";
  out.push(`## ${icon} Exfil Guard: ${verdict}${stopped}`, "");
  const sentence = p.failure;
  const unreadable = input.result.files.filter((f) => f.error !== null).length;
  const analysed = input.result.files.length - unreadable;
  if (sentence !== null) {
    out.push(`**${md(sentence, 2e3)}.**`, "");
  } else if (ranked.length === 0) {
    out.push(`No finding in ${plural(analysed, "analysed file")}.`, "");
  }
  const count = (s) => ranked.filter((f) => f.severity === s).length;
  const parts = [
    plural(count("error"), "error"),
    plural(count("warning"), "warning"),
    plural(count("note"), "note"),
    `${suppressed.length} suppressed`,
    `${plural(analysed, "file")} analysed${unreadable ? `, ${unreadable} could not be read` : ""}`,
    `fail-on: ${input.failOn}`
  ];
  out.push(parts.join(" \xB7 "), "");
  const w = input.workflow;
  if (w) {
    const where = `${w.repository ? `${w.repository}/` : ""}${w.path}`;
    const at = w.sha ? ` at ${mdCode(w.sha.slice(0, 12))}` : "";
    const job = w.job ? `, job ${mdCode(w.job)}` : "";
    const other = w.otherRepository ? " (in another repository)" : "";
    out.push(`Workflow ${mdCode(where)}${at}${job}${other}`, "");
    if (w.note) out.push(`> ${md(w.note, 1e3)}`, "");
  }
}
function fileErrors(p, out, cap) {
  const failed = p.input.result.files.filter((f) => f.error !== null);
  if (failed.length === 0) return;
  out.push("### Files that could not be analysed", "");
  for (const f of cap(failed)) out.push(`- ${mdCode(f.error ?? "", 1e3)}`);
  out.push("");
}
var statusText = {
  "not allowed": "\u26D4 not allowed",
  unknown: "\u2754 unknown",
  allowed: "\u2705 allowed",
  "\u2014": "\u2014"
};
function statusOf(f, destination) {
  if (destination === null) return "\u2014";
  if ("error" in parseEndpoint(destination)) return "unknown";
  return f.severity === "note" ? "allowed" : "not allowed";
}
function findingsSection(p, budget, out, state, maxBytes) {
  if (p.ranked.length === 0) return;
  const shown = p.ranked.slice(0, budget.rows);
  state.omittedRows += p.ranked.length - shown.length;
  const eligible = shown.filter((f) => f.severity !== "note");
  const detailed = new Set(eligible.slice(0, budget.details));
  state.omittedDetails += p.ranked.filter((f) => f.severity !== "note").length - detailed.size;
  if (shown.length === 0) return;
  out.push("### Findings", "");
  const ordered = p.ordered.filter((f) => (p.rankOf.get(f) ?? 0) < budget.rows);
  let file = null;
  let job;
  let group = [];
  const flush = () => {
    if (group.length > 0) stepGroup(p, group, detailed, out);
    group = [];
  };
  for (const f of ordered) {
    if (out.bytes > maxBytes) break;
    if (f.location.file !== file) {
      flush();
      file = f.location.file;
      job = void 0;
      out.push(`#### ${mdCode(file)}`, "");
    }
    if (f.job !== job) {
      flush();
      job = f.job;
      if (job !== null) out.push(`Job ${mdCode(job)}`, "");
    }
    const head = group[0];
    if (head && head.step !== f.step) flush();
    group.push(f);
  }
  flush();
}
function stepGroup(p, group, detailed, out) {
  const first = group[0];
  if (!first) return;
  let line = first.location.line;
  for (const f of group) line = Math.min(line, f.location.line);
  const label = first.step !== null ? `Step ${first.step + 1}${first.stepName ? `: ${md(first.stepName)}` : ""}` : first.job !== null ? "Job level" : "File level";
  out.push(`**${label}** \xB7 line ${line}`, "");
  out.push(
    "| Secrets | Sink | Destination | Status | Line | Rule |",
    "| --- | --- | --- | --- | --- | --- |"
  );
  for (const f of group) {
    const piece = pieceOf(p, f);
    out.pushSized(piece.rows, piece.rowBytes);
  }
  out.push("");
  let details = 0;
  for (const f of group) {
    const piece = pieceOf(p, f);
    if (!detailed.has(f) || piece.detail === null) continue;
    out.pushSized(piece.detail, piece.detailBytes);
    details += 1;
  }
  if (details > 0) out.push("");
}
function pieceOf(p, f) {
  const cached = p.pieces.get(f);
  if (cached) return cached;
  const secrets = f.secrets.length > 0 ? f.secrets.map((s) => mdCode(s)).join(", ") : "\u2014";
  const sink = sinkText(f);
  const destinations = f.destinations.length > 0 ? f.destinations : [null];
  const rows = destinations.map(
    (d) => `| ${secrets} | ${sink === null ? "\u2014" : md(sink)} | ${d === null ? "\u2014" : mdCode(d)} | ${statusText[statusOf(f, d)]} | ${f.location.line} | ${md(f.rule)} |`
  ).join("\n");
  let detail = null;
  if (f.severity !== "note") {
    const icon = f.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
    const title = p.titles.get(f.rule);
    const lines = [
      `- ${icon} **${md(f.rule)}**${title ? ` (${md(title)})` : ""}, line ${f.location.line}, ${f.confidence} confidence: ${md(f.message, 1e3)}`
    ];
    if (f.evidence.length > 0) lines.push(`  <br>Evidence: ${md(chainText(f), 2e3)}`);
    if (f.fix) lines.push(`  <br>Fix: ${md(f.fix, 1e3)}`);
    detail = lines.join("\n");
  }
  const piece = {
    rows,
    rowBytes: Buffer.byteLength(rows, "utf8"),
    detail,
    detailBytes: detail === null ? 0 : Buffer.byteLength(detail, "utf8")
  };
  p.pieces.set(f, piece);
  return piece;
}
function yesNo(value, yes, no) {
  return value === void 0 ? null : value ? yes : no;
}
function runtimeSection(p, out, cap) {
  const r = p.input.runtime;
  if (!r) return;
  const names = (list) => cap(list).map((n) => mdCode(n)).join(", ");
  const rows = [
    [
      "Runner",
      r.runnerEnvironment || r.os || r.arch ? md([r.runnerEnvironment, r.os, r.arch].filter(Boolean).join(", ")) : null
    ],
    ["Self-hosted", r.runnerEnvironment === "self-hosted" ? "\u26A0\uFE0F yes: the machine outlives the job" : null],
    ["Container job", yesNo(r.container, "yes", "no")],
    ["sudo", yesNo(r.sudo, "available", "not available")],
    ["iptables", yesNo(r.iptables, "available", "not available")],
    [
      "Secret-bearing variables in this step",
      r.secretEnvNames ? r.secretEnvNames.length > 0 ? names(r.secretEnvNames) : "none" : null
    ],
    [
      "Proxies outside the allowlist",
      r.proxies ? r.proxies.length > 0 ? `\u26A0\uFE0F ${cap(r.proxies).map((x) => `${mdCode(x.variable)} \u2192 ${mdCode(x.host.slice(x.host.lastIndexOf("@") + 1))}`).join(", ")}` : "none" : null
    ],
    [
      "Injection-prone variables set",
      r.injectionVariables ? r.injectionVariables.length > 0 ? `\u26A0\uFE0F ${names(r.injectionVariables)}` : "none" : null
    ],
    ["OIDC token", yesNo(r.oidcAvailable, "can be requested by this job", "not available")],
    [
      "Steps before the guard",
      r.stepsBeforeGuard === void 0 ? null : r.stepsBeforeGuard > 0 ? `\u26A0\uFE0F ${plural(r.stepsBeforeGuard, "step")} ran unguarded: make the guard the first step` : "none: the guard ran first"
    ],
    ["Fork pull request", r.forkPullRequest ? "yes: the runner withholds secrets from this run" : null]
  ];
  const present = rows.filter((row) => row[1] !== null);
  if (present.length === 0) return;
  out.push("### Runtime facts", "", "| Fact | Value |", "| --- | --- |");
  for (const [fact, value] of present) out.push(`| ${fact} | ${value} |`);
  out.push("");
}
function egressSection(e, out, cap) {
  if (!e) return;
  const audit = e.mode === "audit";
  const total = (list) => list.reduce((n, d) => n + d.count, 0);
  out.push(
    `### Egress (${e.mode} mode)`,
    "",
    `${plural(e.allowed.length, "destination")} allowed (${total(e.allowed)} connections); ${plural(e.blocked.length, "destination")} ${audit ? "would have been blocked" : "blocked"} (${total(e.blocked)} connections).`,
    ""
  );
  const table = (heading, list) => {
    if (list.length === 0) return;
    const sorted = [...list].sort((a, b) => b.count - a.count || compareText(a.host, b.host));
    out.push(`**${heading}**`, "", "| Destination | Count | Steps |", "| --- | --- | --- |");
    for (const d of cap(sorted)) {
      const host = d.port ? `${d.host}:${d.port}` : d.host;
      const steps = d.steps && d.steps.length > 0 ? d.steps.map((s) => md(s)).join(", ") : "\u2014";
      out.push(`| ${mdCode(host)} | ${d.count} | ${steps} |`);
    }
    out.push("");
  };
  table(audit ? "Would have been blocked" : "Blocked", e.blocked);
  table("Allowed", e.allowed);
  if (e.problems && e.problems.length > 0) {
    for (const problem of cap(e.problems)) out.push(`- \u26A0\uFE0F ${md(problem, 1e3)}`);
    out.push("");
  }
}
function renderEgressSummary(egress, maxItems = 200) {
  const out = new Lines();
  out.push("## Exfil Guard: egress", "");
  egressSection(egress, out, (items) => items.slice(0, maxItems));
  const suggested = (egress.suggested ?? []).filter((entry) => SAFE_ENTRY.test(entry));
  if (egress.mode === "audit" && suggested.length > 0) {
    out.push(
      "To switch to `egress-policy: block` with what this job reached:",
      "",
      "```yaml",
      "allowed-endpoints: |",
      ...suggested.slice(0, maxItems).map((entry) => `  ${entry}`),
      "```",
      ""
    );
  }
  return out.text();
}
var SAFE_ENTRY = /^[a-z0-9*._:[\]-]+$/;
function suggestionSection(p, out, cap) {
  const s = p.suggestion;
  const allow = s.allow.filter((entry) => SAFE_ENTRY.test(entry));
  if (allow.length === 0 && s.doNotAllow.length === 0 && s.undetermined.length === 0) return;
  out.push("### Suggested allowed-endpoints", "");
  if (allow.length > 0) {
    out.push(
      "If these destinations are legitimate, add them to the guard step (or, narrower, to the one secret that needs them in the config file):",
      "",
      "```yaml",
      "allowed-endpoints: |",
      ...cap(allow).map((entry) => `  ${entry}`),
      "```",
      ""
    );
  }
  if (s.doNotAllow.length > 0) {
    out.push("**Do not allow**", "");
    for (const d of cap(s.doNotAllow)) out.push(`- ${mdCode(d.host)}: ${md(d.reason)}`);
    out.push("");
  }
  if (s.undetermined.length > 0) {
    out.push(
      "**Destinations computed at run time** (review the step; an allowlist entry cannot cover them):",
      ""
    );
    for (const d of cap(s.undetermined)) out.push(`- ${mdCode(d)}`);
    out.push("");
  }
}
function suppressedSection(p, out, cap) {
  if (p.suppressed.length === 0) return;
  out.push(
    `### Suppressed findings (${p.suppressed.length})`,
    "",
    "| Rule | Location | Secrets | Destinations | Reason | By |",
    "| --- | --- | --- | --- | --- | --- |"
  );
  for (const f of cap(p.suppressed)) {
    const where = `${f.location.file}:${f.location.line}${f.job ? ` (job ${f.job}${f.stepName ? `, ${f.stepName}` : ""})` : ""}`;
    const list = (items) => items.length > 0 ? items.map((s) => mdCode(s)).join(", ") : "\u2014";
    out.push(
      `| ${md(f.rule)} | ${md(where)} | ${list(f.secrets)} | ${list(f.destinations)} | ${md(f.suppressed?.reason ?? "")} | ${f.suppressed?.by ?? ""} |`
    );
  }
  out.push("");
}

// node_modules/@noble/hashes/_u64.js
var fromNumH = (n) => n / 2 ** 32 | 0;
var fromNumL = (n) => n >>> 0;
function setU64FromNum(view, byteOffset, n, isLE) {
  const h = fromNumH(n);
  const l = fromNumL(n);
  view.setUint32(byteOffset, isLE ? l : h, isLE);
  view.setUint32(byteOffset + 4, isLE ? h : l, isLE);
}

// node_modules/@noble/hashes/utils.js
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
var atitle = (title) => title ? `"${title}" ` : "";
function anumber(n, title = "") {
  if (typeof n !== "number")
    throw new TypeError(atitle(title) + "expected number, got " + typeof n);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
  return n;
}
function abytes(value, length, title = "") {
  if (isBytes(value) && (length === void 0 || value.length === length))
    return value;
  if (length !== void 0)
    anumber(length, "length");
  const bytes = isBytes(value);
  const ofLen = length !== void 0 ? ` of length ${length}` : "";
  const got = bytes ? `length=${value.length}` : `type=${typeof value}`;
  const message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
  if (!bytes)
    throw new TypeError(message);
  throw new RangeError(message);
}
var aobject = (value, label) => {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError((label === "object" ? "" : `"${label}" `) + "expected object, got type=" + typeof value);
};
var aopts = (value, label) => {
  aobject(value, label);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new TypeError(`"${label}" expected plain object`);
  if (Object.hasOwn(value, "__proto__"))
    throw new TypeError(`"${label}.__proto__" is not allowed`);
};
function aexists(instance, checkFinished = true) {
  if (instance.destroyed)
    throw new Error("hash was destroyed");
  if (checkFinished && instance.finished)
    throw new Error("digest() was already called");
}
function aoutput(out, instance) {
  abytes(out, void 0, "output");
  const min = instance.outputLen;
  if (!(out.length >= min)) {
    throw new RangeError('"output" expected length >= ' + min);
  }
}
function clean(...arrays) {
  for (let i = 0; i < arrays.length; i++) {
    arrays[i].fill(0);
  }
}
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
var hasHexBuiltin = /* @__PURE__ */ (() => (
  // @ts-ignore
  typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function"
))();
var hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function bytesToHex(bytes) {
  abytes(bytes);
  if (hasHexBuiltin)
    return bytes.toHex();
  let hex = "";
  for (let i = 0; i < bytes.length; i++) {
    hex += hexes[bytes[i]];
  }
  return hex;
}
function utf8ToBytes(str) {
  if (typeof str !== "string")
    throw new TypeError("string expected");
  const encoded = new TextEncoder().encode(str);
  try {
    return new Uint8Array(encoded);
  } finally {
    clean(encoded);
  }
}
function checkOpts(defaults, opts, title = "opts") {
  aopts(defaults, "defaults");
  if (opts !== void 0)
    aopts(opts, title);
  const merged = Object.assign(/* @__PURE__ */ Object.create(null), defaults, opts);
  return merged;
}
function createHasher(hashCons, info = {}) {
  if (typeof hashCons !== "function")
    throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
  info = checkOpts({}, info, "info");
  const hashC = (msg, opts) => hashCons(opts).update(msg).digest();
  const tmp = hashCons(void 0);
  hashC.outputLen = tmp.outputLen;
  hashC.blockLen = tmp.blockLen;
  hashC.canXOF = tmp.canXOF;
  hashC.create = (opts) => hashCons(opts);
  Object.assign(hashC, info);
  return Object.freeze(hashC);
}
var oidNist = (suffix) => ({
  // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
  // Larger suffix values would need base-128 OID encoding and a different length byte.
  oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, suffix])
});

// node_modules/@noble/hashes/_md.js
function Chi(a, b, c) {
  return a & b ^ ~a & c;
}
function Maj(a, b, c) {
  return a & b ^ a & c ^ b & c;
}
var HashMD = class {
  blockLen;
  outputLen;
  canXOF = false;
  padOffset;
  isLE;
  // For partial updates less than block size
  buffer;
  view;
  finished = false;
  length = 0;
  pos = 0;
  destroyed = false;
  constructor(blockLen, outputLen, padOffset, isLE) {
    this.blockLen = blockLen;
    this.outputLen = outputLen;
    this.padOffset = padOffset;
    this.isLE = isLE;
    this.buffer = new Uint8Array(blockLen);
    this.view = createView(this.buffer);
  }
  update(data) {
    aexists(this);
    abytes(data);
    const { view, buffer, blockLen } = this;
    const len = data.length;
    let processed = false;
    for (let pos = 0; pos < len; ) {
      const take2 = Math.min(blockLen - this.pos, len - pos);
      if (take2 === blockLen) {
        const dataView = createView(data);
        for (; blockLen <= len - pos; pos += blockLen)
          this.process(dataView, pos);
        processed = true;
        continue;
      }
      buffer.set(pos === 0 && take2 === len ? data : data.subarray(pos, pos + take2), this.pos);
      this.pos += take2;
      pos += take2;
      if (this.pos === blockLen) {
        this.process(view, 0);
        this.pos = 0;
        processed = true;
      }
    }
    this.length += data.length;
    if (processed)
      this.roundClean();
    return this;
  }
  digestInto(out) {
    aexists(this);
    aoutput(out, this);
    this.finished = true;
    const { buffer, view, blockLen, isLE } = this;
    let { pos } = this;
    buffer[pos++] = 128;
    buffer.fill(0, pos);
    if (this.padOffset > blockLen - pos) {
      this.process(view, 0);
      buffer.fill(0);
    }
    setU64FromNum(view, blockLen - 8, this.length * 8, isLE);
    this.process(view, 0);
    this.roundClean();
    const oview = out === buffer ? view : createView(out);
    const len = this.outputLen;
    const outLen = len / 4;
    const state = this.get();
    if (len % 4 || outLen > state.length)
      throw new Error("invalid outputLen");
    for (let i = 0; i < outLen; i++)
      oview.setUint32(4 * i, state[i], isLE);
  }
  digest() {
    const { buffer, outputLen } = this;
    this.digestInto(buffer);
    const res = buffer.slice(0, outputLen);
    this.destroy();
    return res;
  }
  _cloneIntoMeta(to) {
    const { buffer, length, finished, destroyed, pos } = this;
    to.destroyed = destroyed;
    to.finished = finished;
    to.length = length;
    to.pos = pos;
    if (pos)
      to.buffer.set(buffer);
    return to;
  }
  clone() {
    return this._cloneInto();
  }
};
var SHA256_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  3144134277,
  1013904242,
  2773480762,
  1359893119,
  2600822924,
  528734635,
  1541459225
]);

// node_modules/@noble/hashes/sha2.js
var SHA256_K = /* @__PURE__ */ Uint32Array.from([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var SHA256_W = /* @__PURE__ */ new Uint32Array(64);
var SHA2_32B = class extends HashMD {
  // We cannot use array here since array allows indexing by variable
  // which means optimizer/compiler cannot use registers.
  // Numeric initializers matter: starting the fields as `undefined` changes
  // V8's field representation and makes sha256 3x slower (measured).
  A = 0;
  B = 0;
  C = 0;
  D = 0;
  E = 0;
  F = 0;
  G = 0;
  H = 0;
  constructor(outputLen, IV) {
    super(64, outputLen, 8, false);
    this.A = IV[0] | 0;
    this.B = IV[1] | 0;
    this.C = IV[2] | 0;
    this.D = IV[3] | 0;
    this.E = IV[4] | 0;
    this.F = IV[5] | 0;
    this.G = IV[6] | 0;
    this.H = IV[7] | 0;
  }
  get() {
    const { A, B, C, D, E, F, G, H } = this;
    return [A, B, C, D, E, F, G, H];
  }
  // prettier-ignore
  set(A, B, C, D, E, F, G, H) {
    this.A = A | 0;
    this.B = B | 0;
    this.C = C | 0;
    this.D = D | 0;
    this.E = E | 0;
    this.F = F | 0;
    this.G = G | 0;
    this.H = H | 0;
  }
  _cloneInto(to) {
    (to ||= new this.constructor()).set(...this.get());
    return this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4)
      SHA256_W[i] = view.getUint32(offset, false);
    for (let i = 16; i < 64; i++) {
      const W15 = SHA256_W[i - 15];
      const W2 = SHA256_W[i - 2];
      const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
      const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
      SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
    }
    let { A, B, C, D, E, F, G, H } = this;
    for (let i = 0; i < 64; i++) {
      const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
      const T1 = H + sigma1 + Chi(E, F, G) + SHA256_K[i] + SHA256_W[i] | 0;
      const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
      const T2 = sigma0 + Maj(A, B, C) | 0;
      H = G;
      G = F;
      F = E;
      E = D + T1 | 0;
      D = C;
      C = B;
      B = A;
      A = T1 + T2 | 0;
    }
    A = A + this.A | 0;
    B = B + this.B | 0;
    C = C + this.C | 0;
    D = D + this.D | 0;
    E = E + this.E | 0;
    F = F + this.F | 0;
    G = G + this.G | 0;
    H = H + this.H | 0;
    this.set(A, B, C, D, E, F, G, H);
  }
  roundClean() {
    clean(SHA256_W);
  }
  destroy() {
    this.destroyed = true;
    this.set(0, 0, 0, 0, 0, 0, 0, 0);
    clean(this.buffer);
  }
};
var _SHA256 = class extends SHA2_32B {
  constructor() {
    super(32, SHA256_IV);
  }
};
var sha256 = /* @__PURE__ */ createHasher(
  () => new _SHA256(),
  /* @__PURE__ */ oidNist(1)
);

// src/sha256.ts
function sha256Hex(text) {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
function shortSha256(text) {
  return sha256Hex(text).slice(0, 32);
}

// src/report/sarif.ts
var TOOL_NAME = "Exfil Guard";
function sarifCategory(workflowPath, job) {
  const clean2 = (s) => s.replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
  const parts = [clean2(workflowPath), job ? clean2(job) : ""].filter((p) => p !== "");
  return `exfil-guard/${parts.map((p) => `${p}/`).join("")}`;
}
var FINGERPRINT_KEY = "exfilGuardFingerprint/v1";
function toSarif(result, options) {
  const rules = ruleDescriptors(options.rules, result.findings);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const findings = [...result.findings].sort(compareByLocation);
  const failed = result.files.filter((f) => f.error !== null);
  const driver = {
    name: TOOL_NAME,
    version: options.toolVersion,
    semanticVersion: options.toolVersion,
    ...options.informationUri ? { informationUri: options.informationUri } : {},
    rules
  };
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        automationDetails: { id: options.category },
        // Columns come from JavaScript string offsets.
        columnKind: "utf16CodeUnits",
        results: findings.map((f) => sarifResult(f, index.get(f.rule) ?? 0)),
        invocations: [
          {
            // A file we could not read is a tool problem, not an alert: code scanning shows it on its status page.
            executionSuccessful: true,
            toolExecutionNotifications: failed.map((f) => ({
              level: "error",
              message: { text: f.error ?? "" },
              locations: [{ physicalLocation: { artifactLocation: artifact(f.path) } }]
            }))
          }
        ]
      }
    ]
  };
}
function formatSarif(result, options) {
  return `${JSON.stringify(toSarif(result, options), null, 2)}
`;
}
function ruleDescriptors(rules, findings) {
  const byId = /* @__PURE__ */ new Map();
  for (const r of rules) byId.set(r.id, r);
  for (const f of findings) {
    if (!byId.has(f.rule)) {
      byId.set(f.rule, { id: f.rule, title: f.rule, severity: f.severity, rationale: f.rule, fix: f.fix });
    }
  }
  return [...byId.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0).map(ruleDescriptor);
}
function ruleDescriptor(rule) {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, _dash, c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: { text: rule.fix, markdown: rule.fix },
    defaultConfiguration: { level: rule.severity },
    properties: {
      tags: ["security", "ci", "secrets", "exfiltration"],
      precision: rule.severity === "error" ? "high" : "medium",
      "problem.severity": rule.severity === "note" ? "recommendation" : rule.severity,
      "security-severity": securitySeverity(rule.id, rule.severity)
    }
  };
}
function securitySeverity(rule, severity) {
  if (severity === "note") return "2.0";
  if (severity === "warning") return "5.5";
  const importance = importanceOf(rule);
  const score = importance >= importanceOf("env-dump-to-network") ? 9.5 : importance >= 100 ? 8.5 : importance >= 2 ? 8 : 7.5;
  return score.toFixed(1);
}
function sarifResult(f, ruleIndex) {
  const result = {
    ruleId: f.rule,
    ruleIndex,
    level: f.severity,
    message: { text: f.message },
    locations: [{ physicalLocation: physical(f.location) }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprintHash(f.fingerprint) },
    properties: {
      confidence: f.confidence,
      secrets: [...f.secrets],
      destinations: [...f.destinations],
      job: f.job,
      step: f.step,
      stepName: f.stepName
    }
  };
  if (f.source && !sameLocation(f.source, f.location)) {
    const names = f.secrets.length > 0 ? f.secrets.join(", ") : "the secret";
    result.relatedLocations = [
      { id: 1, physicalLocation: physical(f.source), message: { text: `${names} enters here` } }
    ];
  }
  const steps = f.evidence.filter((e) => e.location !== void 0);
  if (steps.length >= 2) {
    result.codeFlows = [
      {
        threadFlows: [
          {
            locations: steps.map((e) => ({
              location: { physicalLocation: physical(e.location), message: { text: e.text } }
            }))
          }
        ]
      }
    ];
  }
  if (f.suppressed) {
    result.suppressions = [
      { kind: f.suppressed.by === "comment" ? "inSource" : "external", justification: f.suppressed.reason }
    ];
  }
  return result;
}
function fingerprintHash(fingerprint) {
  return shortSha256(fingerprint);
}
function sameLocation(a, b) {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}
function physical(at) {
  const endLine = at.endLine ?? at.line;
  return {
    artifactLocation: artifact(at.file),
    region: {
      startLine: Math.max(1, at.line),
      startColumn: Math.max(1, at.column),
      endLine: Math.max(at.line, endLine),
      // Our end columns include the last character; SARIF's point one past it.
      ...at.endColumn !== void 0 ? { endColumn: at.endColumn + 1 } : {}
    }
  };
}
function artifactUri(path) {
  return path.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function artifact(path) {
  const slashed = path.replace(/\\/g, "/");
  if (slashed.startsWith("/") || /^[a-zA-Z]:\//.test(slashed)) {
    const segments = slashed.split("/").filter((s) => s !== "");
    const encoded = segments.map((s, i) => i === 0 && /^[a-zA-Z]:$/.test(s) ? s : encodeURIComponent(s));
    return { uri: `file:///${encoded.join("/")}` };
  }
  return { uri: artifactUri(path), uriBaseId: "%SRCROOT%" };
}

// src/report/json.ts
function toJsonReport(result) {
  return {
    version: 1,
    files: [...result.files].sort((a, b) => compareText(a.path, b.path)).map((f) => ({ path: f.path, error: f.error })),
    findings: [...result.findings].sort(compareByLocation).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      file: f.location.file,
      line: f.location.line,
      column: f.location.column,
      job: f.job,
      step: f.step,
      stepName: f.stepName,
      secrets: [...f.secrets],
      destinations: [...f.destinations],
      message: f.message,
      endLine: f.location.endLine ?? null,
      endColumn: f.location.endColumn ?? null,
      confidence: f.confidence,
      evidence: f.evidence.map((e) => ({ text: e.text, location: jsonLocation(e.location) })),
      fix: f.fix,
      source: jsonLocation(f.source),
      fingerprint: f.fingerprint,
      suppressed: f.suppressed ? { reason: f.suppressed.reason, by: f.suppressed.by } : null
    }))
  };
}
function formatJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}
function jsonLocation(at) {
  if (!at) return null;
  return {
    file: at.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine ?? null,
    endColumn: at.endColumn ?? null
  };
}

// src/report/text.ts
import { isAbsolute, relative } from "node:path";
var MAX_SOURCE_WIDTH = 160;
var codes = { bold: 1, dim: 2, red: 31, yellow: 33, cyan: 36, green: 32 };
function formatText(input, options) {
  const paint = (style, text) => options.color ? `\x1B[${codes[style]}m${text}\x1B[0m` : text;
  const safe = terminalSafe;
  const out = [];
  const lineOf = sourceReader(input, options);
  const failed = [...input.result.files].filter((f) => f.error !== null).sort((a, b) => compareText(a.path, b.path));
  if (failed.length > 0) {
    out.push(paint("bold", "Files that could not be analysed"));
    for (const f of failed) out.push(`  ${paint("red", "error")}  ${safe(f.error ?? "")}`);
    out.push("");
  }
  const sorted = [...input.result.findings].sort(compareByLocation);
  const byFile = groupBy(sorted, (f) => f.location.file);
  const show = (path) => {
    if (!options.cwd || !isAbsolute(path)) return path;
    const rel = relative(options.cwd, path);
    return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  };
  for (const [file, inFile] of byFile) {
    out.push(paint("bold", safe(show(file))));
    for (const [, inJob] of groupBy(inFile, (f) => f.job ?? "")) {
      const job = inJob[0]?.job ?? null;
      const jobIndent = job === null ? "  " : "    ";
      if (job !== null) out.push(`  job ${safe(job)}`);
      for (const [, inStep] of groupBy(inJob, (f) => String(f.step))) {
        const first = inStep[0];
        if (!first) continue;
        let indent = jobIndent;
        if (first.step !== null) {
          const name = first.stepName ? ` "${safe(first.stepName)}"` : "";
          out.push(`${jobIndent}step ${first.step + 1}${name}`);
          indent = `${jobIndent}  `;
        }
        for (const f of inStep) findingBlock(f, indent, lineOf, paint, out);
      }
    }
    out.push("");
  }
  out.push(summaryLine(input, paint));
  return `${out.join("\n")}
`;
}
function findingBlock(f, indent, lineOf, paint, out) {
  const safe = terminalSafe;
  const tag = f.suppressed ? paint("dim", "suppressed") : f.severity === "error" ? paint("red", "error") : f.severity === "warning" ? paint("yellow", "warning") : paint("cyan", "note");
  const where = `${f.location.line}:${f.location.column}`;
  out.push(`${indent}${where}  ${tag}  ${safe(f.message)}  ${paint("dim", `exfil-guard/${safe(f.rule)}`)}`);
  const detail = `${indent}    `;
  const source = lineOf(f.location.file, f.location.line);
  if (source !== void 0) out.push(...sourceExcerpt(source, f.location, detail, paint));
  if (f.suppressed)
    out.push(`${detail}${paint("dim", `suppressed by ${f.suppressed.by}: ${safe(f.suppressed.reason)}`)}`);
  const chain = chainText(f);
  if (chain) out.push(`${detail}${paint("dim", "evidence:")} ${safe(chain)}`);
  if (f.fix && !f.suppressed) out.push(`${detail}${paint("dim", "fix:")} ${safe(f.fix)}`);
}
function sourceExcerpt(text, at, indent, paint) {
  const line = text.replace(/\r$/, "");
  const column = Math.max(1, at.column);
  const sameLine = (at.endLine ?? at.line) === at.line;
  const endColumn = sameLine && at.endColumn !== void 0 ? Math.max(column, at.endColumn) : column;
  let start = 0;
  let shown = line;
  if (line.length > MAX_SOURCE_WIDTH) {
    start = Math.max(0, Math.min(column - 1 - 40, line.length - MAX_SOURCE_WIDTH));
    shown = line.slice(start, start + MAX_SOURCE_WIDTH);
  }
  const lead = start > 0 ? "\u2026" : "";
  const tail = start + shown.length < line.length ? "\u2026" : "";
  const offset = column - 1 - start;
  const pad = lead.replace(/./g, " ") + shown.slice(0, Math.max(0, offset)).replace(/[^\t]/g, " ");
  const width = Math.max(1, Math.min(endColumn, start + shown.length) - column + 1);
  const gutter = String(at.line);
  return [
    `${indent}${paint("dim", `${gutter} \u2502`)} ${terminalSafe(`${lead}${shown}${tail}`)}`,
    `${indent}${" ".repeat(gutter.length)} ${paint("dim", "\u2502")} ${pad}${paint("red", "^".repeat(width))}`
  ];
}
function summaryLine(input, paint) {
  const { result, failOn } = input;
  const outcome = verdictOf(result.findings, failOn);
  const active = result.findings.filter((f) => f.suppressed === void 0);
  const count = (s) => active.filter((f) => f.severity === s).length;
  const plural2 = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const unreadable = result.files.filter((f) => f.error !== null).length;
  const suppressed = result.findings.length - active.length;
  const parts = [
    plural2(count("error"), "error"),
    plural2(count("warning"), "warning"),
    plural2(count("note"), "note"),
    ...suppressed > 0 ? [`${suppressed} suppressed`] : []
  ];
  const files = `${plural2(result.files.length, "file")} scanned${unreadable ? ` (${unreadable} could not be analysed)` : ""}`;
  const verdict = outcome.shouldFail ? paint("red", `fails at --fail-on ${failOn}`) : paint("green", `passes at --fail-on ${failOn}`);
  return `${parts.join(", ")} in ${files}: ${verdict}.`;
}
function sourceReader(input, options) {
  const split = /* @__PURE__ */ new Map();
  return (file, line) => {
    const text = input.sources?.get(file);
    if (text === void 0) return options.readLine?.(file, line);
    let lines = split.get(file);
    if (!lines) {
      lines = text.split("\n");
      split.set(file, lines);
    }
    return lines[line - 1];
  };
}
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

// src/report/writers.ts
import { appendFile, mkdir, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
function emitAnnotations(annotations, sink = core_exports) {
  for (const a of annotations) {
    const properties = { title: a.title };
    if (a.file !== void 0) properties.file = a.file;
    if (a.line !== void 0) properties.startLine = a.line;
    if (a.endLine !== void 0) properties.endLine = a.endLine;
    if (a.col !== void 0) properties.startColumn = a.col;
    if (a.endColumn !== void 0) properties.endColumn = a.endColumn;
    sink[a.level](a.message, properties);
  }
}
async function summaryRoom(path, limit) {
  try {
    return Math.max(0, limit - (await stat(path)).size);
  } catch {
    return limit;
  }
}
async function writeSummary(markdown, path = process.env.GITHUB_STEP_SUMMARY) {
  if (!path) return false;
  await appendFile(path, markdown, "utf8");
  return true;
}
async function writeReportFile(path, content) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content, "utf8");
}
function setReportOutputs(outputs, setOutput2 = setOutput) {
  setOutput2("findings", String(outputs.findings));
  setOutput2("verdict", outputs.verdict);
  setOutput2("report-file", outputs.reportFile);
  setOutput2("sarif-file", outputs.sarifFile);
}

// src/report/egress.ts
function fromEgressLayer(report) {
  const refused = report.mode === "block" ? report.blocked : report.audited;
  const problems = [
    ...report.failures,
    ...report.daemonAlive ? [] : ["The DNS daemon was not answering at the end of the job."],
    ...report.warnings
  ];
  return {
    mode: report.mode,
    allowed: report.allowed.map((a) => ({ host: a.name, count: a.count })),
    blocked: refused.map(refusedDestination),
    ...report.suggestedAllowlist !== void 0 ? { suggested: entries(report.suggestedAllowlist) } : {},
    ...problems.length > 0 ? { problems } : {}
  };
}
function refusedDestination(r) {
  const host = r.kind === "name" ? r.destination : r.address ?? r.destination;
  return {
    host,
    count: r.count,
    ...r.port !== void 0 && r.kind === "connection" ? { port: r.port } : {}
  };
}
function entries(block) {
  return block.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("allowed-endpoints:"));
}
export {
  FINGERPRINT_KEY,
  SUMMARY_MAX_BYTES,
  compareFindings,
  defaultClassifier,
  emitAnnotations,
  failureMessage,
  failureSentence,
  foreignLocation,
  formatGithub,
  formatJson,
  formatSarif,
  formatText,
  formatWorkflowCommands,
  fromEgressLayer,
  githubAnnotationLimits,
  planAnnotations,
  planReportAnnotations,
  rankFindings,
  renderEgressSummary,
  renderSummary,
  sarifCategory,
  setReportOutputs,
  shouldFail,
  suggestAllowlist,
  summaryRoom,
  toJsonReport,
  toSarif,
  verdictOf,
  workflowCommand,
  writeReportFile,
  writeSummary
};
