import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  analyse,
  checkIocs,
  scanFileSource,
  scanRepository
} from "./chunk-C4QS5RZA.js";
import "./chunk-4DPRSBJI.js";
import "./chunk-IZFNIKHI.js";
import "./chunk-3GPA56DB.js";
import "./chunk-EKKHMLW6.js";
import "./chunk-M3BHJP2Y.js";
import "./chunk-IP2GJXWI.js";
import "./chunk-UMITTMRL.js";
import "./chunk-SCD2Q5QN.js";
import "./chunk-E7AQUCQ4.js";
import "./chunk-QET5IY2S.js";
import "./chunk-JLYDGA43.js";
import "./chunk-GURDG6HC.js";
import "./chunk-S2LNTRLH.js";
import "./chunk-NK54UKDG.js";
import "./chunk-BW6K7SVA.js";
import "./chunk-7VTNRWSX.js";
import "./chunk-4LRHTQF6.js";
import "./chunk-XXN2UIB3.js";
export {
  analyse,
  checkIocs,
  scanFileSource,
  scanRepository
};
