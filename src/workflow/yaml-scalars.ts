/**
 * Plain scalars as the runner reads them, with the YAML 1.2 core schema's own tag tests (shared by both YAML
 * readers, `yaml.ts` and `yaml-fast.ts`).
 */
import { Scalar, Schema } from 'yaml';
import type { ScalarTag } from 'yaml';

/** The core schema's plain-scalar tags (null, bool, int, float), tested in the composer's order. */
const CORE_TAGS = new Schema({}).tags.filter(
  (t): t is ScalarTag & { test: RegExp } => t.default === true && 'test' in t && t.test instanceof RegExp,
);

/**
 * Whether a core tag can match: they match only the empty string, `~`, three spellings each of null, true and
 * false, and text starting with a sign, a dot or a digit. Most scalars (names, commands, action references, and
 * `name`, the most common key) skip the nine pattern tests.
 */
function mayBeTagged(source: string): boolean {
  const c = source.charCodeAt(0);
  switch (c) {
    case 0x7e: // ~
      return source.length === 1;
    case 0x6e: // n
    case 0x4e: // N
      return source === 'null' || source === 'Null' || source === 'NULL';
    case 0x74: // t
    case 0x54: // T
      return source === 'true' || source === 'True' || source === 'TRUE';
    case 0x66: // f
    case 0x46: // F
      return source === 'false' || source === 'False' || source === 'FALSE';
    case 0x2b: // +
    case 0x2d: // -
    case 0x2e: // .
      return true;
    default:
      return c >= 0x30 && c <= 0x39;
  }
}

/** The runner reads every scalar as text: `true`, `3.10` (→ `3.1`) and `null` (→ empty) included. */
export function plainText(source: string): string {
  if (source !== '' && !mayBeTagged(source)) return source;
  for (const tag of CORE_TAGS) {
    if (!tag.test.test(source)) continue;
    const resolved: unknown = tag.resolve(source, () => undefined, {});
    // Some tags (null, bool, float) resolve to a Scalar node, the int tags to a bare number.
    const v: unknown = resolved instanceof Scalar ? resolved.value : resolved;
    if (v === null || v === undefined) return '';
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
    return source;
  }
  return source;
}
