/**
 * End to end through the real GitHub client against the loopback fake API: scope repository, scope changed on
 * pull requests and pushes, and an organisation sweep with pagination, rate limits and odd repositories.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createGitHubClient } from '../../src/github/client.js';
import { GitHubApiError, type GitHubClientOptions } from '../../src/github/types.js';
import type { Finding } from '../../src/analysis/types.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { verdictOf } from '../../src/report/verdict.js';
import { scanRepository } from '../../src/scan/repository.js';
import { scanForEvent } from '../../src/scan/event.js';
import { sweepOrganisation, type SweepProgress } from '../../src/scan/sweep.js';
import { countsOf, renderSweepTable, toSweepJson, toSweepSarif } from '../../src/scan/sweep-report.js';
import { FakeGitHub, commitSha, faults, type FakeResponse } from '../support/fake-github.js';
import { addOrg, generateOrg } from './org-fixture.js';
import {
  CI,
  GHOSTACTION_HOST,
  NOTIFY_ACTION,
  PYPI_RELEASE,
  ROOT_ACTION,
  USES_LOCAL_ACTION,
  ghostAction,
} from './workflows.js';

/** The engine's rules for a secret sent to a host the policy does not allow. */
const EXFIL_RULES = ['secret-to-unlisted-host', 'secret-to-exfil-service'];

function clientFor(gh: FakeGitHub, extra: Partial<GitHubClientOptions> = {}) {
  const slept: number[] = [];
  const waits: string[] = [];
  const client = createGitHubClient({
    token: 'test-token',
    apiUrl: gh.url,
    retryBaseMs: 1,
    // Retry-after waits are recorded, not slept: the tests never wait for real.
    sleep: (ms) => {
      slept.push(ms);
      return Promise.resolve();
    },
    onWait: (w) => waits.push(w.reason),
    ...extra,
  });
  return { client, slept, waits };
}

/** An error-level flow of `secret` to `host` from the engine. */
function exfilFinding(findings: Finding[], host: string, secret?: string): Finding | undefined {
  return findings.find(
    (f) =>
      EXFIL_RULES.includes(f.rule) &&
      f.severity === 'error' &&
      f.suppressed === undefined &&
      f.destinations.includes(host) &&
      (secret === undefined || f.secrets.includes(secret)),
  );
}

const BASE_FILES = {
  'README.md': '# app\n',
  '.github/workflows/ci.yml': CI,
  '.github/workflows/release.yml': PYPI_RELEASE,
};

describe('scope: repository through the API', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start({ token: 'test-token', prefix: '/api/v3' });
    gh.addRepo('acme/app', {
      files: {
        ...BASE_FILES,
        '.github/workflows/security.yml': ghostAction(),
        '.github/workflows/notify.yml': USES_LOCAL_ACTION,
        '.github/actions/notify/action.yml': NOTIFY_ACTION,
        'action.yml': ROOT_ACTION,
      },
    });
    gh.addRepo('acme/plain', { files: { 'README.md': '# nothing to run\n' } });
  });
  after(() => gh.close());

  it('reads every workflow and local action at the default branch and finds the exfiltration', async () => {
    const { client } = clientFor(gh);
    const result = await scanRepository(client, 'acme/app', undefined, defaultPolicy());
    assert.equal(result.ref, 'main');
    assert.deepEqual(result.files.map((f) => f.path).sort(), [
      '.github/actions/notify/action.yml',
      '.github/workflows/ci.yml',
      '.github/workflows/notify.yml',
      '.github/workflows/release.yml',
      '.github/workflows/security.yml',
      'action.yml',
    ]);
    assert.ok(result.files.every((f) => f.error === null));
    assert.deepEqual(
      result.iocs.map((m) => [m.indicator, m.file]),
      [['ghostaction-exfil-host', '.github/workflows/security.yml']],
    );
    // Only reads, only through the API prefix (GHES-style), never a write.
    assert.ok(gh.log.every((r) => r.method === 'GET' && r.path.startsWith('/api/v3/')));
    assert.ok(
      exfilFinding(result.findings, GHOSTACTION_HOST, 'PYPI_API_TOKEN'),
      'engine: PYPI_API_TOKEN → plesk host',
    );
    assert.ok(
      exfilFinding(result.findings, 'collector.example.net'),
      'engine: DEPLOY_TOKEN through the composite action',
    );
    const release = result.findings.filter(
      (f) => f.location.file === '.github/workflows/release.yml' && f.severity === 'error',
    );
    assert.deepEqual(release, [], 'a token sent to PyPI by the PyPI action is not an error');
  });

  it('a repository without workflows (404 on the directory) is scanned and clean', async () => {
    const { client } = clientFor(gh);
    const result = await scanRepository(client, 'acme/plain', 'main', defaultPolicy());
    assert.deepEqual(result.files, []);
    assert.deepEqual(result.findings, []);
    assert.ok(gh.requests(/contents\/\.github\/workflows/).some((r) => r.status === 404));
  });

  it('a repository the token cannot see is a clear one-line error', async () => {
    const { client } = clientFor(gh);
    await assert.rejects(
      scanRepository(client, 'acme/ghost', 'main', defaultPolicy()),
      (e: unknown) => e instanceof GitHubApiError && e.status === 404 && !e.message.includes('\n'),
    );
  });
});

describe('scope: changed through the API', () => {
  let gh: FakeGitHub;
  const base = commitSha(BASE_FILES);
  const ghostHead = { ...BASE_FILES, '.github/workflows/github_actions_security.yml': ghostAction() };
  const docsHead = {
    ...BASE_FILES,
    'README.md': '# app\n\nMore documentation.\n',
    'docs/guide.md': '# Guide\n',
  };
  const GHOST = commitSha(ghostHead);
  const DOCS = commitSha(docsHead);
  const repository = { full_name: 'acme/app', default_branch: 'main' };
  const pr = (head: string) => ({
    action: 'synchronize',
    repository,
    pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } },
  });

  before(async () => {
    gh = await FakeGitHub.start({ token: 'test-token' });
    gh.addRepo('acme/app', {
      commits: { [base]: BASE_FILES, [GHOST]: ghostHead, [DOCS]: docsHead },
      branches: { main: base },
    });
  });
  after(() => gh.close());

  it('a pull request that adds a GhostAction-style workflow fails with introduced error-level findings', async () => {
    const { client } = clientFor(gh);
    const from = gh.log.length;
    const scan = await scanForEvent('pull_request_target', pr(GHOST), client, defaultPolicy());
    assert.equal(scan.repository, 'acme/app');
    assert.equal(scan.filesFrom, 'compare');
    assert.deepEqual(scan.scanned, ['.github/workflows/github_actions_security.yml']);
    assert.ok(verdictOf(scan.introduced, 'error').shouldFail);
    const added = scan.introduced.find((f) => f.rule === 'workflow-added-with-secrets');
    assert.deepEqual(added?.secrets, ['PYPI_API_TOKEN', 'NPM_TOKEN']);
    assert.ok(scan.introduced.some((f) => f.rule === 'ioc-exfil-host'));
    // Files are read at the head SHA through the API; nothing else is fetched or written.
    const requests = gh.log.slice(from);
    assert.ok(requests.every((r) => r.method === 'GET'));
    const contents = requests.filter((r) => r.path.includes('/contents/'));
    assert.ok(contents.length > 0 && contents.every((r) => r.path.includes(`ref=${GHOST}`)));
    // The engine's own verdict on the new workflow: each secret to the collector is an introduced error.
    for (const secret of ['PYPI_API_TOKEN', 'NPM_TOKEN']) {
      assert.ok(
        exfilFinding(scan.introduced, GHOSTACTION_HOST, secret),
        `engine: ${secret} → ${GHOSTACTION_HOST}`,
      );
    }
  });

  it('a pull request that only edits documentation passes: nothing scanned, nothing introduced', async () => {
    const { client } = clientFor(gh);
    const from = gh.log.length;
    const scan = await scanForEvent('pull_request', pr(DOCS), client, defaultPolicy());
    assert.deepEqual(scan.scanned, []);
    assert.deepEqual(scan.introduced, []);
    assert.equal(verdictOf(scan.introduced, 'error').shouldFail, false);
    const requests = gh.log.slice(from);
    assert.deepEqual(
      requests.map((r) => r.path.replace(/\?.*/, '')),
      [`/repos/acme/app/compare/${base}...${DOCS}`],
    );
  });

  it('when the compare API cannot relate the commits, every workflow at head is compared with its base', async () => {
    const { client } = clientFor(gh);
    gh.fail('GET', /\/compare\//, [faults.status(404, 'Not Found')]);
    const scan = await scanForEvent('pull_request', pr(GHOST), client, defaultPolicy());
    assert.equal(scan.listing, 'every-workflow');
    assert.deepEqual(scan.scanned, [
      '.github/workflows/ci.yml',
      '.github/workflows/github_actions_security.yml',
      '.github/workflows/release.yml',
    ]);
    const files = new Set(scan.introduced.map((f) => f.location.file));
    assert.deepEqual([...files], ['.github/workflows/github_actions_security.yml']);
    assert.ok(exfilFinding(scan.introduced, GHOSTACTION_HOST, 'PYPI_API_TOKEN'));
  });

  it('a push takes its files from the payload and compares with "before"', async () => {
    const { client } = clientFor(gh);
    const scan = await scanForEvent(
      'push',
      {
        repository,
        before: base,
        after: GHOST,
        commits: [{ added: ['.github/workflows/github_actions_security.yml'], modified: [], removed: [] }],
      },
      client,
      defaultPolicy(),
    );
    assert.equal(scan.filesFrom, 'payload');
    assert.ok(scan.introduced.some((f) => f.rule === 'workflow-added-with-secrets'));
  });

  it('a merge group is compared like a pull request', async () => {
    const { client } = clientFor(gh);
    const scan = await scanForEvent(
      'merge_group',
      { repository, merge_group: { base_sha: base, head_sha: DOCS } },
      client,
      defaultPolicy(),
    );
    assert.deepEqual(scan.introduced, []);
  });
});

describe('organisation sweep', () => {
  let gh: FakeGitHub;
  const repos = generateOrg('acme', 50, { extras: true });
  const PAGE = 20;

  before(async () => {
    gh = await FakeGitHub.start({ token: 'test-token' });
    addOrg(gh, repos);
    // Smaller pages than the client asks for, as GitHub may answer: the sweep must follow the Link headers.
    gh.route('GET', /^\/orgs\/acme\/repos$/, (req): FakeResponse => {
      const page = Number(req.query.get('page') ?? 1);
      const sorted = [...repos].sort((a, b) => a.fullName.localeCompare(b.fullName));
      const last = Math.ceil(sorted.length / PAGE);
      const link = (p: number, rel: string) =>
        `<${gh.url}/orgs/acme/repos?per_page=${PAGE}&page=${p}>; rel="${rel}"`;
      return {
        status: 200,
        headers: page < last ? { link: `${link(page + 1, 'next')}, ${link(last, 'last')}` } : {},
        body: sorted.slice((page - 1) * PAGE, page * PAGE).map((r) => ({
          name: r.fullName.split('/')[1],
          full_name: r.fullName,
          owner: { login: 'acme' },
          private: false,
          archived: r.spec.archived ?? false,
          default_branch: 'main',
          size: r.spec.empty ? 0 : 1,
        })),
      };
    });
    // Rate limits and a server error on the way: a secondary limit on a listing page, and on one repository a
    // 429, a secondary 403 and a 502 before its workflows can be listed.
    gh.fail('GET', /^\/orgs\/acme\/repos\?.*page=2/, [faults.secondary(1)]);
    gh.fail('GET', /^\/repos\/acme\/repo-0007\/contents\/\.github\/workflows/, [
      faults.tooMany(1),
      faults.secondary(1),
      faults.status(502, 'Bad Gateway'),
    ]);
    gh.fail(
      'GET',
      /^\/repos\/acme\/repo-0010\/contents\/\.github%2Fworkflows%2F|^\/repos\/acme\/repo-0010\/contents\/\.github\/workflows\/ci\.yml/,
      [faults.primary(1)],
    );
  });
  after(() => gh.close());

  it('sweeps ~50 repositories with bounded concurrency and reports each one', async () => {
    const { client, slept, waits } = clientFor(gh);
    const progress: SweepProgress[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const tracked = {
      ...client,
      async getFile(repo: string, path: string, ref: string) {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        try {
          return await client.getFile(repo, path, ref);
        } finally {
          inFlight--;
        }
      },
      listOrgRepos: (org: string) => client.listOrgRepos(org),
    };
    const result = await sweepOrganisation(tracked, 'acme', {
      policy: defaultPolicy(),
      concurrency: 4,
      onProgress: (e) => progress.push(e),
    });

    // Pagination: every page was fetched (page 2 twice, after its rate limit).
    assert.equal(result.counts.listed, repos.length);
    assert.equal(gh.requests(/^\/orgs\/acme\/repos/).length, Math.ceil(repos.length / PAGE) + 1);
    // Rate limits were waited out as the headers said (1 s), and the 502 was retried.
    assert.ok(waits.includes('secondary') && waits.includes('retry-after') && waits.includes('transient'));
    assert.ok(waits.includes('primary'));
    assert.equal(slept.filter((ms) => ms === 1000).length >= 3, true);
    // Bounded: at most `concurrency` repositories at once, each reading its workflows in parallel.
    assert.ok(maxInFlight >= 2, `max in flight ${maxInFlight}`);

    const entry = (name: string) => result.entries.find((e) => e.repository === `acme/${name}`);
    const byKind = (kind: string) => repos.filter((r) => r.kind === kind).map((r) => r.fullName);
    const status = (names: string[]) => [
      ...new Set(names.map((n) => result.entries.find((e) => e.repository === n)?.status)),
    ];
    assert.deepEqual(status(byKind('archived')), ['skipped']);
    assert.deepEqual(status(byKind('empty')), ['skipped']);
    assert.deepEqual(
      [...new Set(byKind('archived').map((n) => result.entries.find((e) => e.repository === n)?.reason))],
      ['archived'],
    );
    assert.deepEqual(
      [...new Set(byKind('empty').map((n) => result.entries.find((e) => e.repository === n)?.reason))],
      ['empty'],
    );
    assert.deepEqual(status(byKind('no-workflows')), ['scanned']);
    assert.equal(entry('repo-0007')?.status, 'scanned', 'retried through the rate limits');
    assert.equal(entry('locked')?.status, 'failed');
    assert.match(entry('locked')?.reason ?? '', /403/);
    assert.equal(result.counts.failed, 1, 'one failure does not abort the sweep');
    assert.equal(result.counts.scanned + result.counts.skipped + result.counts.failed, repos.length);

    // Indicators on every repository.
    const iocIds = (name: string) => entry(name)?.result.iocs.map((m) => m.indicator) ?? [];
    for (const name of byKind('shai-hulud')) {
      assert.deepEqual(iocIds(name.split('/')[1] ?? '').sort(), [
        'shai-hulud-webhook',
        'shai-hulud-workflow',
      ]);
    }
    for (const name of byKind('discussion-backdoor')) {
      assert.deepEqual(iocIds(name.split('/')[1] ?? ''), ['sha1-hulud-discussion-backdoor']);
    }
    for (const name of byKind('ghostaction'))
      assert.deepEqual(iocIds(name.split('/')[1] ?? ''), ['ghostaction-exfil-host']);
    assert.deepEqual(iocIds('s1ngularity-repository-0'), ['s1ngularity-repository']);
    for (const name of byKind('clean')) {
      const e = result.entries.find((x) => x.repository === name);
      assert.equal(e?.status, 'scanned');
      assert.deepEqual(e?.result.iocs, []);
      assert.deepEqual(
        e?.result.findings.filter((f) => f.severity === 'error'),
        [],
        `${name} is clean`,
      );
    }

    // Progress: one listing event per repository, then one scanning event per repository, ending at total.
    assert.equal(progress.filter((p) => p.phase === 'listing').length, repos.length);
    const scanning = progress.filter((p) => p.phase === 'scanning');
    assert.equal(scanning.length, repos.length);
    assert.deepEqual(scanning.at(-1) && [scanning.at(-1)?.done, scanning.at(-1)?.total], [
      repos.length,
      repos.length,
    ]);

    // The closing table lists the repositories with findings, worst first, and what failed or was skipped.
    const table = renderSweepTable(result);
    const lines = table.split('\n');
    assert.match(lines[0] ?? '', /^REPOSITORY\s+ERRORS\s+WARNINGS\s+IOCS$/);
    for (const name of [...byKind('shai-hulud'), ...byKind('ghostaction'), 'acme/s1ngularity-repository-0']) {
      assert.ok(
        lines.some((l) => l.startsWith(`${name} `)),
        name,
      );
    }
    for (const name of byKind('clean')) assert.ok(!lines.some((l) => l.startsWith(`${name} `)), name);
    assert.match(table, /acme\/locked: .*403/);
    assert.match(
      table,
      new RegExp(
        `acme: ${repos.length} repositories, \\d+ scanned, 10 skipped \\(5 archived, 5 empty\\), 1 failed`,
      ),
    );

    // JSON: the v1 report per repository with the repository named.
    const json = toSweepJson(result);
    assert.equal(json.repositories.length, repos.length);
    const ghostJson = json.repositories.find((r) => r.repository === byKind('ghostaction')[0]);
    assert.equal(ghostJson?.version, 1);
    assert.equal(ghostJson?.status, 'scanned');
    assert.ok(
      ghostJson?.findings.some(
        (f) => f.rule === 'ioc-exfil-host' && f.destinations.includes(GHOSTACTION_HOST),
      ),
    );
    assert.ok(ghostJson?.files.some((f) => f.path === '.github/workflows/github_actions_security.yml'));

    // SARIF: one run per repository with findings, with its provenance.
    const sarif = toSweepSarif(result, { toolVersion: '0.1.0', rules: [] });
    const withFindings = result.entries.filter((e) => e.result.findings.length > 0).length;
    assert.equal(sarif.runs.length, withFindings);
    const run = sarif.runs.find(
      (r) => r.automationDetails.id === `exfil-guard/org/${byKind('shai-hulud')[0]}/`,
    );
    assert.ok(run);
    assert.ok(run.results.some((r) => r.ruleId === 'ioc-malicious-workflow-file'));

    // The engine's verdict on the GhostAction-style and composite-action repositories.
    for (const name of byKind('ghostaction')) {
      const e = result.entries.find((x) => x.repository === name);
      assert.ok(e && exfilFinding(e.result.findings, GHOSTACTION_HOST, 'PYPI_API_TOKEN'), `engine: ${name}`);
      assert.ok(e && countsOf(e).errors > 0);
    }
    for (const name of byKind('composite-exfil')) {
      const e = result.entries.find((x) => x.repository === name);
      assert.ok(e && exfilFinding(e.result.findings, 'collector.example.net'), `engine: ${name}`);
    }
  });

  it('an unknown organisation and bad credentials stop the sweep with one clear line', async () => {
    const { client } = clientFor(gh);
    await assert.rejects(
      sweepOrganisation(client, 'nobody', { policy: defaultPolicy() }),
      (e: unknown) =>
        e instanceof GitHubApiError && e.status === 404 && /organisation nobody/.test(e.message),
    );
    const bad = clientFor(gh, { token: 'wrong' }).client;
    await assert.rejects(
      sweepOrganisation(bad, 'acme', { policy: defaultPolicy() }),
      (e: unknown) => e instanceof GitHubApiError && e.status === 401,
    );
  });
});
