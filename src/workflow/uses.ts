/** Parsing `uses:` references: local paths, Docker images, actions and reusable workflows. */
import type { Str, Uses } from './types.js';

const SHA = /^[0-9a-f]{40}$/i;

export function parseUses(raw: Str): Uses {
  const value = raw.value.trim();
  if (value.startsWith('./') || value.startsWith('.\\')) {
    return { raw, kind: 'local', path: value.replace(/^\.[\\/]/, '').replace(/\/$/, ''), pinned: true };
  }
  if (value.startsWith('docker://')) {
    // A digest pins the image; a tag does not.
    return { raw, kind: 'docker', path: value.slice('docker://'.length), pinned: value.includes('@sha256:') };
  }
  const at = value.lastIndexOf('@');
  const target = at >= 0 ? value.slice(0, at) : value;
  const ref = at >= 0 ? value.slice(at + 1) : undefined;
  const [owner = '', repo = '', ...rest] = target.split('/');
  const path = rest.join('/') || undefined;
  const isWorkflow = /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path ?? '');
  return {
    raw,
    kind: isWorkflow ? 'reusable-workflow' : 'action',
    repo: `${owner}/${repo}`.toLowerCase(),
    ...(path ? { path } : {}),
    ...(ref ? { ref } : {}),
    pinned: ref !== undefined && SHA.test(ref),
  };
}
