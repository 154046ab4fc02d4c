import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  buildModel
} from "./chunk-RFNFT6J7.js";
import "./chunk-MV7FXYKN.js";
import "./chunk-AVKL5W3U.js";
import "./chunk-XXN2UIB3.js";
export {
  buildModel
};
