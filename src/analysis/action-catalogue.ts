/**
 * The catalogue of popular actions (data/actions.json): where each one sends what it receives, which of its
 * inputs are credentials, and which input (or env variable) names its destination.
 */
import catalogueData from '../../data/actions.json' with { type: 'json' };
import { DOCKER_HUB, hostFromText, type DestinationHint } from './destinations.js';

interface InputDestination {
  /** How to read the input: a DestinationHint, or `registry-list` for docker tags (comma/newline list). */
  hint: DestinationHint | 'registry-list';
  /** false: the input's host is added to `hosts`; true (default): it replaces them. */
  replaces?: boolean;
}

interface CatalogueEntry {
  hosts: string[];
  inputs?: Record<string, InputDestination>;
  env?: Record<string, InputDestination>;
  templates?: string[];
  secretInputs: string[];
  sendsEnv?: string[];
  local?: boolean;
  configured?: boolean;
  notes: string;
  source: string;
  date: string;
}

export interface ActionInfo {
  /** Hosts the action sends its credentials to. Empty with `local` (no network) or when unresolved. */
  destinations: string[];
  /** The hosts the catalogue documents for the action, before any input points it elsewhere. */
  documented: string[];
  /** Inputs documented as credentials. */
  secretInputs: string[];
  /** Environment variables the action reads and sends. */
  sendsEnv?: string[];
  /** Destination inputs/env whose value is not static: the destination is then (partly) unknown. */
  unresolved: string[];
  /** The action does not use the network. */
  local: boolean;
  /** Further destinations come from a config file the action reads (goreleaser, gradle). */
  configured: boolean;
  notes: string;
  /** The catalogue key that matched (`owner/name`). */
  key: string;
  source: string;
}

const entries = new Map<string, CatalogueEntry>();
for (const [key, value] of Object.entries(
  (catalogueData as { actions: Record<string, CatalogueEntry> }).actions,
)) {
  entries.set(key.toLowerCase(), value);
}

/** `owner/name[/path][@ref]` → the catalogue entry: the full path first, then `owner/name`. */
function find(repo: string): [string, CatalogueEntry] | null {
  const clean = repo.replace(/@.*$/, '').toLowerCase();
  const segments = clean.split('/');
  for (let n = segments.length; n >= 2; n--) {
    const key = segments.slice(0, n).join('/');
    const e = entries.get(key);
    if (e) return [key, e];
  }
  return null;
}

function hostsOf(value: string, hint: InputDestination['hint']): string[] {
  if (hint === 'registry-list') {
    return value
      .split(/[\s,]+/)
      .filter((t) => t !== '')
      .flatMap((t) => {
        const h = hostFromText(t, 'registry');
        return h ? [h.host] : [];
      });
  }
  const h = hostFromText(value, hint);
  if (!h) return [];
  if (hint === 'registry' && h.host === DOCKER_HUB)
    return ['registry-1.docker.io', 'index.docker.io', 'auth.docker.io'];
  return [h.host];
}

/**
 * What a `uses:` action does with what it receives. `withInputs` maps input names to their static values (null
 * when an input is set but not static); `env` likewise for the step's env (for actions configured by env).
 * Returns null for actions not in the catalogue.
 */
export function lookupAction(
  repo: string,
  withInputs: Map<string, string | null>,
  env: Map<string, string | null> = new Map(),
): ActionInfo | null {
  const found = find(repo);
  if (!found) return null;
  const [key, e] = found;
  const inputValue = (name: string, from: Map<string, string | null>): string | null | undefined => {
    for (const [k, v] of from) if (k.toLowerCase() === name.toLowerCase()) return v;
    return undefined;
  };
  let hosts = [...e.hosts];
  const extra: string[] = [];
  const unresolved: string[] = [];
  const apply = (
    specs: Record<string, InputDestination> | undefined,
    from: Map<string, string | null>,
    label: string,
  ) => {
    for (const [name, spec] of Object.entries(specs ?? {})) {
      const value = inputValue(name, from);
      if (value === undefined || value === '') continue;
      if (value === null) {
        unresolved.push(`${label}${name}`);
        if (spec.replaces !== false) hosts = [];
        continue;
      }
      const found = hostsOf(value, spec.hint);
      if (spec.replaces === false) extra.push(...found);
      else hosts = found;
      if (found.length === 0) unresolved.push(`${label}${name}`);
    }
  };
  apply(e.inputs, withInputs, 'with.');
  apply(e.env, env, 'env.');
  for (const t of e.templates ?? []) {
    let ok = true;
    const host = t.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const v = inputValue(name, withInputs);
      if (typeof v !== 'string' || !/^[A-Za-z0-9.-]+$/.test(v)) ok = false;
      return typeof v === 'string' ? v.toLowerCase() : '';
    });
    if (ok) extra.push(host);
    else unresolved.push(t);
  }
  const destinations = [...new Set([...hosts, ...extra])];
  const info: ActionInfo = {
    destinations,
    documented: [...e.hosts],
    secretInputs: e.secretInputs,
    unresolved,
    local: e.local === true,
    configured: e.configured === true,
    notes: e.notes,
    key,
    source: e.source,
  };
  if (e.sendsEnv) info.sendsEnv = e.sendsEnv;
  return info;
}

/** Every catalogued action key (for documentation and tests). */
export function catalogueKeys(): string[] {
  return [...entries.keys()];
}
