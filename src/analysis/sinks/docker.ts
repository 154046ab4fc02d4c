/**
 * Container registries: `docker login [server]` (with `-p` or `--password-stdin`), `docker push/pull IMAGE`,
 * `docker buildx build --push -t IMAGE`, and the same for podman, buildah, skopeo, helm registry and oras.
 * The destination of an image is its registry: the first name component when it looks like a host, else
 * Docker Hub.
 */
import type { CommandOp, Word } from '../../scripts/types.js';
import { hasOption, optionValues, parseOptions, type OptionSpec } from './options.js';
import { sink, type CommandSink, type ToolSinkMatch } from './types.js';
import { template } from './words.js';

export const DOCKER_CONFIG = '~/.docker/config.json';

const LOGIN_OPTIONS: OptionSpec = {
  shortWithArg: 'up',
  longWithArg: new Set(['username', 'password', 'authfile']),
};
const BUILD_OPTIONS: OptionSpec = {
  shortWithArg: 'tfo',
  longWithArg: new Set(
    `tag file output build-arg build-context cache-from cache-to platform target secret ssh label network
    progress builder iidfile metadata-file provenance sbom attest annotation add-host allow cgroup-parent
    shm-size ulimit`.split(/\s+/),
  ),
};

function login(op: CommandOp, tool: string, args: Word[]): ToolSinkMatch[] {
  const parsed = parseOptions(args, LOGIN_OPTIONS);
  const server = parsed.positionals[0];
  return [
    sink({
      tool: `${tool} login`,
      channel: 'registry',
      span: op.span,
      destinations: server ? [{ word: server, hint: 'registry' }] : [],
      ...(server ? {} : { defaultHost: 'registry-1.docker.io' }),
      payload: optionValues(parsed, '-u', '--username', '-p', '--password'),
      sendsStdin: hasOption(parsed, '--password-stdin'),
    }),
  ];
}

function images(op: CommandOp, tool: string, words: Word[]): ToolSinkMatch[] {
  if (words.length === 0) return [];
  return [
    sink({
      tool,
      channel: 'registry',
      span: op.span,
      destinations: words.map((word) => ({ word, hint: 'registry' })),
      readsFiles: [DOCKER_CONFIG],
    }),
  ];
}

export function matchDocker(op: CommandOp): ToolSinkMatch[] {
  // Global options (`--config dir`, `-H host`) come before the subcommand.
  const global = parseOptions(op.args, {
    shortWithArg: 'cHl',
    longWithArg: new Set(['config', 'context', 'host', 'log-level', 'tlscacert', 'tlscert', 'tlskey']),
    stopAtPositional: true,
  });
  const [subWord, ...rest] = global.rest;
  let sub = subWord ? template(subWord) : '';
  let args = rest;
  if (sub === 'image' || sub === 'buildx' || sub === 'builder') {
    const inner = args[0] ? template(args[0]) : '';
    sub = sub === 'image' ? inner : inner === 'build' || inner === 'b' ? 'build' : inner;
    args = args.slice(1);
  }
  const tool = op.name;
  switch (sub) {
    case 'login':
      return login(op, tool, args);
    case 'push':
    case 'pull': {
      const parsed = parseOptions(args, { shortWithArg: 'q', longWithArg: new Set(['platform']) });
      return images(op, `${tool} ${sub}`, parsed.positionals.slice(0, 1));
    }
    case 'build': {
      const parsed = parseOptions(args, BUILD_OPTIONS);
      const pushes =
        hasOption(parsed, '--push') ||
        optionValues(parsed, '-o', '--output').some((o) => /push=true|type=registry/.test(template(o)));
      if (!pushes) return [];
      return images(op, `${tool} build --push`, optionValues(parsed, '-t', '--tag'));
    }
    default:
      return [];
  }
}

export function matchSkopeo(op: CommandOp): ToolSinkMatch[] {
  const [subWord, ...rest] = op.args;
  const sub = subWord ? template(subWord) : '';
  if (sub === 'login') return login(op, 'skopeo', rest);
  if (sub !== 'copy' && sub !== 'sync') return [];
  const parsed = parseOptions(rest, {
    shortWithArg: '',
    longWithArg: new Set([
      'src-creds',
      'dest-creds',
      'authfile',
      'src-authfile',
      'dest-authfile',
      'format',
      'src-tls-verify',
      'dest-tls-verify',
    ]),
  });
  // `docker://registry/image`: strip the transport.
  const dests = parsed.positionals.filter((w) => template(w).startsWith('docker://'));
  return [
    sink({
      tool: `skopeo ${sub}`,
      channel: 'registry',
      span: op.span,
      destinations: dests.map((word) => ({ word, hint: 'url' as const })),
      payload: optionValues(parsed, '--src-creds', '--dest-creds'),
      readsFiles: [DOCKER_CONFIG],
    }),
  ];
}

export function matchHelmRegistry(op: CommandOp): ToolSinkMatch[] {
  // `helm registry login host`, `helm push chart oci://host/repo`
  const [a, b, ...rest] = op.args.map((w) => w);
  const first = a ? template(a) : '';
  if (first === 'registry' && b && template(b) === 'login') return login(op, 'helm registry', rest);
  if (first === 'push' && rest[0]) {
    return [
      sink({
        tool: 'helm push',
        channel: 'registry',
        span: op.span,
        destinations: [{ word: rest[0], hint: 'url' }],
        uploads: b ? [b] : [],
        readsFiles: ['~/.config/helm/registry/config.json'],
      }),
    ];
  }
  return [];
}

export const dockerSinks: CommandSink[] = [
  { names: ['docker', 'podman', 'buildah', 'nerdctl'], match: (op) => matchDocker(op) },
  { names: ['skopeo'], match: (op) => matchSkopeo(op) },
];
