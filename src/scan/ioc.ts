/**
 * Indicators of compromise: malicious workflow file names, exfiltration hosts and repository names from the
 * public write-ups, kept in data/ioc.json so incident responders can add one without a code change.
 */
import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import bundled from '../../data/ioc.json' with { type: 'json' };
import type { Finding, Severity } from '../analysis/types.js';
import { UserError } from '../errors.js';
import { fingerprintOf } from './scan-rules.js';
import { dumpsSecrets } from './secret-refs.js';
import { locateIn, mapEntries, mapGet, parseTree, scalars, stringList } from './yaml-nodes.js';

interface IocCommon {
  id: string;
  campaign: string;
  severity: Severity;
  description: string;
  source: string;
  date: string;
}

export interface WorkflowFileIoc extends IocCommon {
  glob: string;
  requires?: { triggers?: string[]; selfHostedRunner?: boolean; dumpsSecrets?: boolean };
}

export interface DomainIoc extends IocCommon {
  host: string;
  path?: string;
}

export interface RepositoryIoc extends IocCommon {
  glob: string;
}

export interface IocSet {
  version: 1;
  updated: string;
  workflowFiles: WorkflowFileIoc[];
  domains: DomainIoc[];
  repositories: RepositoryIoc[];
}

export interface IocMatch {
  indicator: string;
  campaign: string;
  kind: 'workflow-file' | 'domain' | 'repository';
  severity: Severity;
  /** Repository-relative file, or null for a repository-name match. */
  file: string | null;
  line: number;
  column: number;
  /** What matched: the file name, the host (with the path when the indicator has one), the repository. */
  matched: string;
  description: string;
  source: string;
  date: string;
}

/** The indicators shipped with this version (data/ioc.json), validated once. */
let shipped: IocSet | undefined;
export function defaultIocs(): IocSet {
  return (shipped ??= parseIocData(bundled, 'data/ioc.json'));
}

/** An indicator file given by the user (`--ioc FILE`). */
export async function loadIocFile(path: string): Promise<IocSet> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? `not valid JSON: ${error.message}` : 'cannot be read';
    throw new UserError(`${path}: ${why}`);
  }
  return parseIocData(raw, path);
}

/** Validates indicator data (the rules of data/ioc.schema.json) and returns it typed; one-line errors. */
export function parseIocData(raw: unknown, file: string): IocSet {
  const fail = (where: string, problem: string): never => {
    throw new UserError(`${file}: ${where}: ${problem}`);
  };
  const top = asObject(raw) ?? fail('(top level)', 'expected an object');
  const allowedTop = ['$schema', 'version', 'updated', 'note', 'workflowFiles', 'domains', 'repositories'];
  for (const key of Object.keys(top)) if (!allowedTop.includes(key)) fail(key, 'unknown field');
  if (top.version !== 1) fail('version', `expected 1, got ${JSON.stringify(top.version)}`);
  const updated = str(top.updated, 'updated', fail);
  if (!DATE.test(updated)) fail('updated', 'expected a date YYYY-MM-DD');
  const ids = new Set<string>();

  const common = (entry: Record<string, unknown>, where: string, extra: string[]): IocCommon => {
    for (const key of Object.keys(entry)) {
      if (![...COMMON_FIELDS, ...extra].includes(key)) fail(`${where}.${key}`, 'unknown field');
    }
    const id = str(entry.id, `${where}.id`, fail);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
      fail(`${where}.id`, 'expected lower-case letters, digits and hyphens');
    if (ids.has(id)) fail(`${where}.id`, `"${id}" is used twice`);
    ids.add(id);
    const severity = str(entry.severity, `${where}.severity`, fail);
    if (severity !== 'error' && severity !== 'warning' && severity !== 'note') {
      fail(`${where}.severity`, 'expected error, warning or note');
    }
    const source = str(entry.source, `${where}.source`, fail);
    if (!source.startsWith('https://')) fail(`${where}.source`, 'expected an https:// URL of the write-up');
    const date = str(entry.date, `${where}.date`, fail);
    if (!DATE.test(date)) fail(`${where}.date`, 'expected a date YYYY-MM-DD');
    return {
      id,
      campaign: str(entry.campaign, `${where}.campaign`, fail),
      severity: severity as Severity,
      description: str(entry.description, `${where}.description`, fail),
      source,
      date,
    };
  };
  const list = (key: string): [Record<string, unknown>, string][] => {
    const value = top[key];
    if (!Array.isArray(value)) return fail(key, 'expected an array');
    return value.map((item, i) => [
      asObject(item) ?? fail(`${key}[${i}]`, 'expected an object'),
      `${key}[${i}]`,
    ]);
  };
  const glob = (value: unknown, where: string): string => {
    const g = str(value, where, fail);
    if (g.includes('/')) fail(where, 'a name, not a path: no "/"');
    return g;
  };

  const workflowFiles = list('workflowFiles').map(([entry, where]): WorkflowFileIoc => {
    const ioc: WorkflowFileIoc = {
      ...common(entry, where, ['glob', 'requires']),
      glob: glob(entry.glob, `${where}.glob`),
    };
    if (entry.requires !== undefined) {
      const req = asObject(entry.requires) ?? fail(`${where}.requires`, 'expected an object');
      const requires: NonNullable<WorkflowFileIoc['requires']> = {};
      for (const [key, value] of Object.entries(req)) {
        if (key === 'triggers') {
          if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
            fail(`${where}.requires.triggers`, 'expected a non-empty list of event names');
          }
          requires.triggers = value as string[];
        } else if (key === 'selfHostedRunner' || key === 'dumpsSecrets') {
          if (typeof value !== 'boolean') fail(`${where}.requires.${key}`, 'expected true or false');
          requires[key] = value as boolean;
        } else fail(`${where}.requires.${key}`, 'unknown condition');
      }
      ioc.requires = requires;
    }
    return ioc;
  });
  const domains = list('domains').map(([entry, where]): DomainIoc => {
    const host = str(entry.host, `${where}.host`, fail).toLowerCase();
    if (!/^(\*\.)?[a-z0-9.:-]+$/.test(host)) fail(`${where}.host`, 'expected a host, an IP or *.domain');
    const ioc: DomainIoc = { ...common(entry, where, ['host', 'path']), host };
    if (entry.path !== undefined) {
      const path = str(entry.path, `${where}.path`, fail);
      if (!path.startsWith('/')) fail(`${where}.path`, 'expected a URL path starting with /');
      ioc.path = path;
    }
    return ioc;
  });
  const repositories = list('repositories').map(([entry, where]): RepositoryIoc => ({
    ...common(entry, where, ['glob']),
    glob: glob(entry.glob, `${where}.glob`),
  }));
  return { version: 1, updated, workflowFiles, domains, repositories };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COMMON_FIELDS = ['id', 'campaign', 'severity', 'description', 'source', 'date'];

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function str(value: unknown, where: string, fail: (where: string, problem: string) => never): string {
  if (typeof value !== 'string' || value.trim() === '') return fail(where, 'expected a non-empty string');
  return value;
}

/** `*` and `?` wildcards over a single name, case-insensitive. */
export function globMatches(glob: string, name: string): boolean {
  const pattern = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${pattern}$`, 'i').test(name);
}

/** File-name indicators for one workflow file (conditions checked against its YAML). */
export function matchWorkflowFile(iocs: IocSet, path: string, text: string): IocMatch[] {
  const name = posix.basename(path);
  const candidates = iocs.workflowFiles.filter((ioc) => globMatches(ioc.glob, name));
  if (candidates.length === 0) return [];
  const tree = parseTree(text);
  const on = tree ? mapGet(tree.root, 'on') : null;
  const triggers = new Set(
    [...stringList(on), ...mapEntries(on).map(([k]) => k)].map((t) => t.toLowerCase()),
  );
  const labels = tree
    ? mapEntries(mapGet(tree.root, 'jobs')).flatMap(([, job]) => {
        const runsOn = mapGet(job, 'runs-on');
        return [...stringList(runsOn), ...stringList(mapGet(runsOn, 'labels'))];
      })
    : [];
  const selfHosted = labels.some((l) => l.trim().toLowerCase() === 'self-hosted');
  const matches: IocMatch[] = [];
  for (const ioc of candidates) {
    const req = ioc.requires ?? {};
    if (req.triggers && !req.triggers.some((t) => triggers.has(t.toLowerCase()))) continue;
    if (req.selfHostedRunner !== undefined && req.selfHostedRunner !== selfHosted) continue;
    if (req.dumpsSecrets !== undefined && req.dumpsSecrets !== dumpsSecrets(text)) continue;
    matches.push(toMatch(ioc, 'workflow-file', path, { line: 1, column: 1 }, name));
  }
  return matches;
}

/** A host (and URL path) written anywhere in the file: scripts, `with:` inputs, env values. */
export function matchHostsInFile(iocs: IocSet, path: string, text: string): IocMatch[] {
  if (iocs.domains.length === 0) return [];
  const tree = parseTree(text);
  if (!tree) return [];
  const found = new Map<string, IocMatch>();
  for (const visit of scalars(tree.root)) {
    for (const ref of hostsIn(visit.value)) {
      const ioc = bestDomain(iocs, ref.host, ref.path);
      if (!ioc || found.has(ioc.id)) continue;
      const shown = ioc.path ? `${ref.host}${ioc.path}` : ref.host;
      found.set(ioc.id, toMatch(ioc, 'domain', path, locateIn(tree, visit, ref.host), shown));
    }
  }
  return [...found.values()];
}

/** Destinations the engine resolved (through env, outputs…) that the text search could not see. */
export function matchDestinations(iocs: IocSet, findings: Finding[], already: IocMatch[]): IocMatch[] {
  // A host already matched in the text (perhaps by a more specific indicator with a URL path) is not repeated.
  const seen = new Set(
    already.filter((m) => m.kind === 'domain').map((m) => `${m.file}\0${m.matched.replace(/\/.*$/, '')}`),
  );
  const out: IocMatch[] = [];
  for (const f of findings) {
    for (const dest of f.destinations) {
      const host = dest.toLowerCase();
      const ioc = bestDomain(iocs, host, '');
      const key = `${f.location.file}\0${host}`;
      if (!ioc || seen.has(key)) continue;
      seen.add(key);
      out.push(toMatch(ioc, 'domain', f.location.file, f.location, host));
    }
  }
  return out;
}

export function matchRepository(iocs: IocSet, fullName: string): IocMatch[] {
  const name = fullName.slice(fullName.indexOf('/') + 1);
  return iocs.repositories
    .filter((ioc) => globMatches(ioc.glob, name))
    .map((ioc) => toMatch(ioc, 'repository', null, { line: 0, column: 0 }, fullName));
}

/** The most specific domain indicator for a host: one with a matching URL path, then exact, then wildcard. */
function bestDomain(iocs: IocSet, host: string, path: string): DomainIoc | undefined {
  let best: DomainIoc | undefined;
  let bestRank = 0;
  for (const ioc of iocs.domains) {
    const exact = ioc.host === host;
    const wild = ioc.host.startsWith('*.') && host.endsWith(ioc.host.slice(1));
    if (!exact && !wild) continue;
    if (ioc.path !== undefined && !path.startsWith(ioc.path)) continue;
    const rank = (ioc.path ? 4 : 0) + (exact ? 2 : 1);
    if (rank > bestRank) [best, bestRank] = [ioc, rank];
  }
  return best;
}

/**
 * Host names in free text: URLs (parsed with WHATWG URL) and bare `host.tld[:port][/path]` or `user@host`
 * arguments. Only candidates: they matter only when an indicator names them.
 */
export function hostsIn(text: string): { host: string; path: string }[] {
  const out: { host: string; path: string }[] = [];
  for (const token of text.split(/[\s"'`<>()[\]{},;|&\\]+/)) {
    if (token === '') continue;
    const scheme = /[a-z][a-z0-9+.-]*:\/\//i.exec(token);
    if (scheme) {
      try {
        const url = new URL(token.slice(scheme.index));
        if (url.hostname)
          out.push({ host: url.hostname.replace(/^\[|\]$/g, '').toLowerCase(), path: url.pathname });
      } catch {
        // not a URL after all
      }
      continue;
    }
    const bare = /^(?:[^@/=\s]+@)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(\/\S*)?$/i.exec(
      token.replace(/^[-\w]*=/, ''),
    );
    if (bare?.[1]) out.push({ host: bare[1].toLowerCase(), path: bare[2] ?? '' });
  }
  return out;
}

function toMatch(
  ioc: IocCommon,
  kind: IocMatch['kind'],
  file: string | null,
  at: { line: number; column: number },
  matched: string,
): IocMatch {
  return {
    indicator: ioc.id,
    campaign: ioc.campaign,
    kind,
    severity: ioc.severity,
    file,
    line: at.line,
    column: at.column,
    matched,
    description: ioc.description,
    source: ioc.source,
    date: ioc.date,
  };
}

export const IOC_RULES: Record<IocMatch['kind'], string> = {
  'workflow-file': 'ioc-malicious-workflow-file',
  domain: 'ioc-exfil-host',
  repository: 'ioc-malicious-repository',
};

/** Indicator matches as findings, so that fail-on, SARIF and the changed-files comparison treat them alike. */
export function iocFindings(matches: IocMatch[]): Finding[] {
  return matches.map((m) => {
    const file = m.file ?? '';
    const what =
      m.kind === 'workflow-file'
        ? `workflow file ${m.matched} matches a known ${m.campaign} indicator`
        : m.kind === 'domain'
          ? `${m.matched} is a known ${m.campaign} exfiltration endpoint`
          : `repository ${m.matched} matches a known ${m.campaign} indicator`;
    const rule = IOC_RULES[m.kind];
    return {
      rule,
      severity: m.severity,
      confidence: m.severity === 'error' ? 'high' : 'medium',
      message: `${what}: ${m.description} (${m.source}, ${m.date})`,
      location: { file, line: m.line, column: m.column },
      job: null,
      step: null,
      stepName: null,
      secrets: [],
      destinations: m.kind === 'domain' ? [m.matched] : [],
      evidence: [{ text: `indicator ${m.indicator}: ${m.source}` }],
      fix:
        'Treat the repository as compromised: remove the file or reference, rotate every secret the workflows ' +
        'could read, and review recent pushes and workflow runs.',
      fingerprint: fingerprintOf(rule, file, m.indicator, m.matched),
    };
  });
}
