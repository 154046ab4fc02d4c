import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultClassifier, suggestAllowlist } from '../../src/report/suggest.js';
import { allFindings, deploy, finding } from './findings.js';

describe('suggestAllowlist', () => {
  it('suggests denied hosts that look legitimate, and never exfil services or IP literals', () => {
    const s = suggestAllowlist(allFindings);
    assert.deepEqual(s.allow, ['deploy.example.net']);
    // The reasons are the engine's service descriptions (data/exfil-services.json).
    assert.deepEqual(
      s.doNotAllow.map((d) => d.host),
      ['bold-dhawan.45-139-104-115.plesk.page', 'webhook.site'],
    );
    assert.match(s.doNotAllow[0]?.reason ?? '', /GhostAction/);
    assert.match(s.doNotAllow[1]?.reason ?? '', /\S/);
    assert.deepEqual(s.undetermined, ['$REGISTRY_HOST']);
  });

  it('adds what egress blocked or proposes, and de-duplicates', () => {
    const s = suggestAllowlist([deploy], {
      mode: 'audit',
      allowed: [],
      blocked: [
        { host: 'Deploy.Example.NET.', count: 2 },
        { host: '198.51.100.7', count: 1 },
        { host: 'abc.oast.fun', count: 1 },
      ],
      suggested: ['registry.internal.example', '*.cdn.example.org'],
    });
    assert.deepEqual(s.allow, ['*.cdn.example.org', 'deploy.example.net', 'registry.internal.example']);
    assert.deepEqual(
      s.doNotAllow.map((d) => d.host),
      ['198.51.100.7', 'abc.oast.fun'],
    );
  });

  it('ignores notes (already allowed) and suppressed findings (accepted)', () => {
    const note = finding({ rule: 'trusted-publishing', severity: 'note', destinations: ['upload.pypi.org'] });
    const accepted = finding({
      rule: 'r',
      destinations: ['mirror.example'],
      suppressed: { reason: 'ok', by: 'config' },
    });
    assert.deepEqual(suggestAllowlist([note, accepted]), { allow: [], doNotAllow: [], undetermined: [] });
  });

  it('lets the caller’s classifier decide', () => {
    const s = suggestAllowlist([deploy], undefined, (host) =>
      host === 'deploy.example.net'
        ? { kind: 'exfil-service', service: 'listed in our IOC feed' }
        : { kind: 'host' },
    );
    assert.deepEqual(s, {
      allow: [],
      doNotAllow: [{ host: 'deploy.example.net', reason: 'listed in our IOC feed' }],
      undetermined: [],
    });
  });

  it('classifies by domain suffix, not by substring', () => {
    assert.equal(defaultClassifier('x.webhook.site').kind, 'exfil-service');
    assert.equal(defaultClassifier('webhook.site.example.com').kind, 'host');
    assert.equal(defaultClassifier('notngrok.io').kind, 'host');
    assert.equal(defaultClassifier('2001:db8::1').kind, 'ip');
  });
});
