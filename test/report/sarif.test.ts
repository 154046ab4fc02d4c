import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FINGERPRINT_KEY, artifactUri, formatSarif, sarifCategory, toSarif } from '../../src/report/sarif.js';
import type { SarifLog } from '../../src/report/sarif.js';
import { allFindings, deploy, ghostAction, rules, scan, shaiHulud, WORKFLOW_PATH } from './findings.js';

const options = {
  category: sarifCategory(WORKFLOW_PATH, 'publish'),
  toolVersion: '0.1.0',
  rules,
  informationUri: 'https://github.com/octo/exfil-guard',
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isPositiveInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 1;

/**
 * The parts of SARIF 2.1.0 that GitHub code scanning reads (and upload-sarif validates), checked on the parsed
 * JSON so that the test sees what would be uploaded. Returns one line per problem.
 */
function codeScanningProblems(log: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  if (!isObject(log)) return ['log is not an object'];
  need(log.version === '2.1.0', 'version must be "2.1.0"');
  need(typeof log.$schema === 'string' && /sarif.*2\.1\.0/.test(log.$schema), '$schema names SARIF 2.1.0');
  need(Array.isArray(log.runs) && log.runs.length >= 1, 'runs is a non-empty array');
  for (const [r, run] of (Array.isArray(log.runs) ? log.runs : []).entries()) {
    if (!isObject(run)) {
      problems.push(`runs[${r}] is not an object`);
      continue;
    }
    const driver = isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : null;
    need(driver !== null, `runs[${r}].tool.driver`);
    need(typeof driver?.name === 'string' && driver.name !== '', 'driver.name');
    need(typeof driver?.version === 'string', 'driver.version');
    need(
      driver?.semanticVersion === undefined ||
        (typeof driver.semanticVersion === 'string' && /^\d+\.\d+\.\d+/.test(driver.semanticVersion)),
      'semanticVersion',
    );
    const ruleList = Array.isArray(driver?.rules) ? driver.rules : [];
    const ids = ruleList.map((rule) => (isObject(rule) ? rule.id : undefined));
    need(new Set(ids).size === ids.length, 'rule ids are unique');
    for (const rule of ruleList) {
      if (!isObject(rule)) continue;
      const id = String(rule.id);
      need(typeof rule.id === 'string' && rule.id !== '', 'rule.id');
      for (const key of ['shortDescription', 'fullDescription', 'help'] as const) {
        const v = rule[key];
        need(isObject(v) && typeof v.text === 'string' && v.text !== '', `${id}.${key}.text`);
      }
      need(isObject(rule.help) && typeof rule.help.markdown === 'string', `${id}.help.markdown`);
      const level = isObject(rule.defaultConfiguration) ? rule.defaultConfiguration.level : undefined;
      need(['error', 'warning', 'note', 'none'].includes(String(level)), `${id}.defaultConfiguration.level`);
      const props = isObject(rule.properties) ? rule.properties : {};
      need(
        Array.isArray(props.tags) && props.tags.every((t) => typeof t === 'string'),
        `${id}.properties.tags`,
      );
      const severity = Number(props['security-severity']);
      need(
        typeof props['security-severity'] === 'string' && severity >= 0 && severity <= 10,
        `${id}.properties.security-severity is a number from 0 to 10, as a string`,
      );
      need(
        ['very-high', 'high', 'medium', 'low'].includes(String(props.precision)),
        `${id}.properties.precision`,
      );
    }
    need(
      isObject(run.automationDetails) && typeof run.automationDetails.id === 'string',
      'automationDetails.id',
    );
    const results = Array.isArray(run.results) ? run.results : [];
    need(Array.isArray(run.results), 'results is an array');
    for (const [i, result] of results.entries()) {
      const at = `results[${i}]`;
      if (!isObject(result)) {
        problems.push(`${at} is not an object`);
        continue;
      }
      need(typeof result.ruleId === 'string', `${at}.ruleId`);
      need(
        Number.isInteger(result.ruleIndex) && ids[result.ruleIndex as number] === result.ruleId,
        `${at}.ruleIndex points at its rule`,
      );
      need(['error', 'warning', 'note', 'none'].includes(String(result.level)), `${at}.level`);
      need(
        isObject(result.message) && typeof result.message.text === 'string' && result.message.text !== '',
        `${at}.message.text`,
      );
      const locations: unknown[] = Array.isArray(result.locations) ? result.locations : [];
      const related: unknown[] = Array.isArray(result.relatedLocations) ? result.relatedLocations : [];
      need(locations.length >= 1, `${at}.locations`);
      const all = [...locations, ...related];
      for (const location of all) {
        const physical =
          isObject(location) && isObject(location.physicalLocation) ? location.physicalLocation : null;
        const artifact = physical && isObject(physical.artifactLocation) ? physical.artifactLocation : null;
        const uri = typeof artifact?.uri === 'string' ? artifact.uri : '';
        need(
          uri !== '' && !uri.startsWith('/') && !/^\.\.?\//.test(uri) && !uri.includes('\\'),
          `${at} uri is repo-relative: ${uri}`,
        );
        need(artifact?.uriBaseId === '%SRCROOT%', `${at} uriBaseId`);
        const region = physical && isObject(physical.region) ? physical.region : null;
        need(region !== null && isPositiveInt(region.startLine), `${at} region.startLine`);
        if (region) {
          need(region.startColumn === undefined || isPositiveInt(region.startColumn), `${at} startColumn`);
          need(
            region.endLine === undefined || (region.endLine as number) >= (region.startLine as number),
            `${at} endLine`,
          );
          if (region.endColumn !== undefined && region.endLine === region.startLine) {
            need(
              (region.endColumn as number) > (region.startColumn as number),
              `${at} endColumn is exclusive`,
            );
          }
        }
      }
      const fingerprints = isObject(result.partialFingerprints) ? result.partialFingerprints : null;
      need(
        fingerprints !== null &&
          Object.values(fingerprints).length > 0 &&
          Object.values(fingerprints).every((v) => typeof v === 'string'),
        `${at}.partialFingerprints`,
      );
      need(
        !(fingerprints && 'primaryLocationLineHash' in fingerprints),
        `${at} leaves primaryLocationLineHash to upload-sarif`,
      );
      if (result.suppressions !== undefined) {
        const list = Array.isArray(result.suppressions) ? result.suppressions : [];
        need(
          list.length > 0 &&
            list.every((s) => isObject(s) && ['inSource', 'external'].includes(String(s.kind))),
          `${at}.suppressions`,
        );
      }
    }
  }
  return problems;
}

describe('toSarif', () => {
  const log = JSON.parse(formatSarif(scan(), options)) as SarifLog;
  const run = log.runs[0];

  it('passes the code scanning structure checks', () => {
    assert.deepEqual(codeScanningProblems(log), []);
  });

  it('the checker catches what code scanning would reject', () => {
    const broken = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    const first = broken.runs[0]?.results[0];
    assert.ok(first);
    first.ruleIndex = 99;
    (
      first.locations as { physicalLocation: { artifactLocation: { uri: string } } }[]
    )[0]!.physicalLocation.artifactLocation.uri = '/abs/x.yml';
    assert.deepEqual(codeScanningProblems(broken), [
      'results[0].ruleIndex points at its rule',
      'results[0] uri is repo-relative: /abs/x.yml',
    ]);
  });

  it('describes the tool and every registered rule, whether or not it fired', () => {
    const driver = run?.tool.driver;
    assert.equal(driver?.name, 'Exfil Guard');
    assert.equal(driver?.version, '0.1.0');
    assert.equal(driver?.informationUri, 'https://github.com/octo/exfil-guard');
    assert.deepEqual(
      driver?.rules.map((r) => r.id),
      rules.map((r) => r.id).sort(),
    );
    const exfil = driver?.rules.find((r) => r.id === 'secret-to-exfil-service');
    assert.deepEqual(exfil, {
      id: 'secret-to-exfil-service',
      name: 'SecretToExfilService',
      shortDescription: { text: 'Secret sent to a known exfiltration service' },
      fullDescription: { text: 'GhostAction sent 3,325 secrets to request bins and throwaway hosts.' },
      help: {
        text: 'Remove the step and rotate the secret.',
        markdown: 'Remove the step and rotate the secret.',
      },
      defaultConfiguration: { level: 'error' },
      properties: {
        tags: ['security', 'ci', 'secrets', 'exfiltration'],
        precision: 'high',
        'problem.severity': 'error',
        'security-severity': '9.5',
      },
    });
    const levels = Object.fromEntries(
      driver?.rules.map((r) => [r.id, r.properties['security-severity']]) ?? [],
    );
    assert.equal(levels['secret-to-unlisted-host'], '8.5');
    assert.equal(levels['uncatalogued-action-with-secret'], '5.5');
    assert.equal(levels['trusted-publishing'], '2.0');
  });

  it('gives each result its rule, level, message, location and the secret’s source', () => {
    const result = run?.results.find((r) => r.ruleId === 'secret-to-exfil-service');
    assert.ok(result);
    assert.equal(run?.tool.driver.rules[result.ruleIndex]?.id, 'secret-to-exfil-service');
    assert.equal(result.level, 'error');
    assert.equal(result.message.text, ghostAction.message);
    assert.deepEqual(result.locations, [
      {
        physicalLocation: {
          artifactLocation: { uri: WORKFLOW_PATH, uriBaseId: '%SRCROOT%' },
          region: {
            startLine: 30,
            startColumn: 11,
            endLine: 30,
            endColumn: (ghostAction.location.endColumn ?? 0) + 1,
          },
        },
      },
    ]);
    assert.deepEqual(result.relatedLocations?.[0]?.message, { text: 'PYPI_API_TOKEN enters here' });
    assert.equal(result.relatedLocations?.[0]?.physicalLocation.region?.startLine, 13);
    assert.deepEqual(
      result.codeFlows?.[0]?.threadFlows[0]?.locations.map((l) => [
        l.location.message.text,
        l.location.physicalLocation.region?.startLine,
      ]),
      [
        ['secrets.PYPI_API_TOKEN', 13],
        ['env T (job env, line 13)', 13],
        ['curl -d (line 30)', 30],
      ],
    );
    assert.deepEqual(result.properties.secrets, ['PYPI_API_TOKEN']);
  });

  it('sets the category per workflow and job', () => {
    assert.equal(run?.automationDetails.id, 'exfil-guard/.github/workflows/release.yml/publish/');
    assert.equal(sarifCategory('./.github/workflows/ci.yml', null), 'exfil-guard/.github/workflows/ci.yml/');
    assert.equal(sarifCategory('.'), 'exfil-guard/');
    assert.equal(sarifCategory('octo/repo'), 'exfil-guard/octo/repo/');
  });

  it('fingerprints from the finding fingerprint: stable when lines move, distinct between findings', () => {
    const moved = { ...deploy, location: { ...deploy.location, line: deploy.location.line + 7 } };
    const a = toSarif(scan([deploy]), options).runs[0]?.results[0]?.partialFingerprints;
    const b = toSarif(scan([moved]), options).runs[0]?.results[0]?.partialFingerprints;
    const c = toSarif(scan([shaiHulud]), options).runs[0]?.results[0]?.partialFingerprints;
    assert.ok(a?.[FINGERPRINT_KEY]);
    assert.match(a[FINGERPRINT_KEY] ?? '', /^[0-9a-f]{32}$/);
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
  });

  it('marks suppressed findings with their justification', () => {
    const result = run?.results.find((r) => r.ruleId === 'secret-to-ip-literal');
    assert.deepEqual(result?.suppressions, [
      { kind: 'inSource', justification: 'decommissioned host, removed in #412' },
    ]);
    const byConfig = toSarif(
      scan([{ ...deploy, suppressed: { reason: 'our deploy host', by: 'config' } }]),
      options,
    );
    assert.deepEqual(byConfig.runs[0]?.results[0]?.suppressions, [
      { kind: 'external', justification: 'our deploy host' },
    ]);
    assert.equal(run?.results.filter((r) => r.suppressions === undefined).length, allFindings.length - 1);
  });

  it('declares a rule that a finding names but the registry does not list', () => {
    const stray = { ...deploy, rule: 'brand-new-rule' };
    const sarif = toSarif(scan([stray]), options);
    const driverRules = sarif.runs[0]?.tool.driver.rules ?? [];
    const index = sarif.runs[0]?.results[0]?.ruleIndex ?? -1;
    assert.equal(driverRules[index]?.id, 'brand-new-rule');
    assert.deepEqual(codeScanningProblems(sarif), []);
  });

  it('reports unreadable files as tool notifications, not alerts', () => {
    const sarif = toSarif(scan([], [{ path: 'bad.yml', error: 'bad.yml:2: not YAML' }]), options);
    assert.deepEqual(sarif.runs[0]?.results, []);
    assert.deepEqual(sarif.runs[0]?.invocations[0]?.toolExecutionNotifications, [
      {
        level: 'error',
        message: { text: 'bad.yml:2: not YAML' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'bad.yml', uriBaseId: '%SRCROOT%' } } }],
      },
    ]);
  });

  it('orders results deterministically, whatever the input order', () => {
    const forward = formatSarif(scan(allFindings), options);
    const backward = formatSarif(scan([...allFindings].reverse()), options);
    assert.equal(forward, backward);
  });

  it('writes repo-relative URIs with each segment encoded', () => {
    assert.equal(artifactUri('./.github/workflows/my flow#1.yml'), '.github/workflows/my%20flow%231.yml');
    assert.equal(artifactUri('.github\\workflows\\ci.yml'), '.github/workflows/ci.yml');
    const absolute = toSarif(
      scan([{ ...deploy, location: { file: '/tmp/x y/ci.yml', line: 1, column: 1 } }]),
      options,
    );
    assert.deepEqual(absolute.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation, {
      uri: 'file:///tmp/x%20y/ci.yml',
    });
  });
});
