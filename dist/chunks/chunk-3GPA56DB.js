import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);

// src/scan/source.ts
import { lstat, readFile, readdir, realpath } from "node:fs/promises";
import { posix, resolve, sep } from "node:path";
function apiFileSource(client, repo, ref) {
  return {
    label: `${repo}@${ref}`,
    readFile: (path) => client.getFile(repo, cleanPath(path), ref),
    async listDir(path) {
      const entries = await client.listDir(repo, cleanPath(path), ref);
      return entries?.map((e) => ({ name: e.name, path: e.path, type: entryType(e.type) })) ?? null;
    }
  };
}
function apiRevisionSource(client, repo) {
  return {
    repository: repo,
    at: (ref) => apiFileSource(client, repo, ref),
    compare: (base, head) => client.compare(repo, base, head)
  };
}
function fsFileSource(root) {
  const base = resolve(root);
  let realBase;
  async function inside(path) {
    const rel = cleanPath(path);
    if (rel.split("/").includes("..")) return null;
    const full = resolve(base, rel);
    try {
      const [real, top] = await Promise.all([realpath(full), realBase ??= realpath(base)]);
      return real === top || real.startsWith(top + sep) ? real : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
  return {
    label: base,
    async readFile(path) {
      const full = await inside(path);
      if (!full) return null;
      try {
        if (!(await lstat(full)).isFile()) return null;
        return await readFile(full, "utf8");
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async listDir(path) {
      const full = await inside(path);
      if (!full) return null;
      try {
        const entries = await readdir(full, { withFileTypes: true });
        const dir = cleanPath(path);
        return entries.map((e) => ({
          name: e.name,
          path: dir === "" ? e.name : `${dir}/${e.name}`,
          type: e.isFile() ? "file" : e.isDirectory() ? "dir" : "other"
        }));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    }
  };
}
function cleanPath(path) {
  const normal = posix.normalize(path.replace(/\\/g, "/"));
  return normal === "." ? "" : normal.replace(/^\.\/|^\/+|\/+$/g, "");
}
function entryType(type) {
  return type === "file" ? "file" : type === "dir" ? "dir" : "other";
}
function isMissing(error) {
  const code = error?.code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR" || code === "ELOOP";
}

export {
  apiFileSource,
  apiRevisionSource,
  fsFileSource,
  cleanPath
};
