/** The policy layer's public surface. */
export type { Endpoint, EgressPolicy, Policy, Suppression } from './types.js';
export { endpointMatches, findMatch, formatEndpoint, parseEndpoint, parseEndpointList } from './endpoint.js';
export { defaultPolicy } from './defaults.js';
export { SYNTHETIC_SECRETS, nameMatches } from './names.js';
export {
  affinityAllows,
  affinityEndpoints,
  affinityTable,
  AFFINITY_DATE,
  AFFINITY_VERSION,
} from './affinity.js';
export type { AffinityMatch, AffinityOptions } from './affinity.js';
export { loadPolicyConfig, CONFIG_VERSION, MAX_CONFIG_BYTES } from './config.js';
export type { LoadConfigOptions, PolicyConfig, RuleLevel } from './config.js';
export { buildPolicy, loadPolicy, DEFAULT_CONFIG_PATH } from './build.js';
export type { BuildPolicyInput, LoadPolicyInput } from './build.js';
export { judgeDestination, judgeSecrets } from './evaluate.js';
export type { JudgeQuery, Judgement } from './evaluate.js';
export { findSuppression, invalidSuppressions, parseSuppressionComments } from './suppress.js';
export type { CommentSuppression, SuppressibleFinding } from './suppress.js';
export { egressAllowlist } from './egress.js';
export type { EgressAllowlistOptions, SeenDestination } from './egress.js';
