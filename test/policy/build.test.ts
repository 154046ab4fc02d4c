import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile as readFileAsync } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPolicy, loadPolicy, DEFAULT_CONFIG_PATH } from '../../src/policy/build.js';
import { loadPolicyConfig } from '../../src/policy/config.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { parseEndpointList } from '../../src/policy/endpoint.js';

const input = (text: string) => parseEndpointList(text).endpoints;

describe('buildPolicy', () => {
  it('is the default policy with only the input', () => {
    const p = buildPolicy({ inputEndpoints: [] });
    assert.deepEqual({ ...p, origins: undefined }, { ...defaultPolicy(), origins: undefined });
  });

  it('carries every section of the file', () => {
    const p = buildPolicy({
      inputEndpoints: input('in.example.com'),
      config: loadPolicyConfig(
        'version: 1\naffinity: false\nallowed-endpoints: [a.example.com]\nsuppress:\n  - {rule: a-b, reason: ok}\nrules:\n  a-b: off\negress:\n  fail-on-block: false\n  allowed-endpoints: [pypi.org]\n  jobs:\n    build: {allowed-endpoints: [proxy.golang.org]}\n',
        'p.yml',
      ),
    });
    assert.equal(p.affinity, false);
    assert.deepEqual(
      p.global.map((e) => e.raw),
      ['in.example.com', 'a.example.com'],
    );
    assert.deepEqual(p.suppressions, [{ rule: 'a-b', reason: 'ok' }]);
    assert.equal(p.ruleOverrides.get('a-b'), 'off');
    assert.equal(p.egress?.failOnBlock, false);
    assert.deepEqual(
      p.egress?.global.map((e) => e.raw),
      ['pypi.org'],
    );
    assert.deepEqual(
      p.egress?.jobs.get('build')?.map((e) => e.raw),
      ['proxy.golang.org'],
    );
  });
});

describe('loadPolicy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'exfil-guard-policy-'));
  mkdirSync(join(dir, '.github'));
  const good = join(dir, 'good.yml');
  writeFileSync(good, 'version: 1\nallowed-endpoints: [a.example.com]\n');
  const bad = join(dir, 'bad.yml');
  writeFileSync(bad, 'version: 1\nallowed-endpoints: [https://a.example.com]\n');
  const binary = join(dir, 'binary.yml');
  writeFileSync(binary, Buffer.from([0x76, 0x65, 0xff, 0xfe, 0x00]));
  const readFile = (path: string) => readFileAsync(path);

  it('reads the file when present', async () => {
    const { policy: p, configFile } = await loadPolicy({
      path: good,
      explicit: true,
      readFile,
      inputEndpoints: input('in.example.com'),
    });
    assert.equal(configFile, good);
    assert.deepEqual(
      p.global.map((e) => e.raw),
      ['in.example.com', 'a.example.com'],
    );
  });

  it('uses defaults when the default path is absent', async () => {
    const { policy: p, configFile } = await loadPolicy({
      path: join(dir, DEFAULT_CONFIG_PATH),
      explicit: false,
      readFile,
    });
    assert.equal(configFile, null);
    assert.equal(p.affinity, true);
    assert.deepEqual(p.global, []);
    // A readFile that returns null for absent files works the same.
    const viaNull = await loadPolicy({
      path: 'x.yml',
      explicit: false,
      readFile: () => Promise.resolve(null),
    });
    assert.equal(viaNull.configFile, null);
  });

  it('fails with one line when an explicit path does not exist', async () => {
    await assert.rejects(loadPolicy({ path: join(dir, 'missing.yml'), explicit: true, readFile }), {
      name: 'UserError',
      message: `config: "${join(dir, 'missing.yml')}" does not exist; expected the path of a policy file`,
    });
  });

  it('passes on the loader error for a bad file, and rejects directories and non-UTF-8', async () => {
    await assert.rejects(loadPolicy({ path: bad, explicit: false, readFile }), {
      name: 'UserError',
      message: new RegExp(
        `^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: allowed-endpoints\\[0\\]: "https://a.example.com" is a URL`,
      ),
    });
    await assert.rejects(loadPolicy({ path: dir, explicit: true, readFile }), {
      name: 'UserError',
      message: `${dir}: (file): is a directory; expected a policy file`,
    });
    await assert.rejects(loadPolicy({ path: binary, explicit: true, readFile }), {
      name: 'UserError',
      message: `${binary}: (file): is not UTF-8 text; expected a YAML policy file`,
    });
  });
});
