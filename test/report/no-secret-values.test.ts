import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planReportAnnotations } from '../../src/report/annotations.js';
import { formatGithub } from '../../src/report/github.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif, sarifCategory } from '../../src/report/sarif.js';
import { renderSummary } from '../../src/report/summary.js';
import { formatText } from '../../src/report/text.js';
import { failureMessage } from '../../src/report/verdict.js';
import { input, rules, WORKFLOW_PATH } from './findings.js';

/**
 * Findings carry secret names, never values, by construction. The formatters must not add any: they read no
 * environment. Put values in the environment under the very names the findings mention and check every output.
 */
describe('secret values', () => {
  const values: Record<string, string> = {
    PYPI_API_TOKEN: 'pypi-AgEIcHlwaS5vcmcCJGExYjItc2VjcmV0LXZhbHVl',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    NPM_TOKEN: 'npm_s3cr3tV4lu3xxxxxxxxxxxxxxxxxxxxxxxx',
    SLACK_TOKEN: 'xoxb-000000000000-secret-value',
  };

  it('appear in no report, even with the values in the environment', () => {
    const saved = { ...process.env };
    Object.assign(process.env, values);
    try {
      const report = input({
        runtime: { secretEnvNames: Object.keys(values), oidcAvailable: true },
        workflow: { path: WORKFLOW_PATH, job: 'publish' },
      });
      const outputs = [
        renderSummary(report),
        formatText(report, { color: true }),
        formatText(report, { color: false }),
        formatJson(report.result),
        formatSarif(report.result, {
          category: sarifCategory(WORKFLOW_PATH, 'publish'),
          toolVersion: '0.1.0',
          rules,
        }),
        formatGithub(report),
        JSON.stringify(planReportAnnotations(report)),
        failureMessage(report.result.findings, 'note') ?? '',
      ];
      for (const output of outputs) {
        for (const [name, value] of Object.entries(values)) {
          assert.ok(!output.includes(value), `the value of ${name} leaked`);
          assert.ok(!output.includes(value.slice(0, 12)), `a prefix of ${name} leaked`);
        }
      }
      // The names are what the reports are about.
      assert.ok(outputs[0]?.includes('PYPI_API_TOKEN'));
    } finally {
      for (const name of Object.keys(values)) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
    }
  });
});
