/**
 * `npm run demo`: runs the bundled action (dist/, built by the npm script) through the runner harness on the
 * GhostAction-style example, as the first step of the job a malicious push triggered, and prints what GitHub
 * would show: the annotations, the step's outcome and outputs, and the step summary. Whatever the engine
 * finds is printed as is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAnnotation } from '../test/harness/commands.js';
import { REPO_ROOT, runAction } from '../test/harness/runner.js';

const WORKFLOW = '.github/workflows/release.yml';
const example = readFileSync(join(REPO_ROOT, 'examples/ghostaction.yml'), 'utf8');
const bold = (s: string): string => (process.stdout.isTTY ? `\u001b[1m${s}\u001b[0m` : s);

const run = await runAction({
  files: { [WORKFLOW]: example },
  workflowPath: WORKFLOW,
  job: 'release',
  eventName: 'push',
  // The push that edited the workflow, as the runner's event payload shows it.
  event: (sha: string) => ({
    ref: 'refs/heads/main',
    after: sha,
    before: '1'.repeat(40),
    repository: { full_name: 'octo-org/octo-repo' },
    commits: [{ id: sha, message: 'Update release.yml', added: [], removed: [], modified: [WORKFLOW] }],
    head_commit: { id: sha, modified: [WORKFLOW] },
  }),
  // The step environment holds the secret, as it would on GitHub; it must never show up in the output.
  env: { PYPI_API_TOKEN: 'pypi-demo-not-a-real-token-0123456789' },
});

console.log(bold(`Exfil Guard demo: examples/ghostaction.yml run as ${WORKFLOW}, job "release", on a push`));
console.log('(the bundled dist/main.js and dist/post.js under Node 24, through the runner harness)\n');

console.log(bold('Annotations'));
if (run.annotations.length === 0) console.log('  (none)');
for (const a of run.annotations) console.log(`  ${renderAnnotation(a).replace(/\n/g, '\n  ')}`);

const main = run.main;
console.log(
  `\n${bold('Step "Exfil Guard"')}: ${main?.exitCode === 0 ? 'succeeded' : `failed (exit code ${main?.exitCode})`}`,
);
console.log(`  outputs: ${JSON.stringify(run.outputs)}`);
if (run.stderr.trim() !== '') console.log(`  stderr: ${run.stderr.trim()}`);

console.log(`\n${bold('Job summary')}\n`);
console.log(run.summary.trim() === '' ? '(empty)' : run.summary);

const findings = Number(run.outputs.findings ?? '0');
console.log(
  findings === 0
    ? bold('The engine reported no findings for this workflow.')
    : bold(
        `${findings} finding(s); verdict "${run.outputs.verdict ?? ''}".` +
          (main?.exitCode === 0 ? '' : ' The step failed, so the later steps of the job would not run.'),
      ),
);
run.cleanup();
