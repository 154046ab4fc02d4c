/**
 * YAML node tree → workflow model. Reads only the keys the analysis needs, straight from the nodes, so every
 * value keeps its position. Wrong shapes in those keys are reported as FileError with the field's path.
 */
import {
  asMap,
  asSeqItems,
  deref,
  entries,
  FileError,
  isMap,
  isScalar,
  isSeq,
  posOf,
  readYaml,
  toStr,
} from './yaml.js';
import type { YamlFile, YMap, YNode, YPair } from './yaml.js';
import { parseUses } from './uses.js';
import { expressionsIn } from './expressions.js';
import type {
  CompositeAction,
  Job,
  ModelFile,
  Permissions,
  Pos,
  Step,
  Str,
  StringMap,
  Trigger,
  Workflow,
} from './types.js';

/** Parses a workflow or action file into the model. Throws FileError for files that cannot be analysed. */
export function buildModel(file: string, content: string | Uint8Array): ModelFile {
  const y = readYaml(file, content);
  const root = deref(y, y.root);
  if (root === null) throw new FileError(file, 1, 'empty file: expected a workflow or action mapping');
  if (!isMap(root)) throw new FileError(file, posOf(y, root).line, 'expected a mapping at the top level');
  const keys = new Set(entries(y, root).map((e) => e.key));
  if (keys.has('runs') && !keys.has('jobs')) return buildAction(y, root);
  if (!keys.has('jobs'))
    throw new FileError(
      file,
      1,
      'no `jobs:` (workflow) or `runs:` (action) key: not a workflow or action file',
    );
  return buildWorkflow(y, root);
}

function fail(y: YamlFile, node: YNode | null | undefined, field: string, expected: string): never {
  throw new FileError(y.file, posOf(y, node ?? null).line, `${field}: expected ${expected}`);
}

function str(y: YamlFile, node: YNode | null, field: string): Str {
  const s = toStr(y, node);
  if (!s) fail(y, node, field, 'a string');
  return s;
}

function optStr(y: YamlFile, node: YNode | null, field: string): Str | undefined {
  return node === null ? undefined : str(y, node, field);
}

function stringMap(y: YamlFile, node: YNode | null, field: string): StringMap {
  const out: StringMap = new Map();
  if (node === null) return out;
  const n = deref(y, node);
  if (n && isScalar(n)) {
    // `env: ${{ fromJSON(...) }}`: a computed mapping; keep it under a pseudo-key so its reads are still seen.
    const s = toStr(y, n);
    if (s && s.value !== '') out.set('*', s);
    return out;
  }
  const map = asMap(y, node);
  if (!map) fail(y, node, field, 'a mapping');
  for (const e of entries(y, map)) {
    // `KEY:` with no value is an empty string to the runner.
    const s =
      e.value === null ? emptyAt(str(y, e.keyNode, field)) : (toStr(y, e.value) ?? flattenToStr(y, e.value));
    out.set(e.key, s);
  }
  return out;
}

/** The empty string a key with no value stands for, positioned at the key. */
function emptyAt(key: Str): Str {
  return { value: '', exprs: [], pos: key.pos, locate: (offset) => key.locate(offset) };
}

/** A non-scalar where a string is expected (e.g. `with: { x: [a, b] }`): keep its text and expressions. */
function flattenToStr(y: YamlFile, node: YNode): Str {
  const { start, end } = node;
  const value = y.text.slice(start, end);
  return {
    value,
    pos: posOf(y, node),
    exprs: expressionsIn(value),
    locate: (offset) => {
      const p = y.lines.linePos(start + Math.min(offset, value.length));
      return { line: p.line, column: p.col };
    },
  };
}

// Each mapping is read key by key. Most are small (a step has a handful of keys), and scanning their pairs beats
// building an index; larger ones are indexed once.
const SCAN_LIMIT = 12;
const indexes = new WeakMap<YMap, Map<string, YNode | null>>();

function index(y: YamlFile, map: YMap): Map<string, YNode | null> {
  let idx = indexes.get(map);
  if (!idx) {
    idx = new Map();
    for (const e of entries(y, map)) if (!idx.has(e.key)) idx.set(e.key, e.value);
    indexes.set(map, idx);
  }
  return idx;
}

/** The pair for `key` in a small map with plain scalar keys, null when absent, undefined when not scannable. */
function scan(map: YMap, key: string): YPair | null | undefined {
  const pairs = map.pairs;
  if (pairs.length > SCAN_LIMIT) return undefined;
  for (const pair of pairs) {
    const k = pair.key;
    // An alias key would charge the alias budget on every lookup: such maps are indexed instead.
    if (k?.kind === 'alias') return undefined;
    if (k?.kind === 'scalar' && k.value === key) return pair;
  }
  return null;
}

function get(y: YamlFile, map: YMap, key: string): YNode | null {
  const pair = scan(map, key);
  if (pair === undefined) return index(y, map).get(key) ?? null;
  return pair === null ? null : deref(y, pair.value);
}

function has(y: YamlFile, map: YMap, key: string): boolean {
  const pair = scan(map, key);
  return pair === undefined ? index(y, map).has(key) : pair !== null;
}

function buildWorkflow(y: YamlFile, root: YMap): Workflow {
  const wfShell = defaultsShell(y, get(y, root, 'defaults'), 'defaults');
  const jobsNode = asMap(y, get(y, root, 'jobs'));
  if (!jobsNode) fail(y, get(y, root, 'jobs'), 'jobs', 'a mapping of job ids to jobs');
  const onNode = get(y, root, 'on') ?? get(y, root, 'true'); // YAML 1.1 readers turn `on` into `true`
  const workflow: Workflow = {
    kind: 'workflow',
    file: y.file,
    source: y.text,
    on: triggers(y, onNode),
    env: stringMap(y, get(y, root, 'env'), 'env'),
    jobs: [],
    callSecrets: callSecrets(y, onNode),
  };
  const name = optStr(y, get(y, root, 'name'), 'name');
  if (name) workflow.name = name;
  const perms = permissions(y, get(y, root, 'permissions'), 'permissions');
  if (perms) workflow.permissions = perms;
  if (wfShell) workflow.defaultsShell = wfShell;
  for (const e of entries(y, jobsNode)) {
    workflow.jobs.push(buildJob(y, e.key, e.value, e.keyNode, wfShell));
  }
  return workflow;
}

function triggers(y: YamlFile, node: YNode | null): Trigger[] {
  const n = deref(y, node);
  if (!n) return [];
  if (isScalar(n)) return [{ event: n.value, pos: posOf(y, n) }];
  if (isSeq(n))
    return (asSeqItems(y, n) ?? []).map((i) => ({ event: toStr(y, i)?.value ?? '', pos: posOf(y, i) }));
  if (isMap(n)) return entries(y, n).map((e) => ({ event: e.key, pos: posOf(y, e.keyNode) }));
  return [];
}

function callSecrets(y: YamlFile, node: YNode | null): string[] {
  const on = asMap(y, node);
  const call = on && asMap(y, get(y, on, 'workflow_call'));
  const secrets = call && asMap(y, get(y, call, 'secrets'));
  return secrets ? entries(y, secrets).map((e) => e.key) : [];
}

function defaultsShell(y: YamlFile, node: YNode | null, field: string): Str | undefined {
  const defaults = asMap(y, node);
  const run = defaults && asMap(y, get(y, defaults, 'run'));
  return run ? optStr(y, get(y, run, 'shell'), `${field}.run.shell`) : undefined;
}

function permissions(y: YamlFile, node: YNode | null, field: string): Permissions | undefined {
  const n = deref(y, node);
  if (!n) return undefined;
  const pos = posOf(y, n);
  if (isScalar(n)) {
    const v = n.value;
    return v === 'read-all' || v === 'write-all'
      ? { pos, all: v, scopes: new Map() }
      : { pos, scopes: new Map() };
  }
  const map = asMap(y, n);
  if (!map) fail(y, n, field, 'read-all, write-all or a mapping of scopes');
  const scopes = new Map<string, string>();
  for (const e of entries(y, map)) scopes.set(e.key, toStr(y, e.value)?.value ?? '');
  return { pos, scopes };
}

function buildJob(
  y: YamlFile,
  id: string,
  node: YNode | null,
  keyNode: YNode,
  wfShell: Str | undefined,
): Job {
  const field = `jobs.${id}`;
  const map = asMap(y, node);
  if (!map) fail(y, node ?? keyNode, field, 'a mapping');
  const jobShell = defaultsShell(y, get(y, map, 'defaults'), `${field}.defaults`) ?? wfShell;
  const job: Job = {
    id,
    pos: posOf(y, keyNode),
    env: stringMap(y, get(y, map, 'env'), `${field}.env`),
    services: new Map(),
    needs: listOfStrings(y, get(y, map, 'needs')),
    outputs: stringMap(y, get(y, map, 'outputs'), `${field}.outputs`),
    steps: [],
  };
  const name = optStr(y, get(y, map, 'name'), `${field}.name`);
  if (name) job.name = name;
  const runsOn = deref(y, get(y, map, 'runs-on'));
  if (runsOn) job.runsOn = runsOnLabels(y, runsOn);
  const perms = permissions(y, get(y, map, 'permissions'), `${field}.permissions`);
  if (perms) job.permissions = perms;
  const envNode = deref(y, get(y, map, 'environment'));
  if (envNode)
    job.environment = isMap(envNode)
      ? str(y, get(y, envNode, 'name'), `${field}.environment.name`)
      : str(y, envNode, `${field}.environment`);
  const ifStr = optStr(y, get(y, map, 'if'), `${field}.if`);
  if (ifStr) job.if = ifStr;
  if (jobShell) job.defaultsShell = jobShell;

  const container = deref(y, get(y, map, 'container'));
  if (container) job.container = containerSpec(y, container, `${field}.container`);
  const services = asMap(y, get(y, map, 'services'));
  if (services)
    for (const e of entries(y, services))
      if (e.value) job.services.set(e.key, containerSpec(y, e.value, `${field}.services.${e.key}`));

  const strategy = asMap(y, get(y, map, 'strategy'));
  const matrixNode = strategy ? deref(y, get(y, strategy, 'matrix')) : null;
  if (matrixNode) job.matrix = matrix(y, matrixNode);

  const uses = optStr(y, get(y, map, 'uses'), `${field}.uses`);
  if (uses) {
    const secretsNode = deref(y, get(y, map, 'secrets'));
    const secrets =
      secretsNode === null
        ? null
        : isScalar(secretsNode) && secretsNode.value === 'inherit'
          ? 'inherit'
          : stringMap(y, secretsNode, `${field}.secrets`);
    job.call = { uses: parseUses(uses), with: stringMap(y, get(y, map, 'with'), `${field}.with`), secrets };
    return job;
  }
  const stepsNode = get(y, map, 'steps');
  if (stepsNode !== null) {
    const items = asSeqItems(y, stepsNode);
    if (!items) fail(y, stepsNode, `${field}.steps`, 'a list of steps');
    const os = labelsText(job.runsOn);
    job.steps = items.map((s, i) => buildStep(y, s, i, `${field}.steps[${i}]`, jobShell, os));
  }
  return job;
}

function runsOnLabels(y: YamlFile, n: YNode): Str | Str[] {
  if (isScalar(n)) return str(y, n, 'runs-on');
  if (isSeq(n)) return (asSeqItems(y, n) ?? []).map((i) => str(y, i, 'runs-on[]'));
  const map = asMap(y, n);
  const labels = map ? get(y, map, 'labels') : null;
  const group = map ? get(y, map, 'group') : null;
  if (labels) return runsOnLabels(y, labels);
  return group ? str(y, group, 'runs-on.group') : str(y, n, 'runs-on');
}

function labelsText(runsOn: Str | Str[] | undefined): string {
  if (!runsOn) return '';
  return (Array.isArray(runsOn) ? runsOn : [runsOn]).map((s) => s.value.toLowerCase()).join(' ');
}

function listOfStrings(y: YamlFile, node: YNode | null): string[] {
  const n = deref(y, node);
  if (!n) return [];
  if (isScalar(n)) return [n.value];
  return (asSeqItems(y, n) ?? []).map((i) => toStr(y, i)?.value ?? '').filter((s) => s !== '');
}

function containerSpec(
  y: YamlFile,
  n: YNode,
  field: string,
): { image?: Str; env: StringMap; credentials: StringMap } {
  if (isScalar(n)) return { image: str(y, n, field), env: new Map(), credentials: new Map() };
  const map = asMap(y, n);
  if (!map) fail(y, n, field, 'an image name or a mapping');
  const spec: { image?: Str; env: StringMap; credentials: StringMap } = {
    env: stringMap(y, get(y, map, 'env'), `${field}.env`),
    credentials: stringMap(y, get(y, map, 'credentials'), `${field}.credentials`),
  };
  const image = optStr(y, get(y, map, 'image'), `${field}.image`);
  if (image) spec.image = image;
  return spec;
}

function matrix(y: YamlFile, n: YNode): { pos: Pos; values: Map<string, Str[]> } {
  const values = new Map<string, Str[]>();
  const add = (key: string, s: Str | null) => {
    if (!s) return;
    const list = values.get(key) ?? [];
    list.push(s);
    values.set(key, list);
  };
  const map = asMap(y, n);
  if (!map) {
    // `matrix: ${{ fromJSON(needs.x.outputs.m) }}`: computed; values unknown.
    const s = toStr(y, n);
    if (s) add('*', s);
    return { pos: posOf(y, n), values };
  }
  for (const e of entries(y, map)) {
    const items = asSeqItems(y, e.value);
    if (e.key === 'include' || e.key === 'exclude') {
      if (e.key === 'exclude') continue;
      for (const item of items ?? []) {
        const m = asMap(y, item);
        if (m)
          for (const kv of entries(y, m))
            add(kv.key, toStr(y, kv.value) ?? (kv.value ? flattenToStr(y, kv.value) : null));
      }
    } else if (items) {
      for (const item of items) add(e.key, toStr(y, item) ?? flattenToStr(y, item));
    } else if (e.value) {
      add(e.key, toStr(y, e.value) ?? flattenToStr(y, e.value));
    }
  }
  return { pos: posOf(y, n), values };
}

function buildStep(
  y: YamlFile,
  node: YNode,
  index: number,
  field: string,
  jobShell: Str | undefined,
  os: string,
): Step {
  const map = asMap(y, node);
  if (!map) fail(y, node, field, 'a mapping with `run:` or `uses:`');
  const pos = posOf(y, node);
  const run = optStr(y, get(y, map, 'run'), `${field}.run`);
  const usesStr = optStr(y, get(y, map, 'uses'), `${field}.uses`);
  const stepShell = optStr(y, get(y, map, 'shell'), `${field}.shell`);
  const shell = stepShell?.value ?? jobShell?.value ?? (os.includes('windows') ? 'pwsh' : 'bash');
  const step: Step = {
    index,
    label: '',
    pos,
    env: stringMap(y, get(y, map, 'env'), `${field}.env`),
    shell,
    shellExplicit: Boolean(stepShell ?? jobShell),
    with: stringMap(y, get(y, map, 'with'), `${field}.with`),
    lines: { first: pos.line, last: pos.endLine },
  };
  const id = optStr(y, get(y, map, 'id'), `${field}.id`);
  if (id) step.id = id.value;
  const name = optStr(y, get(y, map, 'name'), `${field}.name`);
  if (name) step.name = name;
  if (run) step.run = run;
  if (usesStr) step.uses = parseUses(usesStr);
  const ifStr = optStr(y, get(y, map, 'if'), `${field}.if`);
  if (ifStr) step.if = ifStr;
  const wd = optStr(y, get(y, map, 'working-directory'), `${field}.working-directory`);
  if (wd) step.workingDirectory = wd;
  const coe = optStr(y, get(y, map, 'continue-on-error'), `${field}.continue-on-error`);
  if (coe) step.continueOnError = coe;
  step.label = name?.value ?? (run ? firstLine(run.value) : usesStr ? usesStr.value : `step ${index + 1}`);
  if (!run && !usesStr && !has(y, map, 'run') && !has(y, map, 'uses')) {
    fail(y, node, field, 'a step with `run:` or `uses:`');
  }
  return step;
}

function firstLine(script: string): string {
  const line = script.split('\n').find((l) => l.trim() !== '') ?? '';
  return `Run ${line.trim()}`.slice(0, 80);
}

function buildAction(y: YamlFile, root: YMap): CompositeAction {
  const runs = asMap(y, get(y, root, 'runs'));
  if (!runs) fail(y, get(y, root, 'runs'), 'runs', 'a mapping with `using:`');
  const using = str(y, get(y, runs, 'using'), 'runs.using').value;
  const action: CompositeAction = {
    kind: 'action',
    file: y.file,
    source: y.text,
    using,
    inputs: new Map(),
    steps: [],
  };
  const name = optStr(y, get(y, root, 'name'), 'name');
  if (name) action.name = name;
  const inputs = asMap(y, get(y, root, 'inputs'));
  if (inputs) {
    for (const e of entries(y, inputs)) {
      const spec = asMap(y, e.value);
      const def = spec ? optStr(y, get(y, spec, 'default'), `inputs.${e.key}.default`) : undefined;
      action.inputs.set(e.key, { pos: posOf(y, e.keyNode), ...(def ? { default: def } : {}) });
    }
  }
  if (using === 'composite') {
    const items = asSeqItems(y, get(y, runs, 'steps'));
    if (!items) fail(y, get(y, runs, 'steps') ?? runs, 'runs.steps', 'a list of steps');
    // Composite steps must name their shell; there is no job default to inherit.
    action.steps = items.map((s, i) => buildStep(y, s, i, `runs.steps[${i}]`, undefined, ''));
  }
  return action;
}
