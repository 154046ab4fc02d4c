import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatJson, toJsonReport } from '../../src/report/json.js';
import { allFindings, ghostAction, scan, suppressedIp, WORKFLOW_PATH } from './findings.js';

const REQUIRED = [
  'rule',
  'severity',
  'file',
  'line',
  'column',
  'job',
  'step',
  'stepName',
  'secrets',
  'destinations',
  'message',
];

describe('JSON report v1', () => {
  it('has exactly the documented top level', () => {
    const report = toJsonReport(scan());
    assert.deepEqual(Object.keys(report), ['version', 'files', 'findings']);
    assert.equal(report.version, 1);
    assert.deepEqual(report.files, [{ path: WORKFLOW_PATH, error: null }]);
  });

  it('starts every finding with the documented fields in order, additions after them', () => {
    const report = toJsonReport(scan());
    for (const f of report.findings) assert.deepEqual(Object.keys(f).slice(0, REQUIRED.length), REQUIRED);
  });

  it('writes the GhostAction finding as the contract shows it', () => {
    const report = toJsonReport(scan([ghostAction]));
    assert.deepEqual(report.findings[0], {
      rule: 'secret-to-exfil-service',
      severity: 'error',
      file: WORKFLOW_PATH,
      line: 30,
      column: 11,
      job: 'publish',
      step: 4,
      stepName: 'Run',
      secrets: ['PYPI_API_TOKEN'],
      destinations: ['bold-dhawan.45-139-104-115.plesk.page'],
      message:
        'PYPI_API_TOKEN is sent to bold-dhawan.45-139-104-115.plesk.page by curl (step "Run", line 30)',
      endLine: 30,
      endColumn: ghostAction.location.endColumn,
      confidence: 'high',
      evidence: [
        {
          text: 'secrets.PYPI_API_TOKEN',
          location: { file: WORKFLOW_PATH, line: 13, column: 14, endLine: 13, endColumn: 35 },
        },
        {
          text: 'env T (job env, line 13)',
          location: { file: WORKFLOW_PATH, line: 13, column: 7, endLine: 13, endColumn: 12 },
        },
        {
          text: 'curl -d (line 30)',
          location: { file: WORKFLOW_PATH, line: 30, column: 11, endLine: 30, endColumn: 20 },
        },
        { text: 'bold-dhawan.45-139-104-115.plesk.page', location: null },
      ],
      fix: 'Remove the step; rotate PYPI_API_TOKEN and move to Trusted Publishing.',
      source: { file: WORKFLOW_PATH, line: 13, column: 14, endLine: 13, endColumn: 35 },
      fingerprint: ghostAction.fingerprint,
      suppressed: null,
    });
  });

  it('keeps suppressed findings, with the reason and who suppressed them', () => {
    const entry = toJsonReport(scan([suppressedIp])).findings[0];
    assert.deepEqual(entry?.suppressed, { reason: 'decommissioned host, removed in #412', by: 'comment' });
  });

  it('uses null for job-level and file-level positions', () => {
    const jobLevel = { ...ghostAction, step: null, stepName: null };
    const fileLevel = { ...ghostAction, job: null, step: null, stepName: null };
    const report = toJsonReport(scan([jobLevel, { ...fileLevel, fingerprint: 'f' }]));
    const a = report.findings.find((f) => f.fingerprint !== 'f');
    const b = report.findings.find((f) => f.fingerprint === 'f');
    assert.deepEqual([a?.job, a?.step, a?.stepName], ['publish', null, null]);
    assert.deepEqual([b?.job, b?.step, b?.stepName], [null, null, null]);
  });

  it('is deterministic: files by path, findings by location, whatever the input order', () => {
    const files = [
      { path: 'b.yml', error: null },
      { path: 'a.yml', error: 'a.yml:1: not a mapping' },
    ];
    const forward = formatJson(scan(allFindings, files));
    const backward = formatJson(scan([...allFindings].reverse(), [...files].reverse()));
    assert.equal(forward, backward);
    const report = JSON.parse(forward) as ReturnType<typeof toJsonReport>;
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['a.yml', 'b.yml'],
    );
    const lines = report.findings.map((f) => f.line);
    assert.deepEqual(
      lines,
      [...lines].sort((x, y) => x - y),
    );
    assert.ok(forward.endsWith('}\n'));
  });

  it('does not share arrays with the findings it was built from', () => {
    const report = toJsonReport(scan([ghostAction]));
    report.findings[0]?.secrets.push('MUTATED');
    assert.deepEqual(ghostAction.secrets, ['PYPI_API_TOKEN']);
  });
});
