/**
 * Errors a user can act on. Entry points print `message` as a single line (no stack trace) and map it to a
 * failed step or exit code 2. Anything else that escapes is a bug and is reported as such.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(message: string) {
    // One line, always: callers may pass text built from user input.
    super(message.replace(/\s*\n\s*/g, ' '));
  }
}

/** Formats `file:line: field: problem; expected …` consistently for bad input. */
export function inputError(
  where: { file?: string; line?: number; field: string },
  problem: string,
): UserError {
  const at = where.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
  return new UserError(`${at}${where.field}: ${problem}`);
}
