// docs/POLICY.md must describe what the code does: every affinity entry, and an example that loads.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { affinityTable } from '../../src/policy/affinity.js';
import { loadPolicyConfig } from '../../src/policy/config.js';

const doc = readFileSync('docs/POLICY.md', 'utf8');

describe('docs/POLICY.md', () => {
  it('lists every built-in affinity pattern and endpoint', () => {
    for (const row of affinityTable()) {
      for (const text of [...row.secrets, ...row.endpoints])
        assert.ok(doc.includes(`\`${text}\``), `${row.id}: ${text}`);
    }
  });

  it('shows the example config as the action reads it', () => {
    const block = /## A complete example[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    assert.ok(block, 'example block not found');
    const fromDoc = loadPolicyConfig(block, 'doc');
    const fromFile = loadPolicyConfig(readFileSync('examples/exfil-guard.yml', 'utf8'), 'doc');
    assert.deepEqual(fromDoc, fromFile);
  });

  it('has yaml snippets that are valid fragments', () => {
    for (const m of doc.matchAll(/```yaml\n([\s\S]*?)```/g)) {
      const body = m[1] ?? '';
      if (!/^(version|suppress|allowed-endpoints):/m.test(body)) continue;
      const text = body.startsWith('version:') ? body : `version: 1\n${body}`;
      assert.doesNotThrow(() => loadPolicyConfig(text, 'doc'), body);
    }
  });
});
