/**
 * The "internet" of the netns tests, run inside its own namespace: an upstream DNS server that answers
 * from a small zone (A, AAAA, CNAME) and logs every query it receives, plain HTTP servers on the allowed and
 * forbidden hosts, and a TCP listener on 853 (DoT). Usage: node --import tsx world.ts CONFIG.json
 */
import dgram from 'node:dgram';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import dnsPacket from 'dns-packet';
import type { Answer, Packet } from 'dns-packet';

export interface WorldConfig {
  dns: string[];
  http: string[];
  dot: string[];
  /** name → records; a `cname` entry makes the name an alias. */
  zone: Record<string, { a?: string[]; aaaa?: string[]; cname?: string }>;
  queryLog: string;
  ready: string;
}

const config = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as WorldConfig;

function answer(query: Packet): Buffer {
  const question = query.questions?.[0];
  const answers: Answer[] = [];
  let rcode = 3; // NXDOMAIN
  if (question) {
    appendFileSync(
      config.queryLog,
      JSON.stringify({ name: question.name.toLowerCase(), type: question.type }) + '\n',
    );
    let name = question.name.toLowerCase();
    for (let hops = 0; hops < 8; hops++) {
      // A wildcard record answers for any name below it (the benchmarks ask for fresh names).
      const entry = config.zone[name] ?? config.zone[`*.${name.split('.').slice(1).join('.')}`];
      if (!entry) break;
      rcode = 0;
      if (entry.cname) {
        answers.push({ type: 'CNAME', name, ttl: 60, data: entry.cname });
        name = entry.cname;
        continue;
      }
      if (question.type === 'A')
        for (const a of entry.a ?? []) answers.push({ type: 'A', name, ttl: 60, data: a });
      if (question.type === 'AAAA')
        for (const a of entry.aaaa ?? []) answers.push({ type: 'AAAA', name, ttl: 60, data: a });
      break;
    }
  }
  return dnsPacket.encode({
    type: 'response',
    id: query.id ?? 0,
    flags: dnsPacket.RECURSION_AVAILABLE | dnsPacket.RECURSION_DESIRED | rcode,
    questions: query.questions ?? [],
    answers,
  });
}

async function main(): Promise<void> {
  for (const address of config.dns) {
    const udp = dgram.createSocket(address.includes(':') ? 'udp6' : 'udp4');
    udp.on('message', (message, rinfo) =>
      udp.send(answer(dnsPacket.decode(message)), rinfo.port, rinfo.address),
    );
    await new Promise<void>((resolve) => udp.bind(53, address, resolve));
    const tcp = net.createServer((socket) => {
      let buffer = Buffer.alloc(0);
      socket.on('error', () => undefined);
      socket.on('data', (chunk) => {
        buffer = Buffer.concat([buffer, chunk]);
        if (buffer.length >= 2 && buffer.length >= 2 + buffer.readUInt16BE(0)) {
          const reply = answer(dnsPacket.decode(buffer.subarray(2, 2 + buffer.readUInt16BE(0))));
          const prefix = Buffer.alloc(2);
          prefix.writeUInt16BE(reply.length);
          socket.end(Buffer.concat([prefix, reply]));
        }
      });
    });
    await new Promise<void>((resolve) => tcp.listen(53, address, resolve));
  }
  for (const address of config.http) {
    const server = http.createServer((request, response) => {
      const bytes = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('bytes') ?? 0);
      if (bytes > 0) {
        response.writeHead(200, { 'content-length': String(bytes) });
        const chunk = Buffer.alloc(1 << 20);
        let left = bytes;
        const pump = (): void => {
          while (left > 0) {
            const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
            left -= piece.length;
            if (!response.write(piece)) return void response.once('drain', pump);
          }
          response.end();
        };
        return pump();
      }
      response.end(`hello from ${address}\n`);
    });
    await new Promise<void>((resolve) => server.listen(80, address, resolve));
  }
  for (const address of config.dot) {
    const server = net.createServer((socket) => socket.end('dot\n'));
    await new Promise<void>((resolve) => server.listen(853, address, resolve));
  }
  writeFileSync(config.ready, `${process.pid}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
