import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  buildModel
} from "./chunk-YPYT62Y5.js";
import "./chunk-OKSIRDMI.js";
import "./chunk-YUYIF2UT.js";
import "./chunk-XHAUBIQC.js";
export {
  buildModel
};
