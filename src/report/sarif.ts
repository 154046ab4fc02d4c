/**
 * SARIF 2.1.0 for GitHub code scanning. Only fields code scanning reads, filled so that upload-sarif accepts the
 * file and alerts stay stable: every rule declared (so a fixed alert closes), `security-severity` so alerts get
 * a rank, our own stable fingerprint, and a category per workflow and job (so that two jobs uploading their
 * results do not close each other's alerts).
 */
import { shortSha256 } from '../sha256.js';
import type { Finding, Location, Severity } from '../analysis/types.js';
import type { ScanResult } from '../analysis/api.js';
import { importanceOf, compareByLocation } from './rank.js';
import type { RuleInfo } from './types.js';

export const TOOL_NAME = 'Exfil Guard';

export interface SarifOptions {
  /** `runAutomationDetails.id`; see `sarifCategory`. */
  category: string;
  toolVersion: string;
  /** Every registered rule, so code scanning knows the full rule set of this run. */
  rules: readonly RuleInfo[];
  /** Where users read about the tool, e.g. `${GITHUB_SERVER_URL}/${GITHUB_ACTION_REPOSITORY}`. */
  informationUri?: string;
}

/** `exfil-guard/<workflow path>/<job>/`: the trailing slash makes it a category with no run id. */
export function sarifCategory(workflowPath: string, job?: string | null): string {
  const clean = (s: string) =>
    s
      .replace(/\\/g, '/')
      .split('/')
      .filter((segment) => segment !== '' && segment !== '.')
      .join('/');
  const parts = [clean(workflowPath), job ? clean(job) : ''].filter((p) => p !== '');
  return `exfil-guard/${parts.map((p) => `${p}/`).join('')}`;
}

/** The SARIF key of our fingerprint. Not `primaryLocationLineHash`: upload-sarif computes that one itself. */
export const FINGERPRINT_KEY = 'exfilGuardFingerprint/v1';

type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  automationDetails: { id: string };
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
  invocations: {
    executionSuccessful: boolean;
    toolExecutionNotifications: {
      level: SarifLevel;
      message: { text: string };
      locations?: { physicalLocation: SarifPhysicalLocation }[];
    }[];
  }[];
}

export interface SarifDriver {
  name: string;
  version: string;
  semanticVersion: string;
  informationUri?: string;
  rules: SarifRule[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: {
    tags: string[];
    precision: 'very-high' | 'high' | 'medium' | 'low';
    'problem.severity': 'error' | 'warning' | 'recommendation';
    'security-severity': string;
  };
}

export interface SarifPhysicalLocation {
  /** Repo-relative with `%SRCROOT%`; an absolute path (CLI, outside any checkout) is a `file:` URI instead. */
  artifactLocation: { uri: string; uriBaseId?: '%SRCROOT%' };
  region?: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: { physicalLocation: SarifPhysicalLocation }[];
  relatedLocations?: { id: number; physicalLocation: SarifPhysicalLocation; message: { text: string } }[];
  codeFlows?: {
    threadFlows: {
      locations: { location: { physicalLocation: SarifPhysicalLocation; message: { text: string } } }[];
    }[];
  }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'inSource' | 'external'; justification: string }[];
  properties: {
    confidence: Finding['confidence'];
    secrets: string[];
    destinations: string[];
    job: string | null;
    step: number | null;
    stepName: string | null;
  };
}

export function toSarif(result: ScanResult, options: SarifOptions): SarifLog {
  const rules = ruleDescriptors(options.rules, result.findings);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const findings = [...result.findings].sort(compareByLocation);
  const failed = result.files.filter((f) => f.error !== null);

  const driver: SarifDriver = {
    name: TOOL_NAME,
    version: options.toolVersion,
    semanticVersion: options.toolVersion,
    ...(options.informationUri ? { informationUri: options.informationUri } : {}),
    rules,
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        automationDetails: { id: options.category },
        // Columns come from JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => sarifResult(f, index.get(f.rule) ?? 0)),
        invocations: [
          {
            // A file we could not read is a tool problem, not an alert: code scanning shows it on its status page.
            executionSuccessful: true,
            toolExecutionNotifications: failed.map((f) => ({
              level: 'error' as const,
              message: { text: f.error ?? '' },
              locations: [{ physicalLocation: { artifactLocation: artifact(f.path) } }],
            })),
          },
        ],
      },
    ],
  };
}

export function formatSarif(result: ScanResult, options: SarifOptions): string {
  return `${JSON.stringify(toSarif(result, options), null, 2)}\n`;
}

/** The registered rules in id order, plus a plain descriptor for any rule a finding names that is not listed. */
function ruleDescriptors(rules: readonly RuleInfo[], findings: readonly Finding[]): SarifRule[] {
  const byId = new Map<string, RuleInfo>();
  for (const r of rules) byId.set(r.id, r);
  for (const f of findings) {
    if (!byId.has(f.rule)) {
      byId.set(f.rule, { id: f.rule, title: f.rule, severity: f.severity, rationale: f.rule, fix: f.fix });
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(ruleDescriptor);
}

function ruleDescriptor(rule: RuleInfo): SarifRule {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: { text: rule.fix, markdown: rule.fix },
    defaultConfiguration: { level: rule.severity },
    properties: {
      tags: ['security', 'ci', 'secrets', 'exfiltration'],
      precision: rule.severity === 'error' ? 'high' : 'medium',
      'problem.severity': rule.severity === 'note' ? 'recommendation' : rule.severity,
      'security-severity': securitySeverity(rule.id, rule.severity),
    },
  };
}

/**
 * Code scanning ranks security alerts by this CVSS-like number: over 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9
 * medium, below that low. A secret on its way to an attacker's collector is critical.
 */
export function securitySeverity(rule: string, severity: Severity): string {
  if (severity === 'note') return '2.0';
  if (severity === 'warning') return '5.5';
  const importance = importanceOf(rule);
  // Secrets on their way to a collector, or every secret at once: critical. Other known flows: high.
  const score =
    importance >= importanceOf('env-dump-to-network')
      ? 9.5
      : importance >= 100
        ? 8.5
        : importance >= 2
          ? 8.0
          : 7.5;
  return score.toFixed(1);
}

function sarifResult(f: Finding, ruleIndex: number): SarifResult {
  const result: SarifResult = {
    ruleId: f.rule,
    ruleIndex,
    level: f.severity,
    message: { text: f.message },
    locations: [{ physicalLocation: physical(f.location) }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprintHash(f.fingerprint) },
    properties: {
      confidence: f.confidence,
      secrets: [...f.secrets],
      destinations: [...f.destinations],
      job: f.job,
      step: f.step,
      stepName: f.stepName,
    },
  };
  if (f.source && !sameLocation(f.source, f.location)) {
    const names = f.secrets.length > 0 ? f.secrets.join(', ') : 'the secret';
    result.relatedLocations = [
      { id: 1, physicalLocation: physical(f.source), message: { text: `${names} enters here` } },
    ];
  }
  const steps = f.evidence.filter((e) => e.location !== undefined);
  if (steps.length >= 2) {
    result.codeFlows = [
      {
        threadFlows: [
          {
            locations: steps.map((e) => ({
              location: { physicalLocation: physical(e.location as Location), message: { text: e.text } },
            })),
          },
        ],
      },
    ];
  }
  if (f.suppressed) {
    // A comment in the workflow is an in-source suppression; one from the config file is external to it.
    result.suppressions = [
      { kind: f.suppressed.by === 'comment' ? 'inSource' : 'external', justification: f.suppressed.reason },
    ];
  }
  return result;
}

/** A short, stable hash of the engine's fingerprint (which is itself independent of line numbers). */
export function fingerprintHash(fingerprint: string): string {
  return shortSha256(fingerprint);
}

function sameLocation(a: Location, b: Location): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}

function physical(at: Location): SarifPhysicalLocation {
  const endLine = at.endLine ?? at.line;
  return {
    artifactLocation: artifact(at.file),
    region: {
      startLine: Math.max(1, at.line),
      startColumn: Math.max(1, at.column),
      endLine: Math.max(at.line, endLine),
      // Our end columns include the last character; SARIF's point one past it.
      ...(at.endColumn !== undefined ? { endColumn: at.endColumn + 1 } : {}),
    },
  };
}

/** A repo-relative URI reference: forward slashes, each segment percent-encoded, no leading `./` or `/`. */
export function artifactUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function artifact(path: string): SarifPhysicalLocation['artifactLocation'] {
  const slashed = path.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[a-zA-Z]:\//.test(slashed)) {
    const segments = slashed.split('/').filter((s) => s !== '');
    const encoded = segments.map((s, i) => (i === 0 && /^[a-zA-Z]:$/.test(s) ? s : encodeURIComponent(s)));
    return { uri: `file:///${encoded.join('/')}` };
  }
  return { uri: artifactUri(path), uriBaseId: '%SRCROOT%' };
}
