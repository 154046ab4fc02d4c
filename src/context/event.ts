/**
 * What the triggering event says: whether the push that started this run added or changed the running workflow
 * (the GhostAction shape: a pushed workflow runs at once, with the repository's secrets), and whether a pull
 * request comes from a fork (secrets withheld, or, for pull_request_target, present with outside code).
 */
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { EventFacts } from './types.js';

const PUSH_COMMIT_LIMIT = 2048;
const FORK_SECRETLESS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

/**
 * Pure. `workflowRepository`, when given, must be the payload's repository for a push to have touched the file
 * (a reusable workflow from another repository is never changed by this push).
 */
export function readEvent(
  eventName: string,
  payload: unknown,
  workflowPath: string,
  workflowRepository?: string,
): EventFacts {
  const facts: EventFacts = {
    eventName,
    workflowAdded: false,
    workflowModified: false,
    touchingCommits: [],
    forkPullRequest: false,
    forkPullRequestTarget: false,
    commitsTruncated: false,
  };
  const body = record(payload);
  if (!body) return facts;

  if (eventName === 'push') {
    const repo = str(record(body.repository)?.full_name);
    if (workflowRepository && repo && repo.toLowerCase() !== workflowRepository.toLowerCase()) return facts;
    const commits = Array.isArray(body.commits) ? body.commits.map(record) : [];
    const head = record(body.head_commit);
    // head_commit is normally the last of `commits`; it alone is listed when `commits` was cut.
    const all = head && !commits.some((c) => c && str(c.id) === str(head.id)) ? [...commits, head] : commits;
    const path = workflowPath.replace(/^\.\//, '');
    for (const commit of all) {
      if (!commit) continue;
      const added = strings(commit.added).includes(path);
      const modified = strings(commit.modified).includes(path);
      if (added) facts.workflowAdded = true;
      else if (modified) facts.workflowModified = true;
      if (added || modified) facts.touchingCommits.push((str(commit.id) ?? '').slice(0, 7));
    }
    // Added then edited in the same push is still a new file.
    if (facts.workflowAdded) facts.workflowModified = false;
    facts.commitsTruncated = commits.length >= PUSH_COMMIT_LIMIT;
    return facts;
  }

  const pr = record(body.pull_request);
  if (pr) {
    const headRef = record(pr.head);
    const head = record(headRef?.repo);
    const base = record(record(pr.base)?.repo);
    const headName = str(head?.full_name);
    const baseName = str(base?.full_name);
    if (headName) facts.headRepository = headName;
    // A deleted fork has no head repository at all: it came from outside as well.
    const fork =
      (headRef !== null && headRef.repo === null) ||
      head?.fork === true ||
      (headName !== undefined && baseName !== undefined && headName.toLowerCase() !== baseName.toLowerCase());
    if (fork && FORK_SECRETLESS.has(eventName)) facts.forkPullRequest = true;
    if (fork && eventName === 'pull_request_target') facts.forkPullRequestTarget = true;
  }
  return facts;
}

/** Reads GITHUB_EVENT_PATH; an absent path or file reads as no payload (e.g. a local run). */
export async function loadEventPayload(path: string | undefined): Promise<unknown> {
  if (!path) return null;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UserError(`GITHUB_EVENT_PATH ${path}: not valid JSON`);
  }
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * A push payload lists at most 2048 commits. When it was cut and did not show the workflow being touched, the
 * compare API between `before` and `after` settles it.
 */
export async function completePushFacts(
  facts: EventFacts,
  payload: unknown,
  compare: (base: string, head: string) => Promise<{ path: string; status: string }[]>,
  workflowPath: string,
): Promise<EventFacts> {
  if (
    facts.eventName !== 'push' ||
    !facts.commitsTruncated ||
    facts.workflowAdded ||
    facts.workflowModified
  ) {
    return facts;
  }
  const body = record(payload);
  const before = str(body?.before) ?? '';
  const after = str(body?.after) ?? '';
  // A new branch has no `before` commit to compare with.
  if (!/^[0-9a-f]{40}$/.test(before) || /^0+$/.test(before) || !/^[0-9a-f]{40}$/.test(after)) return facts;
  const file = (await compare(before, after)).find((f) => f.path === workflowPath.replace(/^\.\//, ''));
  if (!file) return facts;
  const added = file.status === 'added' || file.status === 'copied';
  const modified =
    !added && (file.status === 'modified' || file.status === 'renamed' || file.status === 'changed');
  return { ...facts, workflowAdded: added, workflowModified: modified };
}
