/** Shared by the end-to-end tests: they run the committed/bundled dist/, so it must exist. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/runner.js';

export function requireDist(): void {
  for (const f of ['main.js', 'post.js', 'cli.js']) {
    if (!existsSync(join(REPO_ROOT, 'dist', f))) {
      throw new Error(`dist/${f} is missing: run \`npm run build\` before the end-to-end tests`);
    }
  }
}
