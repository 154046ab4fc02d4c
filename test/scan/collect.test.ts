import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  collectRepositoryFiles,
  isActionPath,
  isWorkflowPath,
  localActionDirs,
} from '../../src/scan/collect.js';
import { fsFileSource } from '../../src/scan/source.js';
import { CI, NOTIFY_ACTION, ROOT_ACTION, USES_LOCAL_ACTION } from './workflows.js';
import { memorySource } from './memory-source.js';

function checkout(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'scan-collect-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const NESTED_ACTION = `name: outer
runs:
  using: composite
  steps:
    - uses: ./.github/actions/notify
      with: { token: x }
    - uses: ./../outside
`;

const repo = {
  '.github/workflows/ci.yml': CI,
  '.github/workflows/notify.yaml': USES_LOCAL_ACTION,
  '.github/workflows/outer.yml':
    'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ./tools/outer\n      - uses: ./missing\n',
  '.github/workflows/README.md': '# not a workflow',
  '.github/workflows/nested/ignored.yml': CI,
  '.github/actions/notify/action.yml': NOTIFY_ACTION,
  'tools/outer/action.yaml': NESTED_ACTION,
  'action.yml': ROOT_ACTION,
};

test('a repository scan reads every workflow, the local actions they use (transitively) and the root action', async () => {
  for (const source of [fsFileSource(checkout(repo)), memorySource(repo)]) {
    const files = await collectRepositoryFiles(source);
    assert.deepEqual(files.workflows, [
      '.github/workflows/ci.yml',
      '.github/workflows/notify.yaml',
      '.github/workflows/outer.yml',
    ]);
    assert.deepEqual(files.actions.sort(), [
      '.github/actions/notify/action.yml',
      'action.yml',
      'tools/outer/action.yaml',
    ]);
    assert.deepEqual(files.missingActions, [{ from: '.github/workflows/outer.yml', dir: 'missing' }]);
    assert.deepEqual(
      files.inputs.map((i) => i.path).slice(0, 3),
      files.workflows,
      'workflows come first in the engine input',
    );
    assert.equal(files.texts.get('.github/actions/notify/action.yml'), NOTIFY_ACTION);
  }
});

test('a repository without workflows yields nothing to scan', async () => {
  const files = await collectRepositoryFiles(memorySource({ 'README.md': '# hi' }));
  assert.deepEqual(files.inputs, []);
});

test('local uses: paths are normalised and never climb out of the repository', () => {
  assert.deepEqual(localActionDirs(NESTED_ACTION), ['.github/actions/notify']);
  assert.deepEqual(localActionDirs(USES_LOCAL_ACTION), ['.github/actions/notify']);
  assert.deepEqual(localActionDirs('jobs: [oops'), []);
  assert.equal(isWorkflowPath('.github/workflows/a.YML'), true);
  assert.equal(isWorkflowPath('.github/workflows/sub/a.yml'), false);
  assert.equal(isWorkflowPath('docs/.github/workflows/a.yml'), false);
  assert.equal(isActionPath('x/y/action.yaml'), true);
  assert.equal(isActionPath('x/y/my-action.yml'), false);
});

test('the filesystem source refuses paths and symlinks that leave the checkout', async () => {
  const outside = checkout({ 'secret.txt': 'do not read' });
  const root = checkout({ 'a.yml': 'x: 1' });
  symlinkSync(join(outside, 'secret.txt'), join(root, 'link.yml'));
  const source = fsFileSource(root);
  assert.equal(await source.readFile('a.yml'), 'x: 1');
  assert.equal(await source.readFile('../' + 'secret.txt'), null);
  assert.equal(await source.readFile('link.yml'), null);
  assert.equal(await source.readFile('missing.yml'), null);
  assert.equal(await source.listDir('nope'), null);
});
