/**
 * The egress allowlist for real, as root, in network namespaces of our own (see topology.ts): block mode,
 * audit mode, exact restore, and failing closed when the DNS daemon dies. Skips with a reason otherwise.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseSave } from '../../src/egress/netfilter-text.js';
import type { EgressReport } from '../../src/egress/report.js';
import type { EgressState } from '../../src/egress/state.js';
import { HOSTS, Topology, skipReason } from './topology.js';

const skip = skipReason();
const ALLOW = 'allowed.test *.allowed.test';
const CURL = 'curl -s --max-time 5';

/** curl exit codes: 7 = could not connect (refused), 6 = could not resolve, 28 = timed out. */
const REFUSED = 7;
const UNRESOLVED = 6;

describe('egress in network namespaces', { skip }, () => {
  let t: Topology;
  let saves: { v4: string; v6: string };
  const stateFile = (): string => join(t.dir, 'state.json');
  const readState = (): EgressState => JSON.parse(readFileSync(stateFile(), 'utf8')) as EgressState;
  const save = (): { v4: string; v6: string } => ({
    v4: t.must(t.runner, 'iptables-save'),
    v6: t.must(t.runner, 'ip6tables-save'),
  });
  const start = (mode: 'block' | 'audit'): Record<string, unknown> => {
    const { json, run } = t.step('start', { mode, allow: ALLOW, runnerTemp: t.dir, stateFile: stateFile() });
    assert.equal(run.code, 0, `start ${mode} failed: ${JSON.stringify(json)} ${run.stderr}`);
    return json;
  };
  const finish = (): EgressReport => {
    const { json, run } = t.step('finish', readState());
    assert.equal(run.code, 0, run.stderr);
    return json as unknown as EgressReport;
  };
  const status = (ns: string, args: string): string =>
    /status: (\w+)/.exec(t.sh(ns, `dig +time=2 +tries=1 ${args}`).stdout)?.[1] ?? 'no answer';

  before(async () => {
    t = new Topology();
    try {
      await t.create();
    } catch (error) {
      t.destroy();
      throw error;
    }
    saves = save();
  });
  after(() => t?.destroy());

  describe('block mode', () => {
    let report: EgressReport;
    const exfil = `${randomBytes(6).toString('hex')}.evil.test`;
    const direct = `direct-${randomBytes(4).toString('hex')}.allowed.test`;

    before(() => {
      start('block');
    });

    it('resolves and connects to an allowed name, over IPv4 and IPv6, through a CNAME chain', () => {
      assert.equal(
        t.sh(t.runner, `${CURL} -4 http://allowed.test/`).stdout,
        `hello from ${HOSTS.allowed4}\n`,
      );
      assert.equal(
        t.sh(t.runner, `${CURL} -6 http://allowed.test/`).stdout,
        `hello from ${HOSTS.allowed6}\n`,
      );
      // www.allowed.test is a CNAME to edge.cdn.test: the chain's addresses join the allow set.
      assert.equal(
        t.sh(t.runner, `${CURL} -4 http://www.allowed.test/`).stdout,
        `hello from ${HOSTS.cdn4}\n`,
      );
    });

    it('refuses a forbidden name without asking the upstream', () => {
      assert.equal(status(t.runner, 'forbidden.test'), 'REFUSED');
      assert.equal(status(t.runner, `TXT ${exfil}`), 'REFUSED');
      assert.equal(t.sh(t.runner, `${CURL} http://forbidden.test/`).code, UNRESOLVED);
      const asked = t.upstreamQueries();
      assert.ok(!asked.includes(exfil), 'the exfiltration name reached the upstream resolver');
      assert.ok(!asked.includes('forbidden.test'), 'the forbidden name reached the upstream resolver');
      // A name the CNAME chain passes through is not allowed on its own.
      assert.equal(status(t.runner, 'edge.cdn.test'), 'REFUSED');
    });

    it('refuses a forbidden IP literal at once (REJECT, not a timeout)', () => {
      const v4 = t.sh(t.runner, `${CURL} http://${HOSTS.forbidden4}/`);
      assert.equal(v4.code, REFUSED, `curl exit ${v4.code} after ${v4.ms} ms`);
      console.log(`forbidden IPv4 literal refused after ${v4.ms} ms (including process start)`);
    });

    it('refuses IPv6 to a forbidden host', () => {
      assert.equal(t.sh(t.runner, `${CURL} -g http://[${HOSTS.forbidden6}]/`).code, REFUSED);
    });

    it('refuses direct queries to the upstream resolver (UDP, TCP) and DoT', () => {
      assert.equal(status(t.runner, `@${HOSTS.dns4} ${direct}`), 'no answer');
      assert.equal(status(t.runner, `+tcp @${HOSTS.dns4} ${direct}`), 'no answer');
      assert.equal(status(t.runner, `@${HOSTS.dns6} ${direct}`), 'no answer');
      assert.ok(!t.upstreamQueries().includes(direct), 'a direct query reached the upstream resolver');
      assert.equal(t.sh(t.runner, `${CURL} telnet://${HOSTS.dns4}:853`).code, REFUSED);
    });

    it('enforces the same allowlist for a container behind a bridge', () => {
      const C = t.container;
      assert.equal(t.sh(C, `${CURL} -4 http://allowed.test/`).stdout, `hello from ${HOSTS.allowed4}\n`);
      assert.equal(status(C, 'forbidden.test'), 'REFUSED');
      assert.equal(status(C, `@${HOSTS.dns4} ${direct}-c`), 'REFUSED', 'container DNS goes to the daemon');
      assert.ok(!t.upstreamQueries().includes(`${direct}-c`));
      assert.equal(t.sh(C, `${CURL} http://${HOSTS.forbidden4}/`).code, REFUSED);
      assert.equal(t.sh(C, `${CURL} -g http://[${HOSTS.forbidden6}]/`).code, REFUSED);
    });

    it('reports every blocked destination, then restores iptables-save and ip6tables-save exactly', () => {
      report = finish();
      const destinations = report.blocked.map((b) => b.destination);
      for (const expected of [
        'forbidden.test',
        exfil,
        `${HOSTS.forbidden4}:80`,
        `[${HOSTS.forbidden6}]:80`,
        `${HOSTS.dns4}:53`,
        `${HOSTS.dns4}:853`,
      ]) {
        assert.ok(destinations.includes(expected), `${expected} missing from ${destinations.join(', ')}`);
      }
      assert.ok(
        report.allowed.some((a) => a.name === 'www.allowed.test' && a.addresses.includes(HOSTS.cdn4)),
      );
      assert.deepEqual(report.failures, []);
      assert.equal(report.daemonAlive, true);
      const now = save();
      assert.equal(normaliseSave(now.v4), normaliseSave(saves.v4));
      assert.equal(normaliseSave(now.v6), normaliseSave(saves.v6));
      assert.equal(t.must(t.runner, 'ipset list -n'), '');
      assert.match(t.must(t.runner, 'cat /etc/resolv.conf'), new RegExp(`nameserver ${HOSTS.dns4}`));
      // And the runner namespace is back to talking to the world directly.
      assert.equal(t.sh(t.runner, `${CURL} http://${HOSTS.forbidden4}/`).code, 0);
    });
  });

  describe('audit mode', () => {
    let report: EgressReport;
    before(() => {
      start('audit');
    });

    it('lets everything through', () => {
      assert.equal(
        t.sh(t.runner, `${CURL} -4 http://forbidden.test/`).stdout,
        `hello from ${HOSTS.forbidden4}\n`,
      );
      assert.equal(t.sh(t.runner, `${CURL} -g http://[${HOSTS.forbidden6}]/`).code, 0);
      assert.equal(t.sh(t.container, `${CURL} http://${HOSTS.forbidden4}/`).code, 0);
      assert.equal(t.sh(t.runner, `${CURL} -4 http://allowed.test/`).code, 0);
    });

    it('records what block mode would have refused and suggests an allowlist', () => {
      report = finish();
      assert.equal(report.blocked.length, 0);
      const forbidden = report.audited.find((a) => a.destination === `${HOSTS.forbidden4}:80`);
      assert.ok(forbidden, `not audited: ${report.audited.map((a) => a.destination).join(', ')}`);
      assert.deepEqual(forbidden.names, ['forbidden.test']);
      assert.ok(report.audited.some((a) => a.kind === 'name' && a.destination === 'forbidden.test'));
      assert.ok(report.audited.some((a) => a.destination === `[${HOSTS.forbidden6}]:80`));
      assert.match(report.suggestedAllowlist ?? '', /^allowed-endpoints: \|\n(?:.*\n)*\s+forbidden\.test$/m);
      const now = save();
      assert.equal(normaliseSave(now.v4), normaliseSave(saves.v4));
      assert.equal(normaliseSave(now.v6), normaliseSave(saves.v6));
    });
  });

  describe('block mode when the DNS daemon dies', () => {
    it('stops resolving every name and the post step reports the failure', () => {
      start('block');
      assert.equal(t.sh(t.runner, `${CURL} -4 http://allowed.test/`).code, 0);
      const pid = readState().daemonPid;
      assert.ok(pid, 'the state names the daemon');
      t.must(t.runner, `kill -9 ${pid}`);
      // The resolver still points at the dead daemon and the upstream stays unreachable: nothing resolves.
      assert.equal(t.sh(t.runner, `${CURL} -4 http://allowed.test/`).code, UNRESOLVED);
      assert.equal(status(t.runner, `@${HOSTS.dns4} allowed.test`), 'no answer');
      const report = finish();
      assert.equal(report.daemonAlive, false);
      assert.equal(report.failures.length, 1);
      assert.match(report.failures[0] ?? '', /DNS daemon stopped/);
      const now = save();
      assert.equal(normaliseSave(now.v4), normaliseSave(saves.v4));
    });
  });
});
