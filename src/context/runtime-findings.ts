/**
 * Findings from what the runner and the event show: the running workflow pushed by this very push, steps that ran
 * before the guard, proxies and code-loading variables in the environment, OIDC, and fork pull requests.
 * Pure: facts in, findings out. Messages name variables and hosts, never a value (proxy credentials included).
 */
import type { Finding, Location, Severity } from '../analysis/types.js';
import type { Job, Pos, Step } from '../workflow/types.js';
import {
  FORK_PULL_REQUEST_NO_SECRETS,
  GUARD_NOT_FIRST_STEP,
  INJECTION_PRONE_VARIABLE,
  OIDC_TOKEN_AVAILABLE,
  PROXY_OUTSIDE_ALLOWLIST,
  WORKFLOW_ADDED_BY_THIS_PUSH,
  type RuntimeRule,
} from './runtime-rules.js';
import type { EventFacts, RuntimeFacts, WorkflowLocation } from './types.js';

/** Model nodes that give findings a precise location; without them findings point at the file's first line. */
export interface RuntimeAnchors {
  job?: Job;
  guardStep?: Step | null;
}

const WHY_INJECTION: Record<string, string> = {
  NODE_OPTIONS: 'every node process of later steps can be made to load a module (--require, --import)',
  LD_PRELOAD: 'every dynamically linked program of later steps loads the named library first',
  LD_LIBRARY_PATH: 'later programs look for their libraries in these directories first',
  LD_AUDIT: 'every dynamically linked program of later steps loads the named audit library',
  DYLD_INSERT_LIBRARIES: 'every program of later steps loads the named library first',
  BASH_ENV: 'every non-interactive bash of later steps, `run:` scripts included, sources this file first',
  ENV: 'every sh of later steps sources this file first',
  PROMPT_COMMAND: 'bash runs this command before each prompt',
  PYTHONSTARTUP: 'interactive python runs this file first',
  PYTHONPATH: 'python of later steps imports modules from these directories first',
  PERL5OPT: 'every perl of later steps runs with these options (-M loads a module)',
  RUBYOPT: 'every ruby of later steps runs with these options (-r loads a file)',
  JAVA_TOOL_OPTIONS: 'every JVM of later steps runs with these options (-javaagent loads code)',
  _JAVA_OPTIONS: 'every JVM of later steps runs with these options (-javaagent loads code)',
  GIT_SSH_COMMAND: 'git runs this command instead of ssh for every remote operation',
};

export function runtimeFindings(
  facts: RuntimeFacts,
  event: EventFacts,
  jobHoldsSecrets: boolean | readonly string[],
  location: WorkflowLocation,
  anchors: RuntimeAnchors = {},
): Finding[] {
  const file = location.path;
  const job = location.job === '' ? null : location.job;
  const jobLabel = job === null ? 'this job' : `job ${job}`;
  const secrets = typeof jobHoldsSecrets === 'boolean' ? [] : [...jobHoldsSecrets];
  const holds = typeof jobHoldsSecrets === 'boolean' ? jobHoldsSecrets : jobHoldsSecrets.length > 0;
  const fileStart: Location = { file, line: 1, column: 1 };
  const jobLocation = anchors.job ? at(file, anchors.job.pos) : fileStart;
  const out: Finding[] = [];

  const make = (
    rule: RuntimeRule,
    detail: string,
    fields: Partial<Finding> & Pick<Finding, 'message'>,
    severity: Severity = rule.severity,
  ): Finding => ({
    rule: rule.id,
    severity,
    confidence: 'high',
    location: jobLocation,
    job,
    step: null,
    stepName: null,
    secrets: [],
    destinations: [],
    evidence: [],
    fix: rule.fix,
    fingerprint: [rule.id, location.repository, file, job ?? '', detail].join('|'),
    ...fields,
  });

  if ((event.workflowAdded || event.workflowModified) && holds) {
    const commits = event.touchingCommits.filter((c) => c !== '');
    const by = commits.length > 0 ? ` (commit${commits.length > 1 ? 's' : ''} ${commits.join(', ')})` : '';
    const held = secrets.length > 0 ? ` (${secrets.join(', ')})` : '';
    out.push(
      make(
        WORKFLOW_ADDED_BY_THIS_PUSH,
        event.workflowAdded ? 'added' : 'modified',
        {
          message: event.workflowAdded
            ? `${file} was added by the push that triggered this run${by}, and ${jobLabel} holds secrets${held}: ` +
              'a workflow pushed and run at once is how GhostAction sent 3,325 secrets out'
            : `${file} was changed by the push that triggered this run${by}, and ${jobLabel} holds secrets${held}: ` +
              'make sure the change is yours before its secret-holding steps run',
          location: fileStart,
          secrets,
          evidence: commits.map((c) => ({
            text: `commit ${c} ${event.workflowAdded ? 'adds or edits' : 'edits'} ${file}`,
          })),
        },
        event.workflowAdded ? 'error' : 'warning',
      ),
    );
  }

  const before = facts.stepsBeforeGuard ?? 0;
  if (before > 0) {
    const earlier = anchors.job?.steps.slice(0, before) ?? [];
    const names = earlier.map((s) => `"${s.label}"`).join(', ');
    const guard = anchors.guardStep ?? null;
    out.push(
      make(GUARD_NOT_FIRST_STEP, String(before), {
        message:
          `${before} step${before > 1 ? 's' : ''} ran before Exfil Guard in ${jobLabel}, unguarded` +
          (names ? `: ${names}` : ''),
        location: guard ? at(file, guard.pos) : jobLocation,
        step: guard?.index ?? null,
        stepName: guard?.label ?? null,
        evidence: earlier.map((s) => ({
          text: `step ${s.index + 1}: ${s.label}`,
          location: at(file, s.pos),
        })),
      }),
    );
  }

  for (const proxy of facts.proxies ?? []) {
    out.push(
      make(PROXY_OUTSIDE_ALLOWLIST, proxy.variable, {
        message:
          `${proxy.variable} points at the proxy ${proxy.host}, which the allowlist does not name: requests of ` +
          'later steps, with the tokens they carry, go through it',
        destinations: [proxy.host],
      }),
    );
  }

  for (const variable of facts.injectionVariables ?? []) {
    const why =
      WHY_INJECTION[variable] ??
      (variable.startsWith('BASH_FUNC_')
        ? 'bash of later steps defines this function, which can shadow any command'
        : 'later processes load code it names');
    out.push(
      make(INJECTION_PRONE_VARIABLE, variable, {
        message: `${variable} is set in the environment of ${jobLabel}: ${why}`,
      }),
    );
  }

  if (facts.oidcAvailable) {
    out.push(
      make(OIDC_TOKEN_AVAILABLE, 'oidc', {
        message:
          `Steps of ${jobLabel} can request an OIDC token (id-token: write): any of them can exchange it for the ` +
          'cloud roles that trust this repository',
        secrets: ['OIDC token'],
      }),
    );
  }

  if (event.forkPullRequest) {
    const from = event.headRepository ? ` from ${event.headRepository}` : ' from a fork';
    out.push(
      make(FORK_PULL_REQUEST_NO_SECRETS, 'fork', {
        message: `This run is for a pull request${from}: GitHub withholds secrets, so none can leave this run`,
        location: fileStart,
      }),
    );
  }
  return out;
}

function at(file: string, pos: Pos): Location {
  return { file, line: pos.line, column: pos.column, endLine: pos.endLine, endColumn: pos.endColumn };
}
