/**
 * The runner probes with real side effects: a file check and two short-lived processes, each with a tight
 * timeout so a hung `sudo` (a password prompt on a self-hosted runner) cannot stall the job.
 */
import { execFile } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import type { RunnerProbes } from './types.js';

const TIMEOUT_MS = 2000;

export function systemProbes(platform: NodeJS.Platform = process.platform): RunnerProbes {
  const linux = platform === 'linux';
  return {
    async inContainer() {
      if (!linux) return false;
      if (await exists('/.dockerenv')) return true;
      const cgroup = await readFile('/proc/1/cgroup', 'utf8').catch(() => '');
      return /docker|containerd|kubepods|libpod/.test(cgroup);
    },
    sudo: () => (platform === 'win32' ? Promise.resolve(false) : succeeds('sudo', ['-n', 'true'])),
    async iptables() {
      if (!linux) return false;
      for (const bin of ['iptables', '/usr/sbin/iptables', '/sbin/iptables']) {
        if (await succeeds(bin, ['--version'])) return true;
      }
      return false;
    },
  };
}

function succeeds(file: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: TIMEOUT_MS, windowsHide: true, maxBuffer: 64 * 1024 }, (error) =>
      resolve(error === null),
    );
  });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
