/**
 * Command-line knowledge shared by the shell walkers: stripping wrapper commands (`sudo -E curl` is curl) and
 * recognising interpreters given code inline (`python3 -c CODE`, `node -e CODE`, `bash -c CODE`, `pwsh -Command`).
 */
import { own, staticText } from './builder.js';
import { interpreterLanguage } from './shell.js';
import type { Language, Word } from './types.js';

interface WrapperSpec {
  /** Options that take a separate value. */
  valued: ReadonlySet<string>;
  /** Positional operands before the command (timeout's duration). */
  positional?: number;
  /** `env`: leading NAME=VALUE words are environment assignments. */
  assignments?: boolean;
  /** Options after which there is no wrapped command (`command -v x` looks x up). */
  stop?: ReadonlySet<string>;
}

const none: ReadonlySet<string> = new Set();

const WRAPPERS: Record<string, WrapperSpec> = {
  sudo: {
    valued: new Set([
      '-u',
      '-g',
      '-h',
      '-p',
      '-C',
      '-D',
      '-r',
      '-t',
      '-U',
      '-T',
      '--user',
      '--group',
      '--host',
    ]),
    stop: new Set(['-l', '-v', '-k', '-K', '-V', '-e']),
  },
  doas: { valued: new Set(['-u', '-C']) },
  env: { valued: new Set(['-u', '-C', '-S', '--unset', '--chdir']), assignments: true },
  command: { valued: none, stop: new Set(['-v', '-V']) },
  exec: { valued: new Set(['-a']) },
  nohup: { valued: none },
  time: { valued: new Set(['-f', '-o']) },
  nice: { valued: new Set(['-n']) },
  ionice: { valued: new Set(['-c', '-n', '-p']) },
  setsid: { valued: none },
  stdbuf: { valued: new Set(['-i', '-o', '-e']) },
  timeout: { valued: new Set(['-s', '-k', '--signal', '--kill-after']), positional: 1 },
  xargs: {
    valued: new Set([
      '-I',
      '-i',
      '-n',
      '-P',
      '-d',
      '-L',
      '-l',
      '-s',
      '-E',
      '-e',
      '-a',
      '--arg-file',
      '--delimiter',
    ]),
  },
};

export interface Unwrapped {
  nameIndex: number;
  wrappers: string[];
  /** Indices of `env`'s NAME=VALUE words. */
  envAssignments: number[];
}

export function baseName(name: string): string {
  const i = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  return i >= 0 ? name.slice(i + 1) : name;
}

/**
 * Finds the command inside wrappers. `words[0]` is the name word; returns the index of the innermost static
 * command name, the wrappers passed (outermost first) and env's assignment words.
 */
export function unwrap(words: readonly Word[]): Unwrapped {
  const result: Unwrapped = { nameIndex: 0, wrappers: [], envAssignments: [] };
  let i = 0;
  for (;;) {
    const name = staticText(words[i]);
    const spec = name === undefined ? undefined : own(WRAPPERS, baseName(name));
    if (!spec || name === undefined) return result;
    let j = i + 1;
    let positional = spec.positional ?? 0;
    const envHere: number[] = [];
    for (; j < words.length; j++) {
      const t = staticText(words[j]);
      if (t === undefined) {
        // `env Y=$T cmd`: an assignment's value may be dynamic; its name is not.
        const lead = words[j]?.parts[0];
        if (spec.assignments && lead?.kind === 'literal' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(lead.text)) {
          envHere.push(j);
          continue;
        }
        break;
      }
      if (spec.stop?.has(t)) return result;
      if (t === '--') {
        j++;
        break;
      }
      if (t.startsWith('-') && t.length > 1) {
        if (spec.valued.has(t)) j++;
        continue;
      }
      if (spec.assignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(t)) {
        envHere.push(j);
        continue;
      }
      if (positional > 0) {
        positional--;
        continue;
      }
      break;
    }
    if (j >= words.length) return result;
    // An env assignment may hold an expression or variable; only its name must be static.
    result.wrappers.push(baseName(name));
    result.envAssignments.push(...envHere);
    result.nameIndex = j;
    i = j;
  }
}

export interface InlineCode {
  language: Language;
  /** The word holding the code, or the stdin body (here-document, here-string). */
  code: Word;
  /** When the code is given by several words (`pwsh -Command a b`), all of them. */
  codeWords?: Word[];
  /** `-EncodedCommand`: the code is base64 UTF-16LE of the word's text. */
  encoded?: boolean;
}

const POWERSHELL_VALUED =
  /^-(ex|ep|executionpolicy|wd|workingdirectory|of|outputformat|if|inputformat|w|windowstyle|config|configurationname|settingsfile|version|v|psconsolefile|custompipename)$/i;

/**
 * Inline code given to an interpreter. `args` follow the command name; `stdin` is a here-document or
 * here-string body, used when the interpreter reads its program from standard input.
 */
export function inlineCode(
  name: string,
  args: readonly Word[],
  stdin: Word | undefined,
): InlineCode | undefined {
  const language = interpreterLanguage(name);
  const base = baseName(name)
    .toLowerCase()
    .replace(/\.exe$/, '');
  const text = (i: number): string | undefined => staticText(args[i]);
  const at = (i: number, l: Language = language): InlineCode | undefined => {
    const code = args[i];
    return code ? { language: l, code } : undefined;
  };
  const fromStdin = (): InlineCode | undefined => (stdin ? { language, code: stdin } : undefined);
  switch (language) {
    case 'bash': {
      for (let i = 0; i < args.length; i++) {
        const t = text(i);
        if (t === undefined) return undefined;
        if (t === '-s' || t === '--') return fromStdin();
        if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(t)) return at(i + 1);
        if (t === '-o' || t === '+o' || t === '-O' || t === '+O') {
          i++;
          continue;
        }
        if (t.startsWith('-') || t.startsWith('+')) continue;
        return undefined; // a script file
      }
      return fromStdin();
    }
    case 'python': {
      for (let i = 0; i < args.length; i++) {
        const t = text(i);
        if (t === undefined) return undefined;
        if (t === '-c') return at(i + 1);
        if (/^-[a-zA-Z]+c$/.test(t)) return at(i + 1);
        if (t === '-') return fromStdin();
        if (t === '-m') return undefined;
        if (t === '-W' || t === '-X') {
          i++;
          continue;
        }
        if (t.startsWith('-')) continue;
        return undefined;
      }
      return fromStdin();
    }
    case 'javascript': {
      for (let i = 0; i < args.length; i++) {
        const t = text(i);
        if (t === undefined) return undefined;
        if (t === '-e' || t === '--eval' || t === '-p' || t === '--print') return at(i + 1);
        if (t === '-') return fromStdin();
        if (t === '-r' || t === '--require' || t === '--import' || t === '--loader') {
          i++;
          continue;
        }
        if (t.startsWith('-')) continue;
        return undefined;
      }
      return fromStdin();
    }
    case 'powershell': {
      for (let i = 0; i < args.length; i++) {
        const t = text(i);
        if (t === undefined) return undefined;
        const lower = t.toLowerCase();
        if (/^-(c|co|com|comm|comma|comman|command)$/.test(lower))
          return commandWords(args.slice(i + 1), language);
        if (/^-(e|ec|en|enc|enco|encod|encode|encoded|encodedc|encodedcommand)$/.test(lower)) {
          const code = args[i + 1];
          return code ? { language, code, encoded: true } : undefined;
        }
        if (/^-(f|fi|fil|file)$/.test(lower)) return undefined;
        if (lower === '-') return fromStdin();
        if (POWERSHELL_VALUED.test(t)) {
          i++;
          continue;
        }
        if (t.startsWith('-')) continue;
        // Windows PowerShell treats the first operand as -Command, pwsh as -File.
        return base === 'powershell' ? commandWords(args.slice(i), language) : undefined;
      }
      return fromStdin();
    }
    case 'ruby':
    case 'perl': {
      for (let i = 0; i < args.length; i++) {
        const t = text(i);
        if (t === undefined) return undefined;
        if (t === '-e' || t === '-E') return at(i + 1);
        if (t.startsWith('-')) continue;
        return undefined;
      }
      return fromStdin();
    }
    case 'cmd':
    case 'unknown':
      return undefined;
  }
}

function commandWords(words: Word[], language: Language): InlineCode | undefined {
  const first = words[0];
  if (!first) return undefined;
  return words.length === 1 ? { language, code: first } : { language, code: first, codeWords: words };
}
