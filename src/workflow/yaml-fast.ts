/**
 * Fast path for reading workflow YAML. The `yaml` package's CST `Parser` is generator based, allocates a token
 * object per lexeme and reads `process.env.LOG_TOKENS` once per token: over a corpus of real workflows it cost
 * most of `readYaml`'s time, the largest cost in the engine. This reader consumes the package's `Lexer` tokens
 * (so YAML's lexical rules stay the library's: where plain scalars end, quoting, block-scalar extents, flow
 * context), from `yaml-lexer.ts` where that gives them, and builds the node tree of `yaml.ts` directly,
 * mirroring the decisions the `Parser` and the CST walk in `yaml.ts` make for the same tokens, quirks included
 * (a comment line at an entry's indent closing a nested collection becomes an empty pair or item there; `[a,]`
 * has a null item), so both paths give equal trees.
 *
 * It handles the common subset: block maps and sequences (compact `- key: v`, `- - x`, `key:\n- a`), empty
 * values, plain scalars, single- and double-quoted scalars, literal and folded block scalars, flow sequences of
 * scalars and flow collections, flow maps with scalar keys, comments, blank lines and a leading `---`. Anything
 * else (anchors, aliases, tags, `?` keys, directives, `...`, a second document, tabs as indentation, duplicate
 * or multi-line keys, error tokens, any state the `Parser` would report as an error, deep nesting) returns
 * `undefined`: the caller then runs the library's `Parser`, which gives the proper result or error.
 *
 * Scalar values still come from the library (`CST.resolveAsScalar` on tokens built here) except single-line
 * plain scalars, whose value is their source normalised by `plainText`, as on the other path.
 *
 * The mirrored decisions are those of the `yaml` 2.x `Parser`; test/workflow/yaml-fast.test.ts checks the two
 * paths agree (corpus, fixtures, random mutations), and is the test to run when the package is upgraded.
 */
import { CST, Lexer } from 'yaml';
import { lexFast } from './yaml-lexer.js';
import { plainText } from './yaml-scalars.js';
import type { YMap, YNode, YPair, YScalar, YSeq } from './yaml.js';

/** Deeper nesting goes to the library path, which enforces MAX_NESTING; workflows nest far less than this. */
const MAX_FAST_NESTING = 64;

/** Thrown (and caught in `readFast`) when the text leaves the subset handled here. */
class NotHandled extends Error {}
/** One instance, made once: bailing out costs no stack capture. */
const NOT_HANDLED = new NotHandled('outside the fast path');
function notHandled(): never {
  throw NOT_HANDLED;
}

// Token kinds, as `CST.tokenType` names them. Kinds outside the subset are all OTHER.
const NEWLINE = 0;
const SPACE = 1;
const COMMENT = 2;
/** A plain scalar's source, or a block scalar's body: the token after the lexer's SCALAR marker. */
const PLAIN = 3;
const SINGLE = 4;
const DOUBLE = 5;
const SEQ_IND = 6;
const MAP_IND = 7;
const BLOCK_HEADER = 8;
const FLOW_MAP_START = 9;
const FLOW_MAP_END = 10;
const FLOW_SEQ_START = 11;
const FLOW_SEQ_END = 12;
const COMMA = 13;
const DOC_MODE = 14;
const DOC_START = 15;
const SCALAR_MARK = 16;
const OTHER = 17;

/** `CST.tokenType` on character codes, with every kind this reader does not handle folded into OTHER. */
function kindOf(src: string): number {
  const len = src.length;
  if (len === 0) return NEWLINE;
  const c = src.charCodeAt(0);
  if (len === 1) {
    switch (c) {
      case 0x0a:
        return NEWLINE;
      case 0x02:
        return DOC_MODE;
      case 0x1f:
        return SCALAR_MARK;
      case 0x2d: // -
        return SEQ_IND;
      case 0x3a: // :
        return MAP_IND;
      case 0x7b: // {
        return FLOW_MAP_START;
      case 0x7d: // }
        return FLOW_MAP_END;
      case 0x5b: // [
        return FLOW_SEQ_START;
      case 0x5d: // ]
        return FLOW_SEQ_END;
      case 0x2c: // ,
        return COMMA;
      case 0x3f: // ? explicit key
      case 0x18: // flow error end
      case 0xfeff: // byte order mark
        return OTHER;
    }
  } else if (len === 2 && src === '\r\n') {
    return NEWLINE;
  } else if (len === 3 && (src === '---' || src === '...')) {
    return src === '---' ? DOC_START : OTHER;
  }
  switch (c) {
    case 0x20:
    case 0x09:
      return SPACE;
    case 0x23: // #
      return COMMENT;
    case 0x27: // '
      return SINGLE;
    case 0x22: // "
      return DOUBLE;
    case 0x7c: // |
    case 0x3e: // >
      return BLOCK_HEADER;
    default:
      // Directives, aliases, anchors, tags and text the lexer could not classify.
      return OTHER;
  }
}

// What is known of a node's trailing tokens (the CST's `end` list), as bit flags.
/** The node has trailing tokens: a more-indented comment line below it joins them. */
const END_OPEN = 1;
/** The last of them is a comment: the line break after it joins them too. */
const END_COMMENT = 2;
/** A space or line break came first: a comment after it is well separated. */
const END_SPACED = 4;
/** A flow scalar: `resolveEnd` rejects a comment with no space before it. */
const END_CHECKED = 8;

/** Adds one token to a node's trailing tokens: its `nodeEnd` moves past it. */
function joinEnd(node: YNode, flags: number, kind: number, to: number): number {
  if (kind === COMMENT) {
    if ((flags & (END_SPACED | END_CHECKED)) === END_CHECKED) notHandled();
    flags |= END_COMMENT;
  } else {
    flags = (flags & ~END_COMMENT) | END_SPACED;
  }
  node.nodeEnd = to;
  return flags | END_OPEN;
}

/** A block map or sequence being built, with the state of its last entry (the `Parser`'s `items.at(-1)`). */
class BlockFrame {
  /** The entry has a separator (a key was seen), a `:` in it, and a line break in it. */
  sep = false;
  colon = false;
  sepNewline = false;
  value: YNode | null = null;
  valueEnd = 0;
  /** Tokens before the entry's key or value: how many, only spaces and line breaks, a `-` among them. */
  startCount = 0;
  startBlank = true;
  dash = false;
  /** The deepest indent of a comment among them, -1 for none. */
  commentIndent = -1;
  /** The previous entry's value and its trailing tokens: a more-indented comment line may join them. */
  prevValue: YNode | null = null;
  prevEnd = 0;
  /** The keys so far, once the map is too large to scan for a duplicate. */
  keys: Set<string> | null = null;
  readonly isMap: boolean;

  constructor(
    readonly node: YMap | YSeq,
    readonly indent: number,
  ) {
    this.isMap = node.kind === 'map';
  }
}

/** A flow collection being built, with the state of its last entry. */
class FlowFrame {
  closed = false;
  /** There is an entry at all: `[` alone has none, `[ ` has one made of a space. */
  entry = false;
  key: YNode | null = null;
  keyEnd = 0;
  sep = false;
  colon = false;
  value: YNode | null = null;
  /** The collection's own trailing tokens, from its closing bracket on. */
  end = 0;
  keys: Set<string> | null = null;

  constructor(readonly node: YMap | YSeq) {}
}

type Frame = BlockFrame | FlowFrame;

/**
 * The tree for `text`, `null` for a stream with no content, or `undefined` when the text leaves the handled
 * subset and the library's `Parser` must read it.
 */
export function readFast(text: string): YNode | null | undefined {
  try {
    return new FastReader().read(text);
  } catch (e) {
    if (e === NOT_HANDLED) return undefined;
    throw e;
  }
}

/**
 * Mirrors `Parser.next`/`step` for the handled tokens: each method names the `Parser` method it follows. Offsets,
 * the indent of the current line and `onKeyLine` are tracked exactly as the `Parser` does.
 */
class FastReader {
  private offset = 0;
  private indent = 0;
  private atNewLine = true;
  private atScalar = false;
  private onKeyLine = false;
  private kind = 0;
  private source = '';
  private multiline = false;
  private readonly stack: Frame[] = [];

  private inDocument = false;
  private docStarted = false;
  private root: YNode | null = null;
  private rootSet = false;

  /** A flow scalar waiting for its trailing tokens (the `Parser` keeps it on its stack). */
  private pending: YScalar | null = null;
  private pendingEnd = 0;
  private pendingIndent = 0;
  private pendingMultiline = false;

  /** A block scalar's header tokens, waiting for its body. */
  private blockProps: CST.SourceToken[] | null = null;

  read(text: string): YNode | null {
    // The fast lexer's tokens are the library `Lexer`'s; texts it leaves alone go to the library's.
    for (const src of lexFast(text) ?? new Lexer().lex(text)) this.next(src);
    this.end();
    return this.root;
  }

  private next(src: string): void {
    if (this.atScalar) {
      this.atScalar = false;
      this.kind = PLAIN;
      this.source = src;
      this.step();
      this.offset += src.length;
      return;
    }
    const kind = kindOf(src);
    switch (kind) {
      case SCALAR_MARK:
        this.atNewLine = false;
        this.atScalar = true;
        return;
      case OTHER:
        notHandled();
        break;
      case SPACE:
        // Tabs in indentation are an error the CST walk reports; elsewhere they are plain separation.
        if (this.atNewLine && src.includes('\t')) notHandled();
        break;
    }
    this.kind = kind;
    this.source = src;
    this.step();
    switch (kind) {
      case NEWLINE:
        this.atNewLine = true;
        this.indent = 0;
        break;
      case SPACE:
        if (this.atNewLine && src.charCodeAt(0) === 0x20) this.indent += src.length;
        break;
      case SEQ_IND:
      case MAP_IND:
        if (this.atNewLine) this.indent += 1;
        break;
      case DOC_MODE:
        return;
      default:
        this.atNewLine = false;
    }
    this.offset += src.length;
  }

  /** `Parser.step`: hands the token to the innermost construct; a construct that ends gives it to its parent. */
  private step(): void {
    for (;;) {
      if (this.pending) {
        if (this.scalarStep()) return;
        continue;
      }
      if (this.blockProps) return this.blockScalarStep(this.blockProps);
      const top = this.top();
      if (!top) return this.documentStep();
      const handled =
        top instanceof FlowFrame
          ? this.flowStep(top)
          : top.isMap
            ? this.blockMapStep(top)
            : this.blockSeqStep(top);
      if (handled) return;
      this.popFrame();
    }
  }

  private end(): void {
    if (this.blockProps) notHandled();
    if (this.pending) this.popPending();
    while (this.stack.length > 0) this.popFrame();
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private get tokenEnd(): number {
    return this.offset + this.source.length;
  }

  // --- document -------------------------------------------------------------------------------------------

  /** `Parser.stream` and `Parser.document`: stream-level comments, one document, one root collection. */
  private documentStep(): void {
    // A root that ended before the end of input is followed by something only an error explains.
    if (this.rootSet) notHandled();
    const kind = this.kind;
    if (kind === SPACE || kind === COMMENT || kind === NEWLINE) return;
    if (!this.inDocument) {
      if (kind !== DOC_MODE) notHandled();
      this.inDocument = true;
      return;
    }
    if (kind === DOC_START) {
      if (this.docStarted) notHandled();
      this.docStarted = true;
      return;
    }
    this.docStarted = true;
    if (kind === SEQ_IND) return this.pushSeq();
    // The root may be a scalar only until its `:` makes it the first key of a map.
    if (kind === PLAIN || kind === SINGLE || kind === DOUBLE) return this.pushPending();
    notHandled();
  }

  // --- flow scalars waiting for their line end -----------------------------------------------------------

  private pushPending(): void {
    this.pending = this.scalar();
    this.pendingEnd = END_CHECKED;
    this.pendingIndent = this.indent;
    this.pendingMultiline = this.multiline;
  }

  /** `Parser.scalar` and `lineEnd`; false when the scalar ended and the token belongs to its parent. */
  private scalarStep(): boolean {
    const pending = this.pending!;
    switch (this.kind) {
      case MAP_IND:
        this.pendingToMap(pending);
        return true;
      case SPACE:
      case COMMENT:
        this.pendingEnd = joinEnd(pending, this.pendingEnd, this.kind, this.tokenEnd);
        return true;
      case NEWLINE:
        this.onKeyLine = false;
        this.pendingEnd = joinEnd(pending, this.pendingEnd, NEWLINE, this.tokenEnd);
        this.popPending();
        return true;
      case COMMA:
      case FLOW_MAP_END:
      case FLOW_SEQ_END:
        this.popPending();
        return false;
      default:
        return notHandled();
    }
  }

  /** `key: value` where the key was a scalar on its own: the scalar becomes the first key of a new block map. */
  private pendingToMap(key: YScalar): void {
    if (this.pendingMultiline) notHandled(); // implicit keys must be on one line
    const parent = this.top();
    if (parent instanceof FlowFrame) notHandled();
    // `a: b: c`: a map nested in a compact map is an error.
    if (parent?.node.kind === 'map' && !parent.sepNewline) notHandled();
    this.pending = null;
    key.nodeEnd = key.end; // its trailing spaces belong to the separator now
    const map: YMap = {
      kind: 'map',
      pairs: [{ key, value: null }],
      start: key.start,
      end: key.start,
      nodeEnd: key.start,
    };
    const frame = new BlockFrame(map, this.pendingIndent);
    frame.sep = frame.colon = true;
    this.pushFrame(frame);
    this.onKeyLine = true;
  }

  /** `Parser.pop` for a flow scalar. */
  private popPending(): void {
    const node = this.pending!;
    this.pending = null;
    this.place(node, this.pendingEnd);
  }

  // --- block scalars -------------------------------------------------------------------------------------

  private pushBlockScalar(): void {
    this.blockProps = [this.sourceToken('block-scalar-header')];
  }

  /** `Parser.blockScalar`: header, then spaces, comment and line break, then the body. */
  private blockScalarStep(props: CST.SourceToken[]): void {
    switch (this.kind) {
      case SPACE:
        props.push(this.sourceToken('space'));
        return;
      case COMMENT:
        props.push(this.sourceToken('comment'));
        return;
      case NEWLINE:
        props.push(this.sourceToken('newline'));
        return;
      case PLAIN:
        break;
      default:
        notHandled();
    }
    this.blockProps = null;
    this.atNewLine = true;
    this.indent = 0;
    const parent = this.top();
    if (!(parent instanceof BlockFrame)) return notHandled();
    const token: CST.BlockScalar = {
      type: 'block-scalar',
      offset: props[0]!.offset,
      indent: parent.indent, // the Parser gives block scalars their parent's indent
      props,
      source: this.source,
    };
    const r = CST.resolveAsScalar(token, true, notHandled);
    const node: YScalar = {
      kind: 'scalar',
      value: r.value,
      style: r.type === 'BLOCK_FOLDED' ? 'folded' : 'literal',
      start: r.range[0],
      end: r.range[1],
      nodeEnd: r.range[2],
    };
    this.place(node, 0);
  }

  /** The current flow-scalar token's node; `multiline` tells whether its source spans lines. */
  private scalar(): YScalar {
    this.multiline = this.source.includes('\n');
    return scalarNode(this.kind, this.offset, this.indent, this.source, this.multiline);
  }

  private sourceToken(type: CST.SourceToken['type']): CST.SourceToken {
    return { type, offset: this.offset, indent: this.indent, source: this.source };
  }

  // --- block maps ----------------------------------------------------------------------------------------

  /** `Parser.blockMap`; false when the map ended. */
  private blockMapStep(f: BlockFrame): boolean {
    const kind = this.kind;
    switch (kind) {
      case NEWLINE:
        this.onKeyLine = false;
        if (f.value) {
          if (f.valueEnd & END_COMMENT) f.valueEnd = joinEnd(f.value, f.valueEnd, NEWLINE, this.tokenEnd);
          else this.newEntry(f);
        } else if (f.sep) {
          f.sepNewline = true;
        } else {
          this.addStart(f);
        }
        return true;
      case SPACE:
      case COMMENT:
        if (f.value) this.newEntry(f);
        else if (!f.sep && !this.joinIndentedComment(f)) this.addStart(f);
        return true;
    }
    if (this.indent < f.indent) return false;
    const atMapIndent = !this.onKeyLine && this.indent === f.indent;
    const atNextItem = atMapIndent && f.sep && kind !== SEQ_IND;
    switch (kind) {
      case MAP_IND:
        // Every other case is a `:` with an empty key.
        if (!f.sep || f.value || atNextItem || f.colon) notHandled();
        f.colon = true;
        this.onKeyLine = true;
        return true;
      case PLAIN:
      case SINGLE:
      case DOUBLE:
        if (atNextItem || f.value) {
          this.newEntry(f, false);
          this.setKey(f);
        } else if (f.sep) {
          this.pushPending();
        } else {
          this.setKey(f);
        }
        return true;
      case SEQ_IND:
        // `key: - a` is an error; a sequence at the key's own indent is the compact form.
        if (!f.sep || f.value || !f.sepNewline) notHandled();
        this.pushSeq();
        return true;
      case BLOCK_HEADER:
      case FLOW_MAP_START:
      case FLOW_SEQ_START:
        // At the map's indent these would start a key: only values are handled.
        if (atMapIndent || !f.sep || f.value) notHandled();
        this.startValue(kind);
        return true;
      default:
        return notHandled();
    }
  }

  /** A scalar key for the map's last entry, which has none yet. */
  private setKey(f: BlockFrame): void {
    if (this.indent !== f.indent) notHandled(); // all keys must start at the same column
    const key = this.scalar();
    if (this.multiline) notHandled(); // implicit keys must be on one line
    const pairs = (f.node as YMap).pairs;
    uniqueKey(f, pairs, key.value);
    pairs[pairs.length - 1]!.key = key;
    f.sep = true;
    this.onKeyLine = true;
  }

  // --- block sequences -----------------------------------------------------------------------------------

  private pushSeq(): void {
    const seq: YSeq = {
      kind: 'seq',
      items: [null],
      start: this.offset,
      end: this.offset + 1,
      nodeEnd: this.offset + 1,
    };
    const frame = new BlockFrame(seq, this.indent);
    frame.startCount = 1;
    frame.startBlank = false;
    frame.dash = true;
    this.pushFrame(frame);
  }

  /** `Parser.blockSequence`; false when the sequence ended. */
  private blockSeqStep(f: BlockFrame): boolean {
    const kind = this.kind;
    switch (kind) {
      case NEWLINE:
        if (f.value) {
          if (f.valueEnd & END_COMMENT) f.valueEnd = joinEnd(f.value, f.valueEnd, NEWLINE, this.tokenEnd);
          else this.newEntry(f);
        } else {
          this.addStart(f);
        }
        return true;
      case SPACE:
      case COMMENT:
        if (f.value) this.newEntry(f);
        else if (!this.joinIndentedComment(f)) this.addStart(f);
        return true;
      case SEQ_IND:
        if (this.indent !== f.indent) break;
        if (f.value || f.dash) this.newEntry(f);
        else this.addStart(f);
        return true;
    }
    if (this.indent <= f.indent) return false;
    // A value for an entry without its own `-` would silently become an extra item.
    if (!f.dash || f.value) notHandled();
    switch (kind) {
      case PLAIN:
      case SINGLE:
      case DOUBLE:
        this.pushPending();
        return true;
      case SEQ_IND:
        this.pushSeq();
        return true;
      case BLOCK_HEADER:
      case FLOW_MAP_START:
      case FLOW_SEQ_START:
        this.startValue(kind);
        return true;
      default:
        return notHandled();
    }
  }

  // --- entries of block collections ----------------------------------------------------------------------

  /** A new last entry, started by the current token (or by nothing, when `withToken` is false). */
  private newEntry(f: BlockFrame, withToken = true): void {
    this.closeEntry(f);
    f.prevValue = f.value;
    f.prevEnd = f.valueEnd;
    f.value = null;
    f.valueEnd = 0;
    f.sep = f.colon = f.sepNewline = false;
    f.startCount = 0;
    f.startBlank = true;
    f.dash = false;
    f.commentIndent = -1;
    if (f.node.kind === 'map') f.node.pairs.push({ key: null, value: null });
    else f.node.items.push(null);
    if (withToken) this.addStart(f);
  }

  /** A key without `:` is an error the CST walk reports. */
  private closeEntry(f: BlockFrame): void {
    if (f.node.kind === 'map' && f.sep && !f.colon) notHandled();
  }

  /** The current token joins the tokens before the last entry's key or value. */
  private addStart(f: BlockFrame): void {
    f.startCount++;
    switch (this.kind) {
      case NEWLINE:
      case SPACE:
        break;
      case COMMENT:
        f.startBlank = false;
        if (this.indent > f.commentIndent) f.commentIndent = this.indent;
        break;
      case SEQ_IND:
        f.startBlank = false;
        f.dash = true;
        break;
      default:
        notHandled();
    }
  }

  /**
   * `Parser.atIndentedComment`: a comment line indented deeper than the collection, after an entry whose value
   * has trailing tokens, joins that value (its `nodeEnd` moves past it) and the empty entry it started goes.
   */
  private joinIndentedComment(f: BlockFrame): boolean {
    if (this.kind !== COMMENT || this.indent <= f.indent || !f.startBlank) return false;
    const value = f.prevValue;
    if (!value || !(f.prevEnd & END_OPEN)) return false;
    let flags = f.prevEnd;
    if (f.startCount > 0) flags = joinEnd(value, flags, SPACE, this.offset);
    flags = joinEnd(value, flags, COMMENT, this.tokenEnd);
    if (f.node.kind === 'map') f.node.pairs.pop();
    else f.node.items.pop();
    // The previous entry is the last one again; it has its value, so only that and its end matter from now.
    f.value = value;
    f.valueEnd = flags;
    f.sep = f.colon = f.dash = true;
    f.prevValue = null;
    f.prevEnd = 0;
    return true;
  }

  /** `Parser.startBlockValue` for a block scalar or a flow collection. */
  private startValue(kind: number): void {
    if (kind === BLOCK_HEADER) return this.pushBlockScalar();
    const start = this.offset;
    const node: YMap | YSeq =
      kind === FLOW_MAP_START
        ? { kind: 'map', pairs: [], start, end: start, nodeEnd: start }
        : { kind: 'seq', items: [], start, end: start, nodeEnd: start };
    this.pushFrame(new FlowFrame(node));
  }

  private pushFrame(f: Frame): void {
    if (this.stack.length >= MAX_FAST_NESTING) notHandled();
    this.stack.push(f);
  }

  // --- flow collections ----------------------------------------------------------------------------------

  /** `Parser.flowCollection`; false when the collection ended. */
  private flowStep(f: FlowFrame): boolean {
    if (f.closed) return this.flowLineEnd(f);
    const kind = this.kind;
    const isMap = f.node.kind === 'map';
    switch (kind) {
      case COMMA:
        if (!f.entry || f.sep) this.newFlowEntry(f);
        return true;
      case MAP_IND:
        // Pairs inside flow sequences and empty keys are not handled.
        if (!isMap || !f.entry || f.value || !f.sep || f.colon) notHandled();
        f.colon = true;
        return true;
      case SPACE:
      case COMMENT:
      case NEWLINE:
        if (!f.entry || f.value) this.newFlowEntry(f);
        else if (f.sep && !isMap) f.keyEnd = joinEnd(f.key!, f.keyEnd, kind, this.tokenEnd);
        return true;
      case PLAIN:
      case SINGLE:
      case DOUBLE:
        if (!f.entry || f.value) {
          this.newFlowEntry(f);
          this.setFlowKey(f, this.scalar(), END_CHECKED);
        } else if (f.sep) {
          // A value needs the `:` of a flow map; `["a" b]` would read as a pair.
          if (!f.colon) notHandled();
          this.pushPending();
        } else {
          this.setFlowKey(f, this.scalar(), END_CHECKED);
        }
        return true;
      case FLOW_MAP_END:
      case FLOW_SEQ_END:
        if ((kind === FLOW_MAP_END) !== isMap) notHandled();
        this.closeFlowEntry(f);
        f.closed = true;
        f.node.end = f.node.nodeEnd = this.tokenEnd;
        f.end = END_OPEN | END_SPACED;
        return true;
      case FLOW_MAP_START:
      case FLOW_SEQ_START:
        this.startValue(kind);
        return true;
      default:
        return notHandled();
    }
  }

  /** `Parser.lineEnd` for a closed flow collection. */
  private flowLineEnd(f: FlowFrame): boolean {
    switch (this.kind) {
      case SPACE:
      case COMMENT:
        f.end = joinEnd(f.node, f.end, this.kind, this.tokenEnd);
        return true;
      case NEWLINE:
        this.onKeyLine = false;
        f.end = joinEnd(f.node, f.end, NEWLINE, this.tokenEnd);
        this.popFrame();
        return true;
      case COMMA:
      case FLOW_MAP_END:
      case FLOW_SEQ_END:
        return false;
      default:
        // `[a]: b` (a collection as key) and text after the closing bracket.
        return notHandled();
    }
  }

  private newFlowEntry(f: FlowFrame): void {
    this.closeFlowEntry(f);
    f.entry = true;
    f.key = f.value = null;
    f.keyEnd = 0;
    f.sep = f.colon = false;
    if (f.node.kind === 'map') f.node.pairs.push({ key: null, value: null });
    else f.node.items.push(null);
  }

  private closeFlowEntry(f: FlowFrame): void {
    // `{a, b: c}`: a flow-map key without `:` is read leniently on the other path; not handled here.
    if (f.node.kind === 'map' && f.key && !f.colon) notHandled();
  }

  /**
   * A key for the last flow entry. In a sequence the entry turns into an item at the end (the `Parser`'s
   * `fixFlowSeqItems`), and the tokens after it join its trailing tokens.
   */
  private setFlowKey(f: FlowFrame, key: YNode, keyEnd: number): void {
    if (f.node.kind === 'map') {
      if (key.kind !== 'scalar') notHandled();
      if (this.multiline) notHandled();
      uniqueKey(f, f.node.pairs, key.value);
      f.node.pairs[f.node.pairs.length - 1]!.key = key;
    } else {
      f.node.items[f.node.items.length - 1] = key;
    }
    f.key = key;
    f.keyEnd = keyEnd;
    f.sep = true;
  }

  // --- ending collections --------------------------------------------------------------------------------

  /** `Parser.pop` for the innermost collection. */
  private popFrame(): void {
    const f = this.stack.pop()!;
    if (f instanceof FlowFrame) {
      if (!f.closed) notHandled();
      return this.place(f.node, f.end);
    }
    this.closeEntry(f);
    const parent = this.top();
    if (parent instanceof FlowFrame) notHandled();
    // A last entry made only of blank and comment lines moves to the parent unless a comment in it is
    // indented as deep as the collection: then it stays, as an empty pair or item.
    const moves =
      !f.sep && !f.value && f.startCount > 0 && !f.dash && (f.indent === 0 || f.commentIndent < f.indent);
    if (moves) {
      if (f.node.kind === 'map') f.node.pairs.pop();
      else f.node.items.pop();
    }
    finishBlock(f.node);
    this.place(f.node, 0, f.node.kind === 'map');
    if (moves && parent) {
      this.newEntry(parent, false);
      parent.startCount = f.startCount;
      parent.startBlank = f.startBlank;
      parent.commentIndent = f.commentIndent;
    }
  }

  /** A finished node becomes the value of the innermost collection's last entry (or the root). */
  private place(node: YNode, end: number, blockMap = false): void {
    const parent = this.top();
    if (!parent) {
      // Root scalars are not workflows; a root collection ends only with the input.
      if (node.kind === 'scalar' || this.rootSet) notHandled();
      this.root = node;
      this.rootSet = true;
      return;
    }
    if (parent instanceof FlowFrame) return this.placeInFlow(parent, node, end);
    if (parent.value) notHandled(); // it would become the key of a new entry
    if (parent.node.kind === 'map') {
      if (!parent.colon) notHandled();
      // `key: value: x` nests a block map in a compact one: an error.
      if (blockMap && !parent.sepNewline) notHandled();
      parent.node.pairs[parent.node.pairs.length - 1]!.value = node;
    } else {
      if (!parent.dash) notHandled();
      parent.node.items[parent.node.items.length - 1] = node;
    }
    parent.value = node;
    parent.valueEnd = end;
  }

  private placeInFlow(f: FlowFrame, node: YNode, end: number): void {
    if (f.node.kind === 'map') {
      if (!f.entry || f.value || !f.colon) notHandled();
      f.node.pairs[f.node.pairs.length - 1]!.value = node;
      f.value = node;
      return;
    }
    // A flow-sequence item is first the entry's key, as a scalar would be.
    if (f.entry && f.sep) notHandled();
    if (!f.entry) this.newFlowEntry(f);
    this.setFlowKey(f, node, end);
  }
}

/** Bails on a duplicate key ("Map keys must be unique"): small maps are scanned, large ones get a set. */
function uniqueKey(f: { keys: Set<string> | null }, pairs: readonly YPair[], key: string): void {
  if (f.keys) {
    if (f.keys.has(key)) notHandled();
    f.keys.add(key);
    return;
  }
  // The last pair is the one getting this key.
  const n = pairs.length - 1;
  for (let i = 0; i < n; i++) if (keyText(pairs[i]!) === key) notHandled();
  if (n < 16) return;
  const keys = (f.keys = new Set([key]));
  for (let i = 0; i < n; i++) {
    const k = keyText(pairs[i]!);
    if (k !== null) keys.add(k);
  }
}

function keyText(pair: YPair): string | null {
  return pair.key?.kind === 'scalar' ? pair.key.value : null;
}

/** A block collection's range ends where its last entry's node ends (the CST walk's rule). */
function finishBlock(node: YMap | YSeq): void {
  let end = node.end;
  if (node.kind === 'map') {
    for (const pair of node.pairs) end = Math.max(end, pair.value?.nodeEnd ?? pair.key?.nodeEnd ?? end);
  } else {
    for (const item of node.items) end = Math.max(end, item?.nodeEnd ?? end);
  }
  node.end = node.nodeEnd = end;
}

/** Plain scalars cannot start with these; the library reports them as errors. */
function badPlainStart(c: number): boolean {
  switch (c) {
    case 0x09: // tab
    case 0x2c: // ,
    case 0x25: // %
    case 0x7c: // |
    case 0x3e: // >
    case 0x40: // @
    case 0x60: // `
      return true;
    default:
      return false;
  }
}

/** A flow scalar's node: value, style and range as `CST.resolveAsScalar` gives them (without trailing tokens). */
function scalarNode(
  kind: number,
  offset: number,
  indent: number,
  source: string,
  multiline: boolean,
): YScalar {
  if (kind === PLAIN && !multiline) {
    // One line of plain text: its value is its source.
    if (source === '' || badPlainStart(source.charCodeAt(0))) notHandled();
    const end = offset + source.length;
    return { kind: 'scalar', value: plainText(source), style: 'plain', start: offset, end, nodeEnd: end };
  }
  const type = kind === PLAIN ? 'scalar' : kind === SINGLE ? 'single-quoted-scalar' : 'double-quoted-scalar';
  const r = CST.resolveAsScalar({ type, offset, indent, source }, true, notHandled);
  return {
    kind: 'scalar',
    value: kind === PLAIN ? plainText(r.value) : r.value,
    style: kind === PLAIN ? 'plain' : kind === SINGLE ? 'single' : 'double',
    start: r.range[0],
    end: r.range[1],
    nodeEnd: r.range[1],
  };
}
