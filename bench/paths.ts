import { CORPUS as BESIDE_REPOSITORY } from '../test/seeded-input.js';

/**
 * The 752 real-world workflows (../shared/corpus, beside the repository). From the environment in a bundled
 * benchmark (bench/bundle.ts), which does not sit in bench/ and so cannot find it relative to itself;
 * bench/run.ts sets it.
 */
export const CORPUS = process.env.EXFIL_GUARD_CORPUS ?? BESIDE_REPOSITORY;
