import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/urbanist/latin-700.css';
import 'genesys-spark-components/dist/genesys-webcomponents/genesys-webcomponents.css';
import { defineCustomElements } from 'genesys-spark-components/dist/loader';

/**
 * Registers Spark from our own bundle. Never registerElements() or the genesys-spark package:
 * both load icons, language files and fonts from Genesys' CDN at run time. Icons and i18n files
 * are copied to /spark-assets/ at install (scripts/copy-spark-assets.mjs).
 */
export function registerSpark(): void {
  defineCustomElements(window, { resourcesUrl: '/spark-assets/' });
}
