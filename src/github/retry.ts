/**
 * When to retry a failed GitHub API request and how long to wait first. Pure: the caller supplies the clock and
 * the randomness, so the policy is tested without waiting.
 *
 * GitHub's documented rules: a primary rate limit answers 403/429 with `x-ratelimit-remaining: 0` (wait until
 * `x-ratelimit-reset`); a secondary limit answers 403/429 with `retry-after` or a message naming it (wait
 * `retry-after`, else at least a minute); 5xx and dropped connections are transient (back off exponentially).
 */

export type WaitReason = 'primary' | 'secondary' | 'retry-after' | 'transient';

/** What the retry policy needs to know about a failed request. */
export interface FailedAttempt {
  /** HTTP status, or 0 when no response arrived (reset, refused, timeout). */
  status: number;
  headers: Record<string, string | undefined>;
  /** GitHub's `message` from the error body, if any. */
  message: string;
}

export type RetryDecision =
  { retry: true; ms: number; reason: WaitReason } | { retry: false; rateLimited: boolean; waitMs?: number };

export interface RetryPolicy {
  /** Attempts already made for this request that failed (1 after the first failure). */
  attempt: number;
  maxRetries: number;
  maxRateLimitWaitMs: number;
  retryBaseMs: number;
  now: number;
  random: number;
}

const SECONDARY_DEFAULT_MS = 60_000;
const TRANSIENT_CAP_MS = 30_000;

export function isSecondaryLimitMessage(message: string): boolean {
  return /secondary rate limit|abuse detection/i.test(message);
}

/** Classifies a failure: a rate limit to wait out, a transient error to back off from, or a final failure. */
export function decideRetry(failure: FailedAttempt, policy: RetryPolicy): RetryDecision {
  const wait = rateLimitWait(failure, policy.now);
  if (wait) {
    if (wait.ms > policy.maxRateLimitWaitMs || policy.attempt > policy.maxRetries) {
      return { retry: false, rateLimited: true, waitMs: wait.ms };
    }
    return { retry: true, ms: wait.ms, reason: wait.reason };
  }
  if (!isTransient(failure.status) || policy.attempt > policy.maxRetries) {
    return { retry: false, rateLimited: false };
  }
  const exponential = Math.min(TRANSIENT_CAP_MS, policy.retryBaseMs * 2 ** (policy.attempt - 1));
  // "Equal jitter": half fixed, half random, so parallel clients spread out but never retry instantly.
  return {
    retry: true,
    ms: Math.round(exponential / 2 + (exponential / 2) * policy.random),
    reason: 'transient',
  };
}

function rateLimitWait(failure: FailedAttempt, now: number): { ms: number; reason: WaitReason } | null {
  const { status, headers, message } = failure;
  if (status !== 403 && status !== 429) return null;
  const retryAfter = parseSeconds(headers['retry-after']);
  const secondary = isSecondaryLimitMessage(message);
  if (retryAfter !== null) return { ms: retryAfter * 1000, reason: secondary ? 'secondary' : 'retry-after' };
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = parseSeconds(headers['x-ratelimit-reset']);
    // One second of slack: the reset time is whole seconds and clocks differ a little.
    const ms = reset === null ? SECONDARY_DEFAULT_MS : Math.max(0, reset * 1000 - now) + 1000;
    return { ms, reason: 'primary' };
  }
  if (secondary) return { ms: SECONDARY_DEFAULT_MS, reason: 'secondary' };
  // A bare 429 is still "slow down"; a bare 403 is a permission problem and is not retried.
  if (status === 429) return { ms: SECONDARY_DEFAULT_MS, reason: 'retry-after' };
  return null;
}

function isTransient(status: number): boolean {
  return status === 0 || status >= 500;
}

function parseSeconds(value: string | undefined): number | null {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}
