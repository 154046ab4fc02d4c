// Bundles the three entry points into dist/ with esbuild and copies the tree-sitter WebAssembly files beside them.
// Why esbuild and not @vercel/ncc: @actions/core 2+ and @actions/github 7+ are ESM-only, and ncc's webpack
// pipeline emits CommonJS wrappers that mishandle top-level await and `import.meta.url` in these packages.
// esbuild bundles ESM natively, is deterministic (CI diffs dist/ against a fresh build) and takes well under a second.
import { build } from 'esbuild';
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

/**
 * `@actions/core` imports two modules at the top level that Exfil Guard never calls, and the bundle gets a stub in
 * the place of each (src/build-stubs/):
 * - its OIDC client, for `core.getIDToken()`: with it @actions/http-client and undici, ~800 KB of code that every
 *   step would load and compile (about a third of the main step's start-up);
 * - its `platform.js`, for `core.platform.getDetails()`: with it @actions/exec and Node's child_process, net and
 *   dgram modules. The GitHub API client still bundles the real http-client.
 */
const stubs = { './oidc-utils.js': 'oidc-client.ts', './platform.js': 'core-platform.ts' };
const withoutUnusedCoreModules = {
  name: 'without-unused-core-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\/(oidc-utils|platform)\.js$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]/.test(args.importer)
        ? { path: join(root, 'src', 'build-stubs', stubs[args.path]) }
        : undefined,
    );
  },
};

/**
 * `yaml` resolves to its CommonJS build under Node. Its ES module build (the package's `default` export
 * condition) is the same code, minus a `process.env.LOG_TOKENS` debug check that the CST parser makes once per
 * token (~126 ns each, about a third of the parser's time on workflow files), and it can be tree-shaken.
 */
const yamlAsEsm = {
  name: 'yaml-as-esm',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({
      path: join(dirname(require.resolve('yaml/package.json')), 'browser', 'index.js'),
    }));
  },
};

await build({
  // Every entry point the action and the CLI run; the DNS daemon is a separate process started detached.
  entryPoints: {
    main: 'src/main.ts',
    post: 'src/post.ts',
    cli: 'src/cli.ts',
    'dns-daemon': 'src/egress/dns/daemon-main.ts',
  },
  absWorkingDir: root,
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  sourcemap: false,
  minify: false,
  logLevel: 'warning',
  plugins: [withoutUnusedCoreModules, yamlAsEsm],
  // Some bundled CommonJS dependencies call require() for Node built-ins; give the ESM bundle a real require.
  banner: {
    js: "import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);",
  },
});

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
