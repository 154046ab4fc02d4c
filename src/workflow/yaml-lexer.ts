/**
 * A fast lexer for workflow YAML, standing in for the `yaml` package's `Lexer` in front of the fast reader
 * (`yaml-fast.ts`). The package's `Lexer` is generator based: every token passes through nested `yield*` frames
 * and an iterator result object. Over the real-world corpus it was the largest single cost of the engine
 * (~95 ms CPU per pass, ~18%) and allocated ~60% of all its bytes, which drove garbage collection. This is a
 * plain loop over character codes (with `indexOf` for line ends and closing quotes) that allocates nothing per
 * character and little beyond the token strings themselves: ~11 ms per pass.
 *
 * It must give exactly the tokens the package's `Lexer` gives for the same text, token for token, control
 * tokens included (`\x02` document mode, `\x1f` before each scalar's source; the flow-error end `\x18` it
 * never gives, as it leaves those texts alone), so that the reader builds the same tree whichever lexer ran.
 * It handles the common subset: block maps and sequences, plain scalars on one line or several, single- and
 * double-quoted scalars (escapes, line breaks), literal and folded block scalars with chomping and indentation
 * indicators, comments, blank lines, a leading `---`, and flow sequences and maps on one line or several.
 * Anything else (tabs, carriage returns, a byte order mark, other control characters, anchors, aliases, tags,
 * `? ` keys, directives, a second document or `...`, unterminated quotes or flows, lines indented less than
 * the library accepts, text right after a closing quote or bracket) makes it return `undefined`, and the
 * caller runs the package's `Lexer`. Where the package's rules are subtle (how far a scalar runs on, where a
 * block scalar's body ends), those mirrored here were found by observing its output, and what could not be
 * pinned down bails out.
 *
 * test/workflow/yaml-lexer.test.ts compares both lexers on the corpus, the fixtures, random mutations and
 * random documents: it is the test to run when upgrading `yaml`.
 */

/**
 * Characters left to the library: C0 controls other than the line feed (tabs and carriage returns, whose
 * handling as separation or line ends is not mirrored here), DEL and C1 controls (U+0085 is a line break to it),
 * the Unicode line and paragraph separators, and the byte order mark. One test per file, before lexing.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const UNHANDLED_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

// The library's control tokens.
const DOC_MODE = '\x02';
const SCALAR = '\x1f';

const EOF = -1;
const LF = 0x0a;
const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const HASH = 0x23;
const SINGLE_QUOTE = 0x27;
const PLUS = 0x2b;
const COMMA = 0x2c;
const DASH = 0x2d;
const DOT = 0x2e;
const COLON = 0x3a;
const GREATER = 0x3e;
const QUESTION = 0x3f;
const LEFT_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RIGHT_BRACKET = 0x5d;
const LEFT_BRACE = 0x7b;
const PIPE = 0x7c;
const RIGHT_BRACE = 0x7d;

/** Flow nesting beyond this is left to the library (one bit per level records which bracket closes it). */
const MAX_FLOW_DEPTH = 30;

/** Indentation and separation tokens, made once: most lines start with one. */
const SPACES: readonly string[] = Array.from({ length: 81 }, (_, n) => ' '.repeat(n));

/** Thrown (and caught in `lexFast`) when the text leaves the handled subset. One instance: no stack captured. */
const NOT_HANDLED = new Error('outside the fast lexer');
function notHandled(): never {
  throw NOT_HANDLED;
}

/**
 * The tokens `new Lexer().lex(text)` of the `yaml` package yields, or `undefined` when the text uses anything
 * this lexer does not handle.
 */
export function lexFast(text: string): string[] | undefined {
  if (UNHANDLED_CHARS.test(text)) return undefined;
  try {
    return new FastLexer(text).lex();
  } catch (e) {
    if (e === NOT_HANDLED) return undefined;
    throw e;
  }
}

/** Space, line feed or end of input: what must follow an indicator (`- `, `: `) for it to be one. */
function isBlank(c: number): boolean {
  return c === SPACE || c === LF || c === EOF;
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LEFT_BRACKET || c === RIGHT_BRACKET || c === LEFT_BRACE || c === RIGHT_BRACE;
}

/**
 * Whether a plain scalar may start with `c` (followed by `next`) here. Other indicator characters start other
 * tokens or are errors; `-`, `?` and `:` start plain scalars when text follows them (`--flag`, `:99`).
 */
function isPlainStart(c: number, next: number, inFlow: boolean): boolean {
  switch (c) {
    case DASH:
    case QUESTION:
    case COLON:
      return !isBlank(next) && !(inFlow && isFlowIndicator(next));
    case COMMA:
    case LEFT_BRACKET:
    case RIGHT_BRACKET:
    case LEFT_BRACE:
    case RIGHT_BRACE:
    case HASH:
    case 0x26: // & anchor
    case 0x2a: // * alias
    case 0x21: // ! tag
    case PIPE:
    case GREATER:
    case SINGLE_QUOTE:
    case DOUBLE_QUOTE:
    case 0x25: // % directive
    case 0x40: // @ reserved
    case 0x60: // ` reserved
      return false;
    default:
      return true;
  }
}

class FastLexer {
  private readonly tokens: string[] = [];
  private readonly len: number;
  private pos = 0;
  private docStarted = false;
  /** The current line's indentation, plus the width of the `- ` indicators at its start. */
  private lineIndent = 0;
  /**
   * The library's threshold for lines that continue something begun above them: a plain or quoted scalar goes
   * on, a block scalar's body starts, a flow collection stays open only on lines indented at least this much.
   * A block indicator (`- `, `: `) sets it one past the line's indent, and a block scalar's body to the body's
   * indent. A line indented less (outside flow collections) lowers it to its own indent if its first character
   * is not followed by a space or line end: `cc` does, `c` and `c d` do not, an empty line before `cc` does.
   */
  private indentNext = 0;

  constructor(private readonly text: string) {
    this.len = text.length;
  }

  lex(): string[] {
    while (this.pos < this.len) this.line();
    return this.tokens;
  }

  private code(at: number): number {
    return at < this.len ? this.text.charCodeAt(at) : EOF;
  }

  private skipSpaces(from: number): number {
    const text = this.text;
    while (text.charCodeAt(from) === SPACE) from++;
    return from;
  }

  private pushSpaces(n: number): void {
    if (n > 0) this.tokens.push(n < SPACES.length ? SPACES[n]! : ' '.repeat(n));
  }

  /** The line feed at `pos`, if there is one (else the input ends here). */
  private lineBreak(): void {
    if (this.pos < this.len) {
      this.tokens.push('\n');
      this.pos++;
    }
  }

  /** A comment from `#` at `pos` to the end of its line. */
  private comment(): void {
    let eol = this.text.indexOf('\n', this.pos);
    if (eol < 0) eol = this.len;
    this.tokens.push(this.text.slice(this.pos, eol));
    this.pos = eol;
  }

  /** The library's lowering of `indentNext` by a line indented `indent` whose text (or end) is at `first`. */
  private lower(indent: number, first: number): void {
    if (this.indentNext > indent && !isBlank(this.code(first + 1))) this.indentNext = indent;
  }

  /** `---` or `...` at `at`, followed by a space or line end. */
  private isDocMarker(at: number): boolean {
    const c = this.code(at);
    return (
      (c === DASH || c === DOT) &&
      this.code(at + 1) === c &&
      this.code(at + 2) === c &&
      isBlank(this.code(at + 3))
    );
  }

  // --- block context ---------------------------------------------------------------------------------------

  /** One line from its start: blank, a comment, the document start marker, or content (which may run on). */
  private line(): void {
    const start = this.pos;
    const first = this.skipSpaces(start);
    const indent = first - start;
    const c = this.code(first);
    this.pos = first;
    // Blank lines and comments too: for an empty line the character after its line break counts.
    this.lower(indent, first);
    if (c === LF || c === EOF) {
      this.pushSpaces(indent);
      return this.lineBreak();
    }
    if (c === HASH) {
      this.pushSpaces(indent);
      this.comment();
      return this.lineBreak();
    }
    if (indent === 0 && this.isDocMarker(first)) return this.documentStart();
    // The library enters its document mode with the first line that is neither blank nor a comment.
    if (!this.docStarted) {
      this.tokens.push(DOC_MODE);
      this.docStarted = true;
    }
    this.pushSpaces(indent);
    this.lineIndent = indent;
    this.sequenceIndicators();
    this.blockLine();
  }

  /** A leading `---`, alone on its line or with a comment. A second document, or `...`, is not handled. */
  private documentStart(): void {
    if (this.docStarted || this.code(this.pos) !== DASH) notHandled();
    this.docStarted = true;
    this.tokens.push(DOC_MODE, '---');
    const from = this.pos + 3;
    this.pos = this.skipSpaces(from);
    this.pushSpaces(this.pos - from);
    const c = this.code(this.pos);
    if (c === HASH && this.pos > from) this.comment();
    else if (c !== LF && c !== EOF) notHandled();
    this.lineBreak();
  }

  /** `- ` indicators at the start of a line, each deepening its indent. `? ` and `: ` there are not handled. */
  private sequenceIndicators(): void {
    for (;;) {
      const c = this.code(this.pos);
      if (!isBlank(this.code(this.pos + 1))) return;
      if (c === QUESTION || c === COLON) notHandled();
      if (c !== DASH) return;
      this.tokens.push('-');
      this.indentNext = this.lineIndent + 1;
      const after = this.skipSpaces(this.pos + 1);
      this.pushSpaces(after - this.pos - 1);
      this.lineIndent += after - this.pos;
      this.pos = after;
    }
  }

  /** The rest of a block-context line, through its line break (scalars and flow collections may run on). */
  private blockLine(): void {
    for (;;) {
      const pos = this.pos;
      const c = this.code(pos);
      switch (c) {
        case EOF:
          return;
        case LF:
          return this.lineBreak();
        case SPACE:
          this.pos = this.skipSpaces(pos);
          this.pushSpaces(this.pos - pos);
          break;
        case HASH:
          // Only after a space (the start of a line is handled in `line`); elsewhere it is text.
          if (this.code(pos - 1) !== SPACE) notHandled();
          this.comment();
          break;
        case COLON:
          if (!isBlank(this.code(pos + 1))) {
            this.plainScalar(); // `:99`
            break;
          }
          this.tokens.push(':');
          this.indentNext = this.lineIndent + 1;
          this.pos++;
          break;
        case SINGLE_QUOTE:
        case DOUBLE_QUOTE:
          this.quoted(c);
          this.afterBlockNode(true);
          break;
        case PIPE:
        case GREATER:
          return this.blockScalar();
        case LEFT_BRACKET:
        case LEFT_BRACE:
          this.flow();
          // `[a]: b` (a collection as key) is left to the library.
          this.afterBlockNode(false);
          break;
        default:
          if (!isPlainStart(c, this.code(pos + 1), false)) notHandled();
          this.plainScalar();
      }
    }
  }

  /**
   * After a quoted scalar or a flow collection in block context only spaces, a comment, the line end or (after
   * a quoted key) `: ` are handled; the library reads anything else as a further scalar or an error.
   */
  private afterBlockNode(colonAllowed: boolean): void {
    const at = this.skipSpaces(this.pos);
    const c = this.code(at);
    if (c === LF || c === EOF || (c === HASH && at > this.pos)) return;
    if (colonAllowed && c === COLON && isBlank(this.code(at + 1))) return;
    notHandled();
  }

  /**
   * A plain scalar in block context. Each line of it ends at `: `, ` #` or the line break; past a line break it
   * runs on to the next non-blank line if that is indented at least `indentNext` and is not a comment. Its
   * source excludes trailing spaces; blank lines and indentation inside it are part of it.
   */
  private plainScalar(): void {
    const text = this.text;
    const len = this.len;
    const start = this.pos;
    let end = start;
    let i = start;
    for (;;) {
      let c = EOF;
      for (; i < len; i++) {
        c = text.charCodeAt(i);
        if (c === LF) break;
        if (c === SPACE) continue;
        if (c === COLON && isBlank(this.code(i + 1))) break;
        if (c === HASH && text.charCodeAt(i - 1) === SPACE) break;
        end = i + 1;
      }
      if (i >= len || c !== LF) break;
      const next = this.continuation(i);
      if (next < 0) break;
      i = next;
    }
    this.tokens.push(SCALAR, text.slice(start, end));
    this.pos = end;
  }

  /** Where a plain scalar runs on after the line break at `eol`: its next line's first character, or -1. */
  private continuation(eol: number): number {
    let lineStart = eol + 1;
    for (;;) {
      const first = this.skipSpaces(lineStart);
      const c = this.code(first);
      if (c === LF) {
        lineStart = first + 1;
        continue;
      }
      if (c === EOF || c === HASH || first - lineStart < this.indentNext) return -1;
      // Reachable only with `indentNext` 0: a document marker would end the scalar.
      if (first === lineStart && this.isDocMarker(first)) notHandled();
      return first;
    }
  }

  // --- quoted scalars ------------------------------------------------------------------------------------

  /**
   * A single- or double-quoted scalar, through its closing quote. Every line it runs on to must be blank or
   * indented at least `indentNext`: otherwise the library ends it, unterminated, at the line break.
   */
  private quoted(quote: number): void {
    const text = this.text;
    const start = this.pos;
    const end = (quote === SINGLE_QUOTE ? this.singleQuoteEnd(start) : this.doubleQuoteEnd(start)) + 1;
    for (let nl = text.indexOf('\n', start); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
      const first = this.skipSpaces(nl + 1);
      if (this.code(first) === LF) continue;
      if (first - nl - 1 < this.indentNext || (first === nl + 1 && this.isDocMarker(first))) notHandled();
    }
    this.tokens.push(text.slice(start, end));
    this.pos = end;
  }

  /** The closing `'` of the scalar opened at `start` (`''` is an escaped quote). */
  private singleQuoteEnd(start: number): number {
    const text = this.text;
    let i = text.indexOf("'", start + 1);
    while (i >= 0 && text.charCodeAt(i + 1) === SINGLE_QUOTE) i = text.indexOf("'", i + 2);
    return i >= 0 ? i : notHandled();
  }

  /** The closing `"` of the scalar opened at `start`: the first one after an even number of backslashes. */
  private doubleQuoteEnd(start: number): number {
    const text = this.text;
    for (let i = text.indexOf('"', start + 1); i >= 0; i = text.indexOf('"', i + 1)) {
      let b = i - 1;
      while (text.charCodeAt(b) === BACKSLASH) b--;
      if ((i - 1 - b) % 2 === 0) return i;
    }
    return notHandled();
  }

  // --- block scalars -------------------------------------------------------------------------------------

  /** A literal or folded block scalar: its header (indicators, spaces, comment), line break and body. */
  private blockScalar(): void {
    const start = this.pos;
    let at = start + 1;
    let chomp = 0;
    let explicit = 0;
    for (let n = 0; n < 2; n++) {
      const c = this.code(at);
      if ((c === PLUS || c === DASH) && chomp === 0) chomp = c;
      else if (c >= 0x31 && c <= 0x39 && explicit === 0) explicit = c - 0x30;
      else break;
      at++;
    }
    // `|x`, `|0` and `|#` are errors or read unexpectedly.
    const after = this.code(at);
    if (after !== SPACE && after !== LF && after !== EOF) notHandled();
    this.tokens.push(this.text.slice(start, at));
    this.pos = this.skipSpaces(at);
    this.pushSpaces(this.pos - at);
    const c = this.code(this.pos);
    if (c === HASH && this.pos > at) this.comment();
    else if (c !== LF && c !== EOF) notHandled();
    if (this.pos >= this.len) {
      this.tokens.push(SCALAR, '');
      return;
    }
    this.lineBreak();
    this.blockScalarBody(chomp === PLUS, explicit);
  }

  /**
   * The body. Its indent is given by the indicator (counted from one less than `indentNext`) or by its first
   * line with text, which must be indented at least `indentNext`; without such a line the body is the blank
   * lines before the next line (a partial last line excluded). It runs over blank lines and lines indented at
   * least that much (a partial last line too if it is). Without keep chomping (`+`) its trailing
   * whitespace-only lines go, back to the first line or to one with more spaces than the first text line's
   * indent. A body with text sets `indentNext` to its indent, which later lines are measured against.
   */
  private blockScalarBody(keep: boolean, explicit: number): void {
    const min = this.indentNext;
    // A root block scalar's body could hold document markers; not handled.
    if (min < 1) notHandled();
    const start = this.pos;
    let lineStart = start;
    let first = this.skipSpaces(lineStart);
    while (this.code(first) === LF) {
      lineStart = first + 1;
      first = this.skipSpaces(lineStart);
    }
    const firstIndent = first - lineStart;
    let end = lineStart;
    if (firstIndent >= min) {
      const indent = explicit > 0 ? min + explicit - 1 : firstIndent;
      this.indentNext = indent;
      end = this.bodyLinesEnd(lineStart, indent);
    }
    if (!keep) end = this.withoutTrailingBlankLines(start, end, firstIndent);
    this.tokens.push(SCALAR, this.text.slice(start, end));
    this.pos = end;
  }

  /** The end of the lines from `lineStart` on that are blank or indented at least `indent`. */
  private bodyLinesEnd(lineStart: number, indent: number): number {
    const len = this.len;
    while (lineStart < len) {
      const first = this.skipSpaces(lineStart);
      const c = this.code(first);
      // A whitespace-only last line without a line break belongs only if it has the indent.
      if (c !== LF && first - lineStart < indent) break;
      const eol = c === LF ? first : this.text.indexOf('\n', first);
      lineStart = eol < 0 ? len : eol + 1;
    }
    return lineStart;
  }

  /** `end` moved back over whitespace-only lines of at most `indent` spaces (never the body's first line). */
  private withoutTrailingBlankLines(start: number, end: number, indent: number): number {
    const text = this.text;
    while (end > start) {
      const lineEnd = text.charCodeAt(end - 1) === LF ? end - 1 : end;
      let i = lineEnd - 1;
      while (i >= start && text.charCodeAt(i) === SPACE) i--;
      // `i` is now the line break before the line if it is whitespace only.
      if (i < start || text.charCodeAt(i) !== LF || lineEnd - i - 1 > indent) break;
      end = i + 1;
    }
    return end;
  }

  // --- flow collections ----------------------------------------------------------------------------------

  /** A flow collection from its opening bracket to the matching closing one, over as many lines as it takes. */
  private flow(): void {
    // Bit d is set when the collection at depth d is a map.
    let maps = 0;
    let depth = 0;
    for (;;) {
      const pos = this.pos;
      const c = this.code(pos);
      switch (c) {
        case EOF:
          return notHandled();
        case LF:
          this.lineBreak();
          this.flowLineStart(depth);
          break;
        case SPACE:
          this.pos = this.skipSpaces(pos);
          this.pushSpaces(this.pos - pos);
          break;
        case HASH: {
          const before = this.code(pos - 1);
          if (before !== SPACE && before !== LF) notHandled();
          this.comment();
          break;
        }
        case COMMA:
          this.tokens.push(',');
          this.pos++;
          break;
        case LEFT_BRACKET:
        case LEFT_BRACE:
          if (++depth > MAX_FLOW_DEPTH) notHandled();
          if (c === LEFT_BRACE) maps |= 1 << depth;
          else maps &= ~(1 << depth);
          this.tokens.push(c === LEFT_BRACE ? '{' : '[');
          this.pos++;
          break;
        case RIGHT_BRACKET:
        case RIGHT_BRACE:
          // A bracket closing the wrong kind of collection is an error.
          if (((maps >> depth) & 1) !== (c === RIGHT_BRACE ? 1 : 0)) notHandled();
          this.tokens.push(c === RIGHT_BRACE ? '}' : ']');
          this.pos++;
          if (--depth === 0) return;
          break;
        case COLON: {
          const next = this.code(pos + 1);
          if (next === SPACE || next === LF) {
            this.tokens.push(':');
            this.pos++;
            this.emptyFlowValue();
          } else if (isPlainStart(c, next, true) && this.startsFlowEntry(pos)) {
            this.flowPlainScalar(); // `[:99]`
          } else {
            // Right after a key (`{"a":b}`) or before a bracket (`[a:]`) it is read in ways not mirrored here.
            notHandled();
          }
          break;
        }
        case SINGLE_QUOTE:
        case DOUBLE_QUOTE:
          this.quoted(c);
          this.afterFlowScalar();
          break;
        default:
          if (!isPlainStart(c, this.code(pos + 1), true)) notHandled();
          this.flowPlainScalar();
      }
    }
  }

  /**
   * The start of a line inside a flow collection. A line indented less than `indentNext` makes the library end
   * the collection with an error token, except a closing bracket one column short that closes the outermost
   * collection; comment lines may sit anywhere.
   */
  private flowLineStart(depth: number): void {
    const start = this.pos;
    const first = this.skipSpaces(start);
    const indent = first - start;
    const c = this.code(first);
    // Lines inside a flow collection do not lower `indentNext`.
    if (c !== LF && c !== EOF && c !== HASH) {
      if (indent === 0 && this.isDocMarker(first)) notHandled();
      const closing = depth === 1 && (c === RIGHT_BRACKET || c === RIGHT_BRACE);
      if (indent < this.indentNext && !(closing && indent + 1 === this.indentNext)) notHandled();
    }
    this.pushSpaces(indent);
    this.pos = first;
  }

  /** `: ,` in a flow collection: the library gives the value an empty scalar after the spaces. */
  private emptyFlowValue(): void {
    const from = this.pos;
    const at = this.skipSpaces(from);
    if (at === from || this.code(at) !== COMMA) return;
    this.pushSpaces(at - from);
    this.tokens.push(SCALAR, '');
    this.pos = at;
  }

  /** Whether `at` follows a space, a line break, a `,` or an opening bracket: no key or value ends there. */
  private startsFlowEntry(at: number): boolean {
    const c = this.code(at - 1);
    return c === SPACE || c === LF || c === COMMA || c === LEFT_BRACKET || c === LEFT_BRACE;
  }

  /** After a quoted scalar in a flow collection: spaces, a comment, a line end, `,`, a bracket or `: `. */
  private afterFlowScalar(): void {
    const at = this.skipSpaces(this.pos);
    const c = this.code(at);
    if (
      c === LF ||
      c === COMMA ||
      c === RIGHT_BRACKET ||
      c === RIGHT_BRACE ||
      (c === HASH && at > this.pos)
    ) {
      return;
    }
    const next = this.code(at + 1);
    if (c === COLON && (next === SPACE || next === LF)) return;
    notHandled();
  }

  /**
   * A plain scalar in a flow collection: it ends at a flow indicator, at `: ` (or `:` before a flow indicator),
   * at ` #` or at the line end. One that would run on to the next line is not handled.
   */
  private flowPlainScalar(): void {
    const text = this.text;
    const len = this.len;
    const start = this.pos;
    let end = start;
    let i = start;
    let c = EOF;
    for (; i < len; i++) {
      c = text.charCodeAt(i);
      if (c === LF || isFlowIndicator(c)) break;
      if (c === SPACE) continue;
      if (c === COLON) {
        const next = this.code(i + 1);
        if (isBlank(next) || isFlowIndicator(next)) break;
      }
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) break;
      end = i + 1;
    }
    if (i >= len) notHandled();
    if (c === LF) this.flowScalarEndsAtLineEnd(i);
    this.tokens.push(SCALAR, text.slice(start, end));
    this.pos = end;
  }

  /**
   * A flow plain scalar ends at the line break at `eol` if the next non-blank line starts with `,`, a closing
   * bracket or a comment; one running on to that line is not handled.
   */
  private flowScalarEndsAtLineEnd(eol: number): void {
    let lineStart = eol + 1;
    for (;;) {
      const first = this.skipSpaces(lineStart);
      const c = this.code(first);
      if (c === LF) {
        lineStart = first + 1;
        continue;
      }
      if (c === COMMA || c === RIGHT_BRACKET || c === RIGHT_BRACE || c === HASH) return;
      notHandled();
    }
  }
}
