import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findGuardStep, stepsBeforeGuard } from '../../src/context/guard-position.js';
import { proxiesOutsideAllowlist, proxyTargets } from '../../src/context/proxy.js';
import { injectionVariables, readRunnerFacts } from '../../src/context/runner.js';
import { isSecretName, secretEnvNames } from '../../src/context/secret-names.js';
import type { RunnerProbes } from '../../src/context/types.js';
import { parseEndpointList } from '../../src/policy/endpoint.js';
import { buildModel } from '../../src/workflow/build.js';
import type { Job } from '../../src/workflow/types.js';

const allow = (text: string) => parseEndpointList(text).endpoints;
const probes = (answers: {
  container?: boolean;
  sudo?: boolean;
  iptables?: boolean | 'throw';
}): RunnerProbes => ({
  inContainer: () => Promise.resolve(answers.container ?? false),
  sudo: () => Promise.resolve(answers.sudo ?? false),
  iptables: () =>
    answers.iptables === 'throw'
      ? Promise.reject(new Error('boom'))
      : Promise.resolve(answers.iptables ?? false),
});

function job(steps: string, id = 'build'): Job {
  const m = buildModel(
    '.github/workflows/ci.yml',
    `on: push\njobs:\n  ${id}:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`,
  );
  assert.equal(m.kind, 'workflow');
  const j = m.kind === 'workflow' ? m.jobs[0] : undefined;
  assert.ok(j);
  return j;
}

describe('secret-bearing variable names', () => {
  it('recognises credentials by name', () => {
    for (const name of [
      'NPM_TOKEN',
      'NODE_AUTH_TOKEN',
      'PYPI_API_TOKEN',
      'TWINE_PASSWORD',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'GH_TOKEN',
      'GITHUB_TOKEN',
      'DEPLOY_KEY',
      'SSH_PRIVATE_KEY',
      'DB_PASSWORD',
      'SLACK_WEBHOOK_URL',
      'GOOGLE_APPLICATION_CREDENTIALS',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'DATABASE_URL',
      'my_api_key',
    ]) {
      assert.equal(isSecretName(name), true, name);
    }
  });

  it('leaves configuration and the runner’s own plumbing out', () => {
    for (const name of [
      'PATH',
      'PWD',
      'HOME',
      'AWS_REGION',
      'AWS_ACCESS_KEY_ID',
      'AWS_ROLE_ARN',
      'NPM_CONFIG_REGISTRY',
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_RUNTIME_TOKEN',
      'INPUT_TOKEN',
      'GITHUB_SHA',
      'RUNNER_OS',
      'SSL_CERT_FILE',
      'KEYBOARD',
    ]) {
      assert.equal(isSecretName(name), false, name);
    }
  });

  it('lists the names of set variables only, sorted', () => {
    assert.deepEqual(
      secretEnvNames({ NPM_TOKEN: 'x', EMPTY_TOKEN: '', HOME: '/root', AWS_SECRET_ACCESS_KEY: 'y' }),
      ['AWS_SECRET_ACCESS_KEY', 'NPM_TOKEN'],
    );
  });
});

describe('proxy variables', () => {
  const PASSWORD = 'hunter2-very-secret';
  const env = {
    HTTPS_PROXY: `http://builder:${PASSWORD}@proxy.evil.example:3128`,
    http_proxy: 'corp-proxy.acme.internal:8080',
    ALL_PROXY: 'socks5://[2001:db8::1]:1080',
    NO_PROXY: 'localhost',
  };

  it('reads host and port of each variable, upper and lower case, dropping credentials', () => {
    const targets = proxyTargets(env);
    assert.deepEqual(targets, [
      { variable: 'http_proxy', host: 'corp-proxy.acme.internal', port: 8080 },
      { variable: 'HTTPS_PROXY', host: 'proxy.evil.example', port: 3128 },
      { variable: 'ALL_PROXY', host: '2001:db8::1', port: 1080 },
    ]);
    assert.equal(JSON.stringify(targets).includes(PASSWORD), false);
    assert.equal(JSON.stringify(targets).includes('builder'), false);
  });

  it('keeps only proxies the allowlist does not allow', () => {
    const outside = proxiesOutsideAllowlist(env, allow('*.acme.internal'));
    assert.deepEqual(
      outside.map((p) => p.variable),
      ['HTTPS_PROXY', 'ALL_PROXY'],
    );
    assert.deepEqual(
      proxiesOutsideAllowlist(env, allow('*.acme.internal proxy.evil.example:3128 2001:db8::/32')),
      [],
    );
    // A port-restricted entry does not allow another port.
    assert.equal(
      proxiesOutsideAllowlist({ HTTPS_PROXY: 'proxy.evil.example:8080' }, allow('proxy.evil.example:3128'))
        .length,
      1,
    );
  });

  it('never echoes a value that is not shaped like a host (a token pasted by mistake)', () => {
    const token = 'ghp_1234567890abcdefghijklmnopqrstuvwxyz';
    const found = proxiesOutsideAllowlist({ HTTPS_PROXY: token, ALL_PROXY: `socks5://${token}:1080` }, []);
    assert.deepEqual(
      found.map((p) => p.host),
      ['(unparsable)', '(unparsable)'],
    );
    assert.equal(JSON.stringify(found).includes(token), false);
    assert.deepEqual(proxiesOutsideAllowlist({ HTTP_PROXY: 'http://squid:3128' }, []), [
      { variable: 'HTTP_PROXY', host: 'squid', port: 3128 },
    ]);
  });

  it('reports an unparsable value without echoing it', () => {
    const [p] = proxiesOutsideAllowlist({ HTTPS_PROXY: 'http://user:pa ss@[bad' }, []);
    assert.deepEqual(p, { variable: 'HTTPS_PROXY', host: '(unparsable)' });
  });
});

describe('injection-prone variables', () => {
  it('lists the set ones and exported bash functions', () => {
    assert.deepEqual(
      injectionVariables({
        NODE_OPTIONS: '--require /tmp/x.js',
        LD_PRELOAD: '',
        BASH_ENV: '/tmp/e',
        'BASH_FUNC_curl%%': '() { :; }',
      }),
      ['NODE_OPTIONS', 'BASH_ENV', 'BASH_FUNC_curl%%'],
    );
  });
});

describe('the guard’s step', () => {
  const steps =
    '      - uses: actions/checkout@v4\n' +
    '      - run: npm ci\n' +
    '      - uses: acme/exfil-guard@v1\n' +
    '      - run: npm publish\n';

  it('is found by GITHUB_ACTION_REPOSITORY, and the steps before it counted', () => {
    const j = job(steps);
    const env = { GITHUB_ACTION: '__acme_exfil-guard', GITHUB_ACTION_REPOSITORY: 'acme/exfil-guard' };
    assert.equal(findGuardStep(j, env)?.index, 2);
    assert.equal(stepsBeforeGuard(j, env), 2);
  });

  it('is found by its step id', () => {
    const j = job('      - run: echo\n      - id: guard\n        uses: ./\n');
    assert.equal(stepsBeforeGuard(j, { GITHUB_ACTION: 'guard' }), 1);
  });

  it('counts 0 when the guard is first (a local `uses: ./`)', () => {
    const j = job('      - uses: ./\n      - run: echo\n');
    assert.equal(stepsBeforeGuard(j, { GITHUB_ACTION: '__self' }), 0);
  });

  it('tells repeated uses apart by the runner’s _N suffix', () => {
    const j = job(
      '      - uses: acme/exfil-guard@v1\n      - run: echo\n      - uses: acme/exfil-guard@v1\n',
    );
    const base = { GITHUB_ACTION_REPOSITORY: 'acme/exfil-guard' };
    assert.equal(stepsBeforeGuard(j, { ...base, GITHUB_ACTION: '__acme_exfil-guard' }), 0);
    assert.equal(stepsBeforeGuard(j, { ...base, GITHUB_ACTION: '__acme_exfil-guard_2' }), 2);
  });

  it('is undefined when the job does not use the guard', () => {
    assert.equal(stepsBeforeGuard(job('      - run: echo\n'), { GITHUB_ACTION: '__run' }), undefined);
  });
});

describe('readRunnerFacts', () => {
  const PASSWORD = 'p4ss-w0rd-xyz';
  const env = {
    RUNNER_ENVIRONMENT: 'self-hosted',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'ARM64',
    GITHUB_WORKSPACE: '/__w/app/app',
    GITHUB_ACTION: '__acme_exfil-guard',
    GITHUB_ACTION_REPOSITORY: 'acme/exfil-guard',
    NPM_TOKEN: 'npm_abcdefabcdef',
    INPUT_TOKEN: 'ghs_abcdef',
    HTTPS_PROXY: `http://ci:${PASSWORD}@squid.example.net:3128`,
    NODE_OPTIONS: '--require ./evil.js',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/x',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'eyJhbGciOi',
  };

  it('gathers every fact from the environment and the probes', async () => {
    const j = job('      - uses: actions/checkout@v4\n      - uses: acme/exfil-guard@v1\n');
    const facts = await readRunnerFacts(env, probes({ sudo: true, iptables: 'throw' }), {
      allowlist: [],
      job: j,
    });
    assert.deepEqual(facts, {
      runnerEnvironment: 'self-hosted',
      os: 'Linux',
      arch: 'ARM64',
      container: true,
      sudo: true,
      iptables: false,
      secretEnvNames: ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'NPM_TOKEN'],
      proxies: [{ variable: 'HTTPS_PROXY', host: 'squid.example.net:3128' }],
      injectionVariables: ['NODE_OPTIONS'],
      oidcAvailable: true,
      stepsBeforeGuard: 1,
    });
    const text = JSON.stringify(facts);
    for (const value of [PASSWORD, 'npm_abcdefabcdef', 'ghs_abcdef', 'eyJhbGciOi', './evil.js']) {
      assert.equal(text.includes(value), false, value);
    }
  });

  it('reports a plain hosted runner', async () => {
    const facts = await readRunnerFacts(
      {
        RUNNER_ENVIRONMENT: 'github-hosted',
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        GITHUB_WORKSPACE: '/home/runner/work/a/a',
      },
      probes({ sudo: true, iptables: true }),
      { allowlist: [], event: { forkPullRequest: true } as never },
    );
    assert.equal(facts.container, false);
    assert.equal(facts.oidcAvailable, false);
    assert.deepEqual(facts.secretEnvNames, []);
    assert.equal(facts.stepsBeforeGuard, undefined);
    assert.equal(facts.forkPullRequest, true);
  });
});
