import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadPolicyConfig, MAX_CONFIG_BYTES } from '../../src/policy/config.js';
import { formatEndpoint } from '../../src/policy/endpoint.js';
import type { Endpoint } from '../../src/policy/types.js';

const FILE = '.github/exfil-guard.yml';
const names = (list: readonly Endpoint[] | undefined): string[] => (list ?? []).map(formatEndpoint);

/** The one-line message the loader gives for `text`. */
function message(text: string, options: Parameters<typeof loadPolicyConfig>[2] = {}): string {
  try {
    loadPolicyConfig(text, FILE, options);
  } catch (error) {
    assert.equal((error as Error).name, 'UserError');
    const m = (error as Error).message;
    assert.ok(!m.includes('\n'), 'message must be one line');
    return m;
  }
  assert.fail('expected an error');
}

describe('loadPolicyConfig: valid files', () => {
  it('reads the example config completely', () => {
    const c = loadPolicyConfig(readFileSync('examples/exfil-guard.yml', 'utf8'), FILE);
    assert.equal(c.version, 1);
    assert.equal(c.affinity, true);
    assert.deepEqual(names(c.allowedEndpoints), ['artifacts.example.com']);
    assert.deepEqual(names(c.jobs.get('deploy')), ['deploy.example.com', '*.internal.example.com:8443']);
    assert.deepEqual(names(c.jobs.get('notify')), ['hooks.slack.com']);
    assert.deepEqual(
      c.secrets.map((s) => [s.pattern, names(s.endpoints)]),
      [
        ['SENTRY_AUTH_TOKEN', ['sentry.example.com']],
        ['VAULT_*', ['vault.example.com:8200']],
        ['OIDC token', ['vault.example.com:8200']],
      ],
    );
    assert.deepEqual(c.suppressions[0], {
      rule: 'secret-to-unlisted-host',
      reason: 'The metrics endpoint is ours; tracked in INFRA-1234.',
      file: '.github/workflows/nightly.yml',
      job: 'metrics',
      secret: 'METRICS_TOKEN',
      destination: 'metrics.example.net',
    });
    assert.deepEqual(c.suppressions[1], {
      rule: 'unpinned-action-with-secret',
      reason: 'First-party action released from our own organisation.',
      step: 'Publish docs',
    });
    assert.deepEqual(
      [...c.rules],
      [
        ['trusted-publishing-recommended', 'off'],
        ['unpinned-action-with-secret', 'error'],
      ],
    );
    assert.equal(c.egress.failOnBlock, true);
    assert.deepEqual(names(c.egress.allowedEndpoints), [
      'pypi.org',
      'files.pythonhosted.org',
      'registry.npmjs.org',
    ]);
    assert.deepEqual(names(c.egress.jobs.get('build')), ['proxy.golang.org', 'sum.golang.org']);
  });

  it('leaves unset fields at their defaults', () => {
    const c = loadPolicyConfig('version: 1\n', FILE);
    assert.equal(c.affinity, undefined);
    assert.deepEqual(c.allowedEndpoints, []);
    assert.equal(c.jobs.size, 0);
    assert.equal(c.egress.failOnBlock, undefined);
  });

  it('accepts a list as one string of entries with commas, newlines and comments', () => {
    const c = loadPolicyConfig(
      'version: 1\nallowed-endpoints: |\n  a.example.com, b.example.com # ours\n  10.0.0.0/8\n',
      FILE,
    );
    assert.deepEqual(names(c.allowedEndpoints), ['a.example.com', 'b.example.com', '10.0.0.0/8']);
  });

  it('accepts anchors and aliases to share a list', () => {
    const c = loadPolicyConfig(
      'version: 1\nallowed-endpoints: &ours [a.example.com]\njobs:\n  x: {allowed-endpoints: *ours}\n',
      FILE,
    );
    assert.deepEqual(names(c.jobs.get('x')), ['a.example.com']);
  });

  it('accepts a step index and a byte-order mark', () => {
    const c = loadPolicyConfig('\uFEFFversion: 1\nsuppress:\n  - {rule: a-b, reason: why, step: 2}\n', FILE);
    assert.equal(c.suppressions[0]?.step, '2');
  });
});

describe('loadPolicyConfig: one-line errors naming file, line and field', () => {
  it('rejects a URL where a host is expected, with its exact position', () => {
    const text = [
      'version: 1',
      'jobs:',
      '  deploy:',
      '    allowed-endpoints:',
      '      - deploy.example.com',
      '      - api.example.com',
      '      - https://x',
    ].join('\n');
    assert.equal(
      message(text),
      '.github/exfil-guard.yml:7: jobs.deploy.allowed-endpoints[2]: "https://x" is a URL; expected host, *.host, ' +
        'host:port, an IPv4 or IPv6 address, or a CIDR range (write only the host, e.g. "x")',
    );
  });

  it('finds the line of a bad entry inside a block string', () => {
    const text =
      'version: 1\negress:\n  allowed-endpoints: |\n    pypi.org\n    files.pythonhosted.org\n    *.com\n';
    assert.equal(
      message(text),
      '.github/exfil-guard.yml:6: egress.allowed-endpoints[2]: "*.com" would allow every subdomain of a top-level ' +
        'domain; name a registrable domain',
    );
  });

  it('rejects unknown keys and suggests the intended one', () => {
    assert.equal(
      message('version: 1\nallowed-endpoint: [a.example.com]\n'),
      '.github/exfil-guard.yml:2: allowed-endpoint: unknown key; did you mean "allowed-endpoints"? (expected one of: ' +
        '$schema, version, affinity, allowed-endpoints, jobs, secrets, suppress, rules, egress)',
    );
    assert.equal(
      message('version: 1\njobs:\n  deploy:\n    allowed_endpoints: []\n'),
      '.github/exfil-guard.yml:4: jobs.deploy.allowed_endpoints: unknown key; did you mean "allowed-endpoints"? ' +
        '(expected one of: allowed-endpoints)',
    );
    assert.equal(
      message('version: 1\nsuppress:\n  - rule: a-b\n    reason: x\n    secrets: NPM_TOKEN\n'),
      '.github/exfil-guard.yml:5: suppress[0].secrets: unknown key; did you mean "secret"? ' +
        '(expected one of: rule, reason, file, job, step, secret, destination)',
    );
    assert.match(
      message('version: 1\negress:\n  mode: block\n'),
      /^\.github\/exfil-guard\.yml:3: egress\.mode: unknown key/,
    );
  });

  it('requires a reason for every suppression', () => {
    assert.equal(
      message('version: 1\nsuppress:\n  - rule: secret-to-unlisted-host\n    job: deploy\n'),
      '.github/exfil-guard.yml:3: suppress[0].reason: missing; every suppression needs a reason saying why it is accepted',
    );
    assert.equal(
      message('version: 1\nsuppress:\n  - rule: a-b\n    reason: x\n  - rule: c-d\n    reason: "   "\n'),
      '.github/exfil-guard.yml:6: suppress[1].reason: is empty; every suppression needs a reason saying why it is accepted',
    );
    assert.equal(
      message('version: 1\nsuppress:\n  - reason: because\n'),
      '.github/exfil-guard.yml:3: suppress[0].rule: missing; expected the id of the rule to suppress',
    );
  });

  it('bounds alias expansion (billion laughs)', () => {
    const bomb = [
      'version: 1',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    assert.equal(
      message(bomb),
      '.github/exfil-guard.yml:3: YAML: aliases expand too far (limit 100); write the lists out or share fewer',
    );
  });

  it('rejects an oversized file before parsing it', () => {
    const big = `version: 1\n# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`;
    assert.equal(
      message(big),
      '.github/exfil-guard.yml: (file): 257 KiB; a policy file may be at most 256 KiB',
    );
  });

  it('rejects empty files and non-mapping roots', () => {
    const empty =
      '.github/exfil-guard.yml:1: (root): the file is empty; expected a mapping that starts with "version: 1"';
    assert.equal(message(''), empty);
    assert.equal(message('# nothing but a comment\n\n'), empty);
    assert.equal(message('---\n'), empty);
    assert.equal(
      message('- version: 1\n'),
      '.github/exfil-guard.yml:1: (root): a list; expected a mapping that starts with "version: 1"',
    );
    assert.equal(
      message('just text\n'),
      '.github/exfil-guard.yml:1: (root): "just text"; expected a mapping that starts with "version: 1"',
    );
  });

  it('requires version 1', () => {
    assert.equal(
      message('affinity: true\n'),
      '.github/exfil-guard.yml:1: version: missing; expected "version: 1" (the format of this file)',
    );
    assert.equal(
      message('version: 2\n'),
      '.github/exfil-guard.yml:1: version: 2 is not supported; expected 1',
    );
    assert.equal(
      message('\nversion: "1"\n'),
      '.github/exfil-guard.yml:2: version: "1" is not supported; expected 1',
    );
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    assert.equal(
      message('version: 1\nversion: 1\n'),
      '.github/exfil-guard.yml:2: YAML: Map keys must be unique',
    );
    assert.match(message('version: 1\njobs: [\n'), /^\.github\/exfil-guard\.yml:\d+: YAML: /);
    assert.match(
      message('version: 1\n---\nversion: 1\n'),
      /^\.github\/exfil-guard\.yml:2: YAML: .*multiple documents/,
    );
  });

  it('survives deep nesting', () => {
    const deep = `version: 1\nallowed-endpoints: ${'['.repeat(20000)}${']'.repeat(20000)}\n`;
    assert.match(message(deep), /^\.github\/exfil-guard\.yml:\d+: /);
  });

  it('checks the type of every value', () => {
    const cases: [string, string][] = [
      ['version: 1\naffinity: "yes"\n', ':2: affinity: "yes"; expected true or false'],
      [
        'version: 1\nallowed-endpoints: {a: b}\n',
        ':2: allowed-endpoints: a mapping; expected a list of endpoints, or one string of them',
      ],
      [
        'version: 1\nallowed-endpoints: [42]\n',
        ':2: allowed-endpoints[0]: 42; expected an endpoint (host, *.host, host:port, IP or CIDR)',
      ],
      ['version: 1\njobs: [a]\n', ':2: jobs: a list; expected a mapping of job ids'],
      ['version: 1\njobs:\n  build:\n', ':3: jobs.build: empty; expected a mapping with allowed-endpoints'],
      [
        'version: 1\njobs:\n  "1st": {}\n',
        ':3: jobs.1st: "1st" is not a job id; expected letters, digits, "_" and "-"',
      ],
      [
        'version: 1\nsecrets:\n  "MY-SECRET": {}\n',
        ':3: secrets.MY-SECRET: "MY-SECRET" is not a secret name; expected NAME, a NAME_* pattern, or "OIDC token"',
      ],
      [
        'version: 1\nsecrets:\n  "*": {}\n',
        ':3: secrets.*: "*" matches every secret; use the top-level allowed-endpoints instead',
      ],
      [
        'version: 1\nsecrets:\n  secrets (all): {}\n',
        ':3: secrets.secrets (all): "secrets (all)" cannot be given endpoints; a host every secret may reach belongs in allowed-endpoints',
      ],
      ['version: 1\nsuppress: {rule: a}\n', ':2: suppress: a mapping; expected a list of suppressions'],
      [
        'version: 1\nsuppress:\n  - {rule: Bad_Rule, reason: x}\n',
        ':3: suppress[0].rule: "Bad_Rule" is not a rule id; expected kebab-case like secret-to-unlisted-host',
      ],
      [
        'version: 1\nsuppress:\n  - {rule: a-b, reason: x, step: -1}\n',
        ':3: suppress[0].step: -1; expected a step id, name, or 0-based index',
      ],
      [
        'version: 1\nsuppress:\n  - {rule: a-b, reason: x, destination: "http://a.example.com"}\n',
        ':3: suppress[0].destination: "http://a.example.com" is a URL; expected host, *.host, host:port, an IPv4 or IPv6 address, or a CIDR range (write only the host, e.g. "a.example.com")',
      ],
      [
        'version: 1\nsuppress:\n  - {rule: a-b, reason: x, job: "a b"}\n',
        ':3: suppress[0].job: "a b" is not a job id; expected letters, digits, "_" and "-"',
      ],
      [
        'version: 1\nrules:\n  a-b: fatal\n',
        ':3: rules.a-b: "fatal"; expected one of: off, error, warning, note',
      ],
      [
        'version: 1\nrules:\n  a-b: false\n',
        ':3: rules.a-b: false; expected one of: off, error, warning, note',
      ],
      ['version: 1\negress:\n  fail-on-block: 1\n', ':3: egress.fail-on-block: 1; expected true or false'],
      ['version: 1\n? [a]\n: b\n', ':2: (key): a list as a key; expected a name'],
    ];
    for (const [text, expected] of cases) assert.equal(message(text), `${FILE}${expected}`);
  });

  it('checks rule ids against the known rules when given them', () => {
    const knownRules = new Set(['secret-to-unlisted-host', 'secrets-context-dump']);
    assert.equal(
      message('version: 1\nrules:\n  secret-to-unlisted-hst: off\n', { knownRules }),
      `${FILE}:3: rules.secret-to-unlisted-hst: unknown rule "secret-to-unlisted-hst"; did you mean "secret-to-unlisted-host"?`,
    );
    assert.equal(
      message('version: 1\nsuppress:\n  - {rule: other-rule, reason: x}\n', { knownRules }),
      `${FILE}:3: suppress[0].rule: unknown rule "other-rule"`,
    );
    assert.equal(
      loadPolicyConfig('version: 1\nrules:\n  secrets-context-dump: warning\n', FILE, { knownRules }).rules
        .size,
      1,
    );
  });
});
