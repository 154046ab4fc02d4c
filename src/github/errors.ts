/**
 * Turns API failures into one-line messages that name the fix: which permission, which input, which repository.
 */
import { GitHubApiError } from './types.js';
import type { FailedAttempt } from './retry.js';

/** What the failed call was trying to do, for the message. */
export interface CallContext {
  /** `owner/repo` the call concerned, if any. */
  repo?: string;
  /** `reading .github/workflows/ci.yml at 0123abc`, `listing the repositories of acme`. */
  doing: string;
}

const TOKEN_INPUT = 'set the `token` input (or GITHUB_TOKEN for the CLI)';

export function apiError(failure: FailedAttempt, ctx: CallContext): GitHubApiError {
  const said = failure.message ? ` (GitHub said: ${quote(failure.message)})` : '';
  const where = ctx.repo ? ` on ${ctx.repo}` : '';
  switch (failure.status) {
    case 401:
      return new GitHubApiError(
        `GitHub API 401 while ${ctx.doing}: the token is invalid or expired; ${TOKEN_INPUT} to a valid token`,
        401,
      );
    case 403:
      return new GitHubApiError(
        `GitHub API 403 while ${ctx.doing}: the token lacks \`contents: read\`${where} ` +
          `(add \`permissions: contents: read\` to the job, or pass a token that has it via the \`token\` input), ` +
          `or the organisation requires SSO authorisation or an IP allow-list for this token${said}`,
        403,
      );
    case 404:
      return cannotRead(ctx, 404);
    case 0:
      return new GitHubApiError(
        `GitHub API unreachable while ${ctx.doing}: ${failure.message || 'no response'}; check GITHUB_API_URL and the runner's network`,
        0,
      );
    default:
      return new GitHubApiError(
        `GitHub API ${failure.status} while ${ctx.doing}${said}; retry later`,
        failure.status,
      );
  }
}

/** The repository itself answered 404: private and not readable with this token, or it does not exist. */
export function cannotRead(ctx: CallContext, status: number): GitHubApiError {
  const repo = ctx.repo ?? 'the repository';
  return new GitHubApiError(
    `GitHub API ${status} while ${ctx.doing}: the token cannot read ${repo} (it is private to this token or ` +
      `does not exist): pass a token with contents:read on it via the \`token\` input`,
    status,
  );
}

export function rateLimitError(
  failure: FailedAttempt,
  ctx: CallContext,
  waitMs: number | undefined,
): GitHubApiError {
  const seconds = waitMs === undefined ? '' : ` for ${Math.ceil(waitMs / 1000)} s`;
  return new GitHubApiError(
    `GitHub API rate limit while ${ctx.doing}: the API asks to wait${seconds}, beyond this run's retries or ` +
      `maximum wait; retry later, lower the concurrency, or use a token with a higher rate limit`,
    failure.status,
    'rate-limit',
  );
}

export function retriesExhausted(failure: FailedAttempt, ctx: CallContext, attempts: number): GitHubApiError {
  const what = failure.status === 0 ? failure.message || 'no response' : `HTTP ${failure.status}`;
  return new GitHubApiError(
    `GitHub API failed while ${ctx.doing} after ${attempts} attempts (${what}); check GITHUB_API_URL or retry later`,
    failure.status,
    'retries',
  );
}

function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `"${line.length > 200 ? `${line.slice(0, 200)}…` : line}"`;
}
