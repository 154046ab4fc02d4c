import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPolicy } from '../../src/policy/build.js';
import { loadPolicyConfig } from '../../src/policy/config.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { parseEndpointList } from '../../src/policy/endpoint.js';
import { judgeDestination, judgeSecrets } from '../../src/policy/evaluate.js';
import type { JudgeQuery } from '../../src/policy/evaluate.js';
import type { Policy } from '../../src/policy/types.js';

const input = (text: string) => parseEndpointList(text).endpoints;

const CONFIG = `version: 1
allowed-endpoints: [global.example.com]
jobs:
  deploy:
    allowed-endpoints: [deploy.example.com, "*.cdn.example.com:443"]
secrets:
  DEPLOY_*:
    allowed-endpoints: [secret.example.com]
  OIDC token:
    allowed-endpoints: [vault.example.com]
`;

function policy(config = CONFIG, inputText = 'input.example.com'): Policy {
  return buildPolicy({ inputEndpoints: input(inputText), config: loadPolicyConfig(config, 'p.yml') });
}

const judge = (p: Policy, q: Partial<JudgeQuery>) =>
  judgeDestination(p, { secret: 'SOME_SECRET', job: 'build', host: 'evil.example.net', ...q });

describe('judgeDestination', () => {
  it('is unknown when the destination could not be determined', () => {
    assert.deepEqual(judge(policy(), { host: null }), { verdict: 'unknown' });
    assert.deepEqual(judge(policy(), { host: '  ' }), { verdict: 'unknown' });
    assert.deepEqual(judge(policy(), { host: null, secret: 'PYPI_API_TOKEN' }), { verdict: 'unknown' });
  });

  it('denies what nothing allows', () => {
    assert.deepEqual(judge(policy(), {}), { verdict: 'denied' });
    assert.deepEqual(
      judge(defaultPolicy(), { secret: 'PYPI_API_TOKEN', host: 'bold-dhawan.45-139-104-115.plesk.page' }),
      {
        verdict: 'denied',
      },
    );
  });

  it('names what allowed it, in order: input, file, job, secret, affinity', () => {
    const p = policy();
    assert.deepEqual(judge(p, { host: 'input.example.com' }), {
      verdict: 'allowed',
      allowedBy: 'input: allowed-endpoints → input.example.com',
    });
    assert.equal(
      judge(p, { host: 'global.example.com' }).allowedBy,
      'config: allowed-endpoints → global.example.com',
    );
    assert.equal(
      judge(p, { job: 'deploy', host: 'deploy.example.com' }).allowedBy,
      'config: jobs.deploy → deploy.example.com',
    );
    assert.equal(
      judge(p, { secret: 'deploy_key', host: 'secret.example.com' }).allowedBy,
      'config: secrets.DEPLOY_* → secret.example.com',
    );
    assert.equal(
      judge(p, { secret: 'PYPI_API_TOKEN', host: 'upload.pypi.org' }).allowedBy,
      'affinity: PYPI_* → upload.pypi.org',
    );
    // The user's entry wins over affinity when both allow.
    const both = policy('version: 1\nallowed-endpoints: [upload.pypi.org]\n', '');
    assert.equal(
      judge(both, { secret: 'PYPI_API_TOKEN', host: 'upload.pypi.org' }).allowedBy,
      'config: allowed-endpoints → upload.pypi.org',
    );
  });

  it('keeps job entries to their job and secret entries to their secret', () => {
    const p = policy();
    assert.equal(judge(p, { job: 'build', host: 'deploy.example.com' }).verdict, 'denied');
    assert.equal(judge(p, { job: null, host: 'deploy.example.com' }).verdict, 'denied');
    assert.equal(judge(p, { secret: 'NPM_TOKEN', host: 'secret.example.com' }).verdict, 'denied');
    assert.equal(judge(p, { secret: 'MY_DEPLOY_KEY', host: 'secret.example.com' }).verdict, 'denied');
  });

  it('honours ports and wildcards of entries', () => {
    const p = policy();
    assert.equal(judge(p, { job: 'deploy', host: 'a.cdn.example.com', port: 443 }).verdict, 'allowed');
    assert.equal(judge(p, { job: 'deploy', host: 'a.cdn.example.com' }).verdict, 'allowed');
    assert.equal(judge(p, { job: 'deploy', host: 'a.cdn.example.com', port: 22 }).verdict, 'denied');
    assert.equal(judge(p, { job: 'deploy', host: 'cdn.example.com' }).verdict, 'denied');
  });

  it('lets whole-context dumps reach only hosts every secret may reach', () => {
    const p = policy();
    for (const secret of ['secrets (all)', 'environment (all)']) {
      assert.equal(judge(p, { secret, host: 'webhook.site' }).verdict, 'denied');
      assert.equal(judge(p, { secret, host: 'api.github.com' }).verdict, 'denied');
      assert.equal(judge(p, { secret, host: 'secret.example.com' }).verdict, 'denied');
      assert.equal(judge(p, { secret, host: 'global.example.com' }).verdict, 'allowed');
      assert.equal(judge(p, { secret, job: 'deploy', host: 'deploy.example.com' }).verdict, 'allowed');
    }
  });

  it('judges the job token and the OIDC token', () => {
    const p = policy();
    assert.equal(
      judge(p, { secret: 'GITHUB_TOKEN', host: 'api.github.com' }).allowedBy,
      'affinity: GITHUB_TOKEN → api.github.com',
    );
    assert.equal(judge(p, { secret: 'GITHUB_TOKEN', host: 'webhook.site' }).verdict, 'denied');
    assert.equal(
      judge(p, { secret: 'GITHUB_TOKEN', host: 'api.ghe.example.com', githubServerHost: 'ghe.example.com' })
        .allowedBy,
      'affinity: GITHUB_TOKEN → *.ghe.example.com',
    );
    assert.equal(
      judge(p, { secret: 'OIDC token', host: 'sts.amazonaws.com' }).allowedBy,
      'affinity: OIDC token → sts.amazonaws.com',
    );
    assert.equal(
      judge(p, { secret: 'OIDC token', host: 'vault.example.com' }).allowedBy,
      'config: secrets.OIDC token → vault.example.com',
    );
    assert.equal(judge(p, { secret: 'OIDC token', host: 'webhook.site' }).verdict, 'denied');
  });

  it('turns every built-in allowance off with affinity: false', () => {
    const p = policy('version: 1\naffinity: false\n', '');
    assert.equal(judge(p, { secret: 'PYPI_API_TOKEN', host: 'upload.pypi.org' }).verdict, 'denied');
    assert.equal(judge(p, { secret: 'GITHUB_TOKEN', host: 'api.github.com' }).verdict, 'denied');
    assert.equal(judge(p, { secret: 'OIDC token', host: 'sts.amazonaws.com' }).verdict, 'denied');
  });

  it('labels entries of a hand-built policy by their list', () => {
    const p = defaultPolicy();
    p.global = input('a.example.com');
    p.jobs.set('x', input('b.example.com'));
    assert.equal(judge(p, { host: 'a.example.com' }).allowedBy, 'policy: allowed-endpoints → a.example.com');
    assert.equal(judge(p, { job: 'x', host: 'b.example.com' }).allowedBy, 'policy: jobs.x → b.example.com');
  });

  it('keeps its labels when cloned to a worker thread (structured clone)', () => {
    const clone = structuredClone(policy());
    assert.equal(
      judge(clone, { job: 'deploy', host: 'deploy.example.com' }).allowedBy,
      'config: jobs.deploy → deploy.example.com',
    );
    assert.equal(
      judge(clone, { host: 'input.example.com' }).allowedBy,
      'input: allowed-endpoints → input.example.com',
    );
  });

  it('matches IP literals against IP and CIDR entries', () => {
    const p = policy('version: 1\nallowed-endpoints: [198.18.0.0/15, "fd00::1"]\n', '');
    assert.equal(judge(p, { host: '198.19.1.2' }).verdict, 'allowed');
    assert.equal(judge(p, { host: '[fd00::1]' }).verdict, 'allowed');
    assert.equal(judge(p, { host: '45.139.104.115' }).verdict, 'denied');
  });
});

describe('judgeSecrets', () => {
  it('denies when any secret is denied and lists which', () => {
    const p = policy();
    const j = judgeSecrets(p, {
      secrets: ['PYPI_API_TOKEN', 'AWS_SECRET_ACCESS_KEY'],
      job: 'x',
      host: 'upload.pypi.org',
    });
    assert.equal(j.verdict, 'denied');
    assert.deepEqual(j.denied, ['AWS_SECRET_ACCESS_KEY']);
    const ok = judgeSecrets(p, {
      secrets: ['PYPI_API_TOKEN', 'TWINE_PASSWORD'],
      job: 'x',
      host: 'upload.pypi.org',
    });
    assert.equal(ok.verdict, 'allowed');
    assert.equal(
      ok.allowedBy,
      'PYPI_API_TOKEN: affinity: PYPI_* → upload.pypi.org; TWINE_PASSWORD: affinity: TWINE_* → upload.pypi.org',
    );
    assert.equal(judgeSecrets(p, { secrets: ['X'], job: 'x', host: null }).verdict, 'unknown');
  });
});
