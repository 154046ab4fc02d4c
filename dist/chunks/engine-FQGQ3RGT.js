import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  scanFiles
} from "./chunk-D7VQPQG6.js";
import "./chunk-M3BHJP2Y.js";
import "./chunk-RFNFT6J7.js";
import "./chunk-MV7FXYKN.js";
import "./chunk-O4SP2NJZ.js";
import "./chunk-BWFR3TZT.js";
import "./chunk-AVKL5W3U.js";
import "./chunk-S2LNTRLH.js";
import "./chunk-LVZTUT7T.js";
import "./chunk-BW6K7SVA.js";
import "./chunk-44YTGXJM.js";
import "./chunk-XXN2UIB3.js";
export {
  scanFiles
};
