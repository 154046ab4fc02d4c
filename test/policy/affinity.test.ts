import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  affinityAllows,
  affinityEndpoints,
  affinityLabelGlobMatches,
  affinityTable,
  AFFINITY_VERSION,
} from '../../src/policy/affinity.js';
import { formatEndpoint, parseEndpoint } from '../../src/policy/endpoint.js';
import { nameMatches, SYNTHETIC_SECRETS } from '../../src/policy/names.js';

const allows = (secret: string, host: string, port?: number): string | null => {
  const m = affinityAllows(secret, host, port);
  return m ? `${m.pattern} → ${m.endpoint}` : null;
};

describe('data/affinity.json', () => {
  it('has a version, a date, and a source for every entry', () => {
    const data = JSON.parse(readFileSync('data/affinity.json', 'utf8')) as {
      version: number;
      date: string;
      entries: { id: string; source: string; patterns: string[]; endpoints: string[] }[];
    };
    assert.equal(AFFINITY_VERSION, 1);
    assert.match(data.date, /^\d{4}-\d{2}-\d{2}$/);
    const ids = new Set<string>();
    for (const e of data.entries) {
      assert.ok(e.source.length > 10, `${e.id} has no source`);
      assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
      ids.add(e.id);
      for (const p of e.patterns) assert.match(p, /^[A-Z0-9_*]+$/, `${e.id}: pattern ${p}`);
    }
  });

  it('parses every endpoint (module load would throw otherwise) and lists every entry', () => {
    const table = affinityTable();
    assert.ok(table.length >= 25);
    for (const row of table) {
      for (const raw of row.endpoints) {
        if (raw.includes('{github-server}') || raw.slice(1).includes('*')) continue;
        assert.ok(!('error' in parseEndpoint(raw)), raw);
      }
    }
  });
});

describe('affinityAllows', () => {
  it('lets a PyPI token reach PyPI and nothing else', () => {
    assert.equal(allows('PYPI_API_TOKEN', 'upload.pypi.org'), 'PYPI_* → upload.pypi.org');
    assert.equal(allows('PYPI_API_TOKEN', 'pypi.org'), 'PYPI_* → pypi.org');
    assert.equal(allows('TEST_PYPI_API_TOKEN', 'test.pypi.org'), '*_PYPI_* → test.pypi.org');
    assert.equal(allows('TWINE_PASSWORD', 'upload.pypi.org'), 'TWINE_* → upload.pypi.org');
    assert.equal(allows('PYPI_API_TOKEN', 'bold-dhawan.45-139-104-115.plesk.page'), null);
    assert.equal(allows('PYPI_API_TOKEN', 'evil.pypi.org.attacker.example'), null);
    assert.equal(allows('PYPI_API_TOKEN', 'webhook.site'), null);
    assert.equal(allows('PYPI_API_TOKEN', 'registry.npmjs.org'), null);
  });

  it('matches names case-insensitively, with * over any run of characters', () => {
    assert.equal(allows('pypi_token', 'upload.pypi.org'), 'PYPI_* → upload.pypi.org');
    assert.equal(allows('MY_PYPI_TOKEN', 'upload.pypi.org'), '*_PYPI_* → upload.pypi.org');
    assert.equal(allows('NPM_TOKEN', 'registry.npmjs.org'), 'NPM_* → registry.npmjs.org');
    assert.equal(allows('NODE_AUTH_TOKEN', 'registry.npmjs.org'), 'NODE_AUTH_TOKEN → registry.npmjs.org');
    assert.equal(allows('PUBLISH_NPM_TOKEN', 'registry.yarnpkg.com'), '*NPM*TOKEN* → registry.yarnpkg.com');
    assert.equal(allows('NPM_TOKEN', 'npm.attacker.example'), null);
    // A name that merely contains a prefix does not match it.
    assert.equal(allows('MYNPM_', 'registry.npmjs.org'), null);
    assert.equal(allows('NOT_AWS_KEY', 's3.amazonaws.com'), null);
  });

  it('covers the issuers named in the issue', () => {
    assert.equal(allows('DOCKERHUB_TOKEN', 'registry-1.docker.io'), 'DOCKER* → registry-1.docker.io');
    assert.equal(allows('DOCKER_PASSWORD', 'auth.docker.io'), 'DOCKER* → auth.docker.io');
    assert.equal(allows('AWS_SECRET_ACCESS_KEY', 's3.us-east-1.amazonaws.com'), 'AWS_* → *.amazonaws.com');
    assert.equal(allows('AWS_SECRET_ACCESS_KEY', 'amazonaws.com.evil.example'), null);
    assert.equal(allows('CLOUDFLARE_API_TOKEN', 'api.cloudflare.com'), 'CLOUDFLARE_* → api.cloudflare.com');
    assert.equal(allows('CF_API_TOKEN', 'api.cloudflare.com'), 'CF_API_* → api.cloudflare.com');
    assert.equal(allows('CODECOV_TOKEN', 'ingest.codecov.io'), 'CODECOV_TOKEN → *.codecov.io');
    assert.equal(allows('CODECOV_TOKEN', 'codecov.io'), 'CODECOV_TOKEN → codecov.io');
    assert.equal(allows('SLACK_WEBHOOK_URL', 'hooks.slack.com'), 'SLACK_* → hooks.slack.com');
    assert.equal(allows('SLACK_WEBHOOK_URL', 'discord.com'), null);
    assert.equal(allows('SONAR_TOKEN', 'sonarcloud.io'), 'SONAR_TOKEN → sonarcloud.io');
    assert.equal(allows('GEM_HOST_API_KEY', 'rubygems.org'), 'GEM_HOST_API_KEY → rubygems.org');
    assert.equal(allows('CARGO_REGISTRY_TOKEN', 'crates.io'), 'CARGO_REGISTRY_TOKEN → crates.io');
    assert.equal(allows('NUGET_API_KEY', 'api.nuget.org'), 'NUGET_* → *.nuget.org');
    assert.equal(allows('GOOGLE_CREDENTIALS', 'storage.googleapis.com'), 'GOOGLE_* → *.googleapis.com');
    assert.equal(
      allows('AZURE_CLIENT_SECRET', 'login.microsoftonline.com'),
      'AZURE_* → login.microsoftonline.com',
    );
  });

  it('gives Discord and Telegram only to secrets named for them', () => {
    assert.equal(allows('DISCORD_WEBHOOK', 'discord.com'), 'DISCORD_WEBHOOK* → discord.com');
    assert.equal(allows('DISCORD_WEBHOOK_URL', 'discord.com'), 'DISCORD_WEBHOOK* → discord.com');
    assert.equal(allows('TELEGRAM_BOT_TOKEN', 'api.telegram.org'), 'TELEGRAM_* → api.telegram.org');
    assert.equal(allows('NPM_TOKEN', 'discord.com'), null);
    assert.equal(allows('AWS_SECRET_ACCESS_KEY', 'api.telegram.org'), null);
  });

  it('lets the job token reach GitHub, and the GHES host when one is named', () => {
    const token = SYNTHETIC_SECRETS.githubToken;
    assert.equal(allows(token, 'api.github.com'), 'GITHUB_TOKEN → api.github.com');
    assert.equal(allows(token, 'objects.githubusercontent.com'), 'GITHUB_TOKEN → *.githubusercontent.com');
    assert.equal(allows('GH_TOKEN', 'ghcr.io'), 'GH_* → ghcr.io');
    assert.equal(allows('RELEASE_PAT', 'uploads.github.com'), '*_PAT → uploads.github.com');
    assert.equal(allows('PAT', 'github.com'), 'PAT → github.com');
    assert.equal(allows('BOT_GITHUB_TOKEN', 'npm.pkg.github.com'), '*_GITHUB_TOKEN → *.pkg.github.com');
    assert.equal(allows(token, 'github.example.com'), null);
    const ghes = { githubServerHost: 'github.example.com' };
    assert.equal(
      affinityAllows(token, 'github.example.com', undefined, ghes)?.endpoint,
      'github.example.com',
    );
    assert.equal(
      affinityAllows(token, 'api.github.example.com', 443, ghes)?.endpoint,
      '*.github.example.com',
    );
    assert.equal(affinityAllows(token, 'github.example.com.evil.test', undefined, ghes), null);
    // github.com as the server adds nothing new.
    assert.equal(affinityAllows(token, 'evil.test', undefined, { githubServerHost: 'github.com' }), null);
  });

  it('never gives affinity to whole-context dumps', () => {
    for (const secret of [SYNTHETIC_SECRETS.allSecrets, SYNTHETIC_SECRETS.environment]) {
      for (const host of ['api.github.com', 'upload.pypi.org', 'registry.npmjs.org', 's3.amazonaws.com']) {
        assert.equal(allows(secret, host), null, `${secret} → ${host}`);
      }
      assert.deepEqual(affinityEndpoints(secret), []);
    }
  });

  it('lets the OIDC token reach its issuer, token exchanges and Trusted Publishing only', () => {
    const oidc = SYNTHETIC_SECRETS.oidc;
    for (const host of [
      'token.actions.githubusercontent.com',
      'sts.amazonaws.com',
      'sts.eu-west-1.amazonaws.com',
      'sts.googleapis.com',
      'login.microsoftonline.com',
      'upload.pypi.org',
      'pypi.org',
      'registry.npmjs.org',
      'rubygems.org',
      'fulcio.sigstore.dev',
    ]) {
      assert.ok(affinityAllows(oidc, host), host);
    }
    for (const host of [
      's3.amazonaws.com',
      'sts.a.b.amazonaws.com',
      'webhook.site',
      'api.github.com',
      'evil.test',
    ]) {
      assert.equal(affinityAllows(oidc, host), null, host);
    }
    assert.equal(affinityAllows(oidc, 'sts.us-east-2.amazonaws.com')?.endpoint, 'sts.*.amazonaws.com');
    assert.equal(affinityLabelGlobMatches(oidc, 'sts.us-east-2.amazonaws.com'), true);
    assert.equal(affinityLabelGlobMatches('AWS_KEY', 'sts.us-east-2.amazonaws.com'), false);
    // A secret named like an OIDC variable is still a named secret, not the token.
    assert.equal(allows('OIDC_TOKEN', 'sts.amazonaws.com'), null);
  });

  it('does not match IP literals or other ports it does not list', () => {
    assert.equal(allows('PYPI_API_TOKEN', '151.101.0.223'), null);
    assert.equal(allows('PYPI_API_TOKEN', 'upload.pypi.org', 8443), 'PYPI_* → upload.pypi.org');
  });
});

describe('affinityEndpoints', () => {
  it('lists the issuer entries of a secret for the egress allowlist', () => {
    assert.deepEqual(affinityEndpoints('NPM_TOKEN').map(formatEndpoint), [
      'registry.npmjs.org',
      'registry.yarnpkg.com',
    ]);
    const gh = affinityEndpoints('GITHUB_TOKEN', { githubServerHost: 'GHE.Example.com' }).map(formatEndpoint);
    assert.ok(gh.includes('api.github.com'));
    assert.ok(gh.includes('ghe.example.com') && gh.includes('*.ghe.example.com'));
    // Label globs cannot be entries.
    assert.ok(!affinityEndpoints('OIDC token').some((e) => formatEndpoint(e).includes('sts.*')));
    assert.deepEqual(affinityEndpoints('UNRELATED_SECRET'), []);
  });
});

describe('nameMatches', () => {
  it('globs names and never globs synthetic names', () => {
    assert.equal(nameMatches('DEPLOY_*', 'deploy_key'), true);
    assert.equal(nameMatches('*_TOKEN', 'NPM_TOKEN'), true);
    assert.equal(nameMatches('NPM_TOKEN', 'NPM_TOKEN_2'), false);
    assert.equal(nameMatches('S*', 'secrets (all)'), false);
    assert.equal(nameMatches('OIDC token', 'oidc TOKEN'), true);
    assert.equal(nameMatches('A.B', 'AxB'), false);
  });
});
