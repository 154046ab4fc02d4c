/** The real machine behind `EgressDeps`: child processes, the file system, a UDP health query. */
import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { closeSync, openSync } from 'node:fs';
import { access, mkdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import dnsPacket from 'dns-packet';
import type { CommandResult, EgressDeps } from './deps.js';
import { HEALTH_NAME } from './dns/resolver.js';

export function systemDeps(options: { daemonArgv: string[]; warn: (message: string) => void }): EgressDeps {
  return {
    run: runCommand,
    spawnDetached,
    dnsHealthy,
    fs: {
      readFile: (path) => readFile(path, 'utf8'),
      writeFile: (path, text) => writeFile(path, text, { mode: 0o644 }),
      mkdir: async (path) => void (await mkdir(path, { recursive: true })),
      readlink: (path) => readlink(path).catch(() => undefined),
      exists: (path) =>
        access(path).then(
          () => true,
          () => false,
        ),
    },
    platform: process.platform,
    uid: process.getuid?.() ?? -1,
    daemonArgv: options.daemonArgv,
    now: () => Date.now(),
    sleep: (ms) => sleep(ms),
    warn: options.warn,
  };
}

export function runCommand(argv: string[], options?: { stdin?: string }): Promise<CommandResult> {
  return new Promise((resolve) => {
    const [file, ...args] = argv;
    if (!file) return resolve({ code: 127, stdout: '', stderr: 'empty command' });
    const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => resolve({ code: 127, stdout, stderr: `${file}: ${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options?.stdin ?? '');
  });
}

function spawnDetached(argv: string[], logFile: string): { exitCode(): number | null | undefined } {
  const [file, ...args] = argv;
  const log = openSync(logFile, 'a', 0o644);
  // Its own session and process group: the runner's cleanup of the step's processes does not reach it.
  const child = spawn(file ?? 'false', args, { detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  let code: number | null | undefined;
  child.on('exit', (exit) => (code = exit));
  child.on('error', () => (code = 127));
  child.unref();
  return { exitCode: () => code };
}

export function dnsHealthy(address: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket(address.includes(':') ? 'udp6' : 'udp4');
    const id = Math.floor(Math.random() * 65536);
    const done = (value: boolean): void => {
      clearTimeout(timer);
      socket.close();
      resolve(value);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.on('error', () => done(false));
    socket.on('message', (message) => {
      try {
        if (dnsPacket.decode(message).id === id) done(true);
      } catch {
        // Not ours.
      }
    });
    socket.send(
      dnsPacket.encode({ type: 'query', id, questions: [{ name: HEALTH_NAME, type: 'A' }] }),
      port,
      address,
    );
  });
}
