import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultPolicy } from '../../src/policy/defaults.js';
import {
  configMatches,
  fileMatches,
  findSuppression,
  invalidSuppressions,
  parseSuppressionComments,
} from '../../src/policy/suppress.js';
import type { SuppressibleFinding } from '../../src/policy/suppress.js';
import type { Policy, Suppression } from '../../src/policy/types.js';

const RULE = 'secret-to-unlisted-host';

function finding(over: Partial<SuppressibleFinding> = {}): SuppressibleFinding {
  return {
    rule: RULE,
    location: { file: '.github/workflows/release.yml', line: 30, column: 9 },
    job: 'deploy',
    step: 3,
    stepName: 'Notify',
    secrets: ['METRICS_TOKEN'],
    destinations: ['metrics.example.net'],
    ...over,
  };
}

function withSuppressions(...suppressions: Suppression[]): Policy {
  const p = defaultPolicy();
  p.suppressions = suppressions;
  return p;
}

describe('config suppressions', () => {
  it('match by rule alone, everywhere', () => {
    const p = withSuppressions({ rule: RULE, reason: 'accepted' });
    assert.deepEqual(findSuppression(p, finding(), []), { reason: 'accepted', by: 'config' });
    assert.equal(findSuppression(p, finding({ rule: 'other-rule' }), []), null);
  });

  it('are narrowed by file, job, step, secret and destination', () => {
    const s: Suppression = { rule: RULE, reason: 'r' };
    assert.ok(configMatches({ ...s, file: '.github/workflows/release.yml' }, finding()));
    assert.ok(configMatches({ ...s, file: 'release.yml' }, finding()));
    assert.ok(configMatches({ ...s, file: '.github/workflows/*.yml' }, finding()));
    assert.ok(configMatches({ ...s, file: '**/release.yml' }, finding()));
    assert.ok(!configMatches({ ...s, file: 'nightly.yml' }, finding()));
    assert.ok(
      !configMatches(
        { ...s, file: '*.yml' },
        finding({ location: { file: 'a/b.yaml', line: 1, column: 1 } }),
      ),
    );

    assert.ok(configMatches({ ...s, job: 'deploy' }, finding()));
    assert.ok(!configMatches({ ...s, job: 'build' }, finding()));
    assert.ok(!configMatches({ ...s, job: 'deploy' }, finding({ job: null })));

    assert.ok(configMatches({ ...s, step: 'Notify' }, finding()));
    assert.ok(configMatches({ ...s, step: '3' }, finding()));
    assert.ok(configMatches({ ...s, step: 'notify-step' }, finding({ stepId: 'notify-step' })));
    assert.ok(!configMatches({ ...s, step: '2' }, finding()));
    assert.ok(!configMatches({ ...s, step: 'Notify' }, finding({ step: null, stepName: null })));

    assert.ok(configMatches({ ...s, secret: 'METRICS_TOKEN' }, finding()));
    assert.ok(configMatches({ ...s, secret: 'metrics_*' }, finding()));
    assert.ok(!configMatches({ ...s, secret: 'NPM_TOKEN' }, finding()));
    assert.ok(
      !configMatches({ ...s, secret: 'METRICS_*' }, finding({ secrets: ['METRICS_TOKEN', 'NPM_TOKEN'] })),
    );
    assert.ok(!configMatches({ ...s, secret: 'METRICS_TOKEN' }, finding({ secrets: [] })));
    assert.ok(configMatches({ ...s, secret: 'secrets (all)' }, finding({ secrets: ['secrets (all)'] })));

    assert.ok(configMatches({ ...s, destination: 'metrics.example.net' }, finding()));
    assert.ok(configMatches({ ...s, destination: '*.example.net' }, finding()));
    assert.ok(!configMatches({ ...s, destination: 'example.net' }, finding()));
    assert.ok(
      !configMatches(
        { ...s, destination: '*.example.net' },
        finding({ destinations: ['a.example.net', 'webhook.site'] }),
      ),
    );
    assert.ok(
      configMatches({ ...s, destination: '198.18.0.0/15' }, finding({ destinations: ['198.18.3.4'] })),
    );
    assert.ok(
      configMatches(
        { ...s, destination: 'a.example.net:8443' },
        finding({ destinations: ['a.example.net:8443'] }),
      ),
    );
    assert.ok(
      !configMatches(
        { ...s, destination: 'a.example.net:8443' },
        finding({ destinations: ['a.example.net:22'] }),
      ),
    );
  });

  it('need every field to match', () => {
    const p = withSuppressions({ rule: RULE, reason: 'r', job: 'deploy', secret: 'NPM_TOKEN' });
    assert.equal(findSuppression(p, finding(), []), null);
    const q = withSuppressions({
      rule: RULE,
      reason: 'ok',
      job: 'deploy',
      secret: 'METRICS_TOKEN',
      step: 'Notify',
    });
    assert.deepEqual(findSuppression(q, finding(), []), { reason: 'ok', by: 'config' });
  });
});

describe('parseSuppressionComments', () => {
  const source = [
    'jobs:', // 1
    '  deploy:', // 2
    '    steps:', // 3
    '      # exfil-guard: ignore[unpinned-action-with-secret] first-party action', // 4
    '      - uses: example/notify@v1', // 5
    '        with:', // 6
    '          token: ${{ secrets.METRICS_TOKEN }}', // 7
    '      - run: |', // 8
    '          curl -d "$T" https://metrics.example.net  # exfil-guard: ignore[secret-to-unlisted-host] ours', // 9
    '          # exfil-guard: ignore[secret-to-unlisted-host,secret-to-ip-literal] internal collector', // 10
    '', // 11
    '          curl -d "$T" \\', // 12
    '            https://198.18.0.1/collect', // 13
    '          curl -d "$T" https://other.example.net', // 14
    '      # exfil-guard: ignore[secret-to-unlisted-host]', // 15
    '      - run: echo "# exfil-guard: ignore[secret-to-unlisted-host] not a comment"', // 16
    '      // exfil-guard: ignore[Bad Rule] x', // 17
    '      # exfil-guard: ignroe[secret-to-unlisted-host] typo', // 18
  ].join('\n');
  const parsed = parseSuppressionComments(source);

  it('finds every directive, one entry per rule, with the lines it covers', () => {
    const valid = parsed.filter((s) => s.problem === undefined);
    assert.deepEqual(
      valid.map(({ rule, reason, line, from, to }) => ({ rule, reason, line, from, to })),
      [
        // Own line above a step: the whole step.
        { rule: 'unpinned-action-with-secret', reason: 'first-party action', line: 4, from: 5, to: 7 },
        // Trailing: its own line only.
        { rule: 'secret-to-unlisted-host', reason: 'ours', line: 9, from: 9, to: 9 },
        // Own line inside a script, blank line between: the next command with its continuation line.
        { rule: 'secret-to-unlisted-host', reason: 'internal collector', line: 10, from: 12, to: 13 },
        { rule: 'secret-to-ip-literal', reason: 'internal collector', line: 10, from: 12, to: 13 },
      ],
    );
    assert.equal(parsed.find((s) => s.line === 9)?.column, 53);
  });

  it('returns invalid comments with the reason they are ignored', () => {
    const invalid = invalidSuppressions(parsed);
    assert.deepEqual(
      invalid.map(({ line, rule, problem }) => ({ line, rule, problem })),
      [
        {
          line: 15,
          rule: 'secret-to-unlisted-host',
          problem:
            'suppression without a reason is ignored; expected "# exfil-guard: ignore[rule-id] reason"',
        },
        {
          line: 17,
          rule: 'Bad Rule',
          problem: '"Bad Rule" is not a rule id; expected "# exfil-guard: ignore[rule-id] reason"',
        },
        {
          line: 18,
          rule: '',
          problem: 'unrecognised exfil-guard comment; expected "# exfil-guard: ignore[rule-id] reason"',
        },
      ],
    );
    // Text inside a string is not a comment.
    assert.ok(!parsed.some((s) => s.line === 16));
  });

  it('handles empty rule lists, CRLF and the end of the file', () => {
    assert.equal(
      parseSuppressionComments('# exfil-guard: ignore[] why')[0]?.problem?.startsWith(
        'ignore[] names no rule',
      ),
      true,
    );
    const crlf = parseSuppressionComments('a: 1\r\n# exfil-guard: ignore[a-b] because\r\nb: 2\r\n');
    assert.deepEqual(
      crlf.map(({ line, from, to, reason }) => ({ line, from, to, reason })),
      [{ line: 2, from: 3, to: 3, reason: 'because' }],
    );
    const last = parseSuppressionComments('a: 1\n# exfil-guard: ignore[a-b] at the end\n');
    assert.deepEqual(
      last.map(({ from, to }) => [from, to]),
      [[2, 2]],
    );
  });
});

describe('comment suppressions', () => {
  const comments = parseSuppressionComments(
    [
      'steps:', // 1
      '  # exfil-guard: ignore[secret-to-unlisted-host] reviewed', // 2
      '  - run: curl -d "$T" https://a.example.net', // 3
      '  - run: curl -d "$T" https://b.example.net # exfil-guard: ignore[secret-to-unlisted-host] trailing', // 4
      '  - run: curl -d "$T" https://c.example.net', // 5
      '  - run: curl -d "$T" https://d.example.net # exfil-guard: ignore[secret-to-unlisted-host]', // 6
    ].join('\n'),
  );
  const at = (line: number, rule = RULE) =>
    findSuppression(
      defaultPolicy(),
      finding({ rule, location: { file: 'w.yml', line, column: 1 } }),
      comments,
    );

  it('cover the line after an own-line comment and the line of a trailing one', () => {
    assert.deepEqual(at(3), { reason: 'reviewed', by: 'comment' });
    assert.deepEqual(at(4), { reason: 'trailing', by: 'comment' });
    assert.equal(at(5), null);
    assert.equal(at(1), null);
  });

  it('do not match another rule, and a comment without a reason suppresses nothing', () => {
    assert.equal(at(3, 'secret-to-ip-literal'), null);
    assert.equal(at(6), null);
  });

  it('accept plain LineSuppressions (the comment line and the next)', () => {
    const plain = [{ rule: RULE, reason: 'plain', line: 10 }];
    const f = (line: number) =>
      findSuppression(defaultPolicy(), finding({ location: { file: 'w.yml', line, column: 1 } }), plain);
    assert.deepEqual(f(10), { reason: 'plain', by: 'comment' });
    assert.deepEqual(f(11), { reason: 'plain', by: 'comment' });
    assert.equal(f(12), null);
    assert.equal(f(9), null);
    assert.equal(
      findSuppression(defaultPolicy(), finding({ location: { file: 'w.yml', line: 10, column: 1 } }), [
        { rule: RULE, reason: ' ', line: 10 },
      ]),
      null,
    );
  });

  it('come after config suppressions', () => {
    const p = withSuppressions({ rule: RULE, reason: 'from config' });
    assert.deepEqual(
      findSuppression(p, finding({ location: { file: 'w.yml', line: 3, column: 1 } }), comments),
      {
        reason: 'from config',
        by: 'config',
      },
    );
  });
});

describe('fileMatches', () => {
  it('globs paths', () => {
    assert.ok(fileMatches('.github/workflows/*.yml', '.github/workflows/ci.yml'));
    assert.ok(fileMatches('./.github/workflows/ci.yml', '.github/workflows/ci.yml'));
    assert.ok(!fileMatches('.github/workflows/*.yml', '.github/workflows/sub/ci.yml'));
    assert.ok(fileMatches('.github/**', '.github/workflows/sub/ci.yml'));
    assert.ok(fileMatches('**/action.yml', 'action.yml'));
    assert.ok(fileMatches('ci.y?l', 'x/ci.yml'));
    assert.ok(!fileMatches('ci.yml', 'x/ci_yml'));
  });
});
