import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { filterTopLevelRules, sparkGlobalStyles } from './spark-global-styles.ts';

type Transform = (code: string, id: string) => { code: string } | null;

function transformOf(): Transform {
  const plugin = sparkGlobalStyles();
  const hook = plugin.transform as unknown as Transform;
  const context = {
    error: (message: string) => {
      throw new Error(message);
    },
  };
  return (code, id) => hook.call(context, code, id);
}

describe('filterTopLevelRules', () => {
  it('drops whole top-level rules by selector and keeps nested blocks intact', () => {
    const css =
      ':root{--a:1}[flare-mode=dark]{--a:2}button:focus-visible{outline:0}@media (min-width:1px){.x{color:red}}';
    expect(filterTopLevelRules(css, (selector) => !selector.startsWith(':root'))).toBe(
      '[flare-mode=dark]{--a:2}button:focus-visible{outline:0}@media (min-width:1px){.x{color:red}}',
    );
  });
});

describe('the Spark build trims its token rules', () => {
  const require = createRequire(import.meta.url);
  const sparkDir = require
    .resolve('genesys-spark-components/package.json')
    .replace(/package\.json$/, '');

  it('takes the token rules out of the shadow-root copy and keeps the focus and type rules', () => {
    const runtime = readFileSync(require.resolve(`${sparkDir}dist/esm/loader.js`), 'utf8');
    const chunk = /from '\.\/(index-[^']+\.js)'/.exec(runtime)?.[1];
    expect(chunk).toBeDefined();
    const id = `${sparkDir}dist/esm/${chunk}`;
    const result = transformOf()(readFileSync(id, 'utf8'), id);
    expect(result).not.toBeNull();
    const css = JSON.parse(/^const globalStyles = (".*");$/m.exec(result!.code)![1]!) as string;
    expect(css).not.toContain('--gse-core-spacing-5xs');
    expect(css).not.toContain('[flare-mode=dark]{');
    expect(css).toContain('button:focus-visible{');
    expect(css.length).toBeLessThan(60_000);
  });

  it('keeps the light tokens in the document stylesheet and drops the dark ones', () => {
    const id = `${sparkDir}dist/genesys-webcomponents/genesys-webcomponents.css`;
    const result = transformOf()(readFileSync(id, 'utf8'), id);
    expect(result!.code).toContain('--gse-core-spacing-5xs:2px');
    expect(result!.code).not.toContain('[flare-mode=dark]{');
  });

  it('stops the build when the runtime no longer holds the styles where expected', () => {
    const id = `${sparkDir}dist/esm/index-abc.js`;
    expect(() => transformOf()('const somethingElse = 1; // globalStyles moved', id)).toThrow(
      /no globalStyles string/,
    );
  });
});
