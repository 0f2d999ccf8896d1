// Initial JS and CSS of a page of the console (gzip), read from the production build's manifest:
// the entry chunk (with the early script's, which it imports), the lazy chunks of the page's route components, and everything they import
// statically — what the browser must load before the page can paint. Spark's per-component
// chunks, loaded when an element first appears, are not counted here (the timed bench covers them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function pageBundleSize(distDir, routeFiles = []) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  // index.html's chunk: it imports the early script's entry (vite.config.ts), so both count.
  const entryKey =
    'index.html' in manifest
      ? 'index.html'
      : Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error('The build manifest has no entry chunk.');
  const seen = new Set();
  const css = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  for (const routeFile of routeFiles) {
    const keys = Object.keys(manifest).filter((key) =>
      key.startsWith(`${routeFile}?tsr-split=component`),
    );
    if (keys.length === 0)
      throw new Error(`No route chunk for ${routeFile} in the build manifest.`);
    keys.forEach(visit);
  }
  const gzip = (file) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  const jsFiles = [...seen].map((key) => manifest[key].file);
  return {
    jsGzipBytes: jsFiles.reduce((sum, file) => sum + gzip(file), 0),
    cssGzipBytes: [...css].reduce((sum, file) => sum + gzip(file), 0),
    jsFiles,
    cssFiles: [...css],
  };
}
