/**
 * Organisation sweep throughput: repositories per second for a sweep of 1,000 repositories (2-3 workflows each,
 * a mix of clean and malicious) against the fake GitHub API on loopback, through the real client and engine.
 * Run directly: `node --import tsx bench/org-sweep.ts [repos] [concurrency...]`.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { createGitHubClient } from '../src/github/client.js';
import { defaultPolicy } from '../src/policy/defaults.js';
import { sweepOrganisation } from '../src/scan/sweep.js';
import { FakeGitHub } from '../test/support/fake-github.js';
import { addOrg, generateOrg } from '../test/scan/org-fixture.js';
import { CI } from '../test/scan/workflows.js';

export interface OrgSweepFigure {
  repositories: number;
  workflows: number;
  concurrency: number;
  seconds: number;
  reposPerSecond: number;
  requests: number;
  /** CPU time of this process (client, engine and the fake server together) per repository, in ms. */
  cpuMsPerRepo: number;
}

export async function benchOrgSweep(
  options: { repositories?: number; concurrency?: number[] } = {},
): Promise<OrgSweepFigure[]> {
  const count = options.repositories ?? 1000;
  const gh = await FakeGitHub.start({ token: 'bench' });
  const repos = generateOrg('bench', count, {
    kinds: ['clean', 'ghostaction', 'clean', 'composite-exfil', 'shai-hulud', 'clean'],
  });
  let workflows = 0;
  repos.forEach((repo, i) => {
    const files = repo.spec.files ?? {};
    if (i % 2 === 0) files['.github/workflows/lint.yml'] = CI.replace('name: CI', 'name: Lint');
    workflows += Object.keys(files).filter((p) => p.startsWith('.github/workflows/')).length;
  });
  addOrg(gh, repos);
  const client = createGitHubClient({ token: 'bench', apiUrl: gh.url });
  const figures: OrgSweepFigure[] = [];
  try {
    // One small warm-up sweep so module loading and grammar initialisation are not timed.
    await sweepOrganisation(client, 'bench', { policy: defaultPolicy(), concurrency: 8 }).catch(
      () => undefined,
    );
    for (const concurrency of options.concurrency ?? [8]) {
      const before = gh.log.length;
      const start = performance.now();
      const cpu = process.cpuUsage();
      const result = await sweepOrganisation(client, 'bench', { policy: defaultPolicy(), concurrency });
      const seconds = (performance.now() - start) / 1000;
      const used = process.cpuUsage(cpu);
      if (result.counts.failed > 0)
        throw new Error(`${result.counts.failed} repositories failed during the benchmark`);
      const figure: OrgSweepFigure = {
        repositories: result.counts.listed,
        workflows,
        concurrency,
        seconds,
        reposPerSecond: result.counts.listed / seconds,
        requests: gh.log.length - before,
        cpuMsPerRepo: (used.user + used.system) / 1000 / result.counts.listed,
      };
      figures.push(figure);
      console.log(
        `org sweep: ${figure.repositories} repositories (${(workflows / count).toFixed(1)} workflows each), ` +
          `concurrency ${concurrency}: ${figure.reposPerSecond.toFixed(1)} repos/s ` +
          `(${seconds.toFixed(2)} s, ${figure.requests} API requests, ` +
          `${(figure.requests / seconds).toFixed(0)} req/s; ${figure.cpuMsPerRepo.toFixed(1)} ms CPU per repository ` +
          `for client, engine and fake server together; load average ${loadavg()[0]?.toFixed(1)})`,
      );
    }
  } finally {
    await gh.close();
  }
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [repos, ...conc] = process.argv.slice(2).map(Number);
  await benchOrgSweep({
    repositories: repos || 1000,
    concurrency: conc.length > 0 ? conc : [8, 16],
  });
}
