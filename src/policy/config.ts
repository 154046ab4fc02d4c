/**
 * The policy file (`.github/exfil-guard.yml`): YAML with positions, validated by hand against the same structure
 * as schema/exfil-guard.schema.json (a schema validator would bloat the bundle; test/policy/schema.test.ts keeps
 * the two in step). Every problem is one line naming the file, line and field. Unknown keys are errors, so a
 * typo can never silently weaken the policy.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit } from 'yaml';
import { JOB_ID, RULE_ID } from './ids.js';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { inputError } from '../errors.js';
import type { UserError } from '../errors.js';
import { parseEndpoint } from './endpoint.js';
import { SECRET_PATTERN, SYNTHETIC_SECRETS } from './names.js';
import type { Endpoint, Suppression } from './types.js';

export const CONFIG_VERSION = 1;
/** Policy files are hand-written; anything larger is a mistake or an attack on the parser. */
export const MAX_CONFIG_BYTES = 256 * 1024;
/** Anchors and aliases are allowed (to share lists), but their expansion is bounded. */
export const MAX_ALIAS_COUNT = 100;

export type RuleLevel = 'off' | 'error' | 'warning' | 'note';
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'note'];

/** A parsed, validated policy file. Positions are kept only in error messages. */
export interface PolicyConfig {
  file: string;
  version: typeof CONFIG_VERSION;
  /** Built-in per-secret affinity on or off; undefined leaves the default (on). */
  affinity?: boolean;
  allowedEndpoints: Endpoint[];
  jobs: Map<string, Endpoint[]>;
  secrets: { pattern: string; endpoints: Endpoint[] }[];
  suppressions: Suppression[];
  rules: Map<string, RuleLevel>;
  egress: { failOnBlock?: boolean; allowedEndpoints: Endpoint[]; jobs: Map<string, Endpoint[]> };
}

export interface LoadConfigOptions {
  /** When given, rule ids in `rules` and `suppress` must be among these (catches typos). */
  knownRules?: ReadonlySet<string>;
}

const TOP_KEYS = [
  '$schema',
  'version',
  'affinity',
  'allowed-endpoints',
  'jobs',
  'secrets',
  'suppress',
  'rules',
  'egress',
] as const;
const LIST_KEYS = ['allowed-endpoints'] as const;
const SUPPRESS_KEYS = ['rule', 'reason', 'file', 'job', 'step', 'secret', 'destination'] as const;
const EGRESS_KEYS = ['fail-on-block', 'allowed-endpoints', 'jobs'] as const;

/** Parses and validates a policy file. Throws a one-line UserError on the first problem. */
export function loadPolicyConfig(text: string, file: string, options: LoadConfigOptions = {}): PolicyConfig {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_CONFIG_BYTES) {
    throw inputError(
      { file, field: '(file)' },
      `${Math.ceil(bytes / 1024)} KiB; a policy file may be at most ${MAX_CONFIG_BYTES / 1024} KiB`,
    );
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  const source = text.replace(/^\uFEFF/, '');
  try {
    doc = parseDocument(source, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      version: '1.2',
    });
  } catch (error) {
    // The composer recurses; pathological nesting can exhaust the stack.
    const why = error instanceof RangeError ? 'nesting is too deep' : 'could not be parsed';
    throw inputError({ file, line: 1, field: 'YAML' }, why);
  }
  const reader = new Reader(source, file, doc, lineCounter, options);
  return reader.read();
}

class Reader {
  private aliases = 0;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly lc: LineCounter,
    private readonly options: LoadConfigOptions,
  ) {}

  read(): PolicyConfig {
    const { doc } = this;
    const yamlError = doc.errors[0];
    if (yamlError) {
      const line = this.lc.linePos(yamlError.pos[0]).line;
      const first = yamlError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
      const message = /call stack/i.test(first) ? 'nesting is too deep' : first || 'invalid YAML';
      throw inputError({ file: this.file, line, field: 'YAML' }, message);
    }
    this.checkAliasExpansion();

    const root = doc.contents;
    const expectedRoot = `expected a mapping that starts with "version: ${CONFIG_VERSION}"`;
    if (root === null || (isScalar(root) && root.value === null)) {
      throw inputError({ file: this.file, line: 1, field: '(root)' }, `the file is empty; ${expectedRoot}`);
    }
    const top = this.mapping(root, '(root)', expectedRoot);

    const config: PolicyConfig = {
      file: this.file,
      version: CONFIG_VERSION,
      allowedEndpoints: [],
      jobs: new Map(),
      secrets: [],
      suppressions: [],
      rules: new Map(),
      egress: { allowedEndpoints: [], jobs: new Map() },
    };

    const pairs = this.pairs(top, '', TOP_KEYS);
    const version = pairs.get('version');
    if (!version) {
      throw this.fail(
        top,
        'version',
        `missing; expected "version: ${CONFIG_VERSION}" (the format of this file)`,
      );
    }
    const v = this.resolve(version.value, 'version');
    if (!isScalar(v) || v.value !== CONFIG_VERSION) {
      throw this.fail(v, 'version', `${this.describe(v)} is not supported; expected ${CONFIG_VERSION}`);
    }

    for (const [key, pair] of pairs) {
      const value = this.resolve(pair.value, key);
      switch (key) {
        case '$schema':
          this.string(value, key);
          break;
        case 'version':
          break;
        case 'affinity':
          config.affinity = this.boolean(value, key);
          break;
        case 'allowed-endpoints':
          config.allowedEndpoints = this.endpoints(value, key);
          break;
        case 'jobs':
          config.jobs = this.jobs(value, key);
          break;
        case 'secrets':
          config.secrets = this.secrets(value, key);
          break;
        case 'suppress':
          config.suppressions = this.suppressions(value, key);
          break;
        case 'rules':
          config.rules = this.rules(value, key);
          break;
        case 'egress':
          config.egress = this.egress(value, key);
          break;
      }
    }
    return config;
  }

  // ── sections ────────────────────────────────────────────────────────────────────────────────────────────────

  private jobs(node: Node, field: string): Map<string, Endpoint[]> {
    const out = new Map<string, Endpoint[]>();
    for (const [id, pair] of this.pairs(this.mapping(node, field, 'expected a mapping of job ids'), field)) {
      const at = `${field}.${id}`;
      if (!JOB_ID.test(id)) {
        throw this.fail(pair.key, at, `"${id}" is not a job id; expected letters, digits, "_" and "-"`);
      }
      out.set(id, this.listHolder(this.resolve(pair.value, at), at));
    }
    return out;
  }

  private secrets(node: Node, field: string): { pattern: string; endpoints: Endpoint[] }[] {
    const out: { pattern: string; endpoints: Endpoint[] }[] = [];
    const map = this.mapping(node, field, 'expected a mapping of secret names or NAME_* patterns');
    for (const [pattern, pair] of this.pairs(map, field)) {
      const at = `${field}.${pattern}`;
      const problem = secretPatternProblem(pattern);
      if (problem) throw this.fail(pair.key, at, problem);
      out.push({ pattern, endpoints: this.listHolder(this.resolve(pair.value, at), at) });
    }
    return out;
  }

  /** `{ allowed-endpoints: … }`, the shape of a job or secret entry. */
  private listHolder(node: Node, field: string): Endpoint[] {
    const map = this.mapping(node, field, 'expected a mapping with allowed-endpoints');
    const list = this.pairs(map, field, LIST_KEYS).get('allowed-endpoints');
    return list
      ? this.endpoints(this.resolve(list.value, `${field}.allowed-endpoints`), `${field}.allowed-endpoints`)
      : [];
  }

  private suppressions(node: Node, field: string): Suppression[] {
    if (!isSeq(node)) throw this.fail(node, field, `${this.describe(node)}; expected a list of suppressions`);
    return node.items.map((item, i) => {
      const at = `${field}[${i}]`;
      const map = this.mapping(this.resolve(item, at), at, 'expected a mapping with rule and reason');
      const pairs = this.pairs(map, at, SUPPRESS_KEYS);
      const get = (key: string): Node | undefined => {
        const pair = pairs.get(key);
        return pair ? this.resolve(pair.value, `${at}.${key}`) : undefined;
      };
      const ruleNode = get('rule');
      if (!ruleNode) throw this.fail(map, `${at}.rule`, 'missing; expected the id of the rule to suppress');
      const rule = this.ruleId(ruleNode, `${at}.rule`);
      const reasonNode = get('reason');
      if (!reasonNode) {
        throw this.fail(
          map,
          `${at}.reason`,
          'missing; every suppression needs a reason saying why it is accepted',
        );
      }
      const reason = this.string(reasonNode, `${at}.reason`).trim();
      if (reason === '') {
        throw this.fail(
          reasonNode,
          `${at}.reason`,
          'is empty; every suppression needs a reason saying why it is accepted',
        );
      }
      const s: Suppression = { rule, reason };
      const file = get('file');
      if (file) s.file = this.nonEmpty(file, `${at}.file`, 'a file path or glob');
      const job = get('job');
      if (job) {
        s.job = this.string(job, `${at}.job`, 'a job id');
        if (!JOB_ID.test(s.job)) {
          throw this.fail(
            job,
            `${at}.job`,
            `"${s.job}" is not a job id; expected letters, digits, "_" and "-"`,
          );
        }
      }
      const step = get('step');
      if (step) s.step = this.step(step, `${at}.step`);
      const secret = get('secret');
      if (secret) {
        s.secret = this.string(secret, `${at}.secret`, 'a secret name or NAME_* pattern');
        const problem = secretPatternProblem(s.secret, true);
        if (problem) throw this.fail(secret, `${at}.secret`, problem);
      }
      const destination = get('destination');
      if (destination) {
        s.destination = this.nonEmpty(destination, `${at}.destination`, 'an endpoint');
        const parsed = parseEndpoint(s.destination);
        if ('error' in parsed) throw this.fail(destination, `${at}.destination`, parsed.error);
      }
      return s;
    });
  }

  private rules(node: Node, field: string): Map<string, RuleLevel> {
    const out = new Map<string, RuleLevel>();
    for (const [id, pair] of this.pairs(this.mapping(node, field, 'expected a mapping of rule ids'), field)) {
      const at = `${field}.${id}`;
      this.checkRuleId(id, pair.key, at);
      const value = this.resolve(pair.value, at);
      const level = isScalar(value) ? value.value : undefined;
      if (typeof level !== 'string' || !(RULE_LEVELS as readonly string[]).includes(level)) {
        throw this.fail(value, at, `${this.describe(value)}; expected one of: ${RULE_LEVELS.join(', ')}`);
      }
      out.set(id, level as RuleLevel);
    }
    return out;
  }

  private egress(node: Node, field: string): PolicyConfig['egress'] {
    const map = this.mapping(node, field, 'expected a mapping with fail-on-block, allowed-endpoints, jobs');
    const out: PolicyConfig['egress'] = { allowedEndpoints: [], jobs: new Map() };
    for (const [key, pair] of this.pairs(map, field, EGRESS_KEYS)) {
      const at = `${field}.${key}`;
      const value = this.resolve(pair.value, at);
      if (key === 'fail-on-block') out.failOnBlock = this.boolean(value, at);
      else if (key === 'allowed-endpoints') out.allowedEndpoints = this.endpoints(value, at);
      else out.jobs = this.jobs(value, at);
    }
    return out;
  }

  // ── values ──────────────────────────────────────────────────────────────────────────────────────────────────

  /** A list of entries, or one string of entries separated by spaces, commas or newlines (`#` comments). */
  private endpoints(node: Node, field: string): Endpoint[] {
    if (isScalar(node) && node.value === null) return [];
    if (isSeq(node)) {
      return node.items.map((item, i) => {
        const at = `${field}[${i}]`;
        const value = this.resolve(item, at);
        const parsed = parseEndpoint(
          this.string(value, at, 'an endpoint (host, *.host, host:port, IP or CIDR)'),
        );
        if ('error' in parsed) throw this.fail(value, at, parsed.error);
        return parsed;
      });
    }
    if (isScalar(node) && typeof node.value === 'string') {
      const text = node.value;
      const out: Endpoint[] = [];
      let cursor = node.range?.[0] ?? 0;
      for (const raw of text.split(/\r?\n/).flatMap((l) => l.replace(/#.*/, '').split(/[\s,]+/))) {
        if (raw === '') continue;
        // Find the entry in the source for an exact line; escapes in quoted strings fall back to the start.
        const found = this.sourceIndex(raw, cursor, node);
        if (found >= 0) cursor = found + raw.length;
        const parsed = parseEndpoint(raw);
        if ('error' in parsed) {
          const line = this.lc.linePos(found >= 0 ? found : (node.range?.[0] ?? 0)).line;
          throw inputError({ file: this.file, line, field: `${field}[${out.length}]` }, parsed.error);
        }
        out.push(parsed);
      }
      return out;
    }
    throw this.fail(
      node,
      field,
      `${this.describe(node)}; expected a list of endpoints, or one string of them`,
    );
  }

  /** Offset of an entry of a string list inside the scalar's source range, or -1. */
  private sourceIndex(raw: string, from: number, node: Scalar): number {
    const at = this.text.indexOf(raw, from);
    const end = node.range?.[1];
    return at >= 0 && (end === undefined || at < end) ? at : -1;
  }

  private ruleId(node: Node, field: string): string {
    const id = this.string(node, field, 'a rule id');
    this.checkRuleId(id, node, field);
    return id;
  }

  private checkRuleId(id: string, node: unknown, field: string): void {
    if (!RULE_ID.test(id)) {
      throw this.fail(
        node,
        field,
        `"${id}" is not a rule id; expected kebab-case like secret-to-unlisted-host`,
      );
    }
    const known = this.options.knownRules;
    if (known && !known.has(id)) {
      const hint = closest(id, [...known]);
      throw this.fail(node, field, `unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''}`);
    }
  }

  private step(node: Node, field: string): string {
    if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= 0) {
      return String(node.value);
    }
    return this.nonEmpty(node, field, 'a step id, name, or 0-based index');
  }

  private boolean(node: Node, field: string): boolean {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    throw this.fail(node, field, `${this.describe(node)}; expected true or false`);
  }

  private string(node: Node, field: string, expected = 'a string'): string {
    if (isScalar(node) && typeof node.value === 'string') return node.value;
    throw this.fail(node, field, `${this.describe(node)}; expected ${expected}`);
  }

  private nonEmpty(node: Node, field: string, expected: string): string {
    const value = this.string(node, field, expected).trim();
    if (value === '') throw this.fail(node, field, `is empty; expected ${expected}`);
    return value;
  }

  // ── structure ───────────────────────────────────────────────────────────────────────────────────────────────

  private mapping(node: Node, field: string, expected: string): YAMLMap {
    if (isMap(node)) return node;
    throw this.fail(node, field, `${this.describe(node)}; ${expected}`);
  }

  /** The pairs of a mapping by key; with `allowed`, any other key is an error that suggests the closest one. */
  private pairs(map: YAMLMap, field: string, allowed?: readonly string[]): Map<string, Pair<Node, Node>> {
    const out = new Map<string, Pair<Node, Node>>();
    for (const pair of map.items as Pair<Node, Node>[]) {
      const keyNode = pair.key;
      const key = isScalar(keyNode) ? keyNode.value : undefined;
      const at = (k: string): string => (field ? `${field}.${k}` : k);
      if (typeof key !== 'string' && typeof key !== 'number') {
        throw this.fail(keyNode ?? map, at('(key)'), `${this.describe(keyNode)} as a key; expected a name`);
      }
      const name = String(key);
      if (allowed && !allowed.includes(name)) {
        const hint = closest(name, allowed);
        throw this.fail(
          keyNode,
          at(name),
          `unknown key${hint ? `; did you mean "${hint}"?` : ''} (expected one of: ${allowed.join(', ')})`,
        );
      }
      out.set(name, pair);
    }
    return out;
  }

  /** Follows an alias to its anchor; the number of alias uses is bounded. */
  private resolve(node: unknown, field: string): Node {
    if (isAlias(node)) {
      if (++this.aliases > MAX_ALIAS_COUNT) {
        throw this.fail(node, field, `more than ${MAX_ALIAS_COUNT} aliases; a policy file needs far fewer`);
      }
      const target = node.resolve(this.doc);
      if (!target) throw this.fail(node, field, `alias *${node.source} has no anchor`);
      return this.resolve(target, field);
    }
    if (node === null || node === undefined) {
      // `? key` with no value.
      return new Scalar(null);
    }
    return node as Node;
  }

  /** Rejects documents whose aliases would expand exponentially (billion laughs) before walking them. */
  private checkAliasExpansion(): void {
    try {
      this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      if (error instanceof RangeError)
        throw inputError({ file: this.file, line: 1, field: 'YAML' }, 'nesting is too deep');
      let line = 1;
      visit(this.doc, {
        Alias: (_, alias) => {
          if (alias.range) line = this.lc.linePos(alias.range[0]).line;
          return visit.BREAK;
        },
      });
      throw inputError(
        { file: this.file, line, field: 'YAML' },
        `aliases expand too far (limit ${MAX_ALIAS_COUNT}); write the lists out or share fewer`,
      );
    }
  }

  private lineOf(node: unknown): number | undefined {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return range ? this.lc.linePos(range[0]).line : undefined;
  }

  private fail(node: unknown, field: string, problem: string): UserError {
    return inputError({ file: this.file, line: this.lineOf(node) ?? 1, field }, problem);
  }

  private describe(node: unknown): string {
    if (isMap(node)) return 'a mapping';
    if (isSeq(node)) return 'a list';
    if (isScalar(node)) {
      const v = node.value;
      if (v === null) return 'empty';
      if (typeof v === 'string') return `"${v.length > 60 ? `${v.slice(0, 57)}...` : v}"`;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      return 'a value of an unsupported type';
    }
    if (isAlias(node)) return 'an alias';
    return 'nothing';
  }
}

/** Why a secret name or pattern is unusable, or null. `suppress` may also name the whole-context dumps. */
export function secretPatternProblem(pattern: string, allowWholeContext = false): string | null {
  const lower = pattern.toLowerCase();
  if (lower === SYNTHETIC_SECRETS.oidc.toLowerCase()) return null;
  if (lower === SYNTHETIC_SECRETS.allSecrets || lower === SYNTHETIC_SECRETS.environment) {
    return allowWholeContext
      ? null
      : `"${pattern}" cannot be given endpoints; a host every secret may reach belongs in allowed-endpoints`;
  }
  if (!SECRET_PATTERN.test(pattern)) {
    return `"${pattern}" is not a secret name; expected NAME, a NAME_* pattern, or "${SYNTHETIC_SECRETS.oidc}"`;
  }
  if (/^\*+$/.test(pattern))
    return `"${pattern}" matches every secret; use the top-level allowed-endpoints instead`;
  return null;
}

/** The allowed word closest to a typo (edit distance ≤ 2, or a prefix), for "did you mean". */
function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of options) {
    const d = option.startsWith(word) || word.startsWith(option) ? 1 : distance(word, option);
    if (d < bestDistance) {
      bestDistance = d;
      best = option;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length] ?? 3;
}
