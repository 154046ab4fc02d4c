/** The action's outputs and saved state: names as action.yml declares them, values never secret. */
import * as core from '@actions/core';
import type { VerdictName } from './verdict.js';

export interface ActionOutputs {
  findings: number;
  verdict: VerdictName;
  reportFile: string;
  sarifFile: string;
}

export function setOutputs(o: ActionOutputs): void {
  core.setOutput('findings', String(o.findings));
  core.setOutput('verdict', o.verdict);
  core.setOutput('report-file', o.reportFile);
  core.setOutput('sarif-file', o.sarifFile);
}

/** What main hands to post. Only paths, flags and modes: post runs with the same step env, secrets never go here. */
export interface MainState {
  /** Set when main got as far as writing its reports. */
  completed: boolean;
  reportFile: string;
  /** Opaque state from the egress layer (paths, rule-set names), or '' when egress is off. */
  egress: string;
}

export const STATE_KEY = 'exfil-guard';

export function saveMainState(state: MainState): void {
  core.saveState(STATE_KEY, JSON.stringify(state));
}

export function loadMainState(): MainState | null {
  const raw = core.getState(STATE_KEY);
  if (raw === '') return null;
  try {
    return JSON.parse(raw) as MainState;
  } catch {
    return null;
  }
}
