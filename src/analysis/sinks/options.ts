/**
 * A getopt-style reader for command-line arguments given as IR words: short options with bundling
 * (`-sSfLd x`, `-dx`), long options (`--data x`, `--data=x`), `--` ending the options. Which options take an
 * argument comes from a per-tool spec; getting that right is what keeps option values from being read as URLs.
 *
 * A word that is not static at its start (`$FLAGS`) cannot be an option we recognise and is a positional.
 */
import type { Word } from '../../scripts/types.js';
import { literalPrefix, subWord, template } from './words.js';

export interface OptionSpec {
  /** Short option letters that take an argument. */
  shortWithArg: string;
  /** Long option names (without `--`) that take an argument. */
  longWithArg: ReadonlySet<string>;
  /** Long options written with a single dash (`-name value`), as in `openssl s_client -connect`. */
  singleDashLong?: ReadonlySet<string>;
  /** Stop reading options at the first positional (ssh: the rest is the remote command). */
  stopAtPositional?: boolean;
  /** Stop after this many positionals (e.g. ssh's host). */
  maxOptionPositionals?: number;
  /** Options in `+name` form are ignored (dig's `+short`). */
  plusOptions?: boolean;
}

export interface ParsedOption {
  /** `-d` or `--data` (the long name as written; abbreviations are not expanded). */
  name: string;
  value: Word | null;
  /** The word the option name was in. */
  word: Word;
}

export interface ParsedArgs {
  options: ParsedOption[];
  positionals: Word[];
  /** Words after positionals stopped option parsing (`stopAtPositional`), including the first positional. */
  rest: Word[];
}

export function parseOptions(args: readonly Word[], spec: OptionSpec): ParsedArgs {
  const options: ParsedOption[] = [];
  const positionals: Word[] = [];
  let i = 0;
  let endOfOptions = false;
  while (i < args.length) {
    const word = args[i++];
    if (!word) break;
    const prefix = literalPrefix(word);
    const tpl = template(word);
    if (endOfOptions || !prefix.startsWith('-') || prefix === '-' || tpl === '-') {
      if (spec.plusOptions && prefix.startsWith('+')) continue;
      positionals.push(word);
      if (spec.stopAtPositional && !endOfOptions) {
        return { options, positionals, rest: [word, ...args.slice(i)] };
      }
      continue;
    }
    if (tpl === '--') {
      endOfOptions = true;
      continue;
    }
    if (prefix.startsWith('--')) {
      const eq = tpl.indexOf('=');
      const name = eq >= 0 ? tpl.slice(2, eq) : tpl.slice(2);
      if (eq >= 0) {
        options.push({ name: `--${name}`, value: subWord(word, eq + 1), word });
      } else if (spec.longWithArg.has(name)) {
        options.push({ name: `--${name}`, value: args[i] ?? null, word });
        i++;
      } else {
        options.push({ name: `--${name}`, value: null, word });
      }
      continue;
    }
    const single = spec.singleDashLong;
    if (single) {
      const eq = tpl.indexOf('=');
      const name = eq >= 0 ? tpl.slice(1, eq) : tpl.slice(1);
      if (single.has(name)) {
        if (eq >= 0) options.push({ name: `-${name}`, value: subWord(word, eq + 1), word });
        else {
          options.push({ name: `-${name}`, value: args[i] ?? null, word });
          i++;
        }
        continue;
      }
    }
    // A bundle of short options: flags until one that takes an argument, which takes the rest or the next word.
    for (let k = 1; k < tpl.length; k++) {
      const letter = tpl[k] ?? '';
      if (letter === '\u0000') break;
      if (spec.shortWithArg.includes(letter)) {
        if (k + 1 < tpl.length) options.push({ name: `-${letter}`, value: subWord(word, k + 1), word });
        else {
          options.push({ name: `-${letter}`, value: args[i] ?? null, word });
          i++;
        }
        break;
      }
      options.push({ name: `-${letter}`, value: null, word });
    }
  }
  return { options, positionals, rest: [] };
}

/** Values of the options whose name is in `names`. */
export function optionValues(parsed: ParsedArgs, ...names: string[]): Word[] {
  return parsed.options.flatMap((o) => (names.includes(o.name) && o.value ? [o.value] : []));
}

export function hasOption(parsed: ParsedArgs, ...names: string[]): boolean {
  return parsed.options.some((o) => names.includes(o.name));
}

/**
 * PowerShell parameters: `-Name value`, `-Name:value`, case-insensitive, with unambiguous prefixes accepted
 * (`-Bod` is `-Body`). `switches` take no value. Unknown parameters take the next word when it is not itself
 * a parameter. Positional words are returned in order.
 */
export function parsePwshParams(
  args: readonly Word[],
  known: readonly string[],
  switches: readonly string[] = [],
): { params: Map<string, Word | null>; positionals: Word[] } {
  const params = new Map<string, Word | null>();
  const positionals: Word[] = [];
  const all = [...known, ...switches].map((n) => n.toLowerCase());
  const isParam = (w: Word | undefined): boolean => {
    const p = w ? literalPrefix(w) : '';
    return /^-[A-Za-z]/.test(p);
  };
  let i = 0;
  while (i < args.length) {
    const word = args[i++];
    if (!word) break;
    if (!isParam(word)) {
      positionals.push(word);
      continue;
    }
    const tpl = template(word);
    const colon = tpl.indexOf(':');
    const written = (colon >= 0 ? tpl.slice(1, colon) : tpl.slice(1)).toLowerCase();
    const exact = all.find((n) => n === written);
    const candidates = exact ? [exact] : all.filter((n) => n.startsWith(written));
    const name = candidates.length === 1 ? (candidates[0] ?? written) : written;
    if (colon >= 0) {
      params.set(name, subWord(word, colon + 1));
    } else if (switches.some((s) => s.toLowerCase() === name)) {
      params.set(name, null);
    } else if (i < args.length && !isParam(args[i])) {
      params.set(name, args[i] ?? null);
      i++;
    } else {
      params.set(name, null);
    }
  }
  return { params, positionals };
}
