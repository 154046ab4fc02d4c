import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);

// src/policy/ids.ts
var JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
var RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export {
  JOB_ID,
  RULE_ID
};
