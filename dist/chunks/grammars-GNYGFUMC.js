import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  grammarLoadTimes,
  parserFor,
  prefetchGrammars
} from "./chunk-QET5IY2S.js";
import "./chunk-XXN2UIB3.js";
export {
  grammarLoadTimes,
  parserFor,
  prefetchGrammars
};
