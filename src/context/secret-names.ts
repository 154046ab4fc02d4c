/**
 * Which environment variable names carry secrets. Names only: values are never looked at, so a secret under an
 * innocent name is missed here (the static analysis follows `${{ secrets.X }}` wherever it goes instead).
 */

/** Words that mark a credential wherever they appear as a whole `_`-separated part of the name. */
const SECRET_PARTS =
  /(?:^|_)(?:TOKEN|TOKENS|SECRET|SECRETS|PASSWORD|PASSWD|PASSPHRASE|PASS|PWD|KEY|KEYS|APIKEY|CREDENTIALS?|AUTH|PAT|PRIVATE|SIGNING|DSN|COOKIE)(?:_|$)/;

/** Credentials even when the name ends like configuration (`SLACK_WEBHOOK_URL`, `DB_PASSWORD_FILE`…). */
const ALWAYS_SECRET = /WEBHOOK|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|TOKEN$/;

/** Whole families of credentials, by prefix. */
const SECRET_PREFIXES =
  /^(?:NPM_(?!CONFIG_)|NODE_AUTH_|PYPI_|TWINE_|AWS_|DOCKER_|DOCKERHUB_|CARGO_REGISTRY_|GEM_HOST_|NUGET_|VAULT_|OP_SERVICE_ACCOUNT)/;

/** Exact names the runner or common tools use for credentials. */
const SECRET_NAMES = new Set([
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'DATABASE_URL',
  'REDIS_URL',
  'MONGODB_URI',
  'GITHUB_TOKEN',
  'GPG_PRIVATE_KEY',
]);

/** Names that match the patterns above but hold configuration, not credentials. */
const NOT_SECRET =
  /(?:_URL|_URI|_REGION|_ENDPOINT|_HOST|_PORT|_VERSION|_DIR|_HOME|_USER|_USERNAME|_EMAIL|_PROFILE|_FILE|_PATH|_ID|_ARN|_NAME)$|^(?:PWD|OLDPWD)$/;

/**
 * Set by the runner for every JavaScript action step (cache and artifact service): present in this step only
 * because it is an action, so listing it says nothing about the job. Our own `INPUT_*` are likewise ours.
 */
const RUNNER_OWN = /^(?:ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|INPUT_.*)$/;

export function isSecretName(name: string): boolean {
  const upper = name.toUpperCase();
  if (RUNNER_OWN.test(upper)) return false;
  if (SECRET_NAMES.has(upper) || ALWAYS_SECRET.test(upper)) return true;
  if (NOT_SECRET.test(upper)) return false;
  return SECRET_PARTS.test(upper) || SECRET_PREFIXES.test(upper);
}

/** Sorted names of the non-empty secret-bearing variables of an environment. */
export function secretEnvNames(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.keys(env)
    .filter((name) => (env[name] ?? '') !== '' && isSecretName(name))
    .sort();
}
