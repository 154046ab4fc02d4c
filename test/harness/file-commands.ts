/**
 * Parses the runner's file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV): `name=value` lines and the
 * heredoc form `name<<DELIMITER` … `DELIMITER` that @actions/core writes. Malformed content throws, as the
 * runner fails the step on it.
 */
export function parseKeyValueFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    const eq = line.indexOf('=');
    if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (delimiter === '') throw new Error(`file command: empty delimiter for "${name}"`);
      const value: string[] = [];
      for (i++; ; i++) {
        if (i >= lines.length)
          throw new Error(`file command: delimiter "${delimiter}" for "${name}" not found`);
        if (lines[i] === delimiter) break;
        value.push(lines[i] ?? '');
      }
      result[name] = value.join('\n');
    } else if (eq > 0) {
      result[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`file command: invalid line ${JSON.stringify(line)}`);
    }
  }
  return result;
}
