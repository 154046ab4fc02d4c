/**
 * Bundles a benchmark with the settings dist/ is built with (scripts/bundle-options.mjs), so that it measures the
 * engine as it ships: the same plugins (yaml's ES module build, @actions/core trimmed) and no tsx transform (whose
 * keep-names wrapper runs on every function created, a few per cent of the engine's time).
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { bundleOptions } from '../scripts/bundle-options.mjs';

const OUT = join(import.meta.dirname, '..', 'node_modules', '.cache', 'exfil-guard-bench');

/** Builds `bench/<file>` into node_modules/.cache and returns the bundle's path. */
export async function bundleBench(file: string): Promise<string> {
  const outfile = join(OUT, file.replace(/\.ts$/, '.mjs'));
  await build({ ...bundleOptions, entryPoints: [join(import.meta.dirname, file)], outfile });
  return outfile;
}
