/**
 * Incident fixtures, written from the public write-ups: each must be caught at error level, with the right
 * secrets and destinations, pointing at the right line.
 */
import { describe as suite, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, errors, FIXTURES, scanText } from './support.js';

const dir = join(FIXTURES, 'malicious');

interface Expect {
  rule: string;
  secrets?: string[];
  destination?: string;
  line?: number;
}

const cases: Record<string, Expect[]> = {
  'ghostaction.yml': [
    {
      rule: 'secret-to-exfil-service',
      secrets: ['PYPI_API_TOKEN'],
      destination: 'bold-dhawan.45-139-104-115.plesk.page',
      line: 14,
    },
    { rule: 'secret-to-exfil-service', secrets: ['NPM_TOKEN'], line: 17 },
    { rule: 'secret-to-exfil-service', secrets: ['DOCKERHUB_TOKEN'], line: 19 },
    { rule: 'secret-to-exfil-service', secrets: ['AWS_SECRET_ACCESS_KEY'], line: 22 },
  ],
  'shai-hulud.yml': [
    { rule: 'secrets-context-dump', line: 11 },
    { rule: 'secret-to-exfil-service', secrets: ['secrets (all)'], destination: 'webhook.site', line: 9 },
  ],
  'tj-actions-memdump.yml': [
    { rule: 'runner-memory-read', line: 15 },
    { rule: 'runner-memory-read', line: 23 },
  ],
  's1ngularity.yml': [{ rule: 'untrusted-input-in-secret-job', secrets: ['NPM_TOKEN'], line: 20 }],
  'dns-and-devtcp.yml': [
    {
      rule: 'secret-to-unlisted-host',
      secrets: ['AWS_SECRET_ACCESS_KEY'],
      destination: 'exfil-dns.example',
      line: 12,
    },
    { rule: 'secret-to-ip-literal', secrets: ['DEPLOY_KEY'], destination: '45.139.104.115', line: 16 },
  ],
  'interpreters.yml': [
    {
      rule: 'secret-to-unlisted-host',
      secrets: ['SENTRY_TOKEN'],
      destination: 'metrics.attacker.example',
      line: 13,
    },
    { rule: 'secret-to-unlisted-host', secrets: ['API_KEY'], destination: 'collector.attacker.example' },
    {
      rule: 'secret-to-unlisted-host',
      secrets: ['NPM_TOKEN'],
      destination: 'npm-mirror.attacker.example',
      line: 29,
    },
    {
      rule: 'secret-to-unlisted-host',
      secrets: ['AZURE_CLIENT_SECRET'],
      destination: 'telemetry.attacker.example',
      line: 38,
    },
  ],
  'github-script-fetch.yml': [
    {
      rule: 'secret-to-unlisted-host',
      secrets: ['SLACK_BOT_TOKEN'],
      destination: 'triage.attacker.example',
      line: 12,
    },
  ],
  'base64-reencode.yml': [
    {
      rule: 'secret-to-unlisted-host',
      secrets: ['RELEASE_PAT'],
      destination: 'stats.attacker.example',
      line: 12,
    },
  ],
  'github-env-hop.yml': [
    {
      rule: 'secret-to-unlisted-host',
      secrets: ['NPM_TOKEN'],
      destination: 'cache.attacker.example',
      line: 13,
    },
  ],
  'job-env.yml': [
    { rule: 'secret-to-ip-literal', secrets: ['PYPI_API_TOKEN'], destination: '198.51.100.23', line: 12 },
  ],
  'composite-action.yml': [
    {
      rule: 'secret-to-unlisted-host',
      secrets: ['DEPLOY_TOKEN'],
      destination: 'deploy-hook.attacker.example',
    },
  ],
};

suite('malicious fixtures are caught at error level', () => {
  for (const [file, expected] of Object.entries(cases)) {
    it(file, async () => {
      const result = await scanText(readFileSync(join(dir, file), 'utf8'), {
        name: `.github/workflows/${file}`,
        root: dir,
      });
      assert.deepEqual(
        result.files.map((f) => f.error),
        [null],
      );
      const found = errors(result.findings);
      for (const e of expected) {
        const hit = found.find(
          (f) =>
            f.rule === e.rule &&
            (e.secrets ?? []).every((s) => f.secrets.includes(s)) &&
            (e.destination === undefined || f.destinations.includes(e.destination)) &&
            (e.line === undefined || f.location.line === e.line),
        );
        assert.ok(hit, `expected ${JSON.stringify(e)} in:\n${describe(result.findings)}`);
        assert.ok(
          hit.evidence.length >= 2 ||
            e.rule.includes('dump') ||
            e.rule.includes('memory') ||
            e.rule.includes('untrusted'),
          `evidence chain for ${e.rule}`,
        );
        assert.ok(hit.fix.length > 0);
      }
    });
  }

  it('names secrets, never values, and carries the evidence chain for GhostAction', async () => {
    const result = await scanText(readFileSync(join(dir, 'ghostaction.yml'), 'utf8'), {
      name: '.github/workflows/ghostaction.yml',
    });
    const f = errors(result.findings).find((x) => x.secrets.includes('PYPI_API_TOKEN'));
    assert.ok(f);
    // The service description in brackets comes from data/exfil-services.json.
    assert.match(
      f.message,
      /^PYPI_API_TOKEN is sent to bold-dhawan\.45-139-104-115\.plesk\.page( \(.+\))? by curl \(step "Run", line 14\)$/,
    );
    assert.equal(f.evidence[0]?.text, 'secrets.PYPI_API_TOKEN');
    assert.equal(f.evidence.at(-1)?.text, 'bold-dhawan.45-139-104-115.plesk.page');
    assert.equal(f.source?.line, 14);
  });
});
