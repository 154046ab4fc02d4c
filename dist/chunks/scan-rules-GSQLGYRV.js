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
} from "./chunk-SZGJ6MI2.js";
import "./chunk-OKSIRDMI.js";
import "./chunk-YUYIF2UT.js";
import "./chunk-ZLR2YOX5.js";
import "./chunk-XHAUBIQC.js";
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
