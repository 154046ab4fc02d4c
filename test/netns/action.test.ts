/**
 * The bundled action (dist/main.js, then dist/post.js) enforcing egress for real: run through the runner
 * harness under Node 24 inside a network namespace of the test's own. Root only; skips with the reason otherwise.
 */
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { normaliseSave } from '../../src/egress/netfilter-text.js';
import { REPO_ROOT } from '../harness/runner.js';
import { Topology, skipReason } from './topology.js';

const built =
  existsSync(join(REPO_ROOT, 'dist', 'main.js')) && existsSync(join(REPO_ROOT, 'dist', 'dns-daemon.js'));
const skip = skipReason() ?? (built ? undefined : 'dist/ is not built (npm run build)');

interface StepOut {
  exitCode: number;
  annotations: { level: string; message: string; properties: Record<string, string> }[];
  summary: string;
  stdout: string;
}

describe('the bundled action enforces egress', { skip }, () => {
  let t: Topology;
  before(async () => {
    t = new Topology();
    try {
      await t.create();
    } catch (error) {
      t.destroy();
      throw error;
    }
  });
  after(() => t?.destroy());

  it('block mode: allowed traffic passes, the rest is refused, post fails the job and restores the firewall', () => {
    const before4 = normaliseSave(t.must(t.runner, 'iptables-save'));
    const before6 = normaliseSave(t.must(t.runner, 'ip6tables-save'));
    const config = join(t.dir, 'action-job.json');
    writeFileSync(
      config,
      JSON.stringify({
        inputs: { 'egress-policy': 'block', 'allowed-endpoints': 'allowed.test', 'fail-on': 'never' },
        commands: [
          'curl -s --max-time 5 http://allowed.test/',
          'curl -s --max-time 5 -o /dev/null -w "%{http_code}" http://forbidden.test/',
          'curl -s --max-time 5 -o /dev/null http://198.18.1.20/',
        ],
      }),
    );
    const script = fileURLToPath(new URL('./action-job.ts', import.meta.url));
    const run = t.sh(t.runner, `node --import tsx ${script} ${config}`);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as {
      main: StepOut;
      commands: { command: string; code: number; stdout: string }[];
      post: StepOut;
    };
    assert.equal(out.main.exitCode, 0, out.main.stdout);
    const [allowed, forbiddenName, forbiddenIp] = out.commands;
    assert.equal(allowed?.code, 0);
    assert.match(allowed?.stdout ?? '', /^hello from /);
    assert.equal(forbiddenName?.code, 6, 'a forbidden name must not resolve');
    assert.equal(forbiddenIp?.code, 7, 'a forbidden IP literal must be refused');

    assert.equal(out.post.exitCode, 1, out.post.stdout);
    const errors = out.post.annotations.filter((a) => a.level === 'error');
    assert.ok(
      errors.some((a) => a.message.includes('forbidden.test')),
      JSON.stringify(errors),
    );
    assert.ok(
      errors.some((a) => a.message.includes('198.18.1.20')),
      JSON.stringify(errors),
    );
    assert.match(out.post.summary, /Egress \(block mode\)/);

    assert.equal(normaliseSave(t.must(t.runner, 'iptables-save')), before4);
    assert.equal(normaliseSave(t.must(t.runner, 'ip6tables-save')), before6);
  });
});
