import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);

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

export {
  SYNTHETIC_SECRETS,
  isWholeContext,
  isOidc,
  SECRET_PATTERN,
  nameMatches
};
