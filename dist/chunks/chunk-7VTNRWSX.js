import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);

// src/compare.ts
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  byCodeUnit
};
