import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planEgress, namePatterns, type PlanInput } from '../../src/egress/plan.js';
import { requiredEndpoints } from '../../src/egress/required.js';
import { parseEndpointList } from '../../src/policy/endpoint.js';

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    mode: 'block',
    allowlist: parseEndpointList(
      'example.com *.npmjs.org 10.1.2.3 10.9.0.0/16 [2001:db8::1]:443 api.x.com:443',
    ).endpoints,
    required: [],
    upstreams: ['168.63.129.16', 'fd00::53'],
    dockerUser: { v4: true, v6: false },
    ipv6: true,
    names: { chain: 'EG', set: 'eg' },
    dir: '/tmp/run',
    ...overrides,
  };
}

const lines = (text: string): string[] => text.split('\n');

describe('planEgress rules', () => {
  const plan = planEgress(input());
  const v4 = lines(plan.v4);
  const v6 = lines(plan.v6);

  it('hooks our chains at the top of OUTPUT, INPUT, DOCKER-USER (or FORWARD) and nat PREROUTING', () => {
    assert.ok(v4.includes('-I OUTPUT 1 -j EG-OUT'));
    assert.ok(v4.includes('-I DOCKER-USER 1 -j EG-FWD'));
    assert.ok(v4.includes('-I INPUT 1 -j EG-IN'));
    assert.ok(v4.includes('-I PREROUTING 1 -j EG-DNS'));
    // No DOCKER-USER for IPv6 here: the forward hook goes to FORWARD itself.
    assert.ok(v6.includes('-I FORWARD 1 -j EG-FWD'));
    assert.ok(!v6.some((l) => l.includes('DOCKER-USER')));
  });

  it('declares only chains of our own and touches no other chain but to hook', () => {
    for (const text of [v4, v6]) {
      const declared = text.filter((l) => l.startsWith(':')).map((l) => l.split(' ')[0]);
      assert.deepEqual(declared, [
        ':EG-OUT',
        ':EG-FWD',
        ':EG-BR',
        ':EG-CHK',
        ':EG-DENY',
        ':EG-IN',
        ':EG-DNS',
      ]);
      for (const rule of text.filter((l) => l.startsWith('-A '))) assert.match(rule, /^-A EG-/);
      assert.ok(
        !text.some((l) => /^-(F|X|P|D) /.test(l)),
        'install text never flushes, deletes or sets a policy',
      );
    }
  });

  it('allows loopback and established connections before anything else', () => {
    assert.equal(
      v4.find((l) => l.startsWith('-A EG-OUT')),
      '-A EG-OUT -o lo -j RETURN',
    );
    assert.equal(
      v4.find((l) => l.startsWith('-A EG-CHK')),
      '-A EG-CHK -m conntrack --ctstate RELATED,ESTABLISHED -j RETURN',
    );
    assert.equal(
      v6.find((l) => l.startsWith('-A EG-CHK')),
      '-A EG-CHK -m conntrack --ctstate RELATED,ESTABLISHED -j RETURN',
    );
  });

  it('lets only the daemon (root, reserved source ports) reach the upstream resolvers, per family', () => {
    assert.ok(
      v4.includes(
        '-A EG-OUT -d 168.63.129.16/32 -p udp -m owner --uid-owner 0 -m udp --sport 1011 --dport 53 -j RETURN',
      ),
    );
    assert.ok(
      v4.includes(
        '-A EG-OUT -d 168.63.129.16/32 -p tcp -m owner --uid-owner 0 -m tcp --sport 1012:1019 --dport 53 -j RETURN',
      ),
    );
    assert.ok(!v4.some((l) => l.includes('fd00::53')));
    assert.ok(
      v6.includes(
        '-A EG-OUT -d fd00::53/128 -p udp -m owner --uid-owner 0 -m udp --sport 1011 --dport 53 -j RETURN',
      ),
    );
  });

  it('sends DNS (udp/tcp 53) and DoT (853) to anyone else to the deny chain, before the allow sets', () => {
    for (const text of [v4, v6]) {
      const chk = text.filter((l) => l.startsWith('-A EG-CHK'));
      const firstSet = chk.findIndex((l) => l.includes('--match-set'));
      for (const port of [53, 853]) {
        for (const proto of ['udp', 'tcp']) {
          const index = chk.indexOf(`-A EG-CHK -p ${proto} -m ${proto} --dport ${port} -g EG-DENY`);
          assert.ok(index >= 0 && index < firstSet, `${proto}/${port}`);
        }
      }
      assert.equal(chk.at(-1), '-A EG-CHK -g EG-DENY');
    }
  });

  it('matches allowed addresses by ipset, per family', () => {
    assert.ok(v4.includes('-A EG-CHK -m set --match-set eg-a4 dst -j RETURN'));
    assert.ok(v4.includes('-A EG-CHK -m set --match-set eg-p4 dst,dst -j RETURN'));
    assert.ok(v6.includes('-A EG-CHK -m set --match-set eg-a6 dst -j RETURN'));
    assert.ok(v6.includes('-A EG-CHK -m set --match-set eg-p6 dst,dst -j RETURN'));
  });

  it('records, then REJECTs with tcp-reset / port-unreachable in block mode', () => {
    assert.deepEqual(
      v4.filter((l) => l.startsWith('-A EG-DENY')),
      [
        '-A EG-DENY -m set --match-set eg-seen4 dst,dst',
        '-A EG-DENY -j SET --add-set eg-seen4 dst,dst',
        '-A EG-DENY -p tcp -j REJECT --reject-with tcp-reset',
        '-A EG-DENY -j REJECT --reject-with icmp-port-unreachable',
      ],
    );
    assert.ok(v6.includes('-A EG-DENY -j REJECT --reject-with icmp6-port-unreachable'));
  });

  it('records the same destinations but lets them through in audit mode', () => {
    const audit = planEgress(input({ mode: 'audit' }));
    for (const text of [audit.v4, audit.v6]) {
      const deny = lines(text).filter((l) => l.startsWith('-A EG-DENY'));
      assert.equal(deny.length, 2);
      assert.ok(deny.every((l) => l.includes('seen')));
      assert.ok(!text.includes('REJECT'));
      assert.ok(
        !text.includes('DROP -') && !lines(text).some((l) => l.startsWith('-A EG-CHK') && l.endsWith('DROP')),
      );
    }
    // Everything else is identical: audit sees exactly what block would refuse.
    const strip = (t: string): string[] => lines(t).filter((l) => !l.startsWith('-A EG-DENY'));
    assert.deepEqual(strip(audit.v4), strip(plan.v4));
  });

  it('covers every bridge, docker0 and br-*, for forwarding, container DNS and the daemon port', () => {
    for (const bridge of ['docker0', 'br-+']) {
      assert.ok(v4.includes(`-A EG-FWD -i ${bridge} -g EG-BR`));
      assert.ok(v4.includes(`-A EG-BR -o ${bridge} -j RETURN`));
      assert.ok(v4.includes(`-A EG-DNS -i ${bridge} -p udp -m udp --dport 53 -j REDIRECT --to-ports 53530`));
      assert.ok(v4.includes(`-A EG-DNS -i ${bridge} -p tcp -m tcp --dport 53 -j REDIRECT --to-ports 53530`));
      assert.ok(v6.includes(`-A EG-DNS -i ${bridge} -p udp -m udp --dport 53 -j REDIRECT --to-ports 53530`));
      assert.ok(v4.includes(`-A EG-IN -i ${bridge} -j RETURN`));
    }
    assert.ok(v4.includes('-A EG-IN -p udp -m udp --dport 53530 -j DROP'));
  });

  it('keeps the local link working: DHCP, and for IPv6 neighbour discovery', () => {
    assert.ok(v4.includes('-A EG-CHK -p udp -m udp --sport 68 --dport 67 -j RETURN'));
    assert.ok(v6.includes('-A EG-CHK -p ipv6-icmp -m icmp6 --icmpv6-type neighbour-solicitation -j RETURN'));
    assert.ok(v6.includes('-A EG-CHK -d ff02::/16 -j RETURN'));
  });

  it('emits well-formed restore input: one COMMIT per table, tables filter then nat', () => {
    for (const text of [plan.v4, plan.v6]) {
      assert.deepEqual(
        lines(text).filter((l) => l.startsWith('*') || l === 'COMMIT'),
        ['*filter', 'COMMIT', '*nat', 'COMMIT'],
      );
    }
  });
});

describe('planEgress sets, DNS config and commands', () => {
  it('puts IP and CIDR entries into permanent set entries, ports into the ip,port set', () => {
    const plan = planEgress(input());
    const set = lines(plan.ipsetRestore);
    assert.ok(set.includes('create eg-a4 hash:net family inet timeout 3600'));
    assert.ok(set.includes('create eg-seen6 hash:ip,port family inet6 timeout 2147483 counters'));
    assert.ok(set.includes('add eg-a4 10.1.2.3 timeout 0'));
    assert.ok(set.includes('add eg-a4 10.9.0.0/16 timeout 0'));
    assert.ok(set.includes('add eg-p6 2001:db8::1,tcp:443 timeout 0'));
    assert.ok(set.includes('add eg-p6 2001:db8::1,udp:443 timeout 0'));
    assert.ok(!set.some((l) => l.includes('example.com')));
  });

  it('writes "everything" CIDRs as two halves (hash:net takes no /0)', () => {
    const plan = planEgress(input({ allowlist: parseEndpointList('0.0.0.0/0 ::/0').endpoints }));
    const set = lines(plan.ipsetRestore);
    assert.ok(
      set.includes('add eg-a4 0.0.0.0/1 timeout 0') && set.includes('add eg-a4 128.0.0.0/1 timeout 0'),
    );
    assert.ok(set.includes('add eg-a6 ::/1 timeout 0') && set.includes('add eg-a6 8000::/1 timeout 0'));
  });

  it('lets an explicitly allowed resolver IP on 53/853 through, before the DNS deny', () => {
    const plan = planEgress(input({ allowlist: parseEndpointList('1.1.1.1:853').endpoints }));
    const chk = lines(plan.v4).filter((l) => l.startsWith('-A EG-CHK'));
    const allow = chk.indexOf('-A EG-CHK -d 1.1.1.1/32 -p tcp -m tcp --dport 853 -j RETURN');
    assert.ok(allow >= 0 && allow < chk.indexOf('-A EG-CHK -p tcp -m tcp --dport 853 -g EG-DENY'));
    assert.ok(!plan.ipsetRestore.includes('1.1.1.1'));
  });

  it('gives the daemon the host patterns (ports merged), the upstreams and where to listen', () => {
    const plan = planEgress(
      input({ required: parseEndpointList('github.com *.blob.core.windows.net').endpoints }),
    );
    assert.deepEqual(plan.dns.allow, [
      { host: 'github.com', wildcard: false },
      { host: 'blob.core.windows.net', wildcard: true },
      { host: 'example.com', wildcard: false },
      { host: 'npmjs.org', wildcard: true },
      { host: 'api.x.com', wildcard: false, ports: [443] },
    ]);
    assert.deepEqual(plan.dns.upstreams, ['168.63.129.16', 'fd00::53']);
    assert.deepEqual(plan.dns.listen, [
      { address: '127.0.0.1', port: 53 },
      { address: '::1', port: 53 },
      { address: '0.0.0.0', port: 53530 },
      { address: '::', port: 53530 },
    ]);
    assert.equal(plan.dns.files.events, '/tmp/run/dns-events.jsonl');
  });

  it('merges ports of one host, and any port wins', () => {
    assert.deepEqual(namePatterns(parseEndpointList('a.com:443 a.com:80').endpoints), [
      { host: 'a.com', wildcard: false, ports: [80, 443] },
    ]);
    assert.deepEqual(namePatterns(parseEndpointList('a.com:443 a.com').endpoints), [
      { host: 'a.com', wildcard: false },
    ]);
  });

  it('installs sets, then IPv4 and IPv6 rules with --noflush; tears down in the reverse shape', () => {
    const plan = planEgress(input({ newNftTables: { v4: [], v6: ['nat'] } }));
    assert.deepEqual(
      plan.install.map((c) => c.argv.join(' ')),
      ['ipset restore', 'iptables-restore -w --noflush', 'ip6tables-restore -w --noflush'],
    );
    const removal = lines(plan.teardown[0]?.stdin ?? '');
    assert.deepEqual(removal.slice(0, 5), [
      '*filter',
      '-D OUTPUT -j EG-OUT',
      '-D DOCKER-USER -j EG-FWD',
      '-D INPUT -j EG-IN',
      '-F EG-OUT',
    ]);
    assert.ok(removal.includes('-D PREROUTING -j EG-DNS') && removal.includes('-X EG-DNS'));
    const nft = plan.teardown.find((c) => c.argv[0] === 'nft');
    assert.deepEqual(nft?.argv, ['nft', 'delete', 'table', 'ip6', 'nat']);
    assert.deepEqual(nft?.onlyIfEmpty, { save: 'ip6tables-save', table: 'nat' });
    assert.deepEqual(
      plan.teardown.filter((c) => c.argv[0] === 'ipset').map((c) => c.argv[2]),
      ['eg-a4', 'eg-a6', 'eg-p4', 'eg-p6', 'eg-seen4', 'eg-seen6'],
    );
  });

  it('leaves IPv6 alone when ip6tables is unusable', () => {
    const plan = planEgress(input({ ipv6: false }));
    assert.equal(plan.v6, '');
    assert.equal(plan.install.length, 2);
    assert.ok(!plan.ipsetRestore.includes('inet6'));
    assert.ok(!plan.dns.listen.some((l) => l.address.includes(':')));
  });
});

describe('required endpoints', () => {
  it('parses every entry of data/github-endpoints.json and includes the Azure platform addresses', () => {
    const entries = requiredEndpoints();
    const raw = entries.map((e) => e.raw);
    for (const must of [
      'github.com',
      '*.actions.githubusercontent.com',
      '*.blob.core.windows.net',
      '168.63.129.16',
    ]) {
      assert.ok(raw.includes(must), must);
    }
    assert.ok(raw.includes('169.254.169.254'));
  });
});
