import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  scanFiles
} from "./chunk-GC3QG5N3.js";
import "./chunk-M3BHJP2Y.js";
import "./chunk-V4YGUZWM.js";
import "./chunk-XQQDOGMR.js";
import "./chunk-QET5IY2S.js";
import "./chunk-OUCILH4N.js";
import "./chunk-JLYDGA43.js";
import "./chunk-54VL6NPG.js";
import "./chunk-S2LNTRLH.js";
import "./chunk-NK54UKDG.js";
import "./chunk-BW6K7SVA.js";
import "./chunk-7VTNRWSX.js";
import "./chunk-4LRHTQF6.js";
import "./chunk-XXN2UIB3.js";
export {
  scanFiles
};
