import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  buildModel
} from "./chunk-UMITTMRL.js";
import "./chunk-SCD2Q5QN.js";
import "./chunk-E7AQUCQ4.js";
import "./chunk-XXN2UIB3.js";
export {
  buildModel
};
