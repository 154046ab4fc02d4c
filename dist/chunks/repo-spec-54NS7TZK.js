import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-S2LNTRLH.js";
import "./chunk-XXN2UIB3.js";

// src/scan/repo-spec.ts
var OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var REPO = /^[A-Za-z0-9._-]{1,100}$/;
function parseRepoSpec(spec) {
  const text = spec.trim();
  const expected = "expected OWNER/REPO or OWNER/REPO@REF, e.g. octo-org/api@main";
  if (text === "") throw new UserError(`repository: empty; ${expected}`);
  const at = text.indexOf("@");
  const name = at === -1 ? text : text.slice(0, at);
  const ref = at === -1 ? void 0 : text.slice(at + 1);
  const parts = name.split("/");
  if (parts.length !== 2) throw new UserError(`repository "${text}": not OWNER/REPO; ${expected}`);
  const [owner = "", repo = ""] = parts;
  if (!OWNER.test(owner)) {
    throw new UserError(
      `repository "${text}": owner "${owner}" is not a GitHub user or organisation name (letters, digits and single hyphens, at most 39 characters)`
    );
  }
  if (!REPO.test(repo) || repo === "." || repo === "..") {
    throw new UserError(
      `repository "${text}": "${repo}" is not a repository name (letters, digits, ".", "_" and "-", at most 100)`
    );
  }
  if (ref !== void 0 && !validRef(ref)) {
    throw new UserError(`repository "${text}": "${ref}" after @ is not a branch, tag or commit SHA`);
  }
  const result = { owner, repo: repo.replace(/\.git$/, ""), fullName: "" };
  result.fullName = `${result.owner}/${result.repo}`;
  if (ref !== void 0) result.ref = ref;
  return result;
}
function validRef(ref) {
  if (ref === "" || ref.length > 255) return false;
  if ([...ref].some((c) => c.charCodeAt(0) < 32 || c === "\x7F") || /[\s~^:?*[\\]/.test(ref)) return false;
  if (ref.includes("..") || ref.includes("@{") || ref.includes("//")) return false;
  if (ref.startsWith("/") || ref.endsWith("/") || ref.endsWith(".") || ref.endsWith(".lock")) return false;
  return true;
}
export {
  parseRepoSpec
};
