import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  expressionsIn,
  readYaml
} from "./chunk-SCD2Q5QN.js";
import {
  shortSha256
} from "./chunk-GURDG6HC.js";

// src/scan/yaml-nodes.ts
var MAX_DEPTH = 64;
function parseTree(text) {
  try {
    const y = readYaml("", text);
    return { text: y.text, root: y.root, lines: y.lines };
  } catch {
    return null;
  }
}
function mapGet(node, key) {
  if (node?.kind !== "map") return null;
  for (const pair of node.pairs) if (pair.key?.kind === "scalar" && pair.key.value === key) return pair.value;
  return null;
}
function mapEntries(node) {
  if (node?.kind !== "map") return [];
  const out = [];
  for (const pair of node.pairs) if (pair.key?.kind === "scalar") out.push([pair.key.value, pair.value]);
  return out;
}
function seqItems(node) {
  return node?.kind === "seq" ? node.items.filter((i) => i !== null) : [];
}
function scalarText(node) {
  return node?.kind === "scalar" ? node.value : null;
}
function stringList(node) {
  const one = scalarText(node);
  if (one !== null) return [one];
  return seqItems(node).flatMap((n) => {
    const s = scalarText(n);
    return s === null ? [] : [s];
  });
}
function* scalars(node, depth = 0) {
  if (depth > MAX_DEPTH || node === null) return;
  if (node.kind === "scalar") {
    yield { value: node.value, start: node.start, end: node.end };
  } else if (node.kind === "map") {
    for (const pair of node.pairs) {
      yield* scalars(pair.key, depth + 1);
      yield* scalars(pair.value, depth + 1);
    }
  } else if (node.kind === "seq") {
    for (const item of node.items) yield* scalars(item, depth + 1);
  }
}
function position(tree, offset) {
  const { line, col } = tree.lines.linePos(offset);
  return { line, column: col };
}
function locateIn(tree, visit, needle) {
  const at = tree.text.slice(visit.start, visit.end).toLowerCase().indexOf(needle.toLowerCase());
  return position(tree, at === -1 ? visit.start : visit.start + at);
}

// src/scan/secret-refs.ts
var ALL_SECRETS = "secrets (all)";
var COMPUTED_SECRET = "secrets[*]";
function secretReferences(text) {
  const tree = parseTree(text);
  if (!tree) return [];
  const found = /* @__PURE__ */ new Map();
  const add = (name, at) => {
    if (!found.has(name)) found.set(name, { name, ...at });
  };
  for (const visit of scalars(tree.root)) {
    if (!visit.value.includes("${{")) continue;
    for (const expr of expressionsIn(visit.value)) {
      const at = locateIn(tree, visit, expr.text);
      if (expr.dumps.includes("secrets")) add(ALL_SECRETS, at);
      for (const read of expr.reads) {
        if (read.context !== "secrets") continue;
        const name = read.path[0];
        if (name === void 0) continue;
        add(name === "*" ? COMPUTED_SECRET : name, at);
      }
    }
  }
  for (const [, job] of mapEntries(mapGet(tree.root, "jobs"))) {
    const secrets = mapGet(job, "secrets");
    if (secrets && scalarText(secrets) === "inherit") add(ALL_SECRETS, position(tree, secrets.start));
  }
  return [...found.values()];
}
function dumpsSecrets(text) {
  const tree = parseTree(text);
  if (!tree) return false;
  for (const visit of scalars(tree.root)) {
    if (visit.value.includes("${{") && expressionsIn(visit.value).some((e) => e.dumps.includes("secrets"))) {
      return true;
    }
  }
  return false;
}

// src/scan/scan-rules.ts
var workflowAddedWithSecrets = {
  id: "workflow-added-with-secrets",
  title: "The change adds a workflow that reads secrets",
  severity: "warning",
  rationale: 'GhostAction (September 2025) pushed a new workflow, "Github Actions Security", to hundreds of repositories; it read every repository secret and sent each one to an attacker host. A new workflow that reads secrets deserves a reviewer who checks where each secret goes.',
  fix: "Review where each secret of the new workflow is sent; allow the destinations in .github/exfil-guard.yml."
};
var secretReferenceAdded = {
  id: "secret-reference-added",
  title: "The change makes a workflow read another secret",
  severity: "note",
  rationale: "A secret that a workflow starts reading widens what a compromised step could send out; reviewers should see it named.",
  fix: "Check that the step needs this secret and that its destination is allowed."
};
var iocRules = [
  {
    id: "ioc-malicious-workflow-file",
    title: "A workflow file matches a known attack",
    severity: "error",
    rationale: "Worms such as Shai-Hulud leave workflows with fixed names that exfiltrate secrets or open backdoors.",
    fix: "Remove the workflow, rotate every secret the repository holds and audit recent pushes and runs."
  },
  {
    id: "ioc-exfil-host",
    title: "A workflow references a known exfiltration endpoint",
    severity: "error",
    rationale: "Hosts that received stolen secrets in GhostAction, Shai-Hulud and tj-actions have no place in CI.",
    fix: "Remove the reference, rotate the secrets the workflow could read and audit its past runs."
  },
  {
    id: "ioc-malicious-repository",
    title: "A repository name matches a known attack",
    severity: "error",
    rationale: "s1ngularity and Shai-Hulud published stolen credentials in new repositories with fixed names.",
    fix: "Inspect the repository; make it private or delete it, and rotate the credentials it holds."
  }
];
var scanRules = [workflowAddedWithSecrets, secretReferenceAdded, ...iocRules];
function fingerprintOf(...parts) {
  return shortSha256(parts.join("\0"));
}
function addedWorkflowFinding(file, refs) {
  const first = refs[0] ?? { line: 1, column: 1, name: "" };
  const names = refs.map((r) => r.name);
  const all = names.includes(ALL_SECRETS);
  const rule = workflowAddedWithSecrets;
  return {
    rule: rule.id,
    severity: rule.severity,
    confidence: "high",
    message: `This change adds ${file}, which reads ${all ? "every secret of the repository" : names.join(", ")}`,
    location: { file, line: first.line, column: first.column },
    job: null,
    step: null,
    stepName: null,
    secrets: names,
    destinations: [],
    evidence: refs.map((r) => ({
      text: `secrets.${r.name}`,
      location: { file, line: r.line, column: r.column }
    })),
    fix: rule.fix,
    fingerprint: fingerprintOf(rule.id, file, ...[...names].sort())
  };
}
function secretAddedFinding(file, ref) {
  const rule = secretReferenceAdded;
  return {
    rule: rule.id,
    severity: rule.severity,
    confidence: "high",
    message: `This change makes ${file} read ${ref.name === ALL_SECRETS ? "every secret" : `secret ${ref.name}`}`,
    location: { file, line: ref.line, column: ref.column },
    job: null,
    step: null,
    stepName: null,
    secrets: [ref.name],
    destinations: [],
    evidence: [{ text: `secrets.${ref.name}`, location: { file, line: ref.line, column: ref.column } }],
    fix: rule.fix,
    fingerprint: fingerprintOf(rule.id, file, ref.name)
  };
}
function applyPolicy(findings, policy) {
  const out = [];
  for (const finding of findings) {
    const override = policy.ruleOverrides.get(finding.rule);
    if (override === "off") continue;
    const severity = override ?? finding.severity;
    const hit = policy.suppressions.find(
      (s) => s.rule === finding.rule && (s.file === void 0 || s.file === finding.location.file) && (s.job === void 0 || s.job === finding.job) && (s.step === void 0 || s.step === finding.stepName) && (s.secret === void 0 || finding.secrets.includes(s.secret)) && (s.destination === void 0 || finding.destinations.includes(s.destination.toLowerCase()))
    );
    out.push(
      hit ? { ...finding, severity, suppressed: { reason: hit.reason, by: "config" } } : { ...finding, severity }
    );
  }
  return out;
}

export {
  parseTree,
  mapGet,
  mapEntries,
  seqItems,
  scalarText,
  stringList,
  scalars,
  locateIn,
  secretReferences,
  dumpsSecrets,
  workflowAddedWithSecrets,
  secretReferenceAdded,
  iocRules,
  scanRules,
  fingerprintOf,
  addedWorkflowFinding,
  secretAddedFinding,
  applyPolicy
};
