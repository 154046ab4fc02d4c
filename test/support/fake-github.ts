/**
 * A loopback stand-in for the GitHub REST API: the subset Exfil Guard uses, served from an in-memory model of
 * repositories, commits and organisations, with scripted faults (rate limits, 5xx, dropped connections),
 * rate-limit headers on every answer and a log of every request.
 *
 *   const gh = await FakeGitHub.start({ prefix: '/api/v3' });
 *   gh.addRepo('acme/app', { commits: { [sha]: { '.github/workflows/ci.yml': text } }, branches: { main: sha } });
 *   gh.fail('GET', /^\/orgs\/acme\/repos/, [faults.secondary(1)]);
 *   const client = createGitHubClient({ token: 't', apiUrl: gh.url });
 *
 * Other suites add routes with `gh.route(method, regex, handler)` without editing this file.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRepoSpec {
  defaultBranch?: string;
  archived?: boolean;
  private?: boolean;
  /** No commits: contents and commits answer 409 "Git Repository is empty.". */
  empty?: boolean;
  /** False: the token cannot see the repository (every route answers 404, as GitHub does for private repos). */
  readable?: boolean;
  /** True: contents answer 403 "Resource not accessible by integration" (token without contents: read). */
  forbidden?: boolean;
  /** Files per commit: commit SHA (or any ref name) → path → text. */
  commits?: Record<string, Record<string, string>>;
  /** Branch → commit key. Default: the default branch points at the first commit. */
  branches?: Record<string, string>;
  /** Shorthand for one commit on the default branch (its SHA is derived from the files). */
  files?: Record<string, string>;
  /** Reported size in KB; defaults to 0 when empty, else 1. */
  size?: number;
}

interface Repo {
  fullName: string;
  owner: string;
  defaultBranch: string;
  archived: boolean;
  private: boolean;
  empty: boolean;
  readable: boolean;
  forbidden: boolean;
  commits: Map<string, Map<string, string>>;
  branches: Map<string, string>;
  size: number;
}

export interface FakeRequest {
  method: string;
  /** Path below the prefix, decoded per segment is up to the handler (`match` holds the raw regex groups). */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  match: RegExpExecArray;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A scripted answer: a response, or `'reset'` to drop the connection without answering (ECONNRESET). */
export type Fault = FakeResponse | 'reset';

export type Handler = (req: FakeRequest, gh: FakeGitHub) => FakeResponse | Promise<FakeResponse>;

export interface LoggedRequest {
  method: string;
  /** Full request path with query, as received (prefix included). */
  path: string;
  /** Request headers without `authorization`. */
  headers: Record<string, string | string[] | undefined>;
  /** Whether an authorization header was sent (its value is never logged). */
  authorized: boolean;
  status: number;
}

/** Ready-made faults, in the shapes GitHub sends them. */
export const faults = {
  /** 403 secondary rate limit with `retry-after`. */
  secondary: (retryAfter = 1): Fault => ({
    status: 403,
    headers: { 'retry-after': String(retryAfter) },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
    },
  }),
  /** 429 with `retry-after`. */
  tooMany: (retryAfter = 1): Fault => ({
    status: 429,
    headers: { 'retry-after': String(retryAfter) },
    body: { message: 'Too Many Requests' },
  }),
  /** 403 primary rate limit: remaining 0, reset `inSeconds` from now. */
  primary: (inSeconds = 1): Fault => ({
    status: 403,
    headers: {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + inSeconds),
    },
    body: { message: 'API rate limit exceeded for installation ID 1.' },
  }),
  status: (status: number, message = 'Server Error'): Fault => ({ status, body: { message } }),
  reset: (): Fault => 'reset',
};

export interface FakeGitHubOptions {
  /** Path prefix of the API, as on GitHub Enterprise Server (`/api/v3`). */
  prefix?: string;
  /** When set, requests must carry this token (`token X` or `Bearer X`), else 401 "Bad credentials". */
  token?: string;
}

export class FakeGitHub {
  readonly log: LoggedRequest[] = [];
  private readonly repos = new Map<string, Repo>();
  private readonly orgs = new Set<string>();
  private readonly faultQueues: { method: string; pattern: RegExp; queue: Fault[] }[] = [];
  private readonly extraRoutes: { method: string; pattern: RegExp; handler: Handler }[] = [];
  private remaining = 5000;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly prefix: string,
    private readonly token: string | undefined,
  ) {}

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const prefix = (options.prefix ?? '').replace(/\/+$/, '');
    const holder: { gh?: FakeGitHub } = {};
    const server = createServer((req, res) => {
      void holder.gh?.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const gh = new FakeGitHub(server, `http://127.0.0.1:${port}${prefix}`, prefix, options.token);
    holder.gh = gh;
    return gh;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Adds (or replaces) a repository; returns the commit SHAs of its branches for convenience. */
  addRepo(fullName: string, spec: FakeRepoSpec = {}): { branches: Record<string, string> } {
    const [owner = ''] = fullName.split('/');
    const defaultBranch = spec.defaultBranch ?? 'main';
    const commits = new Map<string, Map<string, string>>();
    for (const [sha, files] of Object.entries(spec.commits ?? {}))
      commits.set(sha, new Map(Object.entries(files)));
    const branches = new Map(Object.entries(spec.branches ?? {}));
    if (spec.files) {
      const sha = commitSha(spec.files);
      commits.set(sha, new Map(Object.entries(spec.files)));
      if (!branches.has(defaultBranch)) branches.set(defaultBranch, sha);
    }
    const first = commits.keys().next();
    if (!branches.has(defaultBranch) && !first.done) branches.set(defaultBranch, first.value);
    const empty = spec.empty ?? commits.size === 0;
    this.repos.set(fullName.toLowerCase(), {
      fullName,
      owner,
      defaultBranch,
      archived: spec.archived ?? false,
      private: spec.private ?? false,
      empty,
      readable: spec.readable ?? true,
      forbidden: spec.forbidden ?? false,
      commits: empty ? new Map<string, Map<string, string>>() : commits,
      branches: empty ? new Map<string, string>() : branches,
      size: spec.size ?? (empty ? 0 : 1),
    });
    this.orgs.add(owner.toLowerCase());
    return { branches: Object.fromEntries(branches) };
  }

  /** Declares an organisation (repositories added with its owner name belong to it anyway). */
  addOrg(org: string): void {
    this.orgs.add(org.toLowerCase());
  }

  /**
   * The next matching requests get these answers, in order, before the normal route answers again. The pattern
   * sees the path below the prefix with its query (`/orgs/acme/repos?per_page=100&page=2`).
   */
  fail(method: string, pattern: RegExp, answers: Fault[]): void {
    this.faultQueues.push({ method: method.toUpperCase(), pattern, queue: [...answers] });
  }

  /** Adds a route, tried before the built-in ones; the path it sees excludes the prefix. */
  route(method: string, pattern: RegExp, handler: Handler): void {
    this.extraRoutes.push({ method: method.toUpperCase(), pattern, handler });
  }

  /** Requests whose path (prefix excluded, query included) matches. */
  requests(pattern?: RegExp): LoggedRequest[] {
    return pattern ? this.log.filter((r) => pattern.test(r.path.slice(this.prefix.length))) : this.log;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const full = new URL(req.url ?? '/', 'http://127.0.0.1');
    const { authorization, ...headers } = req.headers;
    const entry: LoggedRequest = {
      method,
      path: `${full.pathname}${full.search}`,
      headers,
      authorized: !!authorization,
      status: 0,
    };
    this.log.push(entry);

    const answer = await this.answer(method, full, req.headers).catch((error: unknown): FakeResponse => ({
      status: 500,
      body: { message: `fake server bug: ${String(error)}` },
    }));
    if (answer === 'reset') {
      entry.status = 0;
      req.socket.destroy();
      return;
    }
    entry.status = answer.status;
    this.remaining = Math.max(0, this.remaining - 1);
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const rateHeaders: Record<string, string> = {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(this.remaining),
      'x-ratelimit-used': String(5000 - this.remaining),
      'x-ratelimit-reset': reset,
      'x-ratelimit-resource': 'core',
    };
    const isText = typeof answer.body === 'string' || answer.body instanceof Uint8Array;
    const body =
      answer.body === undefined
        ? ''
        : isText
          ? (answer.body as string | Uint8Array)
          : JSON.stringify(answer.body);
    res.writeHead(answer.status, {
      'content-type': isText ? RAW : 'application/json; charset=utf-8',
      ...rateHeaders,
      ...answer.headers,
    });
    res.end(body);
  }

  private async answer(method: string, url: URL, headers: IncomingMessage['headers']): Promise<Fault> {
    if (!url.pathname.startsWith(`${this.prefix}/`)) return notFound();
    const path = url.pathname.slice(this.prefix.length);

    for (const f of this.faultQueues) {
      if (f.method === method && f.pattern.test(`${path}${url.search}`) && f.queue.length > 0)
        return f.queue.shift() as Fault;
    }
    if (this.token !== undefined) {
      const sent = (headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
      if (sent !== this.token) {
        return {
          status: 401,
          body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' },
        };
      }
    }
    for (const r of this.extraRoutes) {
      const match = r.method === method ? r.pattern.exec(path) : null;
      if (match) return r.handler({ method, path, query: url.searchParams, headers, match }, this);
    }
    if (method !== 'GET') return notFound();
    return this.builtIn(path, url.searchParams, headers);
  }

  private builtIn(path: string, query: URLSearchParams, headers: IncomingMessage['headers']): FakeResponse {
    let m: RegExpExecArray | null;
    if ((m = /^\/orgs\/([^/]+)\/repos$/.exec(path)))
      return this.orgRepos(decodeURIComponent(m[1] ?? ''), query);
    m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (!m) return notFound();
    const repo = this.repos.get(
      `${decodeURIComponent(m[1] ?? '')}/${decodeURIComponent(m[2] ?? '')}`.toLowerCase(),
    );
    if (!repo || !repo.readable) return notFound();
    const rest = m[3] ?? '';
    if (rest === '') return { status: 200, body: repoJson(repo) };
    if (repo.forbidden && rest.startsWith('/contents')) {
      return { status: 403, body: { message: 'Resource not accessible by integration' } };
    }
    if (repo.empty && /^\/(contents|commits|compare|git)/.test(rest)) {
      return { status: 409, body: { message: 'Git Repository is empty.' } };
    }
    if ((m = /^\/contents(?:\/(.*))?$/.exec(rest))) {
      return this.contents(repo, decodePath(m[1] ?? ''), query.get('ref'), String(headers.accept ?? ''));
    }
    if ((m = /^\/compare\/(.+)\.\.\.(.+)$/.exec(rest))) {
      return this.compare(repo, decodePath(m[1] ?? ''), decodePath(m[2] ?? ''));
    }
    if ((m = /^\/git\/trees\/(.+)$/.exec(rest))) return this.tree(repo, decodePath(m[1] ?? ''));
    if (rest === '/commits') {
      const head = repo.branches.get(repo.defaultBranch);
      return { status: 200, body: head ? [{ sha: head }] : [] };
    }
    return notFound();
  }

  private resolve(repo: Repo, ref: string | null): { sha: string; files: Map<string, string> } | null {
    const name = (ref ?? repo.defaultBranch).replace(/^refs\/heads\//, '');
    const sha = repo.branches.get(name) ?? name;
    const files = repo.commits.get(sha);
    return files ? { sha, files } : null;
  }

  private contents(repo: Repo, path: string, ref: string | null, accept: string): FakeResponse {
    const commit = this.resolve(repo, ref);
    if (!commit) return { status: 404, body: { message: `No commit found for the ref ${ref ?? ''}` } };
    const text = commit.files.get(path);
    if (text !== undefined) {
      if (accept.includes('.raw')) return { status: 200, body: Buffer.from(text, 'utf8') };
      const content = Buffer.from(text, 'utf8').toString('base64').replace(/.{60}/g, '$&\n');
      return { status: 200, body: { type: 'file', encoding: 'base64', ...fileEntry(path, text), content } };
    }
    const dir = path === '' ? '' : `${path}/`;
    const children = new Map<
      string,
      { name: string; path: string; type: string; sha: string; size: number }
    >();
    for (const [file, content] of commit.files) {
      if (!file.startsWith(dir)) continue;
      const [name = '', ...more] = file.slice(dir.length).split('/');
      if (more.length === 0) children.set(name, { ...fileEntry(file, content), type: 'file' });
      else if (!children.has(name))
        children.set(name, { name, path: `${dir}${name}`, type: 'dir', sha: blobSha(name), size: 0 });
    }
    if (children.size === 0) return notFound();
    return { status: 200, body: [...children.values()].sort((a, b) => a.name.localeCompare(b.name)) };
  }

  private compare(repo: Repo, base: string, head: string): FakeResponse {
    const a = this.resolve(repo, base);
    const b = this.resolve(repo, head);
    if (!a || !b) return { status: 404, body: { message: 'Not Found' } };
    const files: { filename: string; status: string; sha: string }[] = [];
    for (const [path, text] of b.files) {
      const before = a.files.get(path);
      if (before === undefined) files.push({ filename: path, status: 'added', sha: blobSha(text) });
      else if (before !== text) files.push({ filename: path, status: 'modified', sha: blobSha(text) });
    }
    for (const [path, text] of a.files) {
      if (!b.files.has(path)) files.push({ filename: path, status: 'removed', sha: blobSha(text) });
    }
    return {
      status: 200,
      body: {
        status: 'ahead',
        ahead_by: 1,
        behind_by: 0,
        total_commits: 1,
        commits: [{ sha: b.sha }],
        files,
      },
    };
  }

  private tree(repo: Repo, ref: string): FakeResponse {
    const commit = this.resolve(repo, ref);
    if (!commit) return notFound();
    const dirs = new Set<string>();
    for (const path of commit.files.keys()) {
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
    }
    const tree = [
      ...[...dirs].map((path) => ({ path, type: 'tree', mode: '040000', sha: blobSha(path) })),
      ...[...commit.files].map(([path, text]) => ({
        path,
        type: 'blob',
        mode: '100644',
        sha: blobSha(text),
      })),
    ].sort((x, y) => x.path.localeCompare(y.path));
    return { status: 200, body: { sha: commit.sha, tree, truncated: false } };
  }

  private orgRepos(org: string, query: URLSearchParams): FakeResponse {
    if (!this.orgs.has(org.toLowerCase())) return notFound();
    const all = [...this.repos.values()]
      .filter((r) => r.owner.toLowerCase() === org.toLowerCase() && r.readable)
      .sort((a, b) => a.fullName.localeCompare(b.fullName));
    const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string) =>
      `<${this.url}/orgs/${encodeURIComponent(org)}/repos?per_page=${perPage}&page=${p}>; rel="${rel}"`;
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    return {
      status: 200,
      body: all.slice((page - 1) * perPage, page * perPage).map(repoJson),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }
}

const RAW = 'application/vnd.github.raw';

function notFound(): FakeResponse {
  return {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
  };
}

function repoJson(r: Repo): Record<string, unknown> {
  const [owner = '', name = ''] = r.fullName.split('/');
  return {
    id: Number.parseInt(blobSha(r.fullName).slice(0, 8), 16),
    name,
    full_name: r.fullName,
    owner: { login: owner },
    private: r.private,
    archived: r.archived,
    default_branch: r.defaultBranch,
    size: r.size,
  };
}

function fileEntry(path: string, text: string): { name: string; path: string; sha: string; size: number } {
  return { name: path.split('/').at(-1) ?? path, path, sha: blobSha(text), size: Buffer.byteLength(text) };
}

function decodePath(raw: string): string {
  return raw
    .split('/')
    .map((s) => decodeURIComponent(s))
    .join('/')
    .replace(/^\/+|\/+$/g, '');
}

function blobSha(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A deterministic commit SHA for a set of files. */
export function commitSha(files: Record<string, string>): string {
  return createHash('sha1')
    .update(JSON.stringify(Object.entries(files).sort()))
    .digest('hex');
}
