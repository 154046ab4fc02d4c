/**
 * The real-world corpus (752 public workflows, ../shared/corpus/realworld): no crash, only the known unreadable
 * files, and no error-level finding that has not been reviewed by hand (test/fixtures/corpus-review.json).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanFiles } from '../../src/analysis/engine.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { FIXTURES } from './support.js';
import { CORPUS } from '../seeded-input.js';

const present = existsSync(CORPUS);

describe('real-world corpus', { skip: present ? false : `corpus not found at ${CORPUS}` }, () => {
  it('scans every file; every error-level finding is a reviewed real flow', async () => {
    const files = readdirSync(CORPUS)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => ({ path: f, content: readFileSync(join(CORPUS, f)) }));
    assert.equal(files.length, 752);
    const result = await scanFiles(files, defaultPolicy());

    // Two corpus files are not valid workflows (GitHub's lenient parser accepted the first; the second has `with:`
    // as a list). Both are reported with their line, not skipped.
    const errors = result.files.filter((f) => f.error !== null).map((f) => f.error);
    assert.deepEqual(errors.sort(), [
      'apache_airflow_.github_workflows_ci.yml:332: invalid YAML: Missing closing "quote',
      'tauri-apps_tauri_.github_workflows_covector-version-or-publish.yml:112: jobs.update-docs.steps[8].with: expected a mapping',
    ]);

    const review = JSON.parse(readFileSync(join(FIXTURES, 'corpus-review.json'), 'utf8')) as {
      errors: { key: string }[];
    };
    const reviewed = new Set(review.errors.map((e) => e.key));
    const found = result.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.location.file}:${f.location.line}:${f.rule}:${f.secrets.join(',')}`);
    const unreviewed = found.filter((k) => !reviewed.has(k));
    assert.deepEqual(
      unreviewed,
      [],
      `review these error-level findings and add them to corpus-review.json:\n${unreviewed.join('\n')}`,
    );
    const gone = [...reviewed].filter((k) => !found.includes(k));
    assert.deepEqual(gone, [], 'reviewed findings that are no longer reported (update corpus-review.json)');
  });
});
