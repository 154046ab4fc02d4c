/** How the entry points turn an escaped error into what the user sees: one line, a stack only when debugging. */
import { UserError } from '../errors.js';

export interface ErrorReport {
  /** The single line to show. */
  line: string;
  /** True for errors the user can act on; false for bugs. */
  user: boolean;
  /** The stack, for debug output only. */
  stack: string | undefined;
}

export function describeError(e: unknown): ErrorReport {
  if (e instanceof UserError) return { line: e.message, user: true, stack: undefined };
  const err = e instanceof Error ? e : new Error(String(e));
  const first = (err.message.split('\n')[0] ?? '').trim() || err.name;
  return { line: `internal error: ${first} (please report)`, user: false, stack: err.stack };
}
