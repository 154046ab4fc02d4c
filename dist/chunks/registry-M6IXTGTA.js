import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  ruleById,
  rules
} from "./chunk-M3BHJP2Y.js";
import "./chunk-BW6K7SVA.js";
import "./chunk-XXN2UIB3.js";
export {
  ruleById,
  rules
};
