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

/**
 * Spark loads a component's code when its first element connects, and hides the element until
 * then. The first screens' components would only start loading once the page's data has arrived
 * and rendered them: a round trip or two after the data on a slow link. Connecting one hidden
 * instance of each as soon as the app starts loads them while the first API calls are in flight.
 */
const FIRST_SCREEN_COMPONENTS: readonly (readonly [tag: string, text: string])[] = [
  ['gux-button', 'Button'],
  // Brings its gux-icon and its info icon along.
  ['gux-inline-alert', 'Alert'],
];

export function warmUpFirstScreenComponents(): void {
  const holder = document.createElement('div');
  holder.hidden = true;
  holder.setAttribute('aria-hidden', 'true');
  for (const [tag, text] of FIRST_SCREEN_COMPONENTS) {
    const element = document.createElement(tag);
    element.textContent = text;
    holder.append(element);
  }
  // gux-button-slot wants the native button it styles.
  const slot = document.createElement('gux-button-slot');
  slot.append(Object.assign(document.createElement('button'), { type: 'button', tabIndex: -1 }));
  holder.append(slot);
  document.body.append(holder);
  const loaded = [...holder.children].map((element) =>
    (element as HTMLElement & { componentOnReady?: () => Promise<unknown> }).componentOnReady?.(),
  );
  void Promise.allSettled(loaded).then(() => holder.remove());
}
