import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fromEgressLayer } from '../../src/report/egress.js';
import { renderSummary } from '../../src/report/summary.js';
import { input, scan } from './findings.js';

describe('fromEgressLayer', () => {
  it('maps an audit report: would-be-refused names and connections, the suggestion, problems', () => {
    const report = fromEgressLayer({
      mode: 'audit',
      blocked: [],
      audited: [
        { kind: 'name', destination: 'files.internal.example', names: [], count: 3 },
        {
          kind: 'connection',
          destination: '198.51.100.7:4444',
          address: '198.51.100.7',
          port: 4444,
          names: [],
          count: 1,
        },
      ],
      allowed: [{ name: 'pypi.org', count: 12, addresses: ['151.101.0.223'] }],
      daemonAlive: false,
      failures: [],
      warnings: ['ip6tables-save was not available'],
      suggestedAllowlist: 'allowed-endpoints: |\n  files.internal.example\n  198.51.100.7:4444',
    });
    assert.deepEqual(report, {
      mode: 'audit',
      allowed: [{ host: 'pypi.org', count: 12 }],
      blocked: [
        { host: 'files.internal.example', count: 3 },
        { host: '198.51.100.7', port: 4444, count: 1 },
      ],
      suggested: ['files.internal.example', '198.51.100.7:4444'],
      problems: [
        'The DNS daemon was not answering at the end of the job.',
        'ip6tables-save was not available',
      ],
    });

    // In the summary the IP literal is kept out of the paste-ready block.
    const md = renderSummary(input({ result: scan([]), egress: report }));
    assert.ok(md.includes('```yaml\nallowed-endpoints: |\n  files.internal.example\n```'));
    assert.match(md, /\*\*Do not allow\*\*\n\n- <code>198\.51\.100\.7<\/code>: IP literal[^\n]*\n\n/);
    assert.match(md, /- ⚠️ The DNS daemon was not answering at the end of the job\./);
  });

  it('maps a block report to what was refused', () => {
    const report = fromEgressLayer({
      mode: 'block',
      blocked: [{ kind: 'name', destination: 'webhook.site', names: [], count: 2 }],
      audited: [],
      allowed: [],
      daemonAlive: true,
      failures: [],
      warnings: [],
    });
    assert.deepEqual(report, { mode: 'block', allowed: [], blocked: [{ host: 'webhook.site', count: 2 }] });
  });
});
