/**
 * Stands in for `@actions/core`'s `platform.js` in the bundle (see scripts/build.mjs). The real module imports
 * `@actions/exec`, and with it `child_process`, `net` and `dgram`, into every step at start-up, for
 * `core.platform.getDetails()`, which Exfil Guard never calls. The constants stay; calling `getDetails` is a bug.
 */
import os from 'node:os';

export const platform = os.platform();
export const arch = os.arch();
export const isWindows = platform === 'win32';
export const isMacOS = platform === 'darwin';
export const isLinux = platform === 'linux';

export function getDetails(): Promise<never> {
  return Promise.reject(new Error('Exfil Guard is built without the platform details of @actions/core'));
}
