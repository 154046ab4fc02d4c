/**
 * The bundled CLI (dist/cli.js) as users run it, under Node 24. Findings are the engine's and are not
 * hard-coded: the tests check the contract (formats, exit codes, per-file errors, the worker pool giving the
 * same answer as one thread, remote scans through a loopback API).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { NODE24, REPO_ROOT } from '../harness/runner.js';
import { FakeGitHub } from '../support/fake-github.js';
import { requireDist } from './dist.js';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'exfil-guard-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const CLEAN = `name: CI
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo hello
`;

function put(rel: string, text: string): void {
  mkdirSync(dirname(join(tmp, rel)), { recursive: true });
  writeFileSync(join(tmp, rel), text);
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(NODE24, [CLI, ...args], {
    cwd: tmp,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmp, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

interface Json {
  version: number;
  files: { path: string; error: string | null }[];
  findings: { severity: string; suppressed: unknown; file: string; rule: string; line: number }[];
}
const json = (r: Run): Json => JSON.parse(r.stdout) as Json;

describe('bundled CLI under Node 24', () => {
  before(() => {
    requireDist();
    put('repo/.github/workflows/ci.yml', CLEAN);
    put('repo/.github/workflows/release.yaml', readFileSync(join(REPO_ROOT, 'examples/release.yml'), 'utf8'));
    put(
      'repo/.github/actions/setup/action.yml',
      'name: setup\ndescription: x\nruns: { using: composite, steps: [] }\n',
    );
    put('repo/node_modules/dep/action.yml', 'not: [yaml');
    put(
      'ghost/.github/workflows/release.yml',
      readFileSync(join(REPO_ROOT, 'examples/ghostaction.yml'), 'utf8'),
    );
    mkdirSync(join(tmp, 'broken/.github/workflows'), { recursive: true });
    symlinkSync(join(tmp, 'nowhere.yml'), join(tmp, 'broken/.github/workflows/gone.yml'));
    put('broken/.github/workflows/ci.yml', CLEAN);
    for (let i = 0; i < 240; i++)
      put(
        `many/.github/workflows/wf-${String(i).padStart(3, '0')}.yml`,
        i % 3 === 0 ? readFileSync(join(REPO_ROOT, 'examples/ghostaction.yml'), 'utf8') : CLEAN,
      );
  });

  it('prints help and version', async () => {
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: exfil-guard scan \[PATH\.\.\.\]/);
    const version = await cli(['--version']);
    assert.equal(version.code, 0);
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(version.stdout, `exfil-guard ${pkg.version}\n`);
  });

  it('scans a directory into JSON version 1', async () => {
    const r = await cli(['scan', 'repo', '--format', 'json']);
    const report = json(r);
    assert.equal(report.version, 1);
    assert.deepEqual(report.files.map((f) => f.path).sort(), [
      'repo/.github/actions/setup/action.yml',
      'repo/.github/workflows/ci.yml',
      'repo/.github/workflows/release.yaml',
    ]);
    const failing = report.findings.some((f) => f.severity === 'error' && f.suppressed === null);
    assert.equal(r.code, failing ? 1 : 0, r.stderr);
  });

  it('keeps exit code and findings consistent at every --fail-on level', async () => {
    const rank: Record<string, number> = { note: 1, warning: 2, error: 3 };
    for (const level of ['error', 'warning', 'never'] as const) {
      const r = await cli(['scan', 'ghost', '--format', 'json', '--fail-on', level]);
      const active = json(r).findings.filter((f) => f.suppressed === null);
      const fails = level !== 'never' && active.some((f) => (rank[f.severity] ?? 0) >= (rank[level] ?? 9));
      assert.equal(r.code, fails ? 1 : 0, `--fail-on ${level}`);
    }
  });

  it('reports an unreadable file with its path and goes on with the others', async () => {
    const r = await cli(['scan', 'broken', '--format', 'json']);
    const report = json(r);
    const gone = report.files.find((f) => f.path.endsWith('gone.yml'));
    assert.match(gone?.error ?? '', /^broken\/\.github\/workflows\/gone\.yml: cannot read \(ENOENT\)/);
    assert.deepEqual(report.files.find((f) => f.path.endsWith('ci.yml'))?.error, null);
    assert.notEqual(r.code, 2);
  });

  it('exits 2 when nothing is readable', async () => {
    const r = await cli(['scan', 'broken/.github/workflows/gone.yml', '--format', 'json']);
    assert.equal(r.code, 2);
  });

  it('renders text, sarif and github formats', async () => {
    const text = await cli(['scan', 'repo']);
    assert.notEqual(text.code, 2, text.stderr);
    assert.ok(!text.stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
    const sarif = await cli(['scan', 'repo', '--format', 'sarif']);
    assert.equal((JSON.parse(sarif.stdout) as { version: string }).version, '2.1.0');
    const github = await cli(['scan', 'ghost', '--format', 'github']);
    for (const line of github.stdout.split('\n').filter(Boolean))
      assert.match(line, /^::(error|warning|notice)( |::)/);
  });

  it('gives the same answer from worker threads as from one thread', async () => {
    const one = await cli(['scan', 'many', '--format', 'json', '--workers', '0']);
    const pooled = await cli(['scan', 'many', '--format', 'json', '--workers', '3']);
    const auto = await cli(['scan', 'many', '--format', 'json']);
    assert.equal(json(one).files.length, 240);
    assert.equal(one.code, pooled.code);
    assert.deepEqual(json(pooled), json(one));
    assert.deepEqual(json(auto), json(one));
  });

  it('rejects bad usage with one line on stderr and exit code 2', async () => {
    for (const args of [
      ['scan', '--format', 'xml'],
      ['frobnicate'],
      ['scan', 'no-such-dir'],
      ['scan', '--org', 'a b'],
    ]) {
      const r = await cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^exfil-guard: /);
      assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
    }
  });

  describe('OWNER/REPO through a loopback API', () => {
    let gh: FakeGitHub;
    before(async () => {
      gh = await FakeGitHub.start({ prefix: '/api/v3', token: 'cli-token' });
      gh.addOrg('acme');
      gh.addRepo('acme/app', { files: { '.github/workflows/ci.yml': CLEAN } });
      gh.addRepo('acme/ghost', {
        files: {
          '.github/workflows/release.yml': readFileSync(join(REPO_ROOT, 'examples/ghostaction.yml'), 'utf8'),
        },
      });
      gh.addRepo('acme/old', { archived: true, files: { '.github/workflows/ci.yml': CLEAN } });
    });
    after(() => gh.close());

    it('reads the repository at its default branch with GITHUB_TOKEN and --api-url', async () => {
      const r = await cli(['scan', 'acme/app', '--format', 'json', '--api-url', gh.url], {
        GITHUB_TOKEN: 'cli-token',
      });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(json(r).files, [{ path: '.github/workflows/ci.yml', error: null }]);
    });

    it('sweeps an organisation with --org into JSON, exit code following the findings', async () => {
      const r = await cli(['scan', '--org', 'acme', '--format', 'json', '--api-url', gh.url], {
        GITHUB_TOKEN: 'cli-token',
      });
      const sweep = JSON.parse(r.stdout) as {
        organisation: string;
        repositories: { repository: string; status: string; findings: Json['findings'] }[];
      };
      assert.equal(sweep.organisation, 'acme');
      assert.deepEqual(
        sweep.repositories.map((x) => [x.repository, x.status]),
        [
          ['acme/app', 'scanned'],
          ['acme/ghost', 'scanned'],
          ['acme/old', 'skipped'],
        ],
      );
      const failing = sweep.repositories.some((x) =>
        x.findings.some((f) => f.severity === 'error' && f.suppressed === null),
      );
      assert.equal(r.code, failing ? 1 : 0, r.stderr);
      assert.equal(r.stderr, '', 'no progress bar when stderr is not a terminal');
    });

    it('fails in one line when the token is refused', async () => {
      const r = await cli(['scan', 'acme/app', '--api-url', gh.url, '--token', 'wrong']);
      assert.equal(r.code, 2);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    });
  });
});
