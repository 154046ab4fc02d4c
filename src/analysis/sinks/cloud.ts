/**
 * Cloud and platform CLIs. Each sends its credentials (from the environment or its config files) and its
 * arguments to its provider's API; the destination is the provider, unless an option points elsewhere
 * (`aws --endpoint-url`, `kubectl --server`). Kubernetes and Terraform talk to hosts only their config names,
 * so their destination is unknown unless given on the command line.
 */
import type { CommandOp, Word } from '../../scripts/types.js';
import type { DestinationHint } from '../destinations.js';
import { optionValues, parseOptions, type OptionSpec } from './options.js';
import { sink, unknownWord, type CommandSink, type ToolSinkMatch } from './types.js';
import { matchHelmRegistry } from './docker.js';
import { template } from './words.js';

export const AWS_ENV = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'AWS_PROFILE',
];
const GCP_ENV = [
  'GOOGLE_APPLICATION_CREDENTIALS',
  'GOOGLE_GHA_CREDS_PATH',
  'CLOUDSDK_AUTH_ACCESS_TOKEN_FILE',
  'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE',
  'GOOGLE_CREDENTIALS',
  'GOOGLE_OAUTH_ACCESS_TOKEN',
];
const AZURE_ENV = [
  'AZURE_CLIENT_ID',
  'AZURE_CLIENT_SECRET',
  'AZURE_TENANT_ID',
  'AZURE_SUBSCRIPTION_ID',
  'AZURE_FEDERATED_TOKEN_FILE',
  'AZURE_CLIENT_CERTIFICATE_PATH',
];
const ARM_ENV = [
  'ARM_CLIENT_ID',
  'ARM_CLIENT_SECRET',
  'ARM_TENANT_ID',
  'ARM_SUBSCRIPTION_ID',
  'ARM_ACCESS_KEY',
  'ARM_OIDC_TOKEN',
];

/** Options of the AWS CLI that take a value (global options; subcommand options are `--name value` too). */
function firstSubcommand(
  args: readonly Word[],
  withArg: ReadonlySet<string>,
): { sub: string; rest: Word[]; parsed: ReturnType<typeof parseOptions> } {
  const parsed = parseOptions(args, { shortWithArg: '', longWithArg: withArg });
  const [sub, ...rest] = parsed.positionals;
  return { sub: sub ? template(sub) : '', rest, parsed };
}

function matchAws(op: CommandOp): ToolSinkMatch[] {
  // The AWS CLI's options almost all take a value; flags are the exception.
  const AWS_FLAGS = new Set([
    'debug',
    'no-verify-ssl',
    'no-paginate',
    'no-sign-request',
    'dryrun',
    'dry-run',
    'recursive',
    'quiet',
    'force',
    'no-cli-pager',
    'follow-symlinks',
    'no-follow-symlinks',
    'delete',
    'exact-timestamps',
    'only-show-errors',
    'no-progress',
    'with-decryption',
    'no-include-email',
    'human-readable',
    'summarize',
  ]);
  const withArg = new Set<string>();
  for (const w of op.args) {
    const t = template(w);
    if (t.startsWith('--') && !t.includes('=') && !AWS_FLAGS.has(t.slice(2))) withArg.add(t.slice(2));
  }
  const { sub, parsed } = firstSubcommand(op.args, withArg);
  const endpoint = optionValues(parsed, '--endpoint-url');
  const service = sub === 's3api' ? 's3' : sub === 'configure' || sub === '' ? 'sts' : sub;
  // `aws s3 cp LOCAL s3://bucket/key` uploads LOCAL.
  const positionals = parsed.positionals.slice(2);
  const uploads =
    sub === 's3' && positionals.length >= 2 && /^s3:\/\//.test(template(positionals.at(-1) as Word))
      ? positionals.slice(0, -1).filter((w) => !/^s3:\/\//.test(template(w)))
      : [];
  const fileArgs = parsed.options.flatMap((o) =>
    o.value && /^(file|fileb):\/\//.test(template(o.value)) ? [o.value] : [],
  );
  return [
    sink({
      tool: `aws ${sub}`.trim(),
      channel: 'cloud',
      span: op.span,
      destinations: endpoint.map((word) => ({ word, hint: 'url' as const })),
      ...(endpoint.length === 0 ? { defaultHost: `${service}.amazonaws.com` } : {}),
      payload: op.args.filter((w) => !uploads.includes(w)),
      uploads: [...uploads, ...fileArgs],
      readsEnv: AWS_ENV,
      readsFiles: ['~/.aws/credentials', '~/.aws/config'],
    }),
  ];
}

function matchGcloud(op: CommandOp): ToolSinkMatch[] {
  const { sub } = firstSubcommand(
    op.args,
    new Set([
      'project',
      'account',
      'configuration',
      'format',
      'impersonate-service-account',
      'verbosity',
      'access-token-file',
    ]),
  );
  const host =
    op.name === 'gsutil'
      ? 'storage.googleapis.com'
      : sub && /^[a-z-]+$/.test(sub) && sub !== 'auth' && sub !== 'config'
        ? `${sub.replace(/-/g, '')}.googleapis.com`
        : 'oauth2.googleapis.com';
  return [
    sink({
      tool: `${op.name} ${sub}`.trim(),
      channel: 'cloud',
      span: op.span,
      defaultHost: host,
      payload: op.args,
      readsEnv: [...GCP_ENV, 'CLOUDSDK_*'],
      readsFiles: ['~/.config/gcloud'],
    }),
  ];
}

function matchAz(op: CommandOp): ToolSinkMatch[] {
  const sub = op.args[0] ? template(op.args[0]) : '';
  return [
    sink({
      tool: `az ${sub}`.trim(),
      channel: 'cloud',
      span: op.span,
      defaultHost: sub === 'login' ? 'login.microsoftonline.com' : 'management.azure.com',
      payload: op.args,
      readsEnv: AZURE_ENV,
      readsFiles: ['~/.azure'],
    }),
  ];
}

const KUBE_OPTIONS: OptionSpec = {
  shortWithArg: 'snfolc',
  longWithArg: new Set([
    'server',
    'namespace',
    'kubeconfig',
    'context',
    'cluster',
    'user',
    'token',
    'filename',
    'output',
    'selector',
    'container',
    'as',
    'as-group',
    'certificate-authority',
    'client-certificate',
    'client-key',
    'username',
    'password',
    'from-literal',
    'from-file',
    'from-env-file',
    'kube-apiserver',
    'kube-token',
    'kube-context',
    'set',
    'set-string',
    'set-file',
    'values',
    'version',
    'repo',
  ]),
};

function matchKube(op: CommandOp): ToolSinkMatch[] {
  if (op.name === 'helm') {
    const reg = matchHelmRegistry(op);
    if (reg.length > 0) return reg;
  }
  const parsed = parseOptions(op.args, KUBE_OPTIONS);
  const servers = optionValues(parsed, '-s', '--server', '--kube-apiserver');
  const destinations: { word: Word; hint: DestinationHint }[] =
    servers.length > 0
      ? servers.map((word) => ({ word, hint: 'url' as const }))
      : [{ word: unknownWord(`${op.name} cluster (from kubeconfig)`, op.span), hint: 'url' }];
  const files = [
    ...optionValues(parsed, '-f', '--filename', '--from-file', '--from-env-file', '--values', '--set-file'),
  ].filter((w) => template(w) !== '-');
  return [
    sink({
      tool: op.name,
      channel: 'cloud',
      span: op.span,
      destinations,
      payload: op.args.filter((w) => !files.includes(w)),
      uploads: files,
      sendsStdin: optionValues(parsed, '-f', '--filename').some((w) => template(w) === '-'),
      readsEnv: ['KUBECONFIG'],
      readsFiles: ['~/.kube/config'],
    }),
  ];
}

function matchTerraform(op: CommandOp): ToolSinkMatch[] {
  const parsed = parseOptions(op.args, {
    shortWithArg: '',
    longWithArg: new Set(),
    singleDashLong: new Set([
      'chdir',
      'var',
      'var-file',
      'target',
      'backend-config',
      'out',
      'state',
      'parallelism',
    ]),
  });
  const sub = parsed.positionals[0] ? template(parsed.positionals[0]) : '';
  if (
    ![
      'init',
      'plan',
      'apply',
      'destroy',
      'import',
      'refresh',
      'login',
      'output',
      'state',
      'taint',
      'untaint',
      'providers',
    ].includes(sub)
  )
    return [];
  return [
    sink({
      tool: `${op.name} ${sub}`,
      channel: 'cloud',
      span: op.span,
      // Providers and the backend decide where data goes; only their configuration knows.
      destinations: [{ word: unknownWord(`${op.name} providers and backend`, op.span), hint: 'url' }],
      payload: optionValues(parsed, '-var', '-backend-config'),
      uploads: optionValues(parsed, '-var-file'),
      readsEnv: [
        'TF_TOKEN_*',
        'TF_VAR_*',
        'TF_CLI_ARGS*',
        ...AWS_ENV,
        ...ARM_ENV,
        ...GCP_ENV,
        'CLOUDFLARE_API_TOKEN',
        'DIGITALOCEAN_TOKEN',
        'GITHUB_TOKEN',
        'VAULT_TOKEN',
      ],
      readsFiles: ['~/.terraformrc', '~/.terraform.d/credentials.tfrc.json', '~/.aws/credentials'],
    }),
  ];
}

interface FixedCli {
  names: string[];
  host: string;
  env: string[];
  files?: string[];
  /** Only these first positionals contact the service (default: any). */
  subcommands?: string[];
  /** Options that name another host. */
  hostOptions?: string[];
}

/** CLIs of hosted services whose API host is fixed. */
const FIXED: FixedCli[] = [
  {
    names: ['wrangler'],
    host: 'api.cloudflare.com',
    env: ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_API_KEY', 'CLOUDFLARE_ACCOUNT_ID', 'CF_API_TOKEN'],
  },
  { names: ['vercel'], host: 'api.vercel.com', env: ['VERCEL_TOKEN', 'VERCEL_ORG_ID', 'VERCEL_PROJECT_ID'] },
  { names: ['netlify'], host: 'api.netlify.com', env: ['NETLIFY_AUTH_TOKEN', 'NETLIFY_SITE_ID'] },
  { names: ['heroku'], host: 'api.heroku.com', env: ['HEROKU_API_KEY'], files: ['~/.netrc'] },
  { names: ['firebase'], host: 'firebase.googleapis.com', env: ['FIREBASE_TOKEN', ...GCP_ENV] },
  { names: ['doctl'], host: 'api.digitalocean.com', env: ['DIGITALOCEAN_ACCESS_TOKEN'] },
  { names: ['flyctl', 'fly'], host: 'api.fly.io', env: ['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN'] },
  {
    names: ['pulumi'],
    host: 'api.pulumi.com',
    env: ['PULUMI_ACCESS_TOKEN', 'PULUMI_CONFIG_PASSPHRASE', ...AWS_ENV, ...ARM_ENV, ...GCP_ENV],
  },
  {
    names: ['codecov', 'codecovcli'],
    host: 'ingest.codecov.io',
    env: ['CODECOV_TOKEN'],
    hostOptions: ['--url', '-u', '--enterprise-url'],
  },
  {
    names: ['sentry-cli'],
    host: 'sentry.io',
    env: ['SENTRY_AUTH_TOKEN', 'SENTRY_DSN'],
    hostOptions: ['--url'],
  },
  {
    names: ['gem'],
    host: 'rubygems.org',
    env: ['GEM_HOST_API_KEY', 'RUBYGEMS_API_KEY'],
    files: ['~/.gem/credentials', '~/.local/share/gem/credentials'],
    subcommands: ['push', 'yank', 'owner', 'signin'],
    hostOptions: ['--host'],
  },
  {
    names: ['cargo'],
    host: 'crates.io',
    env: ['CARGO_REGISTRY_TOKEN', 'CARGO_REGISTRIES_*'],
    files: ['~/.cargo/credentials.toml', '~/.cargo/credentials'],
    subcommands: ['publish', 'yank', 'owner', 'login'],
    hostOptions: ['--index'],
  },
  {
    names: ['dotnet'],
    host: 'api.nuget.org',
    env: ['NUGET_API_KEY', 'NUGET_AUTH_TOKEN'],
    files: ['~/.nuget/NuGet/NuGet.Config', 'nuget.config'],
    subcommands: ['nuget'],
    hostOptions: ['-s', '--source'],
  },
  {
    names: ['nuget'],
    host: 'api.nuget.org',
    env: ['NUGET_API_KEY'],
    subcommands: ['push', 'delete'],
    hostOptions: ['-Source', '-s'],
  },
  {
    names: ['vsce'],
    host: 'marketplace.visualstudio.com',
    env: ['VSCE_PAT'],
    subcommands: ['publish', 'unpublish'],
  },
  {
    names: ['ovsx'],
    host: 'open-vsx.org',
    env: ['OVSX_PAT'],
    subcommands: ['publish'],
    hostOptions: ['-r', '--registryUrl'],
  },
  {
    names: ['snapcraft'],
    host: 'dashboard.snapcraft.io',
    env: ['SNAPCRAFT_STORE_CREDENTIALS'],
    subcommands: ['upload', 'push', 'release', 'login'],
  },
  { names: ['gsutil'], host: 'storage.googleapis.com', env: GCP_ENV },
];

function matchFixed(op: CommandOp, cli: FixedCli): ToolSinkMatch[] {
  const hostOptions = new Set(
    (cli.hostOptions ?? []).filter((o) => o.startsWith('--')).map((o) => o.slice(2)),
  );
  const parsed = parseOptions(op.args, {
    shortWithArg: (cli.hostOptions ?? [])
      .filter((o) => /^-[A-Za-z]$/.test(o))
      .map((o) => o[1])
      .join(''),
    longWithArg: hostOptions,
    singleDashLong: new Set(
      (cli.hostOptions ?? []).filter((o) => /^-[A-Za-z]{2,}$/.test(o)).map((o) => o.slice(1)),
    ),
  });
  const sub = parsed.positionals[0] ? template(parsed.positionals[0]) : '';
  if (cli.subcommands && !cli.subcommands.includes(sub)) return [];
  const hosts = optionValues(parsed, ...(cli.hostOptions ?? []));
  return [
    sink({
      tool: `${op.name} ${sub}`.trim(),
      channel: 'cloud',
      span: op.span,
      destinations: hosts.map((word) => ({ word, hint: 'url' as const })),
      ...(hosts.length === 0 ? { defaultHost: cli.host } : {}),
      payload: op.args,
      readsEnv: cli.env,
      readsFiles: cli.files ?? [],
    }),
  ];
}

export const cloudSinks: CommandSink[] = [
  { names: ['aws'], match: (op) => matchAws(op) },
  { names: ['gcloud'], match: (op) => matchGcloud(op) },
  { names: ['az'], match: (op) => matchAz(op) },
  { names: ['kubectl', 'helm', 'oc'], match: (op) => matchKube(op) },
  { names: ['terraform', 'tofu', 'terragrunt'], match: (op) => matchTerraform(op) },
  ...FIXED.map((cli) => ({ names: cli.names, match: (op: CommandOp) => matchFixed(op, cli) })),
];
