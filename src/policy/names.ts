/**
 * Secret names and the patterns that select them. GitHub secret names are `[A-Za-z0-9_]` and case-insensitive,
 * so patterns are matched case-insensitively; `*` matches any run of characters (`PREFIX_*`, `*_TOKEN`).
 */

/** Display names the engine uses for values that are not one named secret. */
export const SYNTHETIC_SECRETS = {
  /** `github.token` / `secrets.GITHUB_TOKEN`: the job token (a real secret cannot be named GITHUB_*). */
  githubToken: 'GITHUB_TOKEN',
  /** `toJSON(secrets)` and other reads of the whole secrets context. */
  allSecrets: 'secrets (all)',
  /** `env`, `printenv`, `/proc/PID/environ`, runner memory: every secret the process environment holds. */
  environment: 'environment (all)',
  /** The GitHub Actions ID token (`ACTIONS_ID_TOKEN_REQUEST_*` with `id-token: write`). */
  oidc: 'OIDC token',
} as const;

/** Dumps of every secret at once: no single issuer's affinity or per-secret entry may cover them. */
export function isWholeContext(secret: string): boolean {
  const s = secret.toLowerCase();
  return s === SYNTHETIC_SECRETS.allSecrets || s === SYNTHETIC_SECRETS.environment;
}

export function isOidc(secret: string): boolean {
  return secret.toLowerCase() === SYNTHETIC_SECRETS.oidc.toLowerCase();
}

/** What a secret name (or name pattern) written in a policy may look like. */
export const SECRET_PATTERN = /^[A-Za-z_*][A-Za-z0-9_*]*$/;

const cache = new Map<string, RegExp>();

function compile(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const body = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}$`, 'i');
    cache.set(pattern, re);
  }
  return re;
}

/**
 * True when `name` is selected by `pattern`. Synthetic names (with spaces) are matched only by the same
 * spelling, never by a glob, so `S*` does not select `secrets (all)`.
 */
export function nameMatches(pattern: string, name: string): boolean {
  if (!SECRET_PATTERN.test(name)) return pattern.toLowerCase() === name.toLowerCase();
  return compile(pattern).test(name);
}
