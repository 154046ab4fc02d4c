import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  SYNTHETIC_SECRETS
} from "./chunk-BW6K7SVA.js";

// src/analysis/rules/helpers.ts
function siteFields(site) {
  return { job: site.job?.id ?? null, step: site.step?.index ?? null, stepName: site.step?.label ?? null };
}
function where(site, location) {
  const step = site.step ? `step "${site.step.label}", ` : site.job ? `job "${site.job.id}", ` : "";
  return `(${step}line ${location.line})`;
}
function listNames(names) {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
function destName(d) {
  if (d.host === null) return `an address computed at run time (${truncate(d.raw, 60)})`;
  return d.port ? `${d.host}:${d.port}` : d.host;
}
function truncate(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
}
function chainTo(taints, secrets, dest) {
  const t = taints.find((x) => secrets.includes(x.secret)) ?? taints[0];
  return [...t?.chain ?? [], { text: destName(dest) }];
}
function sourceOf(taints, secrets) {
  return taints.find((x) => secrets.includes(x.secret))?.source;
}
function flowResults(flows, select, describe, confidence) {
  const out = [];
  for (const f of flows) {
    for (const d of f.destinations) {
      if (d.verdict === "allowed" || d.denied.length === 0 || !select(d, f)) continue;
      const secrets = d.denied;
      const source = sourceOf(f.taints, secrets);
      out.push({
        confidence,
        message: `${listNames(secrets)} ${secrets.length > 1 ? "are" : "is"} sent to ${describe(d)} by ${f.sink.tool} ${where(f.site, f.sink.location)}`,
        location: f.sink.location,
        ...source ? { source } : {},
        ...siteFields(f.site),
        secrets,
        destinations: d.dest.host ? [d.dest.host] : [],
        evidence: chainTo(f.taints, secrets, d.dest)
      });
    }
  }
  return out;
}
function* strings(file) {
  const fromStep = function* (steps, jobId) {
    for (const step of steps) {
      const site = { jobId, stepIndex: step.index, stepName: step.label };
      if (step.run) yield { s: step.run, site };
      for (const s of step.env.values()) yield { s, site };
      for (const s of step.with.values()) yield { s, site };
    }
  };
  if (file.kind === "action") {
    yield* fromStep(file.steps, null);
    return;
  }
  for (const s of file.env.values()) yield { s, site: { jobId: null, stepIndex: null, stepName: null } };
  for (const job of file.jobs) {
    const site = { jobId: job.id, stepIndex: null, stepName: null };
    for (const s of job.env.values()) yield { s, site };
    if (job.call?.secrets && job.call.secrets !== "inherit")
      for (const s of job.call.secrets.values()) yield { s, site };
    for (const s of job.call?.with.values() ?? []) yield { s, site };
    yield* fromStep(job.steps, job.id);
  }
}
function strLocation(file, s, offset) {
  if (offset === void 0)
    return {
      file,
      line: s.pos.line,
      column: s.pos.column,
      endLine: s.pos.endLine,
      endColumn: s.pos.endColumn
    };
  const p = s.locate(offset);
  return { file, line: p.line, column: p.column };
}

// src/analysis/rules/download-and-execute.ts
var downloadAndExecute = {
  id: "download-and-execute",
  title: "Remote code executed in a job that holds secrets",
  severity: "warning",
  rationale: "`curl \u2026 | sh`, `bash <(curl \u2026)` and `iex (iwr \u2026)` run whatever the server returns today, with the whole environment of a job that holds secrets. A compromised install script is a compromised workflow.",
  fix: "Download to a file, verify a pinned checksum or signature, then run it; or use a pinned action or package instead.",
  check(ctx) {
    return ctx.facts.flatMap((f) => {
      if (f.kind !== "download-exec") return [];
      const held = f.site.job ? ctx.jobSecrets.get(f.site.job.id) : void 0;
      if (!held || held.size === 0) return [];
      return [
        {
          confidence: "medium",
          message: `Code downloaded from ${f.url ?? "a computed URL"} runs with access to ${[...held].slice(0, 5).join(", ")} ${where(f.site, f.location)}`,
          location: f.location,
          ...siteFields(f.site),
          secrets: [...held],
          destinations: [],
          evidence: [{ text: f.text, location: f.location }]
        }
      ];
    });
  }
};

// src/analysis/rules/invalid-suppression.ts
var invalidSuppression = {
  id: "invalid-suppression",
  title: "Suppression comment that is ignored",
  severity: "warning",
  rationale: "A suppression must name a rule and say why, so that a reviewer can judge it later. A malformed comment, or one without a reason, suppresses nothing; saying so avoids the false comfort of a finding the author believes is silenced.",
  fix: "Write it as `# exfil-guard: ignore[rule-id] reason`, on the offending line or the line above it.",
  check: (ctx) => ctx.comments.filter((c) => c.problem).map((c) => ({
    confidence: "high",
    message: `This exfil-guard comment is ignored: ${c.problem ?? ""}`,
    location: { file: ctx.file.file, line: c.line, column: c.column },
    job: null,
    step: null,
    stepName: null,
    secrets: [],
    destinations: [],
    evidence: []
  }))
};

// src/analysis/rules/runner-memory-read.ts
var runnerMemoryRead = {
  id: "runner-memory-read",
  title: "Step reads the runner's process memory",
  severity: "error",
  rationale: "Every secret of the job sits in the Runner.Worker process's memory, masked or not. The compromised tj-actions/changed-files (CVE-2025-30066) read /proc/<pid>/mem of Runner.Worker with sudo and printed the secrets, double base64-encoded, into public build logs. No build step needs another process's memory.",
  fix: "Remove the step and the action that added it, rotate every secret the job could read, and pin actions to full commit SHAs.",
  check: (ctx) => ctx.facts.flatMap(
    (f) => f.kind === "memory-read" ? [
      {
        confidence: "high",
        message: `${f.text} goes after the runner's process memory, where every secret of the job is kept ${where(f.site, f.location)}`,
        location: f.location,
        ...siteFields(f.site),
        secrets: ["secrets (runner memory)"],
        destinations: [],
        evidence: [{ text: f.text, location: f.location }]
      }
    ] : []
  )
};

// src/analysis/rules/secret-to-exfil-service.ts
var secretToExfilService = {
  id: "secret-to-exfil-service",
  title: "Secret sent to a paste, webhook, tunnel or out-of-band service",
  severity: "error",
  rationale: "Request bins, paste sites, tunnels and out-of-band interaction servers (webhook.site, *.plesk.page, ngrok, interactsh, Telegram bots, Discord webhooks\u2026) are where stolen CI secrets go: Shai-Hulud posted toJSON(secrets) to webhook.site and GhostAction curled 3,325 secrets to a *.plesk.page host. No release or deploy needs a secret there.",
  fix: "Remove the step, rotate every secret it could read, and check how the workflow got into the repository. If this really is your own endpoint, allow it for that secret in .github/exfil-guard.yml.",
  check: (ctx) => flowResults(
    ctx.flows,
    (d) => d.dest.kind === "exfil-service",
    ({ dest }) => `${dest.host ?? ""}${dest.service ? ` (${dest.service})` : ""}`,
    "high"
  )
};

// src/analysis/rules/secret-to-github-endpoint.ts
var secretToGithubEndpoint = {
  id: "secret-to-github-endpoint",
  title: "Non-GitHub secret sent to a GitHub endpoint",
  severity: "warning",
  rationale: "Sending a personal access token or app token to api.github.com is ordinary. But GitHub is also a place to leave stolen data (gists, issues, a repository the attacker controls), so a secret whose name does not say it is a GitHub credential is worth a look rather than a silent pass.",
  fix: "If this secret is a GitHub token, name it so (GH_*, *_GITHUB_TOKEN, *_PAT) or allow GitHub for it in .github/exfil-guard.yml.",
  check: (ctx) => flowResults(
    ctx.flows,
    (d) => d.dest.kind === "github" && d.allowed.length === 0,
    ({ dest }) => dest.host ?? "",
    "medium"
  )
};

// src/analysis/rules/secret-to-other-secrets-host.ts
var secretToOtherSecretsHost = {
  id: "secret-to-other-secrets-host",
  title: "Secret sent along to a host trusted only for another secret",
  severity: "warning",
  rationale: "A call to a host the policy trusts for one secret (AWS keys to *.amazonaws.com) sometimes carries another secret too, as an argument or a header (a CloudFront distribution id stored as a secret). The host is already trusted with the job's credentials, so this is not an exfiltration endpoint, but the second secret's policy does not cover it: it is worth a look, and a line of policy.",
  fix: "If the value is meant for this host, allow the host for that secret in .github/exfil-guard.yml (secrets: NAME: allowed-endpoints); if it is not really secret, store it as a variable (vars.*) instead.",
  check: (ctx) => flowResults(
    ctx.flows,
    (d) => (d.dest.kind === "host" || d.dest.kind === "github") && d.allowed.length > 0,
    (d) => `${d.dest.host ?? ""} (trusted only for ${listNames(d.allowed)})`,
    "medium"
  )
};

// src/analysis/rules/secret-to-ip-literal.ts
var secretToIpLiteral = {
  id: "secret-to-ip-literal",
  title: "Secret sent to a bare IP address",
  severity: "error",
  rationale: "Legitimate services are reached by name, with TLS certificates that match it. A secret sent to a raw IP address bypasses DNS-based controls and certificate checks and is a hallmark of exfiltration payloads (`/dev/tcp/1.2.3.4/443`, `curl http://45.139.104.115`).",
  fix: "Send the secret only to a named host of its issuer. If the address is your own server, allow it explicitly (address or CIDR) for that secret in .github/exfil-guard.yml.",
  check: (ctx) => flowResults(
    ctx.flows,
    (d) => d.dest.kind === "ip",
    ({ dest }) => `the IP address ${dest.host ?? ""}${dest.service ? ` (${dest.service})` : ""}`,
    "high"
  )
};

// src/analysis/rules/secret-to-uncatalogued-action.ts
var secretToUncataloguedAction = {
  id: "secret-to-uncatalogued-action",
  title: "Secret handed to an action whose destinations are unknown",
  severity: "note",
  rationale: "An action receives the secrets passed in `with:` and `env:` and can send them anywhere. For well-known actions Exfil Guard knows where that is; for others it cannot tell. An action referenced by a tag or branch can change under you: tj-actions/changed-files was re-tagged to a malicious commit in March 2025.",
  fix: "Pin the action to a full commit SHA, check where it sends the secret, and allow that host in .github/exfil-guard.yml; enable egress-policy: block to enforce it.",
  check: (ctx) => ctx.facts.flatMap(
    (f) => f.kind === "action-with-secret" && !f.catalogued ? [
      {
        confidence: "medium",
        // A tag or branch ref can be moved to malicious code: that is worth a warning, a pinned SHA a note.
        // The job token alone is scoped to this repository and expires with the job: a note.
        severity: f.pinned || f.secrets.every((x) => x === SYNTHETIC_SECRETS.githubToken) ? "note" : "warning",
        message: `${listNames(f.secrets)} ${f.secrets.length > 1 ? "are" : "is"} passed to ${f.action}${f.pinned ? "" : ", which is not pinned to a commit SHA,"} and where it sends ${f.secrets.length > 1 ? "them" : "it"} is not known ${where(f.site, f.location)}`,
        location: f.location,
        ...siteFields(f.site),
        secrets: f.secrets,
        destinations: [],
        evidence: [{ text: f.action, location: f.location }]
      }
    ] : []
  )
};

// src/analysis/rules/secret-to-unknown-destination.ts
var secretToUnknownDestination = {
  id: "secret-to-unknown-destination",
  title: "Secret sent to a destination computed at run time",
  severity: "warning",
  rationale: "When the host comes from a variable, an input or a command output, nobody reviewing the workflow can tell where the secret goes. A computed destination is never trusted silently.",
  fix: "Write the host literally in the workflow (or in a static env value), or allow the possible hosts for this secret in .github/exfil-guard.yml, and enable egress-policy: block to enforce them at run time.",
  check: (ctx) => flowResults(
    ctx.flows,
    (d) => d.dest.host === null,
    ({ dest }) => dest.raw,
    "medium"
  )
};

// src/analysis/rules/secret-to-unlisted-host.ts
var secretToUnlistedHost = {
  id: "secret-to-unlisted-host",
  title: "Secret sent to a host its policy does not allow",
  severity: "error",
  rationale: "Each secret has an issuer: a PyPI token belongs to pypi.org, an npm token to registry.npmjs.org. A secret sent anywhere else is either a deliberate integration that should be written down, or exfiltration. GhostAction pushed workflows that curled PyPI, npm, DockerHub and AWS secrets to an attacker host; nothing about those steps looked unusual except the destination.",
  fix: "If the host is yours and expected, allow it for this secret (or job) in .github/exfil-guard.yml or the allowed-endpoints input; otherwise remove the step and rotate the secret.",
  check: (ctx) => flowResults(
    ctx.flows,
    (d) => d.dest.kind === "host" && d.allowed.length === 0,
    ({ dest }) => dest.host ?? "",
    "high"
  )
};

// src/analysis/rules/secrets-context-dump.ts
var secretsContextDump = {
  id: "secrets-context-dump",
  title: "Every secret of the repository serialised at once",
  severity: "error",
  rationale: "`toJSON(secrets)` expands to every secret the workflow can read, organisation secrets included. Shai-Hulud used exactly this to post all of a repository's secrets to webhook.site. No ordinary step needs the whole set.",
  fix: "Pass only the secrets the step needs, by name (`${{ secrets.NPM_TOKEN }}`).",
  check(ctx) {
    const out = [];
    for (const { s, site } of strings(ctx.file)) {
      for (const e of s.exprs) {
        if (!e.dumps.includes("secrets")) continue;
        out.push({
          confidence: "high",
          message: `\`${e.text}\` expands to every secret of the repository${site.stepName ? ` (step "${site.stepName}")` : ""}`,
          location: strLocation(ctx.file.file, s, e.start),
          job: site.jobId,
          step: site.stepIndex,
          stepName: site.stepName,
          secrets: [SYNTHETIC_SECRETS.allSecrets],
          destinations: [],
          evidence: [{ text: `\${{ ${e.text} }}`, location: strLocation(ctx.file.file, s, e.start) }]
        });
      }
    }
    return out;
  }
};

// src/analysis/rules/trusted-publishing-recommended.ts
var REGISTRIES = {
  "upload.pypi.org": "PyPI",
  "test.pypi.org": "TestPyPI",
  "registry.npmjs.org": "npm",
  "rubygems.org": "RubyGems",
  "crates.io": "crates.io"
};
var trustedPublishingRecommended = {
  id: "trusted-publishing-recommended",
  title: "Long-lived registry token used to publish",
  severity: "note",
  rationale: "After GhostAction, PyPI advised publishers to replace long-lived API tokens with Trusted Publishing: the registry accepts a short-lived OIDC token bound to this repository and workflow, so there is nothing to steal. npm, RubyGems and crates.io support the same.",
  fix: "Configure Trusted Publishing on the registry, grant `id-token: write` to the publishing job, and delete the stored token.",
  check(ctx) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const f of ctx.flows) {
      for (const d of f.destinations) {
        const registry = d.dest.host ? REGISTRIES[d.dest.host] : void 0;
        if (!registry) continue;
        const secrets = f.taints.map((t) => t.secret).filter(
          (s) => s !== SYNTHETIC_SECRETS.githubToken && s !== SYNTHETIC_SECRETS.oidc && !s.includes("(")
        );
        const key = `${f.site.job?.id ?? ""}:${f.site.step?.index ?? ""}:${registry}`;
        if (secrets.length === 0 || seen.has(key)) continue;
        seen.add(key);
        out.push({
          confidence: "high",
          message: `${secrets.join(", ")} publishes to ${registry}; Trusted Publishing (OIDC) would remove the long-lived token`,
          location: f.sink.location,
          ...siteFields(f.site),
          secrets,
          destinations: [d.dest.host],
          evidence: [{ text: `${f.sink.tool} \u2192 ${d.dest.host}`, location: f.sink.location }]
        });
      }
    }
    return out;
  }
};

// src/analysis/rules/unanalysed-script.ts
var unanalysedScript = {
  id: "unanalysed-script",
  title: "Script in a job that holds secrets could not be analysed",
  severity: "note",
  rationale: "Exfil Guard parses bash, PowerShell, python and JavaScript. A script in another language (cmd, ruby, perl, a custom shell) in a job that holds secrets is not followed, so a flow there would go unseen. This says so rather than passing silently.",
  fix: "Use one of the supported shells for steps that handle secrets, or enable egress-policy: block so the allowlist is enforced at run time whatever the script does.",
  check: (ctx) => ctx.facts.flatMap((f) => {
    if (f.kind !== "unparsed-script") return [];
    const held = f.site.job ? ctx.jobSecrets.get(f.site.job.id) : void 0;
    if (f.site.job && (!held || held.size === 0)) return [];
    return [
      {
        confidence: "low",
        message: `A ${f.language} script was not analysed: ${f.reason}`,
        location: f.location,
        ...siteFields(f.site),
        secrets: [...held ?? []],
        destinations: [],
        evidence: []
      }
    ];
  })
};

// src/analysis/rules/untrusted-input-in-secret-job.ts
var untrustedInputInSecretJob = {
  id: "untrusted-input-in-secret-job",
  title: "Untrusted event data spliced into a script in a job that holds secrets",
  severity: "error",
  rationale: "GitHub substitutes `${{ }}` into the script text before the shell runs, so a pull request title or issue body becomes code. In August 2025 the s1ngularity attack injected through a PR title in a pull_request_target workflow and stole the npm token the job held, then published malicious Nx packages.",
  fix: 'Pass the value through an environment variable (`env: TITLE: ${{ github.event.pull_request.title }}` and use "$TITLE" in the script), and keep secrets out of jobs that handle untrusted input.',
  check(ctx) {
    return ctx.facts.flatMap((f) => {
      if (f.kind !== "untrusted-input") return [];
      const held = f.site.job ? ctx.jobSecrets.get(f.site.job.id) : void 0;
      if (!held || held.size === 0) return [];
      const secrets = [...held];
      return [
        {
          confidence: "high",
          message: `\${{ ${f.expression} }} is spliced into a script in a job that holds ${secrets.slice(0, 5).join(", ")} ${where(f.site, f.location)}`,
          location: f.location,
          ...siteFields(f.site),
          secrets,
          destinations: [],
          evidence: [{ text: `\${{ ${f.expression} }}`, location: f.location }]
        }
      ];
    });
  }
};

// src/analysis/rules/registry.ts
var rules = [
  secretToExfilService,
  secretToIpLiteral,
  secretToUnlistedHost,
  secretToGithubEndpoint,
  secretToOtherSecretsHost,
  secretToUnknownDestination,
  secretsContextDump,
  runnerMemoryRead,
  untrustedInputInSecretJob,
  downloadAndExecute,
  secretToUncataloguedAction,
  trustedPublishingRecommended,
  unanalysedScript,
  invalidSuppression
];
function ruleById(id) {
  return rules.find((r) => r.id === id);
}

export {
  rules,
  ruleById
};
