import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRepoSpec } from '../../src/scan/repo-spec.js';
import { UserError } from '../../src/errors.js';

test('OWNER/REPO and OWNER/REPO@REF are parsed', () => {
  assert.deepEqual(parseRepoSpec('octo-org/api'), {
    owner: 'octo-org',
    repo: 'api',
    fullName: 'octo-org/api',
  });
  assert.deepEqual(parseRepoSpec(' octo-org/api.js@release/v2 '), {
    owner: 'octo-org',
    repo: 'api.js',
    fullName: 'octo-org/api.js',
    ref: 'release/v2',
  });
  const sha = 'a'.repeat(40);
  assert.equal(parseRepoSpec(`o/r@${sha}`).ref, sha);
  assert.equal(parseRepoSpec('o/r.git').repo, 'r');
});

test('malformed specs get one clear line naming the problem', () => {
  const cases: [string, RegExp][] = [
    ['', /empty; expected OWNER\/REPO/],
    ['octo-org', /not OWNER\/REPO/],
    ['a/b/c', /not OWNER\/REPO/],
    ['-bad/repo', /owner "-bad" is not a GitHub user or organisation name/],
    ['bad--owner/repo', /owner "bad--owner"/],
    ['owner/re po', /"re po" is not a repository name/],
    ['owner/..', /is not a repository name/],
    ['owner/repo@', /"" after @ is not a branch, tag or commit SHA/],
    ['owner/repo@a..b', /after @ is not a branch/],
    ['owner/repo@feature branch', /after @ is not a branch/],
  ];
  for (const [spec, message] of cases) {
    assert.throws(
      () => parseRepoSpec(spec),
      (e: unknown) => e instanceof UserError && message.test(e.message) && !e.message.includes('\n'),
      spec,
    );
  }
});
