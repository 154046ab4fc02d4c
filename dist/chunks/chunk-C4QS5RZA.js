import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  collectRepositoryFiles,
  defaultIocs,
  iocFindings,
  localActionReader,
  matchDestinations,
  matchHostsInFile,
  matchRepository,
  matchWorkflowFile
} from "./chunk-4DPRSBJI.js";
import {
  scanFiles
} from "./chunk-IZFNIKHI.js";
import {
  apiFileSource
} from "./chunk-3GPA56DB.js";
import {
  applyPolicy
} from "./chunk-IP2GJXWI.js";

// src/scan/repository.ts
async function scanRepository(client, repo, ref, policy, options = {}) {
  const at = ref ?? (await client.getRepo(repo)).defaultBranch;
  return scanFileSource(apiFileSource(client, repo, at), policy, { ...options, repository: repo, ref: at });
}
async function scanFileSource(source, policy, options = {}) {
  const files = await collectRepositoryFiles(source);
  const engine = await analyse(source, files, policy, options.githubHost);
  const repository = options.repository ?? source.label;
  const iocs = options.iocs === false ? [] : checkIocs(options.iocs ?? defaultIocs(), files, engine.findings, options.repository);
  return {
    repository,
    ref: options.ref ?? "",
    files: engine.files,
    findings: [...engine.findings, ...applyPolicy(iocFindings(iocs), policy)],
    iocs,
    sources: files.texts
  };
}
async function analyse(source, files, policy, githubHost) {
  if (files.inputs.length === 0) return { files: [], findings: [] };
  return scanFiles(files.inputs, policy, {
    readLocalAction: localActionReader(source, files.texts),
    ...githubHost ? { githubHost } : {}
  });
}
function checkIocs(iocs, files, findings, repository) {
  const matches = repository ? matchRepository(iocs, repository) : [];
  for (const [path, text] of files.texts) {
    if (files.workflows.includes(path)) matches.push(...matchWorkflowFile(iocs, path, text));
    matches.push(...matchHostsInFile(iocs, path, text));
  }
  matches.push(...matchDestinations(iocs, findings, matches));
  return matches;
}

export {
  scanRepository,
  scanFileSource,
  analyse,
  checkIocs
};
