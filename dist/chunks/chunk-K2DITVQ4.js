import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  endpointMatches,
  normaliseHost,
  parseEndpoint
} from "./chunk-4LRHTQF6.js";

// data/affinity.json
var affinity_default = {
  version: 1,
  date: "2026-11-27",
  description: "Built-in per-secret affinity: a secret whose name says which service issued it may be sent to that service. Patterns are case-insensitive; `*` matches any run of characters. Endpoints use the allowlist syntax (host, *.host); `{github-server}` stands for the GitHub Enterprise Server host named by GITHUB_SERVER_URL, when there is one. Sources are the issuers' own documentation of where their tokens are used.",
  entries: [
    {
      id: "github",
      patterns: ["GITHUB_TOKEN", "GH_*", "*_GITHUB_TOKEN", "PAT", "*_PAT"],
      endpoints: [
        "github.com",
        "api.github.com",
        "uploads.github.com",
        "codeload.github.com",
        "*.pkg.github.com",
        "ghcr.io",
        "*.githubusercontent.com",
        "{github-server}",
        "*.{github-server}"
      ],
      source: "GitHub REST, uploads, Packages (ghcr.io, *.pkg.github.com) and raw/objects hosts; on GHES and GHE.com the API and packages live on the server host and its subdomains. Secret names cannot start with GITHUB_, so GITHUB_TOKEN is always the job token."
    },
    {
      id: "pypi",
      patterns: ["PYPI_*", "*_PYPI_*", "*PYPI*TOKEN*", "*PYPI*PASSWORD*", "TWINE_*"],
      endpoints: ["pypi.org", "upload.pypi.org", "test.pypi.org"],
      source: "PyPI API tokens are used by twine and pypa/gh-action-pypi-publish against upload.pypi.org/legacy/ (test.pypi.org/legacy/ for TestPyPI)."
    },
    {
      id: "npm",
      patterns: ["NPM_*", "NODE_AUTH_TOKEN", "*NPM*TOKEN*"],
      endpoints: ["registry.npmjs.org", "registry.yarnpkg.com"],
      source: "npm access tokens authenticate to the public registry (registry.yarnpkg.com is its Yarn alias); NODE_AUTH_TOKEN is the variable actions/setup-node writes into .npmrc."
    },
    {
      id: "docker-hub",
      patterns: ["DOCKER*"],
      endpoints: [
        "docker.io",
        "registry-1.docker.io",
        "index.docker.io",
        "auth.docker.io",
        "hub.docker.com"
      ],
      source: "Docker Hub registry, token service and Hub API (docker login / docker/login-action without a registry)."
    },
    {
      id: "aws",
      patterns: ["AWS_*"],
      endpoints: ["*.amazonaws.com", "*.amazonaws.com.cn"],
      source: "AWS service endpoints (amazonaws.com.cn for the China partition). Trade-off: some subdomains (S3 buckets, API Gateway) can belong to anyone."
    },
    {
      id: "cloudflare",
      patterns: ["CLOUDFLARE_*", "CF_API_*"],
      endpoints: ["api.cloudflare.com"],
      source: "Cloudflare API v4 (wrangler, cloudflare/wrangler-action)."
    },
    {
      id: "codecov",
      patterns: ["CODECOV_TOKEN"],
      endpoints: ["codecov.io", "*.codecov.io"],
      source: "Codecov uploader and CLI (codecov.io, api.codecov.io, ingest.codecov.io)."
    },
    {
      id: "circleci",
      patterns: ["CIRCLECI_*", "CIRCLE_*TOKEN*", "CIRCLE_CI_*"],
      endpoints: ["circleci.com", "*.circleci.com"],
      source: "CircleCI API v1.1/v2 (circleci.com/api), used to trigger pipelines from GitHub Actions."
    },
    {
      id: "coverity",
      patterns: ["COVERITY_*"],
      endpoints: ["scan.coverity.com"],
      source: "Coverity Scan build-tool download and upload endpoints (scan.coverity.com)."
    },
    {
      id: "slack",
      patterns: ["SLACK_*"],
      endpoints: ["slack.com", "hooks.slack.com"],
      source: "Slack Web API (slack.com/api) and incoming webhooks (hooks.slack.com)."
    },
    {
      id: "sonarcloud",
      patterns: ["SONAR_TOKEN"],
      endpoints: ["sonarcloud.io", "*.sonarcloud.io"],
      source: "SonarCloud scanner and API. A self-hosted SonarQube needs an entry in the policy file."
    },
    {
      id: "coveralls",
      patterns: ["COVERALLS_*"],
      endpoints: ["coveralls.io"],
      source: "Coveralls API (COVERALLS_REPO_TOKEN)."
    },
    {
      id: "rubygems",
      patterns: ["RUBYGEMS_*", "GEM_HOST_API_KEY"],
      endpoints: ["rubygems.org"],
      source: "gem push reads GEM_HOST_API_KEY and posts to rubygems.org."
    },
    {
      id: "crates-io",
      patterns: ["CARGO_REGISTRY_TOKEN", "CRATES_IO_*", "CARGO_REGISTRIES_CRATES_IO_TOKEN"],
      endpoints: ["crates.io"],
      source: "cargo publish reads CARGO_REGISTRY_TOKEN and uploads to crates.io."
    },
    {
      id: "nuget",
      patterns: ["NUGET_*"],
      endpoints: ["nuget.org", "*.nuget.org"],
      source: "dotnet nuget push to api.nuget.org / www.nuget.org."
    },
    {
      id: "heroku",
      patterns: ["HEROKU_*"],
      endpoints: ["api.heroku.com", "git.heroku.com"],
      source: "Heroku Platform API and git push deploys (the API key is the git password)."
    },
    {
      id: "netlify",
      patterns: ["NETLIFY_*"],
      endpoints: ["api.netlify.com"],
      source: "Netlify API (netlify deploy with NETLIFY_AUTH_TOKEN)."
    },
    {
      id: "vercel",
      patterns: ["VERCEL_*"],
      endpoints: ["api.vercel.com"],
      source: "Vercel REST API (vercel deploy --token)."
    },
    {
      id: "snyk",
      patterns: ["SNYK_TOKEN"],
      endpoints: ["snyk.io", "*.snyk.io"],
      source: "Snyk CLI and API (api.snyk.io, app.snyk.io, regional api.*.snyk.io)."
    },
    {
      id: "google-cloud",
      patterns: ["GCP_*", "GOOGLE_*", "GCLOUD_*", "FIREBASE_*"],
      endpoints: ["*.googleapis.com"],
      source: "Google Cloud and Firebase APIs. Trade-off: storage.googleapis.com also serves buckets anyone can own."
    },
    {
      id: "azure",
      patterns: ["AZURE_*", "ARM_*"],
      endpoints: ["login.microsoftonline.com", "management.azure.com"],
      source: "Microsoft Entra ID token endpoint and Azure Resource Manager (azure/login, Terraform's ARM_* variables)."
    },
    {
      id: "digitalocean",
      patterns: ["DIGITALOCEAN_*"],
      endpoints: ["api.digitalocean.com", "registry.digitalocean.com"],
      source: "DigitalOcean API and its container registry, which accepts the API token."
    },
    {
      id: "sentry",
      patterns: ["SENTRY_*"],
      endpoints: ["sentry.io"],
      source: "sentry-cli (releases, source maps). Self-hosted Sentry needs an entry in the policy file."
    },
    {
      id: "terraform-cloud",
      patterns: ["TF_API_TOKEN", "TFE_TOKEN"],
      endpoints: ["app.terraform.io"],
      source: "HCP Terraform (Terraform Cloud) API."
    },
    {
      id: "gitlab",
      patterns: ["GITLAB_*"],
      endpoints: ["gitlab.com"],
      source: "GitLab.com API and git over HTTPS (mirroring). Self-managed GitLab needs an entry in the policy file."
    },
    {
      id: "quay",
      patterns: ["QUAY_*"],
      endpoints: ["quay.io"],
      source: "Quay.io container registry login."
    },
    {
      id: "maven-central",
      patterns: ["OSSRH_*", "SONATYPE_*", "MAVEN_CENTRAL_*"],
      endpoints: ["oss.sonatype.org", "s01.oss.sonatype.org", "central.sonatype.com"],
      source: "Maven Central publishing through OSSRH and the Central Portal."
    },
    {
      id: "anaconda",
      patterns: ["ANACONDA_*"],
      endpoints: ["api.anaconda.org"],
      source: "anaconda upload (anaconda.org API)."
    },
    {
      id: "hugging-face",
      patterns: ["HF_TOKEN", "HUGGINGFACE_*", "HUGGING_FACE_*"],
      endpoints: ["huggingface.co", "*.huggingface.co"],
      source: "Hugging Face Hub API and uploads."
    },
    {
      id: "openai",
      patterns: ["OPENAI_*"],
      endpoints: ["api.openai.com"],
      source: "OpenAI API (AI review and summarising actions)."
    },
    {
      id: "anthropic",
      patterns: ["ANTHROPIC_*"],
      endpoints: ["api.anthropic.com"],
      source: "Anthropic API (AI review actions)."
    },
    {
      id: "discord",
      patterns: ["DISCORD_WEBHOOK*"],
      endpoints: ["discord.com", "discordapp.com"],
      source: "A secret named for a Discord webhook is meant for Discord. Discord webhooks are also an exfiltration channel, so only secrets named DISCORD_WEBHOOK* get this, never other secrets."
    },
    {
      id: "telegram",
      patterns: ["TELEGRAM_*"],
      endpoints: ["api.telegram.org"],
      source: "Telegram Bot API notifications. The Bot API is also an exfiltration channel, so only secrets named TELEGRAM_* get this."
    }
  ],
  special: [
    {
      id: "oidc",
      secret: "OIDC token",
      endpoints: [
        "*.actions.githubusercontent.com",
        "sts.amazonaws.com",
        "sts.*.amazonaws.com",
        "sts.amazonaws.com.cn",
        "sts.*.amazonaws.com.cn",
        "sts.googleapis.com",
        "login.microsoftonline.com",
        "pypi.org",
        "upload.pypi.org",
        "test.pypi.org",
        "registry.npmjs.org",
        "rubygems.org",
        "crates.io",
        "fulcio.sigstore.dev"
      ],
      source: "The GitHub Actions ID token may reach its issuer, the cloud token exchanges (AWS STS, GCP STS, Entra ID), the registries that accept it for Trusted Publishing (PyPI, npm, RubyGems, crates.io) and Sigstore's Fulcio for keyless signing. In `sts.*.amazonaws.com` the `*` is exactly one label (a region)."
    }
  ],
  never: {
    secrets: ["secrets (all)", "environment (all)"],
    source: "Whole-context dumps (toJSON(secrets), env, printenv, runner memory) carry every secret, so no single issuer's affinity can cover them."
  }
};

// src/policy/names.ts
var SYNTHETIC_SECRETS = {
  /** `github.token` / `secrets.GITHUB_TOKEN`: the job token (a real secret cannot be named GITHUB_*). */
  githubToken: "GITHUB_TOKEN",
  /** `toJSON(secrets)` and other reads of the whole secrets context. */
  allSecrets: "secrets (all)",
  /** `env`, `printenv`, `/proc/PID/environ`, runner memory: every secret the process environment holds. */
  environment: "environment (all)",
  /** The GitHub Actions ID token (`ACTIONS_ID_TOKEN_REQUEST_*` with `id-token: write`). */
  oidc: "OIDC token"
};
function isWholeContext(secret) {
  const s = secret.toLowerCase();
  return s === SYNTHETIC_SECRETS.allSecrets || s === SYNTHETIC_SECRETS.environment;
}
function isOidc(secret) {
  return secret.toLowerCase() === SYNTHETIC_SECRETS.oidc.toLowerCase();
}
var SECRET_PATTERN = /^[A-Za-z_*][A-Za-z0-9_*]*$/;
var cache = /* @__PURE__ */ new Map();
function compile(pattern) {
  let re = cache.get(pattern);
  if (!re) {
    const body = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    re = new RegExp(`^${body}$`, "i");
    cache.set(pattern, re);
  }
  return re;
}
function nameMatches(pattern, name) {
  if (!SECRET_PATTERN.test(name)) return pattern.toLowerCase() === name.toLowerCase();
  return compile(pattern).test(name);
}

// src/policy/affinity.ts
var AFFINITY_VERSION = affinity_default.version;
var AFFINITY_DATE = affinity_default.date;
var entries = [
  ...affinity_default.entries.map((e) => compileEntry(e.id, e.patterns, void 0, e.endpoints, e.source)),
  ...affinity_default.special.map((e) => compileEntry(e.id, [], e.secret, e.endpoints, e.source))
];
function compileEntry(id, patterns, secret, endpoints, source) {
  const hosts = endpoints.map((raw) => {
    if (raw === "{github-server}" || raw === "*.{github-server}") {
      return { kind: "github-server", raw, wildcard: raw.startsWith("*.") };
    }
    if (raw.slice(1).includes("*")) {
      const body = raw.split(".").map((label) => label === "*" ? "[a-z0-9_-]+" : label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\.");
      return { kind: "label-glob", raw, re: new RegExp(`^${body}$`) };
    }
    const endpoint = parseEndpoint(raw);
    if ("error" in endpoint) throw new Error(`data/affinity.json: entry ${id}: ${endpoint.error}`);
    return { kind: "endpoint", raw, endpoint };
  });
  return { id, patterns, ...secret !== void 0 ? { secret } : {}, hosts, source };
}
var selectedBySecret = /* @__PURE__ */ new Map();
function entriesFor(secret) {
  let found = selectedBySecret.get(secret);
  if (!found) {
    found = selectEntries(secret);
    if (selectedBySecret.size > 1e4) selectedBySecret.clear();
    selectedBySecret.set(secret, found);
  }
  return found;
}
function selectEntries(secret) {
  if (isWholeContext(secret)) return [];
  const found = [];
  for (const entry of entries) {
    if (entry.secret !== void 0) {
      if (entry.secret.toLowerCase() === secret.toLowerCase()) found.push({ entry, pattern: entry.secret });
      continue;
    }
    if (isOidc(secret)) continue;
    const pattern = entry.patterns.find((p) => nameMatches(p, secret));
    if (pattern !== void 0) found.push({ entry, pattern });
  }
  return found;
}
function githubServer(options) {
  const host = options.githubServerHost ? normaliseHost(options.githubServerHost) : "";
  return host === "" || host === "github.com" ? null : host;
}
function hostRuleMatches(rule, name, port, server) {
  switch (rule.kind) {
    case "endpoint": {
      const e = rule.endpoint;
      if (e.kind !== "host") return endpointMatches(e, name, port);
      if (e.port !== void 0 && port !== void 0 && e.port !== port) return false;
      return e.wildcard ? name.endsWith(`.${e.host}`) : name === e.host;
    }
    case "label-glob":
      return rule.re.test(name);
    case "github-server":
      if (server === null) return false;
      return rule.wildcard ? name.endsWith(`.${server}`) : name === server;
  }
}
function affinityAllows(secret, host, port, options = {}) {
  const selected = entriesFor(secret);
  if (selected.length === 0) return null;
  const server = githubServer(options);
  const name = normaliseHost(host);
  for (const { entry, pattern } of selected) {
    const rule = entry.hosts.find((h) => hostRuleMatches(h, name, port, server));
    if (rule) {
      const endpoint = rule.kind === "github-server" ? rule.wildcard ? `*.${server}` : `${server}` : rule.raw;
      return { id: entry.id, pattern, endpoint };
    }
  }
  return null;
}
function affinityEndpoints(secret, options = {}) {
  const server = githubServer(options);
  const out = [];
  for (const { entry } of entriesFor(secret)) {
    for (const rule of entry.hosts) {
      if (rule.kind === "endpoint") out.push(rule.endpoint);
      else if (rule.kind === "github-server" && server !== null) {
        out.push({
          kind: "host",
          host: server,
          wildcard: rule.wildcard,
          raw: rule.wildcard ? `*.${server}` : server
        });
      }
    }
  }
  return out;
}
function affinityLabelGlobMatches(secret, host) {
  return entriesFor(secret).some(
    ({ entry }) => entry.hosts.some((h) => h.kind === "label-glob" && h.re.test(normaliseHost(host)))
  );
}

export {
  SYNTHETIC_SECRETS,
  isWholeContext,
  SECRET_PATTERN,
  nameMatches,
  affinityAllows,
  affinityEndpoints,
  affinityLabelGlobMatches
};
