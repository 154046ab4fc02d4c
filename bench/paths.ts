import { join } from 'node:path';

/**
 * The 752 real-world workflows (../shared/corpus, beside the repository). From the environment in a bundled
 * benchmark (bench/bundle.ts), which does not sit in bench/; bench/run.ts sets it.
 */
export const CORPUS =
  process.env.EXFIL_GUARD_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'realworld');
