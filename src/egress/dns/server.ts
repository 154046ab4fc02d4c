/** Binds the daemon's UDP and TCP listeners and hands every query to the resolver. */
import dgram from 'node:dgram';
import net from 'node:net';
import type { Resolver } from './resolver.js';

export interface DnsServer {
  close(): Promise<void>;
}

export async function startDnsServer(
  listen: readonly { address: string; port: number }[],
  resolver: Resolver,
): Promise<DnsServer> {
  const closers: (() => Promise<void>)[] = [];
  for (const { address, port } of listen) {
    const v6 = address.includes(':');
    const udp = dgram.createSocket({ type: v6 ? 'udp6' : 'udp4', ipv6Only: v6 });
    udp.on('message', (message, rinfo) => {
      void resolver.handle(message, rinfo.address, 'udp').then((answer) => {
        if (answer) udp.send(answer, rinfo.port, rinfo.address);
      });
    });
    udp.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      udp.once('error', reject);
      udp.bind({ address, port, exclusive: true }, () => {
        udp.off('error', reject);
        resolve();
      });
    });
    closers.push(() => new Promise((resolve) => udp.close(() => resolve())));

    const tcp = net.createServer((socket) => serveTcp(socket, resolver));
    await new Promise<void>((resolve, reject) => {
      tcp.once('error', reject);
      tcp.listen({ host: address, port, ipv6Only: v6 }, () => {
        tcp.off('error', reject);
        resolve();
      });
    });
    closers.push(() => new Promise((resolve) => tcp.close(() => resolve())));
  }
  return { close: async () => void (await Promise.all(closers.map((c) => c()))) };
}

/** DNS over TCP: each message is preceded by its length (RFC 1035 4.2.2); several may share a connection. */
function serveTcp(socket: net.Socket, resolver: Resolver): void {
  let buffer = Buffer.alloc(0);
  socket.setTimeout(10_000, () => socket.destroy());
  socket.on('error', () => undefined);
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 2 && buffer.length >= 2 + buffer.readUInt16BE(0)) {
      const length = buffer.readUInt16BE(0);
      const message = buffer.subarray(2, 2 + length);
      buffer = buffer.subarray(2 + length);
      void resolver.handle(message, socket.remoteAddress ?? '', 'tcp').then((answer) => {
        if (!answer || socket.destroyed) return;
        const prefix = Buffer.alloc(2);
        prefix.writeUInt16BE(answer.length);
        socket.write(Buffer.concat([prefix, answer]));
      });
    }
  });
}
