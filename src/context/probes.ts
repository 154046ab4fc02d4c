/**
 * The runner probes with real side effects: file checks and, when asked, one short-lived `sudo -n true`, with a tight timeout
 * so a hung sudo (a password prompt on a self-hosted runner) cannot stall the job. `prefetchProbes` starts them
 * at once so that they overlap with reading and analysing the workflow.
 */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import type { RunnerProbes } from './types.js';

const TIMEOUT_MS = 2000;

/** `sudo`: whether to probe it at all (only egress control needs the answer). */
export function systemProbes(
  options: { sudo: boolean },
  platform: NodeJS.Platform = process.platform,
  path: string = process.env.PATH ?? '',
): RunnerProbes {
  const linux = platform === 'linux';
  const probes: RunnerProbes = {
    async inContainer() {
      if (!linux) return false;
      if (await exists('/.dockerenv', constants.F_OK)) return true;
      const cgroup = await readFile('/proc/1/cgroup', 'utf8').catch(() => '');
      return /docker|containerd|kubepods|libpod/.test(cgroup);
    },
    // Finding the executable is enough: running it needs root anyway, which `sudo` answers. No process spawned.
    async iptables() {
      if (!linux) return false;
      const dirs = [...path.split(delimiter).filter((d) => d !== ''), '/usr/sbin', '/sbin'];
      for (const dir of dirs) if (await exists(join(dir, 'iptables'), constants.X_OK)) return true;
      return false;
    },
  };
  if (options.sudo)
    probes.sudo = () => (platform === 'win32' ? Promise.resolve(false) : succeeds('sudo', ['-n', 'true']));
  return probes;
}

/** Starts every probe now; later calls answer from the same promises. */
export function prefetchProbes(probes: RunnerProbes): RunnerProbes {
  const settle = (p: () => Promise<boolean>) => p().catch(() => false);
  const inContainer = settle(() => probes.inContainer());
  const sudo = probes.sudo ? settle(probes.sudo) : undefined;
  const iptables = settle(() => probes.iptables());
  const prefetched: RunnerProbes = { inContainer: () => inContainer, iptables: () => iptables };
  if (sudo) prefetched.sudo = () => sudo;
  return prefetched;
}

function succeeds(file: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: TIMEOUT_MS, windowsHide: true, maxBuffer: 64 * 1024 }, (error) =>
      resolve(error === null),
    );
  });
}

async function exists(path: string, mode: number): Promise<boolean> {
  try {
    await access(path, mode);
    return true;
  } catch {
    return false;
  }
}
