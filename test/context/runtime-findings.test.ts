import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readEvent } from '../../src/context/event.js';
import { findGuardStep } from '../../src/context/guard-position.js';
import { locateWorkflow } from '../../src/context/locate.js';
import { readRunnerFacts } from '../../src/context/runner.js';
import { runtimeFindings } from '../../src/context/runtime-findings.js';
import { RUNTIME_RULES } from '../../src/context/runtime-rules.js';
import type { EventFacts, RunnerProbes } from '../../src/context/types.js';
import { buildModel } from '../../src/workflow/build.js';

const WF = '.github/workflows/ci.yml';
const TEXT = `on: push
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install
        run: npm ci
      - uses: acme/exfil-guard@v1
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
`;
const model = buildModel(WF, TEXT);
const job = model.kind === 'workflow' ? model.jobs[0] : undefined;
const env = {
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_WORKFLOW_REF: `acme/app/${WF}@refs/heads/main`,
  GITHUB_WORKFLOW_SHA: 'a'.repeat(40),
  GITHUB_JOB: 'release',
  GITHUB_ACTION: '__acme_exfil-guard',
  GITHUB_ACTION_REPOSITORY: 'acme/exfil-guard',
};
const location = locateWorkflow(env, { jobWorkflow: { ref: '', sha: '', repository: '', filePath: '' } });
const noProbes: RunnerProbes = {
  inContainer: () => Promise.resolve(false),
  sudo: () => Promise.resolve(true),
  iptables: () => Promise.resolve(true),
};
const quietEvent: EventFacts = readEvent('workflow_dispatch', {}, WF);
const pushOf = (files: { added?: string[]; modified?: string[] }) =>
  readEvent(
    'push',
    {
      repository: { full_name: 'acme/app' },
      commits: [{ id: 'f00dfeed'.repeat(5), added: files.added ?? [], modified: files.modified ?? [] }],
    },
    WF,
    'acme/app',
  );

describe('runtimeFindings', () => {
  it('is an error when the triggering push added the workflow and the job holds secrets (GhostAction)', () => {
    const [f, ...rest] = runtimeFindings({}, pushOf({ added: [WF] }), ['NPM_TOKEN'], location);
    assert.equal(rest.length, 0);
    assert.ok(f);
    assert.equal(f.rule, 'workflow-added-by-this-push');
    assert.equal(f.severity, 'error');
    assert.deepEqual(f.secrets, ['NPM_TOKEN']);
    assert.equal(f.job, 'release');
    assert.deepEqual(f.location, { file: WF, line: 1, column: 1 });
    assert.match(
      f.message,
      /was added by the push that triggered this run \(commit f00dfee\), and job release holds secrets \(NPM_TOKEN\)/,
    );
  });

  it('is a warning when the push only modified it, and nothing when the job holds no secrets', () => {
    const [f] = runtimeFindings({}, pushOf({ modified: [WF] }), true, location);
    assert.equal(f?.severity, 'warning');
    assert.match(f?.message ?? '', /was changed by the push/);
    assert.deepEqual(runtimeFindings({}, pushOf({ added: [WF] }), [], location), []);
    assert.deepEqual(runtimeFindings({}, pushOf({ modified: ['README.md'] }), true, location), []);
  });

  it('warns that the steps before the guard ran unguarded, pointing at the guard step', () => {
    assert.ok(job);
    const guard = findGuardStep(job, env);
    const [f] = runtimeFindings({ stepsBeforeGuard: 2 }, quietEvent, true, location, {
      job,
      guardStep: guard,
    });
    assert.equal(f?.rule, 'guard-not-first-step');
    assert.equal(f?.severity, 'warning');
    assert.equal(
      f?.message,
      '2 steps ran before Exfil Guard in job release, unguarded: "actions/checkout@v4", "Install"',
    );
    assert.equal(f?.location.line, 9);
    assert.equal(f?.step, 2);
    assert.deepEqual(runtimeFindings({ stepsBeforeGuard: 0 }, quietEvent, true, location), []);
  });

  it('notes OIDC and fork pull requests', () => {
    const fork = readEvent(
      'pull_request',
      {
        pull_request: {
          head: { repo: { full_name: 'eve/app', fork: true } },
          base: { repo: { full_name: 'acme/app' } },
        },
      },
      WF,
    );
    const found = runtimeFindings({ oidcAvailable: true }, fork, false, location);
    assert.deepEqual(
      found.map((f) => [f.rule, f.severity]),
      [
        ['oidc-token-available', 'note'],
        ['fork-pull-request-no-secrets', 'note'],
      ],
    );
    assert.match(found[1]?.message ?? '', /pull request from eve\/app: GitHub withholds secrets/);
  });

  it('never lets a proxy password or a variable value into any finding', async () => {
    const PASSWORD = 'Sup3r-S3cret-Proxy-Pw';
    const facts = await readRunnerFacts(
      {
        ...env,
        HTTPS_PROXY: `http://deploy:${PASSWORD}@egress.attacker.example:8443`,
        https_proxy: `https://${PASSWORD}@egress.attacker.example`,
        NODE_OPTIONS: `--require /tmp/${PASSWORD}.js`,
        LD_PRELOAD: `/tmp/${PASSWORD}.so`,
        NPM_TOKEN: PASSWORD,
      },
      noProbes,
      { allowlist: [], job },
    );
    const found = runtimeFindings(facts, quietEvent, facts.secretEnvNames ?? [], location, { job });
    assert.deepEqual(
      found.map((f) => `${f.rule}:${f.destinations.join(',')}`),
      [
        'guard-not-first-step:',
        'proxy-outside-allowlist:egress.attacker.example:8443',
        'proxy-outside-allowlist:egress.attacker.example',
        'injection-prone-variable:',
        'injection-prone-variable:',
      ],
    );
    assert.equal(JSON.stringify(found).includes(PASSWORD), false);
    assert.equal(JSON.stringify(facts).includes(PASSWORD), false);
  });

  it('gives every finding a registered rule, its fix, and distinct fingerprints', () => {
    const found = runtimeFindings(
      {
        stepsBeforeGuard: 1,
        proxies: [{ variable: 'HTTP_PROXY', host: 'p' }],
        injectionVariables: ['BASH_ENV', 'ENV'],
        oidcAvailable: true,
      },
      pushOf({ added: [WF] }),
      true,
      location,
    );
    assert.equal(found.length, 6);
    for (const f of found) {
      const rule = RUNTIME_RULES.find((r) => r.id === f.rule);
      assert.ok(rule, f.rule);
      assert.equal(f.fix, rule.fix);
      assert.ok(rule.title && rule.rationale);
    }
    assert.equal(new Set(found.map((f) => f.fingerprint)).size, found.length);
    assert.equal(new Set(RUNTIME_RULES.map((r) => r.id)).size, 6);
  });
});
