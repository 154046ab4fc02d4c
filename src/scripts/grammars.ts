/**
 * Lazy, process-wide loading of the tree-sitter runtime and grammars. A grammar is loaded the first time a script
 * in its language is seen (python's takes about half a second), then one Parser per language is reused.
 *
 * The .wasm files are looked up beside the running bundle first (`dist/wasm/`, where the build copies them;
 * with code splitting the importing file may be `dist/chunks/*.js`, hence `../wasm/` too), then in node_modules.
 */
import { existsSync, readFileSync } from 'node:fs';
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
const WasmModule = (
  globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => WebAssembly.Module } }
).WebAssembly.Module;

let runtime: Promise<void> | undefined;
const parsers = new Map<GrammarName, Promise<Parser>>();
const loadTimes = new Map<string, number>();

function initRuntime(): Promise<void> {
  runtime ??= (async () => {
    const t0 = performance.now();
    const wasm = runtimeWasm();
    await Parser.init({ locateFile: () => wasm });
    loadTimes.set('runtime', performance.now() - t0);
  })();
  return runtime;
}

/** The shared parser for a language, loading its grammar on first use. */
export function parserFor(name: GrammarName): Promise<Parser> {
  let p = parsers.get(name);
  if (!p) {
    p = (async () => {
      await initRuntime();
      const t0 = performance.now();
      // Compiled synchronously: where wasm tier-up is on (the entry points turn it off, src/wasm-baseline.ts),
      // V8 is busy optimising the runtime's code in background threads once a parser has run, and an
      // asynchronous compile (Language.load) queues behind that work, for seconds or, on a loaded machine, minutes.
      const grammar = Grammar.loadSync(new WasmModule(readFileSync(grammarWasm(name))));
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

/** Milliseconds each one-time load took (`runtime` and each grammar loaded so far), for benchmarks. */
export function grammarLoadTimes(): Record<string, number> {
  return Object.fromEntries(loadTimes);
}
