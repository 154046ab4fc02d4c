/**
 * Stands in for `@actions/core`'s `oidc-utils.js` in the bundle (see scripts/build.mjs). Exfil Guard never asks
 * for an OIDC token, and the real module pulls in `@actions/http-client` and undici (about 800 KB of code that
 * every step would load and compile, roughly a third of the main step's start-up). Calling it is a bug.
 */
export class OidcClient {
  static getIDToken(): Promise<string> {
    return Promise.reject(new Error('Exfil Guard is built without the OIDC client of @actions/core'));
  }
}
