// Bundles the three entry points into dist/ with esbuild and copies the tree-sitter WebAssembly files beside them.
// Why esbuild and not @vercel/ncc: @actions/core 2+ and @actions/github 7+ are ESM-only, and ncc's webpack
// pipeline emits CommonJS wrappers that mishandle top-level await and `import.meta.url` in these packages.
// esbuild bundles ESM natively, is deterministic (CI diffs dist/ against a fresh build) and takes well under a second.
import { build } from 'esbuild';
import { bundleOptions } from './bundle-options.mjs';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'wasm'), { recursive: true });

// Every entry point the action and the CLI run; the DNS daemon is a separate process started detached. Main and the
// CLI are built together (the code they share is in one chunk), post and the daemon on their own, so that each
// process loads few ES modules: docs/ARCHITECTURE.md, "Few modules per process", says why and what it costs.
const builds = [
  { main: 'src/main.ts', cli: 'src/cli.ts' },
  { post: 'src/post.ts' },
  { 'dns-daemon': 'src/egress/dns/daemon-main.ts' },
];
for (const entryPoints of builds) {
  await build({
    ...bundleOptions,
    entryPoints,
    outdir: dist,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  });
}

// esbuild escapes every non-ASCII character in code (its default `charset: 'ascii'`), but copies comments as they
// are, and one `→` in a comment makes V8 hold the whole file as a two-byte string: slower to decode and to scan,
// and twice the memory (~3 ms of the main step). In a comment an escape reads as well as the character.
for (const file of readdirSync(dist, { recursive: true })) {
  if (!String(file).endsWith('.js')) continue;
  const path = join(dist, String(file));
  const text = readFileSync(path, 'utf8');
  const ascii = text.replace(/[^\0-\x7f]/gu, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
  if (ascii !== text) writeFileSync(path, ascii);
}

// The bundles are ES modules. Saying so beside them spares Node from parsing each file to detect its format
// (~15 ms of the main step) wherever dist/ runs without the repository's package.json next to it.
writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n');

// The CLI is run directly by `npx exfil-guard`; give it a shebang.
const cli = join(dist, 'cli.js');
writeFileSync(cli, '#!/usr/bin/env node\n' + readFileSync(cli, 'utf8'));
chmodSync(cli, 0o755);

// WebAssembly: the tree-sitter runtime and the grammars the script parsers load lazily.
copyFileSync(
  require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
  join(dist, 'wasm', 'web-tree-sitter.wasm'),
);
for (const lang of ['bash', 'python', 'javascript', 'powershell']) {
  const pkg = dirname(require.resolve(`tree-sitter-${lang}/package.json`));
  copyFileSync(join(pkg, `tree-sitter-${lang}.wasm`), join(dist, 'wasm', `tree-sitter-${lang}.wasm`));
}
console.log(
  `built ${readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .join(', ')}`,
);
