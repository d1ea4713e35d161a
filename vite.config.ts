import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './shared/security/csp';

/**
 * Directives a `<meta http-equiv>` CSP ignores (browsers warn about them). They stay in the
 * response header, which both hosts send; the meta copy is the fallback for a file opened without
 * our host. @see https://www.w3.org/TR/CSP3/#meta-element
 */
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

export function metaContentSecurityPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !HEADER_ONLY_DIRECTIVES.includes(directive.split(/\s+/)[0] ?? ''))
    .join('; ');
}

/**
 * Injects the CSP meta tag into index.html, at build only: the dev server's HMR client and
 * React Refresh preamble are inline scripts that `script-src 'self'` would block.
 */
function cspMetaTag(): Plugin {
  return {
    name: 'tandem-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy(META_CONTENT_SECURITY_POLICY) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: the same build is served from app://tandem/ and http://127.0.0.1:<port>/.
  base: './',
  plugins: [react(), cspMetaTag()],
  build: {
    outDir: '../dist/renderer',
    // outDir lies outside root, so Vite would refuse to empty it without this.
    emptyOutDir: true,
    sourcemap: true,
  },
});
