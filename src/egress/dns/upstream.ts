/**
 * Talks to the upstream resolvers from the daemon's reserved source ports: the firewall lets only these
 * (root-owned, fixed-port) queries through to the resolvers, so a job's own `dig @resolver` is refused.
 */
import dgram from 'node:dgram';
import { randomInt } from 'node:crypto';
import { isIP } from 'node:net';
import net from 'node:net';
import dnsPacket from 'dns-packet';
import type { DecodedPacket, Packet } from 'dns-packet';

export interface Upstream {
  forward(query: Packet): Promise<DecodedPacket>;
  close(): void;
}

interface Pending {
  resolve(packet: DecodedPacket): void;
  server: string;
  name: string;
}

export async function createUpstream(options: {
  servers: readonly string[];
  udpPort: number;
  tcpPorts: [number, number];
  timeoutMs?: number;
  /** Where the resolvers listen; 53 except in tests. */
  serverPort?: number;
}): Promise<Upstream> {
  const serverPort = options.serverPort ?? 53;
  const timeoutMs = options.timeoutMs ?? 2000;
  const pending = new Map<number, Pending>();
  const sockets = new Map<4 | 6, dgram.Socket>();
  for (const family of [4, 6] as const) {
    if (!options.servers.some((s) => isIP(s) === family)) continue;
    const socket = dgram.createSocket({ type: family === 4 ? 'udp4' : 'udp6', ipv6Only: family === 6 });
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(
        { port: options.udpPort, address: family === 4 ? '0.0.0.0' : '::', exclusive: true },
        () => {
          socket.off('error', reject);
          resolve();
        },
      );
    });
    socket.on('message', (message, rinfo) => {
      let packet: DecodedPacket;
      try {
        packet = dnsPacket.decode(message);
      } catch {
        return;
      }
      const waiting = pending.get(packet.id ?? -1);
      // Only the server we asked, for the name we asked: a spoofed reply from elsewhere is ignored.
      if (!waiting || waiting.server !== rinfo.address) return;
      if (packet.questions?.[0]?.name.toLowerCase() !== waiting.name) return;
      pending.delete(packet.id ?? -1);
      waiting.resolve(packet);
    });
    socket.on('error', () => undefined);
    sockets.set(family, socket);
  }

  let nextTcpPort = options.tcpPorts[0];
  function tcpPort(): number {
    const port = nextTcpPort;
    nextTcpPort = port >= options.tcpPorts[1] ? options.tcpPorts[0] : port + 1;
    return port;
  }

  function udpExchange(server: string, query: Packet): Promise<DecodedPacket> {
    const socket = sockets.get(isIP(server) === 6 ? 6 : 4);
    if (!socket) return Promise.reject(new Error(`no socket for ${server}`));
    let id = randomInt(0, 65536);
    while (pending.has(id)) id = randomInt(0, 65536);
    const name = (query.questions?.[0]?.name ?? '').toLowerCase();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${server} did not answer in ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, {
        server,
        name,
        resolve: (packet) => {
          clearTimeout(timer);
          resolve(packet);
        },
      });
      socket.send(dnsPacket.encode({ ...query, id }), serverPort, server, (error) => {
        if (!error) return;
        clearTimeout(timer);
        pending.delete(id);
        reject(error);
      });
    });
  }

  async function tcpExchange(server: string, query: Packet): Promise<DecodedPacket> {
    let lastError: unknown;
    // A port may still be in TIME_WAIT towards this server; try the next ones.
    for (let attempt = 0; attempt <= options.tcpPorts[1] - options.tcpPorts[0]; attempt++) {
      try {
        return await tcpOnce(server, query, tcpPort());
      } catch (error) {
        lastError = error;
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') break;
      }
    }
    throw lastError instanceof Error ? lastError : new Error(String(lastError));
  }

  function tcpOnce(server: string, query: Packet, localPort: number): Promise<DecodedPacket> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: server, port: serverPort, localPort, timeout: timeoutMs });
      let buffer = Buffer.alloc(0);
      socket.on('connect', () => socket.write(dnsPacket.streamEncode({ ...query, id: randomInt(0, 65536) })));
      socket.on('data', (chunk) => {
        buffer = Buffer.concat([buffer, chunk]);
        if (buffer.length >= 2 && buffer.length >= 2 + buffer.readUInt16BE(0)) {
          socket.end();
          try {
            resolve(dnsPacket.decode(buffer.subarray(2, 2 + buffer.readUInt16BE(0))));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }
      });
      socket.on('timeout', () =>
        socket.destroy(new Error(`${server} did not answer over TCP in ${timeoutMs} ms`)),
      );
      socket.on('error', reject);
      socket.on('close', () => reject(new Error(`${server} closed the TCP connection`)));
    });
  }

  async function forward(query: Packet): Promise<DecodedPacket> {
    let lastError: unknown = new Error('no upstream resolver');
    for (const server of options.servers) {
      try {
        const answer = await udpExchange(server, query);
        return answer.flag_tc ? await tcpExchange(server, query) : answer;
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError instanceof Error ? lastError : new Error(String(lastError));
  }

  return {
    forward,
    close: () => {
      for (const socket of sockets.values()) socket.close();
    },
  };
}
