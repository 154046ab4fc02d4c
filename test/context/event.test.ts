import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEventPayload, readEvent } from '../../src/context/event.js';

const WF = '.github/workflows/ci.yml';
const commit = (id: string, files: { added?: string[]; modified?: string[]; removed?: string[] }) => ({
  id: id.repeat(40).slice(0, 40),
  message: 'm',
  added: files.added ?? [],
  modified: files.modified ?? [],
  removed: files.removed ?? [],
});
const push = (commits: ReturnType<typeof commit>[], head = commits.at(-1)) => ({
  ref: 'refs/heads/main',
  repository: { full_name: 'acme/app' },
  commits,
  head_commit: head ?? null,
});

describe('readEvent: push', () => {
  it('sees a push that adds the running workflow', () => {
    const facts = readEvent('push', push([commit('1', { added: [WF, 'x.sh'] })]), WF);
    assert.equal(facts.workflowAdded, true);
    assert.equal(facts.workflowModified, false);
    assert.deepEqual(facts.touchingCommits, ['1111111']);
  });

  it('sees a push that modifies it, in any of its commits', () => {
    const facts = readEvent(
      'push',
      push([
        commit('1', { modified: ['README.md'] }),
        commit('2', { modified: [WF] }),
        commit('3', { added: ['a'] }),
      ]),
      WF,
    );
    assert.equal(facts.workflowAdded, false);
    assert.equal(facts.workflowModified, true);
    assert.deepEqual(facts.touchingCommits, ['2222222']);
  });

  it('counts added-then-edited in one push as added', () => {
    const facts = readEvent(
      'push',
      push([commit('1', { added: [WF] }), commit('2', { modified: [WF] })]),
      WF,
    );
    assert.equal(facts.workflowAdded, true);
    assert.equal(facts.workflowModified, false);
    assert.deepEqual(facts.touchingCommits, ['1111111', '2222222']);
  });

  it('reads head_commit when the commits list lacks it', () => {
    const facts = readEvent('push', push([], commit('9', { added: [WF] })), WF);
    assert.equal(facts.workflowAdded, true);
  });

  it('leaves a push that does not touch the workflow alone', () => {
    const facts = readEvent(
      'push',
      push([commit('1', { modified: ['src/a.ts'], removed: ['old.yml'] })]),
      WF,
    );
    assert.deepEqual(
      [facts.workflowAdded, facts.workflowModified, facts.touchingCommits],
      [false, false, []],
    );
  });

  it('ignores a push to another repository than the workflow lives in', () => {
    const facts = readEvent('push', push([commit('1', { added: [WF] })]), WF, 'shared/workflows');
    assert.equal(facts.workflowAdded, false);
  });

  it('survives malformed payloads', () => {
    for (const payload of [null, 'x', 42, [], { commits: 'no' }, { commits: [null, { added: 'no' }] }]) {
      const facts = readEvent('push', payload, WF);
      assert.equal(facts.workflowAdded, false);
    }
  });

  it('flags a payload at the 2048-commit limit as possibly incomplete', () => {
    const many = Array.from({ length: 2048 }, () => commit('5', {}));
    assert.equal(readEvent('push', push(many), WF).commitsTruncated, true);
  });
});

describe('readEvent: pull requests', () => {
  const pr = (head: unknown, fork = false) => ({
    pull_request: {
      head: { repo: head === null ? null : { full_name: head, fork } },
      base: { repo: { full_name: 'acme/app', fork: false } },
    },
  });

  it('says secrets are absent for a pull request from a fork', () => {
    const facts = readEvent('pull_request', pr('mallory/app', true), WF);
    assert.equal(facts.forkPullRequest, true);
    assert.equal(facts.headRepository, 'mallory/app');
    assert.equal(readEvent('pull_request', pr('mallory/app'), WF).forkPullRequest, true);
    assert.equal(readEvent('pull_request_review', pr('mallory/app'), WF).forkPullRequest, true);
    // A fork that was deleted since has no head repository.
    assert.equal(readEvent('pull_request', pr(null), WF).forkPullRequest, true);
  });

  it('does not for a branch of the same repository', () => {
    assert.equal(readEvent('pull_request', pr('acme/app'), WF).forkPullRequest, false);
  });

  it('marks pull_request_target from a fork as holding secrets, not withholding them', () => {
    const facts = readEvent('pull_request_target', pr('mallory/app', true), WF);
    assert.equal(facts.forkPullRequest, false);
    assert.equal(facts.forkPullRequestTarget, true);
  });
});

describe('loadEventPayload', () => {
  it('reads JSON, treats a missing file as no payload, and names a broken one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eg-event-'));
    await writeFile(join(dir, 'ok.json'), '{"ref":"refs/heads/main"}');
    await writeFile(join(dir, 'bad.json'), '{');
    assert.deepEqual(await loadEventPayload(join(dir, 'ok.json')), { ref: 'refs/heads/main' });
    assert.equal(await loadEventPayload(join(dir, 'absent.json')), null);
    assert.equal(await loadEventPayload(undefined), null);
    await assert.rejects(loadEventPayload(join(dir, 'bad.json')), /bad\.json: not valid JSON/);
  });
});
