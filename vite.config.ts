import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connect, Plugin, ResolvedConfig, Rollup } from 'vite';
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

/** The early script (src/app/early-requests.ts): a separate entry, run before the app's. */
const EARLY_ENTRY = 'src/app/early-start.ts';
/**
 * Files the app asks for only once its entry has run, which the early script asks for at once
 * when it can tell they will be needed (early-start.ts): each list is a <meta> of the built page,
 * by name, made from the chunks whose modules end with these paths and the chunks named so.
 */
const FIRST_SCREEN_FILES = {
  // The contacts list: its route's component, the table (loaded by its loader) and Spark's
  // first-screen components (loaded by the elements it renders), and the icons those fetch.
  'ecc-contacts-list-files': {
    modules: ['src/routes/_app/contacts/index.tsx?tsr-split=component'],
    chunks: ['record-table', 'spark-first-screen'],
    icons: [
      '/spark-assets/icons/custom/chevron-down-small-regular.svg',
      '/spark-assets/icons/fa/hexagon-exclamation-solid.svg',
    ],
  },
  // The return from the login host: the judging of its answer (and the PKCE code exchange).
  'ecc-callback-files': { modules: ['src/auth/callback-outcome.ts'], chunks: [], icons: [] },
};

/**
 * Makes the early script the page's script, and the app's entry a preload it starts
 * (early-start.ts): the entry downloads meanwhile, as a modulepreload so that Chrome compiles it
 * off the page's thread as it arrives (a plain `preload` left it to the page's thread when the
 * entry started: 120–260 ms cold), and its evaluation, which holds the page's thread, waits
 * until the first screen's API reads have left. A separate file, never inline: the
 * Content-Security-Policy allows no inline script. The app's entry imports the same early module,
 * so it is loaded and run once.
 *
 * The page also names, in <meta>s (FIRST_SCREEN_FILES), files the first screens ask for only
 * once the app's entry has run (route chunks and styles, Spark components, icons): the early
 * script asks for them at once when it knows the page, so they arrive while the entry is still
 * loading instead of a round trip or two after it.
 */
function earlyRequestsScript(): Plugin {
  return {
    name: 'early-requests-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const chunks = Object.values(context.bundle ?? {}).filter(
          (output): output is Rollup.OutputChunk => output.type === 'chunk',
        );
        const early = chunks.find(
          (chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith(EARLY_ENTRY),
        );
        if (!early) throw new Error(`early-requests-script: no chunk for ${EARLY_ENTRY}.`);
        const appEntry =
          /<script type="module" crossorigin src="(\/assets\/index-[\w-]+\.js)"><\/script>/;
        if (!appEntry.test(html))
          throw new Error("early-requests-script: the app's entry script is not in index.html.");
        const metas = Object.entries(FIRST_SCREEN_FILES).map(
          ([name, files]) =>
            `<meta name="${name}" content="${pageFiles(chunks, files).join(' ')}">`,
        );
        // `async`: it runs as soon as it is in, without waiting for the stylesheets as a deferred
        // script would (it needs none). Asked for first and at high priority (Chrome holds back
        // low-priority requests, async scripts among them, while the page's head loads).
        return html.replace(appEntry, (_tag, entry: string) =>
          [
            ...metas,
            `<script type="module" async fetchpriority="high" crossorigin src="/${early.fileName}"></script>`,
            `<link rel="modulepreload" crossorigin href="${entry}" data-app-entry>`,
          ].join('\n    '),
        );
      },
    },
  };
}

/** The files of these chunks and of what they import, entries aside, and the icons: URLs. */
function pageFiles(
  chunks: Rollup.OutputChunk[],
  files: { modules: string[]; chunks: string[]; icons: string[] },
): string[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const roots = [
    ...files.modules.map((path) =>
      chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(path))),
    ),
    ...files.chunks.map((name) => chunks.find((chunk) => chunk.name === name)),
  ];
  if (roots.some((chunk) => !chunk))
    throw new Error(`early-requests-script: no chunk for one of ${JSON.stringify(files)}.`);
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (chunk: Rollup.OutputChunk) => {
    if (chunk.isEntry || scripts.has(chunk.fileName)) return;
    scripts.add(chunk.fileName);
    chunk.viteMetadata?.importedCss.forEach((file) => styles.add(file));
    chunk.imports.forEach((file) => {
      const imported = byFile.get(file);
      if (imported) visit(imported);
    });
  };
  roots.forEach((chunk) => visit(chunk!));
  return [...styles, ...scripts].map((file) => `/${file}`).concat(files.icons);
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
    earlyRequestsScript(),
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
    // Every browser the console supports knows <link rel="modulepreload">: no polyfill in the entry.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The early script is an entry of its own (earlyRequestsScript); the app's entry imports it.
      input: { index: 'index.html', early: EARLY_ENTRY },
      output: {
        // Chunking for a first screen over HTTP/1.1 (6 connections a host, a round trip each):
        // everything the entry imports statically travels as one file, and the handful of small
        // modules every list page shares as another, instead of a dozen files queued in waves.
        codeSplitting: {
          groups: [
            {
              // The early script and what it imports (the session, regions, list paging: no zod)
              // in one file of its own, which the app's entry then imports: the early script
              // needs no other file before it runs. (With two entries Rolldown may put its own
              // helpers in a file of their own, under 1 KB, preloaded with the entry.)
              name: 'early',
              test: /[\\/]src[\\/]app[\\/]early-start\.ts$/,
              priority: 4,
            },
            { name: 'initial', tags: ['$initial'], priority: 3 },
            {
              // React Query's several-query, mutation and infinite-query hooks, which no first
              // screen uses, in a file of their own: loaded with the pages that use them rather
              // than with the contacts list (2.3 KB gzip of its initial JS).
              name: 'query-more',
              test: /node_modules[\\/]@tanstack[\\/](query-core|react-query)[\\/]build[\\/]modern[\\/](queriesObserver|useQueries|useSuspenseQueries|mutationObserver|useMutation|useMutationState|infiniteQueryObserver|useInfiniteQuery|useSuspenseInfiniteQuery|usePrefetchInfiniteQuery)\.js$/,
              priority: 3,
            },
            {
              name: 'initial',
              test: /node_modules[\\/]@tanstack[\\/](query-core|react-query)[\\/]/,
              priority: 3,
            },
            {
              // The Spark components of the first screens (and the ones inside them) with their
              // helpers: one request instead of about fifteen.
              name: 'spark-first-screen',
              // The contacts list's select (page size) and its label's indicator are among them.
              test: /genesys-spark-components[\\/]dist[\\/]esm[\\/]gux-(button_2|button-slot|inline-alert|icon|screen-reader-beta|form-field-select|form-field-label-indicator)\.entry\.js$/,
              priority: 2,
            },
            {
              // The record kit's list and the small pieces the lists share, that
              // the contacts list (the screen people land on) renders, in one file rather than one
              // each.
              name: 'list-kit',
              test: /([\\/]src[\\/](ui[\\/](page-header|search-box|use-debounced-callback|pagination|query-error|checkbox-field|inline-select|format|column-chooser|token-badge|action-button)|record-kit[\\/]list[\\/](?!record-browse-page|record-table\.)[^\\/]+|models[\\/](contact-fields|record-fields|format-date)|features[\\/]contacts[\\/](contacts-list-page|contact-columns|contact-entity|contact-type-badge)|features[\\/]divisions[\\/][^\\/]+)\.tsx?$)/,
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
