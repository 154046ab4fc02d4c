/**
 * Everything the apply and post steps do to the machine goes through this interface, so tests can run the
 * whole sequence against a fake and the netns tests against the real thing (`systemDeps`).
 */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface DaemonProcess {
  /** Exit code once the spawned process (sudo or node) has exited, else undefined. */
  exitCode(): number | null | undefined;
}

export interface EgressDeps {
  /** Runs a command (no shell) and collects its output; never throws for a non-zero exit. */
  run(argv: string[], options?: { stdin?: string }): Promise<CommandResult>;
  /** Starts a long-lived process detached from us, stdout and stderr to `logFile`. */
  spawnDetached(argv: string[], logFile: string): DaemonProcess;
  /** Sends one DNS health query; true when answered. */
  dnsHealthy(address: string, port: number, timeoutMs: number): Promise<boolean>;
  fs: {
    readFile(path: string): Promise<string>;
    writeFile(path: string, text: string): Promise<void>;
    mkdir(path: string): Promise<void>;
    /** The symlink's target, or undefined when `path` is not a symlink. */
    readlink(path: string): Promise<string | undefined>;
    exists(path: string): Promise<boolean>;
  };
  platform: string;
  /** Effective uid; privileged commands get `sudo -n` when it is not 0. */
  uid: number;
  /** argv that starts the DNS daemon, before the config path (e.g. [node, dist/dns-daemon.js]). */
  daemonArgv: string[];
  now(): number;
  sleep(ms: number): Promise<void>;
  warn(message: string): void;
  /** Called as soon as anything is installed, so the post step can undo it even if main fails later. */
  saveState?(state: unknown): void;
  /** Files the steps read and change; overridable for tests. */
  paths?: Partial<SystemPaths>;
}

export interface SystemPaths {
  resolvConf: string;
  resolvedUpstreams: string;
  resolvedDropInDir: string;
  sudoersDir: string;
  dockerSocket: string;
  dockerEnv: string;
  podmanEnv: string;
}

export const DEFAULT_PATHS: SystemPaths = {
  resolvConf: '/etc/resolv.conf',
  resolvedUpstreams: '/run/systemd/resolve/resolv.conf',
  resolvedDropInDir: '/etc/systemd/resolved.conf.d',
  sudoersDir: '/etc/sudoers.d',
  dockerSocket: '/var/run/docker.sock',
  dockerEnv: '/.dockerenv',
  podmanEnv: '/run/.containerenv',
};
