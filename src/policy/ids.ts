/** What a job id and a rule id may look like, for the policy file and for suppression comments. */
export const JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
export const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
