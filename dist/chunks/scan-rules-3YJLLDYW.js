import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  addedWorkflowFinding,
  applyPolicy,
  fingerprintOf,
  iocRules,
  scanRules,
  secretAddedFinding,
  secretReferenceAdded,
  workflowAddedWithSecrets
} from "./chunk-GHLA6MIY.js";
import "./chunk-XQQDOGMR.js";
import "./chunk-54VL6NPG.js";
import "./chunk-XXN2UIB3.js";
export {
  addedWorkflowFinding,
  applyPolicy,
  fingerprintOf,
  iocRules,
  scanRules,
  secretAddedFinding,
  secretReferenceAdded,
  workflowAddedWithSecrets
};
