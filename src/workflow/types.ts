/**
 * The workflow model: a typed, positioned view of a workflow or composite action file. Only what the analysis
 * needs is modelled; every node keeps its location so that findings point at the exact line and column.
 */

/** 1-based line and column in a file. `endLine`/`endColumn` are inclusive of the last character. */
export interface Pos {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A string value from the YAML, with its position and the `${{ }}` expressions it contains. */
export interface Str {
  value: string;
  pos: Pos;
  /** Expressions in the order they appear. Empty for a plain literal. */
  exprs: ExprRef[];
  /**
   * Maps an offset in `value` to a file position. Exact for block scalars (`run: |`) and plain scalars; for
   * quoted and folded scalars it is exact at line granularity.
   */
  locate(offset: number): { line: number; column: number };
}

/** One `${{ … }}` occurrence inside a string. */
export interface ExprRef {
  /** The source text between `${{` and `}}`, trimmed. */
  text: string;
  /** Offsets of `${{` and one past `}}` in the containing string's value. */
  start: number;
  end: number;
  /** What the expression reads, from GitHub's expression parser. */
  reads: ContextRead[];
  /** True when the whole expression is `toJSON(secrets)`/`toJSON(env)`-like: it serialises an entire context. */
  dumps: string[];
  /** A parse error from @actions/expressions, if any (the expression is then treated as reading nothing known). */
  error?: string;
}

/**
 * A read of a context path, e.g. `secrets.NPM_TOKEN` → { context: 'secrets', path: ['NPM_TOKEN'] }.
 * A computed index (`secrets[format('{0}_TOKEN', matrix.x)]`) yields path `['*']`.
 */
export interface ContextRead {
  context: string;
  path: string[];
}

export type StringMap = Map<string, Str>;

export interface Step {
  /** 0-based index within the job. */
  index: number;
  id?: string;
  name?: Str;
  /** A label for messages: name, else `run`'s first line, else `uses`. */
  label: string;
  pos: Pos;
  if?: Str;
  env: StringMap;
  run?: Str;
  /** Effective shell: step `shell`, else job/workflow `defaults.run.shell`, else the runner default (`bash`). */
  shell: string;
  /** True when `shell` was given explicitly somewhere (else the OS default applies). */
  shellExplicit: boolean;
  workingDirectory?: Str;
  uses?: Uses;
  with: StringMap;
  continueOnError?: Str;
  /** Lines the step spans, for matching suppression comments and showing source. */
  lines: { first: number; last: number };
}

export interface Uses {
  /** The raw `uses:` value. */
  raw: Str;
  kind: 'action' | 'local' | 'docker' | 'reusable-workflow';
  /** `owner/repo` for remote actions, lower-cased. */
  repo?: string;
  /** Sub-path inside the repository, if any (`owner/repo/path@ref`). */
  path?: string;
  ref?: string;
  /** True when `ref` is a full 40-hex commit SHA. */
  pinned: boolean;
  /** For `uses: ./path`: the resolved composite action, when its action.yml was found. */
  composite?: CompositeAction;
}

export interface Job {
  id: string;
  name?: Str;
  pos: Pos;
  runsOn?: Str | Str[];
  env: StringMap;
  permissions?: Permissions;
  environment?: Str;
  container?: { image?: Str; env: StringMap; credentials: StringMap };
  services: Map<string, { image?: Str; env: StringMap; credentials: StringMap }>;
  matrix?: { pos: Pos; values: Map<string, Str[]> };
  defaultsShell?: Str;
  if?: Str;
  needs: string[];
  outputs: StringMap;
  steps: Step[];
  /** A job that calls a reusable workflow (`uses:` at job level). */
  call?: { uses: Uses; with: StringMap; secrets: StringMap | 'inherit' | null };
}

export interface Permissions {
  pos: Pos;
  /** `read-all`, `write-all`, or a per-scope map. */
  all?: 'read-all' | 'write-all';
  scopes: Map<string, string>;
}

export interface Trigger {
  event: string;
  pos: Pos;
}

export interface Workflow {
  kind: 'workflow';
  /** The path used in findings (repo-relative when known). */
  file: string;
  /** The raw text, kept for showing source lines and reading comments. */
  source: string;
  name?: Str;
  on: Trigger[];
  env: StringMap;
  permissions?: Permissions;
  defaultsShell?: Str;
  jobs: Job[];
  /** Secrets a `workflow_call` workflow declares it receives. */
  callSecrets: string[];
}

/** A composite action (`runs.using: composite`) or another action.yml, modelled as a single pseudo job. */
export interface CompositeAction {
  kind: 'action';
  file: string;
  source: string;
  name?: Str;
  using: string;
  inputs: Map<string, { default?: Str; pos: Pos }>;
  steps: Step[];
}

export interface LineSuppression {
  rule: string;
  reason: string;
  line: number;
}

export type ModelFile = Workflow | CompositeAction;
