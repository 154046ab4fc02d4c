import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  callerOnlyNote,
  locateWorkflow,
  parseWorkflowRef,
  refineWithModel,
} from '../../src/context/locate.js';
import { buildModel } from '../../src/workflow/build.js';
import type { Workflow } from '../../src/workflow/types.js';

const SHA = 'a'.repeat(40);
const CALLED_SHA = 'b'.repeat(40);
const none = { jobWorkflow: { ref: '', sha: '', repository: '', filePath: '' } };
const env = {
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/ci.yml@refs/heads/main',
  GITHUB_WORKFLOW_SHA: SHA,
  GITHUB_SHA: 'c'.repeat(40),
  GITHUB_JOB: 'build',
};

function workflow(text: string): Workflow {
  const m = buildModel('.github/workflows/ci.yml', text);
  assert.ok(m.kind === 'workflow');
  return m;
}

describe('parseWorkflowRef', () => {
  it('splits repository, path and ref', () => {
    assert.deepEqual(parseWorkflowRef('acme/app/.github/workflows/ci.yml@refs/heads/main'), {
      repository: 'acme/app',
      path: '.github/workflows/ci.yml',
      ref: 'refs/heads/main',
    });
    assert.deepEqual(parseWorkflowRef(`octo-org/shared.wf/.github/workflows/release.yaml@${SHA}`), {
      repository: 'octo-org/shared.wf',
      path: '.github/workflows/release.yaml',
      ref: SHA,
    });
    assert.equal(parseWorkflowRef('not a ref'), null);
  });
});

describe('locateWorkflow', () => {
  it('falls back to GITHUB_WORKFLOW_REF, _SHA and GITHUB_JOB', () => {
    assert.deepEqual(locateWorkflow(env, none), {
      repository: 'acme/app',
      path: '.github/workflows/ci.yml',
      ref: 'refs/heads/main',
      sha: SHA,
      job: 'build',
      isReusable: false,
      callerOnly: false,
      source: 'env',
    });
  });

  it('uses GITHUB_SHA for a workflow of this repository when the runner gives no workflow SHA', () => {
    const loc = locateWorkflow({ ...env, GITHUB_WORKFLOW_SHA: undefined }, none);
    assert.equal(loc.sha, env.GITHUB_SHA);
  });

  it('prefers the job.workflow_* inputs, which name the called file of a reusable workflow', () => {
    const loc = locateWorkflow(
      { ...env, GITHUB_JOB: 'publish' },
      {
        jobWorkflow: {
          ref: `shared/workflows/.github/workflows/release.yml@refs/tags/v2`,
          sha: CALLED_SHA,
          repository: 'shared/workflows',
          filePath: '.github/workflows/release.yml',
        },
      },
    );
    assert.deepEqual(loc, {
      repository: 'shared/workflows',
      path: '.github/workflows/release.yml',
      ref: 'refs/tags/v2',
      sha: CALLED_SHA,
      job: 'publish',
      isReusable: true,
      callerOnly: false,
      caller: { repository: 'acme/app', path: '.github/workflows/ci.yml', ref: 'refs/heads/main', sha: SHA },
      source: 'job-inputs',
    });
  });

  it('treats job inputs naming the top-level file as not reusable, and fills the missing SHA from env', () => {
    const loc = locateWorkflow(env, {
      jobWorkflow: { ref: '', sha: '', repository: 'ACME/app', filePath: '.github/workflows/ci.yml' },
    });
    assert.equal(loc.isReusable, false);
    assert.equal(loc.sha, SHA);
    assert.equal(loc.ref, 'refs/heads/main');
    assert.equal(loc.source, 'job-inputs');
  });

  it('gives matrix legs the same location: the job id, not the leg', () => {
    const legs = ['ubuntu', 'windows'].map((os) =>
      locateWorkflow({ ...env, GITHUB_JOB: 'test', MATRIX_OS: os }, none),
    );
    assert.deepEqual(legs[0], legs[1]);
    assert.equal(legs[0]?.job, 'test');
  });

  it('names the fix when nothing says which workflow runs', () => {
    assert.throws(
      () => locateWorkflow({}, none),
      /GITHUB_WORKFLOW_REF is not set; run Exfil Guard as a step/,
    );
    assert.throws(
      () => locateWorkflow({ GITHUB_WORKFLOW_REF: 'junk' }, none),
      /GITHUB_WORKFLOW_REF is "junk"/,
    );
  });

  it('rejects paths that leave the repository or are not YAML', () => {
    const bad = (filePath: string) => ({
      jobWorkflow: { ref: '', sha: '', repository: 'acme/app', filePath },
    });
    assert.throws(() => locateWorkflow(env, bad('../../etc/passwd.yml')), /not a workflow file path/);
    assert.throws(() => locateWorkflow(env, bad('/abs/x.yml')), /not a workflow file path/);
    assert.throws(() => locateWorkflow(env, bad('.github/workflows/x.txt')), /not a workflow file path/);
    assert.throws(
      () => locateWorkflow(env, { jobWorkflow: { ref: 'nonsense', sha: '', repository: '', filePath: '' } }),
      /workflow-ref: "nonsense" is not OWNER\/REPO\/PATH@REF/,
    );
  });
});

describe('refineWithModel', () => {
  const plain = workflow(
    'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
  );
  const caller = workflow(
    'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n' +
      '  release:\n    uses: shared/workflows/.github/workflows/release.yml@v2\n    secrets: inherit\n',
  );

  it('keeps the location when the job is in the file', () => {
    const loc = locateWorkflow(env, none);
    assert.equal(refineWithModel(loc, plain).callerOnly, false);
    assert.equal(refineWithModel(loc, caller).callerOnly, false);
    assert.equal(callerOnlyNote(loc), undefined);
  });

  it('says only the caller is known when the job runs inside a called workflow', () => {
    const inside = refineWithModel(locateWorkflow({ ...env, GITHUB_JOB: 'publish' }, none), caller);
    assert.equal(inside.callerOnly, true);
    assert.match(
      callerOnlyNote(inside) ?? '',
      /runs inside a reusable workflow called by acme\/app\/\.github\/workflows\/ci\.yml/,
    );
    // The job id names the calling job itself.
    assert.equal(
      refineWithModel(locateWorkflow({ ...env, GITHUB_JOB: 'release' }, none), caller).callerOnly,
      true,
    );
  });

  it('never second-guesses the job inputs', () => {
    const loc = locateWorkflow(
      { ...env, GITHUB_JOB: 'publish' },
      {
        jobWorkflow: { ref: '', sha: SHA, repository: 'acme/app', filePath: '.github/workflows/ci.yml' },
      },
    );
    assert.equal(refineWithModel(loc, caller).callerOnly, false);
  });
});
