/**
 * A generated organisation for sweep tests and the sweep benchmark: clean release repositories mixed with
 * GhostAction- and Shai-Hulud-style ones, archived, empty and workflow-less repositories.
 */
import type { FakeGitHub, FakeRepoSpec } from '../support/fake-github.js';
import {
  CI,
  NOTIFY_ACTION,
  PYPI_RELEASE,
  SHA1HULUD_DISCUSSION,
  SHAI_HULUD,
  USES_LOCAL_ACTION,
  ghostAction,
} from './workflows.js';

export type RepoKind =
  | 'clean'
  | 'ghostaction'
  | 'shai-hulud'
  | 'discussion-backdoor'
  | 'composite-exfil'
  | 'archived'
  | 'empty'
  | 'no-workflows'
  | 'ioc-name'
  | 'forbidden';

export interface OrgRepo {
  fullName: string;
  kind: RepoKind;
  spec: FakeRepoSpec;
}

const CYCLE: RepoKind[] = [
  'ghostaction',
  'shai-hulud',
  'archived',
  'empty',
  'no-workflows',
  'discussion-backdoor',
  'composite-exfil',
  'clean',
  'clean',
  'clean',
];

function filesOf(kind: RepoKind, i: number): Record<string, string> | undefined {
  const base = { 'README.md': `# repo ${i}\n`, '.github/workflows/ci.yml': CI };
  switch (kind) {
    case 'clean':
      return { ...base, '.github/workflows/release.yml': PYPI_RELEASE };
    case 'ghostaction':
    case 'archived':
      return { ...base, '.github/workflows/github_actions_security.yml': ghostAction() };
    case 'shai-hulud':
      return { ...base, '.github/workflows/shai-hulud-workflow.yml': SHAI_HULUD };
    case 'discussion-backdoor':
      return { ...base, '.github/workflows/discussion.yaml': SHA1HULUD_DISCUSSION };
    case 'composite-exfil':
      return {
        ...base,
        '.github/workflows/notify.yml': USES_LOCAL_ACTION,
        '.github/actions/notify/action.yml': NOTIFY_ACTION,
      };
    case 'no-workflows':
    case 'ioc-name':
      return { 'README.md': `# repo ${i}\n`, 'results.b64': 'e30=\n' };
    case 'forbidden':
      return base;
    case 'empty':
      return undefined;
  }
}

/** `count` repositories cycling through the kinds, plus (with `extras`) an IoC-named and an unreadable one. */
export function generateOrg(
  org: string,
  count: number,
  options: { extras?: boolean; kinds?: RepoKind[] } = {},
): OrgRepo[] {
  const kinds = options.kinds ?? CYCLE;
  const repos: OrgRepo[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length] ?? 'clean';
    const files = filesOf(kind, i);
    const spec: FakeRepoSpec = kind === 'empty' ? { empty: true } : { files: files ?? {} };
    if (kind === 'archived') spec.archived = true;
    repos.push({ fullName: `${org}/repo-${String(i).padStart(4, '0')}`, kind, spec });
  }
  if (options.extras) {
    repos.push({
      fullName: `${org}/s1ngularity-repository-0`,
      kind: 'ioc-name',
      spec: { files: filesOf('ioc-name', 0) ?? {} },
    });
    repos.push({
      fullName: `${org}/locked`,
      kind: 'forbidden',
      spec: { forbidden: true, files: filesOf('forbidden', 0) ?? {} },
    });
  }
  return repos;
}

export function addOrg(gh: FakeGitHub, repos: OrgRepo[]): void {
  for (const r of repos) gh.addRepo(r.fullName, r.spec);
}
