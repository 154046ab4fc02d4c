import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueKeys, lookupAction } from '../../src/analysis/action-catalogue.js';
import catalogue from '../../data/actions.json' with { type: 'json' };

const none = new Map<string, string | null>();
const w = (o: Record<string, string | null>) => new Map(Object.entries(o));

describe('action catalogue', () => {
  it('every entry has a source, a date and notes', () => {
    const actions = (
      catalogue as { actions: Record<string, { source: string; date: string; notes: string }> }
    ).actions;
    assert.ok(Object.keys(actions).length >= 45);
    for (const [k, e] of Object.entries(actions)) {
      assert.match(e.source, /^https:\/\//, k);
      assert.match(e.date, /^\d{4}-\d{2}-\d{2}$/, k);
      assert.ok(e.notes.length > 10, k);
    }
  });

  it('covers the required actions', () => {
    const keys = new Set(catalogueKeys());
    for (const k of [
      'pypa/gh-action-pypi-publish',
      'docker/login-action',
      'docker/build-push-action',
      'codecov/codecov-action',
      'slackapi/slack-github-action',
      'rtcamp/action-slack-notify',
      '8398a7/action-slack',
      'aws-actions/configure-aws-credentials',
      'aws-actions/amazon-ecr-login',
      'google-github-actions/auth',
      'azure/login',
      'actions/checkout',
      'actions/setup-node',
      'actions/setup-python',
      'actions/create-release',
      'softprops/action-gh-release',
      'ncipollo/release-action',
      'peter-evans/create-pull-request',
      'actions/github-script',
      'js-devtools/npm-publish',
      'cloudflare/wrangler-action',
      'peaceiris/actions-gh-pages',
      'jamesives/github-pages-deploy-action',
      'appleboy/ssh-action',
      'appleboy/scp-action',
      'easingthemes/ssh-deploy',
      'samkirkland/ftp-deploy-action',
      'azure/webapps-deploy',
      'azure/docker-login',
      'akhileshns/heroku-deploy',
      'nwtgck/actions-netlify',
      'amondnet/vercel-action',
      'sonarsource/sonarcloud-github-action',
      'coverallsapp/github-action',
      'gradle/gradle-build-action',
      'ruby/setup-ruby',
      'rubygems/release-gem',
      'goreleaser/goreleaser-action',
      'crazy-max/ghaction-import-gpg',
      'hashicorp/vault-action',
      'snyk/actions',
      'github/codeql-action',
    ]) {
      assert.ok(keys.has(k), k);
    }
  });

  it('pypi publish: default and repository-url', () => {
    assert.deepEqual(lookupAction('pypa/gh-action-pypi-publish', none)?.destinations, ['upload.pypi.org']);
    assert.deepEqual(
      lookupAction('pypa/gh-action-pypi-publish', w({ 'repository-url': 'https://test.pypi.org/legacy/' }))
        ?.destinations,
      ['test.pypi.org'],
    );
    assert.deepEqual(lookupAction('pypa/gh-action-pypi-publish', none)?.secretInputs, ['password', 'user']);
  });

  it('docker/login-action: registry input, Docker Hub by default', () => {
    assert.deepEqual(lookupAction('docker/login-action', none)?.destinations, [
      'registry-1.docker.io',
      'index.docker.io',
      'auth.docker.io',
    ]);
    assert.deepEqual(lookupAction('docker/login-action', w({ registry: 'ghcr.io' }))?.destinations, [
      'ghcr.io',
    ]);
    assert.deepEqual(lookupAction('docker/login-action', w({ registry: 'docker.io' }))?.destinations, [
      'registry-1.docker.io',
      'index.docker.io',
      'auth.docker.io',
    ]);
    const dyn = lookupAction('docker/login-action', w({ registry: null }));
    assert.deepEqual(dyn?.destinations, []);
    assert.deepEqual(dyn?.unresolved, ['with.registry']);
  });

  it('build-push-action: the registries of the tags', () => {
    const e = lookupAction(
      'docker/build-push-action',
      w({ tags: 'ghcr.io/o/a:1\n123.dkr.ecr.us-east-1.amazonaws.com/a:1,user/app' }),
    );
    assert.deepEqual(e?.destinations, [
      'github.com',
      'ghcr.io',
      '123.dkr.ecr.us-east-1.amazonaws.com',
      'registry-1.docker.io',
    ]);
  });

  it('codecov url override; slack webhook; ssh host; ftp server', () => {
    assert.ok(lookupAction('codecov/codecov-action', none)?.destinations.includes('codecov.io'));
    assert.deepEqual(
      lookupAction('codecov/codecov-action', w({ url: 'https://codecov.corp.example' }))?.destinations,
      ['codecov.corp.example'],
    );
    assert.deepEqual(
      lookupAction('slackapi/slack-github-action', w({ webhook: 'https://hooks.slack.com/services/T/B/X' }))
        ?.destinations,
      ['hooks.slack.com'],
    );
    assert.deepEqual(
      lookupAction('appleboy/ssh-action', w({ host: 'deploy.example', key: null }))?.destinations,
      ['deploy.example'],
    );
    assert.deepEqual(lookupAction('appleboy/ssh-action', none)?.destinations, []);
    assert.deepEqual(
      lookupAction('SamKirkland/FTP-Deploy-Action', w({ server: 'ftp.example' }))?.destinations,
      ['ftp.example'],
    );
  });

  it('env-configured actions', () => {
    assert.deepEqual(
      lookupAction('easingthemes/ssh-deploy', none, w({ REMOTE_HOST: 'web.example' }))?.destinations,
      ['web.example'],
    );
    assert.deepEqual(
      lookupAction('8398a7/action-slack', none, w({ SLACK_WEBHOOK_URL: 'https://evil.example/x' }))
        ?.destinations,
      ['evil.example'],
    );
  });

  it('templates from inputs (azure/webapps-deploy)', () => {
    assert.deepEqual(lookupAction('azure/webapps-deploy', w({ 'app-name': 'myapp' }))?.destinations, [
      'management.azure.com',
      'myapp.scm.azurewebsites.net',
    ]);
  });

  it('case, refs and sub-paths', () => {
    assert.equal(lookupAction('Docker/Login-Action', none)?.key, 'docker/login-action');
    assert.equal(lookupAction('github/codeql-action/upload-sarif', none)?.key, 'github/codeql-action');
    assert.equal(lookupAction('snyk/actions/node', none)?.key, 'snyk/actions');
    assert.equal(lookupAction('actions/checkout@v4', none)?.key, 'actions/checkout');
    assert.equal(lookupAction('evil/unknown-action', none), null);
  });

  it('local-only and config-driven actions say so', () => {
    const gpg = lookupAction('crazy-max/ghaction-import-gpg', none);
    assert.equal(gpg?.local, true);
    assert.deepEqual(gpg?.destinations, []);
    assert.equal(lookupAction('goreleaser/goreleaser-action', none)?.configured, true);
  });
});
