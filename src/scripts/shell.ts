/** Maps a GitHub `shell:` value (or an interpreter command name) to the language its script is written in. */
import type { Language } from './types.js';

/** An interpreter's command name (`python3.11`, `/usr/bin/node`, `pwsh.exe`) → its language. */
export function interpreterLanguage(command: string): Language {
  const base = (command.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.exe$/, '');
  if (/^(ba|da|z|k|a)?sh$/.test(base)) return 'bash';
  if (base === 'pwsh' || base === 'powershell') return 'powershell';
  if (/^python[\d.]*$/.test(base) || /^pypy[\d.]*$/.test(base)) return 'python';
  if (base === 'node' || base === 'nodejs') return 'javascript';
  if (base === 'ruby') return 'ruby';
  if (base === 'perl') return 'perl';
  if (base === 'cmd') return 'cmd';
  return 'unknown';
}

/** `bash`, `sh`, `pwsh`, `powershell`, `python`, `cmd`, or a custom `bash -e {0}`, `python3 {0}`, `node {0}`. */
export function shellLanguage(shell: string): Language {
  const words = shell.trim().split(/\s+/);
  let first = words[0] ?? '';
  // `/usr/bin/env python3 {0}`
  if (/(^|[\\/])env$/.test(first)) first = words.find((w, i) => i > 0 && !w.startsWith('-')) ?? first;
  return interpreterLanguage(first);
}
