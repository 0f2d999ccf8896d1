import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connect, Plugin, ResolvedConfig } from 'vite';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import { firstScreenPreloads } from './scripts/first-screen-preloads.ts';
import { sparkGlobalStyles } from './scripts/spark-global-styles.ts';

/**
 * The console reads its region and client defaults from /config.json at run time, so one build can
 * be pointed at any org. The start and e2e scripts run the sandbox on a port chosen at start, so
 * they hand the dev/preview server a replacement config through CONSOLE_CONFIG_JSON.
 */
function runtimeConfigOverride(): Plugin {
  const override = process.env.CONSOLE_CONFIG_JSON;
  const serve: Connect.NextHandleFunction = (req, res, next) => {
    if (!override || req.url?.split('?')[0] !== '/config.json') return next();
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(override);
  };
  return {
    name: 'runtime-config-override',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}

/**
 * Every Genesys region's API and login host, read from the region table the sign-in page offers
 * (src/auth/regions.ts is browser code outside this config's TypeScript project, so it is read as
 * text rather than imported). Fails the build if the table changes shape, rather than silently
 * shipping a policy that blocks a region.
 */
function regionHosts(): string[] {
  const source = readFileSync(new URL('./src/auth/regions.ts', import.meta.url), 'utf8');
  const domains = [...source.matchAll(/\['[a-z0-9_]+', '[^']+', '([a-z0-9.-]+)'\]/g)].map(
    (match) => match[1]!,
  );
  if (domains.length < 10) throw new Error('CSP: could not read the regions from regions.ts.');
  return domains.flatMap((domain) => [`https://api.${domain}`, `https://login.${domain}`]);
}

/**
 * The Content-Security-Policy (README.md, Security). Scripts only from our own origin, never
 * inline, never eval (Spark's phone library probes eval in a try/catch and falls back). Styles
 * need 'unsafe-inline': Stencil writes <style> elements into each component and React writes
 * style attributes. connect-src is our origin (config.json, Spark's icons) plus the API and login
 * hosts the console can be signed in to: the Genesys regions and the sandbox.
 */
function contentSecurityPolicy(sandboxSources: readonly string[], asHeader: boolean): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${[...sandboxSources, ...regionHosts()].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Only a header can forbid framing: browsers ignore frame-ancestors in a <meta>.
    ...(asHeader ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/**
 * The built page carries the policy as a <meta>, so any static host enforces it. The sandbox's
 * port is chosen when it starts, after the build, so the meta allows the sandbox on any loopback
 * port unless CSP_SANDBOX_ORIGINS names the origins (space-separated; empty for none). `vite
 * preview` also sends the policy as a header narrowed to the sandbox of the config it serves;
 * a browser enforces both, so the effective connect-src is that one sandbox origin.
 */
function contentSecurityPolicyPlugin(): Plugin {
  const buildSandboxSources =
    process.env.CSP_SANDBOX_ORIGINS === undefined
      ? ['http://127.0.0.1:*', 'http://localhost:*']
      : process.env.CSP_SANDBOX_ORIGINS.split(/\s+/).filter(Boolean);
  let config: ResolvedConfig | undefined;
  const servedSandboxOrigin = (): string[] => {
    const configPath = join(config?.build.outDir ?? 'dist', 'config.json');
    const json =
      process.env.CONSOLE_CONFIG_JSON ??
      (existsSync(configPath) ? readFileSync(configPath, 'utf8') : '{}');
    const sandboxUrl = (JSON.parse(json) as { sandboxUrl?: unknown }).sandboxUrl;
    return typeof sandboxUrl === 'string' ? [new URL(sandboxUrl).origin] : [];
  };
  return {
    name: 'content-security-policy',
    configResolved: (resolved) => void (config = resolved),
    // Build only: the dev server injects inline scripts (React refresh, HMR) a strict policy forbids.
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        context.server
          ? []
          : [
              {
                tag: 'meta',
                attrs: {
                  'http-equiv': 'Content-Security-Policy',
                  content: contentSecurityPolicy(buildSandboxSources, false),
                },
                injectTo: 'head-prepend',
              },
            ],
    },
    configurePreviewServer: (server) => {
      const header = contentSecurityPolicy(servedSandboxOrigin(), true);
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', header);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Referrer-Policy', 'no-referrer');
        next();
      });
    },
  };
}

/**
 * Files under /assets/ have a content hash in their name, so a browser may keep them for good;
 * `vite preview` would otherwise make it revalidate every chunk on each load (one round trip each
 * on a slow link). index.html and config.json stay revalidated (the service worker answers them
 * on a return visit). sirv keeps a header already set.
 */
function immutableAssetsInPreview(): Plugin {
  return {
    name: 'immutable-assets-in-preview',
    configurePreviewServer: (server) =>
      void server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/assets/'))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        // Spark's icons and language files keep their names across versions: a day, not forever.
        else if (req.url?.startsWith('/spark-assets/'))
          res.setHeader('Cache-Control', 'public, max-age=86400');
        next();
      }),
  };
}

export default defineConfig({
  plugins: [
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      // Loaders go in their route's lazy chunk with the component (one request for both): a
      // loader's imports (feature API layers, their zod schemas) then stay out of the entry chunk.
      codeSplittingOptions: {
        defaultBehavior: [
          ['loader', 'component'],
          ['errorComponent'],
          ['notFoundComponent'],
          ['pendingComponent'],
        ],
      },
    }),
    react(),
    sparkGlobalStyles(),
    firstScreenPreloads(),
    runtimeConfigOverride(),
    contentSecurityPolicyPlugin(),
    immutableAssetsInPreview(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    rollupOptions: {
      output: {
        // Chunking for a first screen over HTTP/1.1 (6 connections a host, a round trip each):
        // everything the entry imports statically travels as one file, and the handful of small
        // modules every list page shares as another, instead of a dozen files queued in waves.
        codeSplitting: {
          groups: [
            { name: 'initial', tags: ['$initial'], priority: 3 },
            {
              name: 'initial',
              test: /node_modules[\\/]@tanstack[\\/](query-core|react-query)[\\/]/,
              priority: 3,
            },
            {
              // The Spark components of the first screens (and the ones inside them) with their
              // helpers: one request instead of about fifteen.
              name: 'spark-first-screen',
              test: /genesys-spark-components[\\/]dist[\\/]esm[\\/]gux-(button_2|button-slot|badge|inline-alert|icon|tooltip-title|screen-reader-beta)\.entry\.js$/,
              priority: 2,
            },
            {
              // The record kit's list and the small pieces the lists share, that
              // the contacts list (the screen people land on) renders, in one file rather than one
              // each.
              name: 'list-kit',
              test: /([\\/]src[\\/](ui[\\/](page-header|search-box|use-debounced-callback|pagination|query-error|checkbox-field|inline-select|format|column-chooser)|record-kit[\\/]list[\\/](?!record-browse-page|record-table\.)[^\\/]+|models[\\/](contact-fields|record-fields|format-date)|features[\\/]contacts[\\/](contacts-list-page|contact-columns|contact-entity|contact-type-badge)|features[\\/]divisions[\\/][^\\/]+)\.tsx?$)/,
              priority: 2,
              // Only these modules: what they import is in the entry's files already.
              includeDependenciesRecursively: false,
            },
            {
              // The lists' table with react-table: loaded beside a list's first request, not
              // before the page can paint (record-table-lazy.tsx).
              name: 'record-table',
              test: /([\\/]src[\\/]record-kit[\\/]list[\\/]record-table\.tsx$)|([\\/]node_modules[\\/]@tanstack[\\/](react-table|table-core|react-store)[\\/])/,
              priority: 2,
            },
          ],
        },
      },
      onwarn(warning, warn) {
        // Known and harmless: the phone input's library probes eval() inside a try/catch and falls
        // back under a strict CSP (../shared/design/ui-kit-spark.md).
        if (warning.code === 'EVAL' && warning.id?.includes('genesys-spark-components')) return;
        warn(warning);
      },
    },
  },
});
