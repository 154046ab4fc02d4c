import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  createResolver,
  require_dns_packet
} from "./chunks/chunk-SINWINIQ.js";
import "./chunks/chunk-4LRHTQF6.js";
import {
  __toESM
} from "./chunks/chunk-XXN2UIB3.js";

// src/egress/dns/daemon-main.ts
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";

// src/egress/dns/allowset.ts
import { spawn } from "node:child_process";
function ipsetLines(entries, sets, minTtl) {
  const lines = [];
  for (const e of entries) {
    const timeout = Math.min(Math.max(e.ttl, minTtl), 2147483);
    if (!e.ports) {
      lines.push(`add ${e.family === 4 ? sets.any4 : sets.any6} ${e.address} timeout ${timeout}`);
      continue;
    }
    for (const port of e.ports) {
      for (const proto of ["tcp", "udp"]) {
        lines.push(
          `add ${e.family === 4 ? sets.port4 : sets.port6} ${e.address},${proto}:${port} timeout ${timeout}`
        );
      }
    }
  }
  return lines;
}
function createAllowSet(config, ipset = "ipset") {
  return (entries) => new Promise((resolve, reject) => {
    const child = spawn(ipset, ["-exist", "restore"], { stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => stderr += chunk.toString());
    child.on("error", reject);
    child.on(
      "close",
      (code) => code === 0 ? resolve() : reject(new Error(`ipset restore exited ${code}: ${stderr.trim()}`))
    );
    child.stdin.end(ipsetLines(entries, config.sets, config.minTtl).join("\n") + "\n");
  });
}

// src/egress/dns/server.ts
import dgram from "node:dgram";
import net from "node:net";
async function startDnsServer(listen, resolver) {
  const closers = [];
  for (const { address, port } of listen) {
    const v6 = address.includes(":");
    const udp = dgram.createSocket({ type: v6 ? "udp6" : "udp4", ipv6Only: v6 });
    udp.on("message", (message, rinfo) => {
      void resolver.handle(message, rinfo.address, "udp").then((answer) => {
        if (answer) udp.send(answer, rinfo.port, rinfo.address);
      });
    });
    udp.on("error", () => void 0);
    await new Promise((resolve, reject) => {
      udp.once("error", reject);
      udp.bind({ address, port, exclusive: true }, () => {
        udp.off("error", reject);
        resolve();
      });
    });
    closers.push(() => new Promise((resolve) => udp.close(() => resolve())));
    const tcp = net.createServer((socket) => serveTcp(socket, resolver));
    await new Promise((resolve, reject) => {
      tcp.once("error", reject);
      tcp.listen({ host: address, port, ipv6Only: v6 }, () => {
        tcp.off("error", reject);
        resolve();
      });
    });
    closers.push(() => new Promise((resolve) => tcp.close(() => resolve())));
  }
  return { close: async () => void await Promise.all(closers.map((c) => c())) };
}
function serveTcp(socket, resolver) {
  let buffer = Buffer.alloc(0);
  socket.setTimeout(1e4, () => socket.destroy());
  socket.on("error", () => void 0);
  socket.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 2 && buffer.length >= 2 + buffer.readUInt16BE(0)) {
      const length = buffer.readUInt16BE(0);
      const message = buffer.subarray(2, 2 + length);
      buffer = buffer.subarray(2 + length);
      void resolver.handle(message, socket.remoteAddress ?? "", "tcp").then((answer) => {
        if (!answer || socket.destroyed) return;
        const prefix = Buffer.alloc(2);
        prefix.writeUInt16BE(answer.length);
        socket.write(Buffer.concat([prefix, answer]));
      });
    }
  });
}

// src/egress/dns/upstream.ts
var import_dns_packet = __toESM(require_dns_packet(), 1);
import dgram2 from "node:dgram";
import { randomInt } from "node:crypto";
import { isIP } from "node:net";
import net2 from "node:net";
async function createUpstream(options) {
  const serverPort = options.serverPort ?? 53;
  const timeoutMs = options.timeoutMs ?? 2e3;
  const pending = /* @__PURE__ */ new Map();
  const sockets = /* @__PURE__ */ new Map();
  for (const family of [4, 6]) {
    if (!options.servers.some((s) => isIP(s) === family)) continue;
    const socket = dgram2.createSocket({ type: family === 4 ? "udp4" : "udp6", ipv6Only: family === 6 });
    await new Promise((resolve, reject) => {
      socket.once("error", reject);
      socket.bind(
        { port: options.udpPort, address: family === 4 ? "0.0.0.0" : "::", exclusive: true },
        () => {
          socket.off("error", reject);
          resolve();
        }
      );
    });
    socket.on("message", (message, rinfo) => {
      let packet;
      try {
        packet = import_dns_packet.default.decode(message);
      } catch {
        return;
      }
      const waiting = pending.get(packet.id ?? -1);
      if (!waiting || waiting.server !== rinfo.address) return;
      if (packet.questions?.[0]?.name.toLowerCase() !== waiting.name) return;
      pending.delete(packet.id ?? -1);
      waiting.resolve(packet);
    });
    socket.on("error", () => void 0);
    sockets.set(family, socket);
  }
  let nextTcpPort = options.tcpPorts[0];
  function tcpPort() {
    const port = nextTcpPort;
    nextTcpPort = port >= options.tcpPorts[1] ? options.tcpPorts[0] : port + 1;
    return port;
  }
  function udpExchange(server, query) {
    const socket = sockets.get(isIP(server) === 6 ? 6 : 4);
    if (!socket) return Promise.reject(new Error(`no socket for ${server}`));
    let id = randomInt(0, 65536);
    while (pending.has(id)) id = randomInt(0, 65536);
    const name = (query.questions?.[0]?.name ?? "").toLowerCase();
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
        }
      });
      socket.send(import_dns_packet.default.encode({ ...query, id }), serverPort, server, (error) => {
        if (!error) return;
        clearTimeout(timer);
        pending.delete(id);
        reject(error);
      });
    });
  }
  async function tcpExchange(server, query) {
    let lastError;
    for (let attempt = 0; attempt <= options.tcpPorts[1] - options.tcpPorts[0]; attempt++) {
      try {
        return await tcpOnce(server, query, tcpPort());
      } catch (error) {
        lastError = error;
        if (error.code !== "EADDRINUSE") break;
      }
    }
    throw lastError instanceof Error ? lastError : new Error(String(lastError));
  }
  function tcpOnce(server, query, localPort) {
    return new Promise((resolve, reject) => {
      const socket = net2.connect({ host: server, port: serverPort, localPort, timeout: timeoutMs });
      let buffer = Buffer.alloc(0);
      socket.on("connect", () => socket.write(import_dns_packet.default.streamEncode({ ...query, id: randomInt(0, 65536) })));
      socket.on("data", (chunk) => {
        buffer = Buffer.concat([buffer, chunk]);
        if (buffer.length >= 2 && buffer.length >= 2 + buffer.readUInt16BE(0)) {
          socket.end();
          try {
            resolve(import_dns_packet.default.decode(buffer.subarray(2, 2 + buffer.readUInt16BE(0))));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }
      });
      socket.on(
        "timeout",
        () => socket.destroy(new Error(`${server} did not answer over TCP in ${timeoutMs} ms`))
      );
      socket.on("error", reject);
      socket.on("close", () => reject(new Error(`${server} closed the TCP connection`)));
    });
  }
  async function forward(query) {
    let lastError = new Error("no upstream resolver");
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
    }
  };
}

// src/egress/dns/daemon-main.ts
async function main() {
  const path = process.argv[2];
  if (!path) throw new Error("usage: dns-daemon CONFIG.json");
  const config = JSON.parse(readFileSync(path, "utf8"));
  writeFileSync(config.files.pid, `${process.pid}
`, { mode: 420 });
  const log = (event) => {
    try {
      appendFileSync(config.files.events, JSON.stringify(event) + "\n", { mode: 420 });
    } catch {
    }
  };
  const upstream = await createUpstream({
    servers: config.upstreams,
    udpPort: config.upstreamUdpPort,
    tcpPorts: config.upstreamTcpPorts
  });
  const resolver = createResolver(config, {
    forward: (query) => upstream.forward(query),
    allow: createAllowSet(config),
    log,
    now: () => Date.now()
  });
  const server = await startDnsServer(config.listen, resolver);
  const stop = () => {
    upstream.close();
    void server.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 500).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.on("SIGHUP", () => void 0);
  writeFileSync(config.files.ready, `${process.pid}
`, { mode: 420 });
}
main().catch((error) => {
  console.error(`exfil-guard dns daemon: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
