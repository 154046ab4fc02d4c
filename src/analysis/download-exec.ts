/**
 * Download-and-execute: remote code run in a job that holds secrets sees the whole environment. Shapes:
 * - a downloader piped into an interpreter reading stdin: `curl … | sh`, `wget -O- … | bash`, `iwr … | iex`;
 * - a downloader's output as the code argument: `bash <(curl …)`, `sh -c "$(curl …)"`, `iex (iwr …)`,
 *   `python -c "$(curl …)"`, `eval "$(curl …)"`, `iex ((New-Object Net.WebClient).DownloadString(u))`;
 * - a file downloaded and then executed in the same script: `curl -o x.sh … && bash x.sh`, `./x.sh`.
 */
import type { CallOp, CommandOp, Op, Script, Span, Word } from '../scripts/types.js';
import { matchCurl } from './sinks/curl.js';
import { matchWget } from './sinks/wget.js';
import { optionValues, parseOptions, parsePwshParams } from './sinks/options.js';
import { CURL_OPTIONS } from './sinks/curl.js';
import { joinSpans, staticText, template } from './sinks/words.js';

export interface DownloadExec {
  span: Span;
  /** The URL downloaded from, when the downloader names one. */
  url: Word | null;
  /** The script text of the whole shape, from the download to the execution. */
  text: string;
}

const SHELLS = /^(sh|bash|zsh|dash|ksh|mksh|ash|fish|csh|tcsh|busybox)$/;
const INTERPRETERS =
  /^(python[\d.]*|py|pypy3?|perl|ruby|node|nodejs|deno|bun|php|lua|pwsh|powershell|pwsh\.exe|powershell\.exe)$/;
const PWSH_EXEC = /^(iex|invoke-expression)$/i;
const WEB_CMDLETS = /^(iwr|irm|invoke-webrequest|invoke-restmethod|curl|wget)$/i;
const WEBCLIENT_DOWNLOAD = /^(System\.)?Net\.WebClient\.(DownloadString|DownloadData)$/i;

function isDownloaderOp(op: Op | undefined): boolean {
  if (!op) return false;
  if (op.kind === 'call')
    return (
      WEBCLIENT_DOWNLOAD.test(op.callee) ||
      /^(System\.Net\.Http\.)?HttpClient\.GetStringAsync$/i.test(op.callee)
    );
  if (op.kind !== 'command') return false;
  const name = op.name.toLowerCase();
  if (name === 'curl' || name === 'curl.exe') return true;
  if (name === 'wget' || name === 'wget2') {
    // Only wget writing to stdout feeds a pipe or substitution.
    const out = optionValues(
      parseOptions(op.args, {
        shortWithArg: 'oaeiBtOTwQPUlARDIXn',
        longWithArg: new Set(['output-document']),
      }),
      '-O',
      '--output-document',
    );
    return out.some((w) => template(w) === '-');
  }
  return WEB_CMDLETS.test(name) || name === 'fetch' || name === 'http' || name === 'https' || name === 'xh';
}

function asDownloader(op: Op | undefined): CommandOp | CallOp | null {
  return op && (op.kind === 'command' || op.kind === 'call') && isDownloaderOp(op) ? op : null;
}

function downloadUrl(op: CommandOp | CallOp): Word | null {
  if (op.kind === 'call') return op.args[0] ?? null;
  const name = op.name.toLowerCase();
  if (name === 'curl' || name === 'curl.exe') return matchCurl(op)[0]?.destinations[0] ?? null;
  if (name.startsWith('wget')) return matchWget(op)[0]?.destinations[0] ?? null;
  if (WEB_CMDLETS.test(name)) {
    const { params, positionals } = parsePwshParams(
      op.args,
      ['Uri', 'OutFile', 'Method', 'Headers', 'Body'],
      ['UseBasicParsing'],
    );
    return params.get('uri') ?? positionals[0] ?? null;
  }
  return op.args.find((a) => /^https?:\/\//.test(template(a))) ?? null;
}

/** Whether an interpreter command runs code from its stdin (no script file argument). */
function runsStdin(op: CommandOp): boolean {
  const name = op.name.toLowerCase();
  if (PWSH_EXEC.test(name)) return true;
  if (!SHELLS.test(name) && !INTERPRETERS.test(name)) return false;
  const args = op.args.map(template);
  if (args.includes('-s') || args.includes('-') || args.some((a) => /^-\w*s$/.test(a) && SHELLS.test(name)))
    return true;
  if (/^(pwsh|powershell)/.test(name))
    return args.some((a) => /^-(c|command)$/i.test(a)) && args.includes('-');
  // The first non-option argument would be a script file (or `-c code`, `-m module`, `-e code`).
  const firstNonOption = args.find((a) => !a.startsWith('-'));
  return firstNonOption === undefined && !args.some((a) => /^-(c|m|e|command)$/i.test(a));
}

/** The downloader ops a word's output parts come from (directly or through nested substitutions). */
function downloadersIn(word: Word, script: Script, seen = new Set<number>()): (CommandOp | CallOp)[] {
  const found: (CommandOp | CallOp)[] = [];
  for (const p of word.parts) {
    if (p.kind !== 'output') continue;
    for (const i of p.ops) {
      if (seen.has(i)) continue;
      seen.add(i);
      const op = script.ops[i];
      const d = asDownloader(op);
      if (d) found.push(d);
      else if (op?.kind === 'call') for (const a of op.args) found.push(...downloadersIn(a, script, seen));
    }
  }
  return found;
}

function textOf(script: Script, span: Span, fallback: string): string {
  const t = script.text.slice(span.start, span.end);
  return t.trim() !== '' ? t : fallback;
}

/** The file a downloader saves to (`curl -o f`, `curl -O url` → basename, `wget -O f`/default basename, `-OutFile f`). */
function savedFile(op: CommandOp): string | null {
  const name = op.name.toLowerCase();
  const url = downloadUrl(op);
  const urlText = url ? staticText(url) : null;
  const basename = urlText ? (urlText.split(/[?#]/)[0] ?? '').split('/').pop() || null : null;
  if (name === 'curl' || name === 'curl.exe') {
    const parsed = parseOptions(op.args, CURL_OPTIONS);
    const out = optionValues(parsed, '-o', '--output')[0];
    if (out) return staticText(out);
    if (parsed.options.some((o) => o.name === '-O' || o.name === '--remote-name')) return basename;
    return null;
  }
  if (name === 'wget' || name === 'wget2') {
    const out = optionValues(
      parseOptions(op.args, {
        shortWithArg: 'oaeiBtOTwQPUlARDIXn',
        longWithArg: new Set(['output-document']),
      }),
      '-O',
      '--output-document',
    )[0];
    if (out) return template(out) === '-' ? null : staticText(out);
    return basename;
  }
  if (WEB_CMDLETS.test(name)) {
    const { params } = parsePwshParams(
      op.args,
      ['Uri', 'OutFile', 'Method', 'Headers', 'Body'],
      ['UseBasicParsing'],
    );
    const out = params.get('outfile');
    return out ? staticText(out) : null;
  }
  return null;
}

function base(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop() ?? path;
}

/** Whether a command executes the file: `bash f`, `sh ./f`, `source f`, `. f`, `./f`, `pwsh -File f`, `python f`. */
function executesFile(op: CommandOp, file: string): boolean {
  const b = base(file);
  // `./x.sh`, `/tmp/x.sh`: a command named by path (a bare name would be looked up on PATH instead).
  const written = template(op.nameWord);
  if (written.includes('/') && base(written) === b) return true;
  const lower = op.name.toLowerCase();
  if (!(
    SHELLS.test(lower) ||
    INTERPRETERS.test(lower) ||
    lower === 'source' ||
    lower === '.' ||
    lower === '&'
  ))
    return false;
  const first = op.args.find((a) => !template(a).startsWith('-') || /^-file$/i.test(template(a)));
  const args = op.args.map(template);
  const fileArg = args.findIndex((a) => /^-file$/i.test(a));
  const candidate = fileArg >= 0 ? args[fileArg + 1] : first ? template(first) : undefined;
  return candidate !== undefined && base(candidate) === b;
}

export function findDownloadExec(script: Script): DownloadExec[] {
  const found: DownloadExec[] = [];
  const ops = script.ops;
  const saved: { file: string; op: CommandOp; index: number }[] = [];

  ops.forEach((op, index) => {
    if (op.kind === 'command') {
      // 1. downloader | … | interpreter
      if (op.pipeFrom !== undefined && runsStdin(op)) {
        let prev: Op | undefined = ops[op.pipeFrom];
        let guard = 0;
        while (prev && guard++ < 16) {
          const d = asDownloader(prev);
          if (d) {
            const span = joinSpans(d.span, op.span);
            found.push({
              span,
              url: downloadUrl(d),
              text: textOf(script, span, `${prevName(d)} | ${op.name}`),
            });
            break;
          }
          prev = prev.kind === 'command' && prev.pipeFrom !== undefined ? ops[prev.pipeFrom] : undefined;
        }
      }
      // 1b. `(New-Object Net.WebClient).DownloadString(u) | iex`: a pipeline led by an expression, which the
      // parser leaves without pipeFrom; the pipe is in the text between the call and iex.
      if (op.pipeFrom === undefined && PWSH_EXEC.test(op.name) && op.args.length === 0) {
        const prev = asDownloader(ops[index - 1]);
        if (prev && /^\s*\)?\s*\|\s*$/.test(script.text.slice(prev.span.end, op.span.start))) {
          const span = joinSpans(prev.span, op.span);
          found.push({
            span,
            url: downloadUrl(prev),
            text: textOf(script, span, `${prevName(prev)} | ${op.name}`),
          });
        }
      }
      // 2. interpreter <(curl …) / -c "$(curl …)" / eval "$(curl …)" / iex (iwr …)
      const lower = op.name.toLowerCase();
      if (
        SHELLS.test(lower) ||
        INTERPRETERS.test(lower) ||
        PWSH_EXEC.test(lower) ||
        lower === 'eval' ||
        lower === 'source' ||
        lower === '.'
      ) {
        for (const a of op.args) {
          const d = downloadersIn(a, script)[0];
          if (d) {
            found.push({
              span: op.span,
              url: downloadUrl(d),
              text: textOf(script, op.span, `${op.name} ${a.raw}`),
            });
            break;
          }
        }
      }
      // 3. remember downloaded files; later executions of them count.
      if (isDownloaderToFile(op)) {
        const file = savedFile(op);
        if (file) saved.push({ file, op, index });
      }
      for (const s of saved) {
        if (s.index < index && executesFile(op, s.file)) {
          const span = joinSpans(s.op.span, op.span);
          found.push({
            span,
            url: downloadUrl(s.op),
            text: textOf(script, span, `${s.op.name} … ${op.name}`),
          });
        }
      }
    } else if (op.kind === 'inline') {
      // `bash -c "$(curl …)"`, `python -c "$(curl …)"` as the parser models them.
      const d = downloadersIn(op.code, script)[0];
      if (d)
        found.push({
          span: op.span,
          url: downloadUrl(d),
          text: textOf(script, op.span, `${op.interpreter} ${op.code.raw}`),
        });
    }
  });
  return dedupe(found);
}

function isDownloaderToFile(op: CommandOp): boolean {
  const name = op.name.toLowerCase();
  return (
    name === 'curl' || name === 'curl.exe' || name === 'wget' || name === 'wget2' || WEB_CMDLETS.test(name)
  );
}

function prevName(op: CommandOp | CallOp): string {
  return op.kind === 'command' ? op.name : op.callee;
}

function dedupe(list: DownloadExec[]): DownloadExec[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.span.start}:${d.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
