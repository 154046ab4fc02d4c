/**
 * The script IR: what the analysis needs to know about a `run:` script or inline interpreter code, independent
 * of the language it was written in. Each language parser (bash, powershell, python, javascript) turns a
 * tree-sitter syntax tree into these facts; the analysis never looks at syntax trees.
 *
 * Positions are relative to the script text: 1-based line and column (UTF-16 code units, as JS strings count).
 */

export type Language = 'bash' | 'powershell' | 'python' | 'javascript' | 'ruby' | 'perl' | 'cmd' | 'unknown';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets into the script text, for mapping back to the YAML scalar. */
  start: number;
  end: number;
}

/**
 * One piece of a value. A value ("word") is a concatenation of parts; the analysis taints a word when any part
 * is tainted and resolves it to a string when every part is static.
 */
export type Part =
  /** Literal text, with shell quoting already removed. */
  | { kind: 'literal'; text: string }
  /**
   * A variable read: `$X`, `${X}`, `${X:0:4}`, `"$X"` in bash; `$X`/`$env:X` in PowerShell; a local variable
   * in python/javascript. `env` says whether it reads the process environment (`$env:X`, `os.environ['X']`,
   * `process.env.X`); bash variables are both shell and environment variables, so bash sets `env: 'maybe'`.
   * `transform` names a re-encoding applied on the way (e.g. `slice`, `replace`, `upper`).
   */
  | { kind: 'var'; name: string; env: 'yes' | 'no' | 'maybe'; transform?: string }
  /** The entire environment: `env`, `printenv`, `os.environ`, `process.env`, `Get-ChildItem env:` as a value. */
  | { kind: 'env-all' }
  /** A `${{ }}` expression that GitHub substitutes before the script runs; index into `Script.exprs`. */
  | { kind: 'expr'; index: number }
  /**
   * The output of other operations: `$(…)`, backticks, `<(…)`, a python call result. The ops are also listed in
   * the enclosing script's `ops` (in evaluation order), so sinks inside a substitution are still found.
   */
  | { kind: 'output'; ops: number[] }
  /** A value the parser cannot make static (arithmetic, globs, unsupported syntax). */
  | { kind: 'dynamic'; text: string };

export interface Word {
  /** The source text of the word as written (quotes included), for messages. */
  raw: string;
  parts: Part[];
  span: Span;
  /**
   * Structured values (a python dict or kwargs, a JS object literal, a PowerShell hashtable): key → value.
   * `parts` still holds the union of every property's parts, so a taint check on the word sees them all.
   */
  props?: Record<string, Word>;
  /** Elements of a list/array literal, in order. `parts` holds their union too. */
  items?: Word[];
}

export interface Redirect {
  /** `>`, `>>`, `<`, `<<`, `<<-`, `<<<`, `&>`, `>&` … as written (file descriptor stripped into `fd`). */
  op: string;
  fd?: number;
  /** The file or descriptor target; for a here-document this is the delimiter. */
  target?: Word;
  /** The body of a here-document or here-string; absent for file redirections. */
  body?: Word;
}

/** A command invocation: a shell simple command, a PowerShell cmdlet or native command. */
export interface CommandOp {
  kind: 'command';
  /** The command name after stripping `sudo`, `env X=Y`, `command`, `exec`, `time`, `nohup` and paths. */
  name: string;
  /** The name word as written. */
  nameWord: Word;
  args: Word[];
  /** `X=Y cmd`: assignments that apply only to this command's environment. */
  envPrefix: Assignment[];
  redirects: Redirect[];
  /** Index of the previous command in the same pipeline (whose stdout is this command's stdin), if any. */
  pipeFrom?: number;
  /** The function this command calls, when it names a function defined in the same script. */
  calls?: string;
  /** Wrappers stripped from the front (`sudo`, `env`, `timeout`, `xargs` …), outermost first. */
  wrappers?: string[];
  span: Span;
}

/** A function or method call in python, javascript or PowerShell (.NET), e.g. `requests.post(url, data=x)`. */
export interface CallOp {
  kind: 'call';
  /**
   * The canonical dotted callee with import aliases resolved: `requests.post`, `urllib.request.urlopen`,
   * `fetch`, `https.request`, `github.request`, `System.Net.WebClient.UploadString`, `socket.socket.connect`.
   * For a method on a constructed object, the constructor's name stands in for the receiver.
   */
  callee: string;
  args: Word[];
  /** Keyword arguments (python) or named parameters. */
  kwargs: Record<string, Word>;
  span: Span;
}

/** `X=…`, `export X=…`, `$X = …`, `x = …`, `const x = …`, `os.environ['X'] = …`, `$env:X = …`. */
export interface Assignment {
  kind: 'assign';
  name: string;
  value: Word;
  /** Whether the target is the process environment (`export`, `$env:X`, `os.environ[...]`, `process.env.X`). */
  env: boolean;
  span: Span;
}

/** A file write: `echo … >> $GITHUB_ENV`, `Out-File`, `open(path, 'w').write(…)`, `fs.writeFileSync`. */
export interface WriteOp {
  kind: 'write';
  /** The file written to. */
  target: Word;
  /** What is written. */
  content: Word;
  append: boolean;
  span: Span;
}

/** Inline code for another interpreter: `python -c`, `node -e`, `python - <<EOF`, `pwsh -c`, `bash -c`. */
export interface InlineOp {
  kind: 'inline';
  language: Language;
  /** The interpreter command as invoked (`python3`, `node`, `pwsh`). */
  interpreter: string;
  code: Word;
  /** The parsed code, when the language is supported; spans inside are relative to the code text. */
  script?: Script;
  /**
   * Offset in the enclosing script text where the code text starts (exact when the code was written without
   * quote escapes), to map nested spans back.
   */
  codeOffset?: number;
  span: Span;
}

/** A function definition (bash `f() { … }`, PowerShell `function f { … }`); its body ops are listed inline. */
export interface FunctionOp {
  kind: 'function';
  name: string;
  /** Indices of the ops that make up the body. */
  body: number[];
  span: Span;
}

export type Op = CommandOp | CallOp | Assignment | WriteOp | InlineOp | FunctionOp;

export interface Script {
  language: Language;
  /** The script text that was parsed (with `${{ }}` replaced by placeholders of the same length). */
  text: string;
  /** The `${{ }}` expressions, by index, with their offsets in `text`. */
  exprs: { text: string; start: number; end: number }[];
  /** Operations in source order (a may-analysis: every branch, loop body and function body is included). */
  ops: Op[];
  /** Syntax errors the parser recovered from; the facts are then best effort. */
  errors: { message: string; span: Span }[];
}
