import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPolicy } from '../../src/policy/build.js';
import { loadPolicyConfig } from '../../src/policy/config.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { egressAllowlist } from '../../src/policy/egress.js';
import { formatEndpoint, parseEndpointList } from '../../src/policy/endpoint.js';

const CONFIG = `version: 1
allowed-endpoints: [global.example.com]
jobs:
  deploy: {allowed-endpoints: [deploy.example.com]}
  build: {allowed-endpoints: [build.example.com]}
secrets:
  VAULT_*: {allowed-endpoints: ["vault.example.com:8200"]}
egress:
  allowed-endpoints: [files.pythonhosted.org, global.example.com]
  jobs:
    build: {allowed-endpoints: [proxy.golang.org]}
`;

const policy = (config = CONFIG) =>
  buildPolicy({
    inputEndpoints: parseEndpointList('input.example.com').endpoints,
    config: loadPolicyConfig(config, 'p.yml'),
  });

describe('egressAllowlist', () => {
  it('joins global, job, per-secret and egress entries without duplicates', () => {
    const list = egressAllowlist(policy(), 'deploy', []).map(formatEndpoint);
    assert.deepEqual(list, [
      'input.example.com',
      'global.example.com',
      'deploy.example.com',
      'vault.example.com:8200',
      'files.pythonhosted.org',
    ]);
    const build = egressAllowlist(policy(), 'build', []).map(formatEndpoint);
    assert.ok(build.includes('build.example.com') && build.includes('proxy.golang.org'));
    assert.ok(!build.includes('deploy.example.com'));
  });

  it('adds the affinity endpoints of the secrets the job uses', () => {
    const list = egressAllowlist(policy(), 'deploy', [
      { host: 'upload.pypi.org', secrets: ['PYPI_API_TOKEN'] },
      { host: null, secrets: ['NPM_TOKEN'] },
      { host: 'webhook.site', secrets: ['secrets (all)'] },
    ]).map(formatEndpoint);
    for (const e of ['pypi.org', 'upload.pypi.org', 'test.pypi.org', 'registry.npmjs.org'])
      assert.ok(list.includes(e), e);
    // A destination no policy allows is not added, and whole-context dumps bring no affinity.
    assert.ok(!list.includes('webhook.site'));
    assert.ok(!list.includes('api.github.com'));
    const viaOption = egressAllowlist(policy(), 'deploy', [], {
      secrets: ['GITHUB_TOKEN'],
      githubServerHost: 'ghe.example.com',
    });
    assert.ok(viaOption.map(formatEndpoint).includes('*.ghe.example.com'));
  });

  it('adds concrete hosts for one-label globs, and nothing from affinity when it is off', () => {
    const list = egressAllowlist(defaultPolicy(), 'deploy', [
      { host: 'STS.eu-west-1.amazonaws.com', secrets: ['OIDC token'] },
      { host: 'sts.evil.example', secrets: ['OIDC token'] },
    ]).map(formatEndpoint);
    assert.ok(list.includes('sts.eu-west-1.amazonaws.com'));
    assert.ok(list.includes('sts.amazonaws.com'));
    assert.ok(!list.includes('sts.evil.example'));
    const off = egressAllowlist(policy('version: 1\naffinity: false\n'), 'x', [
      { host: 'upload.pypi.org', secrets: ['PYPI_API_TOKEN'] },
    ]);
    assert.deepEqual(off.map(formatEndpoint), ['input.example.com']);
  });

  it('works for a job-less file', () => {
    assert.deepEqual(egressAllowlist(defaultPolicy(), null, []), []);
  });
});
