// Initial JS and CSS of the console (gzip), read from the production build's manifest: the entry
// chunk and every chunk it imports statically, which the browser must load before first paint.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function initialBundleSize(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
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
  const gzip = (file) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  const jsFiles = [...seen].map((key) => manifest[key].file);
  return {
    jsGzipBytes: jsFiles.reduce((sum, file) => sum + gzip(file), 0),
    cssGzipBytes: [...css].reduce((sum, file) => sum + gzip(file), 0),
    jsFiles,
    cssFiles: [...css],
  };
}
