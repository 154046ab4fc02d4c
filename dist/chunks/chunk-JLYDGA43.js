import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  ipFamily,
  normaliseHost
} from "./chunk-4LRHTQF6.js";

// src/analysis/sinks/words.ts
var HOLE = "\0";
function staticText(word) {
  let text = "";
  for (const part of word.parts) {
    if (part.kind !== "literal") return null;
    text += part.text;
  }
  return text;
}
function literalPrefix(word) {
  let text = "";
  for (const part of word.parts) {
    if (part.kind !== "literal") break;
    text += part.text;
  }
  return text;
}
function literalSuffix(word) {
  let text = "";
  for (let i = word.parts.length - 1; i >= 0; i--) {
    const part = word.parts[i];
    if (part?.kind !== "literal") break;
    text = part.text + text;
  }
  return text;
}
function template(word) {
  const parts = word.parts;
  if (parts.length === 1) {
    const only = parts[0];
    return only?.kind === "literal" ? only.text : HOLE;
  }
  let text = "";
  for (const p of parts) text += p.kind === "literal" ? p.text : HOLE;
  return text;
}
function subWord(word, start, end) {
  const stop = end ?? Number.POSITIVE_INFINITY;
  const parts = [];
  let pos = 0;
  for (const part of word.parts) {
    const len = part.kind === "literal" ? part.text.length : 1;
    const from = Math.max(start, pos);
    const to = Math.min(stop, pos + len);
    if (from < to) {
      if (part.kind === "literal")
        parts.push({ kind: "literal", text: part.text.slice(from - pos, to - pos) });
      else parts.push(part);
    }
    pos += len;
  }
  const merged = mergeLiterals(parts);
  const raw = template(word).slice(start, stop === Number.POSITIVE_INFINITY ? void 0 : stop);
  return {
    raw: rawOfParts(merged, raw),
    parts: merged,
    span: subSpan(word, start, stop === Number.POSITIVE_INFINITY ? template(word).length : stop)
  };
}
function concatWords(pieces, fallbackSpan) {
  const parts = [];
  const raws = [];
  let span;
  for (const piece of pieces) {
    if (typeof piece === "string") {
      parts.push({ kind: "literal", text: piece });
      raws.push(piece);
      continue;
    }
    parts.push(...piece.parts);
    raws.push(piece.raw);
    span = span ? joinSpans(span, piece.span) : piece.span;
  }
  return { raw: raws.join(""), parts: mergeLiterals(parts), span: span ?? fallbackSpan };
}
function literalWord(text, span) {
  return { raw: text, parts: [{ kind: "literal", text }], span };
}
function joinSpans(a, b) {
  const first = a.start <= b.start ? a : b;
  const last = a.end >= b.end ? a : b;
  return {
    line: first.line,
    column: first.column,
    start: first.start,
    endLine: last.endLine,
    endColumn: last.endColumn,
    end: last.end
  };
}
function varNames(word) {
  return word.parts.flatMap((p) => p.kind === "var" ? [p.name] : []);
}
function mergeLiterals(parts) {
  const out = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (part.kind === "literal" && last?.kind === "literal") {
      out[out.length - 1] = { kind: "literal", text: last.text + part.text };
    } else if (part.kind !== "literal" || part.text !== "") {
      out.push(part);
    }
  }
  return out;
}
function rawOfParts(parts, templateSlice) {
  if (parts.every((p) => p.kind === "literal")) return templateSlice;
  return parts.map((p) => {
    switch (p.kind) {
      case "literal":
        return p.text;
      case "var":
        return `\${${p.name}}`;
      case "expr":
        return "${{ \u2026 }}";
      case "env-all":
        return "$(env)";
      case "output":
        return "$(\u2026)";
      case "dynamic":
        return p.text;
    }
  }).join("");
}
function subSpan(word, start, end) {
  const tpl = template(word);
  const span = word.span;
  if (word.raw !== tpl || span.line !== span.endLine) return span;
  return {
    line: span.line,
    endLine: span.line,
    column: span.column + start,
    endColumn: span.column + end,
    start: span.start + start,
    end: span.start + end
  };
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
function staticHostPrefix(word, hint) {
  const tpl = template(word);
  if (!tpl.includes("\0")) return hostFromText(tpl, hint);
  if (hint === "dns") {
    const last = tpl.lastIndexOf("\0");
    let suffix = tpl.slice(last + 1).replace(/\.$/, "");
    if (!suffix.startsWith(".")) suffix = suffix.slice(suffix.indexOf(".") + 1 || suffix.length);
    suffix = suffix.replace(/^\./, "");
    if (!suffix.includes(".")) return null;
    return { host: registrableDomain(normaliseHost(suffix)) };
  }
  const loc = locate(tpl, hint);
  if (!loc) return null;
  const host = tpl.slice(loc.start, loc.end);
  if (host === "" || host.includes("\0")) return null;
  const before = tpl.slice(0, loc.start);
  if (before.includes("\0") && !before.endsWith("@")) return null;
  return hostFromText(
    host + (loc.port !== void 0 ? `:${loc.port}` : ""),
    hint === "registry" ? "registry" : "host"
  );
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
function destinationOf(word, hint, options = {}) {
  const text = options.resolveText ? options.resolveText(word) : staticText(word);
  const hp = text !== null ? hostFromText(text, hint) : staticHostPrefix(word, hint);
  if (!hp) return { host: null, raw: word.raw, kind: "unknown" };
  return destinationForHost(hp.host, word.raw, options, hp.port);
}
function destinationForHost(host, raw, options = {}, port) {
  const c = classifyHost(host, options);
  const dest = { host, raw, kind: c.kind };
  if (port !== void 0) dest.port = port;
  if (c.service !== void 0) dest.service = c.service;
  return dest;
}

export {
  staticText,
  literalPrefix,
  literalSuffix,
  template,
  subWord,
  concatWords,
  literalWord,
  joinSpans,
  varNames,
  DOCKER_HUB,
  hostFromText,
  classifyHost,
  destinationOf,
  destinationForHost
};
