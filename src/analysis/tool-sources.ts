/**
 * Commands and calls that PRODUCE secret-bearing data, for the engine's taint sources: whole-environment dumps,
 * single variable reads, runner-memory reads (the tj-actions technique), credential-file reads, OIDC token
 * requests, and re-encoders whose output carries their input. Also which writes create credential files that
 * tools later read and send (`~/.npmrc`, `docker login --password-stdin`…).
 */
import type { CallOp, CommandOp, Op, Script, Word, WriteOp } from '../scripts/types.js';
import { literalPrefix, literalSuffix, staticText, template, varNames } from './sinks/words.js';
import { AWS_ENV } from './sinks/cloud.js';

export type SourceKind =
  'env-all' | 'env-var' | 'memory' | 'credential-read' | 'oidc' | 'passthrough' | 'none';

export interface ToolSource {
  kind: SourceKind;
  /** env-var: the variables whose values the output carries. */
  names?: string[];
  /** credential-read: the file read (as written, `~` for the home directory). */
  file?: string;
  /** A short reason, for evidence chains: `reads /proc/<pid>/mem`. */
  detail?: string;
}

const NONE: ToolSource = { kind: 'none' };

// --- credential files ---------------------------------------------------------------------------------

interface CredentialFileSpec {
  test: RegExp;
  /** Canonical name, as sinks list it in readsFiles. */
  file: string;
  tool: string;
}

/** Files that hold credentials some tool reads and sends. Matched against `~`-normalised paths. */
const CREDENTIAL_FILES: CredentialFileSpec[] = [
  { test: /(^|\/)\.npmrc$/, file: '~/.npmrc', tool: 'npm' },
  { test: /(^|\/)\.yarnrc(\.yml)?$/, file: '~/.yarnrc.yml', tool: 'yarn' },
  { test: /(^|\/)\.pypirc$/, file: '~/.pypirc', tool: 'twine' },
  { test: /(^|\/)[._]netrc$/, file: '~/.netrc', tool: 'netrc (curl, git, pip, wget)' },
  { test: /(^|\/)\.docker\/config\.json$/, file: '~/.docker/config.json', tool: 'docker' },
  { test: /(^|\/)containers\/auth\.json$/, file: '~/.docker/config.json', tool: 'podman' },
  { test: /(^|\/)\.git-credentials$/, file: '~/.git-credentials', tool: 'git' },
  { test: /(^|\/)\.gitconfig$/, file: '~/.gitconfig', tool: 'git' },
  { test: /(^|\/)\.git\/config$/, file: '.git/config', tool: 'git' },
  { test: /(^|\/)\.env(\.[\w.-]+)?$/, file: '.env', tool: 'dotenv' },
  { test: /(^|\/)\.aws\/(credentials|config)$/, file: '~/.aws/credentials', tool: 'aws' },
  { test: /(^|\/)\.config\/gh\/hosts\.yml$/, file: '~/.config/gh/hosts.yml', tool: 'gh' },
  { test: /(^|\/)\.kube\/config$/, file: '~/.kube/config', tool: 'kubectl' },
  { test: /(^|\/)\.m2\/settings\.xml$/, file: '~/.m2/settings.xml', tool: 'maven' },
  { test: /(^|\/)\.gradle\/gradle\.properties$/, file: '~/.gradle/gradle.properties', tool: 'gradle' },
  { test: /(^|\/)\.cargo\/credentials(\.toml)?$/, file: '~/.cargo/credentials.toml', tool: 'cargo' },
  { test: /(^|\/)\.gem\/credentials$/, file: '~/.gem/credentials', tool: 'gem' },
  { test: /(^|\/)\.ssh\/id_[\w-]+$/, file: '~/.ssh/id_*', tool: 'ssh' },
  { test: /(^|\/)pip\.(conf|ini)$/, file: '~/.config/pip/pip.conf', tool: 'pip' },
  { test: /(^|\/)(\.terraformrc|credentials\.tfrc\.json)$/, file: '~/.terraformrc', tool: 'terraform' },
  { test: /(^|\/)\.config\/gcloud(\/|$)/, file: '~/.config/gcloud', tool: 'gcloud' },
  { test: /(^|\/)\.azure(\/|$)/, file: '~/.azure', tool: 'az' },
  { test: /(^|\/)nuget\.config$/i, file: 'nuget.config', tool: 'nuget' },
  { test: /(^|\/)\.config\/pypoetry\/auth\.toml$/, file: '~/.config/pypoetry/auth.toml', tool: 'poetry' },
  { test: /(^|\/)\.composer\/auth\.json$/, file: '~/.composer/auth.json', tool: 'composer' },
  { test: /(^|\/)\.vault-token$/, file: '~/.vault-token', tool: 'vault' },
  {
    test: /(^|\/)\.config\/helm\/registry\/config\.json$/,
    file: '~/.config/helm/registry/config.json',
    tool: 'helm',
  },
];

/** `$HOME/x`, `${HOME}/x`, `/home/runner/x`, `/root/x` → `~/x`. */
export function normaliseHome(path: string): string {
  return path
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(
      /^(\$\{?HOME\}?|\$env:(HOME|USERPROFILE)|%USERPROFILE%|\/home\/[^/]+|\/root|\/Users\/[^/]+)(?=[/\\]|$)/i,
      '~',
    )
    .replace(/\\/g, '/');
}

/** The credential file a path names, if it is one. */
/** Cheap pre-test: every credential file name contains one of these. */
const CREDENTIAL_HINT =
  /npmrc|pypirc|netrc|docker|containers|credential|\.env|\.git|\.aws|hosts\.yml|kube|settings\.xml|gradle|cargo|\.gem|\.ssh|pip\.|terraform|tfrc|gcloud|azure|nuget|pypoetry|composer|vault|helm|yarnrc/i;

export function credentialFile(path: string): { file: string; tool: string } | null {
  if (!CREDENTIAL_HINT.test(path)) return null;
  const p = normaliseHome(path);
  const spec = CREDENTIAL_FILES.find((s) => s.test.test(p));
  return spec ? { file: spec.file, tool: spec.tool } : null;
}

/** The path of a word, with `$HOME`-like variables kept as text so they normalise to `~`. */
function pathText(word: Word): string | null {
  const s = staticText(word);
  if (s !== null) return s;
  // `$HOME/.npmrc`, `${RUNNER_TEMP}/.npmrc`: a variable prefix then a static tail.
  const parts = word.parts;
  const first = parts[0];
  if (first?.kind === 'var' && parts.slice(1).every((p) => p.kind === 'literal')) {
    const tail = parts
      .slice(1)
      .map((p) => (p.kind === 'literal' ? p.text : ''))
      .join('');
    return `$${first.name}${tail}`;
  }
  return null;
}

export interface CredentialWrite {
  /** The canonical credential file written (as sinks list it in readsFiles). */
  file: string;
  /** The tool that reads it. */
  tool: string;
}

/**
 * Whether an op writes a credential file.
 * - With a path (as the engine tracks files): a description `npm credentials (~/.npmrc)`, or null.
 * - With an op: the file and the tool that reads it, or null.
 */
export function credentialFileWrite(path: string): string | null;
export function credentialFileWrite(
  op: CommandOp | WriteOp | CallOp,
  script?: Script,
): CredentialWrite | null;
export function credentialFileWrite(
  x: string | CommandOp | WriteOp | CallOp,
  script?: Script,
): string | CredentialWrite | null {
  if (typeof x === 'string') {
    const c = credentialFile(x);
    return c ? `${c.tool} credentials, ${c.file}` : null;
  }
  void script;
  switch (x.kind) {
    case 'write': {
      const p = pathText(x.target);
      return p !== null ? credentialFile(p) : null;
    }
    case 'command':
      return commandCredentialWrite(x);
    case 'call':
      return callCredentialWrite(x);
  }
}

const sub = (op: CommandOp, i: number): string => {
  const w = op.args[i];
  return w ? template(w) : '';
};

function commandCredentialWrite(op: CommandOp): CredentialWrite | null {
  const name = op.name.toLowerCase();
  const args = op.args.map(template);
  for (const r of op.redirects) {
    if (r.op.includes('>') && r.target) {
      const p = pathText(r.target);
      const c = p !== null ? credentialFile(p) : null;
      if (c) return c;
    }
  }
  switch (name) {
    case 'docker':
    case 'podman':
    case 'buildah':
    case 'nerdctl':
    case 'skopeo':
      return args.includes('login') ? { file: '~/.docker/config.json', tool: name } : null;
    case 'helm':
      return sub(op, 0) === 'registry' && sub(op, 1) === 'login'
        ? { file: '~/.config/helm/registry/config.json', tool: 'helm' }
        : null;
    case 'npm':
    case 'pnpm':
      if (args[0] === 'login' || args[0] === 'adduser') return { file: '~/.npmrc', tool: 'npm' };
      return (args[0] === 'config' && args[1] === 'set') || args[0] === 'set'
        ? args.some((a) => /_auth|_password|token/i.test(a))
          ? { file: '~/.npmrc', tool: 'npm' }
          : null
        : null;
    case 'yarn':
      return args[0] === 'config' && args[1] === 'set' && args.some((a) => /auth/i.test(a))
        ? { file: '~/.yarnrc.yml', tool: 'yarn' }
        : null;
    case 'git': {
      if (args[0] === 'credential' || args[0] === 'credential-store')
        return { file: '~/.git-credentials', tool: 'git' };
      if (args[0] !== 'config') return null;
      const global = args.includes('--global') || args.includes('--system');
      const file = global ? '~/.gitconfig' : '.git/config';
      // Config that carries a credential: an extra header, a URL with userinfo, a stored helper.
      const carries = op.args.some((w, i) => {
        const t = template(w);
        return /extraheader|insteadof|credential\.helper/i.test(t) || (i > 0 && /:\/\/[^/@\s]*@/.test(t));
      });
      return carries ? { file, tool: 'git' } : null;
    }
    case 'aws':
      return args[0] === 'configure' && args[1] === 'set'
        ? { file: '~/.aws/credentials', tool: 'aws' }
        : null;
    case 'gh':
      return args[0] === 'auth' && args[1] === 'login'
        ? { file: '~/.config/gh/hosts.yml', tool: 'gh' }
        : null;
    case 'gcloud':
      return args[0] === 'auth' ? { file: '~/.config/gcloud', tool: 'gcloud' } : null;
    case 'az':
      return args[0] === 'login' ? { file: '~/.azure', tool: 'az' } : null;
    case 'kubectl':
      return args[0] === 'config' && /^set-(credentials|cluster|context)$/.test(args[1] ?? '')
        ? { file: '~/.kube/config', tool: 'kubectl' }
        : null;
    case 'poetry':
      return args[0] === 'config' && args.some((a) => /^(pypi-token|http-basic)\./.test(a))
        ? { file: '~/.config/pypoetry/auth.toml', tool: 'poetry' }
        : null;
    case 'cargo':
      return args[0] === 'login' ? { file: '~/.cargo/credentials.toml', tool: 'cargo' } : null;
    case 'vault':
      return args[0] === 'login' ? { file: '~/.vault-token', tool: 'vault' } : null;
    case 'tee':
    case 'cp':
    case 'mv':
    case 'install':
    case 'ln':
    case 'set-content':
    case 'add-content':
    case 'out-file': {
      // The written file is the last non-option argument (tee: every argument).
      const files = op.args.filter((w) => !literalPrefix(w).startsWith('-'));
      const targets = name === 'tee' ? files : files.slice(-1);
      for (const t of targets) {
        const p = pathText(t);
        const c = p !== null ? credentialFile(p) : null;
        if (c) return c;
      }
      return null;
    }
    default:
      return null;
  }
}

const FILE_WRITE_CALLS =
  /^(fs\.(promises\.)?(writeFileSync|writeFile|appendFileSync|appendFile)|System\.IO\.File\.(WriteAllText|AppendAllText|WriteAllLines)|IO\.File\.(WriteAllText|AppendAllText))$/;

function callCredentialWrite(op: CallOp): CredentialWrite | null {
  if (!FILE_WRITE_CALLS.test(op.callee)) return null;
  const target = op.args[0];
  const p = target ? pathText(target) : null;
  return p !== null ? credentialFile(p) : null;
}

// --- command sources ------------------------------------------------------------------------------------

/** Commands whose output carries their input (stdin and arguments), re-encoded or filtered. */
const PASSTHROUGH = new Set(
  `base64 base32 basenc xxd od hexdump hd rev tr sed gsed awk gawk mawk nawk cut gzip gunzip zcat bzip2 xz zstd
  lz4 brotli jq yq cat tac head tail sort uniq grep egrep fgrep rg fold tee strings iconv gpg age paste column
  nl fmt echo printf xargs envsubst dd split expand unexpand sponge tr-d uuencode recode openssl
  convertto-json convertfrom-json out-string select-string write-output foreach-object select-object
  format-list format-table join-string convertto-securestring convertfrom-securestring`.split(/\s+/),
);

/** File-reading commands (their non-option arguments are files whose content they output). */
const FILE_READERS = new Set(
  `cat tac head tail less more strings xxd od hexdump hd base64 base32 grep egrep fgrep rg awk sed cut sort uniq
  jq yq dd gzip openssl gpg get-content gc type`.split(/\s+/),
);

const PROC_ENVIRON = /^\/proc\/[^/]+\/environ$/;
const PROC_MEM = /^\/proc\/[^/]+\/(mem|maps|smaps|pagemap)$/;
/** `/proc` then a pid piece then `mem`, however the pieces were joined (`os.path.join('/proc', pid, 'mem')`). */
const PROC_MEM_LOOSE = /\/proc(\/|PID)(.*(\/|PID))?(mem|maps|smaps|pagemap)$/;
const PROC_ENVIRON_LOOSE = /\/proc(\/|PID)(.*(\/|PID))?environ$/;
const RUNNER_WORKER = /Runner\.(Worker|Listener)/i;

/** Whether any argument or env prefix reads the OIDC request variables (no allocation: this runs per command). */
function readsOidcVars(op: CommandOp): boolean {
  const test = (w: Word): boolean =>
    w.parts.some((p) => p.kind === 'var' && p.name.startsWith('ACTIONS_ID_TOKEN_REQUEST_'));
  return op.args.some(test) || op.envPrefix.some((a) => test(a.value));
}

/** Templates of every argument, plus `if=` values of dd. */
function argPaths(op: CommandOp): string[] {
  return op.args.map((w) => looseText(w).replace(/^if=/, ''));
}

/** Like template(), but globs and other unparsed pieces keep their text (a `*` pid in a proc path). */
function looseText(word: Word): string {
  return word.parts
    .map((p) => (p.kind === 'literal' ? p.text : p.kind === 'dynamic' ? p.text : '\u0000'))
    .join('');
}

function procPattern(path: string): string {
  // `/proc/$PID/mem`, `/proc/${pid}/maps`, `/proc/*/environ`: the pid part may be any text.
  return path.split('\u0000').join('PID');
}

export function classifyCommandSource(op: CommandOp, script: Script): ToolSource {
  const name = op.name.toLowerCase();
  const args = op.args.map(template);
  const positional = args.filter((a) => !a.startsWith('-') && !a.startsWith('+'));

  if (readsOidcVars(op)) {
    return { kind: 'oidc', detail: 'requests an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL)' };
  }
  // Most commands name no /proc path, memory tool or Runner process: skip those checks for them.
  const joined = args.join('\u0001');
  const piped = op.pipeFrom !== undefined ? script.ops[op.pipeFrom] : undefined;
  const suspicious =
    MEMORY_TOOLS.has(name) ||
    joined.includes('/proc') ||
    /Runner\.|isSecret|memdump/i.test(joined) ||
    op.redirects.length > 0 ||
    op.args.some((w) => w.parts.some((p) => p.kind === 'dynamic')) ||
    (piped?.kind === 'command' &&
      piped.args.some((w) => /memdump/i.test(literalPrefix(w) + literalSuffix(w))));
  if (suspicious) {
    const memory = memorySource(op, name, args, piped);
    if (memory) return memory;
  }
  return otherSources(op, name, args, positional);
}

const MEMORY_TOOLS = new Set(['gcore', 'procdump', 'gdb']);

function memorySource(op: CommandOp, name: string, args: string[], piped: Op | undefined): ToolSource | null {
  // Runner memory: /proc/<pid>/mem|maps, core dumps, debuggers, finding the Runner.Worker process.
  const paths = argPaths(op).map(procPattern);
  const redirectIn = op.redirects.flatMap((r) =>
    r.op === '<' && r.target ? [procPattern(template(r.target))] : [],
  );
  if ([...paths, ...redirectIn].some((p) => PROC_MEM.test(p)))
    return { kind: 'memory', detail: 'reads /proc/<pid>/mem' };
  if (
    name === 'gcore' ||
    name === 'procdump' ||
    (name === 'gdb' && args.some((a) => /^(-p|--pid|attach|--pid=)/.test(a)))
  ) {
    return { kind: 'memory', detail: `${name} dumps process memory` };
  }
  if (
    ['pgrep', 'pidof', 'ps', 'grep', 'egrep', 'pkill', 'awk'].includes(name) &&
    args.some((a) => RUNNER_WORKER.test(a))
  ) {
    return { kind: 'memory', detail: 'looks up the Runner.Worker process' };
  }
  // The tj-actions filter: secrets in runner memory are JSON objects marked "isSecret":true.
  if (
    ['grep', 'egrep', 'rg', 'sed', 'awk', 'strings'].includes(name) &&
    args.some((a) => /isSecret/.test(a))
  ) {
    return { kind: 'memory', detail: 'filters runner memory for "isSecret"' };
  }
  const pipedArgs = piped?.kind === 'command' ? piped.args.map(template).join(' ') : '';
  if (
    /memdump/i.test(`${args.join(' ')} ${pipedArgs}`) &&
    /^(python[\d.]*|py|perl|ruby|node|bash|sh)$/.test(name)
  ) {
    return { kind: 'memory', detail: 'runs a memory-dump script' };
  }

  if ([...paths, ...redirectIn].some((p) => PROC_ENVIRON.test(p))) {
    return { kind: 'env-all', detail: 'reads /proc/<pid>/environ' };
  }
  return null;
}

function otherSources(op: CommandOp, name: string, args: string[], positional: string[]): ToolSource {
  // Whole environment.
  switch (name) {
    case 'env':
      if (positional.length === 0) return { kind: 'env-all', detail: 'env prints the environment' };
      break;
    case 'printenv':
      return positional.length === 0
        ? { kind: 'env-all', detail: 'printenv prints the environment' }
        : { kind: 'env-var', names: positional.filter((a) => !a.includes('\u0000')) };
    case 'set':
      if (args.length === 0) return { kind: 'env-all', detail: 'set prints every variable' };
      break;
    case 'export':
      if (args.length === 0 || (args.length === 1 && args[0] === '-p'))
        return { kind: 'env-all', detail: 'export -p' };
      break;
    case 'declare':
    case 'typeset': {
      const flags = args.filter((a) => a.startsWith('-')).join('');
      if (/[px]/.test(flags) && positional.length === 0)
        return { kind: 'env-all', detail: `${name} ${flags}` };
      if (flags.includes('p') && positional.length > 0) return { kind: 'env-var', names: positional };
      if (args.length === 0) return { kind: 'env-all', detail: name };
      break;
    }
    case 'compgen':
      if (args.includes('-e') || args.includes('-v')) return { kind: 'env-all', detail: 'compgen -e' };
      break;
    case 'get-childitem':
    case 'gci':
    case 'dir':
    case 'ls':
    case 'get-item':
    case 'gi':
    case 'get-content':
    case 'gc': {
      const envArg = args.find((a) => /^env:/i.test(a) || /^-path$/i.test(a));
      const target = envArg && /^-path$/i.test(envArg) ? args[args.indexOf(envArg) + 1] : envArg;
      if (target && /^env:\\?\*?$/i.test(target)) return { kind: 'env-all', detail: 'Get-ChildItem env:' };
      if (target && /^env:\\?\w+$/i.test(target))
        return { kind: 'env-var', names: [target.replace(/^env:\\?/i, '')] };
      break;
    }
    default:
      break;
  }
  if (
    FILE_READERS.has(name) &&
    op.args.some((w) => varNames(w).includes('GITHUB_ENV') && literalPrefix(w) === '')
  ) {
    return { kind: 'env-all', detail: 'reads $GITHUB_ENV' };
  }

  // Tools that print a credential they hold.
  if (name === 'gh' && args[0] === 'auth' && args[1] === 'token')
    return { kind: 'env-var', names: ['GH_TOKEN', 'GITHUB_TOKEN'] };
  if (
    name === 'aws' &&
    (args.includes('get-login-password') ||
      args.includes('get-session-token') ||
      args.includes('export-credentials') ||
      (args[0] === 'configure' && args[1] === 'get') ||
      args.includes('get-authorization-token'))
  ) {
    return { kind: 'env-var', names: AWS_ENV };
  }
  if (name === 'gcloud' && args[0] === 'auth' && /^print-(access|identity)-token$/.test(args[1] ?? '')) {
    return { kind: 'credential-read', file: '~/.config/gcloud', detail: 'gcloud prints a token' };
  }
  if (name === 'az' && args[0] === 'account' && args[1] === 'get-access-token') {
    return { kind: 'credential-read', file: '~/.azure', detail: 'az prints a token' };
  }
  if (name === 'git' && (args[0] === 'config' || args[0] === 'credential')) {
    if (args[0] === 'credential' && args[1] === 'fill')
      return { kind: 'credential-read', file: '~/.git-credentials' };
    if (
      args.some((a) => /^(--get|--get-all|--get-regexp|--list|-l|get)$/.test(a)) ||
      args.some((a) => /extraheader/i.test(a))
    ) {
      return { kind: 'credential-read', file: args.includes('--global') ? '~/.gitconfig' : '.git/config' };
    }
  }
  if (/^docker-credential-/.test(name) && args[0] === 'get')
    return { kind: 'credential-read', file: '~/.docker/config.json' };
  if (
    (name === 'npm' || name === 'pnpm') &&
    args[0] === 'config' &&
    args[1] === 'get' &&
    /_auth|_password|token/i.test(args[2] ?? '')
  ) {
    return { kind: 'credential-read', file: '~/.npmrc' };
  }

  // Reads of credential files.
  if (FILE_READERS.has(name)) {
    for (const w of op.args) {
      if (literalPrefix(w).startsWith('-')) continue;
      const p = pathText(w);
      const c = p !== null ? credentialFile(p) : null;
      if (c)
        return { kind: 'credential-read', file: p ?? c.file, detail: `${name} reads ${c.tool} credentials` };
    }
  }

  if (PASSTHROUGH.has(name)) {
    // openssl re-encodes (enc, base64, …) but s_client is a sink, not a transform.
    if (name === 'openssl' && args[0] === 's_client') return NONE;
    return { kind: 'passthrough' };
  }
  return NONE;
}

// --- call sources ---------------------------------------------------------------------------------------

const ENV_ALL_CALLS =
  /^(os\.environ\.(copy|items|keys|values)|os\.environ|dict|System\.Environment\.GetEnvironmentVariables|Environment\.GetEnvironmentVariables|Object\.(entries|keys|values|assign)|JSON\.stringify|json\.dumps|str|repr)$/;
const ENV_VAR_CALLS =
  /^(os\.getenv|os\.environ\.get|os\.environ\.__getitem__|System\.Environment\.GetEnvironmentVariable|Environment\.GetEnvironmentVariable|core\.getInput)$/;
const FILE_READ_CALLS =
  /^(open|io\.open|codecs\.open|pathlib\.Path\.read_text|pathlib\.Path\.read_bytes|pathlib\.Path\.open|fs\.(promises\.)?(readFileSync|readFile|createReadStream|openSync|open)|System\.IO\.File\.(ReadAllText|ReadAllBytes|ReadAllLines|OpenRead)|IO\.File\.(ReadAllText|ReadAllBytes|OpenRead)|os\.open)$/;
const PASSTHROUGH_CALLS =
  /^(base64\.\w+|binascii\.\w+|codecs\.(encode|decode)|zlib\.compress|gzip\.compress|bz2\.compress|lzma\.compress|json\.dumps|urllib\.parse\.(quote|quote_plus|urlencode)|Buffer\.from|btoa|encodeURIComponent|encodeURI|escape|JSON\.stringify|System\.Convert\.ToBase64String|Convert\.ToBase64String|System\.Text\.Encoding\.\w+\.GetBytes|Text\.Encoding\.\w+\.GetBytes|.+\.(encode|decode|hex|upper|lower|replace|join|format|toString|split|reverse))$/;

/** Path joiners whose arguments form one path. */
const JOIN_CALLS =
  /^(os\.path\.join|path\.join|path\.resolve|pathlib\.Path|System\.IO\.Path\.Combine|IO\.Path\.Combine)$/;

/**
 * A word's template with one level of indirection resolved: a variable assigned earlier in the script, or a
 * path-joining call (`open(mem_path)` where `mem_path = f"/proc/{pid}/mem"`, `open(os.path.join(…))`).
 */
function resolvedTemplate(word: Word, script: Script, before: CallOp, depth = 0): string {
  const only = word.parts.length === 1 ? word.parts[0] : undefined;
  if (depth < 3 && only?.kind === 'var') {
    let value: Word | undefined;
    for (const o of script.ops) {
      if (o === before) break;
      if (o.kind === 'assign' && o.name === only.name) value = o.value;
    }
    if (value) return resolvedTemplate(value, script, before, depth + 1);
  }
  if (depth < 3 && only?.kind === 'output') {
    const joined = only.ops
      .map((i) => script.ops[i])
      .find((o): o is CallOp => o?.kind === 'call' && JOIN_CALLS.test(o.callee));
    if (joined) return joined.args.map((a) => resolvedTemplate(a, script, before, depth + 1)).join('/');
  }
  return looseText(word);
}

export function classifyCallSource(op: CallOp, script: Script): ToolSource {
  const c = op.callee;
  if (c === 'core.getIDToken' || /^(actions\.)?core\.getIDToken$/.test(c))
    return { kind: 'oidc', detail: 'core.getIDToken()' };
  const words = [...op.args, ...Object.values(op.kwargs)];
  if (words.some((w) => varNames(w).some((n) => /^ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)$/.test(n)))) {
    return { kind: 'oidc', detail: 'uses ACTIONS_ID_TOKEN_REQUEST_URL' };
  }
  if (FILE_READ_CALLS.test(c)) {
    const target = op.args[0] ?? op.kwargs['file'] ?? op.kwargs['path'];
    const path = target ? procPattern(resolvedTemplate(target, script, op)) : '';
    // `open(f"/proc/{pid}/mem")`: the pid is dynamic, the shape is not.
    if (PROC_MEM.test(path) || PROC_MEM_LOOSE.test(path))
      return { kind: 'memory', detail: `${c} reads /proc/<pid>/mem` };
    if (PROC_ENVIRON.test(path) || PROC_ENVIRON_LOOSE.test(path))
      return { kind: 'env-all', detail: `${c} reads /proc/<pid>/environ` };
    const p = target ? pathText(target) : null;
    const cred = p !== null ? credentialFile(p) : null;
    if (cred)
      return { kind: 'credential-read', file: p ?? cred.file, detail: `${c} reads ${cred.tool} credentials` };
    return NONE;
  }
  if (
    /^(psutil\.process_iter|psutil\.Process\.memory_maps)$/.test(c) &&
    words.some((w) => RUNNER_WORKER.test(template(w)))
  ) {
    return { kind: 'memory', detail: 'looks up the Runner.Worker process' };
  }
  if (ENV_ALL_CALLS.test(c)) {
    // Only a whole-environment read when the argument (or the receiver) is the environment itself.
    if (
      /^(os\.environ|System\.Environment\.GetEnvironmentVariables|Environment\.GetEnvironmentVariables)/.test(
        c,
      )
    ) {
      return { kind: 'env-all', detail: c };
    }
    if (words.some((w) => w.parts.some((p) => p.kind === 'env-all'))) return { kind: 'env-all', detail: c };
  }
  if (ENV_VAR_CALLS.test(c) && c !== 'core.getInput') {
    const name = op.args[0] ? staticText(op.args[0]) : null;
    if (name) return { kind: 'env-var', names: [name] };
  }
  if (PASSTHROUGH_CALLS.test(c)) return { kind: 'passthrough' };
  return NONE;
}

/** Argument-free helper for rules: does this command look up or read the runner's memory? */
export function isMemoryRead(op: CommandOp, script: Script): boolean {
  return classifyCommandSource(op, script).kind === 'memory';
}
