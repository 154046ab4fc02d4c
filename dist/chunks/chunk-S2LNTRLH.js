import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
  constructor(message) {
    super(message.replace(/\s*\n\s*/g, " "));
  }
};
function inputError(where, problem) {
  const at = where.file ? `${where.file}${where.line ? `:${where.line}` : ""}: ` : "";
  return new UserError(`${at}${where.field}: ${problem}`);
}

export {
  UserError,
  inputError
};
