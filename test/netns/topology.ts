/**
 * A throw-away network for the egress tests, built with `ip netns` and veth pairs:
 *
 *   world (W) ── veth ── runner (R) ── bridge br-egXXXX ── veth ── container (C)
 *
 * W holds the upstream resolver, an allowed, a CDN and a forbidden HTTP host (198.18.1.0/24 and
 * fd00:e9:1::/64 on its loopback); R reaches them through W; C sits behind a bridge in R the way a Docker
 * container does (FORWARD -j DOCKER-USER, MASQUERADE on the way out, for IPv4 and IPv6). Names carry a
 * random suffix so parallel runs don't collide; `destroy` kills every process in the namespaces.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';

export const HOSTS = {
  dns4: '198.18.1.53',
  dns6: 'fd00:e9:1::53',
  allowed4: '198.18.1.10',
  allowed6: 'fd00:e9:1::10',
  cdn4: '198.18.1.12',
  cdn6: 'fd00:e9:1::12',
  forbidden4: '198.18.1.20',
  forbidden6: 'fd00:e9:1::20',
};

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Why the netns tests cannot run here, or undefined when they can. */
export function skipReason(): string | undefined {
  if (process.getuid?.() !== 0) return 'netns egress tests need root (they create network namespaces)';
  for (const tool of ['ip', 'iptables', 'ip6tables', 'ipset', 'dig', 'curl']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      return `netns egress tests need ${tool} (apt-get install iproute2 iptables ipset dnsutils curl)`;
    }
  }
  if (spawnSync('ip', ['netns', 'list']).status !== 0) return 'ip netns is not usable here';
  return undefined;
}

export class Topology {
  readonly id = randomBytes(2).toString('hex');
  readonly runner = `egR-${this.id}`;
  readonly world = `egW-${this.id}`;
  readonly container = `egC-${this.id}`;
  readonly bridge = `br-eg${this.id}`;
  readonly dir = mkdtempSync(join(tmpdir(), `exfil-guard-netns-${this.id}-`));
  readonly queryLog = join(this.dir, 'upstream-queries.jsonl');

  sh(ns: string | undefined, script: string): Run {
    const started = Date.now();
    const argv = ns ? ['ip', 'netns', 'exec', ns, 'sh', '-c', script] : ['sh', '-c', script];
    const result = spawnSync(argv[0] ?? 'sh', argv.slice(1), { encoding: 'utf8', timeout: 60_000 });
    return {
      code: result.status ?? -1,
      stdout: result.stdout,
      stderr: result.stderr,
      ms: Date.now() - started,
    };
  }

  must(ns: string | undefined, script: string): string {
    const result = this.sh(ns, script);
    if (result.code !== 0) throw new Error(`${ns ?? 'host'}: ${script}: ${result.stderr || result.stdout}`);
    return result.stdout;
  }

  async create(): Promise<void> {
    const { runner: R, world: W, container: C, bridge, id } = this;
    for (const ns of [R, W, C]) {
      this.must(undefined, `ip netns add ${ns}`);
      this.must(ns, 'ip link set lo up');
    }
    // Resolver files that `ip netns exec` bind-mounts over /etc/resolv.conf in each namespace.
    mkdirSync(`/etc/netns/${R}`, { recursive: true });
    writeFileSync(`/etc/netns/${R}/resolv.conf`, `nameserver ${HOSTS.dns4}\nnameserver ${HOSTS.dns6}\n`);
    mkdirSync(`/etc/netns/${C}`, { recursive: true });
    // As Docker writes it when the host only has a loopback resolver: a public resolver, here our upstream.
    writeFileSync(`/etc/netns/${C}/resolv.conf`, `nameserver ${HOSTS.dns4}\n`);

    this.must(undefined, `ip link add egr${id} netns ${R} type veth peer name egw${id} netns ${W}`);
    this.must(
      W,
      [
        `ip link set egw${id} up`,
        `ip addr add 198.18.0.1/24 dev egw${id}`,
        `ip -6 addr add fd00:e9::1/64 dev egw${id} nodad`,
        ...Object.values(HOSTS).map((a) => `ip addr add ${a}/${a.includes(':') ? 128 : 32} dev lo`),
        'ip route add 198.19.0.0/24 via 198.18.0.2',
        'ip -6 route add fd00:e9:2::/64 via fd00:e9::2',
      ].join(' && '),
    );
    this.must(
      R,
      [
        `ip link set egr${id} up`,
        `ip addr add 198.18.0.2/24 dev egr${id}`,
        `ip -6 addr add fd00:e9::2/64 dev egr${id} nodad`,
        'ip route add default via 198.18.0.1',
        'ip -6 route add default via fd00:e9::1',
        `ip link add ${bridge} type bridge`,
        `ip link set ${bridge} up`,
        `ip addr add 198.19.0.1/24 dev ${bridge}`,
        `ip -6 addr add fd00:e9:2::1/64 dev ${bridge} nodad`,
        'sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1',
      ].join(' && '),
    );
    this.must(undefined, `ip link add egc${id} netns ${C} type veth peer name egb${id} netns ${R}`);
    this.must(R, `ip link set egb${id} master ${bridge} && ip link set egb${id} up`);
    this.must(
      C,
      [
        `ip link set egc${id} up`,
        `ip addr add 198.19.0.2/24 dev egc${id}`,
        `ip -6 addr add fd00:e9:2::2/64 dev egc${id} nodad`,
        'ip route add default via 198.19.0.1',
        'ip -6 route add default via fd00:e9:2::1',
      ].join(' && '),
    );
    // Docker's wiring, for both families, plus one unrelated rule that must survive untouched.
    for (const tool of ['iptables', 'ip6tables']) {
      const subnet = tool === 'iptables' ? '198.19.0.0/24' : 'fd00:e9:2::/64';
      this.must(
        R,
        [
          `${tool} -N DOCKER-USER`,
          `${tool} -A FORWARD -j DOCKER-USER`,
          `${tool} -A DOCKER-USER -j RETURN`,
          `${tool} -A FORWARD -i ${bridge} -j ACCEPT`,
          `${tool} -A FORWARD -o ${bridge} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`,
          `${tool} -A OUTPUT -p tcp -m tcp --dport 9 -j ACCEPT`,
          `${tool} -t nat -A POSTROUTING -s ${subnet} ! -o ${bridge} -j MASQUERADE`,
        ].join(' && '),
      );
    }

    const config = {
      dns: [HOSTS.dns4, HOSTS.dns6],
      http: [HOSTS.allowed4, HOSTS.allowed6, HOSTS.cdn4, HOSTS.cdn6, HOSTS.forbidden4, HOSTS.forbidden6],
      dot: [HOSTS.dns4],
      zone: {
        'allowed.test': { a: [HOSTS.allowed4], aaaa: [HOSTS.allowed6] },
        'www.allowed.test': { cname: 'edge.cdn.test' },
        'edge.cdn.test': { a: [HOSTS.cdn4], aaaa: [HOSTS.cdn6] },
        'forbidden.test': { a: [HOSTS.forbidden4], aaaa: [HOSTS.forbidden6] },
        '*.bench.allowed.test': { a: [HOSTS.allowed4], aaaa: [HOSTS.allowed6] },
      },
      queryLog: this.queryLog,
      ready: join(this.dir, 'world.ready'),
    };
    writeFileSync(join(this.dir, 'world.json'), JSON.stringify(config));
    writeFileSync(this.queryLog, '');
    const world = spawn(
      'ip',
      [
        'netns',
        'exec',
        W,
        process.execPath,
        '--import',
        'tsx',
        'test/netns/world.ts',
        join(this.dir, 'world.json'),
      ],
      { stdio: 'ignore', detached: true },
    );
    world.unref();
    for (let i = 0; i < 300 && !existsSync(config.ready); i++) await new Promise((r) => setTimeout(r, 20));
    if (!existsSync(config.ready)) throw new Error('the world namespace did not start');
  }

  /** Names the upstream resolver was asked for. */
  upstreamQueries(): string[] {
    return readFileSync(this.queryLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { name: string }).name);
  }

  /** Runs step.ts inside the runner namespace. */
  step(command: 'start' | 'finish', input: object): { json: Record<string, unknown>; run: Run } {
    const file = join(this.dir, `${command}-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(input));
    const run = this.sh(
      this.runner,
      `${process.execPath} --import tsx test/netns/step.ts ${command} ${file}`,
    );
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`step ${command} printed no JSON (exit ${run.code}): ${run.stderr || run.stdout}`);
    }
    return { json, run };
  }

  destroy(): void {
    for (const ns of [this.runner, this.world, this.container]) {
      const pids = this.sh(undefined, `ip netns pids ${ns} 2>/dev/null`).stdout.split('\n').filter(Boolean);
      for (const pid of pids) {
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      this.sh(undefined, `ip netns del ${ns} 2>/dev/null`);
      rmSync(`/etc/netns/${ns}`, { recursive: true, force: true });
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
