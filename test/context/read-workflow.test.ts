import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { headCommit } from '../../src/context/git-head.js';
import {
  localActionReader,
  readLocalAction,
  readWorkflow,
  workspaceAt,
} from '../../src/context/read-workflow.js';
import type { WorkflowLocation } from '../../src/context/types.js';
import { createGitHubClient } from '../../src/github/client.js';
import type { GitHubClient } from '../../src/github/types.js';
import { FakeGitHub } from '../support/fake-github.js';

const WF = '.github/workflows/ci.yml';
const SHA = '1'.repeat(40);
const OTHER = '2'.repeat(40);
const API_TEXT = 'on: push # from the API\njobs: {}\n';
const DISK_TEXT = 'on: push # from the workspace\njobs: {}\n';
const ACTION = 'runs:\n  using: composite\n  steps: []\n';

async function put(root: string, path: string, text: string): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), text);
}

/** A workspace with a `.git` directory in one of the layouts actions/checkout and git produce. */
async function workspace(layout: 'loose' | 'packed' | 'detached' | 'worktree', sha = SHA): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'eg-ws-'));
  await put(root, WF, DISK_TEXT);
  await put(root, '.github/actions/setup/action.yml', ACTION);
  switch (layout) {
    case 'loose':
      await put(root, '.git/HEAD', 'ref: refs/heads/main\n');
      await put(root, '.git/refs/heads/main', `${sha}\n`);
      break;
    case 'packed':
      await put(root, '.git/HEAD', 'ref: refs/heads/feature/x\n');
      await put(
        root,
        '.git/packed-refs',
        `# pack-refs with: peeled fully-peeled sorted\n${OTHER} refs/heads/main\n${sha} refs/heads/feature/x\n`,
      );
      break;
    case 'detached':
      await put(root, '.git/HEAD', `${sha}\n`);
      break;
    case 'worktree': {
      const common = await mkdtemp(join(tmpdir(), 'eg-common-'));
      await put(common, 'worktrees/ws/HEAD', 'ref: refs/heads/main\n');
      await put(common, 'worktrees/ws/commondir', '../..\n');
      await put(common, 'refs/heads/main', `${sha}\n`);
      await put(root, '.git', `gitdir: ${join(common, 'worktrees/ws')}\n`);
      break;
    }
  }
  return root;
}

function loc(over: Partial<WorkflowLocation> = {}): WorkflowLocation {
  return {
    repository: 'acme/app',
    path: WF,
    ref: 'refs/heads/main',
    sha: SHA,
    job: 'build',
    isReusable: false,
    callerOnly: false,
    source: 'env',
    ...over,
  };
}

describe('headCommit', () => {
  for (const layout of ['loose', 'packed', 'detached', 'worktree'] as const) {
    it(`reads HEAD from a ${layout} checkout without git`, async () => {
      assert.equal(await headCommit(await workspace(layout)), SHA);
    });
  }

  it('answers null for a directory that is not a checkout', async () => {
    assert.equal(await headCommit(await mkdtemp(join(tmpdir(), 'eg-empty-'))), null);
    assert.equal(await workspaceAt(await workspace('loose'), 'main'), false);
  });
});

describe('readWorkflow', () => {
  let gh: FakeGitHub;
  let client: GitHubClient;
  let noCheckout: string;
  before(async () => {
    gh = await FakeGitHub.start({ prefix: '/api/v3' });
    gh.addRepo('acme/app', {
      commits: {
        [SHA]: {
          [WF]: API_TEXT,
          '.github/workflows/linked.yml': API_TEXT,
          '.github/actions/setup/action.yaml': ACTION,
        },
      },
      branches: { main: OTHER },
    });
    gh.addRepo('acme/locked', { forbidden: true, commits: { [SHA]: { [WF]: API_TEXT } } });
    gh.addRepo('shared/private-workflows', { readable: false, commits: { [SHA]: { [WF]: API_TEXT } } });
    client = createGitHubClient({ token: 't', apiUrl: gh.url, sleep: () => Promise.resolve() });
    noCheckout = await mkdtemp(join(tmpdir(), 'eg-nocheckout-'));
  });
  after(() => gh.close());

  it('reads from the workspace when it is checked out at the workflow commit, without any request', async () => {
    const start = gh.log.length;
    const file = await readWorkflow(loc(), {
      workspace: await workspace('loose'),
      client,
      repository: 'acme/app',
    });
    assert.deepEqual(file, { text: DISK_TEXT, via: 'workspace', file: WF });
    assert.equal(gh.log.length, start);
  });

  it('reads through the API at the commit SHA, never the branch, when the workspace is elsewhere', async () => {
    for (const ws of [noCheckout, await workspace('loose', OTHER)]) {
      const file = await readWorkflow(loc(), { workspace: ws, client, repository: 'acme/app' });
      assert.deepEqual(file, { text: API_TEXT, via: 'api', file: WF });
    }
    const paths = gh.requests(/contents/).map((r) => r.path);
    assert.ok(paths.length > 0);
    for (const p of paths)
      assert.ok(p.startsWith('/api/v3/repos/acme/app/contents/') && p.endsWith(`ref=${SHA}`), p);
  });

  it('does not trust a symlinked workflow file in the workspace', async () => {
    const ws = await workspace('loose');
    const evil = join(ws, 'evil.yml');
    await writeFile(evil, 'on: push\n');
    await symlink(evil, join(ws, '.github/workflows/linked.yml'));
    const file = await readWorkflow(loc({ path: '.github/workflows/linked.yml' }), {
      workspace: ws,
      client,
      repository: 'acme/app',
    });
    assert.equal(file.via, 'api');
    assert.equal(file.text, API_TEXT);
  });

  it('reads a reusable workflow of another repository through the API even with a matching checkout', async () => {
    gh.addRepo('shared/workflows', { commits: { [SHA]: { [WF]: API_TEXT } } });
    const file = await readWorkflow(loc({ repository: 'shared/workflows', isReusable: true }), {
      workspace: await workspace('loose'),
      client,
      repository: 'acme/app',
    });
    assert.equal(file.via, 'api');
  });

  it('names the missing permission on 403', async () => {
    await assert.rejects(
      readWorkflow(loc({ repository: 'acme/locked' }), {
        workspace: noCheckout,
        client,
        repository: 'acme/locked',
      }),
      /Cannot read acme\/locked\/\.github\/workflows\/ci\.yml@1111111 through the GitHub API \(403\): the job's token lacks `contents: read`; add `permissions: contents: read` to the job/,
    );
  });

  it('says the token cannot read a workflow in another private repository', async () => {
    await assert.rejects(
      readWorkflow(loc({ repository: 'shared/private-workflows', isReusable: true }), {
        workspace: noCheckout,
        client,
        repository: 'acme/app',
      }),
      /\(404\): the token cannot read shared\/private-workflows: pass a token with contents:read on it via the `token` input/,
    );
  });

  it('names a 401 and a file missing at that commit', async () => {
    const strict = await FakeGitHub.start({ token: 'right' });
    try {
      strict.addRepo('acme/app', { commits: { [SHA]: { [WF]: API_TEXT } } });
      const badClient = createGitHubClient({ token: 'expired', apiUrl: strict.url });
      await assert.rejects(
        readWorkflow(loc(), { workspace: noCheckout, client: badClient, repository: 'acme/app' }),
        /token is invalid or expired; set the `token` input/,
      );
    } finally {
      await strict.close();
    }
    await assert.rejects(
      readWorkflow(loc({ path: '.github/workflows/gone.yml' }), {
        workspace: noCheckout,
        client,
        repository: 'acme/app',
      }),
      /gone\.yml@1111111: the file does not exist at that commit/,
    );
  });

  it('refuses to read at a branch when no commit is known, and needs a token without a checkout', async () => {
    await assert.rejects(
      readWorkflow(loc({ sha: '' }), { workspace: noCheckout, client, repository: 'acme/app' }),
      /runner did not give its commit.*reading at a branch could see a different file/,
    );
    await assert.rejects(
      readWorkflow(loc(), { workspace: noCheckout, client: null, repository: 'acme/app' }),
      /not checked out at its commit and no token is available/,
    );
  });

  it('reads local actions from the workspace, or through the API at the same commit', async () => {
    const ws = await workspace('loose');
    assert.deepEqual(
      await readLocalAction('./.github/actions/setup', loc(), {
        workspace: ws,
        client,
        repository: 'acme/app',
      }),
      {
        text: ACTION,
        via: 'workspace',
        file: '.github/actions/setup/action.yml',
      },
    );
    const api = await readLocalAction('./.github/actions/setup/', loc(), {
      workspace: noCheckout,
      client,
      repository: 'acme/app',
    });
    assert.deepEqual(api, { text: ACTION, via: 'api', file: '.github/actions/setup/action.yaml' });
    assert.equal(
      await readLocalAction('./nothing', loc(), { workspace: ws, client, repository: 'acme/app' }),
      null,
    );
    assert.equal(
      await readLocalAction('../outside', loc(), { workspace: ws, client, repository: 'acme/app' }),
      null,
    );
    const reader = localActionReader(loc(), { workspace: noCheckout, client, repository: 'acme/app' });
    const start = gh.log.length;
    assert.equal(await reader('./.github/actions/setup'), ACTION);
    const used = gh.log.length - start;
    assert.equal(await reader('./.github/actions/setup'), ACTION);
    assert.equal(gh.log.length - start, used);
  });
});
