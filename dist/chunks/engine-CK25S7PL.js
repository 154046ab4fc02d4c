import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  scanFiles
} from "./chunk-VNIOGSOM.js";
import "./chunk-M3BHJP2Y.js";
import "./chunk-LVPMBYD7.js";
import "./chunk-UR2PXTHB.js";
import "./chunk-XVY5KRYH.js";
import "./chunk-JLYDGA43.js";
import "./chunk-AVKL5W3U.js";
import "./chunk-S2LNTRLH.js";
import "./chunk-NK54UKDG.js";
import "./chunk-BW6K7SVA.js";
import "./chunk-4LRHTQF6.js";
import "./chunk-XXN2UIB3.js";
export {
  scanFiles
};
