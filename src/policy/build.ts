/**
 * Policy = `allowed-endpoints` input + the policy file. `loadPolicy` is the one place that reads the file (through
 * the injected `readFile`, so this module stays pure and testable).
 */
import { inputError } from '../errors.js';
import { loadPolicyConfig, type LoadConfigOptions, type PolicyConfig } from './config.js';
import { defaultPolicy } from './defaults.js';
import type { Endpoint, Policy } from './types.js';

export const DEFAULT_CONFIG_PATH = '.github/exfil-guard.yml';

export interface BuildPolicyInput {
  /** From the `allowed-endpoints` input (or the CLI). */
  inputEndpoints: Endpoint[];
  config?: PolicyConfig;
}

/** Combines the input's entries and the policy file into one Policy, remembering where each entry came from. */
export function buildPolicy({ inputEndpoints, config }: BuildPolicyInput): Policy {
  const policy = defaultPolicy();
  const origins = new Map<Endpoint, string>();
  const note = (list: Endpoint[], origin: string): Endpoint[] => {
    for (const e of list) origins.set(e, origin);
    return list;
  };

  policy.global = [...note(inputEndpoints, 'input: allowed-endpoints')];
  policy.origins = origins;
  if (!config) return policy;

  policy.global.push(...note(config.allowedEndpoints, 'config: allowed-endpoints'));
  for (const [job, list] of config.jobs) policy.jobs.set(job, note(list, `config: jobs.${job}`));
  policy.secrets = config.secrets.map((s) => ({
    pattern: s.pattern,
    endpoints: note(s.endpoints, `config: secrets.${s.pattern}`),
  }));
  if (config.affinity !== undefined) policy.affinity = config.affinity;
  policy.suppressions = config.suppressions;
  policy.ruleOverrides = new Map(config.rules);
  policy.egress = {
    ...(config.egress.failOnBlock !== undefined ? { failOnBlock: config.egress.failOnBlock } : {}),
    global: config.egress.allowedEndpoints,
    jobs: new Map(config.egress.jobs),
  };
  return policy;
}

export interface LoadPolicyInput extends LoadConfigOptions {
  /** The `config` input or `--config`; DEFAULT_CONFIG_PATH when unset. */
  path: string;
  /** True when the user named the file: then it must exist. The default path is used only when present. */
  explicit: boolean;
  /**
   * Reads a file. Return null, or throw an error with code ENOENT/ENOTDIR (as `fs.promises.readFile` does), when
   * it does not exist.
   */
  readFile: (path: string) => Promise<string | Uint8Array | null>;
  inputEndpoints?: Endpoint[];
}

/** Reads the policy file when there is one and builds the policy. Bad files throw a one-line UserError. */
export async function loadPolicy(
  input: LoadPolicyInput,
): Promise<{ policy: Policy; configFile: string | null }> {
  const { path, explicit, readFile, inputEndpoints = [] } = input;
  let content: string | Uint8Array | null;
  try {
    content = await readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') content = null;
    else if (code === 'EISDIR')
      throw inputError({ file: path, field: '(file)' }, 'is a directory; expected a policy file');
    else
      throw inputError(
        { file: path, field: '(file)' },
        `cannot be read (${typeof code === 'string' ? code : 'error'})`,
      );
  }
  if (content === null) {
    if (explicit) {
      throw inputError({ field: 'config' }, `"${path}" does not exist; expected the path of a policy file`);
    }
    return { policy: buildPolicy({ inputEndpoints }), configFile: null };
  }
  const text = typeof content === 'string' ? content : decodeUtf8(content, path);
  const config = loadPolicyConfig(text, path, input.knownRules ? { knownRules: input.knownRules } : {});
  return { policy: buildPolicy({ inputEndpoints, config }), configFile: path };
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw inputError({ file, field: '(file)' }, 'is not UTF-8 text; expected a YAML policy file');
  }
}
