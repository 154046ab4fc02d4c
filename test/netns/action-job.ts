/**
 * One job, run inside the runner namespace by test/netns/action.test.ts: the bundled action's main step through
 * the runner harness under Node 24 (egress-policy: block), then the job's own commands, then the post step with
 * the state main saved. Prints what each step produced as JSON.
 *   ip netns exec NS node --import tsx action-job.ts CONFIG.json
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { runAction } from '../harness/runner.js';

const config = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as {
  inputs: Record<string, string>;
  commands: string[];
};
const workflow = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: OWNER/exfil-guard@v1
        with:
          egress-policy: block
      - run: curl -s http://allowed.test/
`;
// This machine may itself be a container; the namespaces are the test's to change.
const env = { EXFIL_GUARD_EGRESS_IN_CONTAINER: 'true' };
const files = { '.github/workflows/ci.yml': workflow };
const main = await runAction({ steps: 'main', inputs: config.inputs, env, files, job: 'build' });
const commands = config.commands.map((c) => {
  const r = spawnSync('sh', ['-c', c], { encoding: 'utf8', timeout: 20_000 });
  return { command: c, code: r.status, stdout: r.stdout };
});
const post = await runAction({
  steps: 'post',
  inputs: config.inputs,
  env,
  files,
  job: 'build',
  state: main.state,
});
const pick = (r: typeof main) => ({
  exitCode: r.exitCode,
  annotations: r.annotations,
  summary: r.summary,
  stdout: r.stdout,
});
console.log(JSON.stringify({ main: pick(main), commands, post: pick(post) }));
main.cleanup();
post.cleanup();
