/** Reading a finding's evidence chain: the whole chain as one line, and the sink link for tables. */
import type { Finding } from '../analysis/types.js';

/** `secrets.PYPI_API_TOKEN → env T (job env, line 12) → curl -d (line 30) → host`. */
export function chainText(f: Finding): string {
  return f.evidence.map((e) => e.text).join(' → ');
}

/**
 * The link that names the sink. Chains run source → … → sink → destination, so it is the link before a final
 * destination link, or the last link when the chain does not end in a destination. Null for a bare source.
 */
export function sinkText(f: Finding): string | null {
  const texts = f.evidence.map((e) => e.text);
  if (texts.length < 2) return null;
  const last = texts[texts.length - 1] ?? '';
  const endsInDestination = f.destinations.some((d) => last === d || last.includes(d));
  if (!endsInDestination) return last;
  return texts.length >= 3 ? (texts[texts.length - 2] ?? null) : null;
}
