/** The package version, bundled from package.json so dist/ needs no package.json beside it. */
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
