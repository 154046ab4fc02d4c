import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);

// src/context/runtime-rules.ts
var WORKFLOW_ADDED_BY_THIS_PUSH = {
  id: "workflow-added-by-this-push",
  title: "The running workflow was added or changed by the push that triggered it",
  severity: "error",
  rationale: "A workflow file pushed to a branch runs at once, with every secret the repository gives that branch. In the GhostAction campaign (September 2025) stolen maintainer tokens were used to push a new workflow to hundreds of repositories; it ran on that very push and sent 3,325 secrets to an attacker's host. A job holding secrets in a workflow the triggering push created deserves a look before anything else runs; a modified workflow is the same shape with an existing file.",
  fix: "Check that the commit which added or changed this workflow is yours. Protect the branch (rulesets: require pull requests, restrict who can push to .github/workflows with a CODEOWNERS review), and scope secrets to environments with required reviewers so a pushed workflow cannot read them."
};
var GUARD_NOT_FIRST_STEP = {
  id: "guard-not-first-step",
  title: "Steps ran before Exfil Guard",
  severity: "warning",
  rationale: "Exfil Guard can only stop what runs after it. Steps before it run with the job's environment and token and without the egress allowlist; a compromised action there (tj-actions/changed-files, March 2025) has already had its chance to read and send secrets by the time the guard starts.",
  fix: "Make Exfil Guard the first step of the job; it does not need a checkout (it reads the workflow through the API)."
};
var PROXY_OUTSIDE_ALLOWLIST = {
  id: "proxy-outside-allowlist",
  title: "A proxy variable points outside the allowlist",
  severity: "warning",
  rationale: "Tools that honour HTTP_PROXY, HTTPS_PROXY or ALL_PROXY send every request, headers and tokens included, to the proxy first. A proxy the allowlist does not name is a destination for every secret of the job, set by the runner's configuration or by an earlier step writing to GITHUB_ENV.",
  fix: "Add the proxy host to `allowed-endpoints` if it is your own, or find what set the variable and remove it."
};
var INJECTION_PRONE_VARIABLE = {
  id: "injection-prone-variable",
  title: "A variable that loads hidden code is set",
  severity: "warning",
  rationale: "NODE_OPTIONS (--require), LD_PRELOAD, BASH_ENV, PROMPT_COMMAND and their relatives make every later process load code that no step of the workflow shows. They are a classic way to persist inside a job once one step is compromised: an earlier step writes them to GITHUB_ENV, and every later step then runs the attacker's code with its secrets.",
  fix: "Find what sets the variable (the runner image, the workflow env, or an earlier step writing to GITHUB_ENV) and remove it; set such variables only in the step that needs them."
};
var OIDC_TOKEN_AVAILABLE = {
  id: "oidc-token-available",
  title: "Steps of this job can mint an OIDC token",
  severity: "note",
  rationale: "With `id-token: write` any step can request a GitHub OIDC token and exchange it for cloud credentials of every role that trusts this repository. The token is not a stored secret, so secret masking and secret scanning do not see it, and it is worth as much as the roles behind it.",
  fix: "Grant `id-token: write` only to the job (not the workflow) that deploys, and restrict the cloud roles' trust policies to the branch and environment that need them."
};
var FORK_PULL_REQUEST_NO_SECRETS = {
  id: "fork-pull-request-no-secrets",
  title: "Pull request from a fork: secrets are withheld",
  severity: "note",
  rationale: "GitHub does not pass secrets (other than a read-only GITHUB_TOKEN) to workflows run for pull requests from forks, so nothing secret can leave this run. The findings still describe what the workflow would do on events that do carry secrets.",
  fix: "Nothing to do for this run."
};
var RUNTIME_RULES = [
  WORKFLOW_ADDED_BY_THIS_PUSH,
  GUARD_NOT_FIRST_STEP,
  PROXY_OUTSIDE_ALLOWLIST,
  INJECTION_PRONE_VARIABLE,
  OIDC_TOKEN_AVAILABLE,
  FORK_PULL_REQUEST_NO_SECRETS
];

export {
  WORKFLOW_ADDED_BY_THIS_PUSH,
  GUARD_NOT_FIRST_STEP,
  PROXY_OUTSIDE_ALLOWLIST,
  INJECTION_PRONE_VARIABLE,
  OIDC_TOKEN_AVAILABLE,
  FORK_PULL_REQUEST_NO_SECRETS,
  RUNTIME_RULES
};
