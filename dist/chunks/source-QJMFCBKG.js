import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  apiFileSource,
  apiRevisionSource,
  cleanPath,
  fsFileSource
} from "./chunk-3GPA56DB.js";
import "./chunk-XXN2UIB3.js";
export {
  apiFileSource,
  apiRevisionSource,
  cleanPath,
  fsFileSource
};
