import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);

// src/github/types.ts
var GitHubApiError = class extends Error {
  constructor(message, status, kind = "http") {
    super(message);
    this.status = status;
    this.kind = kind;
  }
  status;
  kind;
  name = "GitHubApiError";
};

export {
  GitHubApiError
};
