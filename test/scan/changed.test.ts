import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../src/analysis/types.js';
import { UserError } from '../../src/errors.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { introducedFindings, scanChanged } from '../../src/scan/changed.js';
import { changeOfEvent, pushedFiles } from '../../src/scan/event.js';
import { memoryRevisions } from './memory-source.js';
import { CI, GHOSTACTION_HOST, NOTIFY_ACTION, USES_LOCAL_ACTION, ghostAction } from './workflows.js';

const ENGINE_EXFIL_RULES = ['secret-to-unlisted-host', 'secret-to-exfil-service'];
const rules = (fs: Finding[]) => fs.map((f) => f.rule).sort();

function finding(fingerprint: string): Finding {
  return {
    rule: 'r',
    severity: 'error',
    confidence: 'high',
    message: 'm',
    location: { file: 'f', line: 1, column: 1 },
    job: null,
    step: null,
    stepName: null,
    secrets: [],
    destinations: [],
    evidence: [],
    fix: '',
    fingerprint,
  };
}

test('introduced findings are compared by fingerprint, as a multiset', () => {
  const head = ['a', 'a', 'b', 'c'].map(finding);
  const base = ['a', 'c', 'd'].map(finding);
  assert.deepEqual(
    introducedFindings(head, base).map((f) => f.fingerprint),
    ['a', 'b'],
  );
  assert.deepEqual(introducedFindings(base, base), []);
});

test('a change that adds a GhostAction-style workflow introduces it, with the secrets it holds and the IoC', async () => {
  const reads: string[] = [];
  const source = memoryRevisions(
    'acme/app',
    {
      base: { '.github/workflows/ci.yml': CI, 'README.md': '# app' },
      head: {
        '.github/workflows/ci.yml': CI,
        'README.md': '# app',
        '.github/workflows/security.yml': ghostAction(),
      },
    },
    reads,
  );
  const scan = await scanChanged(source, { base: 'base', head: 'head' }, defaultPolicy());
  assert.deepEqual(scan.scanned, ['.github/workflows/security.yml']);
  assert.ok(!reads.includes('.github/workflows/ci.yml'), 'unchanged workflows are not read');
  const added = scan.introduced.find((f) => f.rule === 'workflow-added-with-secrets');
  assert.deepEqual(added?.secrets, ['PYPI_API_TOKEN', 'NPM_TOKEN']);
  assert.equal(added?.severity, 'warning');
  const ioc = scan.introduced.find((f) => f.rule === 'ioc-exfil-host');
  assert.deepEqual(ioc?.destinations, [GHOSTACTION_HOST]);
  assert.equal(ioc?.severity, 'error');
});

test('a documentation-only change scans nothing and introduces nothing', async () => {
  const reads: string[] = [];
  const source = memoryRevisions(
    'acme/app',
    {
      base: { 'README.md': '# a', '.github/workflows/ci.yml': CI },
      head: { 'README.md': '# b', '.github/workflows/ci.yml': CI },
    },
    reads,
  );
  const scan = await scanChanged(source, { base: 'base', head: 'head' }, defaultPolicy());
  assert.deepEqual(scan.scanned, []);
  assert.deepEqual(scan.introduced, []);
  assert.deepEqual(scan.result.files, []);
  assert.deepEqual(reads, []);
});

test('an edit that shifts lines re-raises nothing old and names the secret it adds', async () => {
  const before = ghostAction(['PYPI_API_TOKEN']);
  const after = `# moved down by a comment\n${ghostAction(['PYPI_API_TOKEN', 'AWS_SECRET_ACCESS_KEY'])}`;
  const source = memoryRevisions('acme/app', {
    base: { '.github/workflows/security.yml': before },
    head: { '.github/workflows/security.yml': after },
  });
  const scan = await scanChanged(source, { base: 'base', head: 'head' }, defaultPolicy());
  assert.deepEqual(scan.scanned, ['.github/workflows/security.yml']);
  assert.ok(
    scan.result.findings.some((f) => f.rule === 'ioc-exfil-host'),
    'the head still has the indicator',
  );
  assert.ok(!scan.introduced.some((f) => f.rule === 'ioc-exfil-host'), 'but the base had it already');
  assert.ok(!scan.introduced.some((f) => f.rule === 'workflow-added-with-secrets'));
  const added = scan.introduced.filter((f) => f.rule === 'secret-reference-added');
  assert.deepEqual(
    added.map((f) => [f.secrets, f.location.line]),
    [[['AWS_SECRET_ACCESS_KEY'], 13]],
  );
  // The engine's flows: the old secret's flow is not new; whatever is new concerns the new secret.
  for (const f of scan.introduced.filter((x) => ENGINE_EXFIL_RULES.includes(x.rule))) {
    assert.ok(f.secrets.includes('AWS_SECRET_ACCESS_KEY'), f.message);
  }
});

test('renames keep their base; a copy or a move into .github/workflows is new in full', async () => {
  const text = ghostAction(['TOKEN']);
  const source = memoryRevisions('acme/app', {
    base: { '.github/workflows/old.yml': text, 'docs/example.yml': text },
    head: {
      '.github/workflows/new.yml': text,
      '.github/workflows/copy.yml': text,
      '.github/workflows/moved.yml': text,
    },
  });
  const scan = await scanChanged(
    source,
    {
      base: 'base',
      head: 'head',
      changedFiles: [
        { path: '.github/workflows/new.yml', status: 'renamed', previousPath: '.github/workflows/old.yml' },
        { path: '.github/workflows/copy.yml', status: 'copied', previousPath: '.github/workflows/old.yml' },
        { path: '.github/workflows/moved.yml', status: 'renamed', previousPath: 'docs/example.yml' },
      ],
    },
    defaultPolicy(),
  );
  const files = (rule: string) =>
    scan.introduced
      .filter((f) => f.rule === rule)
      .map((f) => f.location.file)
      .sort();
  assert.deepEqual(files('workflow-added-with-secrets'), [
    '.github/workflows/copy.yml',
    '.github/workflows/moved.yml',
  ]);
  assert.deepEqual(files('ioc-exfil-host'), ['.github/workflows/copy.yml', '.github/workflows/moved.yml']);
});

test('a changed local action brings in the workflows that use it', async () => {
  const source = memoryRevisions('acme/app', {
    base: {
      '.github/workflows/notify.yml': USES_LOCAL_ACTION,
      '.github/workflows/ci.yml': CI,
      '.github/actions/notify/action.yml': 'name: notify\nruns:\n  using: composite\n  steps: []\n',
    },
    head: {
      '.github/workflows/notify.yml': USES_LOCAL_ACTION,
      '.github/workflows/ci.yml': CI,
      '.github/actions/notify/action.yml': NOTIFY_ACTION,
    },
  });
  const scan = await scanChanged(source, { base: 'base', head: 'head' }, defaultPolicy());
  assert.deepEqual(scan.scanned, ['.github/actions/notify/action.yml', '.github/workflows/notify.yml']);
});

test('the policy re-levels and suppresses the scan-level findings', async () => {
  const policy = defaultPolicy();
  policy.ruleOverrides.set('workflow-added-with-secrets', 'error');
  policy.suppressions.push({
    rule: 'ioc-exfil-host',
    reason: 'red-team exercise',
    file: '.github/workflows/security.yml',
  });
  const source = memoryRevisions('acme/app', {
    base: {},
    head: { '.github/workflows/security.yml': ghostAction() },
  });
  const scan = await scanChanged(source, { base: 'base', head: 'head' }, policy);
  assert.equal(scan.introduced.find((f) => f.rule === 'workflow-added-with-secrets')?.severity, 'error');
  assert.deepEqual(scan.introduced.find((f) => f.rule === 'ioc-exfil-host')?.suppressed, {
    reason: 'red-team exercise',
    by: 'config',
  });
  policy.ruleOverrides.set('workflow-added-with-secrets', 'off');
  const off = await scanChanged(source, { base: 'base', head: 'head' }, policy);
  assert.ok(!rules(off.introduced).includes('workflow-added-with-secrets'));
});

test('push payloads give the net effect of their commits', () => {
  assert.deepEqual(
    pushedFiles([
      { added: ['a.yml', 'b.yml'], modified: [], removed: [] },
      { added: [], modified: ['a.yml', 'c.yml'], removed: ['b.yml'] },
      { added: ['d.yml'], modified: [], removed: ['e.yml'] },
    ]),
    [
      { path: 'a.yml', status: 'added' },
      { path: 'c.yml', status: 'modified' },
      { path: 'd.yml', status: 'added' },
      { path: 'e.yml', status: 'removed' },
    ],
  );
});

test('base and head come from each supported event; other events get a clear error', () => {
  const repository = { full_name: 'acme/app', default_branch: 'main' };
  const sha = (c: string) => c.repeat(40);
  assert.deepEqual(
    changeOfEvent('pull_request_target', {
      repository,
      pull_request: { base: { sha: sha('a') }, head: { sha: sha('b') } },
    }),
    { repository: 'acme/app', base: sha('a'), head: sha('b'), filesFrom: 'compare' },
  );
  assert.deepEqual(
    changeOfEvent('merge_group', { repository, merge_group: { base_sha: sha('c'), head_sha: sha('d') } }),
    { repository: 'acme/app', base: sha('c'), head: sha('d'), filesFrom: 'compare' },
  );
  assert.deepEqual(
    changeOfEvent('push', {
      repository,
      before: sha('1'),
      after: sha('2'),
      commits: [{ added: ['.github/workflows/x.yml'], modified: [], removed: [] }],
    }),
    {
      repository: 'acme/app',
      base: sha('1'),
      head: sha('2'),
      changedFiles: [{ path: '.github/workflows/x.yml', status: 'added' }],
      filesFrom: 'payload',
    },
  );
  // A new branch is compared with the default branch; a forced push with the compare API.
  assert.deepEqual(changeOfEvent('push', { repository, before: sha('0'), after: sha('2'), commits: [] }), {
    repository: 'acme/app',
    base: 'main',
    head: sha('2'),
    filesFrom: 'compare',
  });
  assert.equal(
    changeOfEvent('push', { repository, before: sha('1'), after: sha('2'), forced: true, commits: [] })
      ?.filesFrom,
    'compare',
  );
  assert.equal(changeOfEvent('push', { repository, before: sha('1'), after: sha('0'), deleted: true }), null);
  assert.throws(
    () => changeOfEvent('issues', { repository }),
    (e: unknown) => e instanceof UserError && /does not support the issues event/.test(e.message),
  );
  assert.throws(() => changeOfEvent('pull_request', { repository, pull_request: {} }), /no base or head SHA/);
  assert.throws(() => changeOfEvent('push', {}), /names no repository/);
});
