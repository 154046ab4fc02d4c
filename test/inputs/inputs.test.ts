import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UserError } from '../../src/errors.js';
import { readInputs } from '../../src/inputs.js';

/** Inputs as the runner gives them when a workflow sets nothing (defaults from action.yml, evaluated). */
const DEFAULTS: Record<string, string> = {
  'fail-on': 'error',
  'egress-policy': 'off',
  'allowed-endpoints': '',
  config: '.github/exfil-guard.yml',
  scope: 'job',
  token: 'ghs_example',
  'disable-sudo': 'false',
  'sarif-file': '',
  'workflow-ref': 'o/r/.github/workflows/ci.yml@refs/heads/main',
  'workflow-sha': 'b'.repeat(40),
  'workflow-repository': 'o/r',
  'workflow-file-path': '.github/workflows/ci.yml',
  'check-run-id': '123',
};

const read = (over: Record<string, string> = {}) => readInputs((n) => over[n] ?? DEFAULTS[n] ?? '');

function errorOf(over: Record<string, string>): string {
  try {
    read(over);
  } catch (e) {
    assert.ok(e instanceof UserError, `expected a UserError, got ${String(e)}`);
    assert.doesNotMatch(e.message, /\n/);
    return e.message;
  }
  assert.fail(`no error for ${JSON.stringify(over)}`);
}

describe('readInputs', () => {
  it('reads the defaults', () => {
    const o = read();
    assert.equal(o.failOn, 'error');
    assert.equal(o.egressPolicy, 'off');
    assert.deepEqual(o.allowedEndpoints, []);
    assert.deepEqual(o.config, { path: '.github/exfil-guard.yml', explicit: false });
    assert.equal(o.scope, 'job');
    assert.equal(o.token, 'ghs_example');
    assert.equal(o.disableSudo, false);
    assert.equal(o.sarifFile, '');
    assert.deepEqual(o.jobWorkflow, {
      ref: 'o/r/.github/workflows/ci.yml@refs/heads/main',
      sha: 'b'.repeat(40),
      repository: 'o/r',
      filePath: '.github/workflows/ci.yml',
    });
    assert.equal(o.checkRunId, '123');
  });

  it('treats empty inputs as their defaults (older runners leave job.* empty)', () => {
    const o = readInputs(() => '');
    assert.equal(o.failOn, 'error');
    assert.equal(o.scope, 'job');
    assert.equal(o.config.explicit, false);
    assert.deepEqual(o.jobWorkflow, { ref: '', sha: '', repository: '', filePath: '' });
  });

  it('reads every accepted value', () => {
    for (const v of ['error', 'warning', 'never'] as const) assert.equal(read({ 'fail-on': v }).failOn, v);
    for (const v of ['off', 'audit', 'block'] as const)
      assert.equal(read({ 'egress-policy': v }).egressPolicy, v);
    for (const v of ['job', 'workflow', 'repository', 'changed'] as const)
      assert.equal(read({ scope: v }).scope, v);
    for (const v of ['true', 'True', 'TRUE']) assert.equal(read({ 'disable-sudo': v }).disableSudo, true);
    for (const v of ['false', 'False', 'FALSE']) assert.equal(read({ 'disable-sudo': v }).disableSudo, false);
    assert.deepEqual(read({ config: 'policy/eg.yml' }).config, { path: 'policy/eg.yml', explicit: true });
    assert.equal(read({ 'sarif-file': 'out/eg.sarif' }).sarifFile, 'out/eg.sarif');
    const eps = read({
      'allowed-endpoints': 'pypi.org *.npmjs.org\napi.github.com:443  10.0.0.0/8\n::1 [2001:db8::1]:8443',
    });
    assert.deepEqual(
      eps.allowedEndpoints.map((e) => e.raw),
      ['pypi.org', '*.npmjs.org', 'api.github.com:443', '10.0.0.0/8', '::1', '[2001:db8::1]:8443'],
    );
  });

  const cases: [string, string, RegExp][] = [
    [
      'fail-on',
      'erorr',
      /^Input "fail-on" has invalid value "erorr"; expected one of: error, warning, never$/,
    ],
    ['fail-on', 'note', /^Input "fail-on" has invalid value "note"; expected one of: error, warning, never$/],
    [
      'egress-policy',
      'on',
      /^Input "egress-policy" has invalid value "on"; expected one of: off, audit, block$/,
    ],
    [
      'scope',
      'all',
      /^Input "scope" has invalid value "all"; expected one of: job, workflow, repository, changed$/,
    ],
    ['disable-sudo', 'yes', /^Input "disable-sudo" has invalid value "yes"; expected true or false$/],
    ['workflow-sha', 'main', /^Input "workflow-sha" has invalid value "main"; expected a full commit SHA/],
    [
      'workflow-repository',
      'not a repo',
      /^Input "workflow-repository" has invalid value "not a repo"; expected owner\/repo/,
    ],
    ['check-run-id', '12a', /^Input "check-run-id" has invalid value "12a"; expected a number/],
    ['config', 'a\0b', /^Input "config" has invalid value "a\\u0000b"; expected a file path$/],
    ['sarif-file', 'x\0', /^Input "sarif-file" has invalid value "x\\u0000"; expected a file path$/],
  ];
  for (const [name, value, expected] of cases) {
    it(`rejects ${name}=${JSON.stringify(value)} with one line naming the input, the value and what is allowed`, () => {
      assert.match(errorOf({ [name]: value }), expected);
    });
  }

  it('reports every bad allowed-endpoints entry in the one line', () => {
    const message = errorOf({ 'allowed-endpoints': 'pypi.org https://evil.example/x\n*.com 1.2.3.4:99999' });
    assert.match(message, /^Input "allowed-endpoints" has invalid entries: /);
    assert.match(message, /"https:\/\/evil\.example\/x" is a URL/);
    assert.match(message, /"\*\.com" would allow every subdomain/);
    assert.match(message, /"1\.2\.3\.4:99999" has an invalid port/);
  });

  it('keeps a huge bad value short', () => {
    assert.ok(errorOf({ scope: 'x'.repeat(5000) }).length < 400);
  });
});
