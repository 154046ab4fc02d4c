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
} from "./chunk-VREFXEMY.js";
import "./chunk-UR2PXTHB.js";
import "./chunk-AVKL5W3U.js";
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
