import type { Plugin } from 'vite';

/**
 * Spark ships its whole global stylesheet twice: as genesys-webcomponents.css for the document,
 * and as a string (`globalStyles` in its Stencil runtime chunk) that every component adopts into
 * its shadow root. About 430 KB of both is design tokens: custom properties on `:root`, for the
 * light theme and again for `[flare-mode=dark]`.
 *
 * Inside a shadow root `:root` matches nothing, and custom properties inherit into shadow trees
 * from the document anyway, so the token rules in the adopted copy are dead weight: dropping them
 * takes ~50 KB gzip off the entry chunk and a 435 KB stylesheet off every shadow root. The console
 * offers only the light theme, so the dark tokens also leave the document stylesheet.
 */

type RuleFilter = (selector: string) => boolean;

/** Top-level rules of a stylesheet, kept when `keep(selector)` says so. Braces nest (@media). */
export function filterTopLevelRules(css: string, keep: RuleFilter): string {
  let depth = 0;
  let start = 0;
  let out = '';
  for (let i = 0; i < css.length; i++) {
    const ch = css[i];
    if (ch === '{') depth++;
    else if (ch === '}') {
      depth--;
      if (depth === 0) {
        const rule = css.slice(start, i + 1);
        const selector = rule.slice(0, rule.indexOf('{')).trim();
        if (keep(selector)) out += rule;
        start = i + 1;
      }
    }
  }
  return out + css.slice(start);
}

const TOKEN_SELECTORS = new Set([':root', '[flare-mode=dark]']);
const DARK_THEME = '[flare-mode=dark]';

const RUNTIME_CHUNK = /genesys-spark-components\/dist\/esm\/index-[^/]+\.js$/;
const DOCUMENT_CSS =
  /genesys-spark-components\/dist\/genesys-webcomponents\/genesys-webcomponents\.css$/;
const GLOBAL_STYLES = /^const globalStyles = (".*");$/m;

export function sparkGlobalStyles(): Plugin {
  return {
    name: 'spark-global-styles',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!;
      if (DOCUMENT_CSS.test(path)) {
        return {
          code: filterTopLevelRules(code, (selector) => selector !== DARK_THEME),
          map: null,
        };
      }
      if (!RUNTIME_CHUNK.test(path) || !code.includes('globalStyles')) return null;
      const match = GLOBAL_STYLES.exec(code);
      // A Spark upgrade that renames this would silently bring the 50 KB back: stop the build.
      if (!match) this.error(`spark-global-styles: no globalStyles string in ${path}`);
      const css = JSON.parse(match[1]!) as string;
      const trimmed = filterTopLevelRules(css, (selector) => !TOKEN_SELECTORS.has(selector));
      return {
        code: code.replace(match[0], `const globalStyles = ${JSON.stringify(trimmed)};`),
        map: null,
      };
    },
  };
}
