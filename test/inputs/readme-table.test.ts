/** README's inputs/outputs tables are generated from action.yml (`npm run docs`); they must not drift. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { updateReadme } from '../../scripts/gen-readme-table.js';
import { REPO_ROOT } from '../harness/runner.js';

const readmePath = join(REPO_ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const actionYml = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');

describe('README inputs and outputs', () => {
  it('match action.yml (run `npm run docs` after changing action.yml)', async () => {
    assert.equal(await updateReadme(readme, actionYml, readmePath), readme);
  });

  it('name every input and output of action.yml', () => {
    const action = parse(actionYml) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      assert.match(readme, new RegExp(`\\| \`${name}\` +\\|`), name);
    }
  });

  it('opens with the two commands for a fresh machine', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    assert.match(firstBlock, /^npm ci && npm run demo\b/m);
    assert.match(firstBlock, /^npm test\b/m);
  });

  it('documents every action input in action.yml with a description and a default', () => {
    const action = parse(actionYml) as {
      inputs: Record<string, { description?: string; default?: unknown }>;
    };
    for (const [name, spec] of Object.entries(action.inputs)) {
      assert.ok(spec.description, `${name} has a description`);
      assert.notEqual(spec.default, undefined, `${name} has a default`);
    }
  });
});
