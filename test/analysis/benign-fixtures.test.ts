/** Ordinary release workflows: no error-level finding, so the guard can run on them with zero configuration. */
import { describe as suite, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, errors, FIXTURES, policyFrom, scanText } from './support.js';

const dir = join(FIXTURES, 'benign');

suite('benign release workflows produce no error', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml') && !f.endsWith('.policy.yml'))) {
    it(file, async () => {
      const policyFile = join(dir, file.replace(/\.yml$/, '.policy.yml'));
      const policy = policyFrom(existsSync(policyFile) ? readFileSync(policyFile, 'utf8') : undefined);
      const result = await scanText(readFileSync(join(dir, file), 'utf8'), {
        policy,
        name: `.github/workflows/${file}`,
      });
      assert.deepEqual(
        result.files.map((f) => f.error),
        [null],
      );
      assert.deepEqual(errors(result.findings), [], describe(result.findings));
    });
  }

  it('the Slack fixture needs its policy: without it the webhook path is an error', async () => {
    const result = await scanText(readFileSync(join(dir, 'slack-webhook.yml'), 'utf8'));
    const found = errors(result.findings);
    assert.equal(found.length, 1, describe(result.findings));
    assert.equal(found[0]?.rule, 'secret-to-unlisted-host');
    assert.deepEqual(found[0]?.secrets, ['TEAM_WEBHOOK_PATH']);
    assert.deepEqual(found[0]?.destinations, ['hooks.slack.com']);
  });

  it('recommends Trusted Publishing for the PyPI token', async () => {
    const result = await scanText(readFileSync(join(dir, 'pypi-publish.yml'), 'utf8'));
    assert.ok(
      result.findings.some(
        (f) => f.rule === 'trusted-publishing-recommended' && f.secrets.includes('PYPI_API_TOKEN'),
      ),
      describe(result.findings),
    );
  });
});
