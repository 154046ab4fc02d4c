/**
 * The runner probes with real side effects: file checks and, when asked, one short-lived `sudo -n true`, with a
 * tight timeout so a hung sudo (a password prompt on a self-hosted runner) cannot stall the job. `prefetchProbes`
 * starts them at once so that they overlap with reading and analysing the workflow. The file checks are made
 * synchronously: each is a few microseconds on a local disk, against a thread-pool round trip per file for the
 * promise API (the iptables search looks in every PATH directory).
 */
import { accessSync, constants, readFileSync } from 'node:fs';
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
    inContainer: () => Promise.resolve(linux && inContainer()),
    // Finding the executable is enough: running it needs root anyway, which `sudo` answers. No process spawned.
    iptables: () => Promise.resolve(linux && onPath('iptables', path)),
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

/** `child_process` is loaded only here: with `net` and `dgram` it is a few ms of start-up that most steps skip. */
async function succeeds(file: string, args: string[]): Promise<boolean> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile(file, args, { timeout: TIMEOUT_MS, windowsHide: true, maxBuffer: 64 * 1024 }, (error) =>
      resolve(error === null),
    );
  });
}

function inContainer(): boolean {
  if (exists('/.dockerenv', constants.F_OK)) return true;
  let cgroup = '';
  try {
    cgroup = readFileSync('/proc/1/cgroup', 'utf8');
  } catch {
    // Not readable: no container evidence.
  }
  return /docker|containerd|kubepods|libpod/.test(cgroup);
}

function onPath(name: string, path: string): boolean {
  const dirs = [...path.split(delimiter).filter((d) => d !== ''), '/usr/sbin', '/sbin'];
  return dirs.some((dir) => exists(join(dir, name), constants.X_OK));
}

function exists(path: string, mode: number): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}
