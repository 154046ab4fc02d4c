/**
 * Lazy, process-wide loading of the tree-sitter runtime and grammars. A grammar is loaded the first time a script
 * in its language is seen (python's takes about half a second), then one Parser per language is reused.
 *
 * The .wasm files are looked up beside the running bundle first (`dist/wasm/`, where the build copies them;
 * with code splitting the importing file may be `dist/chunks/*.js`, hence `../wasm/` too), then in node_modules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language as Grammar, Parser } from 'web-tree-sitter';

export type GrammarName = 'bash' | 'powershell' | 'python' | 'javascript';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function bundled(file: string): string | undefined {
  for (const dir of [join(here, 'wasm'), join(here, '..', 'wasm')]) {
    const p = join(dir, file);
    if (existsSync(p)) return p;
  }
  return undefined;
}

function runtimeWasm(): string {
  return bundled('web-tree-sitter.wasm') ?? require.resolve('web-tree-sitter/web-tree-sitter.wasm');
}

function grammarWasm(name: GrammarName): string {
  const file = `tree-sitter-${name}.wasm`;
  return bundled(file) ?? join(dirname(require.resolve(`tree-sitter-${name}/package.json`)), file);
}

// The TypeScript libs in use declare WebAssembly's types but not its constructors.
const Wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => WebAssembly.Module;
      compile: (bytes: Uint8Array) => Promise<WebAssembly.Module>;
    };
  }
).WebAssembly;
const WasmModule = Wasm.Module;

let runtime: Promise<void> | undefined;
const parsers = new Map<GrammarName, Promise<Parser>>();
const prefetched = new Map<GrammarName, Promise<WebAssembly.Module>>();
const loadTimes = new Map<string, number>();

/**
 * Node does not count a pending WebAssembly compile as work that keeps the process alive: a process whose only
 * pending work is one exits with "unsettled top-level await". Awaiting a compile therefore holds a timer.
 */
async function held<T>(work: Promise<T>): Promise<T> {
  const timer = setInterval(() => undefined, 60_000);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

function initRuntime(): Promise<void> {
  runtime ??= (async () => {
    const t0 = performance.now();
    const wasm = runtimeWasm();
    await held(Parser.init({ locateFile: () => wasm }));
    loadTimes.set('runtime', performance.now() - t0);
  })();
  return runtime;
}

/**
 * Starts compiling the runtime and these grammars in the background, for a caller that knows it will parse
 * such scripts soon and has other work to do meanwhile (the main step: policy, runner context). With eager wasm
 * compilation (src/wasm-baseline.ts) the compile runs on V8's background threads. Failures are left for
 * `parserFor` to report.
 */
export function prefetchGrammars(names: readonly GrammarName[]): void {
  initRuntime().catch(() => (runtime = undefined));
  for (const name of names) {
    if (parsers.has(name) || prefetched.has(name)) continue;
    const compiling = (async () => {
      const bytes = await readFile(grammarWasm(name));
      return Wasm.compile(bytes);
    })();
    compiling.catch(() => prefetched.delete(name));
    prefetched.set(name, compiling);
  }
}

/** The shared parser for a language, loading its grammar on first use. */
export function parserFor(name: GrammarName): Promise<Parser> {
  let p = parsers.get(name);
  if (!p) {
    p = (async () => {
      await initRuntime();
      const t0 = performance.now();
      // Compiled synchronously unless prefetched: where wasm tier-up is on (the entry points turn it off,
      // src/wasm-baseline.ts), V8 is busy optimising the runtime's code in background threads once a parser has
      // run, and an asynchronous compile queues behind that work, for seconds or, on a loaded machine, minutes.
      const early = prefetched.get(name);
      const module = early ? await held(early).catch(() => compileNow(name)) : compileNow(name);
      const grammar = Grammar.loadSync(module);
      const parser = new Parser();
      parser.setLanguage(grammar);
      loadTimes.set(name, performance.now() - t0);
      return parser;
    })();
    // A failed load is not cached, so a later call can retry (and report the error again).
    p.catch(() => parsers.delete(name));
    parsers.set(name, p);
  }
  return p;
}

function compileNow(name: GrammarName): WebAssembly.Module {
  return new WasmModule(readFileSync(grammarWasm(name)));
}

/** Milliseconds each one-time load took (`runtime` and each grammar loaded so far), for benchmarks. */
export function grammarLoadTimes(): Record<string, number> {
  return Object.fromEntries(loadTimes);
}
