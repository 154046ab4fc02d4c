/** The endpoints the runner itself needs (data/github-endpoints.json), always part of the allowlist. */
import data from '../../data/github-endpoints.json' with { type: 'json' };
import { parseEndpoint } from '../policy/endpoint.js';
import type { Endpoint } from '../policy/types.js';

export const REQUIRED_SOURCE: string = data.source;

export function requiredEndpoints(): Endpoint[] {
  return data.endpoints.map(({ entry }) => {
    const parsed = parseEndpoint(entry);
    // The file is ours and tested; a bad entry is a bug, not user input.
    if ('error' in parsed) throw new Error(`data/github-endpoints.json: ${parsed.error}`);
    return parsed;
  });
}
