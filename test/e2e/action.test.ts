/**
 * The bundled action (dist/main.js, dist/post.js) run through the runner harness under Node 24. The engine's
 * findings are not hard-coded here: these tests check the contract (outputs, reports, exit code, one-line
 * errors, no leaks) and that the parts agree with each other whatever the engine finds.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { ActionRun } from '../harness/runner.js';
import { REPO_ROOT, runAction } from '../harness/runner.js';
import { requireDist } from './dist.js';

const CLEAN = `name: CI
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: exfil-guard/exfil-guard@v1
      - run: echo hello
`;
const GHOSTACTION = readFileSync(join(REPO_ROOT, 'examples/ghostaction.yml'), 'utf8');
const WF = '.github/workflows/ci.yml';

interface JsonReport {
  version: number;
  files: { path: string; error: string | null }[];
  findings: { severity: string; suppressed: unknown }[];
}

function report(r: ActionRun): JsonReport {
  const path = r.outputs['report-file'];
  assert.ok(path, 'report-file output is set');
  return JSON.parse(readFileSync(path, 'utf8')) as JsonReport;
}

/** No stack trace anywhere a user would look. */
function assertNoStack(r: ActionRun): void {
  assert.doesNotMatch(r.stdout.replace(/^::debug::.*$/gm, ''), /^\s+at .+:\d+:\d+\)?$/m);
  assert.doesNotMatch(r.stderr, /^\s+at .+:\d+:\d+\)?$/m);
}

describe('bundled action under Node 24', () => {
  before(requireDist);

  it('loads and runs main then post on a clean workflow', async () => {
    const r = await runAction({ files: { [WF]: CLEAN }, job: 'build' });
    assert.equal(r.main?.exitCode, 0, r.stdout + r.stderr);
    assert.equal(r.post?.exitCode, 0, r.post?.stdout);
    assert.equal(r.stderr, '');
    assert.equal(r.outputs.verdict, 'clean');
    assert.equal(r.outputs.findings, '0');
    assert.equal(r.outputs['sarif-file'], '');
    assert.ok(r.outputs['report-file']?.startsWith(r.runnerTemp));
    const json = report(r);
    assert.equal(json.version, 1);
    assert.deepEqual(json.files, [{ path: WF, error: null }]);
    assert.match(r.summary, /Exfil Guard/);
    assert.ok(r.state['exfil-guard'], 'main saves state for post');
    assertNoStack(r);
  });

  it('agrees with itself on the GhostAction example: outputs, report, annotations and exit code', async () => {
    const secret = 'pypi-AgEIcHlwaS5vcmcCJDEyMzQ1Njc4LWFiY2QtZWZnaC1pamtsLW1ub3BxcnN0dXZ3eAACKlszLCJk';
    const r = await runAction({
      files: { [WF]: GHOSTACTION },
      job: 'release',
      env: { PYPI_API_TOKEN: secret },
      inputs: { 'sarif-file': 'results/eg.sarif' },
    });
    const json = report(r);
    const active = json.findings.filter((f) => f.suppressed === null || f.suppressed === undefined);
    assert.equal(r.outputs.findings, String(active.length));
    const expected = active.some((f) => f.severity === 'error')
      ? 'error'
      : active.some((f) => f.severity === 'warning')
        ? 'warning'
        : 'clean';
    assert.equal(r.outputs.verdict, expected);
    assert.equal(r.main?.exitCode, expected === 'error' ? 1 : 0);
    assert.equal(r.post?.exitCode, 0);
    // Every error finding is an error annotation with a title (up to GitHub's 10 per type); setFailed has none.
    const errors = r.annotations.filter((a) => a.level === 'error' && a.title !== undefined);
    assert.equal(errors.length, Math.min(10, active.filter((f) => f.severity === 'error').length));
    const sarifPath = r.outputs['sarif-file'] ?? '';
    assert.equal(sarifPath, join(r.workspace, 'results/eg.sarif'));
    assert.equal((JSON.parse(readFileSync(sarifPath, 'utf8')) as { version: string }).version, '2.1.0');
    for (const text of [
      r.stdout,
      r.stderr,
      r.summary,
      JSON.stringify(r.state),
      readFileSync(r.outputs['report-file'] ?? '', 'utf8'),
      readFileSync(sarifPath, 'utf8'),
    ]) {
      assert.ok(!text.includes(secret), 'the secret value never appears');
    }
    assertNoStack(r);
  });

  it('passes with fail-on: never whatever it finds', async () => {
    const r = await runAction({
      files: { [WF]: GHOSTACTION },
      job: 'release',
      inputs: { 'fail-on': 'never' },
    });
    assert.equal(r.exitCode, 0, r.stdout);
  });

  it('falls back to GITHUB_WORKFLOW_REF when the runner gives no job.workflow_* values', async () => {
    const none = { workflow_ref: '', workflow_sha: '', workflow_repository: '', workflow_file_path: '' };
    const r = await runAction({ files: { [WF]: CLEAN }, context: { job: none } });
    assert.equal(r.stepEnv['INPUT_WORKFLOW-FILE-PATH'], '');
    assert.equal(r.exitCode, 0, r.stdout);
    assert.deepEqual(report(r).files, [{ path: WF, error: null }]);
  });

  it('reads the file the job.workflow_* inputs name (a reusable workflow), not the caller', async () => {
    const r = await runAction({
      files: { [WF]: 'not: [valid', '.github/workflows/called.yml': CLEAN },
      context: {
        job: {
          workflow_file_path: '.github/workflows/called.yml',
          workflow_repository: 'octo-org/octo-repo',
        },
      },
    });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.deepEqual(report(r).files, [{ path: '.github/workflows/called.yml', error: null }]);
  });

  it('scans every workflow and the local actions they use with scope: repository', async () => {
    const usesLocal = CLEAN.replace('- run: echo hello', '- uses: ./tools/setup');
    const r = await runAction({
      inputs: { scope: 'repository' },
      files: {
        [WF]: usesLocal,
        '.github/workflows/other.yaml': CLEAN,
        'tools/setup/action.yml': 'name: x\ndescription: x\nruns: { using: composite, steps: [] }\n',
      },
    });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.deepEqual(
      report(r)
        .files.map((f) => f.path)
        .sort(),
      ['.github/workflows/ci.yml', '.github/workflows/other.yaml', 'tools/setup/action.yml'],
    );
  });

  it('fails with one line naming the fix when the workflow is not in the workspace', async () => {
    const r = await runAction({});
    assert.equal(r.main?.exitCode, 1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    assert.equal(errors.length, 1);
    assert.match(
      errors[0]?.message ?? '',
      /^Cannot read the running workflow octo-org\/octo-repo\/\.github\/workflows\/ci\.yml@\w+: .*check out the repository/,
    );
    assert.equal(r.post?.exitCode, 0, 'post has nothing to undo and does not fail again');
    assertNoStack(r);
  });

  it('fails in one line when the policy file named by the config input is missing', async () => {
    const r = await runAction({ files: { [WF]: CLEAN }, inputs: { config: 'ci/no-such-policy.yml' } });
    assert.equal(r.exitCode, 1);
    assert.equal(r.annotations.length, 1);
    assert.match(r.annotations[0]?.message ?? '', /^config: "ci\/no-such-policy\.yml" does not exist/);
  });

  for (const [name, value] of [
    ['fail-on', 'erorr'],
    ['scope', 'everything'],
    ['allowed-endpoints', 'https://example.com/path'],
    ['disable-sudo', 'yes'],
  ] as const) {
    it(`rejects ${name}: ${value} with one ::error:: line and exit code 1`, async () => {
      const r = await runAction({ files: { [WF]: CLEAN }, inputs: { [name]: value } });
      assert.equal(r.main?.exitCode, 1);
      const errorLines = r.main?.stdout.split('\n').filter((l) => l.startsWith('::error')) ?? [];
      assert.equal(errorLines.length, 1, r.stdout);
      assert.match(errorLines[0] ?? '', new RegExp(`^::error::Input "${name}" has invalid `));
      assert.equal(r.annotations[0]?.message.includes(value), true);
      assert.equal(r.main?.stderr, '');
      assertNoStack(r);
    });
  }

  it('reports an internal error in one line, with the stack only under debug', async () => {
    // RUNNER_TEMP is a file, so writing the report fails in a way no input explains.
    const quiet = await runAction({
      files: { [WF]: CLEAN, 'not-a-dir': '' },
      env: { RUNNER_TEMP: '/dev/null' },
    });
    assert.equal(quiet.main?.exitCode, 1);
    const errors = quiet.annotations.filter((a) => a.level === 'error');
    assert.equal(errors.length, 1);
    assert.match(errors[0]?.message ?? '', /^internal error: .+ \(please report\)$/);
    assertNoStack(quiet);
    const loud = await runAction({ files: { [WF]: CLEAN }, env: { RUNNER_TEMP: '/dev/null' }, debug: true });
    assert.ok(
      loud.debug.some((d) => /\n\s+at /.test(d)),
      'stack in ::debug:: under RUNNER_DEBUG',
    );
  });

  it('runs post alone without state', async () => {
    const r = await runAction({ steps: 'post' });
    assert.equal(r.exitCode, 0);
    assert.deepEqual(r.annotations, []);
  });
});
