/**
 * Runs inside the runner namespace for bench/egress.ts: sends `count` A queries one after another to
 * SERVER and prints the latency percentiles as JSON. `fresh` asks a new name each time (uncached).
 *   node --import tsx bench/egress-dns-probe.ts SERVER COUNT NAME|fresh:SUFFIX
 */
import dgram from 'node:dgram';
import { performance } from 'node:perf_hooks';
import dnsPacket from 'dns-packet';

const [server = '127.0.0.1', countText = '200', pattern = 'allowed.test'] = process.argv.slice(2);
const count = Number(countText);
const socket = dgram.createSocket(server.includes(':') ? 'udp6' : 'udp4');
const times: number[] = [];
let failures = 0;

function ask(name: string, id: number): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now();
    const timer = setTimeout(() => {
      failures++;
      socket.off('message', onMessage);
      resolve();
    }, 2000);
    function onMessage(message: Buffer): void {
      if (dnsPacket.decode(message).id !== id) return;
      clearTimeout(timer);
      times.push(performance.now() - started);
      socket.off('message', onMessage);
      resolve();
    }
    socket.on('message', onMessage);
    socket.send(
      dnsPacket.encode({
        type: 'query',
        id,
        flags: dnsPacket.RECURSION_DESIRED,
        questions: [{ name, type: 'A' }],
      }),
      53,
      server,
    );
  });
}

const run = Date.now().toString(36);
for (let i = 0; i < count; i++) {
  const name = pattern.startsWith('fresh:') ? `q${i}-${run}.${pattern.slice(6)}` : pattern;
  await ask(name, i % 65536);
}
socket.close();
times.sort((a, b) => a - b);
const pick = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
console.log(JSON.stringify({ p50: pick(0.5), p99: pick(0.99), answered: times.length, failures }));
