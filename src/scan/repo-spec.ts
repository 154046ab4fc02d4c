/** `OWNER/REPO[@REF]` as typed on the command line, checked against GitHub's naming rules. */
import { UserError } from '../errors.js';

export interface RepoSpec {
  owner: string;
  repo: string;
  /** `owner/repo`. */
  fullName: string;
  /** Branch, tag or commit SHA; undefined means the default branch. */
  ref?: string;
}

// GitHub: owners are alphanumeric with single inner hyphens (≤ 39); repositories use [A-Za-z0-9._-] (≤ 100).
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

export function parseRepoSpec(spec: string): RepoSpec {
  const text = spec.trim();
  const expected = 'expected OWNER/REPO or OWNER/REPO@REF, e.g. octo-org/api@main';
  if (text === '') throw new UserError(`repository: empty; ${expected}`);
  const at = text.indexOf('@');
  const name = at === -1 ? text : text.slice(0, at);
  const ref = at === -1 ? undefined : text.slice(at + 1);
  const parts = name.split('/');
  if (parts.length !== 2) throw new UserError(`repository "${text}": not OWNER/REPO; ${expected}`);
  const [owner = '', repo = ''] = parts;
  if (!OWNER.test(owner)) {
    throw new UserError(
      `repository "${text}": owner "${owner}" is not a GitHub user or organisation name (letters, digits and ` +
        `single hyphens, at most 39 characters)`,
    );
  }
  if (!REPO.test(repo) || repo === '.' || repo === '..') {
    throw new UserError(
      `repository "${text}": "${repo}" is not a repository name (letters, digits, ".", "_" and "-", at most 100)`,
    );
  }
  if (ref !== undefined && !validRef(ref)) {
    throw new UserError(`repository "${text}": "${ref}" after @ is not a branch, tag or commit SHA`);
  }
  const result: RepoSpec = { owner, repo: repo.replace(/\.git$/, ''), fullName: '' };
  result.fullName = `${result.owner}/${result.repo}`;
  if (ref !== undefined) result.ref = ref;
  return result;
}

/** The subset of `git check-ref-format` that matters for an argument: no spaces, controls, `..`, `~^:?*[\`. */
function validRef(ref: string): boolean {
  if (ref === '' || ref.length > 255) return false;
  if ([...ref].some((c) => c.charCodeAt(0) < 0x20 || c === '\x7f') || /[\s~^:?*[\\]/.test(ref)) return false;
  if (ref.includes('..') || ref.includes('@{') || ref.includes('//')) return false;
  if (ref.startsWith('/') || ref.endsWith('/') || ref.endsWith('.') || ref.endsWith('.lock')) return false;
  return true;
}
