import assert from 'node:assert/strict';
import dgram from 'node:dgram';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import dnsPacket from 'dns-packet';
import type { Answer, DecodedPacket, Packet } from 'dns-packet';
import { ipsetLines } from '../../src/egress/dns/allowset.js';
import type { DnsEvent } from '../../src/egress/dns/events.js';
import { followChain, nameMatcher } from '../../src/egress/dns/names.js';
import { createResolver, HEALTH_NAME, type AllowEntry } from '../../src/egress/dns/resolver.js';
import { startDnsServer, type DnsServer } from '../../src/egress/dns/server.js';
import { createUpstream, type Upstream } from '../../src/egress/dns/upstream.js';
import type { DnsConfig } from '../../src/egress/plan.js';

const SETS = { any4: 'a4', any6: 'a6', port4: 'p4', port6: 'p6' };

function config(mode: 'block' | 'audit'): DnsConfig {
  return {
    mode,
    allow: [
      { host: 'allowed.test', wildcard: false },
      { host: 'allowed.test', wildcard: true },
      { host: 'api.port.test', wildcard: false, ports: [443] },
    ],
    upstreams: ['127.0.0.1'],
    listen: [],
    upstreamUdpPort: 0,
    upstreamTcpPorts: [0, 0],
    sets: SETS,
    minTtl: 600,
    files: { events: '', pid: '', ready: '' },
  };
}

/** A tiny zone, answered as an upstream resolver would. */
const ZONE: Record<string, Answer[]> = {
  'allowed.test': [{ type: 'A', name: 'allowed.test', ttl: 60, data: '198.18.1.10' }],
  'www.allowed.test': [
    { type: 'CNAME', name: 'www.allowed.test', ttl: 300, data: 'edge.cdn.test' },
    { type: 'CNAME', name: 'edge.cdn.test', ttl: 300, data: 'edge2.cdn.test' },
    { type: 'A', name: 'edge2.cdn.test', ttl: 30, data: '198.18.1.12' },
    // Not on the chain: must neither reach the allow set nor the client.
    { type: 'A', name: 'evil.test', ttl: 30, data: '198.18.1.66' },
  ],
  'api.port.test': [{ type: 'AAAA', name: 'api.port.test', ttl: 60, data: 'fd00::443' }],
  'forbidden.test': [{ type: 'A', name: 'forbidden.test', ttl: 60, data: '198.18.1.20' }],
  'big.allowed.test': Array.from({ length: 40 }, (_, i) => ({
    type: 'A' as const,
    name: 'big.allowed.test',
    ttl: 60,
    data: `198.18.2.${i}`,
  })),
};

function zoneAnswer(query: Packet): DecodedPacket {
  const name = query.questions?.[0]?.name ?? '';
  const answers = ZONE[name];
  return dnsPacket.decode(
    dnsPacket.encode({
      type: 'response',
      id: query.id ?? 0,
      flags: dnsPacket.RECURSION_AVAILABLE | (answers ? 0 : 3),
      questions: query.questions ?? [],
      answers: answers ?? [],
    }),
  );
}

function query(name: string, type: 'A' | 'AAAA' | 'TXT' = 'A', id = 4242): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ name, type }],
  });
}

function harness(mode: 'block' | 'audit', options: { allowFails?: boolean } = {}) {
  const forwarded: string[] = [];
  const allowed: AllowEntry[][] = [];
  const events: DnsEvent[] = [];
  let now = 1_000_000;
  const resolver = createResolver(config(mode), {
    forward: (q) => {
      forwarded.push(q.questions?.[0]?.name ?? '');
      return Promise.resolve(zoneAnswer(q));
    },
    allow: (entries) => {
      if (options.allowFails) return Promise.reject(new Error('ipset: set does not exist'));
      allowed.push(entries);
      return Promise.resolve();
    },
    log: (event) => events.push(event),
    now: () => now,
  });
  const ask = async (name: string, type: 'A' | 'AAAA' | 'TXT' = 'A'): Promise<DecodedPacket> => {
    const reply = await resolver.handle(query(name, type), '127.0.0.1');
    assert.ok(reply, 'a reply');
    return dnsPacket.decode(reply);
  };
  return { resolver, forwarded, allowed, events, ask, advance: (ms: number) => (now += ms) };
}

const rcode = (p: DecodedPacket): string => (p as DecodedPacket & { rcode: string }).rcode;

describe('name matching', () => {
  const match = nameMatcher(config('block').allow);
  it('uses the allowlist semantics: exact names, wildcards for subdomains, ports merged', () => {
    assert.deepEqual(match('allowed.test'), {});
    assert.deepEqual(match('A.B.Allowed.Test.'), {});
    assert.equal(match('notallowed.test'), undefined);
    assert.equal(match('allowed.test.evil.test'), undefined);
    assert.deepEqual(match('api.port.test'), { ports: [443] });
  });
});

describe('CNAME chains', () => {
  it('keeps the chain from the queried name and its addresses, drops unrelated records', () => {
    const { chain, addresses, kept } = followChain('www.allowed.test', ZONE['www.allowed.test'] ?? []);
    assert.deepEqual(chain, ['www.allowed.test', 'edge.cdn.test', 'edge2.cdn.test']);
    assert.deepEqual(addresses, [{ address: '198.18.1.12', family: 4, ttl: 30 }]);
    assert.equal(kept.length, 3);
    assert.ok(!kept.some((a) => a.name === 'evil.test'));
  });
  it('ends on a CNAME loop', () => {
    const loop: Answer[] = [
      { type: 'CNAME', name: 'a.test', ttl: 1, data: 'b.test' },
      { type: 'CNAME', name: 'b.test', ttl: 1, data: 'a.test' },
    ];
    assert.deepEqual(followChain('a.test', loop).chain, ['a.test', 'b.test']);
  });
});

describe('resolver, block mode', () => {
  it('refuses a name that is not allowed and never forwards it', async () => {
    const h = harness('block');
    const reply = await h.ask('c2VjcmV0.evil.test', 'TXT');
    assert.equal(rcode(reply), 'REFUSED');
    assert.equal(reply.id, 4242);
    assert.deepEqual(h.forwarded, []);
    assert.equal(h.events[0]?.kind, 'refused');
    assert.equal(h.events[0]?.kind === 'refused' && h.events[0].name, 'c2vjcmv0.evil.test');
  });

  it('adds the chain addresses to the allow set before answering, and answers only the chain', async () => {
    const h = harness('block');
    const reply = await h.ask('www.allowed.test');
    assert.equal(rcode(reply), 'NOERROR');
    assert.deepEqual(h.allowed, [[{ address: '198.18.1.12', family: 4, ttl: 30 }]]);
    assert.deepEqual(
      reply.answers?.map((a) => a.name),
      ['www.allowed.test', 'edge.cdn.test', 'edge2.cdn.test'],
    );
    const event = h.events.find((e) => e.kind === 'allowed');
    assert.ok(event?.kind === 'allowed');
    assert.deepEqual(event.addresses, ['198.18.1.12']);
  });

  it('carries the port restriction of the allowlist entry to the set entries', async () => {
    const h = harness('block');
    await h.ask('api.port.test', 'AAAA');
    assert.deepEqual(h.allowed, [[{ address: 'fd00::443', family: 6, ttl: 60, ports: [443] }]]);
  });

  it('answers from its cache until the TTL runs out, with TTLs counted down', async () => {
    const h = harness('block');
    await h.ask('allowed.test');
    h.advance(20_000);
    const cached = await h.ask('allowed.test');
    assert.equal(h.forwarded.length, 1);
    const first = cached.answers?.[0];
    assert.equal(first && 'ttl' in first ? first.ttl : undefined, 40);
    h.advance(41_000);
    await h.ask('allowed.test');
    assert.equal(h.forwarded.length, 2);
  });

  it('fails closed (SERVFAIL) when the addresses cannot be added to the allow set', async () => {
    const h = harness('block', { allowFails: true });
    assert.equal(rcode(await h.ask('allowed.test')), 'SERVFAIL');
    assert.ok(h.events.some((e) => e.kind === 'error'));
  });

  it('answers the health query locally', async () => {
    const h = harness('block');
    assert.equal(rcode(await h.ask(HEALTH_NAME)), 'NOERROR');
    assert.deepEqual(h.forwarded, []);
  });

  it('truncates a UDP reply larger than 512 bytes for a client without EDNS; TCP gets it whole', async () => {
    const h = harness('block');
    const udp = await h.resolver.handle(query('big.allowed.test'), '127.0.0.1', 'udp');
    assert.ok(udp);
    const truncated = dnsPacket.decode(udp);
    assert.equal(truncated.flag_tc, true);
    assert.equal(truncated.answers?.length, 0);
    const tcp = await h.resolver.handle(query('big.allowed.test'), '127.0.0.1', 'tcp');
    assert.ok(tcp && tcp.length > 512);
    assert.equal(dnsPacket.decode(tcp).answers?.length, 40);
  });

  it('ignores what is not a DNS query', async () => {
    const h = harness('block');
    assert.equal(await h.resolver.handle(Buffer.from('hello'), '127.0.0.1'), undefined);
  });
});

describe('resolver, audit mode', () => {
  it('forwards a name that is not allowed, records it with its addresses, and does not allow them', async () => {
    const h = harness('audit');
    const reply = await h.ask('forbidden.test');
    assert.equal(rcode(reply), 'NOERROR');
    assert.equal(reply.answers?.[0]?.type === 'A' && reply.answers[0].data, '198.18.1.20');
    assert.deepEqual(h.allowed, []);
    const event = h.events[0];
    assert.ok(event?.kind === 'unlisted');
    assert.deepEqual(event.addresses, ['198.18.1.20']);
  });
});

describe('ipset lines', () => {
  it('uses the TTL with a floor, and ip,proto:port entries for port-restricted names', () => {
    assert.deepEqual(
      ipsetLines(
        [
          { address: '198.18.1.10', family: 4, ttl: 30 },
          { address: 'fd00::1', family: 6, ttl: 7200, ports: [443] },
        ],
        SETS,
        600,
      ),
      [
        'add a4 198.18.1.10 timeout 600',
        'add p6 fd00::1,tcp:443 timeout 7200',
        'add p6 fd00::1,udp:443 timeout 7200',
      ],
    );
  });
});

describe('daemon sockets on loopback', () => {
  let upstreamServer: dgram.Socket;
  let upstreamTcp: net.Server;
  let upstream: Upstream;
  let server: DnsServer;
  const port = 20000 + Math.floor(Math.random() * 20000);
  const upstreamSeen: string[] = [];
  const allowed: AllowEntry[][] = [];

  before(async () => {
    upstreamServer = dgram.createSocket('udp4');
    upstreamServer.on('message', (message, rinfo) => {
      const q = dnsPacket.decode(message);
      upstreamSeen.push(q.questions?.[0]?.name ?? '');
      const reply = dnsPacket.encode(zoneAnswer(q));
      // A long name answers truncated over UDP, so the daemon must retry over TCP.
      if (q.questions?.[0]?.name === 'tc.allowed.test') {
        const truncated = dnsPacket.encode({
          ...zoneAnswer(q),
          flags: dnsPacket.TRUNCATED_RESPONSE,
          answers: [],
        });
        upstreamServer.send(truncated, rinfo.port, rinfo.address);
        return;
      }
      upstreamServer.send(reply, rinfo.port, rinfo.address);
    });
    await new Promise<void>((resolve) => upstreamServer.bind(0, '127.0.0.1', resolve));
    const upstreamPort = upstreamServer.address().port;
    upstreamTcp = net.createServer((socket) => {
      socket.on('data', (data) => {
        const q = dnsPacket.decode(data.subarray(2));
        upstreamSeen.push(`tcp:${q.questions?.[0]?.name ?? ''}`);
        const answer = dnsPacket.encode({
          ...zoneAnswer(q),
          answers: [{ type: 'A', name: q.questions?.[0]?.name ?? '', ttl: 60, data: '198.18.1.77' }],
        });
        const prefix = Buffer.alloc(2);
        prefix.writeUInt16BE(answer.length);
        socket.end(Buffer.concat([prefix, answer]));
      });
    });
    await new Promise<void>((resolve) => upstreamTcp.listen(upstreamPort, '127.0.0.1', resolve));

    upstream = await createUpstream({
      servers: ['127.0.0.1'],
      udpPort: 0,
      tcpPorts: [0, 0],
      serverPort: upstreamPort,
    });
    const resolver = createResolver(config('block'), {
      forward: (q) => upstream.forward(q),
      allow: (entries) => {
        allowed.push(entries);
        return Promise.resolve();
      },
      log: () => undefined,
      now: () => Date.now(),
    });
    server = await startDnsServer([{ address: '127.0.0.1', port }], resolver);
  });

  after(async () => {
    await server.close();
    upstream.close();
    upstreamServer.close();
    upstreamTcp.close();
  });

  async function udpAsk(name: string): Promise<DecodedPacket> {
    const socket = dgram.createSocket('udp4');
    try {
      return await new Promise((resolve) => {
        socket.on('message', (message) => resolve(dnsPacket.decode(message)));
        socket.send(query(name), port, '127.0.0.1');
      });
    } finally {
      socket.close();
    }
  }

  it('answers an allowed name over UDP through the upstream', async () => {
    const reply = await udpAsk('allowed.test');
    assert.equal(reply.answers?.[0]?.type === 'A' && reply.answers[0].data, '198.18.1.10');
    assert.ok(upstreamSeen.includes('allowed.test'));
    assert.ok(allowed.some((batch) => batch.some((e) => e.address === '198.18.1.10')));
  });

  it('refuses a forbidden name over UDP and TCP without the upstream seeing it', async () => {
    assert.equal(rcode(await udpAsk('forbidden.test')), 'REFUSED');
    const tcpReply = await new Promise<DecodedPacket>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () =>
        socket.write(dnsPacket.streamEncode(dnsPacket.decode(query('x.evil.test')))),
      );
      let buffer = Buffer.alloc(0);
      socket.on('data', (chunk) => {
        buffer = Buffer.concat([buffer, chunk]);
        if (buffer.length >= 2 + buffer.readUInt16BE(0)) {
          socket.end();
          resolve(dnsPacket.decode(buffer.subarray(2)));
        }
      });
      socket.on('error', reject);
    });
    assert.equal(rcode(tcpReply), 'REFUSED');
    assert.ok(!upstreamSeen.some((n) => n.includes('forbidden.test') || n.includes('evil.test')));
  });

  it('retries a truncated upstream answer over TCP', async () => {
    const reply = await udpAsk('tc.allowed.test');
    assert.ok(upstreamSeen.includes('tcp:tc.allowed.test'));
    assert.equal(reply.answers?.[0]?.type === 'A' && reply.answers[0].data, '198.18.1.77');
  });
});
