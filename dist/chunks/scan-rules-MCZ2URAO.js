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
} from "./chunk-IP2GJXWI.js";
import "./chunk-SCD2Q5QN.js";
import "./chunk-E7AQUCQ4.js";
import "./chunk-GURDG6HC.js";
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
