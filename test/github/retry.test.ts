import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideRetry, type FailedAttempt, type RetryPolicy } from '../../src/github/retry.js';

const NOW = 1_800_000_000_000;
const policy = (over: Partial<RetryPolicy> = {}): RetryPolicy => ({
  attempt: 1,
  maxRetries: 3,
  maxRateLimitWaitMs: 60_000,
  retryBaseMs: 500,
  now: NOW,
  random: 0,
  ...over,
});
const fail = (status: number, headers: Record<string, string> = {}, message = ''): FailedAttempt => ({
  status,
  headers,
  message,
});

describe('decideRetry', () => {
  it('waits retry-after seconds, naming a secondary limit when the message does', () => {
    assert.deepEqual(
      decideRetry(fail(403, { 'retry-after': '7' }, 'You have exceeded a secondary rate limit'), policy()),
      {
        retry: true,
        ms: 7000,
        reason: 'secondary',
      },
    );
    assert.deepEqual(decideRetry(fail(429, { 'retry-after': '2' }), policy()), {
      retry: true,
      ms: 2000,
      reason: 'retry-after',
    });
  });

  it('waits for the primary limit to reset, with a second of slack', () => {
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 10) };
    assert.deepEqual(decideRetry(fail(403, headers), policy()), {
      retry: true,
      ms: 11_000,
      reason: 'primary',
    });
  });

  it('waits a minute on a secondary limit without retry-after', () => {
    const d = decideRetry(fail(403, {}, 'secondary rate limit'), policy({ maxRateLimitWaitMs: 120_000 }));
    assert.deepEqual(d, { retry: true, ms: 60_000, reason: 'secondary' });
  });

  it('gives up on a wait longer than the maximum, and says how long it was', () => {
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 3600) };
    assert.deepEqual(decideRetry(fail(403, headers), policy()), {
      retry: false,
      rateLimited: true,
      waitMs: 3_601_000,
    });
  });

  it('backs off exponentially on 5xx and lost connections, within the jitter band', () => {
    const ms = [1, 2, 3].map((attempt) => {
      const d = decideRetry(fail(0), policy({ attempt, random: 1 }));
      return d.retry ? d.ms : -1;
    });
    assert.deepEqual(ms, [500, 1000, 2000]);
    const low = decideRetry(fail(502), policy({ attempt: 2, random: 0 }));
    assert.deepEqual(low, { retry: true, ms: 500, reason: 'transient' });
  });

  it('stops after maxRetries', () => {
    assert.deepEqual(decideRetry(fail(500), policy({ attempt: 4 })), { retry: false, rateLimited: false });
    assert.equal(decideRetry(fail(403, { 'retry-after': '1' }), policy({ attempt: 4 })).retry, false);
  });

  it('never retries permission and not-found answers', () => {
    for (const status of [401, 403, 404, 409, 422]) {
      assert.deepEqual(decideRetry(fail(status), policy()), { retry: false, rateLimited: false });
    }
  });
});
