import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  ruleById,
  rules
} from "./chunk-HKYJSD4Z.js";
import "./chunk-XXN2UIB3.js";
export {
  ruleById,
  rules
};
