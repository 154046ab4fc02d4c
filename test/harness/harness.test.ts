/**
 * The harness is checked against what @actions/core really writes: small scripts that use the toolkit are
 * bundled (so they run with no node_modules, like dist/) and run under Node 24 through the harness.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { parseCommandLine, parseLog, renderAnnotation } from './commands.js';
import { evaluateTemplate } from './expressions.js';
import { parseKeyValueFile } from './file-commands.js';
import { REPO_ROOT, inputEnvName, runAction, runStep } from './runner.js';

const tmp = mkdtempSync(join(tmpdir(), 'exfil-guard-harness-test-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Bundles a script that imports @actions/core into a self-contained ESM file. */
async function bundle(name: string, source: string, outDir = tmp): Promise<string> {
  const entry = join(tmp, `${name}.src.mjs`);
  writeFileSync(entry, source);
  const outfile = join(outDir, `${name}.js`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    logLevel: 'error',
    nodePaths: [join(REPO_ROOT, 'node_modules')],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return outfile;
}

const TRICKY = 'a: b, c %25 d\nsecond line\r\nthird %0A literal';
const PROP = 'T: one, two % three\nfour';

describe('harness against @actions/core', () => {
  let script = '';
  before(async () => {
    script = await bundle(
      'core-calls',
      `import * as core from '@actions/core';
core.setOutput('plain', 'hello');
core.setOutput('tricky', ${JSON.stringify(TRICKY)});
core.saveState('st', ${JSON.stringify(TRICKY)});
core.exportVariable('EXPORTED', 'v\\nw');
core.addPath('/opt/tool/bin');
core.error(${JSON.stringify(TRICKY)}, { title: ${JSON.stringify(PROP)}, file: 'dir/a,b:c%.yml', startLine: 3, endLine: 4, startColumn: 5, endColumn: 9 });
core.warning('plain warning');
core.notice('a notice', { title: 'N' });
core.debug('debug line');
core.setSecret('s3cr3t-value');
core.startGroup('my group');
core.info('inside the group');
core.endGroup();
core.info('after the group');
await core.summary.addRaw('# Head').addEOL().addTable([[{ data: 'a', header: true }], ['1 | 2']]).write();
process.exitCode = 3;
`,
    );
  });

  it('parses outputs, state, env, path, annotations, masks, groups and summary exactly', async () => {
    const r = await runStep(script, { RUNNER_DEBUG: '1' }, tmp, join(tmp, 'files'));
    assert.equal(r.exitCode, 3);
    // The runner reads file commands line by line, so a CR before LF does not survive (workflow commands keep it).
    const asRunnerReadsIt = TRICKY.replace(/\r\n/g, '\n');
    assert.deepEqual(r.outputs, { plain: 'hello', tricky: asRunnerReadsIt });
    assert.deepEqual(r.state, { st: asRunnerReadsIt });
    assert.deepEqual(r.env, { EXPORTED: 'v\nw' });
    assert.deepEqual(r.path, ['/opt/tool/bin']);
    assert.deepEqual(r.annotations, [
      {
        level: 'error',
        message: TRICKY,
        title: PROP,
        file: 'dir/a,b:c%.yml',
        line: 3,
        endLine: 4,
        col: 5,
        endColumn: 9,
      },
      { level: 'warning', message: 'plain warning' },
      { level: 'notice', message: 'a notice', title: 'N' },
    ]);
    assert.deepEqual(r.debug, ['debug line']);
    assert.deepEqual(r.masks, ['s3cr3t-value']);
    assert.deepEqual(r.groups, [{ name: 'my group', lines: ['inside the group'] }]);
    assert.ok(r.log.includes('after the group'));
    assert.match(r.summary, /^# Head\n<table><tr><th>a<\/th><\/tr><tr><td>1 \| 2<\/td><\/tr><\/table>/);
  });
});

describe('runAction with a stand-in action', () => {
  let actionDir = '';
  before(async () => {
    actionDir = join(tmp, 'fake-action');
    mkdirSync(join(actionDir, 'dist'), { recursive: true });
    writeFileSync(
      join(actionDir, 'action.yml'),
      `name: fake
inputs:
  fail-on: { default: error }
  my input: { default: 'x y' }
  token: { default: '\${{ github.token }}' }
  ref: { default: '\${{ job.workflow_ref }}' }
  mixed: { default: 'at \${{ github.repository }} on \${{ runner.os }}' }
  missing: { default: '\${{ job.nothing_here }}' }
  flag: { default: false }
  none: { description: no default }
runs: { using: node24, main: dist/main.js, post: dist/post.js }
`,
    );
    await bundle(
      'main',
      `import * as core from '@actions/core';
for (const n of ['fail-on', 'my input', 'token', 'ref', 'mixed', 'missing', 'flag', 'none', 'extra']) core.setOutput(n, core.getInput(n));
core.saveState('handoff', 'from main, with: colon');
core.exportVariable('FROM_MAIN', 'yes');
core.setOutput('cwd', process.cwd());
core.setOutput('secret-present', String(process.env.MY_SECRET !== undefined));
core.setOutput('node', process.version);
`,
      join(actionDir, 'dist'),
    );
    await bundle(
      'post',
      `import * as core from '@actions/core';
core.notice('state=' + core.getState('handoff') + ' env=' + process.env.FROM_MAIN);
`,
      join(actionDir, 'dist'),
    );
  });

  it('mangles input names like the runner and applies evaluated defaults', async () => {
    const r = await runAction({
      actionDir,
      inputs: { 'fail-on': 'warning', extra: 'undeclared' },
      context: { github: { token: 'ghs_harness', repository: 'o/r' } },
      env: { MY_SECRET: 'shh' },
    });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.stepEnv['INPUT_FAIL-ON'], 'warning');
    assert.equal(r.stepEnv.INPUT_MY_INPUT, 'x y');
    assert.equal(inputEnvName('my input'), 'INPUT_MY_INPUT');
    assert.deepEqual(
      { ...r.outputs, cwd: undefined, node: undefined },
      {
        'fail-on': 'warning',
        'my input': 'x y',
        token: 'ghs_harness',
        ref: 'octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main',
        mixed: 'at o/r on Linux',
        missing: '',
        flag: 'false',
        none: '',
        extra: 'undeclared',
        'secret-present': 'true',
        cwd: undefined,
        node: undefined,
      },
    );
    assert.equal(r.outputs.cwd, r.workspace);
    assert.match(r.outputs.node ?? '', /^v24\./);
  });

  it('hands main state to post as STATE_* and GITHUB_ENV exports to later steps', async () => {
    const r = await runAction({ actionDir });
    assert.deepEqual(r.state, { handoff: 'from main, with: colon' });
    assert.deepEqual(r.post?.annotations, [
      { level: 'notice', message: 'state=from main, with: colon env=yes' },
    ]);
  });

  it('runs post alone with a given state', async () => {
    const r = await runAction({ actionDir, steps: 'post', state: { handoff: 'given' } });
    assert.equal(r.main, undefined);
    assert.deepEqual(r.annotations, [{ level: 'notice', message: 'state=given env=undefined' }]);
  });
});

describe('parsers', () => {
  it('reads name=value and heredoc file commands and rejects a missing delimiter', () => {
    assert.deepEqual(parseKeyValueFile('a=1\nb<<EOF\nx\n\ny\nEOF\nc=has=equals\n'), {
      a: '1',
      b: 'x\n\ny',
      c: 'has=equals',
    });
    assert.throws(() => parseKeyValueFile('b<<EOF\nx\n'), /not found/);
    assert.throws(() => parseKeyValueFile('garbage\n'), /invalid line/);
  });

  it('unescapes in one pass and ignores commands after ::stop-commands::', () => {
    assert.deepEqual(parseCommandLine('::error file=a%253A::100%25%0A'), {
      name: 'error',
      properties: { file: 'a%3A' },
      message: '100%\n',
    });
    const log = parseLog('::stop-commands::tok\n::error::not one\n::tok::\n::warning::real\nplain\n');
    assert.deepEqual(log.annotations, [{ level: 'warning', message: 'real' }]);
    assert.deepEqual(log.log, ['::error::not one', 'plain']);
    assert.equal(parseCommandLine('not :: a command'), null);
  });

  it('evaluates defaults with GitHub expressions, including quoted }}', () => {
    const ctx = { github: { token: 't' }, job: {} };
    assert.equal(evaluateTemplate('${{ github.token }}', ctx), 't');
    assert.equal(
      evaluateTemplate("x ${{ 'a}}b' }} ${{ format('{0}}}', github.token) }} y", ctx),
      'x a}}b t} y',
    );
    assert.equal(evaluateTemplate('${{ job.workflow_ref }}', ctx), '');
    assert.equal(evaluateTemplate('plain', ctx), 'plain');
  });

  it('renders an annotation as the GitHub log shows it', () => {
    assert.equal(
      renderAnnotation({ level: 'error', file: 'w.yml', line: 3, col: 7, title: 'T', message: 'm' }),
      'Error: w.yml:3:7  T — m',
    );
  });
});
