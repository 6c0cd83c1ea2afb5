// The Content-Security-Policy the build ships as a <meta http-equiv> (and the README asks servers
// to send as a header): scripts, styles, workers and data from the page's own origin only, no
// inline script; data: and blob: images for the PNG export.
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

/** Adds the policy to the built page only: the dev server injects inline scripts for reloading. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
