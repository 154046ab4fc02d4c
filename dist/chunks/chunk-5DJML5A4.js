import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-S2LNTRLH.js";

// src/action/errors-to-text.ts
function describeError(e) {
  if (e instanceof UserError) return { line: e.message, user: true, stack: void 0 };
  const err = e instanceof Error ? e : new Error(String(e));
  const first = (err.message.split("\n")[0] ?? "").trim() || err.name;
  return { line: `internal error: ${first} (please report)`, user: false, stack: err.stack };
}

export {
  describeError
};
