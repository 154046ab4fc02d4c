import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createGitHubClient } from '../../src/github/client.js';
import { githubClientFromEnv, lazyGitHubClient } from '../../src/github/lazy.js';
import { GitHubApiError, type GitHubClientOptions, type RepoInfo } from '../../src/github/types.js';
import { FakeGitHub, commitSha, faults } from '../support/fake-github.js';

const WF = '.github/workflows/ci.yml';
const CI = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';
const BASE_FILES = { [WF]: CI, 'README.md': '# app\n', 'src/index.ts': 'export {};\n' };
const HEAD_FILES = {
  [WF]: `${CI}      - run: echo more\n`,
  'src/index.ts': 'export {};\n',
  'docs/new.md': 'new\n',
};
const BASE = commitSha(BASE_FILES);
const HEAD = commitSha(HEAD_FILES);

/** A client whose waits are recorded instead of slept. */
function clientFor(gh: FakeGitHub, extra: Partial<GitHubClientOptions> = {}) {
  const waits: { reason: string; ms: number }[] = [];
  const slept: number[] = [];
  const client = createGitHubClient({
    token: 'test-token',
    apiUrl: gh.url,
    sleep: (ms) => {
      slept.push(ms);
      return Promise.resolve();
    },
    onWait: (w) => waits.push(w),
    ...extra,
  });
  return { client, waits, slept };
}

async function rejects(promise: Promise<unknown>, status: number, pattern: RegExp): Promise<GitHubApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof GitHubApiError, `expected GitHubApiError, got ${String(error)}`);
    assert.equal(error.status, status);
    assert.match(error.message, pattern);
    assert.doesNotMatch(error.message, /\n/);
    return error;
  }
  assert.fail('expected a rejection');
}

describe('GitHub client against the fake API', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start({ token: 'test-token' });
    gh.addRepo('acme/app', { commits: { [BASE]: BASE_FILES, [HEAD]: HEAD_FILES }, branches: { main: HEAD } });
    gh.addRepo('acme/secret', { readable: false, files: { [WF]: CI } });
    gh.addRepo('acme/locked', { forbidden: true, files: { [WF]: CI } });
    gh.addRepo('acme/void', { empty: true });
    gh.addRepo('acme/old', { archived: true, private: true, files: { 'a.txt': 'a' } });
    gh.addRepo('acme/tiny', { size: 0, files: { 'a.txt': 'a' } });
  });
  after(() => gh.close());

  it('reads a file at a commit SHA through the raw media type', async () => {
    const { client } = clientFor(gh);
    assert.equal(await client.getFile('acme/app', WF, BASE), CI);
    const req = gh.requests(/contents/).at(-1);
    assert.ok(req);
    assert.equal(req.path, `/repos/acme/app/contents/.github/workflows/ci.yml?ref=${BASE}`);
    assert.match(String(req.headers.accept), /vnd\.github\.raw/);
    assert.equal(req.authorized, true);
    assert.equal(JSON.stringify(gh.log).includes('test-token'), false);
  });

  it('encodes each path segment, and reads paths with spaces, # and non-ASCII names', async () => {
    gh.addRepo('acme/odd', { files: { '.github/workflows/a b#c?.yml': 'X', 'ü/ä.yml': 'Y' } });
    const { client } = clientFor(gh);
    assert.equal(await client.getFile('acme/odd', '.github/workflows/a b#c?.yml', 'main'), 'X');
    assert.equal(await client.getFile('acme/odd', 'ü/ä.yml', 'refs/heads/main'), 'Y');
    assert.equal(gh.log.at(-1)?.path, '/repos/acme/odd/contents/%C3%BC/%C3%A4.yml?ref=refs%2Fheads%2Fmain');
  });

  it('returns null for a missing file in a readable repository, and for a directory', async () => {
    const { client } = clientFor(gh);
    assert.equal(await client.getFile('acme/app', '.github/workflows/nope.yml', HEAD), null);
    assert.equal(await client.getFile('acme/app', '.github/workflows', HEAD), null);
  });

  it('lists a directory, and null for a missing one', async () => {
    const { client } = clientFor(gh);
    const entries = await client.listDir('acme/app', '', BASE);
    assert.deepEqual(
      entries?.map((e) => `${e.type}:${e.path}`),
      ['dir:.github', 'file:README.md', 'dir:src'],
    );
    assert.deepEqual(await client.listDir('acme/app', '.github/workflows', BASE), [
      { name: 'ci.yml', path: WF, type: 'file' },
    ]);
    assert.equal(await client.listDir('acme/app', 'nothing/here', BASE), null);
  });

  it('describes repositories: default branch, archived, private, empty', async () => {
    const { client } = clientFor(gh);
    const app = await client.getRepo('acme/app');
    assert.deepEqual(
      { ...app, size: undefined },
      {
        fullName: 'acme/app',
        defaultBranch: 'main',
        archived: false,
        private: false,
        empty: false,
        size: undefined,
      },
    );
    const old = await client.getRepo('acme/old');
    assert.equal(old.archived, true);
    assert.equal(old.private, true);
    assert.equal((await client.getRepo('acme/void')).empty, true);
    // Size 0 alone does not make a repository empty: the commits list decides.
    assert.equal((await client.getRepo('acme/tiny')).empty, false);
  });

  it('returns null for files of an empty repository', async () => {
    const { client } = clientFor(gh);
    assert.equal(await client.getFile('acme/void', WF, 'main'), null);
    assert.equal(await client.listDir('acme/void', '.github/workflows', 'main'), null);
  });

  it('compares two commits', async () => {
    const { client } = clientFor(gh);
    const files = await client.compare('acme/app', BASE, HEAD);
    assert.deepEqual(files.map((f) => `${f.status}:${f.path}`).sort(), [
      'added:docs/new.md',
      `modified:${WF}`,
      'removed:README.md',
    ]);
  });

  it('reads the recursive tree', async () => {
    const { client } = clientFor(gh);
    const tree = await client.getTree?.('acme/app', BASE);
    assert.ok(tree);
    assert.equal(tree.truncated, false);
    assert.deepEqual(
      tree.entries.filter((e) => e.type === 'blob').map((e) => e.path),
      [WF, 'README.md', 'src/index.ts'],
    );
    assert.ok(tree.entries.some((e) => e.path === '.github/workflows' && e.type === 'tree'));
  });

  it('names the fix for 401, 403 and 404', async () => {
    const bad = createGitHubClient({ token: 'wrong', apiUrl: gh.url });
    await rejects(bad.getFile('acme/app', WF, BASE), 401, /invalid or expired; set the `token` input/);

    const { client } = clientFor(gh);
    await rejects(
      client.getFile('acme/locked', WF, 'main'),
      403,
      /lacks `contents: read`.*add `permissions: contents: read` to the job.*SSO.*Resource not accessible/,
    );
    await rejects(
      client.getFile('acme/secret', WF, 'main'),
      404,
      /the token cannot read acme\/secret.*pass a token with contents:read on it via the `token` input/,
    );
    await rejects(client.getRepo('acme/absent'), 404, /the token cannot read acme\/absent/);
    await rejects(client.compare('acme/app', BASE, 'f'.repeat(40)), 404, /one of the commits does not exist/);
  });

  it('rejects a malformed repository name before any request', async () => {
    const { client } = clientFor(gh);
    const before = gh.log.length;
    await assert.rejects(client.getRepo('not a repo'), /expected OWNER\/REPO/);
    assert.equal(gh.log.length, before);
  });
});

describe('GitHub client: pagination, rate limits and retries', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
    for (let i = 0; i < 250; i++)
      gh.addRepo(`big/r${String(i).padStart(3, '0')}`, { files: { 'a.txt': `${i}` } });
    gh.addRepo('small/app', { files: { [WF]: CI } });
    gh.addOrg('nobody-home');
  });
  after(() => gh.close());

  async function collect(it: AsyncIterable<RepoInfo>): Promise<RepoInfo[]> {
    const out: RepoInfo[] = [];
    for await (const r of it) out.push(r);
    return out;
  }

  it('follows Link headers across three pages of 100', async () => {
    const { client } = clientFor(gh);
    const start = gh.log.length;
    const repos = await collect(client.listOrgRepos('big'));
    assert.equal(repos.length, 250);
    assert.equal(new Set(repos.map((r) => r.fullName)).size, 250);
    const pages = gh.log.slice(start).map((r) => r.path);
    assert.deepEqual(pages, [
      '/orgs/big/repos?per_page=100&type=all',
      '/orgs/big/repos?per_page=100&page=2',
      '/orgs/big/repos?per_page=100&page=3',
    ]);
  });

  it('lists an organisation without repositories as empty, and names a missing one', async () => {
    const { client } = clientFor(gh);
    assert.deepEqual(await collect(client.listOrgRepos('nobody-home')), []);
    await rejects(collect(client.listOrgRepos('ghost-org')), 404, /organisation ghost-org does not exist/);
  });

  const recoverable: [string, () => ReturnType<typeof faults.secondary>, string, number][] = [
    ['a 403 secondary rate limit (retry-after)', () => faults.secondary(2), 'secondary', 2000],
    ['a 429 with retry-after', () => faults.tooMany(3), 'retry-after', 3000],
    ['a primary rate limit (remaining 0, reset soon)', () => faults.primary(1), 'primary', -1],
    ['a 500', () => faults.status(500), 'transient', -1],
    ['a 502', () => faults.status(502, 'Bad Gateway'), 'transient', -1],
    ['a dropped connection', () => faults.reset(), 'transient', -1],
  ];
  for (const [name, fault, reason, ms] of recoverable) {
    it(`retries ${name} and recovers`, async () => {
      const { client, waits } = clientFor(gh, { random: () => 0.5 });
      gh.fail('GET', /^\/repos\/small\/app\/contents\//, [fault(), fault()]);
      const start = gh.log.length;
      assert.equal(await client.getFile('small/app', WF, 'main'), CI);
      assert.equal(gh.log.length - start, 3);
      assert.equal(gh.log.at(-1)?.status, 200);
      assert.deepEqual(
        waits.map((w) => w.reason),
        [reason, reason],
      );
      if (ms >= 0)
        assert.deepEqual(
          waits.map((w) => w.ms),
          [ms, ms],
        );
      if (reason === 'primary') for (const w of waits) assert.ok(w.ms > 0 && w.ms <= 3000, `wait ${w.ms}`);
      if (reason === 'transient') {
        // Exponential: the second wait is twice the first (same jitter draw).
        const [first = 0, second = 0] = waits.map((w) => w.ms);
        assert.equal(second, first * 2);
      }
    });
  }

  it('retries rate limits during pagination too', async () => {
    const { client, waits } = clientFor(gh);
    gh.fail('GET', /^\/orgs\/big\/repos\?.*page=2/, [faults.secondary(1)]);
    const repos = await collect(client.listOrgRepos('big'));
    assert.equal(repos.length, 250);
    assert.deepEqual(
      waits.map((w) => w.reason),
      ['secondary'],
    );
  });

  it('fails clearly when the rate limit resets beyond the maximum wait', async () => {
    const { client, slept } = clientFor(gh, { maxRateLimitWaitMs: 5000 });
    gh.fail('GET', /^\/repos\/small\/app$/, [faults.primary(3600)]);
    await rejects(
      client.getRepo('small/app'),
      403,
      /rate limit while reading repository small\/app: the API asks to wait for 36\d\d s/,
    );
    assert.deepEqual(slept, []);
  });

  it('fails clearly after the maximum number of retries', async () => {
    const { client, slept } = clientFor(gh, { maxRetries: 2 });
    gh.fail('GET', /^\/repos\/small\/app$/, [
      faults.status(503),
      faults.status(503),
      faults.status(503),
      faults.status(503),
    ]);
    await rejects(
      client.getRepo('small/app'),
      503,
      /failed while reading repository small\/app after 3 attempts \(HTTP 503\)/,
    );
    assert.equal(slept.length, 2);
    // The queue still holds one fault; drain it so later tests start clean.
    await assert.rejects(clientFor(gh, { maxRetries: 0 }).client.getRepo('small/app'));
  });

  it('does not retry a plain 403', async () => {
    const { client, slept } = clientFor(gh);
    gh.fail('GET', /^\/repos\/small\/app$/, [faults.status(403, 'Resource not accessible by integration')]);
    await rejects(client.getRepo('small/app'), 403, /contents: read/);
    assert.deepEqual(slept, []);
  });
});

describe('GitHub client: GitHub Enterprise Server base URL', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start({ prefix: '/api/v3' });
    gh.addRepo('corp/tool', { files: { [WF]: CI } });
  });
  after(() => gh.close());

  it('sends every request under the /api/v3 prefix', async () => {
    assert.match(gh.url, /\/api\/v3$/);
    const { client } = clientFor(gh);
    assert.equal(await client.getFile('corp/tool', WF, 'main'), CI);
    assert.equal((await client.getRepo('corp/tool')).defaultBranch, 'main');
    const repos: RepoInfo[] = [];
    for await (const r of client.listOrgRepos('corp')) repos.push(r);
    assert.equal(repos.length, 1);
    assert.ok(gh.log.length >= 3);
    for (const r of gh.log) assert.ok(r.path.startsWith('/api/v3/'), r.path);
  });

  it('accepts a trailing slash on the API URL', async () => {
    const { client } = clientFor(gh, { apiUrl: `${gh.url}/` });
    assert.equal(await client.getFile('corp/tool', WF, 'main'), CI);
  });
});

describe('lazyGitHubClient', () => {
  it('behaves as the client it loads on first use', async () => {
    const gh = await FakeGitHub.start({ token: 'lazy' });
    try {
      gh.addRepo('acme/lazy', { files: { [WF]: CI } });
      const client = lazyGitHubClient({ token: 'lazy', apiUrl: gh.url });
      assert.equal(gh.log.length, 0);
      assert.equal(await client.getFile('acme/lazy', WF, 'main'), CI);
      assert.equal((await client.getRepo('acme/lazy')).fullName, 'acme/lazy');
      const repos: RepoInfo[] = [];
      for await (const r of client.listOrgRepos('acme')) repos.push(r);
      assert.deepEqual(
        repos.map((r) => r.fullName),
        ['acme/lazy'],
      );
      assert.equal((await client.getTree?.('acme/lazy', 'main'))?.entries.length, 3);
      await assert.rejects(client.getRepo('acme/none'), GitHubApiError);
      const fromEnv = githubClientFromEnv('lazy', { GITHUB_API_URL: gh.url });
      assert.equal(await fromEnv.getFile('acme/lazy', WF, 'main'), CI);
    } finally {
      await gh.close();
    }
  });
});
