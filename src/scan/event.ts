/**
 * From a workflow event to a changed-files scan: which repository, which base and head commits, which files.
 * Ruleset (required) workflows run on pull_request, pull_request_target and merge_group; a trusted workflow of
 * the repository may also run on push. Every file is read through the API at a commit SHA.
 */
import type { ChangedFile, GitHubClient } from '../github/types.js';
import type { Policy } from '../policy/types.js';
import { UserError } from '../errors.js';
import { scanChanged, type ChangedScanResult, type ChangeSpec } from './changed.js';
import type { IocSet } from './ioc.js';
import { apiRevisionSource } from './source.js';

export const CHANGED_SCOPE_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'push'] as const;

export interface EventChange extends ChangeSpec {
  repository: string;
  /** Where the file list comes from. */
  filesFrom: 'payload' | 'compare';
}

const ZERO_SHA = /^0{40}$/;
/** GitHub lists at most this many commits in a push payload; beyond it the list is incomplete. */
const PUSH_COMMIT_LIMIT = 2048;

/** Reads base, head and (for push) the changed files from an event payload. Throws UserError when it cannot. */
export function changeOfEvent(eventName: string, payload: unknown): EventChange | null {
  const repository = str(get(payload, 'repository', 'full_name'));
  if (!repository) throw new UserError(`scope: changed: the ${eventName} event payload names no repository`);
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const base = str(get(payload, 'pull_request', 'base', 'sha'));
      const head = str(get(payload, 'pull_request', 'head', 'sha'));
      if (!base || !head)
        throw new UserError(`scope: changed: the ${eventName} payload has no base or head SHA`);
      return { repository, base, head, filesFrom: 'compare' };
    }
    case 'merge_group': {
      const base = str(get(payload, 'merge_group', 'base_sha'));
      const head = str(get(payload, 'merge_group', 'head_sha'));
      if (!base || !head)
        throw new UserError('scope: changed: the merge_group payload has no base_sha or head_sha');
      return { repository, base, head, filesFrom: 'compare' };
    }
    case 'push': {
      const head = str(get(payload, 'after'));
      if (!head) throw new UserError('scope: changed: the push payload has no "after" commit');
      if (ZERO_SHA.test(head) || get(payload, 'deleted') === true) return null; // a deleted branch: nothing to scan
      const before = str(get(payload, 'before'));
      // A new branch has no "before"; compare with the default branch so its existing workflows are not "new".
      const defaultBranch = str(get(payload, 'repository', 'default_branch'));
      const base = before && !ZERO_SHA.test(before) ? before : (defaultBranch ?? null);
      const commits = get(payload, 'commits');
      const forced = get(payload, 'forced') === true;
      if (Array.isArray(commits) && commits.length < PUSH_COMMIT_LIMIT && !forced && base === before) {
        return { repository, base, head, changedFiles: pushedFiles(commits), filesFrom: 'payload' };
      }
      if (!base)
        throw new UserError('scope: changed: the push payload has neither a "before" commit nor a branch');
      return { repository, base, head, filesFrom: 'compare' };
    }
    default:
      throw new UserError(
        `scope: changed does not support the ${eventName} event; it runs on ${CHANGED_SCOPE_EVENTS.join(', ')} ` +
          `(use scope: repository for other events)`,
      );
  }
}

/** The net effect of a push's commits on each path, in commit order. */
export function pushedFiles(commits: unknown[]): ChangedFile[] {
  const status = new Map<string, ChangedFile['status']>();
  for (const commit of commits) {
    for (const path of strings(get(commit, 'added'))) {
      status.set(path, status.get(path) === 'removed' ? 'modified' : 'added');
    }
    for (const path of strings(get(commit, 'modified'))) {
      if (status.get(path) !== 'added') status.set(path, 'modified');
    }
    for (const path of strings(get(commit, 'removed'))) {
      if (status.get(path) === 'added') status.delete(path);
      else status.set(path, 'removed');
    }
  }
  return [...status].map(([path, s]) => ({ path, status: s }));
}

export interface EventScanResult extends ChangedScanResult {
  repository: string;
  eventName: string;
  filesFrom: EventChange['filesFrom'] | 'none';
}

/** `scope: changed` for the running event. */
export async function scanForEvent(
  eventName: string,
  payload: unknown,
  client: GitHubClient,
  policy: Policy,
  options: { iocs?: IocSet | false; githubHost?: string } = {},
): Promise<EventScanResult> {
  const change = changeOfEvent(eventName, payload);
  if (!change) {
    const repository = str(get(payload, 'repository', 'full_name')) ?? '';
    const empty = {
      repository,
      ref: '',
      files: [],
      findings: [],
      iocs: [],
      sources: new Map<string, string>(),
    };
    return {
      result: empty,
      introduced: [],
      scanned: [],
      listing: 'given',
      base: null,
      head: '',
      repository,
      eventName,
      filesFrom: 'none',
    };
  }
  const scan = await scanChanged(apiRevisionSource(client, change.repository), change, policy, options);
  return { ...scan, repository: change.repository, eventName, filesFrom: change.filesFrom };
}

function get(value: unknown, ...keys: string[]): unknown {
  let cur = value;
  for (const key of keys) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
