// Copies Spark's icons and language files into public/spark-assets so the app serves them itself:
// Spark's own registration would fetch them from Genesys' CDN, which locked-down networks cannot reach.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'node_modules/genesys-spark-components/dist/genesys-webcomponents');
const target = join(root, 'public/spark-assets');

if (!existsSync(source)) {
  console.error('genesys-spark-components is not installed; run npm ci first.');
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
cpSync(join(source, 'icons'), join(target, 'icons'), { recursive: true });
// English only for now: the console is written in English, and the other 26 files are 1.4 MB.
mkdirSync(join(target, 'i18n'), { recursive: true });
cpSync(
  join(source, 'i18n/genesys-webcomponents.i18n.en.json'),
  join(target, 'i18n/genesys-webcomponents.i18n.en.json'),
);
