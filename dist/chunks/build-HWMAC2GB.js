import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  buildModel
} from "./chunk-V4YGUZWM.js";
import "./chunk-XQQDOGMR.js";
import "./chunk-54VL6NPG.js";
import "./chunk-XXN2UIB3.js";
export {
  buildModel
};
