import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  scanRepository
} from "./chunk-C4QS5RZA.js";
import {
  defaultIocs,
  iocFindings,
  matchRepository
} from "./chunk-4DPRSBJI.js";
import "./chunk-IZFNIKHI.js";
import "./chunk-3GPA56DB.js";
import "./chunk-EKKHMLW6.js";
import {
  GitHubApiError
} from "./chunk-PPTGZGUQ.js";
import "./chunk-M3BHJP2Y.js";
import {
  applyPolicy
} from "./chunk-IP2GJXWI.js";
import "./chunk-UMITTMRL.js";
import "./chunk-SCD2Q5QN.js";
import "./chunk-E7AQUCQ4.js";
import "./chunk-QET5IY2S.js";
import "./chunk-JLYDGA43.js";
import "./chunk-GURDG6HC.js";
import "./chunk-S2LNTRLH.js";
import "./chunk-NK54UKDG.js";
import "./chunk-BW6K7SVA.js";
import "./chunk-7VTNRWSX.js";
import "./chunk-4LRHTQF6.js";
import "./chunk-XXN2UIB3.js";

// src/scan/pool.ts
async function mapPool(items, concurrency, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  const width = Math.max(1, Math.min(Math.floor(concurrency) || 1, items.length));
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

// src/scan/sweep.ts
var DEFAULT_CONCURRENCY = 8;
async function sweepOrganisation(client, org, options) {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const iocs = options.iocs === false ? null : options.iocs ?? defaultIocs();
  const repos = [];
  for await (const repo of client.listOrgRepos(org)) {
    repos.push(repo);
    options.onProgress?.({ phase: "listing", listed: repos.length });
  }
  let done = 0;
  const entries = await mapPool(repos, concurrency, async (repo) => {
    const entry = await sweepOne(client, repo, options, iocs);
    done++;
    options.onProgress?.({
      phase: "scanning",
      done,
      total: repos.length,
      repository: repo.fullName,
      status: entry.status
    });
    return entry;
  });
  const count = (s) => entries.filter((e) => e.status === s).length;
  return {
    organisation: org,
    concurrency,
    entries,
    counts: {
      listed: repos.length,
      scanned: count("scanned"),
      skipped: count("skipped"),
      failed: count("failed")
    }
  };
}
async function sweepOne(client, repo, options, iocs) {
  const repository = repo.fullName;
  const nameOnly = () => {
    const matches = iocs ? matchRepository(iocs, repository) : [];
    return {
      repository,
      ref: repo.defaultBranch,
      files: [],
      findings: applyPolicy(iocFindings(matches), options.policy),
      iocs: matches,
      sources: /* @__PURE__ */ new Map()
    };
  };
  if (repo.archived && !options.includeArchived) {
    return { repository, status: "skipped", reason: "archived", result: nameOnly() };
  }
  if (repo.empty) return { repository, status: "skipped", reason: "empty", result: nameOnly() };
  try {
    const result = await scanRepository(client, repository, repo.defaultBranch, options.policy, {
      iocs: iocs ?? false,
      ...options.githubHost ? { githubHost: options.githubHost } : {}
    });
    return { repository, status: "scanned", result };
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 401) throw error;
    const reason = error instanceof Error ? error.message.replace(/\s*\n\s*/g, " ") : String(error);
    return { repository, status: "failed", reason, result: nameOnly() };
  }
}
export {
  DEFAULT_CONCURRENCY,
  sweepOrganisation
};
