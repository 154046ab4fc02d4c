import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { expandPaths, repoRootOf } from '../../src/cli/expand.js';
import { workerCount, WORKER_THRESHOLD } from '../../src/cli/pool.js';

const root = mkdtempSync(join(tmpdir(), 'exfil-guard-expand-'));
after(() => rmSync(root, { recursive: true, force: true }));
function put(rel: string, text = 'x: 1\n'): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

put('repo/.github/workflows/b.yml');
put('repo/.github/workflows/a.yaml');
put('repo/.github/workflows/notes.md');
put('repo/.github/workflows/nested/deep.yml');
put('repo/action.yml');
put('repo/actions/setup/action.yaml');
put('repo/node_modules/dep/action.yml');
put('repo/.git/action.yml');
put('repo/src/not-an-action.yml');
symlinkSync(join(root, 'nowhere.yml'), join(root, 'repo/.github/workflows/broken.yml'));
mkdirSync(join(root, 'empty'));

describe('expandPaths', () => {
  it("takes a directory's top-level workflows and every action below it, skipping node_modules and .git", async () => {
    const { files, problems } = await expandPaths(['repo'], root);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      files.map((f) => f.path),
      [
        'repo/.github/workflows/a.yaml',
        'repo/.github/workflows/b.yml',
        'repo/.github/workflows/broken.yml',
        'repo/action.yml',
        'repo/actions/setup/action.yaml',
      ],
    );
    assert.ok(files.every((f) => f.root === join(root, 'repo')));
  });

  it('takes a file as is, rooted at the directory that holds .github, and does not repeat files', async () => {
    const { files } = await expandPaths(
      ['repo/.github/workflows/b.yml', 'repo/src/not-an-action.yml', 'repo'],
      root,
    );
    assert.equal(files[0]?.root, join(root, 'repo'));
    assert.equal(files[1]?.path, 'repo/src/not-an-action.yml');
    assert.equal(files.filter((f) => f.path === 'repo/.github/workflows/b.yml').length, 1);
    assert.equal(repoRootOf(join(root, 'repo/actions/setup/action.yaml')), join(root, 'repo'));
  });

  it('reports arguments that name nothing to scan', async () => {
    const { files, problems } = await expandPaths(['missing', 'empty'], root);
    assert.deepEqual(files, []);
    assert.deepEqual(problems, [
      'missing: no such file or directory',
      'empty: no .github/workflows/*.yml or action.yml in this directory',
    ]);
  });

  it('shows paths outside the working directory as absolute', async () => {
    const { files } = await expandPaths([join(root, 'repo/action.yml')], join(root, 'empty'));
    assert.equal(files[0]?.path, join(root, 'repo/action.yml'));
  });
});

describe('workerCount', () => {
  it('uses threads only when the file count and the cores make it worthwhile, bounded', () => {
    assert.equal(workerCount(1, undefined, 16), 0);
    assert.equal(workerCount(WORKER_THRESHOLD - 1, undefined, 16), 0);
    assert.equal(workerCount(WORKER_THRESHOLD, undefined, 16), 8);
    assert.equal(workerCount(WORKER_THRESHOLD, undefined, 4), 3, 'one core left for the main thread');
    assert.equal(workerCount(100_000, undefined, 2), 0, 'two cores: one thread is faster');
    assert.ok(workerCount(100_000, undefined, 64) <= 8);
    assert.equal(workerCount(1000, 0), 0);
    assert.equal(workerCount(20, 8), 2, 'never more workers than chunks');
  });
});
