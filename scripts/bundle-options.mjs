// The esbuild settings dist/ is built with, shared with the benchmarks (bench/bundle.ts), so that the engine
// is measured as it ships.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;

/**
 * `@actions/core` imports three modules at the top level that would cost every step start-up time, and the bundle
 * gets a stub in the place of each (src/build-stubs/):
 * - its OIDC client, for `core.getIDToken()`: with it @actions/http-client and undici, ~800 KB of code that every
 *   step would load and compile (about a third of the main step's start-up);
 * - its `platform.js`, for `core.platform.getDetails()`: with it @actions/exec and Node's child_process, net and
 *   dgram modules. The GitHub API client still bundles the real http-client;
 * - Node's `crypto`, which `file-command.js` imports for one `randomUUID()` call: the stub draws the same random
 *   bytes from the kernel without loading Node's crypto internals (~10 ms).
 * Exfil Guard never calls the first two.
 */
const stubs = {
  './oidc-utils.js': 'oidc-client.ts',
  './platform.js': 'core-platform.ts',
  crypto: 'core-crypto.ts',
};
const lighterCoreImports = {
  name: 'lighter-core-imports',
  setup(b) {
    b.onResolve({ filter: /^(\.\/(oidc-utils|platform)\.js|crypto)$/ }, (args) =>
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

/** Options every bundle shares: ES modules for Node 24, unminified (dist/ is reviewed), with the plugins above. */
export const bundleOptions = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  legalComments: 'none',
  sourcemap: false,
  minify: false,
  logLevel: 'warning',
  plugins: [lighterCoreImports, yamlAsEsm],
  // Some bundled CommonJS dependencies call require() for Node built-ins; give the ESM bundle a real require.
  banner: {
    js: "import { createRequire as __egCreateRequire } from 'node:module'; const require = __egCreateRequire(import.meta.url);",
  },
};
