import type { BuildOptions } from 'esbuild';
/** The esbuild settings dist/ is built with (scripts/bundle-options.mjs). */
export declare const bundleOptions: BuildOptions;
