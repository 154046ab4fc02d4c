import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  Lexer,
  LineCounter,
  Parser,
  Scalar,
  Schema,
  cst_exports
} from "./chunk-E7AQUCQ4.js";

// node_modules/@actions/expressions/dist/ast.js
var Expr = class {
};
var Literal = class extends Expr {
  constructor(literal, token) {
    super();
    this.literal = literal;
    this.token = token;
  }
  accept(v) {
    return v.visitLiteral(this);
  }
};
var Unary = class extends Expr {
  constructor(operator, expr) {
    super();
    this.operator = operator;
    this.expr = expr;
  }
  accept(v) {
    return v.visitUnary(this);
  }
};
var FunctionCall = class extends Expr {
  constructor(functionName, args) {
    super();
    this.functionName = functionName;
    this.args = args;
  }
  accept(v) {
    return v.visitFunctionCall(this);
  }
};
var Binary = class extends Expr {
  constructor(left, operator, right) {
    super();
    this.left = left;
    this.operator = operator;
    this.right = right;
  }
  accept(v) {
    return v.visitBinary(this);
  }
};
var Logical = class extends Expr {
  constructor(operator, args) {
    super();
    this.operator = operator;
    this.args = args;
  }
  accept(v) {
    return v.visitLogical(this);
  }
};
var Grouping = class extends Expr {
  constructor(group) {
    super();
    this.group = group;
  }
  accept(v) {
    return v.visitGrouping(this);
  }
};
var ContextAccess = class extends Expr {
  constructor(name) {
    super();
    this.name = name;
  }
  accept(v) {
    return v.visitContextAccess(this);
  }
};
var IndexAccess = class extends Expr {
  constructor(expr, index) {
    super();
    this.expr = expr;
    this.index = index;
  }
  accept(v) {
    return v.visitIndexAccess(this);
  }
};
var Star = class extends Expr {
  accept() {
    throw new Error("Method not implemented.");
  }
};

// node_modules/@actions/expressions/dist/data/expressiondata.js
var Kind;
(function(Kind2) {
  Kind2[Kind2["String"] = 0] = "String";
  Kind2[Kind2["Array"] = 1] = "Array";
  Kind2[Kind2["Dictionary"] = 2] = "Dictionary";
  Kind2[Kind2["Boolean"] = 3] = "Boolean";
  Kind2[Kind2["Number"] = 4] = "Number";
  Kind2[Kind2["CaseSensitiveDictionary"] = 5] = "CaseSensitiveDictionary";
  Kind2[Kind2["Null"] = 6] = "Null";
})(Kind || (Kind = {}));
function kindStr(k) {
  switch (k) {
    case Kind.Array:
      return "Array";
    case Kind.Boolean:
      return "Boolean";
    case Kind.Null:
      return "Null";
    case Kind.Number:
      return "Number";
    case Kind.Dictionary:
      return "Object";
    case Kind.String:
      return "String";
  }
  return "unknown";
}

// node_modules/@actions/expressions/dist/data/dictionary.js
var Dictionary = class {
  constructor(...pairs) {
    this.keys = [];
    this.v = [];
    this.indexMap = {};
    this.kind = Kind.Dictionary;
    this.primitive = false;
    for (const p of pairs) {
      this.add(p.key, p.value);
    }
  }
  coerceString() {
    return kindStr(this.kind);
  }
  number() {
    return NaN;
  }
  add(key, value) {
    if (key.toLowerCase() in this.indexMap) {
      return;
    }
    this.keys.push(key);
    this.v.push(value);
    this.indexMap[key.toLowerCase()] = this.v.length - 1;
  }
  get(key) {
    const index = this.indexMap[key.toLowerCase()];
    if (index === void 0) {
      return void 0;
    }
    return this.v[index];
  }
  values() {
    return this.v;
  }
  pairs() {
    const result = [];
    for (const key of this.keys) {
      result.push({ key, value: this.v[this.indexMap[key.toLowerCase()]] });
    }
    return result;
  }
};

// node_modules/@actions/expressions/dist/data/array.js
var Array2 = class {
  constructor(...data) {
    this.v = [];
    this.kind = Kind.Array;
    this.primitive = false;
    for (const d of data) {
      this.add(d);
    }
  }
  coerceString() {
    return kindStr(this.kind);
  }
  number() {
    return NaN;
  }
  add(value) {
    this.v.push(value);
  }
  get(index) {
    return this.v[index];
  }
  values() {
    return this.v;
  }
};

// node_modules/@actions/expressions/dist/data/boolean.js
var BooleanData = class {
  constructor(value) {
    this.value = value;
    this.kind = Kind.Boolean;
    this.primitive = true;
  }
  coerceString() {
    if (this.value) {
      return "true";
    }
    return "false";
  }
  number() {
    if (this.value) {
      return 1;
    }
    return 0;
  }
};

// node_modules/@actions/expressions/dist/data/null.js
var Null = class {
  constructor() {
    this.kind = Kind.Null;
    this.primitive = true;
  }
  coerceString() {
    return "";
  }
  number() {
    return 0;
  }
};

// node_modules/@actions/expressions/dist/data/number.js
var NumberData = class {
  constructor(value) {
    this.value = value;
    this.kind = Kind.Number;
    this.primitive = true;
  }
  coerceString() {
    if (this.value === 0) {
      return "0";
    }
    return (+this.value.toFixed(15)).toString();
  }
  number() {
    return this.value;
  }
};

// node_modules/@actions/expressions/dist/data/string.js
var StringData = class {
  constructor(value) {
    this.value = value;
    this.kind = Kind.String;
    this.primitive = true;
  }
  coerceString() {
    return this.value;
  }
  number() {
    return Number(this.value);
  }
};

// node_modules/@actions/expressions/dist/data/replacer.js
function replacer(_key, value) {
  if (value instanceof Null) {
    return null;
  }
  if (value instanceof BooleanData) {
    return value.value;
  }
  if (value instanceof NumberData) {
    return value.number();
  }
  if (value instanceof StringData) {
    return value.coerceString();
  }
  if (value instanceof Array2) {
    return value.values();
  }
  if (value instanceof Dictionary) {
    const pairs = value.pairs();
    const r = {};
    for (const p of pairs) {
      r[p.key] = p.value;
    }
    return r;
  }
  return value;
}

// node_modules/@actions/expressions/dist/data/reviver.js
function reviver(_key, val) {
  if (val === null) {
    return new Null();
  }
  if (typeof val === "string") {
    return new StringData(val);
  }
  if (typeof val === "number") {
    return new NumberData(val);
  }
  if (typeof val === "boolean") {
    return new BooleanData(val);
  }
  if (Array.isArray(val)) {
    return new Array2(...val);
  }
  if (typeof val === "object") {
    return new Dictionary(...Object.keys(val).map((k) => ({
      key: k,
      value: val[k]
    })));
  }
  return val;
}

// node_modules/@actions/expressions/dist/lexer.js
var TokenType;
(function(TokenType2) {
  TokenType2[TokenType2["UNKNOWN"] = 0] = "UNKNOWN";
  TokenType2[TokenType2["LEFT_PAREN"] = 1] = "LEFT_PAREN";
  TokenType2[TokenType2["RIGHT_PAREN"] = 2] = "RIGHT_PAREN";
  TokenType2[TokenType2["LEFT_BRACKET"] = 3] = "LEFT_BRACKET";
  TokenType2[TokenType2["RIGHT_BRACKET"] = 4] = "RIGHT_BRACKET";
  TokenType2[TokenType2["COMMA"] = 5] = "COMMA";
  TokenType2[TokenType2["DOT"] = 6] = "DOT";
  TokenType2[TokenType2["BANG"] = 7] = "BANG";
  TokenType2[TokenType2["BANG_EQUAL"] = 8] = "BANG_EQUAL";
  TokenType2[TokenType2["EQUAL_EQUAL"] = 9] = "EQUAL_EQUAL";
  TokenType2[TokenType2["GREATER"] = 10] = "GREATER";
  TokenType2[TokenType2["GREATER_EQUAL"] = 11] = "GREATER_EQUAL";
  TokenType2[TokenType2["LESS"] = 12] = "LESS";
  TokenType2[TokenType2["LESS_EQUAL"] = 13] = "LESS_EQUAL";
  TokenType2[TokenType2["AND"] = 14] = "AND";
  TokenType2[TokenType2["OR"] = 15] = "OR";
  TokenType2[TokenType2["STAR"] = 16] = "STAR";
  TokenType2[TokenType2["NUMBER"] = 17] = "NUMBER";
  TokenType2[TokenType2["STRING"] = 18] = "STRING";
  TokenType2[TokenType2["IDENTIFIER"] = 19] = "IDENTIFIER";
  TokenType2[TokenType2["TRUE"] = 20] = "TRUE";
  TokenType2[TokenType2["FALSE"] = 21] = "FALSE";
  TokenType2[TokenType2["NULL"] = 22] = "NULL";
  TokenType2[TokenType2["EOF"] = 23] = "EOF";
})(TokenType || (TokenType = {}));
function tokenString(tok) {
  switch (tok.type) {
    case TokenType.EOF:
      return "EOF";
    case TokenType.NUMBER:
      return tok.lexeme;
    case TokenType.STRING:
      return tok.value.toString();
    default:
      return tok.lexeme;
  }
}
var Lexer2 = class {
  constructor(input) {
    this.input = input;
    this.start = 0;
    this.offset = 0;
    this.line = 0;
    this.lastLineOffset = 0;
    this.tokens = [];
  }
  lex() {
    if (this.input.length > MAX_EXPRESSION_LENGTH) {
      throw new Error("ErrorExceededMaxLength");
    }
    while (!this.atEnd()) {
      this.start = this.offset;
      const c = this.next();
      switch (c) {
        case "(":
          this.addToken(TokenType.LEFT_PAREN);
          break;
        case ")":
          this.addToken(TokenType.RIGHT_PAREN);
          break;
        case "[":
          this.addToken(TokenType.LEFT_BRACKET);
          break;
        case "]":
          this.addToken(TokenType.RIGHT_BRACKET);
          break;
        case ",":
          this.addToken(TokenType.COMMA);
          break;
        case ".":
          if (this.previous() != TokenType.IDENTIFIER && this.previous() != TokenType.RIGHT_BRACKET && this.previous() != TokenType.RIGHT_PAREN && this.previous() != TokenType.STAR) {
            this.consumeNumber();
          } else {
            this.addToken(TokenType.DOT);
          }
          break;
        case "-":
        case "+":
          this.consumeNumber();
          break;
        case "!":
          this.addToken(this.match("=") ? TokenType.BANG_EQUAL : TokenType.BANG);
          break;
        case "=":
          if (!this.match("=")) {
            this.consumeIdentifier();
            break;
          }
          this.addToken(TokenType.EQUAL_EQUAL);
          break;
        case "<":
          this.addToken(this.match("=") ? TokenType.LESS_EQUAL : TokenType.LESS);
          break;
        case ">":
          this.addToken(this.match("=") ? TokenType.GREATER_EQUAL : TokenType.GREATER);
          break;
        case "&":
          if (!this.match("&")) {
            this.consumeIdentifier();
            break;
          }
          this.addToken(TokenType.AND);
          break;
        case "|":
          if (!this.match("|")) {
            this.consumeIdentifier();
            break;
          }
          this.addToken(TokenType.OR);
          break;
        case "*":
          this.addToken(TokenType.STAR);
          break;
        // Ignore whitespace.
        case " ":
        case "\r":
        case "	":
          break;
        case "\n":
          ++this.line;
          this.lastLineOffset = this.offset;
          break;
        case "'":
          this.consumeString();
          break;
        default:
          switch (true) {
            case isDigit(c):
              this.consumeNumber();
              break;
            default:
              this.consumeIdentifier();
              break;
          }
      }
    }
    this.tokens.push({
      type: TokenType.EOF,
      lexeme: "",
      range: this.range()
    });
    return {
      tokens: this.tokens
    };
  }
  pos() {
    return {
      line: this.line,
      column: this.start - this.lastLineOffset
    };
  }
  endPos() {
    return {
      line: this.line,
      column: this.offset - this.lastLineOffset
    };
  }
  range() {
    return {
      start: this.pos(),
      end: this.endPos()
    };
  }
  atEnd() {
    return this.offset >= this.input.length;
  }
  peek() {
    if (this.atEnd()) {
      return "\0";
    }
    return this.input[this.offset];
  }
  peekNext() {
    if (this.offset + 1 >= this.input.length) {
      return "\0";
    }
    return this.input[this.offset + 1];
  }
  previous() {
    const l = this.tokens.length;
    if (l == 0) {
      return TokenType.EOF;
    }
    return this.tokens[l - 1].type;
  }
  next() {
    return this.input[this.offset++];
  }
  match(expected) {
    if (this.atEnd()) {
      return false;
    }
    if (this.input[this.offset] !== expected) {
      return false;
    }
    this.offset++;
    return true;
  }
  addToken(type, value) {
    this.tokens.push({
      type,
      lexeme: this.input.substring(this.start, this.offset),
      range: this.range(),
      value
    });
  }
  consumeNumber() {
    while (!this.atEnd() && (!isBoundary(this.peek()) || this.peek() == ".")) {
      this.next();
    }
    const lexeme = this.input.substring(this.start, this.offset);
    const value = new StringData(lexeme).number();
    if (isNaN(value)) {
      throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
    }
    this.addToken(TokenType.NUMBER, value);
  }
  consumeString() {
    while ((this.peek() !== "'" || this.peekNext() === "'") && !this.atEnd()) {
      if (this.peek() === "\n")
        this.line++;
      if (this.peek() === "'" && this.peekNext() === "'") {
        this.next();
      }
      this.next();
    }
    if (this.atEnd()) {
      throw new Error(`Unexpected symbol: '${this.input.substring(this.start)}'. Located at position ${this.start + 1} within expression: ${this.input}`);
    }
    this.next();
    let value = this.input.substring(this.start + 1, this.offset - 1);
    value = value.replace("''", "'");
    this.addToken(TokenType.STRING, value);
  }
  consumeIdentifier() {
    while (!this.atEnd() && !isBoundary(this.peek())) {
      this.next();
    }
    let tokenType = TokenType.IDENTIFIER;
    let tokenValue = void 0;
    const lexeme = this.input.substring(this.start, this.offset);
    if (this.previous() != TokenType.DOT) {
      switch (lexeme) {
        case "true":
          tokenType = TokenType.TRUE;
          break;
        case "false":
          tokenType = TokenType.FALSE;
          break;
        case "null":
          tokenType = TokenType.NULL;
          break;
        case "NaN":
          tokenType = TokenType.NUMBER;
          tokenValue = NaN;
          break;
        case "Infinity":
          tokenType = TokenType.NUMBER;
          tokenValue = Infinity;
          break;
      }
    }
    if (!isLegalIdentifier(lexeme)) {
      throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
    }
    this.addToken(tokenType, tokenValue);
  }
};
function isDigit(c) {
  return c >= "0" && c <= "9";
}
function isBoundary(c) {
  switch (c) {
    case "(":
    case "[":
    case ")":
    case "]":
    case ",":
    case ".":
    case "!":
    case ">":
    case "<":
    case "=":
    case "&":
    case "|":
      return true;
  }
  return /\s/.test(c);
}
function isLegalIdentifier(str) {
  if (str == "") {
    return false;
  }
  const first = str[0];
  if (first >= "a" && first <= "z" || first >= "A" && first <= "Z" || first == "_") {
    for (const c of str.substring(1).split("")) {
      if (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9" || c == "_" || c == "-") {
      } else {
        return false;
      }
    }
    return true;
  }
  return false;
}

// node_modules/@actions/expressions/dist/errors.js
var MAX_PARSER_DEPTH = 50;
var MAX_EXPRESSION_LENGTH = 21e3;
var ErrorType;
(function(ErrorType2) {
  ErrorType2[ErrorType2["ErrorUnexpectedSymbol"] = 0] = "ErrorUnexpectedSymbol";
  ErrorType2[ErrorType2["ErrorUnrecognizedNamedValue"] = 1] = "ErrorUnrecognizedNamedValue";
  ErrorType2[ErrorType2["ErrorUnexpectedEndOfExpression"] = 2] = "ErrorUnexpectedEndOfExpression";
  ErrorType2[ErrorType2["ErrorExceededMaxDepth"] = 3] = "ErrorExceededMaxDepth";
  ErrorType2[ErrorType2["ErrorExceededMaxLength"] = 4] = "ErrorExceededMaxLength";
  ErrorType2[ErrorType2["ErrorTooFewParameters"] = 5] = "ErrorTooFewParameters";
  ErrorType2[ErrorType2["ErrorTooManyParameters"] = 6] = "ErrorTooManyParameters";
  ErrorType2[ErrorType2["ErrorEvenParameters"] = 7] = "ErrorEvenParameters";
  ErrorType2[ErrorType2["ErrorUnrecognizedContext"] = 8] = "ErrorUnrecognizedContext";
  ErrorType2[ErrorType2["ErrorUnrecognizedFunction"] = 9] = "ErrorUnrecognizedFunction";
})(ErrorType || (ErrorType = {}));
var ExpressionError = class extends Error {
  constructor(typ, tok) {
    super(`${errorDescription(typ)}: '${tokenString(tok)}'`);
    this.typ = typ;
    this.tok = tok;
    this.pos = this.tok.range.start;
  }
};
function errorDescription(typ) {
  switch (typ) {
    case ErrorType.ErrorUnexpectedEndOfExpression:
      return "Unexpected end of expression";
    case ErrorType.ErrorUnexpectedSymbol:
      return "Unexpected symbol";
    case ErrorType.ErrorUnrecognizedNamedValue:
      return "Unrecognized named-value";
    case ErrorType.ErrorExceededMaxDepth:
      return `Exceeded max expression depth ${MAX_PARSER_DEPTH}`;
    case ErrorType.ErrorExceededMaxLength:
      return `Exceeded max expression length ${MAX_EXPRESSION_LENGTH}`;
    case ErrorType.ErrorTooFewParameters:
      return "Too few parameters supplied";
    case ErrorType.ErrorTooManyParameters:
      return "Too many parameters supplied";
    case ErrorType.ErrorEvenParameters:
      return "Even number of parameters supplied, requires an odd number of parameters";
    case ErrorType.ErrorUnrecognizedContext:
      return "Unrecognized named-value";
    case ErrorType.ErrorUnrecognizedFunction:
      return "Unrecognized function";
    default:
      return "Unknown error";
  }
}
var ExpressionEvaluationError = class extends Error {
};

// node_modules/@actions/expressions/dist/funcs/case.js
var caseFunc = {
  name: "case",
  description: "`case( pred1, val1, pred2, val2, ..., default )`\n\nEvaluates predicates in order and returns the value corresponding to the first predicate that evaluates to `true`. If no predicate matches, it returns the last argument as the default value.",
  minArgs: 3,
  maxArgs: Number.MAX_SAFE_INTEGER,
  call: (...args) => {
    for (let i = 0; i < args.length - 1; i += 2) {
      const predicate = args[i];
      if (predicate.kind !== Kind.Boolean) {
        throw new Error("case predicate must evaluate to a boolean value");
      }
      if (predicate.value) {
        return args[i + 1];
      }
    }
    return args[args.length - 1];
  }
};

// node_modules/@actions/expressions/dist/result.js
function coerceTypes(li, ri) {
  let lv = li;
  let rv = ri;
  if (li.kind === ri.kind) {
    return [lv, rv];
  }
  switch (li.kind) {
    // Number, String
    case Kind.Number:
      if (ri.kind === Kind.String) {
        rv = new NumberData(ri.number());
        return [lv, rv];
      }
      break;
    // String, Number
    case Kind.String:
      if (ri.kind === Kind.Number) {
        lv = new NumberData(li.number());
        return [lv, rv];
      }
      break;
    // Boolean|Null, Any
    case Kind.Null:
    case Kind.Boolean:
      lv = new NumberData(li.number());
      return coerceTypes(lv, rv);
  }
  switch (ri.kind) {
    case Kind.Null:
    case Kind.Boolean:
      rv = new NumberData(ri.number());
      return coerceTypes(lv, rv);
  }
  return [lv, rv];
}
function equals(lhs, rhs) {
  const [lv, rv] = coerceTypes(lhs, rhs);
  if (lv.kind != rv.kind) {
    return false;
  }
  switch (lv.kind) {
    // Null, Null
    case Kind.Null:
      return true;
    // Number, Number
    case Kind.Number: {
      const ld = lv.value;
      const rd = rv.value;
      if (isNaN(ld) || isNaN(rd)) {
        return false;
      }
      return ld == rd;
    }
    // String, String
    case Kind.String: {
      const ls = lv.value;
      const rs = rv.value;
      return toUpperSpecial(ls) === toUpperSpecial(rs);
    }
    // Boolean, Boolean
    case Kind.Boolean: {
      const lb = lv.value;
      const rb = rv.value;
      return lb == rb;
    }
    // Object, Object
    case Kind.Dictionary:
    case Kind.Array:
      return lv === rv;
  }
  return false;
}
function toUpperSpecial(s) {
  const sb = [];
  let i = 0;
  const len = s.length;
  let found = s.indexOf("\u0131");
  while (i < len) {
    if (i < found) {
      sb.push(s.substring(i, found).toUpperCase());
      i = found;
    } else if (i == found) {
      sb.push(s.substring(i, i + 1));
      i += 1;
      found = s.indexOf("\u0131", i);
    } else {
      sb.push(s.substring(i).toUpperCase());
      break;
    }
  }
  return sb.join("");
}

// node_modules/@actions/expressions/dist/funcs/contains.js
var contains = {
  name: "contains",
  description: "`contains( search, item )`\n\nReturns `true` if `search` contains `item`. If `search` is an array, this function returns `true` if the `item` is an element in the array. If `search` is a string, this function returns `true` if the `item` is a substring of `search`. This function is not case sensitive. Casts values to a string.",
  minArgs: 2,
  maxArgs: 2,
  call: (...args) => {
    const left = args[0];
    const right = args[1];
    if (left.primitive) {
      const ls = left.coerceString();
      if (right.primitive) {
        const rs = right.coerceString();
        return new BooleanData(ls.toLowerCase().includes(rs.toLowerCase()));
      }
    } else if (left.kind === Kind.Array) {
      const la = left;
      if (la.values().length === 0) {
        return new BooleanData(false);
      }
      for (const v of la.values()) {
        if (equals(right, v)) {
          return new BooleanData(true);
        }
      }
    }
    return new BooleanData(false);
  }
};

// node_modules/@actions/expressions/dist/funcs/endswith.js
var endswith = {
  name: "endsWith",
  description: "`endsWith( searchString, searchValue )`\n\nReturns `true` if `searchString` ends with `searchValue`. This function is not case sensitive. Casts values to a string.",
  minArgs: 2,
  maxArgs: 2,
  call: (...args) => {
    const left = args[0];
    if (!left.primitive) {
      return new BooleanData(false);
    }
    const right = args[1];
    if (!right.primitive) {
      return new BooleanData(false);
    }
    const ls = toUpperSpecial(left.coerceString());
    const rs = toUpperSpecial(right.coerceString());
    return new BooleanData(ls.endsWith(rs));
  }
};

// node_modules/@actions/expressions/dist/funcs/format.js
var format = {
  name: "format",
  description: "`format( string, replaceValue0, replaceValue1, ..., replaceValueN)`\n\nReplaces values in the `string`, with the variable `replaceValueN`. Variables in the `string` are specified using the `{N}` syntax, where `N` is an integer. You must specify at least one `replaceValue` and `string`. There is no maximum for the number of variables (`replaceValueN`) you can use. Escape curly braces using double braces.",
  minArgs: 1,
  maxArgs: 255,
  call: (...args) => {
    const fs = args[0].coerceString();
    const result = [];
    let index = 0;
    while (index < fs.length) {
      const lbrace = fs.indexOf("{", index);
      const rbrace = fs.indexOf("}", index);
      if (lbrace >= 0 && (rbrace < 0 || rbrace > lbrace)) {
        if (safeCharAt(fs, lbrace + 1) === "{") {
          result.push(fs.substr(index, lbrace - index + 1));
          index = lbrace + 2;
          continue;
        }
        if (rbrace > lbrace + 1) {
          const argIndex = readArgIndex(fs, lbrace + 1);
          if (argIndex.success) {
            if (1 + argIndex.result > args.length - 1) {
              throw new Error(`The following format string references more arguments than were supplied: ${fs}`);
            }
            if (lbrace > index) {
              result.push(fs.substr(index, lbrace - index));
            }
            result.push(`${args[1 + argIndex.result].coerceString()}`);
            index = rbrace + 1;
            continue;
          }
        }
        throw new Error(`The following format string is invalid: ${fs}`);
      } else if (rbrace >= 0) {
        if (safeCharAt(fs, rbrace + 1) === "}") {
          result.push(fs.substr(index, rbrace - index + 1));
          index = rbrace + 2;
        } else {
          throw new Error(`The following format string is invalid: ${fs}`);
        }
      } else {
        result.push(fs.substr(index));
        break;
      }
    }
    return new StringData(result.join(""));
  }
};
function safeCharAt(string, index) {
  if (string.length > index) {
    return string[index];
  }
  return "\0";
}
function readArgIndex(string, startIndex) {
  let length = 0;
  for (; ; ) {
    const nextChar = safeCharAt(string, startIndex + length);
    if (nextChar >= "0" && nextChar <= "9") {
      length++;
    } else {
      break;
    }
  }
  if (length < 1) {
    return {
      success: false
    };
  }
  const endIndex = startIndex + length - 1;
  const result = parseInt(string.substr(startIndex, length));
  return {
    success: !isNaN(result),
    result,
    endIndex
  };
}

// node_modules/@actions/expressions/dist/funcs/fromjson.js
var fromjson = {
  name: "fromJson",
  description: "`fromJSON(value)`\n\nReturns a JSON object or JSON data type for `value`. You can use this function to provide a JSON object as an evaluated expression or to convert environment variables from a string.",
  minArgs: 1,
  maxArgs: 1,
  call: (...args) => {
    const input = args[0];
    const is = input.coerceString();
    if (is.trim() === "") {
      throw new Error("empty input");
    }
    try {
      return JSON.parse(is, reviver);
    } catch (e) {
      throw new ExpressionEvaluationError("Error parsing JSON when evaluating fromJson", { cause: e });
    }
  }
};

// node_modules/@actions/expressions/dist/funcs/join.js
var join = {
  name: "join",
  description: "`join( array, optionalSeparator )`\n\nThe value for `array` can be an array or a string. All values in `array` are concatenated into a string. If you provide `optionalSeparator`, it is inserted between the concatenated values. Otherwise, the default separator `,` is used. Casts values to a string.",
  minArgs: 1,
  maxArgs: 2,
  call: (...args) => {
    if (args[0].primitive) {
      return new StringData(args[0].coerceString());
    }
    if (args[0].kind === Kind.Array) {
      let separator = ",";
      if (args.length > 1 && args[1].primitive) {
        separator = args[1].coerceString();
      }
      return new StringData(args[0].values().map((item) => item.coerceString()).join(separator));
    }
    return new StringData("");
  }
};

// node_modules/@actions/expressions/dist/funcs/startswith.js
var startswith = {
  name: "startsWith",
  description: "`startsWith( searchString, searchValue )`\n\nReturns `true` when `searchString` starts with `searchValue`. This function is not case sensitive. Casts values to a string.",
  minArgs: 2,
  maxArgs: 2,
  call: (...args) => {
    const left = args[0];
    if (!left.primitive) {
      return new BooleanData(false);
    }
    const right = args[1];
    if (!right.primitive) {
      return new BooleanData(false);
    }
    const ls = toUpperSpecial(left.coerceString());
    const rs = toUpperSpecial(right.coerceString());
    return new BooleanData(ls.startsWith(rs));
  }
};

// node_modules/@actions/expressions/dist/funcs/tojson.js
var tojson = {
  name: "toJson",
  description: "`toJSON(value)`\n\nReturns a pretty-print JSON representation of `value`. You can use this function to debug the information provided in contexts.",
  minArgs: 1,
  maxArgs: 1,
  call: (...args) => {
    return new StringData(JSON.stringify(args[0], replacer, "  "));
  }
};

// node_modules/@actions/expressions/dist/funcs.js
var wellKnownFunctions = {
  case: caseFunc,
  contains,
  endswith,
  format,
  fromjson,
  join,
  startswith,
  tojson
};
function validateFunction(context, identifier, argCount) {
  const name = identifier.lexeme.toLowerCase();
  let f;
  f = wellKnownFunctions[name];
  if (!f) {
    f = context.extensionFunctions.get(name);
    if (!f) {
      if (!context.allowUnknownKeywords) {
        throw new ExpressionError(ErrorType.ErrorUnrecognizedFunction, identifier);
      }
      return;
    }
  }
  if (argCount < f.minArgs) {
    throw new ExpressionError(ErrorType.ErrorTooFewParameters, identifier);
  }
  if (argCount > f.maxArgs) {
    throw new ExpressionError(ErrorType.ErrorTooManyParameters, identifier);
  }
  if (name === "case" && argCount % 2 === 0) {
    throw new ExpressionError(ErrorType.ErrorEvenParameters, identifier);
  }
}

// node_modules/@actions/expressions/dist/parser.js
var Parser2 = class {
  /**
   * Constructs a new parser for the given tokens
   *
   * @param tokens Tokens to build a parse tree from
   * @param extensionContexts Available context names
   * @param extensionFunctions Available functions (beyond the built-in ones)
   */
  constructor(tokens, extensionContexts, extensionFunctions) {
    this.tokens = tokens;
    this.offset = 0;
    this.depth = 0;
    this.extContexts = /* @__PURE__ */ new Map();
    this.extFuncs = /* @__PURE__ */ new Map();
    for (const contextName of extensionContexts) {
      this.extContexts.set(contextName.toLowerCase(), true);
    }
    for (const { name, func } of extensionFunctions.map((x) => ({
      name: x.name,
      func: x
    }))) {
      this.extFuncs.set(name.toLowerCase(), func);
    }
    this.context = {
      allowUnknownKeywords: false,
      extensionContexts: this.extContexts,
      extensionFunctions: this.extFuncs
    };
  }
  parse() {
    let result;
    if (this.atEnd()) {
      return result;
    }
    result = this.expression();
    if (!this.atEnd()) {
      throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
    }
    return result;
  }
  expression() {
    this.incrDepth();
    try {
      return this.logicalOr();
    } finally {
      this.decrDepth();
    }
  }
  logicalOr() {
    let expr = this.logicalAnd();
    if (this.check(TokenType.OR)) {
      this.incrDepth();
      try {
        const logical = new Logical(this.peek(), [expr]);
        expr = logical;
        while (this.match(TokenType.OR)) {
          const right = this.logicalAnd();
          logical.args.push(right);
        }
      } finally {
        this.decrDepth();
      }
    }
    return expr;
  }
  logicalAnd() {
    let expr = this.equality();
    if (this.check(TokenType.AND)) {
      this.incrDepth();
      try {
        const logical = new Logical(this.peek(), [expr]);
        expr = logical;
        while (this.match(TokenType.AND)) {
          const right = this.equality();
          logical.args.push(right);
        }
      } finally {
        this.decrDepth();
      }
    }
    return expr;
  }
  equality() {
    let expr = this.comparison();
    while (this.match(TokenType.BANG_EQUAL, TokenType.EQUAL_EQUAL)) {
      const operator = this.previous();
      const right = this.comparison();
      expr = new Binary(expr, operator, right);
    }
    return expr;
  }
  comparison() {
    let expr = this.unary();
    while (this.match(TokenType.GREATER, TokenType.GREATER_EQUAL, TokenType.LESS, TokenType.LESS_EQUAL)) {
      const operator = this.previous();
      const right = this.unary();
      expr = new Binary(expr, operator, right);
    }
    return expr;
  }
  unary() {
    if (this.match(TokenType.BANG)) {
      this.incrDepth();
      const operator = this.previous();
      const unary = this.unary();
      try {
        return new Unary(operator, unary);
      } finally {
        this.decrDepth();
      }
    }
    return this.index();
  }
  index() {
    let expr = this.call();
    let depthIncreased = 0;
    if (expr instanceof Grouping || expr instanceof FunctionCall || expr instanceof ContextAccess) {
      let cont = true;
      while (cont) {
        switch (true) {
          case this.match(TokenType.LEFT_BRACKET): {
            let indexExpr;
            if (this.match(TokenType.STAR)) {
              indexExpr = new Star();
            } else {
              indexExpr = this.expression();
            }
            this.consume(TokenType.RIGHT_BRACKET, ErrorType.ErrorUnexpectedSymbol);
            this.incrDepth();
            depthIncreased++;
            expr = new IndexAccess(expr, indexExpr);
            break;
          }
          case this.match(TokenType.DOT):
            this.incrDepth();
            depthIncreased++;
            if (this.match(TokenType.IDENTIFIER)) {
              const property = this.previous();
              expr = new IndexAccess(expr, new Literal(new StringData(property.lexeme), property));
            } else if (this.match(TokenType.STAR)) {
              expr = new IndexAccess(expr, new Star());
            } else {
              throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
            }
            break;
          default:
            cont = false;
        }
      }
    }
    for (let i = 0; i < depthIncreased; i++) {
      this.decrDepth();
    }
    return expr;
  }
  call() {
    if (!this.check(TokenType.IDENTIFIER)) {
      return this.primary();
    }
    const identifier = this.next();
    if (!this.match(TokenType.LEFT_PAREN)) {
      if (!this.extContexts.has(identifier.lexeme.toLowerCase())) {
        throw this.buildError(ErrorType.ErrorUnrecognizedContext, identifier);
      }
      return new ContextAccess(identifier);
    }
    const args = [];
    while (!this.match(TokenType.RIGHT_PAREN)) {
      const aexp = this.expression();
      args.push(aexp);
      if (!this.check(TokenType.RIGHT_PAREN)) {
        this.consume(TokenType.COMMA, ErrorType.ErrorUnexpectedSymbol);
      }
    }
    validateFunction(this.context, identifier, args.length);
    return new FunctionCall(identifier, args);
  }
  primary() {
    switch (true) {
      case this.match(TokenType.FALSE):
        return new Literal(new BooleanData(false), this.previous());
      case this.match(TokenType.TRUE):
        return new Literal(new BooleanData(true), this.previous());
      case this.match(TokenType.NULL):
        return new Literal(new Null(), this.previous());
      case this.match(TokenType.NUMBER):
        return new Literal(new NumberData(this.previous().value), this.previous());
      case this.match(TokenType.STRING):
        return new Literal(new StringData(this.previous().value), this.previous());
      case this.match(TokenType.LEFT_PAREN): {
        const expr = this.expression();
        if (this.atEnd()) {
          throw this.buildError(ErrorType.ErrorUnexpectedEndOfExpression, this.previous());
        }
        this.consume(TokenType.RIGHT_PAREN, ErrorType.ErrorUnexpectedSymbol);
        return new Grouping(expr);
      }
      case this.atEnd():
        throw this.buildError(ErrorType.ErrorUnexpectedEndOfExpression, this.previous());
    }
    throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
  }
  // match consumes the next token if it matches any of the given types
  match(...tokenTypes) {
    for (const tokenType of tokenTypes) {
      if (this.check(tokenType)) {
        this.next();
        return true;
      }
    }
    return false;
  }
  // check peeks whether the next token is of the given type
  check(tokenType) {
    if (this.atEnd()) {
      return false;
    }
    return this.peek().type == tokenType;
  }
  // atEnd peeks whether the next token is EOF
  atEnd() {
    return this.peek().type == TokenType.EOF;
  }
  next() {
    if (!this.atEnd()) {
      this.offset++;
    }
    return this.previous();
  }
  peek() {
    return this.tokens[this.offset];
  }
  // previous returns the previous token
  previous() {
    return this.tokens[this.offset - 1];
  }
  // consume attempts to consume the next token if it matches the given type. It returns an error of
  // the given ParseErrorKind otherwise.
  consume(tokenType, errorType) {
    if (this.check(tokenType)) {
      this.next();
      return;
    }
    throw this.buildError(errorType, this.peek());
  }
  incrDepth() {
    this.depth++;
    if (this.depth > MAX_PARSER_DEPTH) {
      throw this.buildError(ErrorType.ErrorExceededMaxDepth, this.peek());
    }
  }
  decrDepth() {
    this.depth--;
  }
  buildError(errType, token) {
    return new ExpressionError(errType, token);
  }
};

// src/workflow/expressions.ts
var CONTEXTS = [
  "github",
  "env",
  "vars",
  "job",
  "jobs",
  "steps",
  "runner",
  "secrets",
  "strategy",
  "matrix",
  "needs",
  "inputs"
];
var EXTRA_FUNCTIONS = [
  { name: "hashFiles", minArgs: 1, maxArgs: 255 },
  { name: "success", minArgs: 0, maxArgs: 0 },
  { name: "always", minArgs: 0, maxArgs: 0 },
  { name: "failure", minArgs: 0, maxArgs: 0 },
  { name: "cancelled", minArgs: 0, maxArgs: 0 }
];
function findExpressions(text) {
  const found = [];
  let from = 0;
  for (; ; ) {
    const start = text.indexOf("${{", from);
    if (start < 0) return found;
    let i = start + 3;
    let inString = false;
    let end = -1;
    while (i < text.length) {
      const c = text[i];
      if (inString) {
        if (c === "'") {
          if (text[i + 1] === "'") i++;
          else inString = false;
        }
      } else if (c === "'") inString = true;
      else if (c === "}" && text[i + 1] === "}") {
        end = i + 2;
        break;
      }
      i++;
    }
    if (end < 0) return found;
    found.push({ start, end, inner: text.slice(start + 3, end - 2).trim() });
    from = end;
  }
}
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 2e4;
function analyseExpression(inner) {
  const hit = cache.get(inner);
  if (hit) return hit;
  let parsed;
  try {
    const lexed = new Lexer2(inner).lex();
    const ast = new Parser2(lexed.tokens, CONTEXTS, EXTRA_FUNCTIONS).parse();
    const reads = [];
    const dumps = [];
    collect(ast, reads, dumps, 0);
    parsed = { reads, dumps };
  } catch (e) {
    parsed = { reads: fallbackReads(inner), dumps: [], error: e instanceof Error ? e.message : String(e) };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(inner, parsed);
  return parsed;
}
function expressionsIn(text) {
  if (!text.includes("${{")) return [];
  return findExpressions(text).map(({ start, end, inner }) => ({
    text: inner,
    start,
    end,
    ...analyseExpression(inner)
  }));
}
var MAX_DEPTH = 200;
function collect(node, reads, dumps, depth) {
  if (depth > MAX_DEPTH) return;
  const chain = accessChain(node);
  if (chain) {
    reads.push(chain.read);
    for (const idx of chain.computedIndexes) collect(idx, reads, dumps, depth + 1);
    return;
  }
  if (node instanceof FunctionCall) {
    const name = node.functionName.lexeme.toLowerCase();
    for (const arg of node.args) {
      if (name === "tojson" && arg instanceof ContextAccess) dumps.push(arg.name.lexeme.toLowerCase());
      collect(arg, reads, dumps, depth + 1);
    }
  } else if (node instanceof Logical) {
    for (const arg of node.args) collect(arg, reads, dumps, depth + 1);
  } else if (node instanceof Binary) {
    collect(node.left, reads, dumps, depth + 1);
    collect(node.right, reads, dumps, depth + 1);
  } else if (node instanceof Unary) {
    collect(node.expr, reads, dumps, depth + 1);
  } else if (node instanceof Grouping) {
    collect(node.group, reads, dumps, depth + 1);
  } else if (node instanceof IndexAccess) {
    collect(node.expr, reads, dumps, depth + 1);
    collect(node.index, reads, dumps, depth + 1);
  }
}
function accessChain(node) {
  const path = [];
  const computedIndexes = [];
  let cur = node;
  while (cur instanceof IndexAccess) {
    const idx = cur.index;
    if (idx instanceof Literal && (idx.literal instanceof StringData || idx.literal instanceof NumberData)) {
      path.unshift(String(idx.literal.value));
    } else if (idx instanceof Star) {
      path.unshift("*");
    } else {
      path.unshift("*");
      computedIndexes.push(idx);
    }
    cur = cur.expr;
  }
  if (!(cur instanceof ContextAccess)) return null;
  return { read: { context: cur.name.lexeme.toLowerCase(), path }, computedIndexes };
}
function fallbackReads(inner) {
  const reads = [];
  for (const m of inner.matchAll(
    /\b(secrets|env|github|steps|needs|inputs|matrix|vars)\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*'([^']*)'\s*\])?/g
  )) {
    reads.push({ context: m[1].toLowerCase(), path: [m[2] ?? m[3] ?? "*"] });
  }
  return reads;
}

// src/workflow/yaml-lexer.ts
var UNHANDLED_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
var DOC_MODE = "";
var SCALAR = "";
var EOF = -1;
var LF = 10;
var SPACE = 32;
var DOUBLE_QUOTE = 34;
var HASH = 35;
var SINGLE_QUOTE = 39;
var PLUS = 43;
var COMMA = 44;
var DASH = 45;
var DOT = 46;
var COLON = 58;
var GREATER = 62;
var QUESTION = 63;
var LEFT_BRACKET = 91;
var BACKSLASH = 92;
var RIGHT_BRACKET = 93;
var LEFT_BRACE = 123;
var PIPE = 124;
var RIGHT_BRACE = 125;
var MAX_FLOW_DEPTH = 30;
var SPACES = Array.from({ length: 81 }, (_, n) => " ".repeat(n));
var NOT_HANDLED = new Error("outside the fast lexer");
function notHandled() {
  throw NOT_HANDLED;
}
function lexFast(text) {
  if (UNHANDLED_CHARS.test(text)) return void 0;
  try {
    return new FastLexer(text).lex();
  } catch (e) {
    if (e === NOT_HANDLED) return void 0;
    throw e;
  }
}
function isBlank(c) {
  return c === SPACE || c === LF || c === EOF;
}
function isFlowIndicator(c) {
  return c === COMMA || c === LEFT_BRACKET || c === RIGHT_BRACKET || c === LEFT_BRACE || c === RIGHT_BRACE;
}
function isPlainStart(c, next, inFlow) {
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
    case 38:
    // & anchor
    case 42:
    // * alias
    case 33:
    // ! tag
    case PIPE:
    case GREATER:
    case SINGLE_QUOTE:
    case DOUBLE_QUOTE:
    case 37:
    // % directive
    case 64:
    // @ reserved
    case 96:
      return false;
    default:
      return true;
  }
}
var FastLexer = class {
  constructor(text) {
    this.text = text;
    this.len = text.length;
  }
  text;
  tokens = [];
  len;
  pos = 0;
  docStarted = false;
  /** The current line's indentation, plus the width of the `- ` indicators at its start. */
  lineIndent = 0;
  /**
   * The library's threshold for lines that continue something begun above them: a plain or quoted scalar goes
   * on, a block scalar's body starts, a flow collection stays open only on lines indented at least this much.
   * A block indicator (`- `, `: `) sets it one past the line's indent, and a block scalar's body to the body's
   * indent. A line indented less (outside flow collections) lowers it to its own indent if its first character
   * is not followed by a space or line end: `cc` does, `c` and `c d` do not, an empty line before `cc` does.
   */
  indentNext = 0;
  lex() {
    while (this.pos < this.len) this.line();
    return this.tokens;
  }
  code(at) {
    return at < this.len ? this.text.charCodeAt(at) : EOF;
  }
  skipSpaces(from) {
    const text = this.text;
    while (text.charCodeAt(from) === SPACE) from++;
    return from;
  }
  pushSpaces(n) {
    if (n > 0) this.tokens.push(n < SPACES.length ? SPACES[n] : " ".repeat(n));
  }
  /** The line feed at `pos`, if there is one (else the input ends here). */
  lineBreak() {
    if (this.pos < this.len) {
      this.tokens.push("\n");
      this.pos++;
    }
  }
  /** A comment from `#` at `pos` to the end of its line. */
  comment() {
    let eol = this.text.indexOf("\n", this.pos);
    if (eol < 0) eol = this.len;
    this.tokens.push(this.text.slice(this.pos, eol));
    this.pos = eol;
  }
  /** The library's lowering of `indentNext` by a line indented `indent` whose text (or end) is at `first`. */
  lower(indent, first) {
    if (this.indentNext > indent && !isBlank(this.code(first + 1))) this.indentNext = indent;
  }
  /** `---` or `...` at `at`, followed by a space or line end. */
  isDocMarker(at) {
    const c = this.code(at);
    return (c === DASH || c === DOT) && this.code(at + 1) === c && this.code(at + 2) === c && isBlank(this.code(at + 3));
  }
  // --- block context ---------------------------------------------------------------------------------------
  /** One line from its start: blank, a comment, the document start marker, or content (which may run on). */
  line() {
    const start = this.pos;
    const first = this.skipSpaces(start);
    const indent = first - start;
    const c = this.code(first);
    this.pos = first;
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
  documentStart() {
    if (this.docStarted || this.code(this.pos) !== DASH) notHandled();
    this.docStarted = true;
    this.tokens.push(DOC_MODE, "---");
    const from = this.pos + 3;
    this.pos = this.skipSpaces(from);
    this.pushSpaces(this.pos - from);
    const c = this.code(this.pos);
    if (c === HASH && this.pos > from) this.comment();
    else if (c !== LF && c !== EOF) notHandled();
    this.lineBreak();
  }
  /** `- ` indicators at the start of a line, each deepening its indent. `? ` and `: ` there are not handled. */
  sequenceIndicators() {
    for (; ; ) {
      const c = this.code(this.pos);
      if (!isBlank(this.code(this.pos + 1))) return;
      if (c === QUESTION || c === COLON) notHandled();
      if (c !== DASH) return;
      this.tokens.push("-");
      this.indentNext = this.lineIndent + 1;
      const after = this.skipSpaces(this.pos + 1);
      this.pushSpaces(after - this.pos - 1);
      this.lineIndent += after - this.pos;
      this.pos = after;
    }
  }
  /** The rest of a block-context line, through its line break (scalars and flow collections may run on). */
  blockLine() {
    for (; ; ) {
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
          if (this.code(pos - 1) !== SPACE) notHandled();
          this.comment();
          break;
        case COLON:
          if (!isBlank(this.code(pos + 1))) {
            this.plainScalar();
            break;
          }
          this.tokens.push(":");
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
  afterBlockNode(colonAllowed) {
    const at = this.skipSpaces(this.pos);
    const c = this.code(at);
    if (c === LF || c === EOF || c === HASH && at > this.pos) return;
    if (colonAllowed && c === COLON && isBlank(this.code(at + 1))) return;
    notHandled();
  }
  /**
   * A plain scalar in block context. Each line of it ends at `: `, ` #` or the line break; past a line break it
   * runs on to the next non-blank line if that is indented at least `indentNext` and is not a comment. Its
   * source excludes trailing spaces; blank lines and indentation inside it are part of it.
   */
  plainScalar() {
    const text = this.text;
    const len = this.len;
    const start = this.pos;
    let end = start;
    let i = start;
    for (; ; ) {
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
  continuation(eol) {
    let lineStart = eol + 1;
    for (; ; ) {
      const first = this.skipSpaces(lineStart);
      const c = this.code(first);
      if (c === LF) {
        lineStart = first + 1;
        continue;
      }
      if (c === EOF || c === HASH || first - lineStart < this.indentNext) return -1;
      if (first === lineStart && this.isDocMarker(first)) notHandled();
      return first;
    }
  }
  // --- quoted scalars ------------------------------------------------------------------------------------
  /**
   * A single- or double-quoted scalar, through its closing quote. Every line it runs on to must be blank or
   * indented at least `indentNext`: otherwise the library ends it, unterminated, at the line break.
   */
  quoted(quote) {
    const text = this.text;
    const start = this.pos;
    const end = (quote === SINGLE_QUOTE ? this.singleQuoteEnd(start) : this.doubleQuoteEnd(start)) + 1;
    for (let nl = text.indexOf("\n", start); nl >= 0 && nl < end; nl = text.indexOf("\n", nl + 1)) {
      const first = this.skipSpaces(nl + 1);
      if (this.code(first) === LF) continue;
      if (first - nl - 1 < this.indentNext || first === nl + 1 && this.isDocMarker(first)) notHandled();
    }
    this.tokens.push(text.slice(start, end));
    this.pos = end;
  }
  /** The closing `'` of the scalar opened at `start` (`''` is an escaped quote). */
  singleQuoteEnd(start) {
    const text = this.text;
    let i = text.indexOf("'", start + 1);
    while (i >= 0 && text.charCodeAt(i + 1) === SINGLE_QUOTE) i = text.indexOf("'", i + 2);
    return i >= 0 ? i : notHandled();
  }
  /** The closing `"` of the scalar opened at `start`: the first one after an even number of backslashes. */
  doubleQuoteEnd(start) {
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
  blockScalar() {
    const start = this.pos;
    let at = start + 1;
    let chomp = 0;
    let explicit = 0;
    for (let n = 0; n < 2; n++) {
      const c2 = this.code(at);
      if ((c2 === PLUS || c2 === DASH) && chomp === 0) chomp = c2;
      else if (c2 >= 49 && c2 <= 57 && explicit === 0) explicit = c2 - 48;
      else break;
      at++;
    }
    const after = this.code(at);
    if (after !== SPACE && after !== LF && after !== EOF) notHandled();
    this.tokens.push(this.text.slice(start, at));
    this.pos = this.skipSpaces(at);
    this.pushSpaces(this.pos - at);
    const c = this.code(this.pos);
    if (c === HASH && this.pos > at) this.comment();
    else if (c !== LF && c !== EOF) notHandled();
    if (this.pos >= this.len) {
      this.tokens.push(SCALAR, "");
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
  blockScalarBody(keep, explicit) {
    const min = this.indentNext;
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
  bodyLinesEnd(lineStart, indent) {
    const len = this.len;
    while (lineStart < len) {
      const first = this.skipSpaces(lineStart);
      const c = this.code(first);
      if (c !== LF && first - lineStart < indent) break;
      const eol = c === LF ? first : this.text.indexOf("\n", first);
      lineStart = eol < 0 ? len : eol + 1;
    }
    return lineStart;
  }
  /** `end` moved back over whitespace-only lines of at most `indent` spaces (never the body's first line). */
  withoutTrailingBlankLines(start, end, indent) {
    const text = this.text;
    while (end > start) {
      const lineEnd = text.charCodeAt(end - 1) === LF ? end - 1 : end;
      let i = lineEnd - 1;
      while (i >= start && text.charCodeAt(i) === SPACE) i--;
      if (i < start || text.charCodeAt(i) !== LF || lineEnd - i - 1 > indent) break;
      end = i + 1;
    }
    return end;
  }
  // --- flow collections ----------------------------------------------------------------------------------
  /** A flow collection from its opening bracket to the matching closing one, over as many lines as it takes. */
  flow() {
    let maps = 0;
    let depth = 0;
    for (; ; ) {
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
          this.tokens.push(",");
          this.pos++;
          break;
        case LEFT_BRACKET:
        case LEFT_BRACE:
          if (++depth > MAX_FLOW_DEPTH) notHandled();
          if (c === LEFT_BRACE) maps |= 1 << depth;
          else maps &= ~(1 << depth);
          this.tokens.push(c === LEFT_BRACE ? "{" : "[");
          this.pos++;
          break;
        case RIGHT_BRACKET:
        case RIGHT_BRACE:
          if ((maps >> depth & 1) !== (c === RIGHT_BRACE ? 1 : 0)) notHandled();
          this.tokens.push(c === RIGHT_BRACE ? "}" : "]");
          this.pos++;
          if (--depth === 0) return;
          break;
        case COLON: {
          const next = this.code(pos + 1);
          if (next === SPACE || next === LF) {
            this.tokens.push(":");
            this.pos++;
            this.emptyFlowValue();
          } else if (isPlainStart(c, next, true) && this.startsFlowEntry(pos)) {
            this.flowPlainScalar();
          } else {
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
  flowLineStart(depth) {
    const start = this.pos;
    const first = this.skipSpaces(start);
    const indent = first - start;
    const c = this.code(first);
    if (c !== LF && c !== EOF && c !== HASH) {
      if (indent === 0 && this.isDocMarker(first)) notHandled();
      const closing = depth === 1 && (c === RIGHT_BRACKET || c === RIGHT_BRACE);
      if (indent < this.indentNext && !(closing && indent + 1 === this.indentNext)) notHandled();
    }
    this.pushSpaces(indent);
    this.pos = first;
  }
  /** `: ,` in a flow collection: the library gives the value an empty scalar after the spaces. */
  emptyFlowValue() {
    const from = this.pos;
    const at = this.skipSpaces(from);
    if (at === from || this.code(at) !== COMMA) return;
    this.pushSpaces(at - from);
    this.tokens.push(SCALAR, "");
    this.pos = at;
  }
  /** Whether `at` follows a space, a line break, a `,` or an opening bracket: no key or value ends there. */
  startsFlowEntry(at) {
    const c = this.code(at - 1);
    return c === SPACE || c === LF || c === COMMA || c === LEFT_BRACKET || c === LEFT_BRACE;
  }
  /** After a quoted scalar in a flow collection: spaces, a comment, a line end, `,`, a bracket or `: `. */
  afterFlowScalar() {
    const at = this.skipSpaces(this.pos);
    const c = this.code(at);
    if (c === LF || c === COMMA || c === RIGHT_BRACKET || c === RIGHT_BRACE || c === HASH && at > this.pos) {
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
  flowPlainScalar() {
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
  flowScalarEndsAtLineEnd(eol) {
    let lineStart = eol + 1;
    for (; ; ) {
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
};

// src/workflow/yaml-scalars.ts
var CORE_TAGS = new Schema({}).tags.filter(
  (t) => t.default === true && "test" in t && t.test instanceof RegExp
);
function mayBeTagged(source) {
  const c = source.charCodeAt(0);
  switch (c) {
    case 126:
      return source.length === 1;
    case 110:
    // n
    case 78:
      return source === "null" || source === "Null" || source === "NULL";
    case 116:
    // t
    case 84:
      return source === "true" || source === "True" || source === "TRUE";
    case 102:
    // f
    case 70:
      return source === "false" || source === "False" || source === "FALSE";
    case 43:
    // +
    case 45:
    // -
    case 46:
      return true;
    default:
      return c >= 48 && c <= 57;
  }
}
function plainText(source) {
  if (source !== "" && !mayBeTagged(source)) return source;
  for (const tag of CORE_TAGS) {
    if (!tag.test.test(source)) continue;
    const resolved = tag.resolve(source, () => void 0, {});
    const v = resolved instanceof Scalar ? resolved.value : resolved;
    if (v === null || v === void 0) return "";
    if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
    return source;
  }
  return source;
}

// src/workflow/yaml-fast.ts
var MAX_FAST_NESTING = 64;
var NotHandled = class extends Error {
};
var NOT_HANDLED2 = new NotHandled("outside the fast path");
function notHandled2() {
  throw NOT_HANDLED2;
}
var NEWLINE = 0;
var SPACE2 = 1;
var COMMENT = 2;
var PLAIN = 3;
var SINGLE = 4;
var DOUBLE = 5;
var SEQ_IND = 6;
var MAP_IND = 7;
var BLOCK_HEADER = 8;
var FLOW_MAP_START = 9;
var FLOW_MAP_END = 10;
var FLOW_SEQ_START = 11;
var FLOW_SEQ_END = 12;
var COMMA2 = 13;
var DOC_MODE2 = 14;
var DOC_START = 15;
var SCALAR_MARK = 16;
var OTHER = 17;
function kindOf(src) {
  const len = src.length;
  if (len === 0) return NEWLINE;
  const c = src.charCodeAt(0);
  if (len === 1) {
    switch (c) {
      case 10:
        return NEWLINE;
      case 2:
        return DOC_MODE2;
      case 31:
        return SCALAR_MARK;
      case 45:
        return SEQ_IND;
      case 58:
        return MAP_IND;
      case 123:
        return FLOW_MAP_START;
      case 125:
        return FLOW_MAP_END;
      case 91:
        return FLOW_SEQ_START;
      case 93:
        return FLOW_SEQ_END;
      case 44:
        return COMMA2;
      case 63:
      // ? explicit key
      case 24:
      // flow error end
      case 65279:
        return OTHER;
    }
  } else if (len === 2 && src === "\r\n") {
    return NEWLINE;
  } else if (len === 3 && (src === "---" || src === "...")) {
    return src === "---" ? DOC_START : OTHER;
  }
  switch (c) {
    case 32:
    case 9:
      return SPACE2;
    case 35:
      return COMMENT;
    case 39:
      return SINGLE;
    case 34:
      return DOUBLE;
    case 124:
    // |
    case 62:
      return BLOCK_HEADER;
    default:
      return OTHER;
  }
}
var END_OPEN = 1;
var END_COMMENT = 2;
var END_SPACED = 4;
var END_CHECKED = 8;
function joinEnd(node, flags, kind, to) {
  if (kind === COMMENT) {
    if ((flags & (END_SPACED | END_CHECKED)) === END_CHECKED) notHandled2();
    flags |= END_COMMENT;
  } else {
    flags = flags & ~END_COMMENT | END_SPACED;
  }
  node.nodeEnd = to;
  return flags | END_OPEN;
}
var BlockFrame = class {
  constructor(node, indent) {
    this.node = node;
    this.indent = indent;
    this.isMap = node.kind === "map";
  }
  node;
  indent;
  /** The entry has a separator (a key was seen), a `:` in it, and a line break in it. */
  sep = false;
  colon = false;
  sepNewline = false;
  value = null;
  valueEnd = 0;
  /** Tokens before the entry's key or value: how many, only spaces and line breaks, a `-` among them. */
  startCount = 0;
  startBlank = true;
  dash = false;
  /** The deepest indent of a comment among them, -1 for none. */
  commentIndent = -1;
  /** The previous entry's value and its trailing tokens: a more-indented comment line may join them. */
  prevValue = null;
  prevEnd = 0;
  /** The keys so far, once the map is too large to scan for a duplicate. */
  keys = null;
  isMap;
};
var FlowFrame = class {
  constructor(node) {
    this.node = node;
  }
  node;
  closed = false;
  /** There is an entry at all: `[` alone has none, `[ ` has one made of a space. */
  entry = false;
  key = null;
  keyEnd = 0;
  sep = false;
  colon = false;
  value = null;
  /** The collection's own trailing tokens, from its closing bracket on. */
  end = 0;
  keys = null;
};
function readFast(text) {
  try {
    return new FastReader().read(text);
  } catch (e) {
    if (e === NOT_HANDLED2) return void 0;
    throw e;
  }
}
var FastReader = class {
  offset = 0;
  indent = 0;
  atNewLine = true;
  atScalar = false;
  onKeyLine = false;
  kind = 0;
  source = "";
  multiline = false;
  stack = [];
  inDocument = false;
  docStarted = false;
  root = null;
  rootSet = false;
  /** A flow scalar waiting for its trailing tokens (the `Parser` keeps it on its stack). */
  pending = null;
  pendingEnd = 0;
  pendingIndent = 0;
  pendingMultiline = false;
  /** A block scalar's header tokens, waiting for its body. */
  blockProps = null;
  read(text) {
    for (const src of lexFast(text) ?? new Lexer().lex(text)) this.next(src);
    this.end();
    return this.root;
  }
  next(src) {
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
        notHandled2();
        break;
      case SPACE2:
        if (this.atNewLine && src.includes("	")) notHandled2();
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
      case SPACE2:
        if (this.atNewLine && src.charCodeAt(0) === 32) this.indent += src.length;
        break;
      case SEQ_IND:
      case MAP_IND:
        if (this.atNewLine) this.indent += 1;
        break;
      case DOC_MODE2:
        return;
      default:
        this.atNewLine = false;
    }
    this.offset += src.length;
  }
  /** `Parser.step`: hands the token to the innermost construct; a construct that ends gives it to its parent. */
  step() {
    for (; ; ) {
      if (this.pending) {
        if (this.scalarStep()) return;
        continue;
      }
      if (this.blockProps) return this.blockScalarStep(this.blockProps);
      const top = this.top();
      if (!top) return this.documentStep();
      const handled = top instanceof FlowFrame ? this.flowStep(top) : top.isMap ? this.blockMapStep(top) : this.blockSeqStep(top);
      if (handled) return;
      this.popFrame();
    }
  }
  end() {
    if (this.blockProps) notHandled2();
    if (this.pending) this.popPending();
    while (this.stack.length > 0) this.popFrame();
  }
  top() {
    return this.stack[this.stack.length - 1];
  }
  get tokenEnd() {
    return this.offset + this.source.length;
  }
  // --- document -------------------------------------------------------------------------------------------
  /** `Parser.stream` and `Parser.document`: stream-level comments, one document, one root collection. */
  documentStep() {
    if (this.rootSet) notHandled2();
    const kind = this.kind;
    if (kind === SPACE2 || kind === COMMENT || kind === NEWLINE) return;
    if (!this.inDocument) {
      if (kind !== DOC_MODE2) notHandled2();
      this.inDocument = true;
      return;
    }
    if (kind === DOC_START) {
      if (this.docStarted) notHandled2();
      this.docStarted = true;
      return;
    }
    this.docStarted = true;
    if (kind === SEQ_IND) return this.pushSeq();
    if (kind === PLAIN || kind === SINGLE || kind === DOUBLE) return this.pushPending();
    notHandled2();
  }
  // --- flow scalars waiting for their line end -----------------------------------------------------------
  pushPending() {
    this.pending = this.scalar();
    this.pendingEnd = END_CHECKED;
    this.pendingIndent = this.indent;
    this.pendingMultiline = this.multiline;
  }
  /** `Parser.scalar` and `lineEnd`; false when the scalar ended and the token belongs to its parent. */
  scalarStep() {
    const pending = this.pending;
    switch (this.kind) {
      case MAP_IND:
        this.pendingToMap(pending);
        return true;
      case SPACE2:
      case COMMENT:
        this.pendingEnd = joinEnd(pending, this.pendingEnd, this.kind, this.tokenEnd);
        return true;
      case NEWLINE:
        this.onKeyLine = false;
        this.pendingEnd = joinEnd(pending, this.pendingEnd, NEWLINE, this.tokenEnd);
        this.popPending();
        return true;
      case COMMA2:
      case FLOW_MAP_END:
      case FLOW_SEQ_END:
        this.popPending();
        return false;
      default:
        return notHandled2();
    }
  }
  /** `key: value` where the key was a scalar on its own: the scalar becomes the first key of a new block map. */
  pendingToMap(key) {
    if (this.pendingMultiline) notHandled2();
    const parent = this.top();
    if (parent instanceof FlowFrame) notHandled2();
    if (parent?.node.kind === "map" && !parent.sepNewline) notHandled2();
    this.pending = null;
    key.nodeEnd = key.end;
    const map = {
      kind: "map",
      pairs: [{ key, value: null }],
      start: key.start,
      end: key.start,
      nodeEnd: key.start
    };
    const frame = new BlockFrame(map, this.pendingIndent);
    frame.sep = frame.colon = true;
    this.pushFrame(frame);
    this.onKeyLine = true;
  }
  /** `Parser.pop` for a flow scalar. */
  popPending() {
    const node = this.pending;
    this.pending = null;
    this.place(node, this.pendingEnd);
  }
  // --- block scalars -------------------------------------------------------------------------------------
  pushBlockScalar() {
    this.blockProps = [this.sourceToken("block-scalar-header")];
  }
  /** `Parser.blockScalar`: header, then spaces, comment and line break, then the body. */
  blockScalarStep(props) {
    switch (this.kind) {
      case SPACE2:
        props.push(this.sourceToken("space"));
        return;
      case COMMENT:
        props.push(this.sourceToken("comment"));
        return;
      case NEWLINE:
        props.push(this.sourceToken("newline"));
        return;
      case PLAIN:
        break;
      default:
        notHandled2();
    }
    this.blockProps = null;
    this.atNewLine = true;
    this.indent = 0;
    const parent = this.top();
    if (!(parent instanceof BlockFrame)) return notHandled2();
    const token = {
      type: "block-scalar",
      offset: props[0].offset,
      indent: parent.indent,
      // the Parser gives block scalars their parent's indent
      props,
      source: this.source
    };
    const r = cst_exports.resolveAsScalar(token, true, notHandled2);
    const node = {
      kind: "scalar",
      value: r.value,
      style: r.type === "BLOCK_FOLDED" ? "folded" : "literal",
      start: r.range[0],
      end: r.range[1],
      nodeEnd: r.range[2]
    };
    this.place(node, 0);
  }
  /** The current flow-scalar token's node; `multiline` tells whether its source spans lines. */
  scalar() {
    this.multiline = this.source.includes("\n");
    return scalarNode(this.kind, this.offset, this.indent, this.source, this.multiline);
  }
  sourceToken(type) {
    return { type, offset: this.offset, indent: this.indent, source: this.source };
  }
  // --- block maps ----------------------------------------------------------------------------------------
  /** `Parser.blockMap`; false when the map ended. */
  blockMapStep(f) {
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
      case SPACE2:
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
        if (!f.sep || f.value || atNextItem || f.colon) notHandled2();
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
        if (!f.sep || f.value || !f.sepNewline) notHandled2();
        this.pushSeq();
        return true;
      case BLOCK_HEADER:
      case FLOW_MAP_START:
      case FLOW_SEQ_START:
        if (atMapIndent || !f.sep || f.value) notHandled2();
        this.startValue(kind);
        return true;
      default:
        return notHandled2();
    }
  }
  /** A scalar key for the map's last entry, which has none yet. */
  setKey(f) {
    if (this.indent !== f.indent) notHandled2();
    const key = this.scalar();
    if (this.multiline) notHandled2();
    const pairs = f.node.pairs;
    uniqueKey(f, pairs, key.value);
    pairs[pairs.length - 1].key = key;
    f.sep = true;
    this.onKeyLine = true;
  }
  // --- block sequences -----------------------------------------------------------------------------------
  pushSeq() {
    const seq = {
      kind: "seq",
      items: [null],
      start: this.offset,
      end: this.offset + 1,
      nodeEnd: this.offset + 1
    };
    const frame = new BlockFrame(seq, this.indent);
    frame.startCount = 1;
    frame.startBlank = false;
    frame.dash = true;
    this.pushFrame(frame);
  }
  /** `Parser.blockSequence`; false when the sequence ended. */
  blockSeqStep(f) {
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
      case SPACE2:
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
    if (!f.dash || f.value) notHandled2();
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
        return notHandled2();
    }
  }
  // --- entries of block collections ----------------------------------------------------------------------
  /** A new last entry, started by the current token (or by nothing, when `withToken` is false). */
  newEntry(f, withToken = true) {
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
    if (f.node.kind === "map") f.node.pairs.push({ key: null, value: null });
    else f.node.items.push(null);
    if (withToken) this.addStart(f);
  }
  /** A key without `:` is an error the CST walk reports. */
  closeEntry(f) {
    if (f.node.kind === "map" && f.sep && !f.colon) notHandled2();
  }
  /** The current token joins the tokens before the last entry's key or value. */
  addStart(f) {
    f.startCount++;
    switch (this.kind) {
      case NEWLINE:
      case SPACE2:
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
        notHandled2();
    }
  }
  /**
   * `Parser.atIndentedComment`: a comment line indented deeper than the collection, after an entry whose value
   * has trailing tokens, joins that value (its `nodeEnd` moves past it) and the empty entry it started goes.
   */
  joinIndentedComment(f) {
    if (this.kind !== COMMENT || this.indent <= f.indent || !f.startBlank) return false;
    const value = f.prevValue;
    if (!value || !(f.prevEnd & END_OPEN)) return false;
    let flags = f.prevEnd;
    if (f.startCount > 0) flags = joinEnd(value, flags, SPACE2, this.offset);
    flags = joinEnd(value, flags, COMMENT, this.tokenEnd);
    if (f.node.kind === "map") f.node.pairs.pop();
    else f.node.items.pop();
    f.value = value;
    f.valueEnd = flags;
    f.sep = f.colon = f.dash = true;
    f.prevValue = null;
    f.prevEnd = 0;
    return true;
  }
  /** `Parser.startBlockValue` for a block scalar or a flow collection. */
  startValue(kind) {
    if (kind === BLOCK_HEADER) return this.pushBlockScalar();
    const start = this.offset;
    const node = kind === FLOW_MAP_START ? { kind: "map", pairs: [], start, end: start, nodeEnd: start } : { kind: "seq", items: [], start, end: start, nodeEnd: start };
    this.pushFrame(new FlowFrame(node));
  }
  pushFrame(f) {
    if (this.stack.length >= MAX_FAST_NESTING) notHandled2();
    this.stack.push(f);
  }
  // --- flow collections ----------------------------------------------------------------------------------
  /** `Parser.flowCollection`; false when the collection ended. */
  flowStep(f) {
    if (f.closed) return this.flowLineEnd(f);
    const kind = this.kind;
    const isMap2 = f.node.kind === "map";
    switch (kind) {
      case COMMA2:
        if (!f.entry || f.sep) this.newFlowEntry(f);
        return true;
      case MAP_IND:
        if (!isMap2 || !f.entry || f.value || !f.sep || f.colon) notHandled2();
        f.colon = true;
        return true;
      case SPACE2:
      case COMMENT:
      case NEWLINE:
        if (!f.entry || f.value) this.newFlowEntry(f);
        else if (f.sep && !isMap2) f.keyEnd = joinEnd(f.key, f.keyEnd, kind, this.tokenEnd);
        return true;
      case PLAIN:
      case SINGLE:
      case DOUBLE:
        if (!f.entry || f.value) {
          this.newFlowEntry(f);
          this.setFlowKey(f, this.scalar(), END_CHECKED);
        } else if (f.sep) {
          if (!f.colon) notHandled2();
          this.pushPending();
        } else {
          this.setFlowKey(f, this.scalar(), END_CHECKED);
        }
        return true;
      case FLOW_MAP_END:
      case FLOW_SEQ_END:
        if (kind === FLOW_MAP_END !== isMap2) notHandled2();
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
        return notHandled2();
    }
  }
  /** `Parser.lineEnd` for a closed flow collection. */
  flowLineEnd(f) {
    switch (this.kind) {
      case SPACE2:
      case COMMENT:
        f.end = joinEnd(f.node, f.end, this.kind, this.tokenEnd);
        return true;
      case NEWLINE:
        this.onKeyLine = false;
        f.end = joinEnd(f.node, f.end, NEWLINE, this.tokenEnd);
        this.popFrame();
        return true;
      case COMMA2:
      case FLOW_MAP_END:
      case FLOW_SEQ_END:
        return false;
      default:
        return notHandled2();
    }
  }
  newFlowEntry(f) {
    this.closeFlowEntry(f);
    f.entry = true;
    f.key = f.value = null;
    f.keyEnd = 0;
    f.sep = f.colon = false;
    if (f.node.kind === "map") f.node.pairs.push({ key: null, value: null });
    else f.node.items.push(null);
  }
  closeFlowEntry(f) {
    if (f.node.kind === "map" && f.key && !f.colon) notHandled2();
  }
  /**
   * A key for the last flow entry. In a sequence the entry turns into an item at the end (the `Parser`'s
   * `fixFlowSeqItems`), and the tokens after it join its trailing tokens.
   */
  setFlowKey(f, key, keyEnd) {
    if (f.node.kind === "map") {
      if (key.kind !== "scalar") notHandled2();
      if (this.multiline) notHandled2();
      uniqueKey(f, f.node.pairs, key.value);
      f.node.pairs[f.node.pairs.length - 1].key = key;
    } else {
      f.node.items[f.node.items.length - 1] = key;
    }
    f.key = key;
    f.keyEnd = keyEnd;
    f.sep = true;
  }
  // --- ending collections --------------------------------------------------------------------------------
  /** `Parser.pop` for the innermost collection. */
  popFrame() {
    const f = this.stack.pop();
    if (f instanceof FlowFrame) {
      if (!f.closed) notHandled2();
      return this.place(f.node, f.end);
    }
    this.closeEntry(f);
    const parent = this.top();
    if (parent instanceof FlowFrame) notHandled2();
    const moves = !f.sep && !f.value && f.startCount > 0 && !f.dash && (f.indent === 0 || f.commentIndent < f.indent);
    if (moves) {
      if (f.node.kind === "map") f.node.pairs.pop();
      else f.node.items.pop();
    }
    finishBlock(f.node);
    this.place(f.node, 0, f.node.kind === "map");
    if (moves && parent) {
      this.newEntry(parent, false);
      parent.startCount = f.startCount;
      parent.startBlank = f.startBlank;
      parent.commentIndent = f.commentIndent;
    }
  }
  /** A finished node becomes the value of the innermost collection's last entry (or the root). */
  place(node, end, blockMap = false) {
    const parent = this.top();
    if (!parent) {
      if (node.kind === "scalar" || this.rootSet) notHandled2();
      this.root = node;
      this.rootSet = true;
      return;
    }
    if (parent instanceof FlowFrame) return this.placeInFlow(parent, node, end);
    if (parent.value) notHandled2();
    if (parent.node.kind === "map") {
      if (!parent.colon) notHandled2();
      if (blockMap && !parent.sepNewline) notHandled2();
      parent.node.pairs[parent.node.pairs.length - 1].value = node;
    } else {
      if (!parent.dash) notHandled2();
      parent.node.items[parent.node.items.length - 1] = node;
    }
    parent.value = node;
    parent.valueEnd = end;
  }
  placeInFlow(f, node, end) {
    if (f.node.kind === "map") {
      if (!f.entry || f.value || !f.colon) notHandled2();
      f.node.pairs[f.node.pairs.length - 1].value = node;
      f.value = node;
      return;
    }
    if (f.entry && f.sep) notHandled2();
    if (!f.entry) this.newFlowEntry(f);
    this.setFlowKey(f, node, end);
  }
};
function uniqueKey(f, pairs, key) {
  if (f.keys) {
    if (f.keys.has(key)) notHandled2();
    f.keys.add(key);
    return;
  }
  const n = pairs.length - 1;
  for (let i = 0; i < n; i++) if (keyText(pairs[i]) === key) notHandled2();
  if (n < 16) return;
  const keys = f.keys = /* @__PURE__ */ new Set([key]);
  for (let i = 0; i < n; i++) {
    const k = keyText(pairs[i]);
    if (k !== null) keys.add(k);
  }
}
function keyText(pair) {
  return pair.key?.kind === "scalar" ? pair.key.value : null;
}
function finishBlock(node) {
  let end = node.end;
  if (node.kind === "map") {
    for (const pair of node.pairs) end = Math.max(end, pair.value?.nodeEnd ?? pair.key?.nodeEnd ?? end);
  } else {
    for (const item of node.items) end = Math.max(end, item?.nodeEnd ?? end);
  }
  node.end = node.nodeEnd = end;
}
function badPlainStart(c) {
  switch (c) {
    case 9:
    // tab
    case 44:
    // ,
    case 37:
    // %
    case 124:
    // |
    case 62:
    // >
    case 64:
    // @
    case 96:
      return true;
    default:
      return false;
  }
}
function scalarNode(kind, offset, indent, source, multiline) {
  if (kind === PLAIN && !multiline) {
    if (source === "" || badPlainStart(source.charCodeAt(0))) notHandled2();
    const end = offset + source.length;
    return { kind: "scalar", value: plainText(source), style: "plain", start: offset, end, nodeEnd: end };
  }
  const type = kind === PLAIN ? "scalar" : kind === SINGLE ? "single-quoted-scalar" : "double-quoted-scalar";
  const r = cst_exports.resolveAsScalar({ type, offset, indent, source }, true, notHandled2);
  return {
    kind: "scalar",
    value: kind === PLAIN ? plainText(r.value) : r.value,
    style: kind === PLAIN ? "plain" : kind === SINGLE ? "single" : "double",
    start: r.range[0],
    end: r.range[1],
    nodeEnd: r.range[1]
  };
}

// src/workflow/yaml.ts
var MAX_FILE_BYTES = 2 * 1024 * 1024;
var MAX_ALIAS_EXPANSIONS = 1e4;
var MAX_NESTING = 500;
var FileError = class extends Error {
  constructor(file, line, reason) {
    super(`${file}:${line}: ${reason.replace(/\s*\n\s*/g, " ")}`);
    this.file = file;
    this.line = line;
  }
  file;
  line;
  name = "FileError";
};
var isMap = (n) => n?.kind === "map";
var isSeq = (n) => n?.kind === "seq";
var isScalar = (n) => n?.kind === "scalar";
function readYaml(file, content) {
  const text = decode(file, content);
  const root = readFast(text);
  if (root === void 0) return parse(file, text);
  return { file, text, root, lines: lineStarts(text), aliasBudget: MAX_ALIAS_EXPANSIONS };
}
function lineStarts(text) {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
  return lines;
}
function parse(file, text) {
  const lines = new LineCounter();
  const reader = new Reader(text);
  let root;
  try {
    root = reader.read(new Parser(lines.addNewLine).parse(text));
  } catch (e) {
    if (e instanceof RangeError) throw new FileError(file, 1, "nesting too deep to be a workflow");
    throw e;
  }
  if (reader.error) {
    const at = lines.linePos(reader.error.offset).line;
    throw new FileError(file, at, `invalid YAML: ${reader.error.message.split("\n")[0] ?? ""}`);
  }
  return { file, text, root, lines, aliasBudget: MAX_ALIAS_EXPANSIONS };
}
function decode(file, content) {
  const size = typeof content === "string" ? content.length : content.byteLength;
  if (size > MAX_FILE_BYTES) {
    throw new FileError(
      file,
      1,
      `file is ${(size / 1024 / 1024).toFixed(1)} MiB; workflow files over 2 MiB are not analysed`
    );
  }
  let text;
  if (typeof content === "string") {
    text = content;
  } else {
    try {
      text = utf8.decode(content);
    } catch {
      throw new FileError(
        file,
        lineOfInvalidUtf8(content),
        "not valid UTF-8 text; workflow files must be UTF-8"
      );
    }
  }
  const nul = text.indexOf("\0");
  if (nul >= 0)
    throw new FileError(file, lineAt(text, nul), "contains NUL bytes: a binary file, not a workflow");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function lineOfInvalidUtf8(bytes) {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const len = b < 128 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (len === 0) return line;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 192) !== 128) return line;
    if (b === 10) line++;
    i += len;
  }
  return line;
}
var Reader = class {
  constructor(text) {
    this.text = text;
  }
  text;
  error = null;
  anchors = /* @__PURE__ */ new Map();
  depth = 0;
  read(tokens) {
    let root = null;
    let docs = 0;
    for (const tok of tokens) {
      if (tok.type === "document") {
        if (++docs > 1) {
          this.fail(tok.offset, "Source contains multiple documents");
          continue;
        }
        root = this.node(tok.value, tok.start);
        this.props(tok.end);
      } else if (tok.type === "error") {
        this.fail(tok.offset, tok.message);
      } else if (tok.type === "doc-end") {
        this.props(tok.end);
      }
    }
    return root;
  }
  fail(offset, message) {
    this.error ??= { offset, message };
  }
  /**
   * Checks a run of property tokens (the composer's checks that real files trip over: error tokens and tabs used
   * as indentation); returns the anchor they set, if any. `atNewline`: the run starts a line.
   */
  props(tokens, atNewline = false, next) {
    let anchor;
    if (!tokens) return anchor;
    let tab = null;
    for (const t of tokens) {
      if (tab && atNewline && t.type !== "comment" && t.type !== "newline")
        this.fail(tab.offset, "Tabs are not allowed as indentation");
      tab = null;
      if (t.type === "space") {
        if (t.source.includes("	")) tab = t;
      } else if (t.type === "newline") {
        atNewline = true;
      } else if (t.type === "error") {
        this.fail(t.offset, t.message);
      } else {
        if (t.type === "anchor") anchor = t.source.slice(1);
        atNewline = false;
      }
    }
    if (tab && atNewline && (next?.type === "block-map" || next?.type === "block-seq"))
      this.fail(tab.offset, "Tabs are not allowed as indentation");
    return anchor;
  }
  node(tok, props, atNewline = false) {
    const anchor = this.props(props, atNewline, tok);
    if (!tok) {
      return null;
    }
    const n = this.value(tok);
    if (anchor !== void 0 && n) this.anchors.set(anchor, n);
    return n;
  }
  value(tok) {
    if (tok.type === "alias") {
      this.props(tok.end);
      const target = this.anchors.get(tok.source.slice(1));
      if (!target) {
        this.fail(tok.offset, `Aliased anchor not found: ${tok.source.slice(1)}`);
        return null;
      }
      const end = tok.offset + tok.source.length;
      return { kind: "alias", start: tok.offset, end, nodeEnd: afterTokens(tok.end, end), target };
    }
    if (cst_exports.isScalar(tok)) return this.scalar(tok);
    if (cst_exports.isCollection(tok)) {
      if (this.depth >= MAX_NESTING) {
        this.fail(tok.offset, `collections nested more than ${MAX_NESTING} deep`);
        return null;
      }
      this.depth++;
      try {
        return tok.type === "block-map" ? this.blockMap(tok) : tok.type === "block-seq" ? this.blockSeq(tok) : this.flow(tok);
      } finally {
        this.depth--;
      }
    }
    this.fail(tok.offset, tok.type === "error" ? tok.message : `Unexpected ${tok.type} token`);
    return null;
  }
  scalar(tok) {
    const r = cst_exports.resolveAsScalar(tok, true, (offset, _code, message) => this.fail(offset, message));
    if (tok.type !== "block-scalar") this.props(tok.end);
    const style = tok.type === "single-quoted-scalar" ? "single" : tok.type === "double-quoted-scalar" ? "double" : tok.type === "block-scalar" ? r.type === "BLOCK_FOLDED" ? "folded" : "literal" : "plain";
    return {
      kind: "scalar",
      value: style === "plain" ? plainText(r.value) : r.value,
      style,
      start: r.range[0],
      end: r.range[1],
      nodeEnd: r.range[2]
    };
  }
  blockMap(tok) {
    const map = { kind: "map", pairs: [], start: tok.offset, end: tok.offset, nodeEnd: tok.offset };
    const seen = /* @__PURE__ */ new Set();
    for (const item of tok.items) {
      const key = this.node(item.key, item.start, true);
      const explicit = item.explicitKey ? item.start.find((t) => t.type === "explicit-key-ind") : void 0;
      const keyIndent = explicit ? explicit.indent : item.key && "indent" in item.key ? item.key.indent : tok.indent;
      if (keyIndent !== tok.indent) {
        this.fail(
          explicit?.offset ?? item.key?.offset ?? tok.offset,
          "All mapping items must start at the same column"
        );
      }
      if (item.key && !item.explicitKey && !hasToken(item.sep, "map-value-ind")) {
        this.fail(item.key.offset, "Implicit map keys need to be followed by map values");
      }
      if (key?.kind === "scalar" && key.style !== "literal" && key.style !== "folded") {
        const lineBreak = this.text.indexOf("\n", key.start);
        if (lineBreak >= 0 && lineBreak < key.end)
          this.fail(key.start, "Implicit keys need to be on a single line");
      }
      if (item.value?.type === "block-map" && !item.explicitKey && !hasToken(item.sep, "newline")) {
        this.fail(item.value.offset, "Nested mappings are not allowed in compact mappings");
      }
      this.uniqueKey(seen, key);
      const value = this.node(item.value, item.sep);
      map.pairs.push({ key, value });
      map.end = map.nodeEnd = Math.max(map.end, value?.nodeEnd ?? key?.nodeEnd ?? map.end);
    }
    return map;
  }
  blockSeq(tok) {
    const seq = {
      kind: "seq",
      items: [],
      start: tok.offset,
      end: tok.offset + 1,
      nodeEnd: tok.offset + 1
    };
    for (const item of tok.items) {
      const value = this.node(item.value, item.start, true);
      seq.items.push(value);
      seq.end = seq.nodeEnd = Math.max(seq.end, value?.nodeEnd ?? seq.end);
    }
    return seq;
  }
  flow(tok) {
    const isMapping = tok.start.source === "{";
    const close = tok.end.find((t) => t.type === "flow-map-end" || t.type === "flow-seq-end");
    if (!close)
      this.fail(
        tok.start.offset,
        `Expected flow ${isMapping ? "map" : "sequence"} to end with ${isMapping ? "}" : "]"}`
      );
    else if (close.source === "}" !== isMapping)
      this.fail(close.offset, `Unexpected ${close.source} in flow ${isMapping ? "map" : "sequence"}`);
    this.props(tok.end);
    const start = tok.start.offset;
    const end = close ? close.offset + 1 : start + 1;
    const nodeEnd = afterTokens(tok.end, end);
    if (isMapping) {
      const map = { kind: "map", pairs: [], start, end, nodeEnd };
      const seen = /* @__PURE__ */ new Set();
      for (const item of tok.items) {
        const key = this.node(item.key, item.start);
        this.uniqueKey(seen, key);
        map.pairs.push({ key, value: this.node(item.value, item.sep) });
      }
      return map;
    }
    const seq = { kind: "seq", items: [], start, end, nodeEnd };
    for (const item of tok.items) {
      if (item.key !== void 0 || item.sep !== void 0) {
        const key = this.node(item.key, item.start);
        const value = this.node(item.value, item.sep);
        const pairEnd = value?.nodeEnd ?? key?.nodeEnd ?? start;
        const pairStart = key?.start ?? start;
        seq.items.push({
          kind: "map",
          pairs: [{ key, value }],
          start: pairStart,
          end: pairEnd,
          nodeEnd: pairEnd
        });
      } else {
        seq.items.push(this.node(item.value, item.start));
      }
    }
    return seq;
  }
  uniqueKey(seen, key) {
    const k = key?.kind === "alias" ? key.target : key;
    if (k?.kind !== "scalar") return;
    if (seen.has(k.value)) this.fail(key.start, "Map keys must be unique");
    seen.add(k.value);
  }
};
function afterTokens(tokens, end) {
  const last = tokens?.at(-1);
  return last ? Math.max(end, last.offset + last.source.length) : end;
}
function hasToken(tokens, type) {
  return tokens?.some((t) => t.type === type) ?? false;
}
function deref(y, node) {
  if (!node) return null;
  if (node.kind !== "alias") return node;
  if (--y.aliasBudget < 0) {
    throw new FileError(
      y.file,
      posOf(y, node).line,
      `more than ${MAX_ALIAS_EXPANSIONS} alias expansions (a YAML alias bomb?)`
    );
  }
  return node.target;
}
function posOf(y, node) {
  const startOff = node?.start ?? 0;
  const start = y.lines.linePos(startOff);
  const end = y.lines.linePos(Math.max(startOff, (node?.end ?? 0) - 1));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
function entries(y, map) {
  const out = [];
  for (const pair of map.pairs) {
    const keyNode = deref(y, pair.key);
    if (!keyNode || keyNode.kind !== "scalar") continue;
    out.push({ key: keyNode.value, keyNode, value: deref(y, pair.value) });
  }
  return out;
}
function asMap(y, node) {
  const n = deref(y, node);
  return n && n.kind === "map" ? n : null;
}
function asSeqItems(y, node) {
  const n = deref(y, node);
  if (!n || n.kind !== "seq") return null;
  const out = [];
  for (const i of n.items) {
    const d = deref(y, i);
    if (d) out.push(d);
  }
  return out;
}
function toStr(y, node) {
  const n = deref(y, node);
  if (!n || n.kind !== "scalar") return null;
  return new ScalarStr(y, n);
}
var ScalarStr = class {
  constructor(y, node) {
    this.y = y;
    this.node = node;
    this.value = node.value;
    this.exprs = node.value.includes("${{") ? expressionsIn(node.value) : [];
  }
  y;
  node;
  value;
  exprs;
  position;
  get pos() {
    return this.position ??= posOf(this.y, this.node);
  }
  /**
   * Offset-in-value \u{2192} file position. Block literals (`run: |`) keep one value line per source line at a fixed
   * indent, so the mapping is exact; for other styles it is exact on a single line and approximate across folds.
   */
  locate(offset) {
    const { y, node, value } = this;
    const start = node.start;
    if (node.style === "literal" || node.style === "folded") {
      const headerEnd = y.text.indexOf("\n", start);
      const bodyStart = headerEnd < 0 ? y.text.length : headerEnd + 1;
      const firstLine = y.lines.linePos(bodyStart).line;
      const indent = blockIndent(y.text, bodyStart);
      let line = 0;
      let lineStart = 0;
      for (let i = value.indexOf("\n"); i >= 0 && i < offset; i = value.indexOf("\n", i + 1)) {
        line++;
        lineStart = i + 1;
      }
      return { line: firstLine + line, column: indent + (offset - lineStart) + 1 };
    }
    const quoted = node.style === "double" || node.style === "single" ? 1 : 0;
    const p = y.lines.linePos(Math.min(start + quoted + offset, Math.max(start, node.end - 1)));
    return { line: p.line, column: p.col };
  }
};
function blockIndent(text, from) {
  let i = from;
  while (i < text.length) {
    let n = 0;
    while (text[i + n] === " ") n++;
    const c = text[i + n];
    if (c !== "\n" && c !== "\r") return n;
    i += n + 1;
  }
  return 0;
}

export {
  analyseExpression,
  expressionsIn,
  FileError,
  isMap,
  isSeq,
  isScalar,
  readYaml,
  deref,
  posOf,
  entries,
  asMap,
  asSeqItems,
  toStr
};
