/**
 * Action inputs → a validated Options object. Every input is checked up front so that a typo fails the step with
 * one line naming the input, the value and what is allowed, before any analysis runs.
 */
import { UserError } from './errors.js';
import type { EgressMode, FailOn, Options, Scope } from './options.js';
import { parseEndpointList } from './policy/endpoint.js';

/** Reads one input by its action.yml name; returns '' when unset (like `core.getInput`). */
export type GetInput = (name: string) => string;

export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];
export const EGRESS_MODES: readonly EgressMode[] = ['off', 'audit', 'block'];
export const SCOPES: readonly Scope[] = ['job', 'workflow', 'repository', 'changed'];
export const DEFAULT_CONFIG = '.github/exfil-guard.yml';

/** What `core.getBooleanInput` accepts: the YAML 1.2 core schema booleans. */
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export function readInputs(getInput: GetInput): Options {
  const get = (name: string): string => getInput(name).trim();

  const allowed = parseEndpointList(getInput('allowed-endpoints'));
  if (allowed.errors.length > 0) {
    throw new UserError(`Input "allowed-endpoints" has invalid entries: ${allowed.errors.join('; ')}`);
  }

  const configPath = get('config');
  const sarifFile = get('sarif-file');
  if (sarifFile.includes('\0')) throw invalid('sarif-file', sarifFile, 'a file path');
  if (configPath.includes('\0')) throw invalid('config', configPath, 'a file path');

  return {
    failOn: oneOf('fail-on', get('fail-on') || 'error', FAIL_ON),
    egressPolicy: oneOf('egress-policy', get('egress-policy') || 'off', EGRESS_MODES),
    allowedEndpoints: allowed.endpoints,
    config: {
      path: configPath || DEFAULT_CONFIG,
      explicit: configPath !== '' && configPath !== DEFAULT_CONFIG,
    },
    scope: oneOf('scope', get('scope') || 'job', SCOPES),
    token: get('token'),
    disableSudo: bool('disable-sudo', get('disable-sudo') || 'false'),
    sarifFile,
    jobWorkflow: {
      ref: get('workflow-ref'),
      sha: sha('workflow-sha', get('workflow-sha')),
      repository: repository('workflow-repository', get('workflow-repository')),
      filePath: get('workflow-file-path'),
    },
    checkRunId: digits('check-run-id', get('check-run-id')),
  };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw invalid(name, value, `one of: ${allowed.join(', ')}`);
}

function bool(name: string, value: string): boolean {
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw invalid(name, value, 'true or false');
}

function sha(name: string, value: string): string {
  if (value === '' || /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value)) return value.toLowerCase();
  throw invalid(name, value, 'a full commit SHA (40 hex digits), or empty');
}

function repository(name: string, value: string): string {
  if (value === '' || /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value)) return value;
  throw invalid(name, value, 'owner/repo, or empty');
}

function digits(name: string, value: string): string {
  if (value === '' || /^\d+$/.test(value)) return value;
  throw invalid(name, value, 'a number, or empty');
}

/** `Input "fail-on" has invalid value "erorr"; expected one of: error, warning, never`. */
export function invalid(name: string, value: string, expected: string): UserError {
  const shown = value.length > 200 ? `${value.slice(0, 200)}…` : value;
  return new UserError(`Input "${name}" has invalid value ${JSON.stringify(shown)}; expected ${expected}`);
}
