/**
 * The daemon's decision logic, free of sockets: one query in, one reply out. Refused names are answered
 * here and never reach `forward`; allowed answers reach the client only after `allow` has put their
 * addresses into the kernel's allow set, so the first connection after a lookup already passes.
 */
import dnsPacket from 'dns-packet';
import type { Answer, DecodedPacket, Packet, Question } from 'dns-packet';
import { normaliseHost } from '../../policy/endpoint.js';
import type { DnsConfig } from '../plan.js';
import type { DnsEvent } from './events.js';
import { followChain, nameMatcher, type ChainAddress } from './names.js';

export const HEALTH_NAME = 'health.exfil-guard.invalid';

const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;

export interface AllowEntry extends ChainAddress {
  /** Undefined: any port. */
  ports?: number[];
}

export interface ResolverDeps {
  /** Sends a query upstream (with an id of its own) and returns the decoded reply. */
  forward(query: Packet): Promise<DecodedPacket>;
  /** Adds addresses to the kernel allow set; resolves once they are in. */
  allow(entries: AllowEntry[]): Promise<void>;
  log(event: DnsEvent): void;
  now(): number;
}

interface CacheEntry {
  expires: number;
  stored: number;
  rcode: number;
  answers: Answer[];
  authorities: Answer[];
}

export interface Resolver {
  /** `udp`: a reply larger than the client can take is sent truncated (TC), so it retries over TCP. */
  handle(message: Buffer, client: string, transport?: 'udp' | 'tcp'): Promise<Buffer | undefined>;
  cacheSize(): number;
}

export function createResolver(config: DnsConfig, deps: ResolverDeps): Resolver {
  const match = nameMatcher(config.allow);
  const cache = new Map<string, CacheEntry>();

  function encodeReply(
    query: DecodedPacket,
    rcode: number,
    answers: Answer[] = [],
    authorities: Answer[] = [],
  ): Buffer {
    const rd = query.flags !== undefined ? query.flags & dnsPacket.RECURSION_DESIRED : 0;
    return dnsPacket.encode({
      type: 'response',
      id: query.id ?? 0,
      flags: rd | dnsPacket.RECURSION_AVAILABLE | rcode,
      questions: query.questions ?? [],
      answers,
      authorities,
    });
  }

  async function handle(
    message: Buffer,
    client: string,
    transport: 'udp' | 'tcp' = 'tcp',
  ): Promise<Buffer | undefined> {
    const answer = await answerQuery(message, client);
    if (!answer || transport === 'tcp') return answer?.reply;
    const limit = udpLimit(answer.query);
    if (answer.reply.length <= limit) return answer.reply;
    const rd = (answer.query.flags ?? 0) & dnsPacket.RECURSION_DESIRED;
    return dnsPacket.encode({
      type: 'response',
      id: answer.query.id ?? 0,
      flags: rd | dnsPacket.RECURSION_AVAILABLE | dnsPacket.TRUNCATED_RESPONSE,
      questions: answer.query.questions ?? [],
    });
  }

  async function answerQuery(
    message: Buffer,
    client: string,
  ): Promise<{ query: DecodedPacket; reply: Buffer } | undefined> {
    const reply = (q: DecodedPacket, rcode: number, answers?: Answer[], authorities?: Answer[]) => ({
      query: q,
      reply: encodeReply(q, rcode, answers, authorities),
    });
    let query: DecodedPacket;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return undefined; // Not DNS; nothing sensible to answer.
    }
    if (query.type !== 'query') return undefined;
    const opcode = (query as DecodedPacket & { opcode?: string }).opcode;
    const question = query.questions?.[0];
    if (opcode !== 'QUERY' || query.questions?.length !== 1 || !question) return reply(query, RCODE.NOTIMP);
    const name = normaliseHost(question.name);
    if (name === HEALTH_NAME) return reply(query, RCODE.NOERROR);

    const decision = match(name);
    if (!decision && config.mode === 'block') {
      deps.log({ t: deps.now(), kind: 'refused', name, qtype: question.type, client });
      return reply(query, RCODE.REFUSED);
    }

    const key = `${name}|${question.type}|${question.class ?? 'IN'}`;
    const cached = cache.get(key);
    const now = deps.now();
    if (cached && cached.expires > now) {
      const age = Math.floor((now - cached.stored) / 1000);
      const aged = (list: Answer[]): Answer[] =>
        list.map((a) => ('ttl' in a && a.ttl !== undefined ? { ...a, ttl: Math.max(0, a.ttl - age) } : a));
      if (!decision)
        deps.log({ t: now, kind: 'unlisted', name, qtype: question.type, client, addresses: [] });
      return reply(query, cached.rcode, aged(cached.answers), aged(cached.authorities));
    }

    let upstream: DecodedPacket;
    try {
      upstream = await deps.forward(forwardedQuery(question, query));
    } catch (error) {
      deps.log({ t: deps.now(), kind: 'error', message: `upstream failed for ${name}: ${String(error)}` });
      return reply(query, RCODE.SERVFAIL);
    }
    const rcode = (upstream.flags ?? 0) & 0xf;
    const { chain, addresses, kept } = followChain(name, upstream.answers ?? []);
    const authorities = (upstream.authorities ?? []).filter((a) => a.type === 'SOA');

    if (!decision) {
      // Audit: forwarded so the job keeps working, recorded, but the addresses do not join the allow set,
      // so connections to them show up as audited destinations too.
      deps.log({
        t: deps.now(),
        kind: 'unlisted',
        name,
        qtype: question.type,
        client,
        addresses: addresses.map((a) => a.address),
      });
      return reply(query, rcode, upstream.answers ?? [], authorities);
    }

    if (addresses.length > 0) {
      try {
        await deps.allow(addresses.map((a) => (decision.ports ? { ...a, ports: decision.ports } : a)));
      } catch (error) {
        deps.log({
          t: deps.now(),
          kind: 'error',
          message: `could not allow the addresses of ${name}: ${String(error)}`,
        });
        // Block mode fails closed: the client gets no address it could not connect to anyway.
        if (config.mode === 'block') return reply(query, RCODE.SERVFAIL);
      }
    }
    deps.log({
      t: deps.now(),
      kind: 'allowed',
      name,
      qtype: question.type,
      chain,
      addresses: addresses.map((a) => a.address),
    });
    const ttl = cacheTtl(kept, authorities, rcode);
    if (ttl > 0 && (rcode === RCODE.NOERROR || rcode === RCODE.NXDOMAIN)) {
      cache.set(key, { expires: now + ttl * 1000, stored: now, rcode, answers: kept, authorities });
    }
    return reply(query, rcode, kept, authorities);
  }

  return { handle, cacheSize: () => cache.size };
}

function forwardedQuery(question: Question, query: DecodedPacket): Packet {
  return {
    type: 'query',
    flags: (query.flags ?? 0) & (dnsPacket.RECURSION_DESIRED | dnsPacket.CHECKING_DISABLED),
    questions: [{ name: question.name, type: question.type, class: question.class ?? 'IN' }],
  };
}

/** RFC 1035's 512 bytes, or what the client's EDNS OPT record offers (RFC 6891), at most 4096. */
function udpLimit(query: DecodedPacket): number {
  const opt = query.additionals?.find((a) => a.type === 'OPT');
  const size = opt && 'udpPayloadSize' in opt ? opt.udpPayloadSize : 512;
  return Math.min(Math.max(size, 512), 4096);
}

/** The smallest TTL in the answer; a negative answer uses the SOA's minimum (RFC 2308), at most 5 minutes. */
function cacheTtl(answers: Answer[], authorities: Answer[], rcode: number): number {
  const ttls = answers.map((a) => ('ttl' in a ? (a.ttl ?? 0) : 0));
  if (ttls.length > 0) return Math.min(...ttls);
  if (rcode === RCODE.NXDOMAIN || rcode === RCODE.NOERROR) {
    const soa = authorities.find((a) => a.type === 'SOA');
    if (soa && soa.type === 'SOA') return Math.min(soa.ttl ?? 0, soa.data.minimum ?? 0, 300);
  }
  return 0;
}
