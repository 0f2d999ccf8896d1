import { fileURLToPath } from 'node:url';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { tanstackRouter } from '@tanstack/router-plugin/vite';

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

export default defineConfig({
  plugins: [
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    runtimeConfigOverride(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // Known and harmless: the phone input's library probes eval() inside a try/catch and falls
        // back under a strict CSP (../shared/design/ui-kit-spark.md).
        if (warning.code === 'EVAL' && warning.id?.includes('genesys-spark-components')) return;
        warn(warning);
      },
    },
  },
});
