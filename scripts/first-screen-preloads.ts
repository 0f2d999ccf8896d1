import type { Plugin } from 'vite';

/**
 * Preloads for what every first screen needs but the browser only discovers late: the four
 * @fontsource files (found when text is first styled, after the app has rendered) and the info
 * icon of Spark's inline alert (fetched by gux-icon once its code has loaded and rendered). On a
 * slow link each costs a round trip at the end of the first screen; asked for with the HTML they
 * arrive while the code is still loading.
 */
const FONT_FILE =
  /^assets\/(noto-sans-latin-(400|600|700)-normal|urbanist-latin-700-normal)-[\w-]+\.woff2$/;
const FIRST_SCREEN_ICONS = ['/spark-assets/icons/fa/circle-info-solid.svg'];

export function firstScreenPreloads(): Plugin {
  return {
    name: 'first-screen-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const fonts = Object.keys(context.bundle ?? {}).filter((file) => FONT_FILE.test(file));
        // Four weights today: fewer means the font files were renamed, and the preloads would
        // silently stop helping.
        if (fonts.length !== 4) {
          throw new Error(`first-screen-preloads: expected 4 font files, found ${fonts.length}.`);
        }
        return [
          ...fonts.map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `/${file}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
            },
            injectTo: 'head' as const,
          })),
          // gux-icon fetches with fetch()'s defaults: same-origin credentials, like crossorigin="".
          ...FIRST_SCREEN_ICONS.map((href) => ({
            tag: 'link',
            attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
